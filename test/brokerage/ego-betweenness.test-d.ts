import { expectTypeOf, test } from 'vitest';
import { DirectedGraph } from 'graphology';
import {
  buildIndex,
  egoBetweenness,
  assignEgoBetweenness,
  egoBetweennessIndexed,
  type NodeMetric,
  type EgoBetweennessOptions,
} from '../../src/index.js';

const graph = new DirectedGraph<{ dept: string }, { calls: number }>();
const index = buildIndex(graph);

test('egoBetweenness returns a NodeMetric for a graph and for an index, and reads no strengths', () => {
  expectTypeOf(egoBetweenness(graph)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(egoBetweenness(index, {})).toEqualTypeOf<NodeMetric>();
  // @ts-expect-error ego betweenness counts hops: there is no getEdgeStrength
  egoBetweenness(graph, { getEdgeStrength: 'calls' });
  // @ts-expect-error attribute belongs to assignEgoBetweenness
  egoBetweenness(graph, { attribute: 'x' });
});

test('assignEgoBetweenness takes attribute; egoBetweennessIndexed returns a Float64Array', () => {
  expectTypeOf(assignEgoBetweenness(graph, { attribute: 'eb' })).toEqualTypeOf<void>();
  // @ts-expect-error assign needs a graph
  assignEgoBetweenness(index);
  expectTypeOf(egoBetweennessIndexed(index)).toEqualTypeOf<Float64Array>();
  expectTypeOf(egoBetweennessIndexed).parameter(1).toEqualTypeOf<EgoBetweennessOptions | undefined>();
  // @ts-expect-error a graph is not an index
  egoBetweennessIndexed(graph);
});
