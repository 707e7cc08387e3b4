import { expectTypeOf, test } from 'vitest';
import { DEFAULT_STRONG_TIE_RULE, type StrongTieRule } from '../../src/index.js';

test('StrongTieRule: threshold, classifyTies rule, attribute of the edge type, or predicate', () => {
  type Edge = { calls: number; tie: 'strong' | 'weak' };
  expectTypeOf(3).toMatchTypeOf<StrongTieRule<Edge>>();
  expectTypeOf({ method: 'quantile' as const, quantile: 0.5 }).toMatchTypeOf<StrongTieRule<Edge>>();
  expectTypeOf('tie' as const).toMatchTypeOf<StrongTieRule<Edge>>();
  expectTypeOf((_e: string, a: Edge) => a.calls > 3).toMatchTypeOf<StrongTieRule<Edge>>();
  expectTypeOf(DEFAULT_STRONG_TIE_RULE).toMatchTypeOf<StrongTieRule>();
  expectTypeOf('ties' as const).not.toMatchTypeOf<StrongTieRule<Edge>>();
  expectTypeOf({ method: 'median' as const }).not.toMatchTypeOf<StrongTieRule<Edge>>();
});
