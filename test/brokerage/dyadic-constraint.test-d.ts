import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, dyadicConstraint, type NodeMetric } from '../../src/index.js';

const graph = new UndirectedGraph<{ dept: string }, { calls: number }>();
const index = buildIndex(graph);

test('dyadicConstraint(input, node, options) returns the values keyed by contact', () => {
  expectTypeOf(dyadicConstraint(graph, 'a1')).toEqualTypeOf<NodeMetric>();
  expectTypeOf(dyadicConstraint(index, 'a1', { getEdgeStrength: null, model: 'ego' })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(dyadicConstraint(graph, 'a1', { getEdgeStrength: 'calls' })).toEqualTypeOf<NodeMetric>();
  // @ts-expect-error the node is positional, not an option
  dyadicConstraint(graph, { node: 'a1' });
  // @ts-expect-error getEdgeStrength accepts only keys of the edge attributes
  dyadicConstraint(graph, 'a1', { getEdgeStrength: 'cals' });
  // @ts-expect-error there is no assign variant, hence no attribute
  dyadicConstraint(graph, 'a1', { attribute: 'c' });
});
