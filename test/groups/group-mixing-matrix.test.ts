/**
 * Hand-computed unit tests of groupMixingMatrix (STYLE.md §9, layer 1).
 */
import { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { Graph as MixedGraph } from '../arbitraries.js';
import { buildIndex } from '../../src/core/build-index.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, InvalidWeightError, NodeNotFoundError } from '../../src/errors.js';
import { GROUP_MIXING_MATRIX_DEFAULTS, groupMixingMatrix } from '../../src/groups/group-mixing-matrix.js';
import { expectThrows, org, ORG_EDGES, ORG_GROUPS, triad } from './helpers.js';

describe('groupMixingMatrix', () => {
  describe('input validation', () => {
    it('throws InvalidGraphError on a non-graph', () => {
      expectThrows(() => groupMixingMatrix({} as never, { groups: 'group' }), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new MixedGraph();
      g.mergeNode('a', { group: 'A' });
      g.mergeNode('b', { group: 'A' });
      g.mergeNode('c', { group: 'B' });
      g.addDirectedEdge('a', 'b');
      g.addUndirectedEdge('b', 'c');
      expectThrows(() => groupMixingMatrix(g, { groups: 'group' }), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
    });

    it('throws InvalidOptionError on an unknown measure, missing groups or a node without a group', () => {
      expectThrows(() => groupMixingMatrix(org(), { groups: 'group', measure: 'mean' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'measure');
      expectThrows(() => groupMixingMatrix(org()), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      const g = org();
      g.removeNodeAttribute('z', 'group');
      const error = expectThrows(() => groupMixingMatrix(g, { groups: 'group' }), InvalidOptionError, 'E_INVALID_OPTION');
      expect(error.message).toContain('"z"');
    });

    it('refuses a misspelt group attribute, a group attribute with an index, and unknown nodes', () => {
      expectThrows(() => groupMixingMatrix(org(), { groups: 'team' }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      expectThrows(() => groupMixingMatrix(buildIndex(org()), { groups: 'group' }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      expectThrows(() => groupMixingMatrix(org(), { groups: { ...ORG_GROUPS, ghost: 'A' } }), NodeNotFoundError, 'E_NODE_NOT_FOUND');
      expectThrows(() => groupMixingMatrix(org(), { groupAttribute: 'group' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'groupAttribute');
    });

    it('reads strengths only with measure strength', () => {
      const g = org();
      g.setEdgeAttribute('a1', 'a2', 'weight', 0);
      expect(groupMixingMatrix(g, { groups: 'group' }).table.A!.A).toBe(3);
      expectThrows(() => groupMixingMatrix(g, { groups: 'group', measure: 'strength' }), InvalidWeightError, 'E_INVALID_WEIGHT');
      // getEdgeStrength: null with measure strength gives the counts.
      expect(groupMixingMatrix(org(), { groups: 'group', measure: 'strength', getEdgeStrength: null }).matrix).toEqual(
        groupMixingMatrix(org(), { groups: 'group' }).matrix,
      );
    });

    it('exports frozen defaults', () => {
      expect(Object.isFrozen(GROUP_MIXING_MATRIX_DEFAULTS)).toBe(true);
      expect(GROUP_MIXING_MATRIX_DEFAULTS).toMatchObject({ measure: 'count', getEdgeStrength: 'weight' });
    });
  });

  describe('standard cases', () => {
    it('returns empty arrays on an empty graph', () => {
      expect(groupMixingMatrix(new UndirectedGraph(), { groups: 'group' })).toEqual({
        measure: 'count',
        directed: false,
        groups: [],
        sizes: [],
        matrix: [],
        table: {},
      });
    });

    it('ignores self-loops and counts merged parallel edges once', () => {
      const g = new MultiUndirectedGraph();
      for (const [node, group] of Object.entries(ORG_GROUPS)) g.addNode(node, { group });
      for (const [u, v, weight] of ORG_EDGES) g.addEdge(u, v, { weight });
      g.addEdge('z', 'z');
      g.addEdge('b2', 'c1', { weight: 2 });
      expect(groupMixingMatrix(g, { groups: 'group' }).matrix).toEqual(groupMixingMatrix(org(), { groups: 'group' }).matrix);
      // Strength: b2–c1 merges to 1 + 2 = 3.
      expect(groupMixingMatrix(g, { groups: 'group', measure: 'strength' }).table.B!.C).toBe(3);
    });

    it('gives the same result for the graph and for an index with groups as a record', () => {
      for (const measure of ['count', 'density', 'strength'] as const) {
        const fromGraph = groupMixingMatrix(org(), { groups: 'group', measure });
        expect(groupMixingMatrix(buildIndex(org()), { groups: ORG_GROUPS, measure })).toEqual(fromGraph);
        expect(groupMixingMatrix(buildIndex(org()), { groups: new Map(Object.entries(ORG_GROUPS)), measure })).toEqual(fromGraph);
        expect(groupMixingMatrix(org(), { groups: (node) => ORG_GROUPS[node], measure })).toEqual(fromGraph);
      }
    });
  });

  describe('F2 org', () => {
    it('counts ties within and between A, B, C', () => {
      // Within A: a1–a2, a1–a3, a2–a3 (3). A–B: a3–b1, a2–b2 (2). Within B: b1–b2 (1). B–C: b2–c1 (1).
      const mix = groupMixingMatrix(org(), { groups: 'group' });
      expect(mix.groups).toEqual(['A', 'B', 'C']);
      expect(mix.sizes).toEqual([3, 2, 2]);
      expect(mix.matrix).toEqual([
        [3, 2, 0],
        [2, 1, 1],
        [0, 1, 0],
      ]);
      expect(mix.table.A).toEqual({ A: 3, B: 2, C: 0 });
    });

    it('divides by possible pairs for density', () => {
      // Within A: 3 / C(3,2) = 1; A–B: 2 / (3·2); within B: 1 / C(2,2); B–C: 1 / (2·2); within C: 0 / 1.
      const { matrix } = groupMixingMatrix(org(), { groups: 'group', measure: 'density' });
      expect(matrix).toEqual([
        [1, 1 / 3, 0],
        [1 / 3, 1, 1 / 4],
        [0, 1 / 4, 0],
      ]);
    });

    it('sums strengths for strength', () => {
      // Within A: 3 + 2 + 1; A–B: 1 + 1; within B: 4; B–C: 1.
      expect(groupMixingMatrix(org(), { groups: 'group', measure: 'strength' }).matrix).toEqual([
        [6, 2, 0],
        [2, 4, 1],
        [0, 1, 0],
      ]);
    });

    it('gives NaN density inside a one-person group', () => {
      const g = org();
      g.setNodeAttribute('z', 'group', 'Z');
      const { table } = groupMixingMatrix(g, { groups: 'group', measure: 'density' });
      expect(table.C!.C).toBeNaN();
      expect(table.Z!.Z).toBeNaN();
      expect(table.B!.C).toBe(1 / 2);
    });
  });

  describe('directed graphs: rows send, columns receive', () => {
    it('counts the F4 triad arcs with groups X = {0, 1}, Y = {2}', () => {
      // X→X: 0→1, 1→0 (2); X→Y: 0→2 (1); Y→X: 2→1 (1). Density: X→X 2 / (2·1); X→Y 1 / (2·1); Y→Y none possible.
      expect(groupMixingMatrix(triad(), { groups: 'group' }).matrix).toEqual([
        [2, 1],
        [1, 0],
      ]);
      const density = groupMixingMatrix(triad(), { groups: 'group', measure: 'density' });
      expect(density.directed).toBe(true);
      expect(density.matrix[0]).toEqual([1, 1 / 2]);
      expect(density.matrix[1]![0]).toBe(1 / 2);
      expect(density.matrix[1]![1]).toBeNaN();
    });
  });
});
