import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  buildIndex,
  effectiveSize,
  assignEffectiveSize,
  effectiveSizeIndexed,
  EFFECTIVE_SIZE_DEFAULTS,
  type NodeMetric,
  type EffectiveSizeOptions,
  type AssignEffectiveSizeOptions,
  type EffectiveSizeIndexedOptions,
} from '../../src/index.js';

type Edge = { calls: number; label: string };
const graph = new UndirectedGraph<{ dept: string }, Edge>();
const index = buildIndex(graph);

test('effectiveSize returns a NodeMetric for a graph and for an index', () => {
  expectTypeOf(effectiveSize(graph)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(effectiveSize(index)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(effectiveSize(graph, { getEdgeStrength: 'calls', model: 'ego' })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(effectiveSize(graph, { getEdgeStrength: (_e, a) => a.calls })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(effectiveSize(index, { getEdgeStrength: null })).toEqualTypeOf<NodeMetric>();
  // @ts-expect-error getEdgeStrength accepts only keys of the edge attributes
  effectiveSize(graph, { getEdgeStrength: 'cals' });
  // @ts-expect-error model is 'whole' or 'ego'
  effectiveSize(graph, { model: 'local' });
  // @ts-expect-error attribute belongs to assignEffectiveSize
  effectiveSize(graph, { attribute: 'x' });
  // @ts-expect-error the result is a record, not an array
  effectiveSize(graph).map((row) => row);
});

test('assignEffectiveSize returns nothing and takes attribute', () => {
  expectTypeOf(assignEffectiveSize(graph, { attribute: 'x', getEdgeStrength: 'calls' })).toEqualTypeOf<void>();
  expectTypeOf<AssignEffectiveSizeOptions<Edge>>().toMatchTypeOf<EffectiveSizeOptions<Edge>>();
  // @ts-expect-error assign needs a graph
  assignEffectiveSize(index);
  // @ts-expect-error attribute is a string
  assignEffectiveSize(graph, { attribute: 1 });
});

test('effectiveSizeIndexed returns a Float64Array and takes an index only', () => {
  expectTypeOf(effectiveSizeIndexed(index)).toEqualTypeOf<Float64Array>();
  expectTypeOf(effectiveSizeIndexed(index, { getEdgeStrength: null, model: 'whole' })).toEqualTypeOf<Float64Array>();
  expectTypeOf(effectiveSizeIndexed).parameter(1).toEqualTypeOf<EffectiveSizeIndexedOptions | undefined>();
  // @ts-expect-error an attribute name needs the graph
  effectiveSizeIndexed(index, { getEdgeStrength: 'weight' });
  // @ts-expect-error a graph is not an index
  effectiveSizeIndexed(graph);
  expectTypeOf(EFFECTIVE_SIZE_DEFAULTS.attribute).toEqualTypeOf<string>();
});
