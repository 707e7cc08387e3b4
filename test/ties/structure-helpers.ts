/**
 * Shared helpers of the structural tie-measure tests (embeddedness, neighbourhood overlap and
 * Jaccard, local bridges, bridges): small hand-checked graphs, golden files and comparisons.
 */
import { readFileSync } from 'node:fs';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import type { CsrIndex } from '../../src/core/csr.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError } from '../../src/errors.js';
import type { EdgeMetric, TieValue } from '../../src/ties/edge-results.js';
import { Graph as MixedGraph } from '../arbitraries.js';

/** The error `fn` throws (fails the test when it does not throw). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** Asserts that `fn` throws an error of class `type` with `code` (and `option`, when given). */
export function expectThrows(fn: () => unknown, type: abstract new (...args: never[]) => Error, code: string, option?: string): Error {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(type);
  expect((error as { code: string }).code).toBe(code);
  if (option !== undefined) expect((error as { option: string }).option).toBe(option);
  return error as Error;
}

/** METRICS.md §1.4 F2 "org" edges (weights are strengths). */
export const ORG_EDGES: [string, string, number][] = [
  ['a1', 'a2', 3], ['a1', 'a3', 2], ['a2', 'a3', 1], ['a3', 'b1', 1], ['b1', 'b2', 4], ['b2', 'c1', 1], ['a2', 'b2', 1],
];

/** F2 "org" with edge keys `u-v` and the isolate z, nodes in the order a1 a2 a3 b1 b2 c1 z. */
export function org(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const node of ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'z']) g.addNode(node);
  for (const [u, v, weight] of ORG_EDGES) g.addEdgeWithKey(`${u}-${v}`, u, v, { weight });
  return g;
}

/**
 * A triangle a–b–c with a pendant c–d (edge keys ab, bc, ca, cd):
 * N(a) = {b, c}, N(b) = {a, c}, N(c) = {a, b, d}, N(d) = {c}.
 */
export function trianglePendant(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [key, u, v] of [['ab', 'a', 'b'], ['bc', 'b', 'c'], ['ca', 'c', 'a'], ['cd', 'c', 'd']] as const) {
    g.mergeEdgeWithKey(key, u, v);
  }
  return g;
}

/**
 * A directed graph: a→b, b→a (reciprocated), b→c, c→a, a→d. Projection 'any': triangle a–b–c plus
 * a–d; 'mutual': only a–b.
 */
export function directedTriangle(): DirectedGraph {
  const g = new DirectedGraph();
  for (const [key, u, v] of [['ab', 'a', 'b'], ['ba', 'b', 'a'], ['bc', 'b', 'c'], ['ca', 'c', 'a'], ['ad', 'a', 'd']] as const) {
    g.mergeEdgeWithKey(key, u, v, { weight: 1 });
  }
  return g;
}

/** Reads test/fixtures/golden/<metric>.<graph>.json. */
export function golden<T>(metric: string, graph: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/golden/${metric}.${graph}.json`, import.meta.url), 'utf8')) as T;
}

/** `actual` equals `expected` to a relative 1e-9; `expected` null means `whenNull` (NaN or Infinity). */
export function expectClose(actual: number, expected: number | null, what: string, whenNull = Number.NaN): void {
  if (expected === null) {
    if (Number.isNaN(whenNull)) expect(actual, what).toBeNaN();
    else expect(actual, what).toBe(whenNull);
    return;
  }
  if (expected === 0) {
    expect(actual, what).toBe(0);
    return;
  }
  expect(Math.abs(actual - expected) / Math.abs(expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9);
}

/** A tie-level metric's compute and assign variants, for {@link standardTieMetricCases}. */
export interface TieMetricUnderTest {
  /** The metric's public name (and default attribute). */
  name: string;
  compute: {
    (input: AbstractGraph, options?: object): EdgeMetric;
    (input: CsrIndex, options?: object): TieValue[];
  };
  assign: (graph: AbstractGraph, options?: object) => void;
  /** Frozen defaults. */
  defaults: object;
  /** The value of an edge that is not a tie (self-loop, unreciprocated arc under 'mutual'). */
  notATie: number;
  /** The value of an isolated dyad's tie. */
  dyad: number;
}

/** The standard cases of STYLE.md §9 for a tie-level metric (edge results, assign variant, projection). */
export function standardTieMetricCases(m: TieMetricUnderTest): void {
  const { name, compute, assign } = m;
  describe('input validation', () => {
    it('throws InvalidGraphError on a non-graph', () => {
      for (const bad of [undefined, null, 42, {}, []]) expectThrows(() => compute(bad as never), InvalidGraphError, 'E_INVALID_GRAPH');
      expectThrows(() => assign(buildIndex(trianglePendant()) as never), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new MixedGraph();
      g.addDirectedEdge(g.addNode('a'), g.addNode('b'));
      g.addUndirectedEdge('b', g.addNode('c'));
      expectThrows(() => compute(g), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
      expectThrows(() => assign(g), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
    });

    it('throws InvalidOptionError on a bad projection, an unknown option or a bad attribute', () => {
      expectThrows(() => compute(trianglePendant(), { projection: 'both' }), InvalidOptionError, 'E_INVALID_OPTION', 'projection');
      expectThrows(() => compute(trianglePendant(), { getEdgeStrength: 'weight' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
      expectThrows(() => compute(trianglePendant(), { attribute: 'x' }), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => compute(trianglePendant(), 'any' as never), InvalidOptionError, 'E_INVALID_OPTION', 'options');
      expectThrows(() => assign(trianglePendant(), { attribute: '' }), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => assign(trianglePendant(), { projection: 'all' }), InvalidOptionError, 'E_INVALID_OPTION', 'projection');
    });

    it('exports frozen defaults with projection "any"', () => {
      expect(Object.isFrozen(m.defaults)).toBe(true);
      expect(m.defaults).toEqual({ projection: 'any' });
    });
  });

  describe('standard cases', () => {
    it(`${name}(emptyGraph) returns {} and an empty index gives []`, () => {
      expect(compute(new UndirectedGraph())).toEqual({});
      expect(compute(buildIndex(new UndirectedGraph()))).toEqual([]);
      expect(compute(new DirectedGraph(), { projection: 'mutual' })).toEqual({});
    });

    it('has no entry for an isolate (it has no edge), and does not let it change any tie', () => {
      const g = trianglePendant();
      const before = compute(g);
      g.addNode('isolate');
      expect(compute(g)).toEqual(before);
    });

    it(`gives ${m.dyad} for an isolated dyad`, () => {
      const g = new UndirectedGraph();
      g.mergeEdgeWithKey('xy', 'x', 'y');
      expect(compute(g)).toEqual({ xy: m.dyad });
    });

    it(`ignores self-loops: the loop edge gets ${m.notATie}, the other ties are unchanged`, () => {
      const plain = compute(trianglePendant());
      const g = new MultiUndirectedGraph();
      trianglePendant().forEachEdge((edge, _attributes, source, target) => g.mergeEdgeWithKey(edge, source, target));
      g.mergeEdgeWithKey('cc', 'c', 'c');
      g.mergeEdgeWithKey('dd', 'd', 'd');
      expect(compute(g)).toEqual({ ...plain, cc: m.notATie, dd: m.notATie });
    });

    it('merges parallel edges: every parallel edge gets its tie\'s value', () => {
      const plain = compute(trianglePendant());
      const g = new MultiUndirectedGraph();
      trianglePendant().forEachEdge((edge, _attributes, source, target) => g.mergeEdgeWithKey(edge, source, target));
      g.mergeEdgeWithKey('ab2', 'b', 'a');
      g.mergeEdgeWithKey('cd2', 'c', 'd');
      expect(compute(g)).toEqual({ ...plain, ab2: plain.ab, cd2: plain.cd });
    });

    it('reads no strengths: invalid weight attributes are neither read nor refused', () => {
      const g = trianglePendant();
      const plain = compute(g);
      g.forEachEdge((edge) => g.setEdgeAttribute(edge, 'weight', -1));
      expect(compute(g)).toEqual(plain);
    });

    it('gives the same values for the graph and its index (one { source, target, value } per tie, in tie order)', () => {
      const g = trianglePendant();
      const perEdge = compute(g);
      const perTie = compute(buildIndex(g));
      expect(perTie.map((t) => [t.source, t.target])).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd']]);
      expect(perTie.map((t) => t.value)).toEqual([perEdge.ab, perEdge.ca, perEdge.bc, perEdge.cd]);
    });

    it(`assign${name[0]!.toUpperCase()}${name.slice(1)} writes what ${name} computes (attribute "${name}" by default)`, () => {
      const g = trianglePendant();
      g.addEdgeWithKey('cc', 'c', 'c');
      const values = compute(g);
      assign(g);
      g.forEachEdge((edge, attributes) => expect(Object.is(attributes[name], values[edge]), edge).toBe(true));
      assign(g, { attribute: 'custom' });
      g.forEachEdge((edge, attributes) => expect(Object.is(attributes.custom, values[edge]), edge).toBe(true));
    });
  });

  describe('directed graphs (undirected projection, METRICS.md §1.3)', () => {
    it("projection 'any' ties i–j when i→j or j→i; both arcs of a pair get the tie's value", () => {
      const g = directedTriangle();
      const undirected = trianglePendantLike();
      const expected = compute(undirected);
      const actual = compute(g);
      expect(actual).toEqual({ ab: expected.ab, ba: expected.ab, bc: expected.bc, ca: expected.ca, ad: expected.ad });
      expect(compute(g, { projection: 'any' })).toEqual(actual);
    });

    it(`projection 'mutual' keeps only reciprocated ties; the other arcs get ${m.notATie}`, () => {
      // Only a–b is reciprocated: it becomes an isolated dyad.
      expect(compute(directedTriangle(), { projection: 'mutual' })).toEqual({
        ab: m.dyad,
        ba: m.dyad,
        bc: m.notATie,
        ca: m.notATie,
        ad: m.notATie,
      });
      const ties = compute(buildIndex(directedTriangle()), { projection: 'mutual' });
      expect(ties).toEqual([{ source: 'a', target: 'b', value: m.dyad }]);
    });

    it('assign writes the projected values on every arc', () => {
      const g = directedTriangle();
      const values = compute(g, { projection: 'mutual' });
      assign(g, { projection: 'mutual' });
      g.forEachEdge((edge, attributes) => expect(Object.is(attributes[name], values[edge]), edge).toBe(true));
    });
  });
}

/** The undirected graph of {@link directedTriangle}'s 'any' projection: triangle a–b–c plus a–d. */
function trianglePendantLike(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [key, u, v] of [['ab', 'a', 'b'], ['bc', 'b', 'c'], ['ca', 'c', 'a'], ['ad', 'a', 'd']] as const) g.mergeEdgeWithKey(key, u, v);
  return g;
}
