import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  buildIndex,
  constraint,
  assignConstraint,
  constraintIndexed,
  CONSTRAINT_DEFAULTS,
  type NodeMetric,
  type ConstraintOptions,
  type AssignConstraintOptions,
  type ConstraintIndexedOptions,
} from '../../src/index.js';

type Edge = { calls: number; label: string };
const graph = new UndirectedGraph<{ dept: string }, Edge>();
const index = buildIndex(graph);

test('constraint returns a NodeMetric for a graph and for an index', () => {
  expectTypeOf(constraint(graph)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(constraint(index)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(constraint(graph, { getEdgeStrength: 'calls', model: 'ego' })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(constraint(graph, { getEdgeStrength: (_e, a) => a.calls })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(constraint(index, { getEdgeStrength: null })).toEqualTypeOf<NodeMetric>();
  // @ts-expect-error getEdgeStrength accepts only keys of the edge attributes
  constraint(graph, { getEdgeStrength: 'cals' });
  // @ts-expect-error model is 'whole' or 'ego'
  constraint(graph, { model: 'local' });
  // @ts-expect-error attribute belongs to assignConstraint
  constraint(graph, { attribute: 'x' });
  // @ts-expect-error the result is a record, not an array
  constraint(graph).map((row) => row);
});

test('assignConstraint returns nothing and takes attribute', () => {
  expectTypeOf(assignConstraint(graph, { attribute: 'x', getEdgeStrength: 'calls' })).toEqualTypeOf<void>();
  expectTypeOf<AssignConstraintOptions<Edge>>().toMatchTypeOf<ConstraintOptions<Edge>>();
  // @ts-expect-error assign needs a graph
  assignConstraint(index);
  // @ts-expect-error attribute is a string
  assignConstraint(graph, { attribute: 1 });
});

test('constraintIndexed returns a Float64Array and takes an index only', () => {
  expectTypeOf(constraintIndexed(index)).toEqualTypeOf<Float64Array>();
  expectTypeOf(constraintIndexed(index, { getEdgeStrength: null, model: 'whole' })).toEqualTypeOf<Float64Array>();
  expectTypeOf(constraintIndexed).parameter(1).toEqualTypeOf<ConstraintIndexedOptions | undefined>();
  // @ts-expect-error an attribute name needs the graph
  constraintIndexed(index, { getEdgeStrength: 'weight' });
  // @ts-expect-error a graph is not an index
  constraintIndexed(graph);
  expectTypeOf(CONSTRAINT_DEFAULTS.attribute).toEqualTypeOf<string>();
});
