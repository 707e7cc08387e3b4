/**
 * Internal machinery shared by the CSV writers: cell formatting (full-precision numbers, `NaN`
 * as empty, formula-injection guard) and streaming rows through fast-csv with backpressure.
 *
 * @module
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { format } from 'fast-csv';
import { InvalidOptionError, show } from '../errors.js';

/** A value a table cell may hold. */
export type Cell = string | number | boolean | bigint | Date | null | undefined | readonly unknown[] | Record<string, unknown>;

/** Options shared by the CSV writers. */
export interface WriteCsvOptions {
  /** The columns to write, in order (others are left out). [every column, in order of first appearance] */
  columns?: readonly string[];
  /** The cell delimiter. [`','`] */
  delimiter?: string;
}

/** What a CSV writer wrote. */
export interface WriteCsvResult {
  /** The output's name: the path, or `'<stream>'`. */
  file: string;
  /** The header, as written (before the formula-injection guard). */
  columns: string[];
  /** Data rows written (the header excluded). */
  rows: number;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * @internal
 * Formats one cell. Numbers keep full precision (the shortest text that reads back to the same
 * double), `NaN`, `null` and `undefined` are empty, `±Infinity` is written as such, dates in
 * ISO 8601, arrays and objects as JSON. Text starting with `=`, `+`, `-`, `@`, tab or carriage
 * return is prefixed with `'` so that spreadsheets do not run it as a formula (OWASP CSV
 * injection); numbers are never altered.
 */
export function formatCell(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? '' : String(value);
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return guardText(value);
    case 'undefined':
      return '';
    default:
      if (value === null) return '';
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
      return guardText(JSON.stringify(value) ?? String(value));
  }
}

/** @internal Prefixes text that a spreadsheet would read as a formula. */
export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** @internal Resolves a path or a Writable; paths are created and closed here, streams are left open. */
function openOutput(output: unknown, prefix: string): { stream: Writable; file: string; owned: boolean } {
  if (typeof output === 'string') return { stream: createWriteStream(output), file: output, owned: true };
  if (typeof output === 'object' && output !== null && typeof (output as Writable).write === 'function') {
    return { stream: output as Writable, file: '<stream>', owned: false };
  }
  throw new InvalidOptionError(`${prefix}: output must be a file path or a Writable stream; got ${show(output)}`, 'output');
}

/**
 * @internal
 * Writes a header and rows as CSV to a path or a stream, honouring backpressure.
 */
export async function writeCsvRows(
  output: unknown,
  header: readonly string[],
  rows: Iterable<readonly unknown[]>,
  delimiter: string,
  prefix: string,
): Promise<WriteCsvResult> {
  const { stream, file, owned } = openOutput(output, prefix);
  const csv = format({ delimiter, includeEndRowDelimiter: true, headers: false });
  csv.pipe(stream, { end: owned });
  let count = 0;
  const write = async (cells: string[]) => {
    if (!csv.write(cells)) await once(csv, 'drain');
  };
  try {
    await write(header.map(guardText));
    for (const row of rows) {
      const cells = new Array<string>(row.length);
      for (let i = 0; i < row.length; i++) cells[i] = formatCell(row[i]);
      await write(cells);
      count++;
    }
    csv.end();
    if (owned) await finished(stream);
    else await finished(csv);
  } catch (error) {
    csv.destroy();
    if (owned) stream.destroy();
    throw error;
  }
  return { file, columns: [...header], rows: count };
}

/**
 * @internal
 * Chooses and orders the columns: the caller's `columns` (each must exist), or all of them.
 */
export function selectColumns(available: readonly string[], requested: readonly string[] | undefined, prefix: string): string[] {
  if (requested === undefined) return [...available];
  if (!Array.isArray(requested) || requested.some((c) => typeof c !== 'string')) {
    throw new InvalidOptionError(`${prefix}: option columns must be an array of column names; got ${show(requested)}`, 'columns');
  }
  for (const column of requested) {
    if (!available.includes(column)) {
      throw new InvalidOptionError(
        `${prefix}: option columns names ${show(column)}, which the table lacks; columns are ${available.map((c) => show(c)).join(', ')}`,
        'columns',
      );
    }
  }
  return [...requested];
}

/** @internal Own-property read that ignores the prototype (a key such as `constructor` reads as absent). */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * @internal
 * Writes a table given as columns and row arrays: selects and orders the columns the caller asked
 * for (all by default), then streams the rows.
 */
export function writeTable(
  output: unknown,
  columns: readonly string[],
  rows: Iterable<unknown[]>,
  requested: readonly string[] | undefined,
  delimiter: string,
  prefix: string,
): Promise<WriteCsvResult> {
  const header = selectColumns(columns, requested, prefix);
  const at = header.map((c) => columns.indexOf(c));
  const projected = (function* () {
    for (const row of rows) yield at.map((i) => row[i]);
  })();
  return writeCsvRows(output, header, projected, delimiter, prefix);
}
