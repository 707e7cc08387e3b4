import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  assignDistanceWeightedReach,
  buildIndex,
  distanceWeightedReach,
  distanceWeightedReachIndexed,
  DISTANCE_WEIGHTED_REACH_DEFAULTS,
  type CsrIndex,
  type NodeMetric,
  type ToDistance,
} from '../../src/index.js';

const graph = new UndirectedGraph<{ team: string }, { weight: number; km: number }>();
const index = buildIndex(graph);

test('distanceWeightedReach always returns a NodeMetric', () => {
  expectTypeOf(distanceWeightedReach(graph)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(distanceWeightedReach(index, { getEdgeDistance: null, normalized: false })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(distanceWeightedReach(graph, { getEdgeDistance: 'km', via: 'weak', strongTies: 2, direction: 'in' })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(distanceWeightedReach(graph, { toDistance: (s) => 1 / s })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(DISTANCE_WEIGHTED_REACH_DEFAULTS.toDistance).toEqualTypeOf<ToDistance>();
  // @ts-expect-error the set option is gone: use groupDistanceWeightedReach(input, group)
  distanceWeightedReach(graph, { set: new Set(['a']) });
  // @ts-expect-error the set option is gone, for arrays too
  distanceWeightedReach(graph, { set: ['a'] });
  // @ts-expect-error the result is never a number
  const n: number = distanceWeightedReach(graph);
  void n;
  // @ts-expect-error an attribute the edges do not have
  distanceWeightedReach(graph, { getEdgeDistance: 'miles' });
  // @ts-expect-error an unknown distance transform
  distanceWeightedReach(graph, { toDistance: 'log' });
  // @ts-expect-error attribute belongs to assignDistanceWeightedReach
  distanceWeightedReach(graph, { attribute: 'dr' });
});

test('assignDistanceWeightedReach returns nothing', () => {
  expectTypeOf(assignDistanceWeightedReach(graph, { attribute: 'dr', getEdgeDistance: null })).toEqualTypeOf<void>();
  // @ts-expect-error no set here either
  assignDistanceWeightedReach(graph, { set: ['a'] });
});

test('distanceWeightedReachIndexed takes an index and returns a Float64Array', () => {
  expectTypeOf(distanceWeightedReachIndexed(index, { getEdgeDistance: null, getEdgeStrength: null, toDistance: 'inverse' })).toEqualTypeOf<Float64Array>();
  expectTypeOf(distanceWeightedReachIndexed).parameter(0).toEqualTypeOf<CsrIndex>();
  // @ts-expect-error an attribute name needs the graph's edges
  distanceWeightedReachIndexed(index, { getEdgeDistance: 'km' });
  // @ts-expect-error a graph is not an index
  distanceWeightedReachIndexed(graph);
});
