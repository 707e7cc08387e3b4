import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, indexTies, isCsrIndex, type CsrIndex, type IndexTies } from '../../src/index.js';

interface Person {
  department: string;
}
interface Tie {
  emails: number;
  km: number;
}

test('buildIndex(graph, options) reads strengths and distances from typed edge attributes', () => {
  const graph = new UndirectedGraph<Person, Tie>();
  expectTypeOf(buildIndex(graph)).toEqualTypeOf<CsrIndex>();
  buildIndex(graph, { getEdgeStrength: 'emails', getEdgeDistance: 'km' });
  buildIndex(graph, { getEdgeStrength: (_edge, attributes) => attributes.emails, getEdgeDistance: null });
  // @ts-expect-error an attribute the edge type does not have
  buildIndex(graph, { getEdgeStrength: 'weigth' });
  // @ts-expect-error graphology's ambiguous getEdgeWeight is not an option
  buildIndex(graph, { getEdgeWeight: 'emails' });
  // @ts-expect-error a getter returns a number
  buildIndex(graph, { getEdgeStrength: () => 'strong' });
});

test('CsrIndex and indexTies', () => {
  const index = buildIndex(new UndirectedGraph());
  expectTypeOf(index.collect(new Float64Array(index.order))).toEqualTypeOf<Record<string, number>>();
  expectTypeOf(index.keys).toEqualTypeOf<readonly string[]>();
  expectTypeOf(indexTies(index, { projection: 'mutual' })).toEqualTypeOf<IndexTies>();
  expectTypeOf(isCsrIndex).guards.toEqualTypeOf<CsrIndex>();
  // @ts-expect-error indexTies takes an index, not a graph
  indexTies(new UndirectedGraph());
});
