import { expectTypeOf, test } from 'vitest';
import { tieStrengthSql, type SqlDialect, type TieStrengthSqlOptions } from '../../src/ties/tie-strength-sql.js';

test('tieStrengthSql: options with a required table, returns the SQL text', () => {
  expectTypeOf(tieStrengthSql({ table: 'events' })).toEqualTypeOf<string>();
  expectTypeOf(tieStrengthSql({ table: 'events', dialect: 'spark', channel: null, timeFormat: 'epochMs', halfLifeDays: 30 })).toEqualTypeOf<string>();
  expectTypeOf<TieStrengthSqlOptions['dialect']>().toEqualTypeOf<SqlDialect | undefined>();
  // @ts-expect-error table is required
  tieStrengthSql({ dialect: 'duckdb' });
  // @ts-expect-error the result is a relation: as does not apply
  tieStrengthSql({ table: 'events', as: 'index' });
  // @ts-expect-error invalid rows are skipped: onInvalidEvent does not apply
  tieStrengthSql({ table: 'events', onInvalidEvent: 'skip' });
  // @ts-expect-error the dialects are 'duckdb' and 'spark'
  tieStrengthSql({ table: 'events', dialect: 'postgres' });
  // @ts-expect-error from names a column: a string
  tieStrengthSql({ table: 'events', from: 0 });
});
