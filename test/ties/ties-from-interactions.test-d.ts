import { expectTypeOf, test } from 'vitest';
import { tiesFromInteractions, type InteractionEvent, type InteractionTies, type InteractionTiesIndex } from '../../src/index.js';

declare const events: InteractionEvent[];
declare const stream: AsyncIterable<InteractionEvent>;

test('tiesFromInteractions: sync for an iterable, a promise for an async iterable; graph or index', async () => {
  expectTypeOf(tiesFromInteractions(events)).toEqualTypeOf<InteractionTies>();
  expectTypeOf(tiesFromInteractions(events, { as: 'index', halfLifeDays: 30 })).toEqualTypeOf<InteractionTiesIndex>();
  expectTypeOf(tiesFromInteractions(stream)).toEqualTypeOf<Promise<InteractionTies>>();
  expectTypeOf(await tiesFromInteractions(stream, { as: 'index' })).toEqualTypeOf<InteractionTiesIndex>();
  // @ts-expect-error the alias window was retired: windowDays
  tiesFromInteractions(events, { window: 30 });
  // @ts-expect-error scaling is 'max' | 'none'
  tiesFromInteractions(events, { scaling: 'z' });
});
