/**
 * The `…Async` twins: the synchronous function's values bit for bit for every thread count; a
 * server on 127.0.0.1 stays responsive while betweenness of a large generated graph runs in it;
 * an abort mid-run rejects within 1 s and leaves no thread behind.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchmarkIndex } from '../../benchmarks/harness.js';
import {
  betweenness,
  betweennessAsync,
  buildIndex,
  edgeBetweenness,
  edgeBetweennessAsync,
  InvalidOptionError,
  kStepReach,
  kStepReachAsync,
} from '../../src/index.js';
import { AbortedError } from '../../src/runtime/aborted-error.js';
import { liveWorkers } from '../../src/runtime/spawn.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { noWorkersLeft, restoreWorkerEntry, useBundledWorker } from './bundled-worker.js';

beforeAll(useBundledWorker, 60_000);
afterAll(restoreWorkerEntry);

describe('the async twins give the synchronous values for every thread count', () => {
  it.each(['karate', 'directed-weighted', 'messy'] as const)('betweenness, edge betweenness, k-step reach (%s)', async (name) => {
    const graph = fixtureGraph(name);
    for (const options of [{}, { getEdgeDistance: null }, { samples: 3, seed: 7 }, { endpoints: true, normalized: false }] as const) {
      const sync = betweenness(graph, options);
      for (const threads of [1, 2, 'auto'] as const) {
        expect(await betweennessAsync(graph, { ...options, threads })).toEqual(sync);
      }
    }
    const edges = edgeBetweenness(graph);
    for (const threads of [1, 2] as const) expect(await edgeBetweennessAsync(graph, { threads })).toEqual(edges);
    for (const k of [1, 2, 3]) {
      const sync = kStepReach(graph, { k });
      for (const threads of [1, 2] as const) expect(await kStepReachAsync(graph, { k, threads })).toEqual(sync);
    }
  });

  it('on a generated graph (S) too, with progress up to the number of sources', async () => {
    const index = benchmarkIndex('S');
    const sync = betweenness(index, { samples: 64 });
    const seen: number[] = [];
    const two = await betweennessAsync(index, { samples: 64, threads: 2, onProgress: (p) => seen.push(p.done) });
    expect(two).toEqual(sync);
    expect(seen.at(-1)).toBe(64);
    expect(await betweennessAsync(index, { samples: 64, threads: 1 })).toEqual(sync);
    expect(await kStepReachAsync(index, { threads: 2 })).toEqual(kStepReach(index));
  }, 60_000);

  it('refuses bad runtime options and unknown keys', async () => {
    const graph = fixtureGraph('karate');
    await expect(betweennessAsync(graph, { threads: 0 })).rejects.toBeInstanceOf(InvalidOptionError);
    await expect(betweennessAsync(graph, { signal: 'x' as never })).rejects.toBeInstanceOf(InvalidOptionError);
    await expect(betweennessAsync(graph, { onProgres: () => {} } as never)).rejects.toBeInstanceOf(InvalidOptionError);
    await expect(betweennessAsync(graph, { attribute: 'b' } as never)).rejects.toBeInstanceOf(InvalidOptionError);
  });
});

describe('a server stays responsive', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const health = (): Promise<number> =>
    new Promise((resolve, reject) => {
      const t0 = performance.now();
      const req = request({ host: '127.0.0.1', port, path: '/health', agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(performance.now() - t0));
      });
      req.on('error', reject);
      req.end();
    });

  /** Health requests every 25 ms until `done` settles; returns their latencies. */
  async function probe(done: Promise<unknown>): Promise<number[]> {
    let finished = false;
    void done.finally(() => (finished = true)).catch(() => {});
    const latencies: number[] = [];
    while (!finished) {
      latencies.push(await health());
      await new Promise((r) => setTimeout(r, 25));
    }
    return latencies;
  }

  const index = benchmarkIndex('S');

  it.each([['auto'], [1]] as const)('answers a health request in under 100 ms while betweenness runs (threads %s)', async (threads) => {
    const t0 = performance.now();
    const run = betweennessAsync(index, { samples: 400, threads });
    const latencies = await probe(run);
    const ms = performance.now() - t0;
    expect(await run).toEqual(betweenness(index, { samples: 400 }));
    expect(latencies.length).toBeGreaterThan(3);
    // The first request may wait on the setup (index relabelling, copies to shared memory): ≤ 100 ms too.
    expect(Math.max(...latencies)).toBeLessThan(100);
    console.log(`threads ${threads}: ${latencies.length} health requests during ${ms.toFixed(0)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);
    expect(await noWorkersLeft(liveWorkers)).toBe(0);
  }, 60_000);

  it.each([['auto'], [1]] as const)('an abort mid-run rejects within 1 s and leaves no thread (threads %s)', async (threads) => {
    const controller = new AbortController();
    const run = betweennessAsync(index, { threads, signal: controller.signal });
    const latencies = probe(run);
    await new Promise((r) => setTimeout(r, 500));
    const t0 = performance.now();
    controller.abort();
    const error = await run.catch((e: unknown) => e);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(error).toBeInstanceOf(AbortedError);
    expect(Math.max(...(await latencies))).toBeLessThan(100);
    expect(await noWorkersLeft(liveWorkers, 1000)).toBe(0);
  }, 60_000);
});

it('buildIndex stays usable (sanity)', () => {
  expect(buildIndex(fixtureGraph('karate')).order).toBe(34);
});
