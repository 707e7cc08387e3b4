import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, indexTies, type IndexTies, type CsrIndex } from '../../src/index.js';

test('indexTies(index) returns typed arrays', () => {
  const index = buildIndex(new UndirectedGraph());
  expectTypeOf(indexTies(index)).toEqualTypeOf<IndexTies>();
  expectTypeOf(indexTies).parameter(0).toEqualTypeOf<CsrIndex>();
  // @ts-expect-error a projection that does not exist
  indexTies(index, { projection: 'both' });
});
