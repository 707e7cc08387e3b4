import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  assignDisparityFilter,
  buildIndex,
  disparityFilter,
  disparityFilterIndexed,
  type CsrIndex,
  type TieMetric,
} from '../../src/index.js';

test('disparityFilter returns TieValue rows for a graph and an index; the indexed variant a Float64Array', () => {
  const g = new UndirectedGraph<{ team: string }, { emails: number }>();
  const index = buildIndex(g, { getEdgeStrength: 'emails' });
  expectTypeOf(disparityFilter(g, { getEdgeStrength: 'emails' })).toEqualTypeOf<TieMetric>();
  expectTypeOf(disparityFilter(g, { getEdgeStrength: (_edge, attributes) => attributes.emails })).toEqualTypeOf<TieMetric>();
  expectTypeOf(disparityFilter(index)).toEqualTypeOf<TieMetric>();
  expectTypeOf(disparityFilterIndexed(index, { getEdgeStrength: null })).toEqualTypeOf<Float64Array>();
  expectTypeOf(disparityFilterIndexed).parameter(0).toEqualTypeOf<CsrIndex>();
  expectTypeOf(assignDisparityFilter(g, { getEdgeStrength: 'emails', attribute: 'alpha' })).toEqualTypeOf<void>();
});

test('disparityFilter refuses misuse', () => {
  const g = new UndirectedGraph<{ team: string }, { emails: number }>();
  const index = buildIndex(g);
  // @ts-expect-error 'email' is not an edge attribute
  disparityFilter(g, { getEdgeStrength: 'email' });
  // @ts-expect-error the attribute belongs to assignDisparityFilter
  disparityFilter(g, { attribute: 'alpha' });
  // @ts-expect-error an index holds no attributes: only null
  disparityFilterIndexed(index, { getEdgeStrength: 'weight' });
  // @ts-expect-error the indexed variant takes an index
  disparityFilterIndexed(g);
  // @ts-expect-error assign writes to a graph
  assignDisparityFilter(index);
  // @ts-expect-error rows, not a record keyed by edge
  disparityFilter(g).ab.toFixed();
});
