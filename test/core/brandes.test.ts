/**
 * The path kernels (src/core/bfs.ts, dijkstra.ts, brandes.ts) against the naive oracles of
 * test/oracles/paths.naive.ts on random graphs (STYLE.md §9, layer 4), plus hand-computed cases
 * of the tie tolerance and of NetworkX 3.6.1's rescaling.
 */
import { describe, expect, it, vi } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { buildIndex, type CsrIndex } from '../../src/index.js';
import { bfsDistances, bfsOrder, createSearchWorkspace, relabelAdjacency, resetSearch } from '../../src/core/bfs.js';
import { brandesSums, rescaleBetweenness, SOURCE_CHUNKS } from '../../src/core/brandes.js';
import { dijkstraCount, dijkstraDistances, PATH_EPSILON } from '../../src/core/dijkstra.js';
import { resolveDistances, type PathDistances } from '../../src/core/distances.js';
import { arbGraph, toGraphology, type GraphDesc } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import {
  enumerateShortestPathCounts,
  floydWarshall,
  naiveBetweenness,
  naiveDistanceGraph,
  naiveEdgeBetweenness,
  shortestPathCounts,
  type NaiveGraph,
} from '../oracles/paths.naive.js';

type Mode = 'hops' | 'inverse' | 'distance';

/** The index, resolved distances and oracle graph of a description in a distance mode. */
function setup(desc: GraphDesc, mode: Mode): { index: CsrIndex; distances: PathDistances; naive: NaiveGraph } {
  const graph = toGraphology(desc);
  const index =
    mode === 'hops'
      ? buildIndex(graph, { getEdgeDistance: null })
      : mode === 'distance'
        ? buildIndex(graph, { getEdgeDistance: 'weight' })
        : buildIndex(graph);
  const distances = resolveDistances(index, undefined, false, 'test', { allowZero: false });
  const naive = naiveDistanceGraph(
    desc.nodes,
    desc.edges,
    desc.directed,
    mode === 'hops' ? { kind: 'hops' } : mode === 'distance' ? { kind: 'distance' } : { kind: 'strength', toDistance: (s) => 1 / s },
  );
  return { index, distances, naive };
}

/** Relative closeness for sums of float fractions. */
function expectAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    expect(Math.abs(a - e), `entry ${i}: ${a} vs ${e}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(e)));
  }
}

const arbMode = fc.constantFrom<Mode>('hops', 'inverse', 'distance');
// Strengths among the divisors of 60 make float ties common under 'inverse': 1/6 + 1/30 ≠ 1/5 and
// 1/10 + 1/15 ≠ 1/6 in floating point, though equal as fractions.
const DIVISORS_OF_60 = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60];
const arbIntGraph = (directed: boolean) =>
  arbGraph({ directed, multi: true, selfLoops: true, maxNodes: 9, maxEdges: 20 }).map((desc) => ({
    ...desc,
    edges: desc.edges.map(([s, t, w]): [string, string, number] => [s, t, DIVISORS_OF_60[Math.round(w * 7) % 12]!]),
  }));

describe('core/brandes', () => {
  describe('brandesSums equals the naive oracle', () => {
    test.prop([fc.boolean().chain((d) => fc.oneof(arbIntGraph(d), arbGraph({ directed: d, maxNodes: 9 }))), arbMode], {
      numRuns: 150,
    })('node sums (endpoints excluded) on random graphs', (desc, mode) => {
      const { index, distances, naive } = setup(desc, mode);
      const sums = brandesSums(index, distances, { sources: null, nodes: true, ties: false, endpoints: false });
      expectAllClose(sums.nodes!, naiveBetweenness(naive));
    });

    test.prop([fc.boolean().chain((d) => arbIntGraph(d)), arbMode], { numRuns: 100 })(
      'node sums with endpoints on random graphs',
      (desc, mode) => {
        const { index, distances, naive } = setup(desc, mode);
        const sums = brandesSums(index, distances, { sources: null, nodes: true, ties: false, endpoints: true });
        expectAllClose(sums.nodes!, naiveBetweenness(naive, { endpoints: true }));
      },
    );

    test.prop([fc.boolean().chain((d) => arbIntGraph(d)), arbMode], { numRuns: 100 })(
      'tie sums on random graphs',
      (desc, mode) => {
        const { index, distances, naive } = setup(desc, mode);
        const sums = brandesSums(index, distances, { sources: null, nodes: false, ties: true, endpoints: true });
        const expected = naiveEdgeBetweenness(naive);
        const byPair = new Map(naive.ties.map(([u, v], i) => [`${u},${v}`, expected[i]!]));
        const actual = Array.from(sums.ties!);
        const reordered = actual.map((_, t) => byPair.get(`${index.tieSources[t]},${index.tieTargets[t]}`)!);
        expectAllClose(actual, reordered);
      },
    );

    test.prop([fc.boolean().chain((d) => arbIntGraph(d)), arbMode, fc.nat()], { numRuns: 100 })(
      'node sums from a subset of sources',
      (desc, mode, pick) => {
        const { index, distances, naive } = setup(desc, mode);
        const sources = [...Array(index.order).keys()].filter((i) => ((pick >> (i % 30)) & 1) === 1);
        const sums = brandesSums(index, distances, {
          sources: Uint32Array.from(sources),
          nodes: true,
          ties: false,
          endpoints: false,
        });
        expectAllClose(sums.nodes!, naiveBetweenness(naive, { sources }));
      },
    );
  });

  describe('oracle self-check', () => {
    test.prop([fc.boolean().chain((d) => arbGraph({ directed: d, maxNodes: 6, maxEdges: 10 })), arbMode], { numRuns: 100 })(
      'σ by dynamic programming equals σ by enumerating simple paths',
      (desc, mode) => {
        const { naive } = setup(desc, mode);
        const d = floydWarshall(naive);
        expect(shortestPathCounts(naive, d)).toEqual(enumerateShortestPathCounts(naive, d));
      },
    );
  });

  describe('distances', () => {
    test.prop([fc.boolean().chain((d) => arbGraph({ directed: d, multi: true, maxNodes: 10 })), arbMode], { numRuns: 100 })(
      'bfsDistances and dijkstraDistances equal Floyd–Warshall, out- and in-arcs',
      (desc, mode) => {
        const { index, distances, naive } = setup(desc, mode);
        const d = floydWarshall(naive);
        const n = index.order;
        const ws = createSearchWorkspace(n, { weighted: distances.slots !== null, paths: false });
        for (const incoming of [false, true]) {
          const offsets = incoming ? index.inOffsets : index.offsets;
          const neighbors = incoming ? index.inNeighbors : index.neighbors;
          const slots = incoming ? distances.inSlots : distances.slots;
          const distance = (v: number) => (slots === null ? (ws.hops[v]! < 0 ? Infinity : ws.hops[v]! * distances.unit) : ws.dist[v]!);
          for (let s = 0; s < n; s++) {
            if (slots === null) bfsDistances(offsets, neighbors, s, ws);
            else dijkstraDistances(offsets, neighbors, slots, s, ws);
            for (let t = 0; t < n; t++) {
              const expected = incoming ? d[t]![s]! : d[s]![t]!;
              const got = distance(t);
              if (expected === Infinity) expect(got).toBe(Infinity);
              else expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
            }
            // order lists the reached nodes by non-decreasing distance, the source first.
            expect(ws.order[0]).toBe(s);
            for (let i = 1; i < ws.count; i++) expect(distance(ws.order[i]!)).toBeGreaterThanOrEqual(distance(ws.order[i - 1]!));
            resetSearch(ws);
            expect(Array.from(ws.dist).every((x) => x === Infinity)).toBe(true);
            expect(Array.from(ws.hops).every((x) => x === -1)).toBe(true);
          }
        }
      },
    );
  });

  describe('dijkstraCount', () => {
    it('counts 1/6 + 1/30 and 1/5 as tied paths (igraph tolerance), although they differ in floating point', () => {
      // a–b 6, b–c 30, a–c 5 as strengths → distances 1/6, 1/30, 1/5.
      // 1/6 + 1/30 = 0.19999999999999998 ≠ 0.2, so exact comparison (NetworkX) sees one shortest a–c path.
      expect(1 / 6 + 1 / 30).not.toBe(1 / 5);
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: 6 });
      g.mergeEdge('b', 'c', { weight: 30 });
      g.mergeEdge('a', 'c', { weight: 5 });
      const index = buildIndex(g);
      const distances = resolveDistances(index, undefined, false, 'test', { allowZero: false });
      const ws = createSearchWorkspace(3, { weighted: true, paths: true, predStart: index.inOffsets });
      dijkstraCount(index.offsets, index.neighbors, distances.slots!, index.slotTies, index.id('a'), ws, PATH_EPSILON);
      expect(ws.sigma[index.id('c')]).toBe(2);
      expect(ws.predCount[index.id('c')]).toBe(2);
      // So b lies on one of the two shortest a–c paths: raw betweenness of b = 2 × 1/2 (ordered pairs).
      const sums = brandesSums(index, distances, { sources: null, nodes: true, ties: false, endpoints: false });
      expect(sums.nodes![index.id('b')]).toBe(1);
    });

    it('uses igraph relative tolerance ε = 1e-10: lengths 1 and 1 + 3e-10 are not tied', () => {
      expect(PATH_EPSILON).toBe(1e-10);
      // a–b–c of lengths 0.5 + 0.5000000003 vs a–c 1: |1.0000000003 − 1| / 2.0000000003 > 1e-10 → not tied.
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { d: 0.5 });
      g.mergeEdge('b', 'c', { d: 0.5000000003 });
      g.mergeEdge('a', 'c', { d: 1 });
      const index = buildIndex(g, { getEdgeDistance: 'd' });
      const distances = resolveDistances(index, undefined, true, 'test', { allowZero: false });
      const ws = createSearchWorkspace(3, { weighted: true, paths: true, predStart: index.inOffsets });
      dijkstraCount(index.offsets, index.neighbors, distances.slots!, index.slotTies, index.id('a'), ws, PATH_EPSILON);
      expect(ws.sigma[index.id('c')]).toBe(1);
      resetSearch(ws);
      // …but 0.5 + 0.50000000001 vs 1 is (relative gap 5e-12).
      const h = new UndirectedGraph();
      h.mergeEdge('a', 'b', { d: 0.5 });
      h.mergeEdge('b', 'c', { d: 0.50000000001 });
      h.mergeEdge('a', 'c', { d: 1 });
      const index2 = buildIndex(h, { getEdgeDistance: 'd' });
      const d2 = resolveDistances(index2, undefined, true, 'test', { allowZero: false });
      dijkstraCount(index2.offsets, index2.neighbors, d2.slots!, index2.slotTies, index2.id('a'), ws, PATH_EPSILON);
      expect(ws.sigma[index2.id('c')]).toBe(2);
    });

    it('restarts σ and the predecessors when a strictly shorter path appears', () => {
      // a–c 10 is found first, then a–b–c 1 + 1 = 2 replaces it.
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'c', { d: 10 });
      g.mergeEdge('a', 'b', { d: 1 });
      g.mergeEdge('b', 'c', { d: 1 });
      const index = buildIndex(g, { getEdgeDistance: 'd' });
      const distances = resolveDistances(index, undefined, true, 'test', { allowZero: false });
      const ws = createSearchWorkspace(3, { weighted: true, paths: true, predStart: index.inOffsets });
      dijkstraCount(index.offsets, index.neighbors, distances.slots!, index.slotTies, index.id('a'), ws, PATH_EPSILON);
      const c = index.id('c');
      expect(ws.dist[c]).toBe(2);
      expect(ws.sigma[c]).toBe(1);
      expect(ws.predCount[c]).toBe(1);
      expect(ws.predNode[index.inOffsets[c]!]).toBe(index.id('b'));
    });
  });

  describe('relabelling for locality', () => {
    test.prop([fc.boolean().chain((d) => arbGraph({ directed: d, multi: true, maxNodes: 12 }))], { numRuns: 100 })(
      'bfsOrder is a permutation and relabelAdjacency keeps every arc, tie id and distance',
      (desc) => {
        const index = buildIndex(toGraphology(desc));
        const n = index.order;
        const oldOf = bfsOrder(n, index.offsets, index.neighbors, index.inOffsets, index.inNeighbors);
        expect(Array.from(oldOf).sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
        const dist = Float64Array.from(index.slotTies, (t) => t + 0.5);
        const adj = relabelAdjacency(oldOf, index.offsets, index.neighbors, index.slotTies, dist);
        const arcs = (from: (i: number) => number, offsets: Uint32Array, neighbors: Uint32Array, ties: Uint32Array, d: Float64Array) => {
          const out: string[] = [];
          for (let i = 0; i < n; i++) {
            for (let p = offsets[i]!; p < offsets[i + 1]!; p++) out.push(`${from(i)}>${from(neighbors[p]!)}#${ties[p]}@${d[p]}`);
          }
          return out.sort();
        };
        expect(arcs((i) => oldOf[i]!, adj.offsets, adj.neighbors, adj.slotTies, adj.slotDist!)).toEqual(
          arcs((i) => i, index.offsets, index.neighbors, index.slotTies, dist),
        );
        // predStart: in-degree prefix sums in new ids.
        for (let i = 0; i < n; i++) {
          expect(adj.predStart[i + 1]! - adj.predStart[i]!).toBe(index.inDegree(oldOf[i]!));
        }
      },
    );
  });

  describe('worker threads', () => {
    it.each([
      ['karate', 'inverse'],
      ['karate', 'hops'],
      ['directed-weighted', 'inverse'],
      ['messy', 'hops'],
    ] as const)('run every source chunk on worker threads with the same sums bit for bit (%s, %s)', (name, mode) => {
      const graph = fixtureGraph(name);
      const index = mode === 'hops' ? buildIndex(graph, { getEdgeDistance: null }) : buildIndex(graph);
      const distances = resolveDistances(index, undefined, mode === 'hops', 'test', { allowZero: false });
      const task = { sources: null, nodes: true, ties: true, endpoints: false } as const;
      const serial = brandesSums(index, distances, { ...task, threads: 1 });
      expect(serial.workerChunks).toBe(0);
      for (const threads of [2, 4]) {
        // workersFirst: this thread leaves every chunk to the workers, so their code path runs.
        const parallel = brandesSums(index, distances, { ...task, threads, workersFirst: true });
        expect(parallel.workerError).toBeNull();
        expect(parallel.workerChunks).toBe(SOURCE_CHUNKS);
        expect(Array.from(parallel.nodes!)).toEqual(Array.from(serial.nodes!));
        expect(Array.from(parallel.ties!)).toEqual(Array.from(serial.ties!));
      }
      const pivots = Uint32Array.of(0, 3, 5);
      const sampled = brandesSums(index, distances, { ...task, sources: pivots, threads: 2, workersFirst: true });
      expect(Array.from(sampled.nodes!)).toEqual(Array.from(brandesSums(index, distances, { ...task, sources: pivots, threads: 1 }).nodes!));
    });

    it("'auto' stays on this thread for small inputs", () => {
      const index = buildIndex(fixtureGraph('karate'));
      const distances = resolveDistances(index, undefined, false, 'test', { allowZero: false });
      expect(brandesSums(index, distances, { sources: null, nodes: true, ties: false, endpoints: false }).workerChunks).toBe(0);
    });

    it('runs every chunk on this thread when a worker cannot start', () => {
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
        const index = buildIndex(fixtureGraph('karate'));
        const distances = resolveDistances(index, undefined, false, 'test', { allowZero: false });
        const task = { sources: null, nodes: true, ties: false, endpoints: false } as const;
        const fallback = brandesSums(index, distances, { ...task, threads: 2, workersFirst: true });
        expect(fallback.workerChunks).toBe(0);
        expect(Array.from(fallback.nodes!)).toEqual(Array.from(brandesSums(index, distances, { ...task, threads: 1 }).nodes!));
      } finally {
        spy.mockRestore();
      }
    });

    it('shares the chunks between this thread and the workers without changing a bit', () => {
      const index = buildIndex(fixtureGraph('random-weighted'));
      const distances = resolveDistances(index, undefined, false, 'test', { allowZero: false });
      const task = { sources: null, nodes: true, ties: true, endpoints: true } as const;
      const serial = brandesSums(index, distances, { ...task, threads: 1 });
      const mixed = brandesSums(index, distances, { ...task, threads: 2 });
      expect(Array.from(mixed.nodes!)).toEqual(Array.from(serial.nodes!));
      expect(Array.from(mixed.ties!)).toEqual(Array.from(serial.ties!));
    });
  });

  describe('rescaleBetweenness (NetworkX 3.6.1 _rescale)', () => {
    const rescaled = (values: number[], n: number, o: Parameters<typeof rescaleBetweenness>[2]) => {
      const v = Float64Array.from(values);
      rescaleBetweenness(v, n, o);
      return Array.from(v);
    };

    it('normalised, undirected, exact: divides ordered sums by N(N − 1), N = n − 1', () => {
      // n = 5, N = 4: factor 1/12; an ordered sum of 6 (3 unordered pairs) → 0.5 = 3 / C(4, 2).
      expect(rescaled([6, 0, 0, 0, 0], 5, { normalized: true, directed: false, endpoints: false, pivots: null })[0]).toBe(0.5);
    });

    it('raw: halves undirected ordered sums, keeps directed ones', () => {
      expect(rescaled([6], 5, { normalized: false, directed: false, endpoints: false, pivots: null })).toEqual([3]);
      expect(rescaled([6], 5, { normalized: false, directed: true, endpoints: false, pivots: null })).toEqual([6]);
    });

    it('leaves values alone when N < 2', () => {
      expect(rescaled([1, 2], 2, { normalized: true, directed: false, endpoints: false, pivots: null })).toEqual([1, 2]);
    });

    it('sampled without endpoints: pivots × 1/((k − 1)(N − 1)), others × 1/(k(N − 1))', () => {
      // n = 6, N = 5, k = 2: pivots × 1/((2 − 1) · 4) = 1/4, others × 1/(2 · 4) = 1/8.
      const v = rescaled([4, 4, 8, 8, 8, 8], 6, {
        normalized: true,
        directed: false,
        endpoints: false,
        pivots: Uint32Array.of(0, 1),
      });
      expect(v).toEqual([1, 1, 1, 1, 1, 1]);
    });

    it('sampled raw: pivots × N/((k − 1)c), others × N/(kc); k = 1 leaves the pivot NaN', () => {
      // n = 6, N = 5, k = 2, undirected c = 2: pivots × 5/2, others × 5/4.
      expect(rescaled([2, 4], 6, { normalized: false, directed: false, endpoints: false, pivots: Uint32Array.of(0) })[1]).toBe(
        (4 * 5) / 2,
      );
      expect(
        rescaled([2, 4, 4], 6, { normalized: false, directed: false, endpoints: false, pivots: Uint32Array.of(0, 1) }),
      ).toEqual([5, 10, 5]);
      expect(rescaled([0, 4], 6, { normalized: true, directed: true, endpoints: false, pivots: Uint32Array.of(0) })[0]).toBeNaN();
    });

    it('sampled with endpoints (and edges): one factor 1/(k(N − 1)), N = n', () => {
      // n = 4, N = 4, k = 2: × 1/6 for everyone.
      expect(
        rescaled([6, 12], 4, { normalized: true, directed: false, endpoints: true, pivots: Uint32Array.of(0, 1) }),
      ).toEqual([1, 2]);
    });
  });
});
