/**
 * harmonicCloseness and assignHarmonicCloseness: the standard cases (STYLE.md §9), hand-computed
 * values, the `direction` convention, and the naive oracle on random graphs.
 */
import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, buildIndex } from '../../src/index.js';
import {
  assignHarmonicCloseness,
  harmonicClosenessIndexed,
  harmonicCloseness,
  HARMONIC_CLOSENESS_DEFAULTS,
} from '../../src/centrality/harmonic-closeness.js';
import { arbGraph, Graph, toGraphology } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { naiveDistanceGraph, naiveHarmonic } from '../oracles/paths.naive.js';

const HOPS = { getEdgeDistance: null } as const;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('harmonicCloseness', () => {
  describe('standard cases', () => {
    it('throws InvalidGraphError for a non-graph', () => {
      expect(thrown(() => harmonicCloseness(42 as never))).toBeInstanceOf(InvalidGraphError);
      expect(thrown(() => assignHarmonicCloseness(null as never))).toBeInstanceOf(InvalidGraphError);
    });

    it('throws GraphTypeNotSupportedError for a graph mixing directed and undirected edges', () => {
      const g = new Graph();
      g.mergeUndirectedEdge('a', 'b');
      g.mergeDirectedEdge('b', 'c');
      expect(thrown(() => harmonicCloseness(g))).toBeInstanceOf(GraphTypeNotSupportedError);
    });

    it('returns {} for an empty graph; 0 for isolates and a single node, normalised or not', () => {
      expect(harmonicCloseness(new UndirectedGraph())).toEqual({});
      const one = new UndirectedGraph();
      one.addNode('x');
      expect(harmonicCloseness(one, { normalized: true })).toEqual({ x: 0 });
      expect(harmonicCloseness(fixtureGraph('org')).z).toBe(0);
    });

    it('ignores self-loops', () => {
      const g = new MultiUndirectedGraph({ allowSelfLoops: true });
      g.mergeEdge('a', 'b');
      g.addEdge('a', 'a');
      g.mergeEdge('s', 's');
      expect(harmonicCloseness(g, HOPS)).toEqual({ a: 1, b: 1, s: 0 });
    });

    it('assignHarmonicCloseness writes what harmonicCloseness returns (attribute defaults to "harmonicCloseness")', () => {
      const g = fixtureGraph('random-weighted');
      const expected = harmonicCloseness(g);
      assignHarmonicCloseness(g);
      g.forEachNode((node, attributes) => expect(attributes.harmonicCloseness).toBe(expected[node]));
      assignHarmonicCloseness(g, { attribute: 'h', normalized: true });
      const normalized = harmonicCloseness(g, { normalized: true });
      g.forEachNode((node, attributes) => expect(attributes.h).toBe(normalized[node]));
    });

    it('gives the same result for a graph and its prebuilt index', () => {
      for (const name of ['karate', 'directed-weighted', 'messy'] as const) {
        const g = fixtureGraph(name);
        expect(harmonicCloseness(buildIndex(g), { direction: 'in' })).toEqual(harmonicCloseness(g, { direction: 'in' }));
        expect(harmonicCloseness(buildIndex(g, HOPS))).toEqual(harmonicCloseness(g, HOPS));
      }
    });

    it('refuses bad options', () => {
      for (const [options, option] of [
        [{ direction: 'all' }, 'direction'],
        [{ normalized: 0 }, 'normalized'],
        [{ toDistance: 'maxMinus' }, 'toDistance'],
        [{ attribute: 'h' }, 'attribute'],
        [{ getEdgeStrength: 'wieght' }, 'getEdgeStrength'],
        [{ getEdgeDistance: 'lenght' }, 'getEdgeDistance'],
        [{ getEdgeDistance: null, toDistance: 'inverse' }, 'toDistance'],
      ] as const) {
        const error = thrown(() => harmonicCloseness(fixtureGraph('org'), options as never));
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe(option);
      }
      expect(Object.isFrozen(HARMONIC_CLOSENESS_DEFAULTS)).toBe(true);
      expect(HARMONIC_CLOSENESS_DEFAULTS).toMatchObject({ normalized: false, direction: 'out', toDistance: 'inverse', attribute: 'harmonicCloseness' });
    });
  });

  describe('harmonicClosenessIndexed', () => {
    it('returns the values of harmonicCloseness in node-id order', () => {
      for (const name of ['messy', 'directed-weighted'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        const record = harmonicCloseness(g, { normalized: true, direction: 'in' });
        const values = harmonicClosenessIndexed(index, { normalized: true, direction: 'in' });
        expect(values).toBeInstanceOf(Float64Array);
        index.keys.forEach((key, id) => expect(values[id]).toBe(record[key]));
      }
      expect(thrown(() => harmonicClosenessIndexed(fixtureGraph('org') as never))).toBeInstanceOf(InvalidGraphError);
    });

    it('getEdgeStrength: null and getEdgeDistance: null on an index of a weighted graph equal the graph with the same option', () => {
      for (const name of ['karate', 'directed-weighted'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        expect(harmonicCloseness(index, { getEdgeStrength: null })).toEqual(harmonicCloseness(g, { getEdgeStrength: null }));
        expect(harmonicCloseness(index, HOPS)).toEqual(harmonicCloseness(g, HOPS));
        expect(harmonicClosenessIndexed(index, HOPS)).toEqual(harmonicClosenessIndexed(buildIndex(g, HOPS)));
        expect(harmonicCloseness(index, HOPS)).not.toEqual(harmonicCloseness(g));
      }
    });
  });

  describe('values', () => {
    it('org, hops: 3.3333, 4, 3.8333, 3.5, 4, 2.6667, 0 (METRICS.md §3.7)', () => {
      // a1: a2, a3 at 1; b1, b2 at 2; c1 at 3: 2 + 2/2 + 1/3 = 3.3333.
      // a3: a1, a2, b1 at 1; b2 at 2; c1 at 3: 3 + 1/2 + 1/3 = 3.8333.
      // c1: b2 at 1; b1, a2 at 2; a1, a3 at 3: 1 + 1 + 2/3 = 2.6667.
      const got = harmonicCloseness(fixtureGraph('org'), HOPS);
      const expected = { a1: 10 / 3, a2: 4, a3: 23 / 6, b1: 3.5, b2: 4, c1: 8 / 3, z: 0 };
      for (const [k, v] of Object.entries(expected)) expect(got[k]).toBeCloseTo(v, 14);
    });

    it('normalized divides by n − 1 (igraph): org a2 = 4/6', () => {
      expect(harmonicCloseness(fixtureGraph('org'), { ...HOPS, normalized: true }).a2).toBeCloseTo(4 / 6, 15);
    });

    it("directed: 'out' sums 1/d(u, ·) (default), 'in' sums 1/d(·, u) (what NetworkX computes)", () => {
      // a → b → c: out a = 1 + 1/2, c = 0; in c = 1 + 1/2, a = 0.
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'c');
      expect(harmonicCloseness(g)).toEqual({ a: 1.5, b: 1, c: 0 });
      expect(harmonicCloseness(g, { direction: 'in' })).toEqual({ a: 0, b: 1, c: 1.5 });
    });

    it('weighted: distances 1/strength by default, so H sums path "conductances"', () => {
      // a–b strength 2 (d ½), b–c strength 4 (d ¼): from a, 1/½ + 1/¾ = 2 + 4/3.
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: 2 });
      g.mergeEdge('b', 'c', { weight: 4 });
      expect(harmonicCloseness(g).a).toBeCloseTo(2 + 4 / 3, 14);
    });
  });

  describe('properties', () => {
    test.prop(
      [fc.boolean().chain((d) => arbGraph({ directed: d, multi: true, selfLoops: true, maxNodes: 10 })), fc.boolean(), fc.constantFrom<'out' | 'in'>('out', 'in')],
      { numRuns: 100 },
    )('equals the naive oracle (Floyd–Warshall) on random graphs', (desc, normalized, direction) => {
      const got = harmonicCloseness(toGraphology(desc), { normalized, direction });
      const naive = naiveDistanceGraph(desc.nodes, desc.edges, desc.directed, { kind: 'strength', toDistance: (s) => 1 / s });
      const expected = naiveHarmonic(naive, desc.directed ? direction : 'out', normalized);
      desc.nodes.forEach((key, i) => {
        expect(Math.abs(got[key]! - expected[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected[i]!));
      });
    });

    test.prop([arbGraph({ directed: false, maxNodes: 10 })], { numRuns: 50 })(
      'undirected: Σ_u H(u) is symmetric in pairs, so equals Σ over ordered pairs of 1/d',
      (desc) => {
        const graph = toGraphology(desc);
        const out = Object.values(harmonicCloseness(graph)).reduce((a, b) => a + b, 0);
        const inward = Object.values(harmonicCloseness(graph, { direction: 'in' })).reduce((a, b) => a + b, 0);
        expect(Math.abs(out - inward)).toBeLessThanOrEqual(1e-9 * Math.max(1, out));
      },
    );
  });
});
