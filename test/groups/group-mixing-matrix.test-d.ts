import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, groupMixingMatrix, type GroupMixingMatrixResult } from '../../src/index.js';

type People = { team: string };
type Ties = { weight: number; emails: number };

test('groupMixingMatrix(graph | index, { groups }) returns a GroupMixingMatrixResult', () => {
  const graph = new UndirectedGraph<People, Ties>();
  const mix = groupMixingMatrix(graph, { groups: 'team', measure: 'strength', getEdgeStrength: 'emails' });
  expectTypeOf(mix).toEqualTypeOf<GroupMixingMatrixResult>();
  expectTypeOf(mix.matrix).toEqualTypeOf<number[][]>();
  expectTypeOf(groupMixingMatrix(buildIndex(graph), { groups: { a: 'x' }, measure: 'density' })).toEqualTypeOf<GroupMixingMatrixResult>();
  groupMixingMatrix(graph, { groups: (_node, attributes) => attributes.team });
  // @ts-expect-error a measure that does not exist
  groupMixingMatrix(graph, { groups: 'team', measure: 'mean' });
  // @ts-expect-error the removed groupAttribute option: use groups
  groupMixingMatrix(graph, { groupAttribute: 'team' });
  // @ts-expect-error a node attribute the graph does not declare
  groupMixingMatrix(graph, { groups: 'office' });
  // @ts-expect-error an edge attribute the graph does not declare
  groupMixingMatrix(graph, { groups: 'team', getEdgeStrength: 'calls' });
});
