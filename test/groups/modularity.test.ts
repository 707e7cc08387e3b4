/**
 * Hand-computed unit tests of modularity (STYLE.md §9, layer 1).
 */
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, InvalidWeightError, NodeNotFoundError } from '../../src/errors.js';
import { communities } from '../../src/groups/communities.js';
import { MODULARITY_DEFAULTS, modularity } from '../../src/groups/modularity.js';
import { Graph as MixedGraph } from '../arbitraries.js';
import { expectClose, expectThrows, org, ORG_EDGES, ORG_GROUPS, triad } from './helpers.js';

describe('modularity', () => {
  describe('input validation', () => {
    it('throws InvalidGraphError on a non-graph', () => {
      expectThrows(() => modularity(null as never, { groups: {} }), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new MixedGraph();
      g.addDirectedEdge(g.addNode('a'), g.addNode('b'));
      g.addUndirectedEdge('b', g.addNode('c'));
      expectThrows(() => modularity(g, { groups: { a: 0, b: 0, c: 1 } }), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
    });

    it.each([
      ['groups missing a node', { ...ORG_GROUPS, z: undefined } as never],
      ['groups of the wrong type', 42 as never],
      ['a misspelt group attribute (no node carries it)', 'dept'],
      ['no groups', undefined],
      ['a whole communities() result', { partition: ORG_GROUPS, modularity: 0.3, count: 3, sizes: [3, 2, 2] } as never],
    ])('throws InvalidOptionError naming groups on %s', (_label, groups) => {
      expectThrows(() => modularity(org(), { groups }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
    });

    it('throws NodeNotFoundError on groups naming a node that is not in the graph', () => {
      expectThrows(() => modularity(org(), { groups: { ...ORG_GROUPS, ghost: 'A' } }), NodeNotFoundError, 'E_NODE_NOT_FOUND');
      expectThrows(() => modularity(org(), { groups: new Map([['ghost', 'A']]) }), NodeNotFoundError, 'E_NODE_NOT_FOUND');
    });

    it('refuses a group attribute name with a CsrIndex, and the old positional partition', () => {
      expectThrows(() => modularity(buildIndex(org()), { groups: 'group' }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      expectThrows(() => modularity(org(), ORG_GROUPS as never), InvalidOptionError, 'E_INVALID_OPTION', 'a1');
      expectThrows(() => modularity(org(), { groupAttribute: 'group' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'groupAttribute');
    });

    it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY], ['1']])('throws InvalidOptionError on resolution %s', (resolution) => {
      expectThrows(() => modularity(org(), { groups: ORG_GROUPS, resolution: resolution as number }), InvalidOptionError, 'E_INVALID_OPTION', 'resolution');
    });

    it('throws InvalidWeightError on a zero strength', () => {
      const g = org();
      g.setEdgeAttribute('a1', 'a2', 'weight', 0);
      expectThrows(() => modularity(g, { groups: ORG_GROUPS }), InvalidWeightError, 'E_INVALID_WEIGHT');
      expect(modularity(g, { groups: ORG_GROUPS, getEdgeStrength: null })).toBeCloseTo(22 / 196, 15);
    });

    it('exports frozen defaults', () => {
      expect(Object.isFrozen(MODULARITY_DEFAULTS)).toBe(true);
      expect(MODULARITY_DEFAULTS.resolution).toBe(1);
    });
  });

  describe('standard cases', () => {
    it('returns NaN on an empty graph and on a graph without ties (NetworkX: ZeroDivisionError)', () => {
      expect(modularity(new UndirectedGraph(), { groups: {} })).toBeNaN();
      const g = new UndirectedGraph();
      g.addNode('a');
      g.addNode('b');
      expect(modularity(g, { groups: { a: 0, b: 1 } })).toBeNaN();
    });

    it('ignores self-loops and sums parallel edges', () => {
      const g = new MultiUndirectedGraph();
      for (const node of Object.keys(ORG_GROUPS)) g.addNode(node);
      for (const [u, v, weight] of ORG_EDGES) {
        if (weight > 1) {
          g.addEdge(u, v, { weight: weight - 1 });
          g.addEdge(u, v, { weight: 1 });
        } else g.addEdge(u, v, { weight });
      }
      g.addEdge('a1', 'a1', { weight: 10 });
      expect(modularity(g, { groups: ORG_GROUPS })).toBe(modularity(org(), { groups: ORG_GROUPS }));
    });

    it('accepts groups as a Record, a Map, an attribute name and a getter alike, on a graph and an index', () => {
      const q = modularity(org(), { groups: ORG_GROUPS });
      expect(modularity(org(), { groups: 'group' })).toBe(q);
      expect(modularity(org(), { groups: new Map(Object.entries(ORG_GROUPS)) })).toBe(q);
      expect(modularity(org(), { groups: (node) => ORG_GROUPS[node] })).toBe(q);
      expect(modularity(buildIndex(org()), { groups: ORG_GROUPS })).toBe(q);
      expect(modularity(buildIndex(org()), { groups: new Map(Object.entries(ORG_GROUPS)) })).toBe(q);
    });

    it('modularity(graph, { groups: communities(graph).partition }) scores the communities', () => {
      const found = communities(org());
      expect(modularity(org(), { groups: found.partition })).toBe(found.modularity);
    });

    it('reads a node literally named partition as a record entry, not as a communities() result', () => {
      const g = new UndirectedGraph();
      g.addNode('partition');
      expect(modularity(g, { groups: { partition: 'x' } })).toBeNaN();
    });
  });

  describe('F2 org departmental partition (METRICS.md §3.16 reference values)', () => {
    it('returns Q = 0.2988 weighted', () => {
      // m = 13. Strengths: a1 5, a2 5, a3 4, b1 5, b2 6, c1 1, z 0.
      // A: L = 6, K = 14; B: L = 4, K = 11; C: L = 0, K = 1.
      // Q = (6 + 4)/13 − (14² + 11² + 1²)/26² = 10/13 − 318/676 = 202/676 = 0.29882.
      expectClose(modularity(org(), { groups: 'group' }), 202 / 676, 'Q');
      expect(modularity(org(), { groups: 'group' })).toBeCloseTo(0.2988, 4);
    });

    it('returns Q = 0.1122 unweighted', () => {
      // m = 7. Degrees: a1 2, a2 3, a3 3, b1 2, b2 3, c1 1. A: L 3, K 8; B: L 1, K 5; C: L 0, K 1.
      // Q = 4/7 − (64 + 25 + 1)/196 = 22/196.
      expectClose(modularity(org(), { groups: 'group', getEdgeStrength: null }), 22 / 196, 'Q');
    });

    it('scales the expected term by the resolution', () => {
      // Q(γ) = 10/13 − γ · 318/676.
      expectClose(modularity(org(), { groups: ORG_GROUPS, resolution: 2 }), 10 / 13 - (2 * 318) / 676, 'Q(2)');
      expectClose(modularity(org(), { groups: ORG_GROUPS, resolution: 0 }), 10 / 13, 'Q(0)');
    });

    it('gives 0 for everyone in one group at γ = 1', () => {
      const all = Object.fromEntries(Object.keys(ORG_GROUPS).map((k) => [k, 'all']));
      expectClose(modularity(org(), { groups: all }), 0, 'Q');
    });
  });

  describe('directed graphs (Leicht–Newman form)', () => {
    it('computes the F4 triad with groups X = {0, 1}, Y = {2}', () => {
      // m = 4 arcs. X: L = 2 (0→1, 1→0), K_out = 3 (0: 2, 1: 1), K_in = 3 (0: 1, 1: 2).
      // Y: L = 0, K_out = 1, K_in = 1. Q = 2/4 − (3·3 + 1·1)/16 = 0.5 − 0.625 = −0.125.
      expectClose(modularity(triad(), { groups: 'group' }), -0.125, 'Q');
    });

    it('differs from the undirected reading of the same ties', () => {
      const d = new DirectedGraph();
      d.mergeEdge('a', 'b');
      d.mergeEdge('b', 'c');
      d.mergeEdge('c', 'a');
      d.mergeEdge('c', 'd');
      // m = 4; {a, b}: L = 1, K_out = 2, K_in = 2; {c, d}: L = 1, K_out = 2, K_in = 2. Q = 2/4 − 8/16 = 0.
      expectClose(modularity(d, { groups: { a: 0, b: 0, c: 1, d: 1 } }), 0, 'Q');
    });
  });
});
