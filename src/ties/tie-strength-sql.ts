/**
 * tieStrengthSql: the aggregation of {@link tiesFromInteractions} written as one SQL statement for
 * DuckDB or Spark SQL, so that a log of 10^8–10^10 events is folded into ties where it lives.
 *
 * Browser-safe: it only builds a string. The statement lives in ties/sql/ (`build.ts`: the CTEs;
 * `dialect.ts`: quoting, literals and the functions that differ between engines).
 *
 * @module
 */
import { InvalidOptionError, show } from '../errors.js';
import { assertEnum, resolveOptions } from '../options.js';
import { NAME as TIES_NAME, resolveConfig, TIES_FROM_INTERACTIONS_DEFAULTS, type TiesFromInteractionsOptions } from './interactions/options.js';
import { buildTieStrengthSql, type SqlInput } from './sql/build.js';
import { dialectOf, type Dialect, type SqlDialect } from './sql/dialect.js';

export type { SqlDialect } from './sql/dialect.js';

const NAME = 'tiestrength/ties/tieStrengthSql';

/** How the time column is stored: a timestamp, or a number of epoch milliseconds. */
export type SqlTimeFormat = 'timestamp' | 'epochMs';

/**
 * Options of {@link tieStrengthSql}: the dialect, the columns of the events, and every
 * option of {@link tiesFromInteractions} about the aggregation (`onInvalidEvent` and `as` do not
 * apply: invalid rows are skipped, and the result is a relation).
 */
export interface TieStrengthSqlOptions extends Omit<TiesFromInteractionsOptions, 'onInvalidEvent' | 'as'> {
  /** The SQL dialect to write. [`'duckdb'`] */
  dialect?: SqlDialect;
  /** The initiator column (sender, caller, organiser): text or integers. [`'from'`] */
  from?: string;
  /** The recipient column. [`'to'`] */
  to?: string;
  /** The time column: a TIMESTAMP (DuckDB TIMESTAMP or TIMESTAMPTZ; Spark TIMESTAMP), or epoch milliseconds (see `timeFormat`). [`'at'`] */
  at?: string;
  /** The channel column, or `null` when the log has none. [`'channel'`] */
  channel?: string | null;
  /** The duration column (seconds, a number ≥ 0), or `null` when the log has none. [`'durationSeconds'`] */
  durationSeconds?: string | null;
  /** The recipients column (an integer ≥ 1), or `null` when the log has none. [`'recipients'`] */
  recipients?: string | null;
  /** How the time column is stored: `'timestamp'` (read to the millisecond, rounded down), or `'epochMs'` (a number of epoch milliseconds). [`'timestamp'`] */
  timeFormat?: SqlTimeFormat;
}

const { onInvalidEvent: _skip, as: _as, ...AGGREGATION_DEFAULTS } = TIES_FROM_INTERACTIONS_DEFAULTS;

/** Defaults of {@link tieStrengthSql}. */
export const TIE_STRENGTH_SQL_DEFAULTS = Object.freeze({
  dialect: 'duckdb' as SqlDialect,
  from: 'from',
  to: 'to',
  at: 'at',
  channel: 'channel' as string | null,
  durationSeconds: 'durationSeconds' as string | null,
  recipients: 'recipients' as string | null,
  timeFormat: 'timestamp' as SqlTimeFormat,
  ...AGGREGATION_DEFAULTS,
});

/** The options that name columns, required first. */
const COLUMN_OPTIONS = ['from', 'to', 'at', 'channel', 'durationSeconds', 'recipients'] as const;

/**
 * The aggregation of {@link tiesFromInteractions} as one SQL SELECT for DuckDB or Spark SQL: run it
 * where the log lives (a warehouse table, Parquet files) and load the ties it returns.
 *
 * It answers what tiesFromInteractions answers ("how strong is each relationship as of `asOf`?")
 * with the same formula, options and indicators, and equal results (to 1e-9 relative, checked on
 * every test log in DuckDB and in a local Spark): frequency, recency decay 2^(−Δ/h), decayed
 * volume, duration, reciprocity, multiplexity, intimacy and contact time, combined as
 * s = Σ_d β_d · f_d / S_d over the indicators the log carries.
 *
 * The statement is a `WITH … SELECT` without a trailing semicolon: run it as is, wrap it
 * (`SELECT * FROM (…) AS ties ORDER BY source, target`) or store it
 * (`CREATE TABLE ties AS …`). One row per tie, columns:
 * `source`, `target` (text), `strength` (DOUBLE), `interactions`, `sourceInitiated`,
 * `targetInitiated` (BIGINT), `firstAt`, `lastAt` (epoch milliseconds, DOUBLE), `spanDays`,
 * `ageDays`, `daysSinceLast`, `recency`, `decayedVolume`, `reciprocity` (DOUBLE), `oneWay`
 * (BOOLEAN), `channels` (BIGINT), `multiplexity`, `intimacy`, `durationSeconds` (DOUBLE): the
 * edge attributes tiesFromInteractions writes, with `strength` for its `weight`. An undirected
 * tie's source is the smaller id.
 *
 * @remarks
 * - **Columns.** `from`, `to`: text or integers (cast to text; a DOUBLE id would read `'1.0'`,
 *   not `'1'`). `at`: with `timeFormat: 'timestamp'`, a DuckDB TIMESTAMP, TIMESTAMPTZ or DATE (a
 *   TIMESTAMP is UTC) or a Spark TIMESTAMP (set `spark.sql.session.timeZone` to `UTC` when it was
 *   parsed from text without an offset); with `'epochMs'`, a number. `channel`: text;
 *   `durationSeconds`, `recipients`: numbers. Give `null` for an optional column the log lacks:
 *   its indicator then gets weight 0, as in tiesFromInteractions.
 * - **Invalid rows** are skipped, as with `onInvalidEvent: 'skip'`: a NULL or empty id, a NULL
 *   time, a duration that is not a finite number ≥ 0, recipients that are not an integer ≥ 1.
 *   Self-interactions are dropped. Nothing is counted: there is no report.
 * - **asOf.** Absent, it is the time of the last valid event between two people (the latest over
 *   the whole log, not per pair), as in tiesFromInteractions; events after it and before
 *   `asOf − windowDays` are left out.
 * - **People without ties** (all their pairs dropped by `minInteractions`, zero strength or
 *   dormancy) are not in the rows; tiesFromInteractions keeps them as isolated nodes.
 * - **Differences.** Ties are compared by the engine's binary text order (UTF-8 bytes), and
 *   JavaScript compares UTF-16 code units: the two differ only between characters above U+FFFF
 *   and U+E000–U+FFFF, which may swap a tie's source and target. There is no limit of 64
 *   channels. Sums over a pair's events run in the engine's order (a few ulps).
 * - **Weights only on indicators the log does not carry** throw in tiesFromInteractions; here the
 *   query fails with that message (DuckDB `error`, Spark `raise_error`) when such weights meet a
 *   log with ties.
 * - **Safety.** Identifiers are quoted, text literals escaped; a parenthesised input query is
 *   inserted as written, so build it from trusted text only.
 *
 * @param input The events: a table or view name (`'events'`, `'warehouse.crm.touches'`: each
 *   dotted part is quoted), or a parenthesised query inserted as written
 *   (`"(SELECT * FROM 'log.parquet')"`).
 * @param options The {@link TieStrengthSqlOptions}.
 * @returns The SQL text.
 * @throws {@link InvalidOptionError} If an option is bad (the tiesFromInteractions rules), the
 *   dialect is unknown, `input` (option `'input'`) is empty or neither a dotted name nor a
 *   parenthesised query, or a column name is empty.
 *
 * @example
 * // Four events as a query; in a warehouse, a table's name ('events', 'crm.touches').
 * const events = `(SELECT * FROM (VALUES
 *   ('a', 'b', TIMESTAMP '2024-01-01'), ('b', 'a', TIMESTAMP '2024-01-11'),
 *   ('a', 'b', TIMESTAMP '2024-01-21'), ('a', 'c', TIMESTAMP '2024-01-11')
 * ) AS log("from", "to", "at"))`;
 * const sql = tieStrengthSql(events, {
 *   dialect: 'duckdb', asOf: '2024-01-21', halfLifeDays: 10, channel: null, durationSeconds: null, recipients: null,
 * });
 * // Run it with DuckDB (here through readTiesDuckDb), or spark-sql / pyspark with dialect: 'spark'.
 * const { graph } = await readTiesDuckDb({ query: `SELECT source, target, strength AS weight FROM (${sql})` });
 * graph.getEdgeAttribute('a', 'b', 'weight'); //=> 0.8999999999999999
 * graph.getEdgeAttribute('a', 'c', 'weight'); //=> 0.3134963904099435
 */
export function tieStrengthSql(input: string, options?: TieStrengthSqlOptions): string {
  const opts = resolveOptions(NAME, TIE_STRENGTH_SQL_DEFAULTS, options);
  const { dialect, from, to, at, channel, durationSeconds, recipients, timeFormat, ...aggregation } = opts;
  assertEnum(NAME, 'dialect', dialect, ['duckdb', 'spark'] as const);
  assertEnum(NAME, 'timeFormat', timeFormat, ['timestamp', 'epochMs'] as const);
  const d = dialectOf(dialect);
  const columns = { from, to, at, channel, durationSeconds, recipients };
  for (const option of COLUMN_OPTIONS) {
    const value = columns[option];
    const optional = option === 'channel' || option === 'durationSeconds' || option === 'recipients';
    if (value === null && optional) continue;
    if (typeof value !== 'string' || value.length === 0 || value.includes('\0')) {
      throw new InvalidOptionError(
        `${NAME}: option ${option} must name a column (a non-empty string without NUL)${optional ? ', or be null when the log has none' : ''}; got ${show(value)}`,
        option,
      );
    }
  }
  const config = resolveAggregation(aggregation);
  for (const name of Object.keys(config.channelWeights)) {
    if (name.includes('\0')) {
      throw new InvalidOptionError(`${NAME}: option channelWeights has a channel name with a NUL character, which SQL text cannot hold; got ${show(name)}`, 'channelWeights');
    }
  }
  const relation: SqlInput = {
    relation: relationOf(input, d),
    from: from as string,
    to: to as string,
    at: at as string,
    channel: channel as string | null,
    durationSeconds: durationSeconds as string | null,
    recipients: recipients as string | null,
    timeFormat,
  };
  return buildTieStrengthSql(d, relation, config);
}

/** The tiesFromInteractions options, validated by its own rules, with this function's name in messages. */
function resolveAggregation(options: Omit<TiesFromInteractionsOptions, 'onInvalidEvent' | 'as'>) {
  try {
    return resolveConfig(options);
  } catch (error) {
    if (error instanceof InvalidOptionError) throw new InvalidOptionError(error.message.replace(TIES_NAME, NAME), error.option);
    throw error;
  }
}

/** A plain identifier part (quoted on output). */
const NAME_PART = /^[A-Za-z_][A-Za-z0-9_$]*$/;

/** The FROM item of the input: a dotted name with each part quoted, or a parenthesised query as written. */
function relationOf(input: unknown, d: Dialect): string {
  if (typeof input !== 'string' || input.trim().length === 0) {
    throw new InvalidOptionError(`${NAME}: the input must be a table or view name, or a parenthesised query; got ${show(input)}`, 'input');
  }
  const text = input.trim();
  if (text.startsWith('(')) {
    if (!balancedQuery(text, d.name === 'spark')) {
      throw new InvalidOptionError(
        `${NAME}: the input starts with "(" but is not one parenthesised query (unbalanced parentheses or quotes, text after the closing parenthesis, or a ";"); got ${show(input)}`,
        'input',
      );
    }
    return `${text} AS ts_input`;
  }
  const parts = text.split('.');
  if (!parts.every((part) => NAME_PART.test(part))) {
    throw new InvalidOptionError(
      `${NAME}: the input must be a table or view name (letters, digits, _ and $, parts joined by "."), or a parenthesised query; got ${show(input)}`,
      'input',
    );
  }
  return parts.map((part) => d.id(part)).join('.');
}

/**
 * Whether `text` is one parenthesised expression: parentheses balance outside quotes ('…', "…",
 * `…`), the first one closes at the last character, and no `;` or comment opener stands outside quotes.
 */
function balancedQuery(text: string, backslashEscapes: boolean): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== '') {
      if (c === '\\' && backslashEscapes && quote !== '`') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === ';') return false;
    else if ((c === '-' && text[i + 1] === '-') || (c === '/' && text[i + 1] === '*')) return false;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0 && i !== text.length - 1) return false;
      if (depth < 0) return false;
    }
  }
  return depth === 0 && quote === '';
}
