/**
 * Reading the command's inputs: ties or interactions CSV (file or stdin) and an optional people CSV.
 *
 * @internal
 * @module
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { AbstractGraph } from 'graphology-types';
import { readInteractionsCsv } from '../io/read-interactions-csv.js';
import { readPeopleCsv } from '../io/read-people-csv.js';
import { readTiesCsv } from '../io/read-ties-csv.js';
import { readTiesDuckDb } from '../io/read-ties-duckdb.js';
import { tiesFromInteractionsDuckDb } from '../io/ties-from-interactions-duckdb.js';
import type { ReportSource } from '../report/build-report.js';
import { tiesFromInteractions } from '../ties/ties-from-interactions.js';
import { UsageError } from './errors.js';

/** @internal Options shared by the commands that read ties. */
export interface TiesInputOptions {
  interactions?: boolean;
  source?: string;
  target?: string;
  weight?: string;
  directed?: boolean;
  delimiter?: string;
  skipInvalid?: boolean;
  halfLifeDays?: string;
  asOf?: string;
  windowDays?: string;
  dormantBelow?: string;
  minInteractions?: string;
  /** `csv` (the streaming readers, the default) or `duckdb` (Parquet, CSV or JSON files and globs through DuckDB). */
  engine?: string;
  memoryLimit?: string;
  tempDirectory?: string;
}

/** @internal The engines that read the input. */
export const ENGINES = ['csv', 'duckdb'] as const;

/** @internal A number option, or a usage error naming it. */
export function numberOption(name: string, value: string | undefined, check: (x: number) => boolean = Number.isFinite): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === '' || !check(x)) throw new UsageError(`option --${name}: not a valid number: ${JSON.stringify(value)}`);
  return x;
}

/** @internal The tiesFromInteractions options given on the command line. */
export function interactionOptions(o: TiesInputOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const half = numberOption('half-life-days', o.halfLifeDays, (x) => x > 0);
  if (half !== undefined) out.halfLifeDays = half;
  const window = numberOption('window-days', o.windowDays, (x) => x > 0);
  if (window !== undefined) out.windowDays = window;
  const dormant = numberOption('dormant-below', o.dormantBelow, (x) => x >= 0);
  if (dormant !== undefined) out.dormantBelow = dormant;
  const min = numberOption('min-interactions', o.minInteractions, (x) => Number.isInteger(x) && x >= 1);
  if (min !== undefined) out.minInteractions = min;
  if (o.asOf !== undefined) out.asOf = o.asOf;
  if (o.directed) out.directed = true;
  if (o.skipInvalid) out.onInvalidEvent = 'skip';
  return out;
}

/** @internal Reads the network: a ties CSV, or an interactions CSV aggregated to ties. */
export async function readNetwork(path: string, o: TiesInputOptions): Promise<{ graph: AbstractGraph; source: ReportSource }> {
  const stdin = path === '-';
  const input = stdin ? process.stdin : path;
  const file = stdin ? '<stdin>' : path;
  const delimiter = o.delimiter ?? ',';
  const engine = o.engine ?? 'csv';
  if (!(ENGINES as readonly string[]).includes(engine)) throw new UsageError(`option --engine: expected csv or duckdb; got ${JSON.stringify(engine)}`);
  if (engine === 'duckdb') return readNetworkDuckDb(path, o);
  if (o.memoryLimit !== undefined || o.tempDirectory !== undefined) {
    throw new UsageError(`option --${o.memoryLimit !== undefined ? 'memory-limit' : 'temp-directory'} needs --engine duckdb`);
  }
  if (o.interactions) {
    const events = readInteractionsCsv(input, { file, delimiter, onInvalidRow: o.skipInvalid ? 'skip' : 'throw' });
    const ties = await tiesFromInteractions(events, interactionOptions(o));
    const report = events.report;
    return {
      graph: ties.graph as unknown as AbstractGraph,
      source: {
        kind: 'interactions',
        file,
        rows: report?.rows ?? 0,
        rejected: report?.rejected ?? 0,
        rejectedRows: report?.rejectedRows.map((r) => ({ line: r.line, message: r.message })) ?? [],
      },
    };
  }
  const { graph, report } = await readTiesCsv(input, {
    file,
    delimiter,
    source: o.source ?? 'source',
    target: o.target ?? 'target',
    ...(o.weight === undefined ? {} : { weight: o.weight }),
    directed: o.directed === true,
    onInvalidRow: o.skipInvalid ? 'skip' : 'throw',
  });
  return {
    graph: graph as unknown as AbstractGraph,
    source: { kind: 'ties', file, rows: report.rows, rejected: report.rejected, rejectedRows: report.rejectedRows.map((r) => ({ line: r.line, message: r.message })) },
  };
}

/**
 * @internal
 * Reads the network through DuckDB: a path or glob of Parquet, CSV or JSON files (not stdin),
 * ties or, with --interactions, a log aggregated inside DuckDB.
 */
async function readNetworkDuckDb(path: string, o: TiesInputOptions): Promise<{ graph: AbstractGraph; source: ReportSource }> {
  if (path === '-') throw new UsageError('--engine duckdb reads files (paths or globs such as "logs/*.parquet"), not stdin');
  const settings = {
    ...(o.memoryLimit === undefined ? {} : { memoryLimit: o.memoryLimit }),
    ...(o.tempDirectory === undefined ? {} : { tempDirectory: o.tempDirectory }),
    // CSV files: the same delimiter as the CSV engine (Parquet and JSON ignore it).
    delimiter: o.delimiter ?? ',',
    onInvalidRow: o.skipInvalid ? ('skip' as const) : ('throw' as const),
  };
  const rejectedRows = (rows: readonly { row: number; message: string }[]) => rows.map((r) => ({ line: r.row, message: `row ${r.row}: ${r.message}` }));
  if (o.interactions) {
    const { onInvalidEvent: _, ...aggregation } = interactionOptions(o);
    const { graph, report } = await tiesFromInteractionsDuckDb(path, { ...aggregation, ...settings });
    return {
      graph: graph as unknown as AbstractGraph,
      source: { kind: 'interactions', file: path, rows: report.events, rejected: report.rejected, rejectedRows: rejectedRows(report.rejectedRows) },
    };
  }
  const { graph, report } = await readTiesDuckDb(path, {
    ...settings,
    source: o.source ?? 'source',
    target: o.target ?? 'target',
    ...(o.weight === undefined ? {} : { weight: o.weight }),
    directed: o.directed === true,
  });
  return {
    graph: graph as unknown as AbstractGraph,
    source: { kind: 'ties', file: path, rows: report.rows, rejected: report.rejected, rejectedRows: rejectedRows(report.rejectedRows) },
  };
}

/** @internal The header names of a CSV file (its first line), for choosing default columns. */
export function headerOf(path: string, delimiter = ','): string[] {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(65536);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    const line = buffer.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
    return line.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  } finally {
    closeSync(fd);
  }
}

/** @internal Reads the people CSV onto the graph; returns which columns hold what. */
export async function readPeople(
  graph: AbstractGraph,
  path: string,
  o: { idColumn?: string; group?: string; kindColumn?: string; delimiter?: string; skipInvalid?: boolean },
): Promise<{ source: ReportSource; columns: string[]; group: string | null }> {
  const columns = headerOf(path, o.delimiter ?? ',');
  const group = o.group ?? (columns.includes('group') ? 'group' : columns.includes('department') ? 'department' : null);
  if (o.group !== undefined && !columns.includes(o.group)) {
    throw new UsageError(`option --group: the people file ${path} has no column ${JSON.stringify(o.group)} (columns: ${columns.join(', ')})`);
  }
  const { report } = await readPeopleCsv(
    path,
    {
      id: o.idColumn ?? 'id',
      group,
      ...(o.kindColumn === undefined ? {} : { kind: o.kindColumn }),
      delimiter: o.delimiter ?? ',',
      onInvalidRow: o.skipInvalid ? 'skip' : 'throw',
    },
    graph,
  );
  return {
    columns,
    group,
    source: { kind: 'people', file: path, rows: report.rows, rejected: report.rejected, rejectedRows: report.rejectedRows.map((r) => ({ line: r.line, message: r.message })) },
  };
}
