/**
 * The reach kernels of src/core/reach.ts against the naive oracles of test/oracles/reach.naive.ts
 * (STYLE.md §9, layer 4): reach counts for k = 1…5 (two-level loop for k = 2, level BFS for k ≥ 3),
 * the strong/weak slot filter, inverse-distance sums, the set sum, and the worker-thread path
 * (same counts whatever the number of threads).
 */
import { describe, expect, it, vi } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { buildIndex, type CsrIndex } from '../../src/index.js';
import { createRng, randomInt } from '../../src/core/random.js';
import { csrFromEdges } from '../../src/core/csr.js';
import * as reach from '../../src/core/reach.js';
import {
  filterAdjacency,
  inverseDistanceSums,
  reachChunk,
  reachCounts,
  REACH_CHUNKS,
  setInverseDistanceSum,
  type ReachAdjacency,
} from '../../src/core/reach.js';
import { arbGraph, toGraphology, type GraphDesc } from '../arbitraries.js';
import {
  naiveDistanceWeightedReach,
  naiveReachCounts,
  naiveReachGraph,
  naiveSetDistanceWeightedReach,
} from '../oracles/reach.naive.js';

function outAdjacency(index: CsrIndex, direction: 'out' | 'in' = 'out'): ReachAdjacency {
  return direction === 'in'
    ? { offsets: index.inOffsets, neighbors: index.inNeighbors, slotDist: null }
    : { offsets: index.offsets, neighbors: index.neighbors, slotDist: null };
}

/** Index of a description with its nodes in description order (ids = positions in desc.nodes). */
function indexOf(desc: GraphDesc): CsrIndex {
  const index = buildIndex(toGraphology(desc));
  expect(index.keys).toEqual(desc.nodes);
  return index;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    expect(Math.abs(a - e), `entry ${i}: ${a} vs ${e}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(e)));
  }
}

/** A seeded random undirected graph large enough to be relabelled (≥ 65,536 slots). */
function randomIndex(n: number, m: number, seed: number, directed = false): CsrIndex {
  const rng = createRng(seed);
  const sources = new Uint32Array(m);
  const targets = new Uint32Array(m);
  for (let e = 0; e < m; e++) {
    // A few hubs, so that the two-level loop meets long neighbour lists.
    sources[e] = rng() < 0.05 ? randomInt(rng, 20) : randomInt(rng, n);
    targets[e] = randomInt(rng, n);
  }
  const keys = Array.from({ length: n }, (_, i) => `v${i}`);
  return csrFromEdges({
    directed,
    weighted: false,
    keys,
    idOf: new Map(keys.map((k, i) => [k, i])),
    m,
    sources,
    targets,
    strengths: new Float64Array(m).fill(1),
    distances: null,
    strengthRule: 'max',
  });
}

/** Plain queue BFS to depth k from every node (a second, independent reference for big graphs). */
function bfsCounts(adj: ReachAdjacency, k: number): Float64Array {
  const n = adj.offsets.length - 1;
  const out = new Float64Array(n);
  const depth = new Int32Array(n);
  const queue = new Uint32Array(n);
  for (let s = 0; s < n; s++) {
    depth.fill(-1);
    depth[s] = 0;
    queue[0] = s;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      if (depth[v] === k) continue;
      for (let p = adj.offsets[v]!; p < adj.offsets[v + 1]!; p++) {
        const w = adj.neighbors[p]!;
        if (depth[w] === -1) {
          depth[w] = depth[v]! + 1;
          queue[tail++] = w;
        }
      }
    }
    out[s] = tail - 1;
  }
  return out;
}

describe('core/reach', () => {
  describe('reachCounts', () => {
    test.prop([arbGraph({ maxNodes: 12, multi: true, selfLoops: true }), fc.integer({ min: 1, max: 5 })], { numRuns: 100 })(
      'equals the Floyd–Warshall oracle for k = 1…5, both directions',
      (desc, k) => {
        const index = indexOf(desc);
        for (const direction of ['out', 'in'] as const) {
          const naive = naiveReachCounts(naiveReachGraph(desc.nodes, desc.edges, desc.directed, 'any', Number.NaN, direction), k);
          expect(Array.from(reachCounts(outAdjacency(index, direction), k, { threads: 1 }).counts)).toEqual(naive);
        }
      },
    );

    it('gives the same counts on a relabelled 6,000-node graph as a plain BFS, for k = 2 and 3', () => {
      const index = randomIndex(6000, 40_000, 7);
      expect(index.offsets[index.order]!).toBeGreaterThanOrEqual(1 << 16); // relabelled
      const adj = outAdjacency(index);
      for (const k of [2, 3]) expect(reachCounts(adj, k, { threads: 1 }).counts).toEqual(bfsCounts(adj, k));
    });

    it('gives the same counts with worker threads (workers take every range first)', () => {
      const index = randomIndex(6000, 40_000, 11, true);
      for (const direction of ['out', 'in'] as const) {
        const adj = outAdjacency(index, direction);
        for (const k of [2, 3]) {
          const one = reachCounts(adj, k, { threads: 1 });
          const two = reachCounts(adj, k, { threads: 2, workersFirst: true });
          expect(reach.lastReachWorkerError).toBeNull();
          expect(two.workerChunks).toBeGreaterThan(0);
          expect(two.workerChunks).toBeLessThanOrEqual(REACH_CHUNKS);
          expect(two.counts).toEqual(one.counts);
        }
      }
    }, 60_000);

    it("'auto' stays on this thread for small inputs", () => {
      const index = randomIndex(500, 2000, 3);
      expect(reachCounts(outAdjacency(index), 2).workerChunks).toBe(0);
    });

    it('runs every range on this thread when a worker cannot start', () => {
      const real = process.getBuiltinModule;
      const spy = vi.spyOn(process, 'getBuiltinModule').mockImplementation(((id: string) => {
        const module = real.call(process, id) as Record<string, unknown>;
        if (id !== 'node:worker_threads') return module;
        return {
          ...module,
          Worker: class {
            constructor() {
              throw new Error('no threads here');
            }
          },
        };
      }) as typeof process.getBuiltinModule);
      try {
        const adj = outAdjacency(randomIndex(800, 4000, 5));
        const fallback = reachCounts(adj, 2, { threads: 2, workersFirst: true });
        expect(fallback.workerChunks).toBe(0);
        expect(fallback.counts).toEqual(reachCounts(adj, 2, { threads: 1 }).counts);
      } finally {
        spy.mockRestore();
      }
    });

    it('reachChunk clears stale stamps (any buffer content) and wraps its 8-bit stamps', () => {
      // A path 0 – 1 – … – 599: more sources than stamp values, every count known.
      const n = 600;
      const keys = Array.from({ length: n }, (_, i) => String(i));
      const sources = Uint32Array.from({ length: n - 1 }, (_, i) => i);
      const targets = Uint32Array.from({ length: n - 1 }, (_, i) => i + 1);
      const index = csrFromEdges({
        directed: false, weighted: false, keys, idOf: new Map(keys.map((k, i) => [k, i])), m: n - 1,
        sources, targets, strengths: new Float64Array(n - 1).fill(1), distances: null, strengthRule: 'max',
      });
      const out = new Int32Array(n);
      const stamp = new Uint8Array(n).fill(7);
      reachChunk(index.offsets, index.neighbors, 2, 0, n, stamp, new Uint32Array(n), out);
      // Ends reach 2 people, their neighbours 3, everyone else 4.
      expect(Array.from(out)).toEqual(Array.from({ length: n }, (_, i) => Math.min(i, 2) + Math.min(n - 1 - i, 2)));
      stamp.fill(255);
      reachChunk(index.offsets, index.neighbors, 3, 0, n, stamp, new Uint32Array(n), out);
      expect(out[300]).toBe(6);
      expect(out[0]).toBe(3);
    });
  });

  describe('filterAdjacency', () => {
    test.prop([arbGraph({ maxNodes: 10, multi: true }), fc.constantFrom<'strong' | 'weak'>('strong', 'weak')], { numRuns: 100 })(
      'keeps exactly the strong (or weak) ties: reach counts equal the oracle on the filtered graph',
      (desc, via) => {
        const index = indexOf(desc);
        const threshold = 2;
        // Strong ⇔ projected merged strength ≥ 2 (the rule strongTieMask applies to a number).
        const strong = new Uint8Array(index.size);
        for (let t = 0; t < index.size; t++) {
          const u = index.tieSources[t]!;
          const v = index.tieTargets[t]!;
          let s = index.tieStrengths[t]!;
          if (index.directed) {
            for (let q = 0; q < index.size; q++) if (index.tieSources[q] === v && index.tieTargets[q] === u) s += index.tieStrengths[q]!;
          }
          strong[t] = s >= threshold ? 1 : 0;
        }
        const adj = filterAdjacency(index.offsets, index.neighbors, index.slotTies, null, strong, via === 'strong' ? 1 : 0);
        const naive = naiveReachGraph(desc.nodes, desc.edges, desc.directed, via, threshold);
        expect(Array.from(reachCounts(adj, 2, { threads: 1 }).counts)).toEqual(naiveReachCounts(naive, 2));
      },
    );
  });

  describe('inverse-distance sums', () => {
    test.prop([arbGraph({ maxNodes: 10, multi: true }), fc.boolean()], { numRuns: 100 })(
      'inverseDistanceSums + 1, over n, equals the oracle DR (hops and d = 1/s)',
      (desc, inverse) => {
        const index = indexOf(desc);
        const n = index.order;
        const slotDist = inverse ? Float64Array.from(index.strengths, (s) => 1 / s) : null;
        const sums = inverseDistanceSums({ offsets: index.offsets, neighbors: index.neighbors, slotDist }, 1);
        const naive = naiveDistanceWeightedReach(naiveReachGraph(desc.nodes, desc.edges, desc.directed), inverse);
        expectClose(Array.from(sums, (s) => (1 + s) / n), naive);
      },
    );

    test.prop([arbGraph({ minNodes: 1, maxNodes: 10, multi: true }), fc.boolean(), fc.array(fc.nat(), { minLength: 1, maxLength: 4 })], {
      numRuns: 100,
    })('setInverseDistanceSum / n equals the oracle DR(M)', (desc, inverse, picks) => {
      const index = indexOf(desc);
      const n = index.order;
      const members = [...new Set(picks.map((p) => p % n))];
      const slotDist = inverse ? Float64Array.from(index.strengths, (s) => 1 / s) : null;
      const sum = setInverseDistanceSum({ offsets: index.offsets, neighbors: index.neighbors, slotDist }, 1, Uint32Array.from(members));
      const naive = naiveSetDistanceWeightedReach(naiveReachGraph(desc.nodes, desc.edges, desc.directed), members, inverse);
      expectClose([sum / n], [naive]);
    });

    it('scales hop counts by a common distance (unit)', () => {
      // Path a – b – c with every tie of distance 2: from a, 1/2 + 1/4.
      const keys = ['a', 'b', 'c'];
      const path = csrFromEdges({
        directed: false, weighted: false, keys, idOf: new Map(keys.map((k, i) => [k, i])), m: 2,
        sources: Uint32Array.of(0, 1), targets: Uint32Array.of(1, 2), strengths: Float64Array.of(1, 1), distances: null, strengthRule: 'max',
      });
      const sums = inverseDistanceSums({ offsets: path.offsets, neighbors: path.neighbors, slotDist: null }, 2);
      expect(Array.from(sums)).toEqual([0.75, 1, 0.75]);
    });
  });
});
