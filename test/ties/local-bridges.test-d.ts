import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, localBridges, type LocalBridge } from '../../src/index.js';

test('localBridges returns the local bridges with their spans', () => {
  const g = new UndirectedGraph<{ team: string }, { calls: number; km: number }>();
  expectTypeOf(localBridges(g)).toEqualTypeOf<LocalBridge[]>();
  expectTypeOf(localBridges(g, { getEdgeStrength: 'calls', toDistance: 'negLog' })).toEqualTypeOf<LocalBridge[]>();
  expectTypeOf(localBridges(g, { getEdgeDistance: 'km' })).toEqualTypeOf<LocalBridge[]>();
  expectTypeOf(localBridges(g, { withSpan: false })).toEqualTypeOf<LocalBridge[]>();
  expectTypeOf(localBridges(buildIndex(g), { getEdgeDistance: null })[0]!.span).toEqualTypeOf<number>();
  expectTypeOf(localBridges(g, { threads: 2 })).toEqualTypeOf<LocalBridge[]>();
  expectTypeOf(localBridges(g, { threads: 'auto' })).toEqualTypeOf<LocalBridge[]>();
});

test('localBridges refuses misuse', () => {
  const g = new UndirectedGraph<{ team: string }, { calls: number; km: number }>();
  // @ts-expect-error 'miles' is not an edge attribute
  localBridges(g, { getEdgeDistance: 'miles' });
  // @ts-expect-error a toDistance that does not exist
  localBridges(g, { toDistance: 'log' });
  // @ts-expect-error threads is a count or 'auto'
  localBridges(g, { threads: 'all' });
  // @ts-expect-error rows carry a span, not a value
  localBridges(g)[0]!.value;
});
