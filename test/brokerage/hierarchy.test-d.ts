import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  buildIndex,
  hierarchy,
  assignHierarchy,
  hierarchyIndexed,
  HIERARCHY_DEFAULTS,
  type NodeMetric,
  type HierarchyOptions,
  type AssignHierarchyOptions,
  type HierarchyIndexedOptions,
} from '../../src/index.js';

type Edge = { calls: number; label: string };
const graph = new UndirectedGraph<{ dept: string }, Edge>();
const index = buildIndex(graph);

test('hierarchy returns a NodeMetric for a graph and for an index', () => {
  expectTypeOf(hierarchy(graph)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(hierarchy(index)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(hierarchy(graph, { getEdgeStrength: 'calls', model: 'ego' })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(hierarchy(graph, { getEdgeStrength: (_e, a) => a.calls })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(hierarchy(index, { getEdgeStrength: null })).toEqualTypeOf<NodeMetric>();
  // @ts-expect-error getEdgeStrength accepts only keys of the edge attributes
  hierarchy(graph, { getEdgeStrength: 'cals' });
  // @ts-expect-error model is 'whole' or 'ego'
  hierarchy(graph, { model: 'local' });
  // @ts-expect-error attribute belongs to assignHierarchy
  hierarchy(graph, { attribute: 'x' });
  // @ts-expect-error the result is a record, not an array
  hierarchy(graph).map((row) => row);
});

test('assignHierarchy returns nothing and takes attribute', () => {
  expectTypeOf(assignHierarchy(graph, { attribute: 'x', getEdgeStrength: 'calls' })).toEqualTypeOf<void>();
  expectTypeOf<AssignHierarchyOptions<Edge>>().toMatchTypeOf<HierarchyOptions<Edge>>();
  // @ts-expect-error assign needs a graph
  assignHierarchy(index);
  // @ts-expect-error attribute is a string
  assignHierarchy(graph, { attribute: 1 });
});

test('hierarchyIndexed returns a Float64Array and takes an index only', () => {
  expectTypeOf(hierarchyIndexed(index)).toEqualTypeOf<Float64Array>();
  expectTypeOf(hierarchyIndexed(index, { getEdgeStrength: null, model: 'whole' })).toEqualTypeOf<Float64Array>();
  expectTypeOf(hierarchyIndexed).parameter(1).toEqualTypeOf<HierarchyIndexedOptions | undefined>();
  // @ts-expect-error an attribute name needs the graph
  hierarchyIndexed(index, { getEdgeStrength: 'weight' });
  // @ts-expect-error a graph is not an index
  hierarchyIndexed(graph);
  expectTypeOf(HIERARCHY_DEFAULTS.attribute).toEqualTypeOf<string>();
});
