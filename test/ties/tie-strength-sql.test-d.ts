import { expectTypeOf, test } from 'vitest';
import { tieStrengthSql, type SqlDialect, type TieStrengthSqlOptions } from '../../src/ties/tie-strength-sql.js';

test('tieStrengthSql: the events table or query, then options; returns the SQL text', () => {
  expectTypeOf(tieStrengthSql('events')).toEqualTypeOf<string>();
  expectTypeOf(tieStrengthSql('events', { dialect: 'spark', channel: null, timeFormat: 'epochMs', halfLifeDays: 30 })).toEqualTypeOf<string>();
  expectTypeOf<TieStrengthSqlOptions['dialect']>().toEqualTypeOf<SqlDialect | undefined>();
  // @ts-expect-error the input is required
  tieStrengthSql({ dialect: 'duckdb' });
  // @ts-expect-error the input is an argument, not an option
  tieStrengthSql('events', { table: 'events' });
  // @ts-expect-error the result is a relation: as does not apply
  tieStrengthSql('events', { as: 'index' });
  // @ts-expect-error invalid rows are skipped: onInvalidEvent does not apply
  tieStrengthSql('events', { onInvalidEvent: 'skip' });
  // @ts-expect-error the dialects are 'duckdb' and 'spark'
  tieStrengthSql('events', { dialect: 'postgres' });
  // @ts-expect-error from names a column: a string
  tieStrengthSql('events', { from: 0 });
});
