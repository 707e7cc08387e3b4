/**
 * edgeBetweenness and assignEdgeBetweenness: the standard cases (STYLE.md §9), the result shapes
 * (edge keys for a graph, ties for an index), hand-computed values and properties.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { DirectedGraph, MultiDirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, buildIndex } from '../../src/index.js';
import {
  assignEdgeBetweenness,
  edgeBetweenness,
  EDGE_BETWEENNESS_DEFAULTS,
} from '../../src/centrality/edge-betweenness.js';
import { betweenness } from '../../src/centrality/betweenness.js';
import { arbGraph, Graph, toGraphology } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { naiveDistanceGraph, naiveEdgeBetweenness } from '../oracles/paths.naive.js';

const HOPS = { getEdgeDistance: null } as const;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** Path a –ab– b –bc– c. */
function path3(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.mergeEdgeWithKey('ab', 'a', 'b');
  g.mergeEdgeWithKey('bc', 'b', 'c');
  return g;
}

describe('edgeBetweenness', () => {
  describe('standard cases', () => {
    it('throws InvalidGraphError for a non-graph', () => {
      expect(thrown(() => edgeBetweenness(null as never))).toBeInstanceOf(InvalidGraphError);
      expect(thrown(() => assignEdgeBetweenness(buildIndex(path3()) as never))).toBeInstanceOf(InvalidGraphError);
    });

    it('throws GraphTypeNotSupportedError for a graph mixing directed and undirected edges', () => {
      const g = new Graph();
      g.mergeUndirectedEdge('a', 'b');
      g.mergeDirectedEdge('b', 'c');
      expect(thrown(() => edgeBetweenness(g))).toBeInstanceOf(GraphTypeNotSupportedError);
    });

    it('returns {} for an empty graph and [] for an empty index', () => {
      expect(edgeBetweenness(new UndirectedGraph())).toEqual({});
      expect(edgeBetweenness(buildIndex(new DirectedGraph()))).toEqual([]);
      const isolates = new UndirectedGraph();
      isolates.addNode('a');
      isolates.addNode('b');
      expect(edgeBetweenness(isolates)).toEqual({});
    });

    it('gives every parallel edge its tie’s value and self-loops 0 (NetworkX splits a tie among parallel edges)', () => {
      const g = new MultiUndirectedGraph({ allowSelfLoops: true });
      g.mergeEdgeWithKey('ab', 'a', 'b');
      g.mergeEdgeWithKey('bc1', 'b', 'c');
      g.mergeEdgeWithKey('bc2', 'c', 'b');
      g.mergeEdgeWithKey('loop', 'b', 'b');
      expect(edgeBetweenness(g, { ...HOPS, normalized: false })).toEqual({ ab: 2, bc1: 2, bc2: 2, loop: 0 });
    });

    it('assignEdgeBetweenness writes what edgeBetweenness returns (attribute defaults to "edgeBetweenness")', () => {
      const g = fixtureGraph('messy');
      const expected = edgeBetweenness(g);
      assignEdgeBetweenness(g);
      g.forEachEdge((edge, attributes) => expect(attributes.edgeBetweenness).toBe(expected[edge]));
      assignEdgeBetweenness(g, { ...HOPS, attribute: 'eb', normalized: false });
      const hops = edgeBetweenness(g, { ...HOPS, normalized: false });
      g.forEachEdge((edge, attributes) => expect(attributes.eb).toBe(hops[edge]));
    });

    it('gives the same values from a graph (per edge key) and its index (per tie)', () => {
      const g = fixtureGraph('directed-weighted');
      const byEdge = edgeBetweenness(g);
      const byTie = edgeBetweenness(buildIndex(g));
      expect(byTie).toHaveLength(g.size);
      for (const { source, target, value } of byTie) expect(byEdge[g.outEdges(source, target)[0]!]).toBe(value);
    });

    it('types the result by input: Record<edgeKey, number> for a graph, TieValue[] for an index', () => {
      const g = new UndirectedGraph<{ name: string }, { calls: number; label: string }>();
      expectTypeOf(edgeBetweenness(g)).toEqualTypeOf<Record<string, number>>();
      expectTypeOf(edgeBetweenness(buildIndex(g))).toEqualTypeOf<{ source: string; target: string; value: number }[]>();
      // getEdgeDistance / getEdgeStrength accept only keys of the edge attributes.
      edgeBetweenness(g, { getEdgeDistance: 'calls' });
      // @ts-expect-error 'cals' is not an edge attribute
      expect(() => edgeBetweenness(g, { getEdgeStrength: 'cals' })).not.toThrow();
    });

    it('refuses bad options', () => {
      const error = thrown(() => edgeBetweenness(path3(), { endpoints: true } as never));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('endpoints');
      expect(thrown(() => edgeBetweenness(path3(), { toDistance: 'negLog' }))).toBeInstanceOf(InvalidOptionError);
      expect(thrown(() => edgeBetweenness(path3(), { sample: { sources: 0 } }))).toBeInstanceOf(InvalidOptionError);
      expect(Object.isFrozen(EDGE_BETWEENNESS_DEFAULTS)).toBe(true);
    });
  });

  describe('values', () => {
    it('path a–b–c: raw 2 per tie, normalised 2/3 (divided by n(n − 1)/2 = 3)', () => {
      // ab carries {a,b} and {a,c}; bc carries {b,c} and {a,c}.
      expect(edgeBetweenness(path3(), { normalized: false })).toEqual({ ab: 2, bc: 2 });
      const normalized = edgeBetweenness(path3());
      expect(normalized.ab).toBeCloseTo(2 / 3, 15);
    });

    it('directed path 0 → 1 → 2: raw 2 per arc, normalised 1/3 (divided by n(n − 1) = 6)', () => {
      const g = new MultiDirectedGraph();
      g.mergeEdgeWithKey('01', '0', '1');
      g.mergeEdgeWithKey('12', '1', '2');
      expect(edgeBetweenness(g, { normalized: false })).toEqual({ '01': 2, '12': 2 });
      expect(edgeBetweenness(g)['01']).toBeCloseTo(1 / 3, 15);
    });

    it('square a–b–c–d–a: each tie carries 1 + ½ + ½ = 2 pairs', () => {
      // Tie ab: {a,b} 1; {a,c} ½ (a-b-c of a-b-c, a-d-c); {b,d} ½ (b-a-d of b-a-d, b-c-d).
      const g = new UndirectedGraph();
      g.mergeEdgeWithKey('ab', 'a', 'b');
      g.mergeEdgeWithKey('bc', 'b', 'c');
      g.mergeEdgeWithKey('cd', 'c', 'd');
      g.mergeEdgeWithKey('da', 'd', 'a');
      expect(edgeBetweenness(g, { normalized: false })).toEqual({ ab: 2, bc: 2, cd: 2, da: 2 });
    });

    it('sampling with all n sources equals the exact values', () => {
      for (const name of ['karate', 'directed-weighted'] as const) {
        const g = fixtureGraph(name);
        const exact = edgeBetweenness(g);
        const sampled = edgeBetweenness(g, { sample: { sources: g.order, seed: 9 } });
        for (const [edge, value] of Object.entries(exact)) expect(sampled[edge]).toBeCloseTo(value, 12);
      }
    });
  });

  describe('properties', () => {
    test.prop([fc.boolean().chain((d) => arbGraph({ directed: d, multi: true, selfLoops: true, maxNodes: 9 }))], { numRuns: 100 })(
      'raw values equal the naive oracle per tie',
      (desc) => {
        const graph = toGraphology(desc);
        const got = edgeBetweenness(buildIndex(graph), { normalized: false });
        const naive = naiveDistanceGraph(desc.nodes, desc.edges, desc.directed, { kind: 'strength', toDistance: (s) => 1 / s });
        const expected = naiveEdgeBetweenness(naive).map((x) => (desc.directed ? x : x / 2));
        const byPair = new Map(naive.ties.map(([u, v], i) => [`${desc.nodes[u]}\u0000${desc.nodes[v]}`, expected[i]!]));
        for (const { source, target, value } of got) {
          const want = byPair.get(`${source}\u0000${target}`) ?? byPair.get(`${target}\u0000${source}`)!;
          expect(Math.abs(value - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, want));
        }
      },
    );

    test.prop([arbGraph({ directed: false, weighted: false, maxNodes: 10 })], { numRuns: 100 })(
      'unweighted undirected: Σ edge betweenness = Σ node betweenness + number of connected pairs',
      (desc) => {
        // Each shortest path with ℓ edges has ℓ − 1 inner nodes (Brandes 2008).
        const graph = toGraphology(desc);
        const edges = Object.values(edgeBetweenness(graph, { ...HOPS, normalized: false })).reduce((a, b) => a + b, 0);
        const nodes = Object.values(betweenness(graph, { ...HOPS, normalized: false })).reduce((a, b) => a + b, 0);
        const index = buildIndex(graph);
        // Connected pairs from component sizes.
        const seen = new Set<string>();
        let pairs = 0;
        graph.forEachNode((start) => {
          if (seen.has(start)) return;
          let size = 0;
          const stack = [start];
          seen.add(start);
          while (stack.length > 0) {
            const v = stack.pop()!;
            size++;
            graph.forEachNeighbor(v, (w) => {
              if (!seen.has(w)) {
                seen.add(w);
                stack.push(w);
              }
            });
          }
          pairs += (size * (size - 1)) / 2;
        });
        expect(index.order).toBe(desc.nodes.length);
        expect(Math.abs(edges - nodes - pairs)).toBeLessThanOrEqual(1e-9 * Math.max(1, edges));
      },
    );
  });
});
