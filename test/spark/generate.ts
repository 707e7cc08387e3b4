/**
 * Writes what test/spark/run_spark.py needs into a directory (argument 1): every log of the
 * tieStrengthSql DuckDB tests (and seeded random logs), the Spark SQL tieStrengthSql generates
 * for each option set, and the ties tiesFromInteractions computes, as `cases.json`.
 *
 *   npx tsx test/spark/generate.ts /tmp/dir [--all]
 *
 * By default a selection that reaches every branch of the SQL; `--all` writes every case.
 *
 * Numbers that JSON cannot hold (NaN, ±Infinity: invalid durations) are written as strings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { tieStrengthSql } from '../../src/ties/tie-strength-sql.js';
import type { InteractionEvent, TiesFromInteractionsOptions } from '../../src/ties/ties-from-interactions.js';
import {
  ARB_EVENT,
  ARB_OPTIONS,
  CASES,
  COMPANY,
  COMPANY_OPTIONS,
  idCell,
  jsTies,
  shapeOf,
  sqlOptions,
  timeCell,
  type TableShape,
} from '../ties/tie-strength-sql-cases.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx test/spark/generate.ts <output directory>');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });

interface Log {
  view: string;
  shape: TableShape;
  /** [from, to, at (epoch ms), channel, durationSeconds, recipients] */
  rows: unknown[][];
}

const logs: Log[] = [];
const runs: { name: string; view: string; sql: string; expected: unknown[] }[] = [];

function cell(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}

function addLog(events: readonly InteractionEvent[]): Log {
  const log: Log = {
    view: `events_${logs.length}`,
    shape: shapeOf(events),
    rows: events.map((e) => [
      idCell(e.from),
      idCell(e.to),
      timeCell(e.at),
      typeof e.channel === 'string' ? e.channel : null,
      typeof e.durationSeconds === 'number' ? cell(e.durationSeconds) : e.durationSeconds == null ? null : 'NaN',
      typeof e.recipients === 'number' ? cell(e.recipients) : e.recipients == null ? null : 'NaN',
    ]),
  };
  logs.push(log);
  return log;
}

function addRun(name: string, log: Log, events: readonly InteractionEvent[], options: TiesFromInteractionsOptions): void {
  let expected;
  try {
    expected = jsTies(events, options);
  } catch {
    return; // weights only on indicators this log does not carry: the DuckDB tests check that both fail
  }
  runs.push({ name, view: log.view, sql: tieStrengthSql(sqlOptions(log.view, log.shape, options, 'spark')), expected });
}

// Every option set of the hand-computed log (each branch of the SQL), the first of every other log,
// two of the synthetic company and a dozen random logs: the DuckDB tests cover the rest, and Spark
// has to show that the dialect (functions, quoting, literals, types) computes the same.
const all = process.argv.includes('--all');
CASES.forEach(({ name, events, options }, i) => {
  const log = addLog(events);
  for (const o of all || i === 0 ? options : options.slice(0, 1)) addRun(`${name} ${JSON.stringify(o)}`, log, events, o);
});
const company = addLog(COMPANY);
for (const o of all ? COMPANY_OPTIONS : COMPANY_OPTIONS.slice(1, 3)) addRun(`synthetic company ${JSON.stringify(o)}`, company, COMPANY, o);
const samples = fc.sample(fc.tuple(fc.array(ARB_EVENT, { maxLength: 60 }), ARB_OPTIONS), { seed: 20240611, numRuns: all ? 40 : 12 });
samples.forEach(([events, options], i) => addRun(`random ${i} ${JSON.stringify(options)}`, addLog(events), events, options));

writeFileSync(join(dir, 'cases.json'), JSON.stringify({ logs, runs }));
console.log(`spark: wrote ${logs.length} logs and ${runs.length} queries to ${join(dir, 'cases.json')}`);
