import { expectTypeOf, test } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import {
  assignNeighborhoodJaccard,
  buildIndex,
  neighborhoodJaccard,
  neighborhoodJaccardIndexed,
  type CsrIndex,
  type TieMetric,
  type TieValue,
} from '../../src/index.js';

test('neighborhoodJaccard returns TieValue rows for a graph and an index; the indexed variant a Float64Array', () => {
  const g = new UndirectedGraph<{ team: string }, { weight: number }>();
  const index = buildIndex(g);
  expectTypeOf(neighborhoodJaccard(g)).toEqualTypeOf<TieMetric>();
  expectTypeOf(neighborhoodJaccard(index, { projection: 'mutual' })).toEqualTypeOf<TieMetric>();
  expectTypeOf(neighborhoodJaccard(new DirectedGraph())[0]!).toEqualTypeOf<TieValue>();
  expectTypeOf(neighborhoodJaccardIndexed(index)).toEqualTypeOf<Float64Array>();
  expectTypeOf(neighborhoodJaccardIndexed).parameter(0).toEqualTypeOf<CsrIndex>();
  expectTypeOf(assignNeighborhoodJaccard(g, { attribute: 'overlap' })).toEqualTypeOf<void>();
});

test('neighborhoodJaccard refuses misuse', () => {
  const g = new UndirectedGraph();
  const index = buildIndex(g);
  // @ts-expect-error a projection that does not exist
  neighborhoodJaccard(g, { projection: 'both' });
  // @ts-expect-error structural: no strengths are read
  neighborhoodJaccard(g, { getEdgeStrength: 'weight' });
  // @ts-expect-error the attribute belongs to assignNeighborhoodJaccard
  neighborhoodJaccard(g, { attribute: 'o' });
  // @ts-expect-error the indexed variant takes an index, not a graph
  neighborhoodJaccardIndexed(g);
  // @ts-expect-error assign writes to a graph, not an index
  assignNeighborhoodJaccard(index);
  // @ts-expect-error rows, not a record keyed by edge
  neighborhoodJaccard(g).ab.toFixed();
});
