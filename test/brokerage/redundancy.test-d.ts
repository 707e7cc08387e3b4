import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  buildIndex,
  redundancy,
  assignRedundancy,
  redundancyIndexed,
  REDUNDANCY_DEFAULTS,
  type NodeMetric,
  type RedundancyOptions,
  type AssignRedundancyOptions,
  type RedundancyIndexedOptions,
} from '../../src/index.js';

type Edge = { calls: number; label: string };
const graph = new UndirectedGraph<{ dept: string }, Edge>();
const index = buildIndex(graph);

test('redundancy returns a NodeMetric for a graph and for an index', () => {
  expectTypeOf(redundancy(graph)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(redundancy(index)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(redundancy(graph, { getEdgeStrength: 'calls', model: 'ego' })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(redundancy(graph, { getEdgeStrength: (_e, a) => a.calls })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(redundancy(index, { getEdgeStrength: null })).toEqualTypeOf<NodeMetric>();
  // @ts-expect-error getEdgeStrength accepts only keys of the edge attributes
  redundancy(graph, { getEdgeStrength: 'cals' });
  // @ts-expect-error model is 'whole' or 'ego'
  redundancy(graph, { model: 'local' });
  // @ts-expect-error attribute belongs to assignRedundancy
  redundancy(graph, { attribute: 'x' });
  // @ts-expect-error the result is a record, not an array
  redundancy(graph).map((row) => row);
});

test('assignRedundancy returns nothing and takes attribute', () => {
  expectTypeOf(assignRedundancy(graph, { attribute: 'x', getEdgeStrength: 'calls' })).toEqualTypeOf<void>();
  expectTypeOf<AssignRedundancyOptions<Edge>>().toMatchTypeOf<RedundancyOptions<Edge>>();
  // @ts-expect-error assign needs a graph
  assignRedundancy(index);
  // @ts-expect-error attribute is a string
  assignRedundancy(graph, { attribute: 1 });
});

test('redundancyIndexed returns a Float64Array and takes an index only', () => {
  expectTypeOf(redundancyIndexed(index)).toEqualTypeOf<Float64Array>();
  expectTypeOf(redundancyIndexed(index, { getEdgeStrength: null, model: 'whole' })).toEqualTypeOf<Float64Array>();
  expectTypeOf(redundancyIndexed).parameter(1).toEqualTypeOf<RedundancyIndexedOptions | undefined>();
  // @ts-expect-error an attribute name needs the graph
  redundancyIndexed(index, { getEdgeStrength: 'weight' });
  // @ts-expect-error a graph is not an index
  redundancyIndexed(graph);
  expectTypeOf(REDUNDANCY_DEFAULTS.attribute).toEqualTypeOf<string>();
});
