import { expectTypeOf, test } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import {
  assignNeighborhoodOverlap,
  buildIndex,
  neighborhoodOverlap,
  neighborhoodOverlapIndexed,
  type CsrIndex,
  type TieMetric,
  type TieValue,
} from '../../src/index.js';

test('neighborhoodOverlap returns TieValue rows for a graph and an index; the indexed variant a Float64Array', () => {
  const g = new UndirectedGraph<{ team: string }, { weight: number }>();
  const index = buildIndex(g);
  expectTypeOf(neighborhoodOverlap(g)).toEqualTypeOf<TieMetric>();
  expectTypeOf(neighborhoodOverlap(index, { projection: 'mutual' })).toEqualTypeOf<TieMetric>();
  expectTypeOf(neighborhoodOverlap(new DirectedGraph())[0]!).toEqualTypeOf<TieValue>();
  expectTypeOf(neighborhoodOverlapIndexed(index)).toEqualTypeOf<Float64Array>();
  expectTypeOf(neighborhoodOverlapIndexed).parameter(0).toEqualTypeOf<CsrIndex>();
  expectTypeOf(assignNeighborhoodOverlap(g, { attribute: 'overlap' })).toEqualTypeOf<void>();
});

test('neighborhoodOverlap refuses misuse', () => {
  const g = new UndirectedGraph();
  const index = buildIndex(g);
  // @ts-expect-error a projection that does not exist
  neighborhoodOverlap(g, { projection: 'both' });
  // @ts-expect-error structural: no strengths are read
  neighborhoodOverlap(g, { getEdgeStrength: 'weight' });
  // @ts-expect-error the attribute belongs to assignNeighborhoodOverlap
  neighborhoodOverlap(g, { attribute: 'o' });
  // @ts-expect-error the indexed variant takes an index, not a graph
  neighborhoodOverlapIndexed(g);
  // @ts-expect-error assign writes to a graph, not an index
  assignNeighborhoodOverlap(index);
  // @ts-expect-error rows, not a record keyed by edge
  neighborhoodOverlap(g).ab.toFixed();
});
