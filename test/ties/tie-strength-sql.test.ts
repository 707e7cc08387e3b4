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
import { TIE_STRENGTH_SQL_DEFAULTS, tieStrengthSql, type TieStrengthSqlOptions } from '../../src/ties/tie-strength-sql.js';
import { syntheticCompany } from '../../src/datasets/index.js';
import { differences, jsTies, loadEvents, openDuckDb, query, shapeOf, sqlOptions, sqlTies, type TableShape } from './tie-strength-sql-helpers.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const day = (d: number) => T0 + d * DAY;

/** The hand-computed log of the tiesFromInteractions tests (test/fixtures/interactions/log.csv plus a self-interaction and a late event). */
const LOG: InteractionEvent[] = [
  { from: 'a', to: 'b', at: day(0), channel: 'email', recipients: 1 },
  { from: 'b', to: 'a', at: day(10), channel: 'chat', recipients: 1 },
  { from: 'a', to: 'b', at: day(20), channel: 'meeting', durationSeconds: 3600, recipients: 3 },
  { from: 'a', to: 'c', at: day(10), channel: 'email', recipients: 2 },
  { from: 'c', to: 'c', at: day(5), channel: 'email', recipients: 1 },
  { from: 'd', to: 'a', at: day(25), channel: 'call', durationSeconds: 600, recipients: 1 },
];
const HAND = { asOf: day(20), halfLifeDays: 10 } satisfies TiesFromInteractionsOptions;
const only = (indicator: string, ...more: string[]) =>
  Object.fromEntries(TIE_INDICATORS.map((d) => [d, d === indicator || more.includes(d) ? 1 : 0]));

/** Invalid events that onInvalidEvent: 'skip' drops, among valid ones (tiesFromInteractions' invalid-event cases). */
const WITH_INVALID: InteractionEvent[] = [
  ...LOG,
  { from: '', to: 'b', at: day(3) },
  { from: 'a', to: 'b', at: 'never' },
  { from: 'a', to: 'b', at: day(4), durationSeconds: -1 },
  { from: 'a', to: 'b', at: day(4), durationSeconds: Infinity },
  { from: 'a', to: 'b', at: day(4), recipients: 0 },
  { from: 'a', to: 'b', at: day(4), recipients: 1.5 },
  { from: Number.NaN, to: 'b', at: day(4) },
  { from: 'x', to: 'y', at: day(40), durationSeconds: -5 }, // invalid: never sets asOf
] as InteractionEvent[];

/** Every log of the tiesFromInteractions unit tests, with the option sets they are read with. */
const CASES: { name: string; events: InteractionEvent[]; options: TiesFromInteractionsOptions[] }[] = [
  {
    name: 'the hand-computed log',
    events: LOG,
    options: [
      HAND,
      { ...HAND, asOf: day(30) },
      { ...HAND, windowDays: 15 },
      { ...HAND, windowDays: 20 },
      { halfLifeDays: 10, windowDays: 15 },
      { halfLifeDays: 10, windowDays: 15, asOf: day(25) },
      { halfLifeDays: 10 },
      {},
      { ...HAND, directed: true },
      { ...HAND, directed: true, minInteractions: 2 },
      { ...HAND, minInteractions: 2 },
      { ...HAND, dormantBelow: 0.5 },
      { ...HAND, dormantBelow: 0.6, dormancy: 'decayedVolume' },
      { ...HAND, weights: only('reciprocity') },
      { ...HAND, weights: { contactTime: 0 } },
      { ...HAND, weights: only('frequency', 'multiplexity'), scaling: 'none' },
      { ...HAND, scaling: 'none' },
      { ...HAND, channelWeights: { email: 0.5, chat: 2 } },
      { ...HAND, channelWeights: { email: 0, "it's": 3, 'back\\slash': 0.25 } },
      { ...HAND, weights: only('duration'), durationMeasure: 'age' },
      { ...HAND, weights: only('duration') },
      { ...HAND, durationMeasure: 'age', directed: true, windowDays: 12 },
    ],
  },
  {
    name: 'the hand-computed log without channel, duration or recipients',
    events: LOG.map(({ from, to, at }) => ({ from, to, at })),
    options: [HAND, { ...HAND, directed: true }, { halfLifeDays: 10 }, { ...HAND, weights: { frequency: 0, recency: 0, volume: 0, duration: 0 } }],
  },
  {
    name: 'events thousands of half-lives old',
    events: [
      { from: 'a', to: 'b', at: day(0) },
      { from: 'a', to: 'b', at: day(3000) },
      { from: 'c', to: 'd', at: day(0) },
      { from: 'e', to: 'f', at: day(3000) },
    ],
    options: [{ halfLifeDays: 1 }, { halfLifeDays: 1, asOf: day(3000) }, { halfLifeDays: 1, windowDays: 5000 }],
  },
  {
    name: 'time decay: one pair, h = 30',
    events: [
      { from: 'i', to: 'j', at: day(100) },
      { from: 'i', to: 'j', at: day(70) },
      { from: 'j', to: 'i', at: day(40) },
    ],
    options: [{ asOf: day(100), halfLifeDays: 30 }, { halfLifeDays: 30 }, { asOf: '2024-04-10T12:00:00+02:00', halfLifeDays: 30 }],
  },
  {
    name: 'ISO strings, Dates and a date-time without an offset',
    events: [
      { from: 'a', to: 'b', at: '2024-01-21T00:00:00' },
      { from: 'b', to: 'a', at: new Date('2024-01-11T10:30:00.250Z') },
      { from: 'a', to: 'c', at: '2024-01-05 09:15:00+01:00' },
      { from: 'c', to: 'a', at: '1969-12-31T23:59:59.9995Z' },
      { from: 'b', to: 'c', at: '-000123-06-01T00:00:00Z' },
    ],
    options: [{}, { windowDays: 20 }, { directed: true, halfLifeDays: 1000 }],
  },
  {
    name: 'invalid events, skipped',
    events: WITH_INVALID,
    options: [{ ...HAND, onInvalidEvent: 'skip' }, { onInvalidEvent: 'skip', halfLifeDays: 10 }],
  },
  {
    name: 'numeric ids and null optional fields',
    events: [
      { from: 1, to: 2, at: 0, channel: null, durationSeconds: null, recipients: null },
      { from: 2, to: 10, at: 5, channel: 'x', durationSeconds: 0.0005, recipients: 1 },
      { from: 10, to: 1, at: 9, durationSeconds: 1.2345 },
    ],
    options: [{}, { directed: true }],
  },
  {
    name: 'the unnamed channel',
    events: [
      { from: 'a', to: 'b', at: 0, channel: 'email' },
      { from: 'a', to: 'b', at: 1 },
      { from: 'a', to: 'b', at: 2, channel: '' },
      { from: 'b', to: 'c', at: 3, channel: '' },
    ],
    options: [{}, { channelWeights: { '': 0.25 } }],
  },
  {
    name: 'a tie at the top of every indicator (strength capped at 1)',
    events: [
      { from: 'a', to: 'b', at: 0, channel: 'x', durationSeconds: 10, recipients: 1 },
      { from: 'b', to: 'a', at: DAY, channel: 'y', durationSeconds: 10, recipients: 1 },
    ],
    options: [{}, { scaling: 'none' }],
  },
  {
    name: "ids tiesFromInteractions refuses in a graph ('__proto__') and ids with quotes",
    events: [
      { from: '__proto__', to: 'b', at: 0 },
      { from: "o'brien", to: 'say "hi"', at: DAY },
      { from: 'ünïcode', to: 'b', at: 2 * DAY },
    ],
    options: [{}],
  },
  {
    name: 'fractional epoch milliseconds',
    events: [
      { from: 'a', to: 'b', at: 0.25 },
      { from: 'b', to: 'a', at: 1000.5, durationSeconds: 2.0004 },
      { from: 'a', to: 'c', at: 86_400_000.75 },
    ],
    options: [{}, { asOf: 50_000_000.5, halfLifeDays: 0.5 }, { windowDays: 0.5 }],
  },
  {
    name: 'only self-interactions',
    events: [{ from: 'a', to: 'a', at: 0 }],
    options: [{}, { asOf: 0 }],
  },
  {
    name: 'no events',
    events: [],
    options: [{}, { windowDays: 3 }],
  },
];

/** The synthetic company's log (14,116 events, 420 people), a realistic fixture. */
const COMPANY = syntheticCompany().interactions;
const COMPANY_OPTIONS: TiesFromInteractionsOptions[] = [
  {},
  { asOf: '2024-07-01', halfLifeDays: 30 },
  { windowDays: 60, directed: true },
  { minInteractions: 3, dormantBelow: 0.2, durationMeasure: 'age', channelWeights: { call: 2, email: 0.5 } },
  { dormantBelow: 0.05, dormancy: 'decayedVolume', scaling: 'none', weights: { volume: 1, contactTime: 0.3 } },
];

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
    const options: TieStrengthSqlOptions = {
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

  it('returns one row per tie with the documented column names and types', async () => {
    const { table, shape } = await load(LOG);
    const sql = tieStrengthSql(sqlOptions(table, shape, HAND));
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
  const PEOPLE = ['a', 'b', 'c', 'd', 'e', '10', '9', 'Z'];
  const arbEvent: fc.Arbitrary<InteractionEvent> = fc.record(
    {
      from: fc.constantFrom(...PEOPLE),
      to: fc.constantFrom(...PEOPLE),
      at: fc.oneof(
        fc.integer({ min: 0, max: 800 }).map((k) => T0 + k * (DAY / 4)),
        fc.integer({ min: -5_000_000, max: 5_000_000 }).map((k) => T0 + k),
      ),
      channel: fc.constantFrom('email', 'chat', 'meeting', 'call', '', null),
      durationSeconds: fc.oneof(fc.double({ min: 0, max: 7200, noNaN: true }), fc.constant(null), fc.integer({ min: 0, max: 100 }).map((k) => k / 2000)),
      recipients: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(null)),
    },
    { requiredKeys: ['from', 'to', 'at'] },
  );
  const arbWeights = fc.dictionary(fc.constantFrom(...TIE_INDICATORS), fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2, noNaN: true })), {
    maxKeys: 4,
  });
  const arbOptions: fc.Arbitrary<TiesFromInteractionsOptions> = fc.record(
    {
      directed: fc.boolean(),
      asOf: fc.integer({ min: 0, max: 1000 }).map((k) => T0 + k * (DAY / 4)),
      windowDays: fc.oneof(fc.integer({ min: 1, max: 250 }), fc.double({ min: 0.01, max: 30, noNaN: true })),
      halfLifeDays: fc.constantFrom(0.5, 1, 7, 30, 90, 1 / 3),
      minInteractions: fc.integer({ min: 1, max: 3 }),
      dormantBelow: fc.constantFrom(0, 0.2, 0.5),
      dormancy: fc.constantFrom('strength' as const, 'decayedVolume' as const),
      durationMeasure: fc.constantFrom('span' as const, 'age' as const),
      scaling: fc.constantFrom('max' as const, 'none' as const),
      weights: arbWeights,
      channelWeights: fc.dictionary(fc.constantFrom('email', 'chat', 'meeting', ''), fc.double({ min: 0, max: 3, noNaN: true }), { maxKeys: 3 }),
    },
    { requiredKeys: ['directed'] },
  );

  fcTest.prop([fc.array(arbEvent, { maxLength: 60 }), arbOptions], { numRuns: 120 })(
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
  const golden: [string, TieStrengthSqlOptions][] = [
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
      await expect(tieStrengthSql({ ...options, dialect })).toMatchFileSnapshot(`./tie-strength-sql.golden/${dialect}-${name}.sql`);
    });
  }

  it('writes numbers as DOUBLE literals that round-trip', async () => {
    const asOf = 1_700_000_000_123.4567;
    const sql = tieStrengthSql({ table: 'events', asOf, halfLifeDays: 1 / 3, windowDays: 0.1 });
    expect(sql).toContain(`${asOf}e0`);
    const rows = await query(connection, `SELECT ${asOf}e0 AS x, ${String(1 / 3)}e0 AS y, typeof(0.15e0) AS z`);
    expect(rows).toEqual([{ x: asOf, y: 1 / 3, z: 'DOUBLE' }]);
  });

  it('quotes identifiers and escapes text per dialect', () => {
    const options: TieStrengthSqlOptions = { table: 'db.events', from: 'a"b`c', channelWeights: { "x'y\\z": 2 } };
    const duck = tieStrengthSql({ ...options, dialect: 'duckdb' });
    expect(duck).toContain('"a""b`c"');
    expect(duck).toContain('FROM "db"."events"');
    expect(duck).toContain("'x''y\\z'");
    const spark = tieStrengthSql({ ...options, dialect: 'spark' });
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
    ['table', {}],
    ['table', { table: '' }],
    ['table', { table: 'events; DROP TABLE x' }],
    ['table', { table: 'my table' }],
    ['table', { table: '(SELECT 1) UNION (SELECT 2)' }],
    ['table', { table: '(SELECT 1; DROP TABLE x)' }],
    ['table', { table: "(SELECT ')' FROM t" }],
    ['table', { table: '(SELECT 1 -- comment)' }],
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
    const error = invalidOption(() => tieStrengthSql(options as TieStrengthSqlOptions));
    expect(error.option).toBe(option);
    expect(error.message.startsWith('tiestrength/ties/tieStrengthSql: ')).toBe(true);
  });

  it('accepts a parenthesised query with quoted parentheses and semicolons', () => {
    expect(tieStrengthSql({ table: "(SELECT * FROM t WHERE x <> ');(')" })).toContain("FROM (SELECT * FROM t WHERE x <> ');(') AS ts_input");
    expect(tieStrengthSql({ table: "(SELECT * FROM t WHERE x <> 'a\\')')", dialect: 'spark' })).toContain("'a\\')'");
  });
});
