/**
 * The one worker runtime (src/runtime/): chunk results by index whatever the thread count, the
 * calling thread as fallback, progress, abort, a dead worker detected at once (asynchronous and
 * synchronous runners), no worker outliving its call, and no source text evaluated anywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { brandesSums, SOURCE_CHUNKS } from '../../src/core/brandes.js';
import { resolveDistances } from '../../src/core/distances.js';
import * as reach from '../../src/core/reach.js';
import { reachCounts } from '../../src/core/reach.js';
import { AbortedError } from '../../src/runtime/aborted-error.js';
import { runChunksAsync } from '../../src/runtime/run-async.js';
import { liveWorkers, setWorkerEntry, workerEntry } from '../../src/runtime/spawn.js';
import type { TaskSetup } from '../../src/runtime/task.js';
import { testTasks } from '../../src/runtime/test-tasks.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { noWorkersLeft, restoreWorkerEntry, useBundledWorker } from './bundled-worker.js';

beforeAll(useBundledWorker, 60_000);
afterAll(restoreWorkerEntry);

const sum = testTasks['test/sum'] as TaskSetup<object, { x: Float64Array }>;
const job = (data: object, chunks = 8) => ({
  task: 'test/sum',
  setup: sum,
  data,
  chunks,
  units: Array.from({ length: chunks }, () => 10),
  work: 0,
});
const expected = (n: number, chunks = 8) => Array.from({ length: chunks }, (_, c) => n * 1000 + c);

describe('runChunksAsync', () => {
  it('gives every chunk result by index on this thread, with strictly increasing progress', async () => {
    const seen: number[] = [];
    const { results, workerChunks } = await runChunksAsync(job({ n: 3 }), {
      threads: 1,
      prefix: 'test',
      onProgress: (p) => seen.push(p.done),
    });
    expect(results.map((r) => r.x[0])).toEqual(expected(3));
    expect(workerChunks).toBe(0);
    expect(seen.at(-1)).toBe(80);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]!);
  });

  it('gives the same results on 2 worker threads, and no worker outlives the call', async () => {
    const { results, workerChunks } = await runChunksAsync(job({ n: 4 }), { threads: 2, prefix: 'test' });
    expect(workerChunks).toBe(8);
    expect(results.map((r) => r.x[0])).toEqual(expected(4));
    expect(await noWorkersLeft(liveWorkers)).toBe(0);
  });

  it('reruns on this thread what failing workers could not deliver', async () => {
    const { results, workerChunks, error } = await runChunksAsync(job({ n: 10, failInWorker: true }, 4), { threads: 2, prefix: 'test' });
    expect(workerChunks).toBe(0);
    expect(error).toMatch(/boom/);
    expect(results.map((r) => r.x[0])).toEqual(expected(10, 4));
  });

  it('sees a worker die at once and gives its chunk to another thread', async () => {
    const t0 = performance.now();
    const { results, error } = await runChunksAsync(job({ n: 5 }), { threads: 2, prefix: 'test', dieOnChunk: 3 });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(error).toMatch(/exited with code 1/);
    expect(results.map((r) => r.x[0])).toEqual(expected(5));
    expect(await noWorkersLeft(liveWorkers)).toBe(0);
  });

  it('rejects with AbortedError within a second of the abort, on workers and on this thread, leaving no worker', async () => {
    for (const threads of [2, 1]) {
      const controller = new AbortController();
      // 8 chunks × 10 steps × 50 ms: 4 s of work.
      const promise = runChunksAsync(job({ n: 1, spin: 50 }), { threads, prefix: 'test', signal: controller.signal });
      setTimeout(() => controller.abort(new Error('stop')), 300);
      const t0 = performance.now();
      const error = await promise.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AbortedError);
      expect((error as AbortedError).code).toBe('E_ABORTED');
      expect(((error as AbortedError).cause as Error).message).toBe('stop');
      expect(performance.now() - t0).toBeLessThan(1000 + 300);
      expect(await noWorkersLeft(liveWorkers)).toBe(0);
    }
  });

  it('rejects at once when the signal is already aborted', async () => {
    await expect(runChunksAsync(job({ n: 1 }), { threads: 2, prefix: 'test', signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortedError);
  });

  it('runs on this thread when there is no worker entry', async () => {
    setWorkerEntry(null);
    try {
      const { results, workerChunks } = await runChunksAsync(job({ n: 6 }), { threads: 2, prefix: 'test' });
      expect(workerChunks).toBe(0);
      expect(results.map((r) => r.x[0])).toEqual(expected(6));
    } finally {
      await useBundledWorker();
    }
  });
});

describe('the synchronous runner', () => {
  const index = buildIndex(fixtureGraph('karate'));
  const distances = resolveDistances(index, undefined, false, 'test', { allowZero: false });
  const task = { sources: null, nodes: true, ties: true, endpoints: false } as const;

  it('sees a dead worker at once (no 60 s wait) and reruns its chunk here, with the same sums', () => {
    const serial = brandesSums(index, distances, { ...task, threads: 1 });
    const t0 = performance.now();
    const parallel = brandesSums(index, distances, { ...task, threads: 2, workersFirst: true, dieOnChunk: 2 });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(parallel.workerError).toMatch(/exited|worker/);
    expect(parallel.workerChunks).toBeLessThan(SOURCE_CHUNKS);
    expect(Array.from(parallel.nodes!)).toEqual(Array.from(serial.nodes!));
    expect(Array.from(parallel.ties!)).toEqual(Array.from(serial.ties!));
  });

  it('k-step reach: a dead worker too', () => {
    const adj = { offsets: index.offsets, neighbors: index.neighbors, slotDist: null };
    const serial = reachCounts(adj, 2, { threads: 1 });
    const t0 = performance.now();
    const parallel = reachCounts(adj, 2, { threads: 2, workersFirst: true, dieOnChunk: 5 });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(reach.lastReachWorkerError).not.toBeNull();
    expect(parallel.counts).toEqual(serial.counts);
  });

  it('leaves no worker behind once the event loop turns', async () => {
    brandesSums(index, distances, { ...task, threads: 2, workersFirst: true });
    expect(await noWorkersLeft(liveWorkers)).toBe(0);
  });
});

describe('the worker entry', () => {
  it('is found next to the sources when running from them', () => {
    setWorkerEntry(undefined);
    try {
      expect(workerEntry()?.pathname).toMatch(/src\/runtime\/worker-tsx\.mjs$/);
    } finally {
      void useBundledWorker();
    }
  });

  it('starts from the sources through tsx (the real route), with the same sums', async () => {
    setWorkerEntry(undefined);
    try {
      const index = buildIndex(fixtureGraph('karate'));
      const distances = resolveDistances(index, undefined, false, 'test', { allowZero: false });
      const task = { sources: null, nodes: true, ties: false, endpoints: false } as const;
      const parallel = brandesSums(index, distances, { ...task, threads: 2, workersFirst: true });
      expect(parallel.workerError).toBeNull();
      expect(parallel.workerChunks).toBe(SOURCE_CHUNKS);
      expect(Array.from(parallel.nodes!)).toEqual(Array.from(brandesSums(index, distances, { ...task, threads: 1 }).nodes!));
    } finally {
      await useBundledWorker();
    }
  });

  it('no source text is evaluated anywhere in src/', () => {
    const root = fileURLToPath(new URL('../../src', import.meta.url));
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|mjs)$/.test(name)) files.push(path);
      }
    };
    walk(root);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/eval:\s*true|new Function\(|\beval\(|\.toString\(\)\)?\s*,?\s*\{\s*eval/);
    }
  });
});
