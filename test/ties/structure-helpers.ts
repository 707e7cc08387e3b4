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
import type { TieValue } from '../../src/define-metric.js';
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

/**
 * The value of every graphology edge, keyed by edge key, as the assign variant writes it (on a
 * copy of `graph`): how a test reads a tie metric by edge key (docs/conventions.md, "Results").
 */
export function byEdge(graph: AbstractGraph, assign: (graph: AbstractGraph, options?: object) => void, options: object = {}): Record<string, number> {
  const copy = graph.copy();
  assign(copy, { ...options, attribute: '__value' });
  const out: Record<string, number> = {};
  copy.forEachEdge((edge, attributes) => {
    out[edge] = attributes['__value'] as number;
  });
  return out;
}

/** Tie rows as `{ 'source|target': value }`. */
export function byPair(rows: TieValue[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) out[`${row.source}|${row.target}`] = row.value;
  return out;
}

/** A tie-level metric's three variants, for {@link standardTieMetricCases}. */
export interface TieMetricUnderTest {
  /** The metric's public name (and default attribute). */
  name: string;
  compute: (input: AbstractGraph | CsrIndex, options?: object) => TieValue[];
  assign: (graph: AbstractGraph, options?: object) => void;
  indexed: (index: CsrIndex, options?: object) => Float64Array;
  /** Frozen defaults. */
  defaults: object;
  /** The value of an edge that is not a tie (self-loop, unreciprocated arc under 'mutual'). */
  notATie: number;
  /** The value of an isolated dyad's tie. */
  dyad: number;
}

/** The standard cases of STYLE.md §9 for a tie-level metric (tie rows, assign and indexed variants, projection). */
export function standardTieMetricCases(m: TieMetricUnderTest): void {
  const { name, compute, assign, indexed } = m;
  const edges = (graph: AbstractGraph, options: object = {}) => byEdge(graph, assign, options);
  describe('input validation', () => {
    it('throws InvalidGraphError on a non-graph, and on a graph given to the indexed variant', () => {
      for (const bad of [undefined, null, 42, {}, []]) expectThrows(() => compute(bad as never), InvalidGraphError, 'E_INVALID_GRAPH');
      expectThrows(() => assign(buildIndex(trianglePendant()) as never), InvalidGraphError, 'E_INVALID_GRAPH');
      expectThrows(() => indexed(trianglePendant() as never), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new MixedGraph();
      g.addDirectedEdge(g.addNode('a'), g.addNode('b'));
      g.addUndirectedEdge('b', g.addNode('c'));
      expectThrows(() => compute(g), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
      expectThrows(() => assign(g), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
    });

    it('throws InvalidOptionError on a bad projection, an unknown option or a bad attribute', () => {
      const index = buildIndex(trianglePendant());
      expectThrows(() => compute(trianglePendant(), { projection: 'both' }), InvalidOptionError, 'E_INVALID_OPTION', 'projection');
      expectThrows(() => compute(trianglePendant(), { getEdgeStrength: 'weight' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
      expectThrows(() => compute(trianglePendant(), { attribute: 'x' }), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => compute(trianglePendant(), 'any' as never), InvalidOptionError, 'E_INVALID_OPTION', 'options');
      expectThrows(() => indexed(index, { attribute: 'x' }), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => indexed(index, { projection: 'both' }), InvalidOptionError, 'E_INVALID_OPTION', 'projection');
      expectThrows(() => assign(trianglePendant(), { attribute: '' }), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => assign(trianglePendant(), { attribute: '__proto__' }), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => assign(trianglePendant(), { projection: 'all' }), InvalidOptionError, 'E_INVALID_OPTION', 'projection');
    });

    it(`exports frozen defaults with projection "any" and attribute "${name}"`, () => {
      expect(Object.isFrozen(m.defaults)).toBe(true);
      expect(m.defaults).toEqual({ projection: 'any', attribute: name });
    });
  });

  describe('standard cases', () => {
    it(`${name}(emptyGraph) and ${name}(emptyIndex) return []`, () => {
      expect(compute(new UndirectedGraph())).toEqual([]);
      expect(compute(buildIndex(new UndirectedGraph()))).toEqual([]);
      expect(compute(new DirectedGraph(), { projection: 'mutual' })).toEqual([]);
      expect(indexed(buildIndex(new UndirectedGraph()))).toEqual(new Float64Array(0));
    });

    it('has no row for an isolate (it has no tie), and does not let it change any tie', () => {
      const g = trianglePendant();
      const before = compute(g);
      g.addNode('isolate');
      expect(compute(g)).toEqual(before);
    });

    it(`gives ${m.dyad} for an isolated dyad`, () => {
      const g = new UndirectedGraph();
      g.mergeEdgeWithKey('xy', 'x', 'y');
      expect(compute(g)).toEqual([{ source: 'x', target: 'y', value: m.dyad }]);
      expect(edges(g)).toEqual({ xy: m.dyad });
    });

    it(`ignores self-loops: no row for them, the assign variant writes ${m.notATie} on the loop edge`, () => {
      const plain = compute(trianglePendant());
      const plainEdges = edges(trianglePendant());
      const g = new MultiUndirectedGraph();
      trianglePendant().forEachEdge((edge, _attributes, source, target) => g.mergeEdgeWithKey(edge, source, target));
      g.mergeEdgeWithKey('cc', 'c', 'c');
      g.mergeEdgeWithKey('dd', 'd', 'd');
      expect(compute(g)).toEqual(plain);
      expect(edges(g)).toEqual({ ...plainEdges, cc: m.notATie, dd: m.notATie });
    });

    it('merges parallel edges: one row per tie, and the assign variant writes the tie\'s value on every parallel edge', () => {
      const plain = compute(trianglePendant());
      const plainEdges = edges(trianglePendant());
      const g = new MultiUndirectedGraph();
      trianglePendant().forEachEdge((edge, _attributes, source, target) => g.mergeEdgeWithKey(edge, source, target));
      g.mergeEdgeWithKey('ab2', 'b', 'a');
      g.mergeEdgeWithKey('cd2', 'c', 'd');
      expect(compute(g)).toEqual(plain);
      expect(edges(g)).toEqual({ ...plainEdges, ab2: plainEdges.ab, cd2: plainEdges.cd });
    });

    it('reads no strengths: invalid weight attributes are neither read nor refused', () => {
      const g = trianglePendant();
      const plain = compute(g);
      g.forEachEdge((edge) => g.setEdgeAttribute(edge, 'weight', -1));
      expect(compute(g)).toEqual(plain);
      expect(compute(buildIndex(g, { getEdgeStrength: null }))).toEqual(plain);
    });

    it('gives the same rows for the graph and its index, in tie order; the indexed variant gives their values', () => {
      const g = trianglePendant();
      const rows = compute(g);
      const index = buildIndex(g, { getEdgeStrength: null });
      expect(rows.map((t) => [t.source, t.target])).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd']]);
      expect(compute(index)).toEqual(rows);
      expect(Array.from(indexed(index))).toEqual(rows.map((t) => t.value));
    });

    it(`assign${name[0]!.toUpperCase()}${name.slice(1)} writes what ${name} computes (attribute "${name}" by default)`, () => {
      const g = trianglePendant();
      g.addEdgeWithKey('cc', 'c', 'c');
      const values = byPair(compute(g));
      const pair = (source: string, target: string) => values[`${source}|${target}`] ?? values[`${target}|${source}`] ?? m.notATie;
      assign(g);
      g.forEachEdge((edge, attributes, source, target) => expect(Object.is(attributes[name], pair(source, target)), edge).toBe(true));
      assign(g, { attribute: 'custom' });
      g.forEachEdge((edge, attributes, source, target) => expect(Object.is(attributes.custom, pair(source, target)), edge).toBe(true));
    });
  });

  describe('directed graphs (undirected projection, METRICS.md §1.3)', () => {
    it("projection 'any' ties i–j when i→j or j→i; both arcs of a pair get the tie's value", () => {
      const g = directedTriangle();
      const expected = compute(trianglePendantLike());
      expect(compute(g)).toEqual(expected);
      expect(compute(g, { projection: 'any' })).toEqual(expected);
      expect(compute(buildIndex(g))).toEqual(expected);
      const e = edges(trianglePendantLike());
      expect(edges(g)).toEqual({ ab: e.ab, ba: e.ab, bc: e.bc, ca: e.ca, ad: e.ad });
    });

    it(`projection 'mutual' keeps only reciprocated ties; the other arcs get ${m.notATie}`, () => {
      // Only a–b is reciprocated: it becomes an isolated dyad.
      expect(compute(directedTriangle(), { projection: 'mutual' })).toEqual([{ source: 'a', target: 'b', value: m.dyad }]);
      expect(edges(directedTriangle(), { projection: 'mutual' })).toEqual({
        ab: m.dyad,
        ba: m.dyad,
        bc: m.notATie,
        ca: m.notATie,
        ad: m.notATie,
      });
      const index = buildIndex(directedTriangle());
      expect(compute(index, { projection: 'mutual' })).toEqual([{ source: 'a', target: 'b', value: m.dyad }]);
      expect(Array.from(indexed(index, { projection: 'mutual' }))).toEqual([m.dyad]);
    });
  });
}

/** The undirected graph of {@link directedTriangle}'s 'any' projection: triangle a–b–c plus a–d. */
function trianglePendantLike(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [key, u, v] of [['ab', 'a', 'b'], ['bc', 'b', 'c'], ['ca', 'c', 'a'], ['ad', 'a', 'd']] as const) g.mergeEdgeWithKey(key, u, v);
  return g;
}
