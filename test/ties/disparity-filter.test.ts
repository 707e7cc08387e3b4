/**
 * disparityFilter / assignDisparityFilter / disparityFilterIndexed: the standard cases (STYLE.md §9), hand-computed scores
 * (METRICS.md §3.5, including the degree-1 rule and directed graphs), parity with
 * graphology-metrics' edge disparity on undirected simple graphs, and merged multigraphs (which
 * graphology-metrics refuses).
 */
import * as graphologyDisparity from 'graphology-metrics/edge/disparity.js';
import { DirectedGraph, MultiDirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { InvalidGraphError, InvalidOptionError, InvalidWeightError, GraphTypeNotSupportedError } from '../../src/errors.js';
import { assignDisparityFilter, disparityFilter, disparityFilterIndexed, DISPARITY_FILTER_DEFAULTS } from '../../src/ties/disparity-filter.js';
import { Graph } from '../arbitraries.js';
import { FIXTURES, fixtureData, fixtureGraph } from '../fixtures/graphs.js';
import { byEdge, expectThrows } from './structure-helpers.js';

/** graphology-metrics' disparity (a CommonJS module: the function is the default or the module itself). */
type GraphologyDisparity = (graph: AbstractGraph, options?: { getEdgeWeight?: string | null }) => Record<string, number>;
const graphologyMetricsDisparity: GraphologyDisparity =
  (graphologyDisparity as unknown as { default?: GraphologyDisparity }).default ??
  (graphologyDisparity as unknown as GraphologyDisparity);

/** F2 "org" (METRICS.md §1.4) with edge keys `u-v` and the isolate z. */
function org(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const node of ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'z']) g.addNode(node);
  const edges: [string, string, number][] = [
    ['a1', 'a2', 3], ['a1', 'a3', 2], ['a2', 'a3', 1], ['a3', 'b1', 1], ['b1', 'b2', 4], ['b2', 'c1', 1], ['a2', 'b2', 1],
  ];
  for (const [u, v, weight] of edges) g.mergeEdgeWithKey(`${u}-${v}`, u, v, { weight });
  return g;
}

/** A simple graph with the fixture's merged ties (parallel edges summed, self-loops dropped). */
function simpleCopy(graph: AbstractGraph): AbstractGraph {
  const simple = graph.type === 'directed' ? new DirectedGraph() : new UndirectedGraph();
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const existing = simple.edge(source, target);
    if (existing === undefined) simple.addEdge(source, target, { weight: attributes.weight as number });
    else simple.updateEdgeAttribute(existing, 'weight', (w) => (w as number) + (attributes.weight as number));
  });
  return simple;
}

/** The score of every graphology edge, keyed by edge key, as assignDisparityFilter writes it. */
function scoresOf(graph: AbstractGraph, options: object = {}): Record<string, number> {
  return byEdge(graph, assignDisparityFilter as (g: AbstractGraph, o?: object) => void, options);
}

function expectRelClose(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9);
}

describe('disparityFilter', () => {
  describe('standard cases', () => {
    it('throws InvalidGraphError on something that is not a graph', () => {
      for (const bad of [null, undefined, 42, 'graph', {}, []]) {
        expect(() => disparityFilter(bad as never)).toThrow(InvalidGraphError);
        expect(() => assignDisparityFilter(bad as never)).toThrow(InvalidGraphError);
        expect(() => disparityFilterIndexed(bad as never)).toThrow(InvalidGraphError);
      }
      expect(() => disparityFilterIndexed(org() as never)).toThrow(InvalidGraphError);
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expect(() => disparityFilter(g)).toThrow(GraphTypeNotSupportedError);
      expect(() => assignDisparityFilter(g)).toThrow(GraphTypeNotSupportedError);
    });

    it('returns [] for an empty graph and an empty index', () => {
      expect(disparityFilter(new UndirectedGraph())).toEqual([]);
      expect(disparityFilter(new DirectedGraph())).toEqual([]);
      const lonely = new UndirectedGraph();
      lonely.addNode('alone');
      expect(disparityFilter(lonely)).toEqual([]);
      expect(disparityFilter(buildIndex(lonely))).toEqual([]);
      expect(disparityFilterIndexed(buildIndex(lonely))).toEqual(new Float64Array(0));
    });

    it('ignores isolates: they neither change scores nor appear', () => {
      const g = org();
      const without = org();
      without.dropNode('z');
      expect(disparityFilter(g)).toEqual(disparityFilter(without));
      expect(scoresOf(g)).toEqual(scoresOf(without));
    });

    it('gives a self-loop edge NaN and leaves the other scores as without it', () => {
      const g = new MultiUndirectedGraph({ allowSelfLoops: true });
      org().forEachEdge((edge, attributes, source, target) => g.mergeEdgeWithKey(edge, source, target, attributes));
      g.mergeEdgeWithKey('loop', 'a1', 'a1', { weight: 100 });
      const scores = scoresOf(g);
      expect(scores.loop).toBeNaN();
      const { loop: _loop, ...rest } = scores;
      expect(rest).toEqual(scoresOf(org()));
      expect(disparityFilter(g)).toEqual(disparityFilter(org()));
    });

    it('assignDisparityFilter writes the same numbers as disparityFilter (attribute disparity by default)', () => {
      const g = org();
      const rows = new Map(disparityFilter(g).map((t) => [`${t.source}|${t.target}`, t.value]));
      const pair = (u: string, v: string) => rows.get(`${u}|${v}`) ?? rows.get(`${v}|${u}`);
      assignDisparityFilter(g);
      g.forEachEdge((_edge, attributes, source, target) => expect(attributes.disparity).toBe(pair(source, target)));
      assignDisparityFilter(g, { attribute: 'alpha', getEdgeStrength: null });
      const unweighted = new Map(disparityFilter(g, { getEdgeStrength: null }).map((t) => [`${t.source}|${t.target}`, t.value]));
      g.forEachEdge((_edge, attributes, source, target) =>
        expect(attributes.alpha).toBe(unweighted.get(`${source}|${target}`) ?? unweighted.get(`${target}|${source}`)),
      );
      expect(DISPARITY_FILTER_DEFAULTS.attribute).toBe('disparity');
      expect(Object.isFrozen(DISPARITY_FILTER_DEFAULTS)).toBe(true);
    });

    it('gives the same rows from the graph and from a prebuilt index (one { source, target, value } per tie), and indexed their values', () => {
      for (const name of FIXTURES) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        const byTie = disparityFilter(index);
        expect(byTie).toHaveLength(index.size);
        expect(disparityFilter(g)).toEqual(byTie);
        expect(Array.from(disparityFilterIndexed(index))).toEqual(byTie.map((t) => t.value));
        const byEdgeKey = scoresOf(g);
        const byPair = new Map(byTie.map((t) => [g.type === 'directed' ? `${t.source}>${t.target}` : [t.source, t.target].sort().join('|'), t.value]));
        g.forEachEdge((edge, _attributes, source, target) => {
          if (source === target) return;
          const key = g.type === 'directed' ? `${source}>${target}` : [source, target].sort().join('|');
          expect(byEdgeKey[edge], `${name} ${edge}`).toBe(byPair.get(key));
        });
      }
    });

    it('refuses getEdgeStrength with an index, unknown options and a bad attribute', () => {
      const index = buildIndex(org());
      expectThrows(() => disparityFilter(index, { getEdgeStrength: 'weight' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
      expectThrows(() => disparityFilterIndexed(index, { getEdgeStrength: 'weight' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
      expectThrows(() => disparityFilter(org(), { nope: 1 } as never), InvalidOptionError, 'E_INVALID_OPTION', 'nope');
      expectThrows(() => disparityFilter(org(), { attribute: 'x' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => disparityFilterIndexed(index, { attribute: 'x' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => assignDisparityFilter(org(), { attribute: '' }), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => assignDisparityFilter(org(), { attribute: '__proto__' }), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
    });

    it('refuses a strength attribute that no edge carries (a misspelling), but not a missing weight', () => {
      expectThrows(() => disparityFilter(org(), { getEdgeStrength: 'emails' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
      expectThrows(() => assignDisparityFilter(org(), { getEdgeStrength: 'emails' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
      const unweighted = new UndirectedGraph();
      unweighted.mergeEdge('a', 'b');
      expect(disparityFilter(unweighted)).toEqual([{ source: 'a', target: 'b', value: 1 }]);
    });

    it('disparityFilterIndexed(index, { getEdgeStrength: null }) ignores the index strengths', () => {
      const index = buildIndex(org());
      expect(Array.from(disparityFilterIndexed(index, { getEdgeStrength: null }))).toEqual(
        disparityFilter(org(), { getEdgeStrength: null }).map((t) => t.value),
      );
    });

    it('throws InvalidWeightError on a zero, negative or non-numeric strength', () => {
      for (const weight of [0, -1, Number.NaN, Infinity, '3']) {
        const g = new UndirectedGraph();
        g.mergeEdge('a', 'b', { weight });
        expect(() => disparityFilter(g)).toThrow(InvalidWeightError);
      }
    });
  });

  describe('hand-computed (METRICS.md §3.5)', () => {
    it('scores F2 org: a1–a2 0.16, b1–b2 1/9, b2–c1 25/36 (c1 is a leaf), a3–b1 0.5625', () => {
      // Strengths s (degree k): a1 5 (2), a2 5 (3), a3 4 (3), b1 5 (2), b2 6 (3), c1 1 (1).
      // a1–a2 (3): from a1 (1 − 3/5)^1 = 0.4; from a2 (1 − 3/5)^2 = 0.16            → 0.16
      // b1–b2 (4): from b1 (1 − 4/5)^1 = 0.2; from b2 (1 − 4/6)^2 = 1/9             → 0.1111
      // b2–c1 (1): from b2 (1 − 1/6)^2 = 25/36; from c1 (1 − 1)^0 = 1 (degree 1)    → 0.6944
      // a3–b1 (1): from a3 (1 − 1/4)^2 = 0.5625; from b1 (1 − 1/5)^1 = 0.8          → 0.5625
      const scores = scoresOf(org());
      expect(scores['a1-a2']).toBeCloseTo(0.16, 15);
      expect(scores['b1-b2']).toBeCloseTo(1 / 9, 15);
      expect(scores['b2-c1']).toBeCloseTo(25 / 36, 15);
      expect(scores['a3-b1']).toBeCloseTo(0.5625, 15);
    });

    it('gives an isolated dyad 1 from both ends (0^0 = 1), so it is never significant', () => {
      const g = new UndirectedGraph();
      g.mergeEdgeWithKey('xy', 'x', 'y', { weight: 5 });
      expect(scoresOf(g)).toEqual({ xy: 1 });
    });

    it('judges a leaf’s tie from the other end only: a star with one heavy spoke', () => {
      // Hub h: spokes 8, 1, 1 → s = 10, k = 3. Heavy spoke (1 − 0.8)^2 = 0.04; light ones (0.9)^2 = 0.81.
      const g = new UndirectedGraph();
      g.mergeEdgeWithKey('ha', 'h', 'a', { weight: 8 });
      g.mergeEdgeWithKey('hb', 'h', 'b', { weight: 1 });
      g.mergeEdgeWithKey('hc', 'h', 'c', { weight: 1 });
      const scores = scoresOf(g);
      expect(scores.ha).toBeCloseTo(0.04, 15);
      expect(scores.hb).toBeCloseTo(0.81, 15);
      expect(scores.hc).toBeCloseTo(0.81, 15);
    });

    it('gives every tie (1 − 1/k)^(k − 1) unweighted at its end, e.g. 4/9 on a triangle’s ties', () => {
      // Triangle: k = 2 everywhere, (1 − 1/2)^1 = 0.5. With getEdgeStrength: null weights are ignored.
      const g = new UndirectedGraph();
      g.mergeEdgeWithKey('ab', 'a', 'b', { weight: 9 });
      g.mergeEdgeWithKey('bc', 'b', 'c', { weight: 1 });
      g.mergeEdgeWithKey('ca', 'c', 'a', { weight: 1 });
      expect(scoresOf(g, { getEdgeStrength: null })).toEqual({ ab: 0.5, bc: 0.5, ca: 0.5 });
      // K4 ties: k = 3, (2/3)^2 = 4/9.
      const k4 = new UndirectedGraph();
      for (const [u, v] of [['a', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'c'], ['b', 'd'], ['c', 'd']] as const) k4.mergeEdge(u, v);
      for (const value of Object.values(scoresOf(k4))) expect(value).toBeCloseTo(4 / 9, 15);
    });

    it('reads strengths from another attribute or a getter', () => {
      const g = new UndirectedGraph();
      g.mergeEdgeWithKey('ha', 'h', 'a', { emails: 8 });
      g.mergeEdgeWithKey('hb', 'h', 'b', { emails: 1 });
      g.mergeEdgeWithKey('hc', 'h', 'c', { emails: 1 });
      const byName = scoresOf(g, { getEdgeStrength: 'emails' });
      const byGetter = scoresOf(g, { getEdgeStrength: (_e: string, a: Record<string, unknown>) => a.emails as number });
      expect(byName).toEqual(byGetter);
      expect(byName.ha).toBeCloseTo(0.04, 15);
    });

    it('scores directed arcs from the source’s out-ties and the target’s in-ties (directed-weighted fixture)', () => {
      // a→b (2): a out {b 2, c 3}: 1 − 2/5 = 0.6; b in {a 2}: degree 1 → 1          → 0.6
      // c→d (2): c out {a 3, d 2}: 1 − 2/5 = 0.6; d in {c 2, e 4, f 2}: (1 − 2/8)^2 = 0.5625 → 0.5625
      // e→d (4): e out {d 4, h 1}: 1 − 4/5 = 0.2; d in: (1 − 4/8)^2 = 0.25          → 0.2
      const g = new DirectedGraph();
      for (const [u, v, weight] of fixtureData('directed-weighted').edges) g.mergeEdgeWithKey(`${u}>${v}`, u, v, { weight });
      const scores = scoresOf(g);
      expect(scores['a>b']).toBeCloseTo(0.6, 15);
      expect(scores['c>d']).toBeCloseTo(0.5625, 15);
      expect(scores['e>d']).toBeCloseTo(0.2, 15);
    });
  });

  describe('parity with graphology-metrics edge disparity (undirected simple graphs)', () => {
    for (const name of FIXTURES.filter((n) => n !== 'directed-weighted')) {
      it(`matches graphology-metrics on ${name} (merged to a simple graph) to 1e-9`, () => {
        const simple = simpleCopy(fixtureGraph(name));
        const ours = scoresOf(simple);
        const theirs = graphologyMetricsDisparity(simple);
        expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
        for (const edge of Object.keys(theirs)) expectRelClose(ours[edge]!, theirs[edge]!, `${name} ${edge}`);
      });
    }

    it('matches graphology-metrics unweighted (getEdgeStrength: null ↔ getEdgeWeight: null)', () => {
      const simple = simpleCopy(fixtureGraph('karate'));
      const ours = scoresOf(simple, { getEdgeStrength: null });
      const theirs = graphologyMetricsDisparity(simple, { getEdgeWeight: null });
      for (const edge of Object.keys(theirs)) expectRelClose(ours[edge]!, theirs[edge]!, edge);
    });

    it('merges parallel edges where graphology-metrics throws: each parallel edge gets the merged tie’s score', () => {
      // Our convention (METRICS.md §1.3): a–b twice (2 + 1) is one tie of strength 3.
      const multi = new MultiUndirectedGraph();
      multi.mergeEdgeWithKey('ab1', 'a', 'b', { weight: 2 });
      multi.mergeEdgeWithKey('ab2', 'b', 'a', { weight: 1 });
      multi.mergeEdgeWithKey('ac', 'a', 'c', { weight: 1 });
      multi.mergeEdgeWithKey('bc', 'b', 'c', { weight: 1 });
      expect(() => graphologyMetricsDisparity(multi)).toThrow();
      const merged = new UndirectedGraph();
      merged.mergeEdgeWithKey('ab', 'a', 'b', { weight: 3 });
      merged.mergeEdgeWithKey('ac', 'a', 'c', { weight: 1 });
      merged.mergeEdgeWithKey('bc', 'b', 'c', { weight: 1 });
      const reference = graphologyMetricsDisparity(merged);
      const ours = scoresOf(multi);
      expect(ours.ab1).toBe(ours.ab2);
      expectRelClose(ours.ab1!, reference.ab!, 'ab');
      expectRelClose(ours.ac!, reference.ac!, 'ac');
      expectRelClose(ours.bc!, reference.bc!, 'bc');
    });

    it('departs from graphology-metrics on directed graphs (which mixes in- and out-ties)', () => {
      // graphology-metrics uses total degree and strength at both ends; METRICS.md §3.5 splits them.
      const g = new DirectedGraph();
      for (const [u, v, weight] of fixtureData('directed-weighted').edges) g.mergeEdgeWithKey(`${u}>${v}`, u, v, { weight });
      const ours = scoresOf(g);
      const theirs = graphologyMetricsDisparity(g);
      expect(Object.keys(ours).some((edge) => Math.abs(ours[edge]! - theirs[edge]!) > 1e-6)).toBe(true);
    });

    it('treats a multi directed graph’s parallel arcs as one arc', () => {
      const multi = new MultiDirectedGraph();
      multi.mergeEdgeWithKey('ab1', 'a', 'b', { weight: 1 });
      multi.mergeEdgeWithKey('ab2', 'a', 'b', { weight: 1 });
      multi.mergeEdgeWithKey('ac', 'a', 'c', { weight: 2 });
      // a out {b 2, c 2}: 1 − 2/4 = 0.5; b in {a}: 1 → 0.5.
      expect(scoresOf(multi)).toEqual({ ab1: 0.5, ab2: 0.5, ac: 0.5 });
    });
  });
});

describe('disparityFilter rounding at round scores (convention: (s − w) / s)', () => {
  it('gives exactly 0.2 for 1 − 4/5, where graphology-metrics gives 0.19999999999999996', () => {
    // e→d in directed-weighted: e out {d 4, h 1}, s = 5, k = 2: α = (5 − 4)/5 = 0.2 exactly.
    // graphology-metrics computes 1 − 4/5 = 0.19999999999999996 (one ulp below), so at α = 0.2 it
    // would keep a tie whose exact score equals α; the backbone rule score < α drops it.
    const g = new UndirectedGraph();
    g.mergeEdgeWithKey('ab', 'a', 'b', { weight: 4 });
    g.mergeEdgeWithKey('ac', 'a', 'c', { weight: 1 });
    g.mergeEdgeWithKey('bc', 'b', 'c', { weight: 1 });
    // a: s = 5, k = 2 → ab from a: 1/5; b: s = 5, k = 2 → 1/5. Score 0.2.
    expect(scoresOf(g).ab).toBe(0.2);
    expect(graphologyMetricsDisparity(g).ab).toBe(0.19999999999999996);
  });
});
