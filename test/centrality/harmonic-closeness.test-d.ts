import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  buildIndex,
  harmonicCloseness,
  assignHarmonicCloseness,
  harmonicClosenessIndexed,
  type NodeMetric,
  type HarmonicClosenessIndexedOptions,
} from '../../src/index.js';

type Edge = { calls: number; km: number };
const graph = new UndirectedGraph<{ dept: string }, Edge>();
const index = buildIndex(graph);

test('harmonicCloseness returns a NodeMetric for a graph and for an index', () => {
  expectTypeOf(harmonicCloseness(graph)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(harmonicCloseness(index, { getEdgeDistance: null, normalized: true, direction: 'in' })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(harmonicCloseness(graph, { getEdgeStrength: 'calls', toDistance: (s) => 2 / s })).toEqualTypeOf<NodeMetric>();
  // @ts-expect-error getEdgeStrength accepts only keys of the edge attributes
  harmonicCloseness(graph, { getEdgeStrength: 'cals' });
  // @ts-expect-error normalized is a boolean
  harmonicCloseness(graph, { normalized: 'yes' });
  // @ts-expect-error attribute belongs to assignHarmonicCloseness
  harmonicCloseness(graph, { attribute: 'h' });
});

test('assignHarmonicCloseness and harmonicClosenessIndexed', () => {
  expectTypeOf(assignHarmonicCloseness(graph, { attribute: 'h' })).toEqualTypeOf<void>();
  // @ts-expect-error assign needs a graph
  assignHarmonicCloseness(index);
  expectTypeOf(harmonicClosenessIndexed(index)).toEqualTypeOf<Float64Array>();
  expectTypeOf(harmonicClosenessIndexed).parameter(1).toEqualTypeOf<HarmonicClosenessIndexedOptions | undefined>();
  // @ts-expect-error a getter needs the graph
  harmonicClosenessIndexed(index, { getEdgeDistance: () => 1 });
});
