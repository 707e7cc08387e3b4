/**
 * tiesFromInteractionsDuckDb: an interaction log in Parquet, CSV or JSON files, or any DuckDB
 * query, folded into ties inside DuckDB ({@link tieStrengthSql}), read straight into a
 * {@link CsrIndex} with the indicators of every tie (or a graphology graph).
 *
 * @module
 */
import { InvalidOptionError, show } from '../errors.js';
import { csrFromEdges, type CsrIndex } from '../core/csr.js';
import { assertBoolean, assertEnum, resolveOptions } from '../options.js';
import { buildGraph, emptyTieTable } from '../ties/interactions/emit.js';
import { observedWeights } from '../ties/interactions/scaling.js';
import type { InteractionAccumulator } from '../ties/interactions/accumulator.js';
import { resolveConfig, TIE_INDICATORS, TIES_FROM_INTERACTIONS_DEFAULTS, type TieIndicator, type TiesFromInteractionsOptions } from '../ties/interactions/options.js';
import type { InteractionTiesGraph, InteractionTieTable, TiesFromInteractionsReport } from '../ties/interactions/results.js';
import { tieStrengthSql } from '../ties/tie-strength-sql.js';
import type { ColumnSpec } from './csv-rows.js';
import { DuckDbReadError, type DuckDbReadReason } from './duckdb-error.js';
import { assertDuckDbSettings, DUCKDB_SETTINGS_DEFAULTS, DuckDbSession, quoteIdentifier, type DuckDbInput, type DuckDbSettings } from './duckdb-session.js';
import type { TimeFormat } from './read-interactions-csv.js';
import type { DuckDbRejectedRow } from './read-ties-duckdb.js';

const NAME = 'tiestrength/tiesFromInteractionsDuckDb';

/** Options of {@link tiesFromInteractionsDuckDb}: the columns, the aggregation of {@link tiesFromInteractions}, and DuckDB's settings. */
export interface TiesFromInteractionsDuckDbOptions extends Omit<TiesFromInteractionsOptions, 'onInvalidEvent'>, DuckDbSettings {
  /** The initiator column: a name or a 0-based position. [`'from'`] */
  from?: ColumnSpec;
  /** The recipient column. [`'to'`] */
  to?: ColumnSpec;
  /** The time column. [`'at'`] */
  at?: ColumnSpec;
  /** The channel column, or `null` for none. By default `'channel'` is used when the input has it. */
  channel?: ColumnSpec | null;
  /** The duration column (seconds), or `null` for none. By default `'durationSeconds'` is used when the input has it. */
  durationSeconds?: ColumnSpec | null;
  /** The recipients column (an integer ≥ 1), or `null` for none. By default `'recipients'` is used when the input has it. */
  recipients?: ColumnSpec | null;
  /**
   * How the time column is read: ISO-8601 text or a DuckDB TIMESTAMP/TIMESTAMPTZ/DATE (`'iso'`;
   * text without an offset is UTC), epoch milliseconds, or epoch seconds (kept to the
   * millisecond). [by the column's type: a number is `'epochMs'`, anything else `'iso'`]
   */
  timeFormat?: TimeFormat;
  /** CSV files: whether the first line is a header. [`true`] */
  header?: boolean;
  /** CSV files: the cell delimiter. [DuckDB sniffs it] */
  delimiter?: string;
  /** Throw {@link DuckDbReadError} at the first invalid row, or skip and report invalid rows. [`'throw'`] */
  onInvalidRow?: 'throw' | 'skip';
}

/** Defaults of {@link tiesFromInteractionsDuckDb}. */
export const TIES_FROM_INTERACTIONS_DUCKDB_DEFAULTS = Object.freeze({
  ...(({ onInvalidEvent: _, ...rest }) => rest)(TIES_FROM_INTERACTIONS_DEFAULTS),
  from: 'from' as ColumnSpec,
  to: 'to' as ColumnSpec,
  at: 'at' as ColumnSpec,
  channel: undefined as ColumnSpec | null | undefined,
  durationSeconds: undefined as ColumnSpec | null | undefined,
  recipients: undefined as ColumnSpec | null | undefined,
  timeFormat: undefined as TimeFormat | undefined,
  header: true,
  delimiter: undefined as string | undefined,
  onInvalidRow: 'throw' as 'throw' | 'skip',
  ...DUCKDB_SETTINGS_DEFAULTS,
});

/** What {@link tiesFromInteractionsDuckDb} read, kept and dropped: the report of tiesFromInteractions, with the input and the rows. */
export interface TiesFromInteractionsDuckDbReport extends TiesFromInteractionsReport {
  /** The input: the path or glob (several joined by `', '`), or `'<query>'`. */
  source: string;
  /** The first 20 invalid rows, with their file and row (`rejectedEvents` has them with 0-based positions). */
  rejectedRows: DuckDbRejectedRow[];
}

/** The result of {@link tiesFromInteractionsDuckDb} (with `as: 'graph'`, the default). */
export interface InteractionTiesDuckDb {
  /** The ties as a graphology graph whose edges carry every indicator, as tiesFromInteractions builds it. */
  graph: InteractionTiesGraph;
  /** What was read, kept and dropped. */
  report: TiesFromInteractionsDuckDbReport;
}

/** The result of {@link tiesFromInteractionsDuckDb} with `as: 'index'`. */
export interface InteractionTiesDuckDbIndex {
  /** The ties, with `tieStrengths` = strength. */
  index: CsrIndex;
  /** The indicators of each tie, aligned with the index's tie arrays. */
  ties: InteractionTieTable;
  /** What was read, kept and dropped. */
  report: TiesFromInteractionsDuckDbReport;
}

const PROBLEMS: readonly { reason: DuckDbReadReason; field: string }[] = [
  { reason: 'nullId', field: '' }, // 0 unused
  { reason: 'nullId', field: 'from' },
  { reason: 'nullId', field: 'to' },
  { reason: 'emptyId', field: 'from' },
  { reason: 'emptyId', field: 'to' },
  { reason: 'invalidTime', field: 'at' },
  { reason: 'invalidDuration', field: 'durationSeconds' },
  { reason: 'invalidRecipients', field: 'recipients' },
];
const MAX_REPORTED_ROWS = 20;
const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL.*)$/;
const MAX_EPOCH_MS = 8.64e15;

/**
 * Tie strength from an interaction log too large for one JavaScript process: DuckDB reads the
 * log (Parquet, CSV or JSON files, globs, or any query) and folds it into ties with the SQL of
 * {@link tieStrengthSql}, in parallel and out of core; JavaScript reads only the ties, as integer
 * and float vectors, into a {@link CsrIndex} and the indicator table that
 * `tiesFromInteractions(events, { as: 'index' })` returns, with the same report.
 *
 * The result equals tiesFromInteractions on the same events (strengths and indicators to 1e-9
 * relative; counts, people and tie order exactly), with every one of its aggregation options.
 *
 * @remarks
 * - Events: one row each, columns `from`, `to`, `at` and optionally `channel`,
 *   `durationSeconds`, `recipients` (renamed by the options of the same names, as in
 *   readInteractionsCsv). Ids are read as text; an empty id, a null id, an unreadable time, a
 *   negative or non-numeric duration or recipients not an integer ≥ 1 make an invalid row:
 *   {@link DuckDbReadError} with its file and row, or with `onInvalidRow: 'skip'` counted and
 *   reported (`rejectedByReason`, `rejectedRows`; `rejectedEvents` with 0-based positions).
 * - Times: a TIMESTAMP, TIMESTAMPTZ or DATE column, ISO-8601 text (DuckDB's cast; no offset
 *   means UTC), or numbers (epoch milliseconds, or seconds with `timeFormat: 'epochSeconds'`).
 * - `report.scales` is computed over the ties of positive strength; tiesFromInteractions also
 *   counts the pairs that a custom `weights` makes zero-strength (they are dropped either way), so
 *   the scale of an indicator of weight 0 may differ then. There is no 64-channel limit.
 * - Memory: DuckDB holds the log within `memoryLimit` and spills to `tempDirectory`;
 *   JavaScript holds the people and the ties (about 150 bytes per tie with the indicators).
 * - Needs the optional package `@duckdb/node-api`.
 *
 * @param input A path or glob, an array of them, or `{ query, database? }`.
 * @param options The {@link TiesFromInteractionsDuckDbOptions}.
 * @returns `{ graph, report }`, or `{ index, ties, report }` with `as: 'index'`.
 * @throws {@link DuckDbReadError} If the package is missing, no file matches, DuckDB refuses the query, a column is missing, or a row is invalid (`'throw'` mode).
 * @throws {@link InvalidOptionError} On a bad option (the rules of tiesFromInteractions).
 *
 * @example
 * import { mkdir, writeFile } from 'node:fs/promises';
 * await mkdir('events', { recursive: true });
 * await writeFile('events/2024-01.csv', 'from,to,at\nana,ben,2024-01-02T09:00:00Z\nben,ana,2024-01-05T14:30:00Z\nana,cruz,2024-01-20T10:00:00Z\n');
 * // The same call reads Parquet ('events/*.parquet'); 1500MB holds the aggregation of 10⁸ events on 2 threads (docs/scale.md).
 * const { index, ties, report } = await tiesFromInteractionsDuckDb('events/*.csv', {
 *   halfLifeDays: 60, as: 'index', memoryLimit: '1500MB', tempDirectory: 'duckdb-tmp',
 * });
 * report.events;      //=> 3
 * index.size;         //=> 2
 * ties.reciprocity;   //=> Float64Array [1, 0]
 * ties.interactions;  //=> Uint32Array [2, 1]
 */
export function tiesFromInteractionsDuckDb(
  input: DuckDbInput,
  options: TiesFromInteractionsDuckDbOptions & { as: 'index' },
): Promise<InteractionTiesDuckDbIndex>;
export function tiesFromInteractionsDuckDb(input: DuckDbInput, options?: TiesFromInteractionsDuckDbOptions & { as?: 'graph' }): Promise<InteractionTiesDuckDb>;
export function tiesFromInteractionsDuckDb(
  input: DuckDbInput,
  options?: TiesFromInteractionsDuckDbOptions,
): Promise<InteractionTiesDuckDb | InteractionTiesDuckDbIndex>;
export async function tiesFromInteractionsDuckDb(
  input: DuckDbInput,
  options?: TiesFromInteractionsDuckDbOptions,
): Promise<InteractionTiesDuckDb | InteractionTiesDuckDbIndex> {
  const opts = resolveOptions(NAME, TIES_FROM_INTERACTIONS_DUCKDB_DEFAULTS, options);
  const { from, to, at, channel, durationSeconds, recipients, timeFormat, header, delimiter, onInvalidRow, threads, memoryLimit, tempDirectory, ...aggregation } =
    opts;
  const config = resolveConfig(aggregation as TiesFromInteractionsOptions);
  assertBoolean(NAME, 'header', header);
  if (delimiter !== undefined && (typeof delimiter !== 'string' || delimiter.length !== 1 || /["\r\n]/.test(delimiter))) {
    throw new InvalidOptionError(`${NAME}: option delimiter must be one character other than a double quote or a line end; got ${show(delimiter)}`, 'delimiter');
  }
  if (timeFormat !== undefined) assertEnum(NAME, 'timeFormat', timeFormat, ['iso', 'epochMs', 'epochSeconds'] as const);
  assertEnum(NAME, 'onInvalidRow', onInvalidRow, ['throw', 'skip'] as const);
  assertDuckDbSettings(NAME, opts);

  const session = await DuckDbSession.open(NAME, input, { threads, memoryLimit, tempDirectory }, { header, delimiter });
  try {
    await session.run(`SET TimeZone = 'UTC'`, 'setting the time zone');
    const columns = {
      from: session.column('from', from, true)!,
      to: session.column('to', to, true)!,
      at: session.column('at', at, true)!,
      channel: optionalColumn(session, 'channel', channel),
      durationSeconds: optionalColumn(session, 'durationSeconds', durationSeconds),
      recipients: optionalColumn(session, 'recipients', recipients),
    };
    const atType = session.columns.find((c) => c.name === columns.at)!.type;
    const format = timeFormat ?? (NUMERIC.test(atType) ? 'epochMs' : 'iso');
    const rejected = await stageEvents(session, columns, format, atType, onInvalidRow === 'skip');
    return await aggregate(session, opts, config, columns, rejected);
  } finally {
    session.close();
  }
}

type Options = typeof TIES_FROM_INTERACTIONS_DUCKDB_DEFAULTS & TiesFromInteractionsDuckDbOptions;
type Config = ReturnType<typeof resolveConfig>;
type Columns = { from: string; to: string; at: string; channel: string | null; durationSeconds: string | null; recipients: string | null };

function optionalColumn(session: DuckDbSession, option: string, spec: ColumnSpec | null | undefined): string | null {
  if (spec === undefined) return session.hasColumn(option) ? option : null;
  return session.column(option, spec, false);
}

/** What the first scan counts: rows, self-interactions, the time of the last valid event between two people. */
interface Head {
  events: number;
  selfInteractions: number;
  lastTime: number | null;
}

interface Rejected {
  total: number;
  byReason: Record<string, number>;
  rows: DuckDbRejectedRow[];
  events: TiesFromInteractionsReport['rejectedEvents'];
}

/**
 * @internal
 * SQL for JavaScript's `Math.round` of a DOUBLE expression: the nearest integer, halves toward
 * +∞. Not `floor(x + 0.5)`, whose sum rounds (0.49999999999999994 + 0.5 is 1 in doubles): x − floor(x)
 * is exact, so the comparison with 0.5 is too. NULL stays NULL.
 */
export function roundLikeMathRound(x: string): string {
  return `(floor(${x}) + CASE WHEN ${x} - floor(${x}) >= 5e-1 THEN 1e0 ELSE 0e0 END)`;
}

/**
 * Defines `ts_log`, a view of the rows (ids as text, time as epoch ms, a problem code), and
 * counts the problems in one scan; the invalid rows. A view, not a table: a log of 10^8 rows is
 * never copied, only scanned (four times in all).
 */
async function stageEvents(session: DuckDbSession, columns: Columns, format: TimeFormat, atType: string, skip: boolean): Promise<Rejected & { head: Head }> {
  const q = quoteIdentifier;
  const raw = q(columns.at);
  const time =
    format === 'epochMs'
      ? `TRY_CAST(at_raw AS DOUBLE)`
      : format === 'epochSeconds'
        ? roundLikeMathRound(`(TRY_CAST(at_raw AS DOUBLE) * 1000e0)`)
        : `CAST((us - ((us % 1000 + 1000) % 1000)) // 1000 AS DOUBLE)`;
  // Microseconds since the epoch: a timestamp column directly (a TIMESTAMP without a zone is UTC);
  // text through DuckDB's TIMESTAMPTZ cast (the session is in UTC), which costs far more per row.
  const micros = /^TIMESTAMP/.test(atType) ? `epoch_us(${raw})` : atType === 'DATE' ? `epoch_us(CAST(${raw} AS TIMESTAMP))` : `epoch_us(TRY_CAST(${raw} AS TIMESTAMPTZ))`;
  const optional = (column: string | null, type: string) => (column === null ? `CAST(NULL AS ${type})` : `TRY_CAST(${q(column)} AS ${type})`);
  const rawOf = (column: string | null) => (column === null ? 'NULL' : q(column));
  await session.run(
    `CREATE TEMP VIEW ts_log AS SELECT a, b, t, ch, dur, rec, CAST(CASE ` +
      `WHEN a IS NULL THEN 1 WHEN b IS NULL THEN 2 WHEN a = '' THEN 3 WHEN b = '' THEN 4 ` +
      `WHEN t IS NULL OR NOT (abs(t) <= ${MAX_EPOCH_MS}e0) THEN 5 ` +
      `WHEN dur_raw IS NOT NULL AND NOT (dur >= 0e0 AND dur < CAST('Infinity' AS DOUBLE)) THEN 6 ` +
      `WHEN rec_raw IS NOT NULL AND NOT (rec >= 1e0 AND rec < CAST('Infinity' AS DOUBLE) AND rec % 1e0 = 0e0) THEN 7 ` +
      `ELSE 0 END AS UTINYINT) AS p FROM (SELECT *, ${time} AS t FROM (SELECT CAST(${q(columns.from)} AS VARCHAR) AS a, CAST(${q(columns.to)} AS VARCHAR) AS b, ` +
      `${format === 'iso' ? micros : 'NULL'} AS us, ${raw} AS at_raw, ${columns.channel === null ? 'CAST(NULL AS VARCHAR)' : `CAST(${q(columns.channel)} AS VARCHAR)`} AS ch, ` +
      `${optional(columns.durationSeconds, 'DOUBLE')} AS dur, ${rawOf(columns.durationSeconds)} AS dur_raw, ` +
      `${optional(columns.recipients, 'DOUBLE')} AS rec, ${rawOf(columns.recipients)} AS rec_raw FROM ${session.relation}))`,
    'reading the events',
  );
  const counts = (await session.rows(
    `SELECT p, count(*), count(*) FILTER (WHERE p = 0 AND a = b), max(t) FILTER (WHERE p = 0 AND a <> b) FROM ts_log GROUP BY p`,
    'reading the events',
  )) as [number, bigint | number, bigint | number, number | null][];
  const head: Head = { events: 0, selfInteractions: 0, lastTime: null };
  const rejected: Rejected & { head: Head } = { total: 0, byReason: {}, rows: [], events: [], head };
  for (const [p, n, self, last] of counts) {
    head.events += Number(n);
    if (p === 0) {
      head.selfInteractions = Number(self);
      head.lastTime = last;
      continue;
    }
    rejected.total += Number(n);
    const reason = PROBLEMS[p]!.reason;
    rejected.byReason[reason] = (rejected.byReason[reason] ?? 0) + Number(n);
  }
  if (rejected.total === 0) return rejected;
  const bad = (await session.rows(
    `SELECT position, p FROM (SELECT row_number() OVER () - 1 AS position, p FROM ts_log) WHERE p > 0 ORDER BY position LIMIT ${skip ? MAX_REPORTED_ROWS : 1}`,
    'finding the invalid rows',
  )) as [bigint | number, number][];
  for (const [position, p] of bad) {
    const { reason, field } = PROBLEMS[p]!;
    const column = columns[field as keyof Columns]!;
    const cell = (await session.rows(`SELECT CAST(${quoteIdentifier(column)} AS VARCHAR) FROM ${session.relation} LIMIT 1 OFFSET ${Number(position)}`, 'reading an invalid row'))[0]?.[0] as
      | string
      | null
      | undefined;
    const what =
      reason === 'nullId'
        ? `the ${field} id (column ${show(column)}) is null`
        : reason === 'emptyId'
          ? `the ${field} id (column ${show(column)}) is empty`
          : reason === 'invalidTime'
            ? `at ${show(cell ?? null)} (column ${show(column)}) is not a valid time`
            : reason === 'invalidDuration'
              ? `durationSeconds ${show(cell ?? null)} (column ${show(column)}) is not a finite number ≥ 0`
              : `recipients ${show(cell ?? null)} (column ${show(column)}) is not an integer ≥ 1`;
    const where = await session.locate(Number(position));
    const place = where.file === undefined ? `row ${where.row}` : `${where.file}: row ${where.row}`;
    if (!skip) {
      throw new DuckDbReadError(`${NAME}: ${place}: ${what}`, {
        source: session.name,
        reason,
        row: where.row,
        column,
        ...(where.file === undefined ? {} : { file: where.file }),
      });
    }
    rejected.rows.push({ file: where.file, row: where.row, reason, message: what });
    rejected.events.push({ index: Number(position), reason, message: `event ${Number(position)}: ${what}`, field });
  }
  return rejected;
}

/** Folds the valid events into ties with tieStrengthSql, then reads people and ties into the index and the indicator table. */
async function aggregate(
  session: DuckDbSession,
  opts: Options,
  config: Config,
  columns: Columns,
  rejected: Rejected & { head: Head },
): Promise<InteractionTiesDuckDb | InteractionTiesDuckDbIndex> {
  const directed = config.directed;
  // From here on nothing depends on row order (the invalid rows are found): without it, DuckDB's
  // aggregations spill to tempDirectory instead of running out of memoryLimit on 10^8 events.
  await session.run('SET preserve_insertion_order = false', 'setting up the aggregation');
  // 1. asOf, the counts around the window, the evidence flags (scan 2); the pairs (scan 3).
  const { events, selfInteractions, lastTime } = rejected.head;
  const asOf = Number.isNaN(config.asOf) ? lastTime : config.asOf;
  const windowStart = asOf !== null && Number.isFinite(config.windowMs) ? asOf - config.windowMs : null;
  const inWindow = `p = 0 AND a <> b AND t <= ${asOf ?? 0}e0${windowStart === null ? '' : ` AND t >= ${windowStart}e0`}`;
  await session.run(`CREATE TEMP VIEW ts_acc AS SELECT * FROM ts_log WHERE ${asOf === null ? 'false' : inWindow}`, 'selecting the events');
  const pair = directed ? 'a AS x, b AS y' : 'least(a, b) AS x, greatest(a, b) AS y';
  const valid = `p = 0 AND a <> b`;
  const accept = asOf === null ? 'false' : inWindow;
  const [counts] = (await session.rows(
    `SELECT count(*) FILTER (WHERE ${valid} AND t > ${asOf ?? 0}e0), ` +
      `count(*) FILTER (WHERE ${valid} AND t <= ${asOf ?? 0}e0 AND ${windowStart === null ? 'false' : `t < ${windowStart}e0`}), ` +
      `count(*) FILTER (WHERE ${accept}), ` +
      `coalesce(bool_or(ch IS NOT NULL AND ch <> '') FILTER (WHERE ${accept}), false), ` +
      `coalesce(bool_or(dur IS NOT NULL) FILTER (WHERE ${accept}), false), ` +
      `coalesce(bool_or(rec IS NOT NULL) FILTER (WHERE ${accept}), false) FROM ts_log`,
    'counting the events',
  )) as [bigint | number, bigint | number, bigint | number, boolean, boolean, boolean][];
  const [afterAsOf, beforeWindow, accepted] = counts!.slice(0, 3).map(Number) as [number, number, number];
  await session.run(`CREATE TEMP TABLE ts_pair_counts AS SELECT ${pair}, count(*) AS n FROM ts_acc GROUP BY x, y`, 'counting the pairs');
  const [pairCounts] = (await session.rows(
    `SELECT count(*), count(*) FILTER (WHERE n < ${config.minInteractions}) FROM ts_pair_counts`,
    'counting the pairs',
  )) as [bigint | number, bigint | number][];
  const pairs = Number(pairCounts![0]);
  const droppedByMin = Number(pairCounts![1]);
  const unobserved: TieIndicator[] = [];
  if (!counts![3]) unobserved.push('multiplexity');
  if (!counts![5]) unobserved.push('intimacy');
  if (!counts![4]) unobserved.push('contactTime');
  const weights = observedWeights(NAME, config.weights, unobserved);

  // 2. The ties of positive strength (dormancy applied here, so that it is counted).
  const sql = tieStrengthSql('(SELECT a, b, t, ch, dur, rec FROM ts_acc)', {
    dialect: 'duckdb',
    from: 'a',
    to: 'b',
    at: 't',
    timeFormat: 'epochMs',
    channel: 'ch',
    durationSeconds: 'dur',
    recipients: 'rec',
    ...(asOf === null ? {} : { asOf }),
    windowDays: Infinity,
    halfLifeDays: opts.halfLifeDays,
    directed,
    minInteractions: config.minInteractions,
    dormantBelow: 0,
    weights: opts.weights,
    scaling: config.scaling,
    durationMeasure: config.durationMeasure,
    channelWeights: config.channelWeights,
  });
  await session.run(`CREATE TEMP TABLE ts_all AS ${sql}`, 'folding the events into ties');
  const dormant = config.dormantBelow > 0 ? `${config.dormancy === 'strength' ? 'strength' : '"decayedVolume"'} < ${config.dormantBelow}e0` : 'false';
  const [tieCounts] = (await session.rows(`SELECT count(*), count(*) FILTER (WHERE ${dormant}) FROM ts_all`, 'counting the ties')) as [bigint | number, bigint | number][];
  const positive = Number(tieCounts![0]);
  const droppedDormant = Number(tieCounts![1]);
  const droppedZeroStrength = pairs - droppedByMin - positive;

  // 3. People: everyone in a pair, in key order (JavaScript's, which DuckDB's byte order can differ from).
  await session.run(
    `CREATE TEMP TABLE ts_people AS SELECT key, CAST(row_number() OVER (ORDER BY key) - 1 AS UINTEGER) AS id FROM (SELECT x AS key FROM ts_pair_counts UNION SELECT y FROM ts_pair_counts)`,
    'numbering the people',
  );
  const duckKeys: string[] = [];
  await session.stream(`SELECT key FROM ts_people ORDER BY id`, 'reading the people', (chunk) => {
    const v = chunk.getColumnVector(0);
    for (let i = 0, n = chunk.rowCount; i < n; i++) duckKeys.push(v.getItem(i) as string);
  });
  const n = duckKeys.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((x, y) => (duckKeys[x]! < duckKeys[y]! ? -1 : duckKeys[x]! > duckKeys[y]! ? 1 : 0));
  const newId = new Uint32Array(n);
  const keys: string[] = new Array<string>(n);
  const idOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    newId[order[i]!] = i;
    keys[i] = duckKeys[order[i]!]!;
    idOf.set(keys[i]!, i);
  }

  // 4. The ties, as ids and typed columns.
  const T = positive - droppedDormant;
  const rowSource = new Uint32Array(T);
  const rowTarget = new Uint32Array(T);
  const strength = new Float64Array(T);
  const cols = {
    interactions: new Float64Array(T),
    sourceInitiated: new Float64Array(T),
    targetInitiated: new Float64Array(T),
    firstAt: new Float64Array(T),
    lastAt: new Float64Array(T),
    spanDays: new Float64Array(T),
    ageDays: new Float64Array(T),
    daysSinceLast: new Float64Array(T),
    recency: new Float64Array(T),
    decayedVolume: new Float64Array(T),
    reciprocity: new Float64Array(T),
    oneWay: new Uint8Array(T),
    channels: new Float64Array(T),
    multiplexity: new Float64Array(T),
    intimacy: new Float64Array(T),
    durationSeconds: new Float64Array(T),
  };
  const names = Object.keys(cols) as (keyof typeof cols)[];
  const selectList = names.map((c) => (c === 'oneWay' ? `CAST(ts."oneWay" AS UTINYINT)` : `CAST(ts."${c}" AS DOUBLE)`)).join(', ');
  let m = 0;
  await session.stream(
    `SELECT pa.id, pb.id, ts.strength, ${selectList} FROM ts_all ts JOIN ts_people pa ON ts.source = pa.key JOIN ts_people pb ON ts.target = pb.key WHERE NOT (${dormant})`,
    'reading the ties',
    (chunk) => {
      const k = chunk.rowCount;
      const a = chunk.getColumnVector(0);
      const b = chunk.getColumnVector(1);
      const s = chunk.getColumnVector(2);
      for (let i = 0; i < k; i++) {
        rowSource[m + i] = newId[a.getItem(i) as number]!;
        rowTarget[m + i] = newId[b.getItem(i) as number]!;
        strength[m + i] = s.getItem(i) as number;
      }
      for (let c = 0; c < names.length; c++) {
        const v = chunk.getColumnVector(3 + c);
        const out = cols[names[c]!];
        for (let i = 0; i < k; i++) out[m + i] = v.getItem(i) as number;
      }
      m += k;
    },
  );
  const sources = rowSource.slice();
  const targets = rowTarget.slice();
  const index = csrFromEdges({ directed, weighted: true, keys, idOf, m: T, sources, targets, strengths: strength.slice(), distances: null, strengthRule: 'sum' });

  // 5. The indicator table in the index's tie order (an undirected tie's source is its smaller id).
  const ties = emptyTieTable(T);
  let oneWayTies = 0;
  for (let r = 0; r < T; r++) {
    let u = rowSource[r]!;
    let v = rowTarget[r]!;
    const swap = !directed && u > v;
    if (swap) [u, v] = [v, u];
    const t = tieOf(index, u, v);
    for (const c of names) (ties[c] as Float64Array)[t] = cols[c][r]!;
    if (swap) {
      ties.sourceInitiated[t] = cols.targetInitiated[r]!;
      ties.targetInitiated[t] = cols.sourceInitiated[r]!;
    }
    oneWayTies += cols.oneWay[r]!;
  }

  // 6. The report (scales over the ties of positive strength; see the remarks).
  const scales = {} as Record<TieIndicator, number>;
  for (const d of TIE_INDICATORS) scales[d] = 1;
  if (config.scaling === 'max') {
    const max = { frequency: 0, volume: 0, duration: 0, multiplexity: 0, contactTime: 0 };
    // Exactly as indicators.ts: log1p in JavaScript over the values the ties carry (dormant ties included).
    const every = (await session.rows(
      `SELECT CAST(max(interactions) AS DOUBLE), max("decayedVolume"), max(${config.durationMeasure === 'span' ? '"spanDays"' : '"ageDays"'}), max(multiplexity), max(round("durationSeconds" * 1000e0)) FROM ts_all`,
      'computing the scales',
    ))[0] as (number | null)[];
    max.frequency = Math.log1p(every[0] ?? 0);
    max.volume = Math.log1p(every[1] ?? 0);
    max.duration = Math.log1p(every[2] ?? 0);
    max.multiplexity = every[3] ?? 0;
    max.contactTime = Math.log1p((every[4] ?? 0) / 3_600_000);
    for (const d of Object.keys(max) as (keyof typeof max)[]) if (max[d] > 0) scales[d] = max[d];
  }
  const report: TiesFromInteractionsDuckDbReport = {
    source: session.name,
    events,
    accepted,
    rejected: rejected.total,
    selfInteractions,
    beforeWindow,
    afterAsOf,
    asOf,
    windowStart,
    people: n,
    pairs,
    ties: T,
    oneWayTies,
    droppedByMinInteractions: droppedByMin,
    droppedZeroStrength,
    droppedDormant,
    weights,
    scales,
    unobserved,
    buffered: false,
    rejectedByReason: rejected.byReason,
    rejectedEvents: rejected.events,
    rejectedRows: rejected.rows,
  };
  if (config.as === 'index') return { index, ties, report };
  for (let v = 0; v < index.order; v++) {
    const key = index.keys[v]!;
    if (key in Object.prototype && index.degree(v) + index.inDegree(v) > 0) {
      throw new DuckDbReadError(
        `${NAME}: id ${show(key)} cannot hold a tie in a graphology graph (graphology keeps neighbours in plain objects, where ${show(key)} ` +
          "is an Object.prototype member); use as: 'index', or rename the id",
        { source: session.name, reason: 'unsupportedId' },
      );
    }
  }
  // buildGraph reads the accumulator only to locate an id refused above.
  const graph = buildGraph(index, ties, {} as InteractionAccumulator, new Uint32Array(0));
  return { graph, report };
}

/** The tie id of the pair (u, v) (u < v when undirected): a binary search in u's sorted neighbours. */
function tieOf(index: CsrIndex, u: number, v: number): number {
  let lo = index.offsets[u]!;
  let hi = index.offsets[u + 1]! - 1;
  const neighbors = index.neighbors;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = neighbors[mid]!;
    if (w === v) return index.slotTies[mid]!;
    if (w < v) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new Error(`${NAME}: internal: tie ${u}–${v} not in the index`);
}
