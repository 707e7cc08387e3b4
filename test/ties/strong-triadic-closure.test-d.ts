import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, strongTriadicClosureViolations, type ForbiddenTriad } from '../../src/index.js';

test('strongTriadicClosureViolations takes every form of strongTies', () => {
  const g = new UndirectedGraph<{ team: string }, { calls: number; tie: 'strong' | 'weak' }>();
  expectTypeOf(strongTriadicClosureViolations(g)).toEqualTypeOf<ForbiddenTriad[]>();
  expectTypeOf(strongTriadicClosureViolations(g, { strongTies: 3, getEdgeStrength: 'calls' })).toEqualTypeOf<ForbiddenTriad[]>();
  expectTypeOf(strongTriadicClosureViolations(g, { strongTies: { method: 'quantile', quantile: 0.75 } })).toEqualTypeOf<ForbiddenTriad[]>();
  expectTypeOf(strongTriadicClosureViolations(g, { strongTies: 'tie' })).toEqualTypeOf<ForbiddenTriad[]>();
  expectTypeOf(strongTriadicClosureViolations(g, { strongTies: (_e, attributes) => attributes.calls > 10 })).toEqualTypeOf<ForbiddenTriad[]>();
  expectTypeOf(strongTriadicClosureViolations(buildIndex(g, { getEdgeStrength: 'calls' }), { strongTies: { method: 'jenks' } })).toEqualTypeOf<ForbiddenTriad[]>();
});

test('strongTriadicClosureViolations refuses misuse', () => {
  const g = new UndirectedGraph<{ team: string }, { calls: number; tie: 'strong' | 'weak' }>();
  // @ts-expect-error the old name of strongTies
  strongTriadicClosureViolations(g, { isStrong: 'tie' });
  // @ts-expect-error 'ties' is not an edge attribute
  strongTriadicClosureViolations(g, { strongTies: 'ties' });
  // @ts-expect-error a classifyTies method that does not exist
  strongTriadicClosureViolations(g, { strongTies: { method: 'median' } });
  // @ts-expect-error a projection that does not exist
  strongTriadicClosureViolations(g, { projection: 'both' });
});
