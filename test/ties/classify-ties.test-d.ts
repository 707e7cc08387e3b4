import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { assignClassifyTies, buildIndex, classifyTies, type ClassifiedTie, type ClassifyTiesResult } from '../../src/index.js';

test('classifyTies has one result type for a graph and an index; assignClassifyTies writes', () => {
  const g = new UndirectedGraph<{ team: string }, { emails: number; tie?: string }>();
  expectTypeOf(classifyTies(g, { method: 'quantile', quantile: 0.75, getEdgeStrength: 'emails' })).toEqualTypeOf<ClassifyTiesResult>();
  expectTypeOf(classifyTies(buildIndex(g))).toEqualTypeOf<ClassifyTiesResult>();
  expectTypeOf(classifyTies(g).ties).toEqualTypeOf<ClassifiedTie[]>();
  expectTypeOf(classifyTies(g).ties[0]!.tie).toEqualTypeOf<'strong' | 'weak'>();
  expectTypeOf(assignClassifyTies(g, { method: 'granovetterFreeman', attribute: 'class' })).toEqualTypeOf<void>();
});

test('classifyTies refuses misuse', () => {
  const g = new UndirectedGraph<{ team: string }, { emails: number }>();
  // @ts-expect-error the attribute belongs to assignClassifyTies
  classifyTies(g, { attribute: 'tie' });
  // @ts-expect-error a method that does not exist
  classifyTies(g, { method: 'kmeans' });
  // @ts-expect-error 'email' is not an edge attribute
  classifyTies(g, { getEdgeStrength: 'email' });
  // @ts-expect-error assign writes to a graph
  assignClassifyTies(buildIndex(g));
  // @ts-expect-error classifyTies returns a report, not void
  const nothing: void = classifyTies(g);
  void nothing;
});
