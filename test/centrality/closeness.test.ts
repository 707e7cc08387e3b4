/**
 * closeness and assignCloseness: the standard cases (STYLE.md §9), hand-computed values, the
 * `direction` convention on directed graphs, and the naive oracle on random graphs.
 */
import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, InvalidWeightError, buildIndex } from '../../src/index.js';
import { assignCloseness, closeness, closenessIndexed, CLOSENESS_DEFAULTS } from '../../src/centrality/closeness.js';
import { arbGraph, Graph, toGraphology } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { naiveCloseness, naiveDistanceGraph } from '../oracles/paths.naive.js';

const HOPS = { getEdgeDistance: null } as const;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('closeness', () => {
  describe('standard cases', () => {
    it('throws InvalidGraphError for a non-graph', () => {
      expect(thrown(() => closeness(undefined as never))).toBeInstanceOf(InvalidGraphError);
      expect(thrown(() => assignCloseness({} as never))).toBeInstanceOf(InvalidGraphError);
    });

    it('throws GraphTypeNotSupportedError for a graph mixing directed and undirected edges', () => {
      const g = new Graph();
      g.mergeUndirectedEdge('a', 'b');
      g.mergeDirectedEdge('b', 'c');
      expect(thrown(() => closeness(g))).toBeInstanceOf(GraphTypeNotSupportedError);
    });

    it('returns {} for an empty graph; 0 for isolates and for a single node (NetworkX; igraph gives NaN)', () => {
      expect(closeness(new UndirectedGraph())).toEqual({});
      const one = new UndirectedGraph();
      one.addNode('x');
      expect(closeness(one)).toEqual({ x: 0 });
      expect(closeness(fixtureGraph('org')).z).toBe(0);
    });

    it('ignores self-loops; a node with only a self-loop is isolated', () => {
      const g = new MultiUndirectedGraph({ allowSelfLoops: true });
      g.mergeEdge('a', 'b');
      g.addEdge('a', 'a');
      g.mergeEdge('s', 's');
      expect(closeness(g, HOPS)).toEqual({ a: 0.5, b: 0.5, s: 0 });
    });

    it('assignCloseness writes what closeness returns (attribute defaults to "closeness")', () => {
      const g = fixtureGraph('karate');
      const expected = closeness(g);
      assignCloseness(g);
      g.forEachNode((node, attributes) => expect(attributes.closeness).toBe(expected[node]));
      assignCloseness(g, { attribute: 'c', disconnected: 'component' });
      const plain = closeness(g, { disconnected: 'component' });
      g.forEachNode((node, attributes) => expect(attributes.c).toBe(plain[node]));
    });

    it('gives the same result for a graph and its prebuilt index', () => {
      for (const name of ['karate', 'directed-weighted', 'messy'] as const) {
        const g = fixtureGraph(name);
        expect(closeness(buildIndex(g), { direction: 'in' })).toEqual(closeness(g, { direction: 'in' }));
        expect(closeness(buildIndex(g, HOPS))).toEqual(closeness(g, HOPS));
      }
    });

    it('refuses bad options and zero distances', () => {
      const g = fixtureGraph('org');
      for (const [options, option] of [
        [{ direction: 'both' }, 'direction'],
        [{ disconnected: true }, 'disconnected'],
        [{ disconnected: 'igraph' }, 'disconnected'],
        [{ wassermanFaust: false }, 'wassermanFaust'],
        [{ attribute: 'c' }, 'attribute'],
        [{ getEdgeStrength: 'wieght' }, 'getEdgeStrength'],
        [{ getEdgeDistance: 'lenght' }, 'getEdgeDistance'],
        [{ getEdgeDistance: null, toDistance: 'inverse' }, 'toDistance'],
        [{ toDistance: 'negLog' }, 'toDistance'],
        [{ normalized: true }, 'normalized'],
      ] as const) {
        const error = thrown(() => closeness(g, options as never));
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe(option);
      }
      expect(thrown(() => closeness(g, { toDistance: () => 0 }))).toBeInstanceOf(InvalidWeightError);
      expect(Object.isFrozen(CLOSENESS_DEFAULTS)).toBe(true);
      expect(CLOSENESS_DEFAULTS).toMatchObject({ disconnected: 'wassermanFaust', direction: 'out', toDistance: 'inverse', attribute: 'closeness' });
    });
  });

  describe('closenessIndexed', () => {
    it('returns the values of closeness in node-id order', () => {
      for (const name of ['messy', 'directed-weighted'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        const record = closeness(g, { disconnected: 'component', direction: 'in' });
        const values = closenessIndexed(index, { disconnected: 'component', direction: 'in' });
        expect(values).toBeInstanceOf(Float64Array);
        index.keys.forEach((key, id) => expect(values[id]).toBe(record[key]));
      }
      expect(thrown(() => closenessIndexed(fixtureGraph('org') as never))).toBeInstanceOf(InvalidGraphError);
    });

    it('getEdgeStrength: null and getEdgeDistance: null on an index of a weighted graph equal the graph with the same option', () => {
      for (const name of ['karate', 'directed-weighted'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        expect(closeness(index, { getEdgeStrength: null })).toEqual(closeness(g, { getEdgeStrength: null }));
        expect(closeness(index, HOPS)).toEqual(closeness(g, HOPS));
        expect(closenessIndexed(index, HOPS)).toEqual(closenessIndexed(buildIndex(g, HOPS)));
        expect(closeness(index, HOPS)).not.toEqual(closeness(g));
      }
    });

    it('refuses toDistance with an index built with distances, and getters with an index', () => {
      const g = fixtureGraph('org');
      for (const [call, option] of [
        [() => closenessIndexed(buildIndex(g, HOPS), { toDistance: 'inverse' }), 'toDistance'],
        [() => closenessIndexed(buildIndex(g), { getEdgeDistance: 'weight' } as never), 'getEdgeDistance'],
        [() => closeness(buildIndex(g), { getEdgeStrength: () => 1 }), 'getEdgeStrength'],
      ] as const) {
        const error = thrown(call);
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe(option);
      }
    });
  });

  describe('values', () => {
    it('org, hops: C_WF = 0.4630, 0.5952, 0.5208, 0.5208, 0.5952, 0.3788, 0 (METRICS.md §3.7)', () => {
      // n = 7; a1 reaches 5 at distances a2 1, a3 1, b1 2, b2 2, c1 3: Σ = 9 → 5/9 · 5/6 = 0.46296.
      // b2: b1 1, c1 1, a2 1, a1 2, a3 2: Σ = 7 → 5/7 · 5/6 = 0.59524.
      // c1: b2 1, b1 2, a2 2, a1 3, a3 3: Σ = 11 → 5/11 · 5/6 = 0.37879.
      const got = closeness(fixtureGraph('org'), HOPS);
      const expected = { a1: 25 / 54, a2: 25 / 42, a3: 25 / 48, b1: 25 / 48, b2: 25 / 42, c1: 25 / 66, z: 0 };
      for (const [k, v] of Object.entries(expected)) expect(got[k]).toBeCloseTo(v, 15);
    });

    it("disconnected: 'component' is r / Σd over the reached nodes only (a two-person component gives 1)", () => {
      // messy: x–y form a component of 2: r = 1, Σd = 1 (hops).
      const got = closeness(fixtureGraph('messy'), { ...HOPS, disconnected: 'component' });
      expect(got.x).toBe(1);
      // With the factor: 1 · 1/(12 − 1).
      expect(closeness(fixtureGraph('messy'), HOPS).x).toBeCloseTo(1 / 11, 15);
    });

    it("directed: 'out' sums d(u, ·) (default; igraph, sna), 'in' sums d(·, u) (what NetworkX computes)", () => {
      // a → b → c: out: a reaches b (1), c (2): 2/3 · 2/2 = 2/3; c reaches nobody: 0.
      // in: c is reached from b (1), a (2): 2/3; a from nobody: 0.
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'c');
      const out = closeness(g);
      expect(out.a).toBeCloseTo(2 / 3, 15);
      expect(out.b).toBeCloseTo(0.5, 15); // reaches c: 1/1 · 1/2
      expect(out.c).toBe(0);
      const inward = closeness(g, { direction: 'in' });
      expect(inward.a).toBe(0);
      expect(inward.c).toBeCloseTo(2 / 3, 15);
    });

    it('weighted: distances 1/strength by default', () => {
      // a–b strength 2 (d ½), b–c strength 4 (d ¼): from a, Σd = ½ + ¾ = 1.25 → 2/1.25 = 1.6.
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: 2 });
      g.mergeEdge('b', 'c', { weight: 4 });
      expect(closeness(g).a).toBeCloseTo(1.6, 15);
    });
  });

  describe('properties', () => {
    test.prop(
      [fc.boolean().chain((d) => arbGraph({ directed: d, multi: true, selfLoops: true, maxNodes: 10 })), fc.boolean(), fc.constantFrom<'out' | 'in'>('out', 'in')],
      { numRuns: 100 },
    )('equals the naive oracle (Floyd–Warshall) on random graphs', (desc, wassermanFaust, direction) => {
      const got = closeness(toGraphology(desc), { disconnected: wassermanFaust ? 'wassermanFaust' : 'component', direction });
      const naive = naiveDistanceGraph(desc.nodes, desc.edges, desc.directed, { kind: 'strength', toDistance: (s) => 1 / s });
      const expected = naiveCloseness(naive, desc.directed ? direction : 'out', wassermanFaust);
      desc.nodes.forEach((key, i) => {
        expect(Math.abs(got[key]! - expected[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected[i]!));
      });
    });
  });
});
