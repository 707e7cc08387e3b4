import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, moderatelyWeakTies, type ModeratelyWeakTie } from '../../src/index.js';

test('moderatelyWeakTies takes the person positionally', () => {
  const g = new UndirectedGraph<{ team: string }, { calls: number }>();
  expectTypeOf(moderatelyWeakTies(g, 'a')).toEqualTypeOf<ModeratelyWeakTie[]>();
  expectTypeOf(moderatelyWeakTies(g, 'a', { measure: 'strength', band: [0, 0.25], getEdgeStrength: 'calls' })).toEqualTypeOf<ModeratelyWeakTie[]>();
  expectTypeOf(moderatelyWeakTies(buildIndex(g), 'a')).toEqualTypeOf<ModeratelyWeakTie[]>();
});

test('moderatelyWeakTies refuses misuse', () => {
  const g = new UndirectedGraph<{ team: string }, { calls: number }>();
  // @ts-expect-error the person is required
  moderatelyWeakTies(g);
  // @ts-expect-error a measure that does not exist
  moderatelyWeakTies(g, 'a', { measure: 'overlap' });
  // @ts-expect-error 'call' is not an edge attribute
  moderatelyWeakTies(g, 'a', { getEdgeStrength: 'call' });
});
