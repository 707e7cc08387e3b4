import { expectTypeOf, test } from 'vitest';
import { DirectedGraph } from 'graphology';
import {
  assignReachEfficiency,
  buildIndex,
  reachEfficiency,
  reachEfficiencyIndexed,
  type CsrIndex,
  type NodeMetric,
} from '../../src/index.js';

const graph = new DirectedGraph<{ team: string }, { weight: number }>();
const index = buildIndex(graph);

test('reachEfficiency returns a NodeMetric for a graph and an index', () => {
  expectTypeOf(reachEfficiency(graph)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(reachEfficiency(index, { k: 3, via: 'strong', strongTies: { method: 'jenks' }, direction: 'in', threads: 2 })).toEqualTypeOf<NodeMetric>();
  reachEfficiency(graph, { getEdgeStrength: 'weight' });
  // @ts-expect-error an attribute the edges do not have
  reachEfficiency(graph, { getEdgeStrength: 'strength' });
  // @ts-expect-error reachEfficiency is a ratio of counts: no normalized option
  reachEfficiency(graph, { normalized: true });
  // @ts-expect-error attribute belongs to assignReachEfficiency
  reachEfficiency(graph, { attribute: 're' });
});

test('assignReachEfficiency returns nothing', () => {
  expectTypeOf(assignReachEfficiency(graph, { attribute: 're' })).toEqualTypeOf<void>();
  // @ts-expect-error an index cannot be written to
  assignReachEfficiency(index);
});

test('reachEfficiencyIndexed takes an index and returns a Float64Array', () => {
  expectTypeOf(reachEfficiencyIndexed(index, { getEdgeStrength: null, k: 2 })).toEqualTypeOf<Float64Array>();
  expectTypeOf(reachEfficiencyIndexed).parameter(0).toEqualTypeOf<CsrIndex>();
  // @ts-expect-error a predicate rule needs the graph's edges
  reachEfficiencyIndexed(index, { strongTies: () => true });
  // @ts-expect-error a graph is not an index
  reachEfficiencyIndexed(graph);
});
