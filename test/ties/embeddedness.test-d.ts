import { expectTypeOf, test } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import {
  assignEmbeddedness,
  buildIndex,
  embeddedness,
  embeddednessIndexed,
  type CsrIndex,
  type TieMetric,
  type TieValue,
} from '../../src/index.js';

test('embeddedness returns TieValue rows for a graph and an index; the indexed variant a Float64Array', () => {
  const g = new UndirectedGraph<{ team: string }, { weight: number }>();
  const index = buildIndex(g);
  expectTypeOf(embeddedness(g)).toEqualTypeOf<TieMetric>();
  expectTypeOf(embeddedness(index, { projection: 'mutual' })).toEqualTypeOf<TieMetric>();
  expectTypeOf(embeddedness(new DirectedGraph())[0]!).toEqualTypeOf<TieValue>();
  expectTypeOf(embeddednessIndexed(index)).toEqualTypeOf<Float64Array>();
  expectTypeOf(embeddednessIndexed).parameter(0).toEqualTypeOf<CsrIndex>();
  expectTypeOf(assignEmbeddedness(g, { attribute: 'common' })).toEqualTypeOf<void>();
});

test('embeddedness refuses misuse', () => {
  const g = new UndirectedGraph();
  const index = buildIndex(g);
  // @ts-expect-error a projection that does not exist
  embeddedness(g, { projection: 'both' });
  // @ts-expect-error structural: no strengths are read
  embeddedness(g, { getEdgeStrength: 'weight' });
  // @ts-expect-error the attribute belongs to assignEmbeddedness
  embeddedness(g, { attribute: 'o' });
  // @ts-expect-error the indexed variant takes an index, not a graph
  embeddednessIndexed(g);
  // @ts-expect-error assign writes to a graph, not an index
  assignEmbeddedness(index);
  // @ts-expect-error rows, not a record keyed by edge
  embeddedness(g).ab.toFixed();
});
