/**
 * Internal machinery shared by the CSV writers: cell formatting (full-precision numbers, `NaN`
 * as empty, formula-injection guard on free-text cells), CSV quoting, and writing to a path (a
 * temporary file renamed into place on success) or a stream, with every failure a typed rejection.
 *
 * The rows are formatted here rather than by fast-csv's formatter stream: piping that stream into
 * a file or a caller's Writable left the destination's 'error' event (ENOSPC on a full disk, a
 * Writable whose write calls back with an error) with no listener, which crashed the process
 * instead of rejecting (issue 12). The quoting rules are fast-csv's (a cell holding a double
 * quote, the delimiter, `|`, `\r` or `\n` is quoted, quotes doubled), with two departures that
 * keep values intact on the way back: NUL characters are kept (fast-csv drops them) and a
 * whitespace-only cell is quoted (fast-csv's parser reads an unquoted one as empty).
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { CsvWriteError, InvalidOptionError, show } from '../errors.js';
import { assertDelimiter, quote } from './csv-rows.js';

/** A value a table cell may hold. */
export type Cell = string | number | boolean | bigint | Date | null | undefined | readonly unknown[] | Record<string, unknown>;

/**
 * Which text cells get the formula-injection guard (a `'` prefix on text starting with `=`, `+`,
 * `-`, `@`, tab or carriage return, so that a spreadsheet shows it instead of running it):
 *
 * - `'text'`: free-text cells only. Id columns (the node column; `source`, `target` and the edge
 *   column) are written exactly, so that ids such as `+44 20 7946 0000` or `-7` read back as the
 *   same people.
 * - `'all'`: every text cell, ids included (a file meant only for a spreadsheet, from untrusted
 *   ids); guarded ids then read back with their `'` prefix, as other people.
 * - `'none'`: no cell (a trusted pipeline from program to program).
 */
export type FormulaGuard = 'text' | 'all' | 'none';

/** Options shared by the CSV writers. */
export interface WriteCsvOptions {
  /** The columns to write, in order, each once (others are left out). [every column, in order of first appearance] */
  columns?: readonly string[];
  /** The cell delimiter: one character other than a double quote or a line end. [`','`] */
  delimiter?: string;
  /** Which text cells get the formula-injection guard (see {@link FormulaGuard}). [`'text'`] */
  formulaGuard?: FormulaGuard;
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

/** @internal A cell that cannot be written (a BigInt inside an object, a circular object). */
class InvalidCell extends Error {}

/**
 * @internal
 * Formats one cell. Numbers keep full precision (the shortest text that reads back to the same
 * double), `NaN`, `null` and `undefined` are empty, `±Infinity` is written as such, dates in
 * ISO 8601, arrays and objects as JSON. With `guarded`, text starting with `=`, `+`, `-`, `@`,
 * tab or carriage return is prefixed with `'` (OWASP CSV injection); numbers are never altered.
 * Throws `InvalidCell` for an object JSON cannot write (circular, or holding a BigInt).
 */
export function formatCell(value: unknown, guarded = true): string {
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? '' : String(value);
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return guarded ? guardText(value) : value;
    case 'undefined':
      return '';
    case 'symbol':
    case 'function':
      throw new InvalidCell(`a ${typeof value} cannot be written as a cell`);
    default: {
      if (value === null) return '';
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
      let json: string | undefined;
      try {
        json = JSON.stringify(value);
      } catch (error) {
        throw new InvalidCell(`the value cannot be written as JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      const text = json ?? String(value);
      return guarded ? guardText(text) : text;
    }
  }
}

/** @internal Prefixes text that a spreadsheet would read as a formula. */
export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const WHITESPACE_ONLY = /^\s+$/;

/** @internal Quotes a field as fast-csv does (see the module notes), plus whitespace-only fields. */
export function csvField(text: string, delimiter: string): string {
  if (text.indexOf('"') !== -1) return `"${text.replace(/"/g, '""')}"`;
  if (
    text.indexOf(delimiter) !== -1 ||
    text.indexOf('\n') !== -1 ||
    text.indexOf('\r') !== -1 ||
    text.indexOf('|') !== -1 ||
    (text.length > 0 && text.charCodeAt(0) <= 32 && WHITESPACE_ONLY.test(text))
  ) {
    return `"${text}"`;
  }
  return text;
}

/** Text gathered before a write to the output. */
const FLUSH_CHARS = 1 << 16;

/** Where rows go: a file (maybe through a temporary file) or a caller's stream. */
interface Sink {
  write(text: string | Uint8Array): Promise<void>;
  /** Finishes: closes the file and renames the temporary file into place. */
  close(): Promise<void>;
  /** Gives up after a failure: closes and removes the temporary file. Never throws. */
  abort(): Promise<void>;
}

/** @internal Checks `output`: a non-empty path or a Writable. */
function checkOutput(output: unknown, prefix: string): { file: string; stream: Writable | null } {
  if (typeof output === 'string' && output !== '') return { file: output, stream: null };
  if (typeof output === 'object' && output !== null && typeof (output as Writable).write === 'function') {
    return { file: '<stream>', stream: output as Writable };
  }
  throw new InvalidOptionError(`${prefix}: output must be a file path or a Writable stream; got ${show(output)}`, 'output');
}

/**
 * A file sink. A regular file (or a path that does not exist yet) is written to a temporary file
 * in the same directory (`.name.<pid>.<random>.tmp`, with the existing file's permissions) and
 * renamed over the path on success, so a failed write leaves the old file, or nothing, never half
 * a table; a symbolic link is followed and kept. A device, FIFO or socket (`/dev/stdout`) is
 * written in place.
 */
async function openFileSink(path: string): Promise<Sink> {
  let info: Awaited<ReturnType<typeof stat>> | null = null;
  try {
    info = await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (info !== null && info.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${path}'`), { code: 'EISDIR' });
  }
  let handle: FileHandle;
  let temporary: string | null = null;
  let target = path;
  if (info !== null && !info.isFile()) {
    handle = await open(path, 'w');
  } else {
    target = info !== null ? await realpath(path) : resolve(path);
    temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    handle = await open(temporary, 'wx');
    if (info !== null) await handle.chmod(info.mode & 0o7777).catch(() => undefined);
  }
  let closed = false;
  return {
    async write(text) {
      const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      for (let offset = 0; offset < bytes.length; ) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
        offset += bytesWritten;
      }
    },
    async close() {
      closed = true;
      await handle.close();
      if (temporary !== null) await rename(temporary, target);
    },
    async abort() {
      if (!closed) await handle.close().catch(() => undefined);
      if (temporary !== null) await unlink(temporary).catch(() => undefined);
    },
  };
}

/**
 * A stream sink: each write waits for its callback, and an 'error' listener is kept on the stream
 * so that a failing destination rejects the call instead of crashing the process. The stream is
 * left open. After a failure the listener stays (the stream's later 'error' event is the failure
 * already reported); after success it is removed.
 */
function streamSink(stream: Writable): Sink {
  let failure: Error | null = null;
  let wake: ((error: Error) => void) | null = null;
  const onError = (error: Error) => {
    failure ??= error;
    wake?.(error);
  };
  stream.on('error', onError);
  return {
    write(text) {
      if (failure !== null) return Promise.reject(failure);
      return new Promise<void>((resolveWrite, rejectWrite) => {
        wake = rejectWrite;
        try {
          stream.write(text, (error?: Error | null) => {
            wake = null;
            if (error) rejectWrite(error);
            else if (failure !== null) rejectWrite(failure);
            else resolveWrite();
          });
        } catch (error) {
          wake = null;
          rejectWrite(error);
        }
      });
    },
    async close() {
      if (failure !== null) throw failure;
      stream.off('error', onError);
    },
    async abort() {},
  };
}

/** @internal The physical lines a formatted row adds (1 plus the line ends inside quoted cells). */
function linesOf(fields: string[]): number {
  let lines = 1;
  for (const field of fields) {
    if (field.charCodeAt(0) !== 34) continue;
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) lines++;
  }
  return lines;
}

/** @internal How {@link writeCsvRows} formats cells. */
export interface WriteRowsFormat {
  delimiter: string;
  formulaGuard: FormulaGuard;
  /** The header positions of id columns (not guarded under `formulaGuard: 'text'`). */
  idColumns: ReadonlySet<number>;
}

/**
 * @internal
 * Writes a header and rows as CSV to a path or a stream. Rejects with {@link CsvWriteError}:
 * reason `'unwritable'` (with the system error as `cause`) when the output cannot be opened or
 * written, reason `'invalidCell'` (with the output line and column) for a cell that cannot be
 * written. A path is left as it was on failure (see `openFileSink`).
 */
export async function writeCsvRows(
  output: unknown,
  header: readonly string[],
  rows: Iterable<readonly unknown[]>,
  format: WriteRowsFormat,
  prefix: string,
): Promise<WriteCsvResult> {
  const { file, stream } = checkOutput(output, prefix);
  const { delimiter, formulaGuard, idColumns } = format;
  const unwritable = (error: unknown) =>
    new CsvWriteError(
      `${prefix}: ${file}: cannot write the output (${quote(error instanceof Error ? error.message : String(error), 200)})`,
      { file, reason: 'unwritable' },
      { cause: error },
    );
  let sink: Sink;
  try {
    sink = stream === null ? await openFileSink(file) : streamSink(stream);
  } catch (error) {
    throw unwritable(error);
  }
  let count = 0;
  try {
    const guarded = header.map((_, i) => formulaGuard === 'all' || (formulaGuard === 'text' && !idColumns.has(i)));
    const headerFields = header.map((name) => csvField(formulaGuard === 'none' ? name : guardText(name), delimiter));
    let line = 1 + linesOf(headerFields);
    let buffer = `${headerFields.join(delimiter)}\n`;
    const flush = async () => {
      const text = buffer;
      buffer = '';
      try {
        await sink.write(text);
      } catch (error) {
        throw unwritable(error);
      }
    };
    const fields: string[] = [];
    for (const row of rows) {
      fields.length = row.length;
      for (let i = 0; i < row.length; i++) {
        let text: string;
        try {
          text = formatCell(row[i], guarded[i]!);
        } catch (error) {
          if (!(error instanceof InvalidCell)) throw error;
          throw new CsvWriteError(`${prefix}: ${file}: line ${line}: column ${quote(header[i] ?? String(i))}: ${error.message}`, {
            file,
            line,
            column: header[i] ?? i,
            reason: 'invalidCell',
          });
        }
        fields[i] = csvField(text, delimiter);
      }
      buffer += `${fields.join(delimiter)}\n`;
      line += linesOf(fields);
      count++;
      if (buffer.length >= FLUSH_CHARS) await flush();
    }
    if (buffer.length > 0) await flush();
    try {
      await sink.close();
    } catch (error) {
      throw unwritable(error);
    }
  } catch (error) {
    // Typed errors from here, or whatever the caller's row source threw: clean up, pass it on.
    await sink.abort();
    throw error;
  }
  return { file, columns: [...header], rows: count };
}

/**
 * @internal
 * Chooses and orders the columns: the caller's `columns` (each must exist, each once), or all of them.
 */
export function selectColumns(available: readonly string[], requested: readonly string[] | undefined, prefix: string): string[] {
  if (requested === undefined) return [...available];
  if (!Array.isArray(requested) || requested.length === 0 || requested.some((c) => typeof c !== 'string')) {
    throw new InvalidOptionError(`${prefix}: option columns must be a non-empty array of column names; got ${show(requested)}`, 'columns');
  }
  const seen = new Set<string>();
  for (const column of requested) {
    if (!available.includes(column)) {
      throw new InvalidOptionError(
        `${prefix}: option columns names ${show(column)}, which the table lacks; columns are ${available.map((c) => show(c)).join(', ')}`,
        'columns',
      );
    }
    if (seen.has(column)) {
      throw new InvalidOptionError(`${prefix}: option columns names ${show(column)} twice; a header naming a column twice cannot be read back`, 'columns');
    }
    seen.add(column);
  }
  return [...requested];
}

/** @internal Own-property read that ignores the prototype (a key such as `constructor` reads as absent). */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** @internal Checks the options every writer shares. */
export function assertWriteOptions(prefix: string, opts: { delimiter: unknown; formulaGuard: unknown }): void {
  assertDelimiter(prefix, opts.delimiter);
  const guard = opts.formulaGuard;
  if (guard !== 'text' && guard !== 'all' && guard !== 'none') {
    throw new InvalidOptionError(`${prefix}: option formulaGuard must be one of "text", "all", "none"; got ${show(guard)}`, 'formulaGuard');
  }
}

/**
 * @internal
 * Writes a table given as columns and row arrays: selects and orders the columns the caller asked
 * for (all by default), then streams the rows. `idColumns` names the id columns (see {@link FormulaGuard}).
 */
export function writeTable(
  output: unknown,
  columns: readonly string[],
  rows: Iterable<unknown[]>,
  options: { columns?: readonly string[]; delimiter: string; formulaGuard: FormulaGuard },
  idColumns: readonly string[],
  prefix: string,
): Promise<WriteCsvResult> {
  const header = selectColumns(columns, options.columns, prefix);
  const at = header.map((c) => columns.indexOf(c));
  const ids = new Set<number>();
  header.forEach((c, i) => {
    if (idColumns.includes(c)) ids.add(i);
  });
  const projected = (function* () {
    for (const row of rows) yield at.map((i) => row[i]);
  })();
  return writeCsvRows(output, header, projected, { delimiter: options.delimiter, formulaGuard: options.formulaGuard, idColumns: ids }, prefix);
}

/**
 * @internal
 * Writes bytes (an Arrow or Parquet file) to a path or a stream with the CSV writers' guarantees:
 * a path goes through a temporary file renamed into place, so a failure leaves it as it was; a
 * stream is left open. `unwritable(file, error)` makes the rejection.
 */
export async function writeBytes(
  output: unknown,
  chunks: Iterable<Uint8Array>,
  prefix: string,
  unwritable: (file: string, error: unknown) => Error,
): Promise<string> {
  const { file, stream } = checkOutput(output, prefix);
  let sink: Sink;
  try {
    sink = stream === null ? await openFileSink(file) : streamSink(stream);
  } catch (error) {
    throw unwritable(file, error);
  }
  try {
    for (const chunk of chunks) await sink.write(chunk);
    await sink.close();
  } catch (error) {
    await sink.abort();
    throw unwritable(file, error);
  }
  return file;
}
