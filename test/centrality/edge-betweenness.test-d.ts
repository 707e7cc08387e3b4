import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  buildIndex,
  edgeBetweenness,
  assignEdgeBetweenness,
  edgeBetweennessIndexed,
  type TieMetric,
  type TieValue,
  type EdgeBetweennessIndexedOptions,
} from '../../src/index.js';

type Edge = { calls: number; label: string };
const graph = new UndirectedGraph<{ name: string }, Edge>();
const index = buildIndex(graph);

test('edgeBetweenness returns TieValue[] for a graph and for an index alike', () => {
  expectTypeOf(edgeBetweenness(graph)).toEqualTypeOf<TieMetric>();
  expectTypeOf(edgeBetweenness(index)).toEqualTypeOf<TieMetric>();
  expectTypeOf(edgeBetweenness(graph)[0]!).toEqualTypeOf<TieValue>();
  expectTypeOf(edgeBetweenness(graph, { getEdgeDistance: 'calls', samples: 4, seed: 2 })).toEqualTypeOf<TieValue[]>();
  expectTypeOf(edgeBetweenness(index, { getEdgeDistance: null, normalized: false })).toEqualTypeOf<TieValue[]>();
  // @ts-expect-error getEdgeStrength accepts only keys of the edge attributes
  edgeBetweenness(graph, { getEdgeStrength: 'cals' });
  // @ts-expect-error endpoints are always counted: no option
  edgeBetweenness(graph, { endpoints: true });
  // @ts-expect-error sampling is samples: number
  edgeBetweenness(graph, { sample: { sources: 2 } });
  // @ts-expect-error the result is rows, not a record by edge key
  const byKey: Record<string, number> = edgeBetweenness(graph);
});

test('assignEdgeBetweenness writes an edge attribute; edgeBetweennessIndexed returns a Float64Array', () => {
  expectTypeOf(assignEdgeBetweenness(graph, { attribute: 'eb', getEdgeStrength: 'calls' })).toEqualTypeOf<void>();
  // @ts-expect-error assign needs a graph
  assignEdgeBetweenness(index);
  expectTypeOf(edgeBetweennessIndexed(index, { getEdgeStrength: null })).toEqualTypeOf<Float64Array>();
  expectTypeOf(edgeBetweennessIndexed).parameter(1).toEqualTypeOf<EdgeBetweennessIndexedOptions | undefined>();
  // @ts-expect-error a getter needs the graph
  edgeBetweennessIndexed(index, { getEdgeDistance: () => 1 });
  // @ts-expect-error attribute belongs to assignEdgeBetweenness
  edgeBetweennessIndexed(index, { attribute: 'eb' });
});
