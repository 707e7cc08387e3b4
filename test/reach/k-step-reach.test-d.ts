import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  assignKStepReach,
  buildIndex,
  kStepReach,
  kStepReachIndexed,
  type CsrIndex,
  type KStepReachIndexedOptions,
  type KStepReachOptions,
  type NodeMetric,
} from '../../src/index.js';

type Edge = { weight: number; tie: 'strong' | 'weak' };
const graph = new UndirectedGraph<{ team: string }, Edge>();
const index = buildIndex(graph);

test('kStepReach returns a NodeMetric for a graph and an index', () => {
  expectTypeOf(kStepReach(graph)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(kStepReach(index, { k: 3, normalized: false, via: 'weak', strongTies: 2, direction: 'in', threads: 1 })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(kStepReach(graph, { threads: 'auto', strongTies: { method: 'quantile', quantile: 0.8 } })).toEqualTypeOf<NodeMetric>();
  // @ts-expect-error the result is a record of numbers, not an array
  kStepReach(graph).map((x: number) => x);
});

test('kStepReach reads edge attributes of the typed graph only', () => {
  kStepReach(graph, { getEdgeStrength: 'weight', via: 'strong', strongTies: 'tie' });
  kStepReach(graph, { getEdgeStrength: (_e, a) => a.weight, strongTies: (_e, a) => a.tie === 'strong' });
  kStepReach(graph, { getEdgeStrength: null });
  // @ts-expect-error an attribute the edges do not have
  kStepReach(graph, { getEdgeStrength: 'wieght' });
  // @ts-expect-error an unknown via
  kStepReach(graph, { via: 'both' });
  // @ts-expect-error an unknown direction
  kStepReach(graph, { direction: 'all' });
  // @ts-expect-error attribute belongs to assignKStepReach
  kStepReach(graph, { attribute: 'reach' });
  // @ts-expect-error threads is 'auto' or a number
  kStepReach(graph, { threads: 'max' });
});

test('assignKStepReach writes an attribute and returns nothing', () => {
  expectTypeOf(assignKStepReach(graph, { attribute: 'reach', k: 1 })).toEqualTypeOf<void>();
  // @ts-expect-error a CsrIndex has no attributes to write
  assignKStepReach(index);
});

test('kStepReachIndexed takes an index and returns a Float64Array', () => {
  expectTypeOf(kStepReachIndexed(index, { k: 2, getEdgeStrength: null, strongTies: 3 })).toEqualTypeOf<Float64Array>();
  expectTypeOf(kStepReachIndexed).parameter(0).toEqualTypeOf<CsrIndex>();
  expectTypeOf<KStepReachIndexedOptions['getEdgeStrength']>().toEqualTypeOf<null | undefined>();
  expectTypeOf<KStepReachOptions['k']>().toEqualTypeOf<number | undefined>();
  // @ts-expect-error a graph is not an index
  kStepReachIndexed(graph);
  // @ts-expect-error an attribute name needs the graph's edges
  kStepReachIndexed(index, { getEdgeStrength: 'weight' });
  // @ts-expect-error an attribute rule needs the graph's edges
  kStepReachIndexed(index, { strongTies: 'tie' });
  // @ts-expect-error attribute belongs to assignKStepReach
  kStepReachIndexed(index, { attribute: 'reach' });
});
