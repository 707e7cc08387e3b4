import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, tieChurn, type TieChange, type TieChurn } from '../../src/index.js';

test('tieChurn compares two graphs or indexes', () => {
  const before = new UndirectedGraph<{ team: string }, { interactions: number }>();
  const after = new UndirectedGraph<{ team: string }, { interactions: number }>();
  expectTypeOf(tieChurn(before, after, { minChange: 1, change: 'relative', getEdgeStrength: 'interactions' })).toEqualTypeOf<TieChurn>();
  expectTypeOf(tieChurn(buildIndex(before), buildIndex(after))).toEqualTypeOf<TieChurn>();
  expectTypeOf(tieChurn(before, after).bridgesLost).toEqualTypeOf<TieChange[]>();
});

test('tieChurn refuses misuse', () => {
  const before = new UndirectedGraph<{ team: string }, { interactions: number }>();
  const after = new UndirectedGraph<{ team: string }, { interactions: number }>();
  // @ts-expect-error the old name of minChange
  tieChurn(before, after, { threshold: 1 });
  // @ts-expect-error change is 'absolute' or 'relative'
  tieChurn(before, after, { change: 'percent' });
  // @ts-expect-error 'interaction' is not an edge attribute
  tieChurn(before, after, { getEdgeStrength: 'interaction' });
});
