import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, groupDistanceWeightedReach, type GroupDistanceWeightedReachOptions } from '../../src/index.js';

const graph = new UndirectedGraph<{ team: string }, { weight: number; km: number }>();
const index = buildIndex(graph);

test('groupDistanceWeightedReach returns a number for a graph and an index', () => {
  expectTypeOf(groupDistanceWeightedReach(graph, ['a', 'b'])).toEqualTypeOf<number>();
  expectTypeOf(groupDistanceWeightedReach(index, new Set(['a']), { getEdgeDistance: null, normalized: false })).toEqualTypeOf<number>();
  expectTypeOf(groupDistanceWeightedReach(graph, ['a'], { getEdgeDistance: 'km', via: 'strong', strongTies: 3, direction: 'out' })).toEqualTypeOf<number>();
  expectTypeOf(groupDistanceWeightedReach).parameter(1).toEqualTypeOf<Iterable<string>>();
  expectTypeOf<GroupDistanceWeightedReachOptions['normalized']>().toEqualTypeOf<boolean | undefined>();
});

test('groupDistanceWeightedReach refuses misuse', () => {
  // @ts-expect-error the group is positional and required
  groupDistanceWeightedReach(graph);
  // @ts-expect-error the group is positional, not a set option
  groupDistanceWeightedReach(graph, { set: ['a'] });
  // @ts-expect-error group members are node keys
  groupDistanceWeightedReach(graph, [1, 2]);
  // @ts-expect-error an attribute the edges do not have
  groupDistanceWeightedReach(graph, ['a'], { getEdgeDistance: 'miles' });
  // @ts-expect-error the result is one number, not a record
  groupDistanceWeightedReach(graph, ['a']).a;
  // @ts-expect-error nothing to write: no attribute option
  groupDistanceWeightedReach(graph, ['a'], { attribute: 'dr' });
});
