/**
 * Shared by the tieStrengthSql DuckDB tests: load events into an in-memory DuckDB table (through
 * an appender) and run the generated SQL; the logs and the comparison are in
 * tie-strength-sql-cases.ts (re-exported here).
 */
import { DuckDBInstance, timestampValue, type DuckDBConnection } from '@duckdb/node-api';
import type { InteractionEvent } from '../../src/ties/ties-from-interactions.js';
import { idCell, sqlFor, timeCell, type SqlCall, type TableShape, type TieRow } from './tie-strength-sql-cases.js';

export * from './tie-strength-sql-cases.js';

export async function openDuckDb(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  return instance.connect();
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
    const t = timeCell(e.at);
    if (t === null) appender.appendNull();
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
export async function sqlTies(connection: DuckDBConnection, options: SqlCall): Promise<TieRow[]> {
  const sql = sqlFor(options);
  return (await query(connection, `SELECT * FROM (${sql}) AS ties ORDER BY source, target`)) as unknown as TieRow[];
}

