import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, overlapStrengthCorrelation, type OverlapStrengthCorrelation } from '../../src/index.js';

test('overlapStrengthCorrelation returns its report for a graph and an index', () => {
  const g = new UndirectedGraph<{ team: string }, { calls: number }>();
  expectTypeOf(overlapStrengthCorrelation(g, { getEdgeStrength: 'calls' })).toEqualTypeOf<OverlapStrengthCorrelation>();
  expectTypeOf(overlapStrengthCorrelation(buildIndex(g), { getEdgeStrength: null }).rho).toEqualTypeOf<number>();
});

test('overlapStrengthCorrelation refuses misuse', () => {
  const g = new UndirectedGraph<{ team: string }, { calls: number }>();
  // @ts-expect-error 'emails' is not an edge attribute
  overlapStrengthCorrelation(g, { getEdgeStrength: 'emails' });
  // @ts-expect-error a projection that does not exist
  overlapStrengthCorrelation(g, { projection: 'both' });
});
