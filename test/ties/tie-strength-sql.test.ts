/**
 * tieStrengthSql against tiesFromInteractions: the generated SQL, run in an in-memory DuckDB on
 * every log and option combination of the tiesFromInteractions tests (and a fast-check property
 * over random logs and options), gives the same ties with the same indicators to 1e-9 relative;
 * the SQL text of both dialects is pinned by golden files; bad options throw InvalidOptionError.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { InvalidOptionError } from '../../src/errors.js';
import { TIE_INDICATORS, type InteractionEvent, type TiesFromInteractionsOptions } from '../../src/ties/ties-from-interactions.js';
import { TIE_STRENGTH_SQL_DEFAULTS } from '../../src/ties/tie-strength-sql.js';
import {
  ARB_EVENT,
  ARB_OPTIONS,
  CASES,
  COMPANY,
  COMPANY_OPTIONS,
  DAY,
  differences,
  HAND,
  jsTies,
  loadEvents,
  LOG,
  openDuckDb,
  query,
  shapeOf,
  sqlFor,
  sqlOptions,
  sqlTies,
  type SqlCall,
  T0,
  type TableShape,
} from './tie-strength-sql-helpers.js';

let connection: DuckDBConnection;
let tableCount = 0;

beforeAll(async () => {
  connection = await openDuckDb();
});

afterAll(() => {
  connection.closeSync();
});

/** Loads the events into a fresh table and returns its name and shape. */
async function load(events: readonly InteractionEvent[], shape: TableShape = shapeOf(events)): Promise<{ table: string; shape: TableShape }> {
  const table = `events_${tableCount++}`;
  await loadEvents(connection, table, events, shape);
  return { table, shape };
}

async function expectEqual(events: readonly InteractionEvent[], options: TiesFromInteractionsOptions, shape?: TableShape): Promise<void> {
  const { table, shape: used } = await load(events, shape);
  const actual = await sqlTies(connection, sqlOptions(table, used, options));
  expect(differences(actual, jsTies(events, options))).toEqual([]);
}

describe('tieStrengthSql in DuckDB equals tiesFromInteractions (1e-9 relative)', () => {
  for (const { name, events, options } of CASES) {
    describe(name, () => {
      it.each(options.map((o) => [JSON.stringify(o), o] as const))('with %s', async (_label, o) => {
        await expectEqual(events, o);
      });
    });
  }

  it('with every optional column present but empty (the log carries no channel, duration or recipients)', async () => {
    await expectEqual(
      LOG.map(({ from, to, at }) => ({ from, to, at })),
      HAND,
      { timeFormat: 'timestamp', channel: true, durationSeconds: true, recipients: true },
    );
  });

  it('with times as epoch milliseconds (timeFormat: epochMs)', async () => {
    await expectEqual(LOG, HAND, { ...shapeOf(LOG), timeFormat: 'epochMs' });
    await expectEqual(LOG, { halfLifeDays: 10, windowDays: 15 }, { ...shapeOf(LOG), timeFormat: 'epochMs' });
  });

  describe('on the synthetic company (14,116 events)', () => {
    it.each(COMPANY_OPTIONS.map((o) => [JSON.stringify(o), o] as const))('with %s', async (_label, o) => {
      await expectEqual(COMPANY, o);
    });
  });
});

describe('tieStrengthSql: inputs', () => {
  it('reads TIMESTAMPTZ times, integer ids and recipients, renamed columns, a dotted table name', async () => {
    await connection.run('CREATE SCHEMA IF NOT EXISTS crm');
    await connection.run(`CREATE OR REPLACE TABLE crm."Touch Log" AS SELECT
        CAST(f AS BIGINT) AS "sender id", CAST(t AS BIGINT) AS "to", ts AS "when",
        ch AS "kanal", CAST(r AS INTEGER) AS "n""recipients" FROM (VALUES
        (1, 2, TIMESTAMPTZ '2024-01-01 02:00:00+02', 'email', 1),
        (2, 1, TIMESTAMPTZ '2024-01-05 12:00:00.123456+00', 'chat', 3),
        (1, 3, TIMESTAMPTZ '2024-01-03 00:00:00+00', NULL, NULL)) AS v(f, t, ts, ch, r)`);
    // A dotted name with a space cannot be written as a name: use a parenthesised query.
    const options: SqlCall = {
      table: '(SELECT * FROM crm."Touch Log")',
      from: 'sender id',
      at: 'when',
      channel: 'kanal',
      durationSeconds: null,
      recipients: 'n"recipients',
      halfLifeDays: 7,
    };
    const rows = await sqlTies(connection, options);
    const events: InteractionEvent[] = [
      { from: 1, to: 2, at: '2024-01-01T00:00:00Z', channel: 'email', recipients: 1 },
      { from: 2, to: 1, at: '2024-01-05T12:00:00.123Z', channel: 'chat', recipients: 3 },
      { from: 1, to: 3, at: '2024-01-03T00:00:00Z' },
    ];
    expect(differences(rows, jsTies(events, { halfLifeDays: 7 }))).toEqual([]);

    await connection.run('CREATE OR REPLACE TABLE crm.touches AS SELECT * FROM crm."Touch Log"');
    const named = await sqlTies(connection, { ...options, table: 'crm.touches' });
    expect(named).toEqual(rows);
  });

  it('reads a DATE time column as midnight UTC, as tiesFromInteractions reads a date', async () => {
    await connection.run(`CREATE OR REPLACE TABLE dated AS SELECT * FROM (VALUES
        ('a', 'b', DATE '2024-01-01'), ('b', 'a', DATE '2024-02-10'), ('a', 'c', DATE '1969-07-20')) AS v("from", "to", "at")`);
    const rows = await sqlTies(connection, { table: 'dated', channel: null, durationSeconds: null, recipients: null, halfLifeDays: 30 });
    const events = [
      { from: 'a', to: 'b', at: '2024-01-01' },
      { from: 'b', to: 'a', at: '2024-02-10' },
      { from: 'a', to: 'c', at: '1969-07-20' },
    ];
    expect(differences(rows, jsTies(events, { halfLifeDays: 30 }))).toEqual([]);
  });

  it('returns one row per tie with the documented column names and types', async () => {
    const { table, shape } = await load(LOG);
    const sql = sqlFor(sqlOptions(table, shape, HAND));
    const described = await query(connection, `DESCRIBE (${sql})`);
    expect(described.map((row) => [row.column_name, row.column_type])).toEqual([
      ['source', 'VARCHAR'],
      ['target', 'VARCHAR'],
      ['strength', 'DOUBLE'],
      ['interactions', 'BIGINT'],
      ['sourceInitiated', 'BIGINT'],
      ['targetInitiated', 'BIGINT'],
      ['firstAt', 'DOUBLE'],
      ['lastAt', 'DOUBLE'],
      ['spanDays', 'DOUBLE'],
      ['ageDays', 'DOUBLE'],
      ['daysSinceLast', 'DOUBLE'],
      ['recency', 'DOUBLE'],
      ['decayedVolume', 'DOUBLE'],
      ['reciprocity', 'DOUBLE'],
      ['oneWay', 'BOOLEAN'],
      ['channels', 'BIGINT'],
      ['multiplexity', 'DOUBLE'],
      ['intimacy', 'DOUBLE'],
      ['durationSeconds', 'DOUBLE'],
    ]);
    // Usable in CREATE TABLE … AS.
    await connection.run(`CREATE OR REPLACE TABLE ties AS ${sql}`);
    expect(await query(connection, 'SELECT count(*) AS n FROM ties')).toEqual([{ n: 2 }]);
  });

  it('fails the query, as tiesFromInteractions throws, when weights cover only indicators the log does not carry', async () => {
    const { table, shape } = await load([{ from: 'a', to: 'b', at: 0 }], { timeFormat: 'timestamp', channel: true, durationSeconds: true, recipients: true });
    const weights = { frequency: 0, recency: 0, volume: 0, duration: 0, reciprocity: 0, multiplexity: 1 };
    await expect(sqlTies(connection, sqlOptions(table, shape, { weights }))).rejects.toThrow(/weight only to indicators the events do not carry/);
    // With a channel in the log, the same weights are fine.
    const events = [{ from: 'a', to: 'b', at: 0, channel: 'x' }];
    await expectEqual(events, { weights });
  });
});

describe('tieStrengthSql: property (random logs and options, DuckDB vs tiesFromInteractions)', () => {
  fcTest.prop([fc.array(ARB_EVENT, { maxLength: 60 }), ARB_OPTIONS], { numRuns: 120 })(
    'gives the same ties and indicators',
    async (events, options) => {
      const total = TIE_INDICATORS.reduce((s, d) => s + (options.weights?.[d] ?? 0), 0);
      fc.pre(options.weights === undefined || Object.keys(options.weights).length < TIE_INDICATORS.length || total > 0);
      // Weights on indicators the log may not carry: both sides must fail alike, which the unit test checks.
      let expected;
      try {
        expected = jsTies(events, options);
      } catch {
        fc.pre(false);
        return;
      }
      const { table, shape } = await load(events);
      const actual = await sqlTies(connection, sqlOptions(table, shape, options));
      expect(differences(actual, expected)).toEqual([]);
      await connection.run(`DROP TABLE ${table}`);
    },
  );
});

describe('tieStrengthSql: SQL text (golden files)', () => {
  const golden: [string, SqlCall][] = [
    ['defaults', { table: 'events' }],
    ['hand', { table: 'events', asOf: '2024-01-21', halfLifeDays: 10 }],
    [
      'everything',
      {
        table: '(SELECT * FROM read_parquet(\'log/*.parquet\'))',
        from: 'sender',
        to: 'recipient',
        at: 'sent_ms',
        timeFormat: 'epochMs',
        channel: 'medium',
        durationSeconds: null,
        recipients: null,
        windowDays: 365,
        halfLifeDays: 30,
        directed: true,
        minInteractions: 2,
        dormantBelow: 0.01,
        dormancy: 'decayedVolume',
        weights: { frequency: 0, recency: 0, volume: 0, duration: 0, reciprocity: 0, multiplexity: 1 },
        scaling: 'none',
        durationMeasure: 'age',
        channelWeights: { "it's": 2, 'a\\b': 0.5 },
      },
    ],
  ];
  for (const dialect of ['duckdb', 'spark'] as const) {
    it.each(golden)(`${dialect}: %s`, async (name, options) => {
      await expect(sqlFor({ ...options, dialect })).toMatchFileSnapshot(`./tie-strength-sql.golden/${dialect}-${name}.sql`);
    });
  }

  it('writes numbers as DOUBLE literals that round-trip', async () => {
    const asOf = 1_700_000_000_123.4567;
    const sql = sqlFor({ table: 'events', asOf, halfLifeDays: 1 / 3, windowDays: 0.1 });
    expect(sql).toContain(`${asOf}e0`);
    const rows = await query(connection, `SELECT ${asOf}e0 AS x, ${String(1 / 3)}e0 AS y, typeof(0.15e0) AS z`);
    expect(rows).toEqual([{ x: asOf, y: 1 / 3, z: 'DOUBLE' }]);
  });

  it('quotes identifiers and escapes text per dialect', () => {
    const options: SqlCall = { table: 'db.events', from: 'a"b`c', channelWeights: { "x'y\\z": 2 } };
    const duck = sqlFor({ ...options, dialect: 'duckdb' });
    expect(duck).toContain('"a""b`c"');
    expect(duck).toContain('FROM "db"."events"');
    expect(duck).toContain("'x''y\\z'");
    const spark = sqlFor({ ...options, dialect: 'spark' });
    expect(spark).toContain('`a"b``c`');
    expect(spark).toContain('FROM `db`.`events`');
    expect(spark).toContain("'x\\'y\\\\z'");
    expect(spark).toContain('log1p(');
    expect(spark).toContain('unix_micros(');
    expect(spark).not.toContain('fsum(');
  });
});

describe('tieStrengthSql: options', () => {
  function invalidOption(run: () => unknown): InvalidOptionError {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
    return error as InvalidOptionError;
  }

  it('exports frozen defaults: the columns named after the event fields, and the tiesFromInteractions aggregation defaults', () => {
    expect(Object.isFrozen(TIE_STRENGTH_SQL_DEFAULTS)).toBe(true);
    expect(TIE_STRENGTH_SQL_DEFAULTS).toMatchObject({
      dialect: 'duckdb',
      from: 'from',
      to: 'to',
      at: 'at',
      channel: 'channel',
      durationSeconds: 'durationSeconds',
      recipients: 'recipients',
      timeFormat: 'timestamp',
      halfLifeDays: 90,
      windowDays: Infinity,
    });
    expect(Object.keys(TIE_STRENGTH_SQL_DEFAULTS)).not.toContain('as');
    expect(Object.keys(TIE_STRENGTH_SQL_DEFAULTS)).not.toContain('onInvalidEvent');
  });

  it.each([
    ['dialect', { table: 't', dialect: 'postgres' }],
    ['input', {}],
    ['input', { table: '' }],
    ['input', { table: 'events; DROP TABLE x' }],
    ['input', { table: 'my table' }],
    ['input', { table: '(SELECT 1) UNION (SELECT 2)' }],
    ['input', { table: '(SELECT 1; DROP TABLE x)' }],
    ['input', { table: "(SELECT ')' FROM t" }],
    ['input', { table: '(SELECT 1 -- comment)' }],
    ['from', { table: 't', from: '' }],
    ['from', { table: 't', from: null }],
    ['at', { table: 't', at: 3 }],
    ['channel', { table: 't', channel: 'a\0b' }],
    ['timeFormat', { table: 't', timeFormat: 'iso' }],
    ['halfLifeDays', { table: 't', halfLifeDays: -1 }],
    ['windowDays', { table: 't', windowDays: 0 }],
    ['asOf', { table: 't', asOf: 'soon' }],
    ['weights', { table: 't', weights: { speed: 1 } }],
    ['channelWeights', { table: 't', channelWeights: { a: -1 } }],
    ['channelWeights', { table: 't', channelWeights: { 'a\0': 1 } }],
    ['as', { table: 't', as: 'index' }],
    ['onInvalidEvent', { table: 't', onInvalidEvent: 'skip' }],
  ])('refuses a bad %s', (option, options) => {
    const error = invalidOption(() => sqlFor(options as SqlCall));
    expect(error.option).toBe(option);
    expect(error.message.startsWith('tiestrength/ties/tieStrengthSql: ')).toBe(true);
  });

  it('accepts a parenthesised query with quoted parentheses and semicolons', () => {
    expect(sqlFor({ table: "(SELECT * FROM t WHERE x <> ');(')" })).toContain("FROM (SELECT * FROM t WHERE x <> ');(') AS ts_input");
    expect(sqlFor({ table: "(SELECT * FROM t WHERE x <> 'a\\')')", dialect: 'spark' })).toContain("'a\\')'");
  });
});
