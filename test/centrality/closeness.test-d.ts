import { expectTypeOf, test } from 'vitest';
import { DirectedGraph } from 'graphology';
import {
  buildIndex,
  closeness,
  assignCloseness,
  closenessIndexed,
  CLOSENESS_DEFAULTS,
  type NodeMetric,
  type ClosenessDisconnected,
  type ClosenessIndexedOptions,
} from '../../src/index.js';

type Edge = { calls: number; km: number };
const graph = new DirectedGraph<{ dept: string }, Edge>();
const index = buildIndex(graph);

test('closeness returns a NodeMetric for a graph and for an index', () => {
  expectTypeOf(closeness(graph)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(closeness(index, { getEdgeDistance: null, disconnected: 'component', direction: 'in' })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(closeness(graph, { getEdgeDistance: 'km', disconnected: 'wassermanFaust' })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(CLOSENESS_DEFAULTS.disconnected).toEqualTypeOf<ClosenessDisconnected>();
  // @ts-expect-error the boolean wassermanFaust is now disconnected: 'wassermanFaust' | 'component'
  closeness(graph, { wassermanFaust: false });
  // @ts-expect-error disconnected is 'wassermanFaust' or 'component'
  closeness(graph, { disconnected: true });
  // @ts-expect-error direction is 'out' or 'in'
  closeness(graph, { direction: 'all' });
  // @ts-expect-error getEdgeDistance accepts only keys of the edge attributes
  closeness(graph, { getEdgeDistance: 'kms' });
  // @ts-expect-error attribute belongs to assignCloseness
  closeness(graph, { attribute: 'c' });
});

test('assignCloseness and closenessIndexed', () => {
  expectTypeOf(assignCloseness(graph, { attribute: 'c', disconnected: 'component' })).toEqualTypeOf<void>();
  // @ts-expect-error assign needs a graph
  assignCloseness(index);
  expectTypeOf(closenessIndexed(index, { getEdgeStrength: null, toDistance: 'inverse' })).toEqualTypeOf<Float64Array>();
  expectTypeOf(closenessIndexed).parameter(1).toEqualTypeOf<ClosenessIndexedOptions | undefined>();
  // @ts-expect-error an attribute name needs the graph
  closenessIndexed(index, { getEdgeStrength: 'calls' });
  // @ts-expect-error a graph is not an index
  closenessIndexed(graph);
});
