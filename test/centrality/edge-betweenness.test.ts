/**
 * edgeBetweenness, assignEdgeBetweenness and edgeBetweennessIndexed: the standard cases
 * (STYLE.md §9), the result shape (one row per tie, per arc on a directed graph, for a graph and
 * an index alike), hand-computed values and properties.
 */
import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { DirectedGraph, MultiDirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, buildIndex } from '../../src/index.js';
import {
  assignEdgeBetweenness,
  edgeBetweenness,
  edgeBetweennessIndexed,
  EDGE_BETWEENNESS_DEFAULTS,
} from '../../src/centrality/edge-betweenness.js';
import { betweenness } from '../../src/centrality/betweenness.js';
import { arbGraph, Graph, toGraphology } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { naiveDistanceGraph, naiveEdgeBetweenness } from '../oracles/paths.naive.js';

const HOPS = { getEdgeDistance: null } as const;

/** The rows as `{ 'source→target': value }`, for compact expectations. */
function byPair(rows: { source: string; target: string; value: number }[]): Record<string, number> {
  return Object.fromEntries(rows.map(({ source, target, value }) => [`${source}→${target}`, value]));
}

/** The value `assignEdgeBetweenness` wrote on each edge, by edge key. */
function written(graph: { forEachEdge: UndirectedGraph['forEachEdge'] }, attribute: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  graph.forEachEdge((edge, attributes) => {
    out[edge] = attributes[attribute];
  });
  return out;
}

function expectOptionError(fn: () => unknown, option: string): void {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(InvalidOptionError);
  expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
  expect((error as InvalidOptionError).option).toBe(option);
}

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

    it('returns [] for a graph or an index without ties', () => {
      expect(edgeBetweenness(new UndirectedGraph())).toEqual([]);
      expect(edgeBetweenness(buildIndex(new DirectedGraph()))).toEqual([]);
      const isolates = new UndirectedGraph();
      isolates.addNode('a');
      isolates.addNode('b');
      expect(edgeBetweenness(isolates)).toEqual([]);
      expect(edgeBetweennessIndexed(buildIndex(isolates))).toEqual(new Float64Array(0));
    });

    it('merges parallel edges into one tie and drops self-loops; assign gives every parallel edge the tie’s value and self-loops 0', () => {
      // NetworkX splits a tie's value among its parallel edges; here the tie is the unit.
      const g = new MultiUndirectedGraph({ allowSelfLoops: true });
      g.mergeEdgeWithKey('ab', 'a', 'b');
      g.mergeEdgeWithKey('bc1', 'b', 'c');
      g.mergeEdgeWithKey('bc2', 'c', 'b');
      g.mergeEdgeWithKey('loop', 'b', 'b');
      expect(edgeBetweenness(g, { ...HOPS, normalized: false })).toEqual([
        { source: 'a', target: 'b', value: 2 },
        { source: 'b', target: 'c', value: 2 },
      ]);
      assignEdgeBetweenness(g, { ...HOPS, normalized: false });
      expect(written(g, 'edgeBetweenness')).toEqual({ ab: 2, bc1: 2, bc2: 2, loop: 0 });
    });

    it('assignEdgeBetweenness writes what edgeBetweenness returns (attribute defaults to "edgeBetweenness")', () => {
      for (const name of ['messy', 'directed-weighted'] as const) {
        const g = fixtureGraph(name);
        const expected = byPair(edgeBetweenness(g));
        const directed = g.type === 'directed';
        const valueOf = (u: string, v: string) => expected[`${u}→${v}`] ?? (directed ? undefined : expected[`${v}→${u}`]);
        assignEdgeBetweenness(g);
        g.forEachEdge((_edge, attributes, u, v) => expect(attributes.edgeBetweenness).toBe(u === v ? 0 : valueOf(u, v)));
        assignEdgeBetweenness(g, { ...HOPS, attribute: 'eb', normalized: false });
        const hops = byPair(edgeBetweenness(g, { ...HOPS, normalized: false }));
        g.forEachEdge((_edge, attributes, u, v) =>
          expect(attributes.eb).toBe(u === v ? 0 : hops[`${u}→${v}`] ?? (directed ? undefined : hops[`${v}→${u}`])),
        );
      }
    });

    it('gives the same rows, in the same order, for a graph and its index; edgeBetweennessIndexed gives their values', () => {
      for (const name of ['karate', 'directed-weighted', 'messy'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        const rows = edgeBetweenness(g);
        expect(edgeBetweenness(index)).toEqual(rows);
        expect(rows).toHaveLength(index.size);
        const values = edgeBetweennessIndexed(index);
        expect(values).toBeInstanceOf(Float64Array);
        rows.forEach(({ source, target, value }, t) => {
          expect(index.keys[index.tieSources[t]!]).toBe(source);
          expect(index.keys[index.tieTargets[t]!]).toBe(target);
          expect(values[t]).toBe(value);
        });
      }
    });

    it('directed graphs: one row per arc, a reciprocated pair giving two rows', () => {
      // a ⇄ b → c: arcs a→b, b→a, b→c. Ordered pairs (a,b) (b,a) (b,c) (a,c): a→b carries (a,b), (a,c).
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'a');
      g.mergeEdge('b', 'c');
      expect(edgeBetweenness(g, { normalized: false })).toEqual([
        { source: 'a', target: 'b', value: 2 },
        { source: 'b', target: 'a', value: 1 },
        { source: 'b', target: 'c', value: 2 },
      ]);
    });

    it('getEdgeStrength: null and getEdgeDistance: null on an index of a weighted graph equal the graph with the same option', () => {
      for (const name of ['karate', 'directed-weighted'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        expect(edgeBetweenness(index, { getEdgeStrength: null })).toEqual(edgeBetweenness(g, { getEdgeStrength: null }));
        expect(edgeBetweenness(index, HOPS)).toEqual(edgeBetweenness(g, HOPS));
        expect(edgeBetweennessIndexed(index, HOPS)).toEqual(edgeBetweennessIndexed(buildIndex(g, HOPS)));
        expect(edgeBetweenness(index, HOPS)).not.toEqual(edgeBetweenness(g));
      }
    });

    it('refuses bad options', () => {
      expectOptionError(() => edgeBetweenness(path3(), { endpoints: true } as never), 'endpoints');
      expectOptionError(() => edgeBetweenness(path3(), { toDistance: 'negLog' }), 'toDistance');
      expectOptionError(() => edgeBetweenness(path3(), { samples: 0 }), 'samples');
      expectOptionError(() => edgeBetweenness(path3(), { samples: 4 }), 'samples');
      expectOptionError(() => edgeBetweenness(path3(), { sample: { sources: 2 } } as never), 'sample');
      expectOptionError(() => edgeBetweenness(path3(), { samples: 2, seed: 1, rng: Math.random }), 'seed');
      expectOptionError(() => edgeBetweenness(path3(), { samples: 2, rng: () => 2 }), 'rng');
      expectOptionError(() => edgeBetweenness(path3(), { attribute: 'eb' } as never), 'attribute');
      expectOptionError(() => edgeBetweennessIndexed(buildIndex(path3()), { getEdgeDistance: 'weight' } as never), 'getEdgeDistance');
      expectOptionError(() => assignEdgeBetweenness(path3(), { attribute: '' }), 'attribute');
      expect(Object.isFrozen(EDGE_BETWEENNESS_DEFAULTS)).toBe(true);
      expect(EDGE_BETWEENNESS_DEFAULTS).toMatchObject({ normalized: true, toDistance: 'inverse', attribute: 'edgeBetweenness' });
    });

    it('refuses an edge attribute name that no edge carries (misspelt)', () => {
      const g = fixtureGraph('org');
      expectOptionError(() => edgeBetweenness(g, { getEdgeStrength: 'wieght' }), 'getEdgeStrength');
      expectOptionError(() => assignEdgeBetweenness(g, { getEdgeDistance: 'lenght' }), 'getEdgeDistance');
    });
  });

  describe('values', () => {
    it('path a–b–c: raw 2 per tie, normalised 2/3 (divided by n(n − 1)/2 = 3)', () => {
      // ab carries {a,b} and {a,c}; bc carries {b,c} and {a,c}.
      expect(byPair(edgeBetweenness(path3(), { normalized: false }))).toEqual({ 'a→b': 2, 'b→c': 2 });
      expect(edgeBetweenness(path3())[0]!.value).toBeCloseTo(2 / 3, 15);
    });

    it('directed path 0 → 1 → 2: raw 2 per arc, normalised 1/3 (divided by n(n − 1) = 6)', () => {
      const g = new MultiDirectedGraph();
      g.mergeEdgeWithKey('01', '0', '1');
      g.mergeEdgeWithKey('12', '1', '2');
      expect(byPair(edgeBetweenness(g, { normalized: false }))).toEqual({ '0→1': 2, '1→2': 2 });
      expect(edgeBetweenness(g)[0]!.value).toBeCloseTo(1 / 3, 15);
    });

    it('square a–b–c–d–a: each tie carries 1 + ½ + ½ = 2 pairs; rows sorted by (source id, target id)', () => {
      // Tie ab: {a,b} 1; {a,c} ½ (a-b-c of a-b-c, a-d-c); {b,d} ½ (b-a-d of b-a-d, b-c-d).
      const g = new UndirectedGraph();
      g.mergeEdgeWithKey('ab', 'a', 'b');
      g.mergeEdgeWithKey('bc', 'b', 'c');
      g.mergeEdgeWithKey('cd', 'c', 'd');
      g.mergeEdgeWithKey('da', 'd', 'a');
      expect(edgeBetweenness(g, { normalized: false })).toEqual([
        { source: 'a', target: 'b', value: 2 },
        { source: 'a', target: 'd', value: 2 },
        { source: 'b', target: 'c', value: 2 },
        { source: 'c', target: 'd', value: 2 },
      ]);
    });

    it('sampling with all n sources equals the exact values; the same seed gives the same estimate', () => {
      for (const name of ['karate', 'directed-weighted'] as const) {
        const g = fixtureGraph(name);
        const exact = edgeBetweenness(g);
        const sampled = edgeBetweenness(g, { samples: g.order, seed: 9 });
        sampled.forEach((row, t) => expect(row.value).toBeCloseTo(exact[t]!.value, 12));
        expect(edgeBetweenness(g, { samples: 3, seed: 9 })).toEqual(edgeBetweenness(buildIndex(g), { samples: 3, seed: 9 }));
        expect(edgeBetweenness(g, { samples: 3 })).toEqual(edgeBetweenness(g, { samples: 3, seed: 42 }));
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
        const edges = edgeBetweenness(graph, { ...HOPS, normalized: false }).reduce((a, b) => a + b.value, 0);
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
