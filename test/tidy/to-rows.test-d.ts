import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { constraint, keyPersonRisk, toRows, toTables, type TidyRow, type TidyTables } from '../../src/index.js';

test('toRows returns rows and toTables named tables, for any result', () => {
  const g = new UndirectedGraph();
  expectTypeOf(toRows(constraint(g))).toEqualTypeOf<TidyRow[]>();
  expectTypeOf(toRows(keyPersonRisk(g), { table: 'people', listSeparator: '|' })).toEqualTypeOf<TidyRow[]>();
  expectTypeOf(toTables(keyPersonRisk(g))).toEqualTypeOf<TidyTables>();
  // @ts-expect-error toTables returns every table: it takes no table option
  toTables(keyPersonRisk(g), { table: 'people' });
});
