import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  buildIndex,
  efficiency,
  assignEfficiency,
  efficiencyIndexed,
  EFFICIENCY_DEFAULTS,
  type NodeMetric,
  type EfficiencyOptions,
  type AssignEfficiencyOptions,
  type EfficiencyIndexedOptions,
} from '../../src/index.js';

type Edge = { calls: number; label: string };
const graph = new UndirectedGraph<{ dept: string }, Edge>();
const index = buildIndex(graph);

test('efficiency returns a NodeMetric for a graph and for an index', () => {
  expectTypeOf(efficiency(graph)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(efficiency(index)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(efficiency(graph, { getEdgeStrength: 'calls', model: 'ego' })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(efficiency(graph, { getEdgeStrength: (_e, a) => a.calls })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(efficiency(index, { getEdgeStrength: null })).toEqualTypeOf<NodeMetric>();
  // @ts-expect-error getEdgeStrength accepts only keys of the edge attributes
  efficiency(graph, { getEdgeStrength: 'cals' });
  // @ts-expect-error model is 'whole' or 'ego'
  efficiency(graph, { model: 'local' });
  // @ts-expect-error attribute belongs to assignEfficiency
  efficiency(graph, { attribute: 'x' });
  // @ts-expect-error the result is a record, not an array
  efficiency(graph).map((row) => row);
});

test('assignEfficiency returns nothing and takes attribute', () => {
  expectTypeOf(assignEfficiency(graph, { attribute: 'x', getEdgeStrength: 'calls' })).toEqualTypeOf<void>();
  expectTypeOf<AssignEfficiencyOptions<Edge>>().toMatchTypeOf<EfficiencyOptions<Edge>>();
  // @ts-expect-error assign needs a graph
  assignEfficiency(index);
  // @ts-expect-error attribute is a string
  assignEfficiency(graph, { attribute: 1 });
});

test('efficiencyIndexed returns a Float64Array and takes an index only', () => {
  expectTypeOf(efficiencyIndexed(index)).toEqualTypeOf<Float64Array>();
  expectTypeOf(efficiencyIndexed(index, { getEdgeStrength: null, model: 'whole' })).toEqualTypeOf<Float64Array>();
  expectTypeOf(efficiencyIndexed).parameter(1).toEqualTypeOf<EfficiencyIndexedOptions | undefined>();
  // @ts-expect-error an attribute name needs the graph
  efficiencyIndexed(index, { getEdgeStrength: 'weight' });
  // @ts-expect-error a graph is not an index
  efficiencyIndexed(graph);
  expectTypeOf(EFFICIENCY_DEFAULTS.attribute).toEqualTypeOf<string>();
});
