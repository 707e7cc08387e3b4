/**
 * betweenness, assignBetweenness and betweennessDetailed: the standard cases (STYLE.md §9),
 * hand-computed values, sampling, and the properties of METRICS.md §3.7.
 */
import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { InvalidGraphError, InvalidOptionError, GraphTypeNotSupportedError, InvalidWeightError, buildIndex } from '../../src/index.js';
import {
  assignBetweenness,
  betweenness,
  betweennessDetailed,
  betweennessIndexed,
  BETWEENNESS_DEFAULTS,
} from '../../src/centrality/betweenness.js';
import { createRng } from '../../src/core/random.js';
import { arbGraph, arbReordered, Graph, toGraphology } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { floydWarshall, naiveBetweenness, naiveDistanceGraph } from '../oracles/paths.naive.js';

const HOPS = { getEdgeDistance: null } as const;

/** The error `fn` throws (fails the test when it does not throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

function expectOptionError(fn: () => unknown, option: string): void {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(InvalidOptionError);
  expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
  expect((error as InvalidOptionError).option).toBe(option);
}

/** Path a – b – c. */
function path3(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.mergeEdge('a', 'b');
  g.mergeEdge('b', 'c');
  return g;
}

function expectRecordClose(actual: Record<string, number>, expected: Record<string, number>, digits = 12): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) expect(actual[k], k).toBeCloseTo(v, digits);
}

describe('betweenness', () => {
  describe('standard cases', () => {
    it('throws InvalidGraphError for a non-graph', () => {
      for (const bad of [null, undefined, {}, 42, 'graph']) {
        const error = thrown(() => betweenness(bad as never));
        expect(error).toBeInstanceOf(InvalidGraphError);
        expect((error as InvalidGraphError).code).toBe('E_INVALID_GRAPH');
      }
      expect(thrown(() => assignBetweenness(buildIndex(path3()) as never))).toBeInstanceOf(InvalidGraphError);
    });

    it('throws GraphTypeNotSupportedError for a graph mixing directed and undirected edges', () => {
      const g = new Graph();
      g.mergeUndirectedEdge('a', 'b');
      g.mergeDirectedEdge('b', 'c');
      expect(thrown(() => betweenness(g))).toBeInstanceOf(GraphTypeNotSupportedError);
    });

    it('returns {} for an empty graph, also with sampling', () => {
      expect(betweenness(new UndirectedGraph())).toEqual({});
      expect(betweenness(new DirectedGraph(), { samples: 5 })).toEqual({});
      expect(betweennessDetailed(new UndirectedGraph(), { samples: 1 })).toEqual({ betweenness: {}, pivots: null });
    });

    it('gives 0 to isolates, to a single node and to the ends of a path', () => {
      const g = path3();
      g.addNode('z');
      expect(betweenness(g, { normalized: false })).toEqual({ a: 0, b: 1, c: 0, z: 0 });
      const one = new UndirectedGraph();
      one.addNode('x');
      expect(betweenness(one)).toEqual({ x: 0 });
    });

    it('ignores self-loops and merges parallel edges', () => {
      const g = new MultiUndirectedGraph({ allowSelfLoops: true });
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'c');
      g.addEdge('b', 'c');
      g.addEdge('b', 'b');
      g.addEdge('c', 'c');
      expect(betweenness(g, { ...HOPS, normalized: false })).toEqual({ a: 0, b: 1, c: 0 });
    });

    it('assignBetweenness writes what betweenness returns (attribute defaults to "betweenness")', () => {
      const g = fixtureGraph('org');
      const expected = betweenness(g, { normalized: false });
      assignBetweenness(g, { normalized: false });
      g.forEachNode((node, attributes) => expect(attributes.betweenness).toBe(expected[node]));
      assignBetweenness(g, { ...HOPS, attribute: 'bc' });
      const hops = betweenness(g, HOPS);
      g.forEachNode((node, attributes) => expect(attributes.bc).toBe(hops[node]));
      expectOptionError(() => assignBetweenness(g, { attribute: '' }), 'attribute');
    });

    it('gives the same result for a graph and its prebuilt index', () => {
      for (const name of ['karate', 'directed-weighted', 'messy'] as const) {
        const g = fixtureGraph(name);
        expect(betweenness(buildIndex(g))).toEqual(betweenness(g));
        expect(betweenness(buildIndex(g, HOPS))).toEqual(betweenness(g, HOPS));
        expect(betweenness(buildIndex(g), { samples: 3 })).toEqual(betweenness(g, { samples: 3 }));
      }
    });

    it('exports frozen defaults', () => {
      expect(Object.isFrozen(BETWEENNESS_DEFAULTS)).toBe(true);
      expect(BETWEENNESS_DEFAULTS).toMatchObject({ normalized: true, endpoints: false, samples: undefined, toDistance: 'inverse', attribute: 'betweenness' });
    });
  });

  describe('options', () => {
    it('refuses unknown options and wrong types with InvalidOptionError', () => {
      const g = path3();
      expectOptionError(() => betweenness(g, { normalised: true } as never), 'normalised');
      expectOptionError(() => betweenness(g, { normalized: 1 } as never), 'normalized');
      expectOptionError(() => betweenness(g, { endpoints: 'yes' } as never), 'endpoints');
      expectOptionError(() => betweenness(g, { toDistance: 'log' } as never), 'toDistance');
      expectOptionError(() => betweenness(g, { rng: 42 } as never), 'rng');
    });

    it("refuses toDistance 'negLog' and 'maxMinus' with InvalidOptionError: they give the strongest tie distance 0", () => {
      expectOptionError(() => betweenness(path3(), { toDistance: 'negLog' }), 'toDistance');
      expectOptionError(() => betweenness(path3(), { toDistance: 'maxMinus' }), 'toDistance');
    });

    it('throws InvalidWeightError when getEdgeDistance or a toDistance function gives 0', () => {
      const g = path3();
      expect(thrown(() => betweenness(g, { getEdgeDistance: () => 0 }))).toBeInstanceOf(InvalidWeightError);
      expect(thrown(() => betweenness(g, { toDistance: () => 0 }))).toBeInstanceOf(InvalidWeightError);
    });

    it('refuses toDistance together with getEdgeDistance, and getters with an index', () => {
      const g = path3();
      expectOptionError(() => betweenness(g, { getEdgeDistance: null, toDistance: 'inverse' }), 'toDistance');
      expectOptionError(() => betweenness(buildIndex(g), { getEdgeDistance: 'weight' }), 'getEdgeDistance');
      expectOptionError(() => betweenness(buildIndex(g), { getEdgeStrength: () => 1 }), 'getEdgeStrength');
      expectOptionError(() => betweenness(buildIndex(g, HOPS), { toDistance: 'inverse' }), 'toDistance');
    });

    it('refuses samples outside [1, n] (NetworkX leaks ZeroDivisionError for 0), a bad seed, and seed with rng', () => {
      const g = path3();
      expectOptionError(() => betweenness(g, { samples: 0 }), 'samples');
      expectOptionError(() => betweenness(g, { samples: 4 }), 'samples');
      expectOptionError(() => betweenness(g, { samples: 1.5 }), 'samples');
      expectOptionError(() => betweenness(g, { samples: '2' } as never), 'samples');
      expectOptionError(() => betweenness(g, { sample: { sources: 2 } } as never), 'sample');
      expectOptionError(() => betweenness(g, { samples: 2, seed: 0.5 }), 'seed');
      expectOptionError(() => betweenness(g, { seed: 'x' } as never), 'seed');
      expectOptionError(() => betweenness(g, { samples: 2, seed: 1, rng: Math.random }), 'seed');
      expectOptionError(() => betweennessIndexed(buildIndex(g), { samples: 4 }), 'samples');
    });

    it('exact values ignore seed and rng (validated, unused)', () => {
      const g = fixtureGraph('karate');
      expect(betweenness(g, { seed: 7 })).toEqual(betweenness(g));
      expect(betweennessDetailed(g, { rng: () => 0.5 })).toEqual({ betweenness: betweenness(g), pivots: null });
    });

    it('refuses an rng that returns values outside [0, 1)', () => {
      expectOptionError(() => betweenness(path3(), { samples: 2, rng: () => 1 }), 'rng');
      expectOptionError(() => betweennessDetailed(path3(), { samples: 2, rng: () => -0.5 }), 'rng');
    });

    it('refuses attribute: it belongs to assignBetweenness', () => {
      expectOptionError(() => betweenness(path3(), { attribute: 'b' } as never), 'attribute');
      expectOptionError(() => betweennessDetailed(path3(), { attribute: 'b' } as never), 'attribute');
      expectOptionError(() => betweennessIndexed(buildIndex(path3()), { attribute: 'b' } as never), 'attribute');
      expectOptionError(() => assignBetweenness(path3(), { attribute: '__proto__' }), 'attribute');
    });

    it('refuses an edge attribute name that no edge carries (misspelt)', () => {
      const g = fixtureGraph('org');
      expectOptionError(() => betweenness(g, { getEdgeStrength: 'wieght' }), 'getEdgeStrength');
      expectOptionError(() => betweenness(g, { getEdgeDistance: 'lenght' }), 'getEdgeDistance');
      expectOptionError(() => betweennessDetailed(g, { getEdgeDistance: 'lenght' }), 'getEdgeDistance');
    });
  });

  describe('betweennessIndexed', () => {
    it('returns the values of betweenness in node-id order', () => {
      for (const name of ['org', 'karate', 'directed-weighted'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        const record = betweenness(g, { samples: 5, seed: 3 });
        const values = betweennessIndexed(index, { samples: 5, seed: 3 });
        expect(values).toBeInstanceOf(Float64Array);
        expect(values).toHaveLength(index.order);
        index.keys.forEach((key, id) => expect(values[id]).toBe(record[key]));
      }
    });

    it('refuses a graph with InvalidGraphError', () => {
      expect(thrown(() => betweennessIndexed(path3() as never))).toBeInstanceOf(InvalidGraphError);
    });

    it('getEdgeStrength: null and getEdgeDistance: null on an index of a weighted graph equal the graph with the same option', () => {
      for (const name of ['karate', 'directed-weighted'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        expect(betweenness(index, { getEdgeStrength: null })).toEqual(betweenness(g, { getEdgeStrength: null }));
        expect(betweenness(index, HOPS)).toEqual(betweenness(g, HOPS));
        expect(betweennessIndexed(index, HOPS)).toEqual(betweennessIndexed(buildIndex(g, HOPS)));
        expect(betweenness(index, { getEdgeStrength: null })).not.toEqual(betweenness(g));
      }
    });
  });

  describe('unweighted undirected (hops)', () => {
    it('returns 0, 3, 1.5, 1, 4.5, 0, 0 for org, raw (METRICS.md §3.7)', () => {
      // Non-adjacent pairs and their shortest paths (z is isolated):
      //   a1–b1: a1-a3-b1                      a3 +1
      //   a1–b2: a1-a2-b2                      a2 +1
      //   a1–c1: a1-a2-b2-c1                   a2 +1, b2 +1
      //   a2–b1: a2-a3-b1, a2-b2-b1            a3 +½, b2 +½
      //   a2–c1: a2-b2-c1                      b2 +1
      //   a3–b2: a3-b1-b2, a3-a2-b2            b1 +½, a2 +½
      //   a3–c1: a3-b1-b2-c1, a3-a2-b2-c1      b2 +1, b1 +½, a2 +½
      //   b1–c1: b1-b2-c1                      b2 +1
      // a2 = 3, a3 = 1.5, b1 = 1, b2 = 4.5.
      expect(betweenness(fixtureGraph('org'), { ...HOPS, normalized: false })).toEqual({
        a1: 0,
        a2: 3,
        a3: 1.5,
        b1: 1,
        b2: 4.5,
        c1: 0,
        z: 0,
      });
    });

    it('normalises by (n − 1)(n − 2)/2 pairs: org b2 = 4.5 / 15 = 0.3', () => {
      // n = 7, N = 6: 6 · 5 / 2 = 15 unordered pairs not containing b2.
      expect(betweenness(fixtureGraph('org'), HOPS).b2).toBeCloseTo(0.3, 15);
    });

    it('betweenness(path, { endpoints: true }) counts endpoints: raw {2, 3, 2}, normalized {2/3, 1, 2/3}', () => {
      // Pairs {a,b}, {a,c}, {b,c}: a is an endpoint of 2, b lies on all 3.
      expect(betweenness(path3(), { normalized: false, endpoints: true })).toEqual({ a: 2, b: 3, c: 2 });
      expectRecordClose(betweenness(path3(), { endpoints: true }), { a: 2 / 3, b: 1, c: 2 / 3 });
    });

    it('a star centre has (n − 1)(n − 2)/2 raw and 1 normalised', () => {
      const g = new UndirectedGraph();
      for (const leaf of ['1', '2', '3', '4', '5']) g.mergeEdge('hub', leaf);
      expect(betweenness(g, { normalized: false }).hub).toBe(10);
      expect(betweenness(g).hub).toBe(1);
    });
  });

  describe('directed', () => {
    it('follows arcs: 0 → 1 → 2 gives raw {0, 1, 0} and normalised {0, 1/2, 0}', () => {
      // Ordered pairs: only (0, 2) passes through 1; N(N − 1) = 2 · 1 = 2.
      const g = new DirectedGraph();
      g.mergeEdge('0', '1');
      g.mergeEdge('1', '2');
      expect(betweenness(g, { normalized: false })).toEqual({ '0': 0, '1': 1, '2': 0 });
      expect(betweenness(g)).toEqual({ '0': 0, '1': 0.5, '2': 0 });
    });

    it('in-only nodes are targets, not isolates', () => {
      // a → b → h, c → b: b lies on a–h and c–h.
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b');
      g.mergeEdge('c', 'b');
      g.mergeEdge('b', 'h');
      expect(betweenness(g, { normalized: false })).toEqual({ a: 0, b: 2, c: 0, h: 0 });
    });
  });

  describe('weighted', () => {
    it('reads strengths as 1/distance by default: a strong detour beats a weak direct tie', () => {
      // a–c strength 1 (distance 1); a–b, b–c strength 4 (distance ¼ each, ½ in total): b is on the a–c path.
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'c', { weight: 1 });
      g.mergeEdge('a', 'b', { weight: 4 });
      g.mergeEdge('b', 'c', { weight: 4 });
      expect(betweenness(g, { normalized: false }).b).toBe(1);
      expect(betweenness(g, { ...HOPS, normalized: false }).b).toBe(0);
      // Strengths used as distances (getEdgeDistance: 'weight'): a–c (1) beats a–b–c (8).
      expect(betweenness(g, { getEdgeDistance: 'weight', normalized: false }).b).toBe(0);
    });

    it("karate with d = 1/weight: node 0 has raw betweenness 209 (igraph convention: float ties counted), not NetworkX's 208.5", () => {
      // NetworkX compares path lengths exactly, and sums such as 1/6 + 1/30 ≠ 1/5 round apart.
      expect(betweenness(fixtureGraph('karate'), { normalized: false })['0']).toBeCloseTo(209, 9);
    });

    it('accepts a toDistance function', () => {
      // d = 10 − s: a–c 9, a–b + b–c = 6 + 6 = 12: the direct tie wins.
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'c', { weight: 1 });
      g.mergeEdge('a', 'b', { weight: 4 });
      g.mergeEdge('b', 'c', { weight: 4 });
      expect(betweenness(g, { toDistance: (s) => 10 - s, normalized: false }).b).toBe(0);
    });
  });

  describe('sampling (Brandes & Pich 2007; pivots rescaled by k − 1)', () => {
    it('is reproducible: the same seed gives the same pivots and values; the default seed is 42', () => {
      const g = fixtureGraph('karate');
      const a = betweennessDetailed(g, { samples: 5, seed: 7 });
      const b = betweennessDetailed(g, { samples: 5, seed: 7 });
      expect(a).toEqual(b);
      expect(a.pivots).toHaveLength(5);
      expect(new Set(a.pivots).size).toBe(5);
      expect(betweennessDetailed(g, { samples: 5 })).toEqual(betweennessDetailed(g, { samples: 5, seed: 42 }));
      expect(betweennessDetailed(g, { samples: 5, rng: createRng(7) })).toEqual(a);
      expect(betweennessDetailed(g).pivots).toBeNull();
    });

    it('gives a sampled pivot with k = 1 NaN (no data on it): its factor is 1/(k − 1)', () => {
      const { betweenness: values, pivots } = betweennessDetailed(path3(), { samples: 1 });
      expect(values[pivots![0]!]).toBeNaN();
    });

    it('with all n sources equals the exact values (node ids permuted by the draw)', () => {
      for (const name of ['org', 'karate', 'directed-weighted', 'messy'] as const) {
        const g = fixtureGraph(name);
        for (const normalized of [true, false]) {
          for (const endpoints of [false, true]) {
            const exact = betweenness(g, { normalized, endpoints });
            const sampled = betweenness(g, { normalized, endpoints, samples: g.order, seed: 3 });
            expectRecordClose(sampled, exact, 10);
          }
        }
      }
    });

    test.prop([fc.boolean().chain((d) => arbGraph({ directed: d, minNodes: 1, maxNodes: 10 })), fc.nat(), fc.boolean(), fc.boolean()], {
      numRuns: 100,
    })('equals the oracle sums from the returned pivots, rescaled', (desc, seed, normalized, endpoints) => {
      const graph = toGraphology(desc);
      const n = desc.nodes.length;
      const k = 1 + (seed % n);
      const { betweenness: got, pivots } = betweennessDetailed(graph, { samples: k, seed, normalized, endpoints });
      const naive = naiveDistanceGraph(desc.nodes, desc.edges, desc.directed, { kind: 'strength', toDistance: (s) => 1 / s });
      const ids = pivots!.map((key) => desc.nodes.indexOf(key));
      const raw = naiveBetweenness(naive, { sources: ids, endpoints });
      const N = endpoints ? n : n - 1;
      const c = desc.directed ? 1 : 2;
      desc.nodes.forEach((key, i) => {
        let expected = raw[i]!;
        if (N >= 2) {
          const pivot = ids.includes(i) && !endpoints;
          const K = pivot ? k - 1 : k;
          expected = K === 0 ? Number.NaN : normalized ? expected / (K * (N - 1)) : (expected * N) / (K * c);
        }
        if (Number.isNaN(expected)) expect(got[key]).toBeNaN();
        else expect(Math.abs(got[key]! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
      });
    });
  });

  describe('properties', () => {
    test.prop([arbGraph({ directed: false, weighted: false, multi: true, selfLoops: true, maxNodes: 12 })], { numRuns: 100 })(
      'unweighted undirected: Σ raw betweenness = Σ_{s<t connected} (d(s, t) − 1)',
      (desc) => {
        const got = betweenness(toGraphology(desc), { ...HOPS, normalized: false });
        const d = floydWarshall(naiveDistanceGraph(desc.nodes, desc.edges, false, { kind: 'hops' }));
        let expected = 0;
        for (let s = 0; s < desc.nodes.length; s++) {
          for (let t = s + 1; t < desc.nodes.length; t++) if (d[s]![t]! < Infinity) expected += d[s]![t]! - 1;
        }
        const total = Object.values(got).reduce((a, b) => a + b, 0);
        expect(Math.abs(total - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
      },
    );

    test.prop([fc.boolean().chain((d) => arbGraph({ directed: d, multi: true, maxNodes: 10 })).chain((desc) => fc.tuple(fc.constant(desc), arbReordered(desc)))], {
      numRuns: 100,
    })('inserting nodes and edges in another order gives the same values', ([desc, reordered]) => {
      const a = betweenness(toGraphology(desc));
      const b = betweenness(toGraphology(reordered));
      for (const key of desc.nodes) expect(Math.abs(a[key]! - b[key]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a[key]!)));
    });

    test.prop([arbGraph({ directed: false, maxNodes: 10 })], { numRuns: 50 })(
      'normalised values lie in [0, 1]',
      (desc) => {
        for (const value of Object.values(betweenness(toGraphology(desc)))) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1 + 1e-12);
        }
      },
    );
  });
});
