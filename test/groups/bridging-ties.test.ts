/**
 * Hand-computed unit tests of bridgingTies (STYLE.md §9, layer 1).
 */
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, NodeNotFoundError } from '../../src/errors.js';
import { BRIDGING_TIES_DEFAULTS, bridgingTies } from '../../src/groups/bridging-ties.js';
import { communities } from '../../src/groups/communities.js';
import { Graph as MixedGraph } from '../arbitraries.js';
import { expectThrows, org, ORG_EDGES, ORG_GROUPS } from './helpers.js';

const ORG_BRIDGES = [
  { source: 'a2', target: 'b2', sourceGroup: 'A', targetGroup: 'B', strength: 1, common: 0, overlap: 0 },
  { source: 'a3', target: 'b1', sourceGroup: 'A', targetGroup: 'B', strength: 1, common: 0, overlap: 0 },
  { source: 'b2', target: 'c1', sourceGroup: 'B', targetGroup: 'C', strength: 1, common: 0, overlap: 0 },
];

describe('bridgingTies', () => {
  describe('input validation', () => {
    it('throws InvalidGraphError on a non-graph', () => {
      expectThrows(() => bridgingTies(undefined as never, { groups: {} }), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new MixedGraph();
      g.addDirectedEdge(g.addNode('a'), g.addNode('b'));
      g.addUndirectedEdge('b', g.addNode('c'));
      expectThrows(() => bridgingTies(g, { groups: { a: 0, b: 0, c: 1 } }), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
    });

    it('throws InvalidOptionError on incomplete groups, missing groups or an unknown option', () => {
      const { c1: _c1, ...partial } = ORG_GROUPS;
      const error = expectThrows(() => bridgingTies(org(), { groups: partial }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      expect(error.message).toContain('"c1"');
      expectThrows(() => bridgingTies(org()), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      expectThrows(() => bridgingTies(org(), { groups: ORG_GROUPS, projection: 'mutual' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'projection');
      expectThrows(() => bridgingTies(org(), ORG_GROUPS as never), InvalidOptionError, 'E_INVALID_OPTION', 'a1');
    });

    it('refuses a misspelt group attribute, a group attribute with an index, unknown nodes and a whole communities() result', () => {
      expectThrows(() => bridgingTies(org(), { groups: 'grup' }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      expectThrows(() => bridgingTies(buildIndex(org()), { groups: 'group' }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      expectThrows(() => bridgingTies(org(), { groups: { ...ORG_GROUPS, ghost: 'A' } }), NodeNotFoundError, 'E_NODE_NOT_FOUND');
      expectThrows(() => bridgingTies(org(), { groups: communities(org()) as never }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
    });

    it('exports frozen defaults', () => {
      expect(Object.isFrozen(BRIDGING_TIES_DEFAULTS)).toBe(true);
    });
  });

  describe('standard cases', () => {
    it('returns [] on an empty graph', () => {
      expect(bridgingTies(new UndirectedGraph(), { groups: {} })).toEqual([]);
    });

    it('ignores self-loops and merges parallel edges (strengths summed)', () => {
      const g = new MultiUndirectedGraph();
      for (const node of Object.keys(ORG_GROUPS)) g.addNode(node);
      for (const [u, v, weight] of ORG_EDGES) g.addEdge(u, v, { weight });
      g.addEdge('b2', 'b2', { weight: 9 });
      g.addEdge('c1', 'b2', { weight: 2 });
      expect(bridgingTies(g, { groups: ORG_GROUPS })).toEqual(ORG_BRIDGES.map((t) => (t.target === 'c1' ? { ...t, strength: 3 } : t)));
    });

    it('gives the same result for the graph and an index, with groups as an attribute, a Record, a Map or a getter', () => {
      expect(bridgingTies(org(), { groups: 'group' })).toEqual(ORG_BRIDGES);
      expect(bridgingTies(org(), { groups: ORG_GROUPS })).toEqual(ORG_BRIDGES);
      expect(bridgingTies(buildIndex(org()), { groups: ORG_GROUPS })).toEqual(ORG_BRIDGES);
      expect(bridgingTies(buildIndex(org()), { groups: new Map(Object.entries(ORG_GROUPS)) })).toEqual(ORG_BRIDGES);
      expect(bridgingTies(org(), { groups: (node) => ORG_GROUPS[node] })).toEqual(ORG_BRIDGES);
    });

    it('bridgingTies(graph, { getEdgeStrength: null }) reports strength 1', () => {
      const g = org();
      g.setEdgeAttribute('a2', 'b2', 'weight', 5);
      expect(bridgingTies(g, { groups: 'group' })[0]!.strength).toBe(5);
      expect(bridgingTies(g, { groups: 'group', getEdgeStrength: null }).map((t) => t.strength)).toEqual([1, 1, 1]);
    });
  });

  describe('overlap (METRICS.md §3.2)', () => {
    it('returns the org overlaps O(a1,a2) = 0.5, O(a1,a3) = 0.5, O(a2,a3) = 1/3, 0 elsewhere, with everyone their own group', () => {
      // N(a1) = {a2, a3}, N(a2) = {a1, a3, b2}: n = 1 (a3), O = 1 / ((2 − 1) + (3 − 1) − 1) = 0.5.
      // N(a3) = {a1, a2, b1}: O(a1,a3) = 1 / (1 + 2 − 1) = 0.5; O(a2,a3) = 1 / (2 + 2 − 1) = 1/3.
      const own = Object.fromEntries(Object.keys(ORG_GROUPS).map((k) => [k, k]));
      const overlap = Object.fromEntries(bridgingTies(org(), { groups: own }).map((t) => [`${t.source}-${t.target}`, t.overlap]));
      expect(overlap).toEqual({ 'a1-a2': 0.5, 'a1-a3': 0.5, 'a2-a3': 1 / 3, 'a2-b2': 0, 'a3-b1': 0, 'b1-b2': 0, 'b2-c1': 0 });
    });

    it('gives NaN for an isolated dyad and 1 inside a triangle', () => {
      const g = new UndirectedGraph();
      g.addEdge(g.addNode('x'), g.addNode('y'));
      for (const [u, v] of [['p', 'q'], ['q', 'r'], ['r', 'p']]) g.mergeEdge(u, v);
      const ties = bridgingTies(g, { groups: { x: 1, y: 2, p: 3, q: 4, r: 5 } });
      expect(ties.find((t) => t.source === 'x')!.overlap).toBeNaN();
      // Triangle: n = 1, O = 1 / (1 + 1 − 1) = 1.
      expect(ties.filter((t) => t.source !== 'x').map((t) => t.overlap)).toEqual([1, 1, 1]);
    });

    it('projects directed graphs: i–j tied when i→j or j→i, strength a_ij + a_ji', () => {
      const g = new DirectedGraph();
      g.addNode('a', { team: 'L' });
      g.addNode('b', { team: 'R' });
      g.addNode('c', { team: 'R' });
      g.addEdge('a', 'b', { weight: 2 });
      g.addEdge('b', 'a', { weight: 3 });
      g.addEdge('c', 'a', { weight: 1 });
      g.addEdge('b', 'c', { weight: 1 });
      // a–b: strength 5, common neighbour c (via c→a and b→c): O = 1 / (1 + 1 − 1) = 1. c–a: strength 1, O = 1.
      expect(bridgingTies(g, { groups: 'team' })).toEqual([
        { source: 'a', target: 'b', sourceGroup: 'L', targetGroup: 'R', strength: 5, common: 1, overlap: 1 },
        { source: 'a', target: 'c', sourceGroup: 'L', targetGroup: 'R', strength: 1, common: 1, overlap: 1 },
      ]);
    });

    it('lists the ties between Louvain communities', () => {
      const g = new UndirectedGraph();
      for (const clique of [['a', 'b', 'c', 'd'], ['e', 'f', 'g', 'h']]) {
        for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) g.mergeEdge(clique[i]!, clique[j]!);
      }
      g.addEdge('d', 'e', { weight: 2 });
      expect(bridgingTies(g, { groups: communities(g).partition })).toEqual([
        { source: 'd', target: 'e', sourceGroup: '0', targetGroup: '1', strength: 2, common: 0, overlap: 0 },
      ]);
    });
  });
});
