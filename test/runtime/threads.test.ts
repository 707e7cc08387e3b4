/**
 * The public `threads` option of the synchronous path metrics (betweenness, edge betweenness,
 * closeness, harmonic closeness): the same values bit for bit for every thread count, workers or
 * not; closeness and harmonic closeness split their sources over workers in their `…Async` twins
 * too, with progress per source.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGraph } from '../../benchmarks/generate-graph.js';
import {
  betweenness,
  betweennessAsync,
  closeness,
  closenessAsync,
  closenessIndexed,
  edgeBetweenness,
  harmonicCloseness,
  harmonicClosenessAsync,
  InvalidOptionError,
  InvalidWeightError,
  kStepReach,
  kStepReachAsync,
} from '../../src/index.js';
import { csrFromEdges, type CsrIndex } from '../../src/core/csr.js';
import { AbortedError } from '../../src/runtime/aborted-error.js';
import { liveWorkers, startedWorkers } from '../../src/runtime/spawn.js';
import { setRelabelOffThreadMin } from '../../src/runtime/relabel.js';
import { setIndexOffThreadMinEdges } from '../../src/runtime/index-async.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { noWorkersLeft, restoreWorkerEntry, useBundledWorker } from './bundled-worker.js';

beforeAll(useBundledWorker, 60_000);
afterAll(restoreWorkerEntry);

/** A generated graph (the BENCHMARKS.md model) of n people and m ties, as an index. */
function generated(n: number, m: number, directed = false): CsrIndex {
  const g = generateGraph({ n, m, seed: 5 });
  const keys = Array.from({ length: n }, (_, i) => `p${i}`);
  return csrFromEdges({
    directed,
    weighted: true,
    keys,
    idOf: new Map(keys.map((k, i) => [k, i])),
    m: g.m,
    sources: g.sources,
    targets: g.targets,
    strengths: g.weights,
    distances: null,
    strengthRule: 'sum',
  });
}

const THREADS = [1, 2, 3, 'auto'] as const;

describe('the synchronous functions give the same values for every threads', () => {
  it.each(['karate', 'directed-weighted', 'messy'] as const)('%s', (name) => {
    const graph = fixtureGraph(name);
    for (const options of [{}, { getEdgeDistance: null }, { direction: 'in' as const }]) {
      const c = closeness(graph, options);
      const h = harmonicCloseness(graph, options);
      for (const threads of THREADS) {
        expect(closeness(graph, { ...options, threads })).toEqual(c);
        expect(harmonicCloseness(graph, { ...options, threads })).toEqual(h);
      }
    }
    const b = betweenness(graph);
    const e = edgeBetweenness(graph);
    for (const threads of THREADS) {
      expect(betweenness(graph, { threads })).toEqual(b);
      expect(edgeBetweenness(graph, { threads })).toEqual(e);
    }
  });

  it('on a generated graph large enough for workers (weighted and hops, directed too)', () => {
    for (const index of [generated(1500, 7000), generated(1000, 5000, true)]) {
      for (const options of [{}, { getEdgeDistance: null }, { disconnected: 'component' as const, direction: 'in' as const }]) {
        const one = closenessIndexed(index, { ...options, threads: 1 });
        for (const threads of [2, 'auto'] as const) {
          expect(closenessIndexed(index, { ...options, threads })).toEqual(one);
        }
      }
      const h = harmonicCloseness(index, { threads: 1, normalized: true });
      expect(harmonicCloseness(index, { threads: 2, normalized: true })).toEqual(h);
      const b = betweenness(index, { samples: 200, threads: 1 });
      expect(betweenness(index, { samples: 200, threads: 2 })).toEqual(b);
      expect(betweenness(index, { samples: 200 })).toEqual(b);
    }
  }, 120_000);

  it('refuses a bad threads', () => {
    const graph = fixtureGraph('karate');
    for (const threads of [0, 1.5, -1, 'all', null]) {
      for (const fn of [betweenness, edgeBetweenness, closeness, harmonicCloseness] as ((g: unknown, o: object) => unknown)[]) {
        expect(() => fn(graph, { threads })).toThrow(InvalidOptionError);
      }
    }
  });
});

describe('closenessAsync and harmonicClosenessAsync split the sources over workers', () => {
  const index = generated(1500, 7000);

  it('same values as the synchronous functions for every threads, with progress per source', async () => {
    const c = closeness(index);
    const h = harmonicCloseness(index, { getEdgeDistance: null });
    for (const threads of [1, 2, 'auto'] as const) {
      const seen: number[] = [];
      expect(await closenessAsync(index, { threads, onProgress: ({ done, total }) => (expect(total).toBe(1500), seen.push(done)) })).toEqual(c);
      expect(seen.at(-1)).toBe(1500);
      expect(seen.every((d, i) => i === 0 || d > seen[i - 1]!)).toBe(true);
      expect(await harmonicClosenessAsync(index, { threads, getEdgeDistance: null })).toEqual(h);
    }
    expect(await noWorkersLeft(liveWorkers)).toBe(0);
  }, 120_000);

  it('on the fixtures, graph and index', async () => {
    for (const name of ['karate', 'directed-weighted', 'messy'] as const) {
      const graph = fixtureGraph(name);
      for (const threads of [1, 2] as const) {
        expect(await closenessAsync(graph, { threads, direction: 'in' })).toEqual(closeness(graph, { direction: 'in' }));
        expect(await harmonicClosenessAsync(graph, { threads })).toEqual(harmonicCloseness(graph));
        expect(await betweennessAsync(graph, { threads })).toEqual(betweenness(graph, { threads: 2 }));
      }
    }
  });

  it('large graphs are relabelled on a worker, with the same values', async () => {
    setRelabelOffThreadMin(1000);
    try {
      const before = startedWorkers();
      const c = closeness(index, { direction: 'in' });
      expect(await closenessAsync(index, { threads: 2, direction: 'in' })).toEqual(c);
      expect(await harmonicClosenessAsync(index, { threads: 2, getEdgeDistance: null })).toEqual(harmonicCloseness(index, { getEdgeDistance: null }));
      expect(await betweennessAsync(index, { samples: 100, threads: 2 })).toEqual(betweenness(index, { samples: 100 }));
      // each call: one relabelling worker, two chunk workers
      expect(startedWorkers() - before).toBe(9);
    } finally {
      setRelabelOffThreadMin(undefined);
    }
    expect(await noWorkersLeft(liveWorkers)).toBe(0);
  }, 120_000);

  it('a large graph (not an index) is indexed on a worker, with the same values and errors', async () => {
    setIndexOffThreadMinEdges(10);
    try {
      for (const name of ['karate', 'directed-weighted'] as const) {
        const graph = fixtureGraph(name);
        const before = startedWorkers();
        expect(await betweennessAsync(graph, { threads: 2 })).toEqual(betweenness(graph));
        expect(await closenessAsync(graph, { threads: 2, getEdgeDistance: null })).toEqual(closeness(graph, { getEdgeDistance: null }));
        expect(startedWorkers() - before).toBeGreaterThanOrEqual(2);
        // kStepReachAsync too: one worker more than when the index is built here.
        const workersOf = async (minEdges: number): Promise<number> => {
          setIndexOffThreadMinEdges(minEdges);
          const start = startedWorkers();
          expect(await kStepReachAsync(graph, { threads: 2, k: 2 })).toEqual(kStepReach(graph, { k: 2 }));
          return startedWorkers() - start;
        };
        const here = await workersOf(Number.MAX_SAFE_INTEGER);
        expect(await workersOf(10)).toBe(here + 1);
      }
      const bad = fixtureGraph('karate');
      bad.setEdgeAttribute(bad.edges()[3]!, 'weight', -1);
      await expect(betweennessAsync(bad, { threads: 2 })).rejects.toBeInstanceOf(InvalidWeightError);
    } finally {
      setIndexOffThreadMinEdges(undefined);
    }
    expect(await noWorkersLeft(liveWorkers)).toBe(0);
  }, 60_000);

  it.each([[1], [2]] as const)('an abort mid-run rejects within 1 s and leaves no worker (threads %s)', async (threads) => {
    const big = generated(20_000, 100_000);
    const controller = new AbortController();
    const run = closenessAsync(big, { threads, signal: controller.signal });
    await new Promise((r) => setTimeout(r, 300));
    const t0 = performance.now();
    controller.abort(new Error('enough'));
    const error = await run.catch((e: unknown) => e);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(error).toBeInstanceOf(AbortedError);
    expect(await noWorkersLeft(liveWorkers, 1000)).toBe(0);
  }, 60_000);
});
