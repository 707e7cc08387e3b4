/**
 * Shared by the tieStrengthSql tests: load events into an in-memory DuckDB table (through an
 * appender), run the generated SQL, and compare its rows with tiesFromInteractions' ties.
 */
import { DuckDBInstance, timestampValue, type DuckDBConnection } from '@duckdb/node-api';
import { toEpochMs } from '../../src/core/timestamp.js';
import { tiesFromInteractions, type InteractionEvent, type TiesFromInteractionsOptions } from '../../src/ties/ties-from-interactions.js';
import { tieStrengthSql, type TieStrengthSqlOptions } from '../../src/ties/tie-strength-sql.js';

/** One tie as the SQL returns it (and as built from tiesFromInteractions' index and tie table). */
export interface TieRow {
  source: string;
  target: string;
  strength: number;
  interactions: number;
  sourceInitiated: number;
  targetInitiated: number;
  firstAt: number;
  lastAt: number;
  spanDays: number;
  ageDays: number;
  daysSinceLast: number;
  recency: number;
  decayedVolume: number;
  reciprocity: number;
  oneWay: boolean;
  channels: number;
  multiplexity: number;
  intimacy: number;
  durationSeconds: number;
}

export const TIE_COLUMNS = [
  'source',
  'target',
  'strength',
  'interactions',
  'sourceInitiated',
  'targetInitiated',
  'firstAt',
  'lastAt',
  'spanDays',
  'ageDays',
  'daysSinceLast',
  'recency',
  'decayedVolume',
  'reciprocity',
  'oneWay',
  'channels',
  'multiplexity',
  'intimacy',
  'durationSeconds',
] as const;

export async function openDuckDb(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  return instance.connect();
}

/** Which optional columns the table has, and how times are stored. */
export interface TableShape {
  timeFormat: 'timestamp' | 'epochMs';
  channel: boolean;
  durationSeconds: boolean;
  recipients: boolean;
}

/** The shape that holds every field of these events (times as timestamps when they are whole milliseconds). */
export function shapeOf(events: readonly InteractionEvent[]): TableShape {
  let whole = true;
  for (const e of events) {
    const t = typeof e.at === 'number' ? e.at : toEpochMs(e.at);
    if (Number.isFinite(t) && !Number.isInteger(t)) whole = false;
  }
  return {
    timeFormat: whole ? 'timestamp' : 'epochMs',
    channel: events.some((e) => e.channel !== undefined),
    durationSeconds: events.some((e) => e.durationSeconds !== undefined),
    recipients: events.some((e) => e.recipients !== undefined),
  };
}

/** An id cell: tiesFromInteractions' key, or null for an id it rejects. */
function idCell(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 0 ? value : null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * Creates table `name` (replacing it) and appends the events. Cells tiesFromInteractions would
 * reject become cells the SQL rejects too (NULL ids and times, NaN durations).
 */
export async function loadEvents(connection: DuckDBConnection, name: string, events: readonly InteractionEvent[], shape: TableShape): Promise<void> {
  const columns = [
    '"from" VARCHAR',
    '"to" VARCHAR',
    `"at" ${shape.timeFormat === 'timestamp' ? 'TIMESTAMP' : 'DOUBLE'}`,
    ...(shape.channel ? ['"channel" VARCHAR'] : []),
    ...(shape.durationSeconds ? ['"durationSeconds" DOUBLE'] : []),
    ...(shape.recipients ? ['"recipients" DOUBLE'] : []),
  ];
  await connection.run(`CREATE OR REPLACE TABLE "${name}" (${columns.join(', ')})`);
  const appender = await connection.createAppender(name);
  for (const e of events) {
    const from = idCell(e.from);
    const to = idCell(e.to);
    if (from === null) appender.appendNull();
    else appender.appendVarchar(from);
    if (to === null) appender.appendNull();
    else appender.appendVarchar(to);
    const t = typeof e.at === 'number' ? (Math.abs(e.at) <= 8.64e15 ? e.at : Number.NaN) : toEpochMs(e.at);
    if (Number.isNaN(t)) appender.appendNull();
    else if (shape.timeFormat === 'timestamp') appender.appendTimestamp(timestampValue(BigInt(t) * 1000n));
    else appender.appendDouble(t);
    if (shape.channel) {
      const c = e.channel;
      if (c === undefined || c === null) appender.appendNull();
      else if (typeof c === 'string') appender.appendVarchar(c);
      else appender.appendNull();
    }
    if (shape.durationSeconds) {
      const d = e.durationSeconds;
      if (d === undefined || d === null) appender.appendNull();
      else appender.appendDouble(typeof d === 'number' ? d : Number.NaN);
    }
    if (shape.recipients) {
      const r = e.recipients;
      if (r === undefined || r === null) appender.appendNull();
      else appender.appendDouble(typeof r === 'number' ? r : Number.NaN);
    }
    appender.endRow();
  }
  appender.closeSync();
}

/** Runs a SELECT and returns its rows as plain objects (BIGINT as numbers). */
export async function query(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjects().map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'bigint' ? Number(value) : value;
    return out;
  });
}

/** The ties of the SQL, in (source, target) order. */
export async function sqlTies(connection: DuckDBConnection, options: TieStrengthSqlOptions): Promise<TieRow[]> {
  const sql = tieStrengthSql(options);
  return (await query(connection, `SELECT * FROM (${sql}) AS ties ORDER BY source, target`)) as unknown as TieRow[];
}

/** The ties of tiesFromInteractions as rows, in (source, target) order by the engine's (byte) order. */
export function jsTies(events: readonly InteractionEvent[], options: TiesFromInteractionsOptions): TieRow[] {
  const { index, ties } = tiesFromInteractions(events, { ...options, as: 'index' });
  const rows: TieRow[] = [];
  for (let t = 0; t < index.size; t++) {
    rows.push({
      source: index.keys[index.tieSources[t]!]!,
      target: index.keys[index.tieTargets[t]!]!,
      strength: index.tieStrengths[t]!,
      interactions: ties.interactions[t]!,
      sourceInitiated: ties.sourceInitiated[t]!,
      targetInitiated: ties.targetInitiated[t]!,
      firstAt: ties.firstAt[t]!,
      lastAt: ties.lastAt[t]!,
      spanDays: ties.spanDays[t]!,
      ageDays: ties.ageDays[t]!,
      daysSinceLast: ties.daysSinceLast[t]!,
      recency: ties.recency[t]!,
      decayedVolume: ties.decayedVolume[t]!,
      reciprocity: ties.reciprocity[t]!,
      oneWay: ties.oneWay[t] === 1,
      channels: ties.channels[t]!,
      multiplexity: ties.multiplexity[t]!,
      intimacy: ties.intimacy[t]!,
      durationSeconds: ties.durationSeconds[t]!,
    });
  }
  const bytes = (s: string) => Buffer.from(s, 'utf8');
  return rows.sort((x, y) => Buffer.compare(bytes(x.source), bytes(y.source)) || Buffer.compare(bytes(x.target), bytes(y.target)));
}

/** |a − b| ≤ rtol · max(|a|, |b|), or both below `floor` (subnormal powers of 2 differ between libms). */
export function close(a: number, b: number, rtol = 1e-9, floor = 1e-300): boolean {
  if (a === b) return true;
  if (Math.abs(a) < floor && Math.abs(b) < floor) return true;
  return Math.abs(a - b) <= rtol * Math.max(Math.abs(a), Math.abs(b));
}

/** The differences between two tie lists (empty when equal to `rtol`): what a failing test prints. */
export function differences(actual: readonly TieRow[], expected: readonly TieRow[], rtol = 1e-9): string[] {
  const out: string[] = [];
  if (actual.length !== expected.length) out.push(`ties: ${actual.length} from SQL, ${expected.length} from tiesFromInteractions`);
  const n = Math.min(actual.length, expected.length);
  for (let i = 0; i < n && out.length < 20; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    for (const column of TIE_COLUMNS) {
      const x = a[column];
      const y = e[column];
      const same = typeof x === 'number' && typeof y === 'number' ? close(x, y, rtol) : x === y;
      if (!same) out.push(`tie ${i} ${e.source}–${e.target} ${column}: SQL ${String(x)}, JS ${String(y)}`);
    }
  }
  return out;
}

/** tieStrengthSql options for a table loaded with `shape`, plus the aggregation options. */
export function sqlOptions(table: string, shape: TableShape, options: TiesFromInteractionsOptions): TieStrengthSqlOptions {
  const { onInvalidEvent: _skip, as: _as, ...aggregation } = options;
  return {
    ...aggregation,
    dialect: 'duckdb',
    table,
    timeFormat: shape.timeFormat,
    channel: shape.channel ? 'channel' : null,
    durationSeconds: shape.durationSeconds ? 'durationSeconds' : null,
    recipients: shape.recipients ? 'recipients' : null,
  };
}
