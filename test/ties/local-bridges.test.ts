/**
 * localBridges: the standard cases (STYLE.md §9), options and their errors, hand-computed spans
 * in hops and in distances (METRICS.md §3.3), directed projections, and long paths and cycles.
 * Golden parity with NetworkX: ties-structure.golden.test.ts; the naive-oracle comparison and
 * "overlap = 0 ⇔ local bridge": ties-structure.prop.test.ts.
 */
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { csrFromEdges } from '../../src/core/csr.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, InvalidWeightError } from '../../src/errors.js';
import { LOCAL_BRIDGES_DEFAULTS, localBridges } from '../../src/ties/local-bridges.js';
import { Graph as MixedGraph } from '../arbitraries.js';
import { expectThrows, org, trianglePendant } from './structure-helpers.js';

/** A square a–b–c–d–a (d–a strength 4) with a pendant d–e. */
function squarePendant(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [u, v, weight] of [['a', 'b', 1], ['b', 'c', 1], ['c', 'd', 1], ['d', 'a', 4], ['d', 'e', 1]] as const) {
    g.mergeEdge(u, v, { weight });
  }
  return g;
}

/** An index of a path 0–1–…–(n−1) (or a cycle), built straight from arrays as the benchmarks do. */
function lineIndex(n: number, cycle: boolean) {
  const m = cycle ? n : n - 1;
  const sources = new Uint32Array(m);
  const targets = new Uint32Array(m);
  for (let i = 0; i < m; i++) {
    sources[i] = i;
    targets[i] = (i + 1) % n;
  }
  const keys = Array.from({ length: n }, (_, i) => String(i));
  return csrFromEdges({
    directed: false,
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

describe('localBridges', () => {
  it('withSpan: false lists the same local bridges, in the same order, with span NaN', () => {
    const g = org();
    const full = localBridges(g);
    const bare = localBridges(g, { withSpan: false });
    expect(full.length).toBeGreaterThan(0);
    expect(bare.map(({ source, target }) => [source, target])).toEqual(full.map(({ source, target }) => [source, target]));
    expect(bare.every(({ span }) => Number.isNaN(span))).toBe(true);
  });

  it('withSpan must be a boolean', () => {
    expect(() => localBridges(org(), { withSpan: 'no' as unknown as boolean })).toThrow(InvalidOptionError);
  });

  describe('input validation', () => {
    it('throws InvalidGraphError on a non-graph', () => {
      for (const bad of [undefined, null, 'g', {}]) expectThrows(() => localBridges(bad as never), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new MixedGraph();
      g.addDirectedEdge(g.addNode('a'), g.addNode('b'));
      g.addUndirectedEdge('b', g.addNode('c'));
      expectThrows(() => localBridges(g), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
    });

    it('throws InvalidOptionError on bad options, naming the option', () => {
      const g = org();
      expectThrows(() => localBridges(g, { projection: 'in' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'projection');
      expectThrows(() => localBridges(g, { toDistance: 'log' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'toDistance');
      expectThrows(() => localBridges(g, { getEdgeDistance: 3 as never }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeDistance');
      expectThrows(() => localBridges(g, { span: true } as never), InvalidOptionError, 'E_INVALID_OPTION', 'span');
      for (const threads of [0, 1.5, 'all']) expectThrows(() => localBridges(g, { threads: threads as never }), InvalidOptionError, 'E_INVALID_OPTION', 'threads');
      // toDistance applies only when distances are derived from strengths.
      expectThrows(() => localBridges(g, { getEdgeDistance: 'weight', toDistance: 'inverse' }), InvalidOptionError, 'E_INVALID_OPTION', 'toDistance');
      expectThrows(() => localBridges(buildIndex(g, { getEdgeDistance: null }), { toDistance: 'negLog' }), InvalidOptionError, 'E_INVALID_OPTION', 'toDistance');
      // A prebuilt index holds no edge attributes: names and getters are refused, null works.
      expectThrows(() => localBridges(buildIndex(g), { getEdgeDistance: 'weight' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeDistance');
      expectThrows(() => localBridges(buildIndex(g), { getEdgeStrength: () => 1 }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
      expect(localBridges(buildIndex(g), { getEdgeDistance: null })).toEqual(localBridges(g, { getEdgeDistance: null }));
      expect(localBridges(buildIndex(g), { getEdgeStrength: null })).toEqual(localBridges(g, { getEdgeStrength: null }));
      // A misspelt attribute (no edge carries it) fails instead of reading every tie as 1.
      expectThrows(() => localBridges(g, { getEdgeStrength: 'emails' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
      expectThrows(() => localBridges(g, { getEdgeDistance: 'km' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeDistance');
    });

    it('throws InvalidWeightError on a bad strength, a bad distance or a bad toDistance result', () => {
      const g = org();
      g.setEdgeAttribute('a1-a2', 'weight', 0);
      expectThrows(() => localBridges(g), InvalidWeightError, 'E_INVALID_WEIGHT');
      const h = org();
      h.setEdgeAttribute('a1-a2', 'length', -2);
      expectThrows(() => localBridges(h, { getEdgeDistance: 'length' }), InvalidWeightError, 'E_INVALID_WEIGHT');
      expectThrows(() => localBridges(org(), { toDistance: () => -1 }), InvalidWeightError, 'E_INVALID_WEIGHT');
      expectThrows(() => localBridges(org(), { toDistance: () => Number.NaN }), InvalidWeightError, 'E_INVALID_WEIGHT');
    });

    it('exports frozen defaults: projection "any", strengths from "weight", distances 1/strength', () => {
      expect(Object.isFrozen(LOCAL_BRIDGES_DEFAULTS)).toBe(true);
      expect(LOCAL_BRIDGES_DEFAULTS).toEqual({ projection: 'any', getEdgeStrength: 'weight', getEdgeDistance: undefined, toDistance: 'inverse', threads: 'auto', withSpan: true });
    });
  });

  describe('standard cases', () => {
    it('localBridges(emptyGraph) returns []', () => {
      expect(localBridges(new UndirectedGraph())).toEqual([]);
      expect(localBridges(buildIndex(new DirectedGraph()))).toEqual([]);
    });

    it('lists no tie of a triangle and ignores isolates', () => {
      const g = trianglePendant();
      g.addNode('isolate');
      expect(localBridges(g)).toEqual([{ source: 'c', target: 'd', span: Infinity }]);
    });

    it('gives an isolated dyad span Infinity', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('x', 'y');
      expect(localBridges(g)).toEqual([{ source: 'x', target: 'y', span: Infinity }]);
    });

    it('ignores self-loops (NetworkX would count a self-looped node as its own neighbour)', () => {
      const g = squarePendant();
      const plain = localBridges(g);
      g.mergeEdge('a', 'a');
      g.mergeEdge('b', 'b');
      expect(localBridges(g)).toEqual(plain);
    });

    it('merges parallel edges: strengths summed (distance 1/sum), given distances keep their minimum', () => {
      // Square a–b–c–d–a; a–b is two parallel edges of strength 1 and length 5 and 2.
      const g = new MultiUndirectedGraph();
      for (const [u, v, weight, length] of [['a', 'b', 1, 5], ['b', 'a', 1, 2], ['b', 'c', 1, 1], ['c', 'd', 1, 1], ['d', 'a', 1, 1]] as const) {
        g.mergeNode(u);
        g.mergeNode(v);
        g.addEdge(u, v, { weight, length });
      }
      const inverse = localBridges(g);
      // span(b, c) = b–a (1/2) + a–d (1) + d–c (1) = 2.5.
      expect(inverse.find((b) => b.source === 'b' && b.target === 'c')!.span).toBe(2.5);
      const lengths = localBridges(g, { getEdgeDistance: 'length' });
      // span(b, c) = b–a (min(5, 2) = 2) + 1 + 1 = 4.
      expect(lengths.find((b) => b.source === 'b' && b.target === 'c')!.span).toBe(4);
    });

    it("defaults to the path metrics' distance rule: getEdgeDistance absent → toDistance 'inverse' (d = 1/strength)", () => {
      // docs/conventions.md: every path metric derives d = 1/s when getEdgeDistance is absent.
      const g = org();
      const byDefault = localBridges(g);
      expect(byDefault).toEqual(localBridges(g, { toDistance: 'inverse' }));
      expect(byDefault).toEqual(localBridges(g, { toDistance: (s) => 1 / s }));
      // With an index built with distances, those are used, as by every path metric.
      const index = buildIndex(g, { getEdgeDistance: 'weight' });
      expect(localBridges(index)).toEqual(localBridges(g, { getEdgeDistance: 'weight' }));
    });

    it('gives the same result for the graph and its index', () => {
      const g = squarePendant();
      expect(localBridges(buildIndex(g))).toEqual(localBridges(g));
      expect(localBridges(buildIndex(g, { getEdgeDistance: null }))).toEqual(localBridges(g, { getEdgeDistance: null }));
      expect(localBridges(buildIndex(g, { getEdgeStrength: null }))).toEqual(localBridges(g, { getEdgeStrength: null }));
    });
  });

  describe('spans (METRICS.md §3.3)', () => {
    it('localBridges(org, { getEdgeDistance: null }) gives (a2, b2, 3), (a3, b1, 3), (b1, b2, 3), (b2, c1, ∞)', () => {
      // Without a2–b2: a2–a3–b1–b2 (3 hops). Without a3–b1: a3–a2–b2–b1. Without b1–b2: b1–a3–a2–b2.
      // b2–c1 is c1's only tie: a global bridge.
      expect(localBridges(org(), { getEdgeDistance: null })).toEqual([
        { source: 'a2', target: 'b2', span: 3 },
        { source: 'a3', target: 'b1', span: 3 },
        { source: 'b1', target: 'b2', span: 3 },
        { source: 'b2', target: 'c1', span: Infinity },
      ]);
    });

    it('localBridges(org) uses distances 1/strength by default', () => {
      // Distances: a1–a2 1/3, a1–a3 1/2, a2–a3 1, a3–b1 1, b1–b2 1/4, b2–c1 1, a2–b2 1.
      // a2–b2: a2–a1–a3–b1–b2 = 1/3 + 1/2 + 1 + 1/4 = 25/12 (a2–a3–b1–b2 = 2.25 is longer).
      // a3–b1: a3–a1–a2–b2–b1 = 1/2 + 1/3 + 1 + 1/4 = 25/12.
      // b1–b2: b1–a3–a1–a2–b2 = 1 + 1/2 + 1/3 + 1 = 17/6 (b1–a3–a2–b2 = 3 is longer).
      const spans = localBridges(org()).map((b) => b.span);
      expect(spans[0]).toBeCloseTo(25 / 12, 14);
      expect(spans[1]).toBeCloseTo(25 / 12, 14);
      expect(spans[2]).toBeCloseTo(17 / 6, 14);
      expect(spans[3]).toBe(Infinity);
    });

    it('localBridges(org, { getEdgeDistance: "weight" }) reads the weights as distances', () => {
      // a2–b2: a2–a3–b1–b2 = 1 + 1 + 4 = 6 (via a1: 3 + 2 + 1 + 4 = 10).
      // a3–b1: a3–a2–b2–b1 = 1 + 1 + 4 = 6.  b1–b2: b1–a3–a2–b2 = 1 + 1 + 1 = 3.
      expect(localBridges(org(), { getEdgeDistance: 'weight' }).map((b) => b.span)).toEqual([6, 6, 3, Infinity]);
    });

    it('accepts zero distances: toDistance "negLog" gives the strongest tie (b1–b2) distance 0', () => {
      // d = ln(4 / s). a2–b2: a2–a1–a3–b1–b2 = ln(4/3) + ln 2 + ln 4 + 0 = ln(32/3);
      // a2–a3–b1–b2 = ln 4 + ln 4 + 0 = ln 16 is longer.
      const spans = localBridges(org(), { toDistance: 'negLog' }).map((b) => b.span);
      expect(spans[0]).toBeCloseTo(Math.log(32 / 3), 14);
      expect(spans[3]).toBe(Infinity);
    });

    it('accepts a toDistance function', () => {
      // d = 1 everywhere: hops.
      expect(localBridges(org(), { toDistance: () => 1 }).map((b) => b.span)).toEqual([3, 3, 3, Infinity]);
    });

    it('prints the README example', () => {
      expect(localBridges(squarePendant(), { getEdgeDistance: null })).toEqual([
        { source: 'a', target: 'b', span: 3 },
        { source: 'a', target: 'd', span: 3 },
        { source: 'b', target: 'c', span: 3 },
        { source: 'c', target: 'd', span: 3 },
        { source: 'd', target: 'e', span: Infinity },
      ]);
      // 1/strength: d–a has distance 1/4, so span(a, b) = a–d–c–b = 0.25 + 1 + 1.
      expect(localBridges(squarePendant()).map((b) => b.span)).toEqual([2.25, 3, 2.25, 2.25, Infinity]);
    });
  });

  describe('directed graphs (undirected projection)', () => {
    /** a→b 1, b→a 3, b→c 1, c→d 1, d→a 1: projected square a–b–c–d with a–b strength 4. */
    function directedSquare(): DirectedGraph {
      const g = new DirectedGraph();
      for (const [u, v, weight] of [['a', 'b', 1], ['b', 'a', 3], ['b', 'c', 1], ['c', 'd', 1], ['d', 'a', 1]] as const) {
        g.mergeEdge(u, v, { weight });
      }
      return g;
    }

    it("projection 'any': a projected tie has strength a_ij + a_ji, so distance 1/(a_ij + a_ji)", () => {
      // a–b has distance 1/(1 + 3) = 0.25. span(b, c) = b–a–d–c = 0.25 + 1 + 1; span(a, b) = 3.
      expect(localBridges(directedSquare())).toEqual([
        { source: 'a', target: 'b', span: 3 },
        { source: 'a', target: 'd', span: 2.25 },
        { source: 'b', target: 'c', span: 2.25 },
        { source: 'c', target: 'd', span: 2.25 },
      ]);
    });

    it('with getEdgeDistance a projected tie keeps the shorter arc', () => {
      // a–b: min(1, 3) = 1 as a distance: every span is 3.
      expect(localBridges(directedSquare(), { getEdgeDistance: 'weight' }).map((b) => b.span)).toEqual([3, 3, 3, 3]);
    });

    it("projection 'mutual' keeps only a–b, an isolated dyad", () => {
      expect(localBridges(directedSquare(), { projection: 'mutual' })).toEqual([{ source: 'a', target: 'b', span: Infinity }]);
    });
  });

  describe('long paths and cycles', () => {
    it('finds 999,999 global bridges of span Infinity on a path of 1,000,000 nodes (no search, no recursion)', () => {
      const index = lineIndex(1_000_000, false);
      const found = localBridges(index);
      expect(found).toHaveLength(999_999);
      expect(found.every((b) => b.span === Infinity)).toBe(true);
      expect(found[123_456]).toEqual({ source: '123456', target: '123457', span: Infinity });
    });

    it('gives every tie of a cycle of 2,000 nodes span 1,999 (hops) and the rest of the cycle in distances', () => {
      expect(new Set(localBridges(lineIndex(2000, true)).map((b) => b.span))).toEqual(new Set([1999]));
      // Weighted ring: tie i–(i+1) has strength i + 1; span = Σ_all 1/s − 1/s_tie.
      const g = new UndirectedGraph();
      const n = 50;
      for (let i = 0; i < n; i++) g.mergeEdge(String(i), String((i + 1) % n), { weight: i + 1 });
      let total = 0;
      for (let i = 0; i < n; i++) total += 1 / (i + 1);
      for (const b of localBridges(g)) {
        const i = Number(b.source) === 0 && Number(b.target) === n - 1 ? n - 1 : Number(b.source);
        expect(b.span).toBeCloseTo(total - 1 / (i + 1), 12);
      }
    });
  });
});
