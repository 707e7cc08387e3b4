/**
 * Writes what test/spark/run_spark.py needs into a directory (argument 1): every log of the
 * tieStrengthSql DuckDB tests (and seeded random logs), the Spark SQL tieStrengthSql generates
 * for each option set, and the ties tiesFromInteractions computes, as `cases.json`.
 *
 *   npx tsx test/spark/generate.ts /tmp/dir [--all]
 *
 * By default a selection that reaches every branch of the SQL; `--all` writes every case.
 *
 * The events go to `events.jsonl` (all logs, a `log` column tells them apart); numbers JSON
 * cannot hold (NaN, ±Infinity: invalid durations) are written as the bare tokens Spark reads.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
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
  sqlFor,
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
}

const logs: Log[] = [];
const runs: { name: string; view: string; sql: string; expected: unknown[] }[] = [];
/** The events of every log, one JSON object a line (Spark's JSON reader takes NaN and Infinity unquoted). */
const lines: string[] = [];

/** A number cell: a finite number, NaN or ±Infinity (unquoted tokens), or null. */
function numberCell(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value !== 'number') return 'NaN'; // tiesFromInteractions rejects it; so does the SQL
  return Number.isFinite(value) ? JSON.stringify(value) : String(value);
}

function addLog(events: readonly InteractionEvent[]): Log {
  const log: Log = { view: `events_${logs.length}`, shape: shapeOf(events) };
  const timestamp = log.shape.timeFormat === 'timestamp';
  for (const e of events) {
    const at = timeCell(e.at);
    const fields = [
      `"log":${logs.length}`,
      `"from":${JSON.stringify(idCell(e.from))}`,
      `"to":${JSON.stringify(idCell(e.to))}`,
      // Whole milliseconds as microseconds for timestamp_micros (exact), or epoch ms.
      timestamp ? `"at_us":${at === null ? 'null' : String(BigInt(at) * 1000n)}` : `"at_ms":${numberCell(at)}`,
      `"channel":${JSON.stringify(typeof e.channel === 'string' ? e.channel : null)}`,
      `"durationSeconds":${numberCell(e.durationSeconds)}`,
      `"recipients":${numberCell(e.recipients)}`,
    ];
    lines.push(`{${fields.join(',')}}`);
  }
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
  runs.push({ name, view: log.view, sql: sqlFor(sqlOptions(log.view, log.shape, options, 'spark')), expected });
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

writeFileSync(join(dir, 'events.jsonl'), `${lines.join('\n')}\n`);
writeFileSync(join(dir, 'cases.json'), JSON.stringify({ logs, runs }));
console.log(`spark: wrote ${logs.length} logs and ${runs.length} queries to ${join(dir, 'cases.json')}`);
