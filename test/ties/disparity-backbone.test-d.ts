import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, disparityBackbone, type DisparityBackbone, type DisparityBackboneIndex } from '../../src/index.js';

test('disparityBackbone returns a graph for a graph and an index for an index', () => {
  const g = new UndirectedGraph<{ team: string }, { emails: number }>();
  expectTypeOf(disparityBackbone(g, { alpha: 0.1, getEdgeStrength: 'emails', attribute: 'p' })).toEqualTypeOf<DisparityBackbone>();
  expectTypeOf(disparityBackbone(buildIndex(g))).toEqualTypeOf<DisparityBackboneIndex>();
  expectTypeOf(disparityBackbone(buildIndex(g)).disparity).toEqualTypeOf<Float64Array>();
});

test('disparityBackbone refuses misuse', () => {
  const g = new UndirectedGraph<{ team: string }, { emails: number }>();
  // @ts-expect-error 'email' is not an edge attribute
  disparityBackbone(g, { getEdgeStrength: 'email' });
  // @ts-expect-error alpha is a number
  disparityBackbone(g, { alpha: '0.05' });
  // @ts-expect-error an index result has no graph
  disparityBackbone(buildIndex(g)).graph;
});
