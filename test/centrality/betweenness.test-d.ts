import { expectTypeOf, test } from 'vitest';
import { DirectedGraph } from 'graphology';
import {
  buildIndex,
  betweenness,
  assignBetweenness,
  betweennessIndexed,
  betweennessDetailed,
  BETWEENNESS_DEFAULTS,
  type NodeMetric,
  type BetweennessDetailed,
  type BetweennessIndexedOptions,
} from '../../src/index.js';

type Edge = { calls: number; km: number };
const graph = new DirectedGraph<{ dept: string }, Edge>();
const index = buildIndex(graph);

test('betweenness returns a NodeMetric for a graph and for an index', () => {
  expectTypeOf(betweenness(graph)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(betweenness(index, { getEdgeDistance: null, samples: 10, seed: 7 })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(betweenness(graph, { getEdgeDistance: 'km', normalized: false, endpoints: true })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(betweenness(graph, { getEdgeStrength: 'calls', toDistance: (s) => 1 / s, rng: Math.random })).toEqualTypeOf<NodeMetric>();
  // @ts-expect-error getEdgeDistance accepts only keys of the edge attributes
  betweenness(graph, { getEdgeDistance: 'kms' });
  // @ts-expect-error sampling is samples: number, not sample: { sources }
  betweenness(graph, { sample: { sources: 10 } });
  // @ts-expect-error samples is a number
  betweenness(graph, { samples: '10' });
  // @ts-expect-error toDistance is 'inverse' | 'negLog' | 'maxMinus' | a function
  betweenness(graph, { toDistance: 'log' });
  // @ts-expect-error attribute belongs to assignBetweenness
  betweenness(graph, { attribute: 'b' });
});

test('assignBetweenness, betweennessIndexed and betweennessDetailed', () => {
  expectTypeOf(assignBetweenness(graph, { attribute: 'b', samples: 3 })).toEqualTypeOf<void>();
  // @ts-expect-error assign needs a graph
  assignBetweenness(index);
  expectTypeOf(betweennessIndexed(index, { getEdgeStrength: null, samples: 3 })).toEqualTypeOf<Float64Array>();
  expectTypeOf(betweennessIndexed).parameter(1).toEqualTypeOf<BetweennessIndexedOptions | undefined>();
  // @ts-expect-error an attribute name needs the graph
  betweennessIndexed(index, { getEdgeDistance: 'km' });
  // @ts-expect-error a graph is not an index
  betweennessIndexed(graph);
  expectTypeOf(betweennessDetailed(graph, { samples: 3, seed: 1 })).toEqualTypeOf<BetweennessDetailed>();
  expectTypeOf(betweennessDetailed(index).pivots).toEqualTypeOf<string[] | null>();
  // @ts-expect-error pivots may be null (exact)
  betweennessDetailed(graph).pivots.length;
  expectTypeOf(BETWEENNESS_DEFAULTS.samples).toEqualTypeOf<number | undefined>();
});
