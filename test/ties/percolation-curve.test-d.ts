import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, percolationCurve, type PercolationPoint } from '../../src/index.js';

test('percolationCurve returns points for a graph and an index', () => {
  const g = new UndirectedGraph<{ team: string }, { calls: number }>();
  expectTypeOf(percolationCurve(g, { order: 'overlapAsc', steps: 10, seed: 7, getEdgeStrength: 'calls' })).toEqualTypeOf<PercolationPoint[]>();
  expectTypeOf(percolationCurve(buildIndex(g), { rng: () => 0.5, projection: 'mutual' })).toEqualTypeOf<PercolationPoint[]>();
});

test('percolationCurve refuses misuse', () => {
  const g = new UndirectedGraph<{ team: string }, { calls: number }>();
  // @ts-expect-error an order that does not exist
  percolationCurve(g, { order: 'weakest' });
  // @ts-expect-error rng returns a number
  percolationCurve(g, { rng: () => '0.5' });
  // @ts-expect-error 'call' is not an edge attribute
  percolationCurve(g, { getEdgeStrength: 'call' });
});
