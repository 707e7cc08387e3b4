/**
 * Internal machinery shared by the CSV readers: open the input, stream rows through fast-csv,
 * count physical lines, map columns, and collect rejected rows.
 *
 * fast-csv reports neither line numbers nor short errors, so this module counts lines itself:
 * every row starts on the line after the previous row ended, and a row spans one line plus one
 * per newline embedded in its quoted fields. Blank lines must therefore reach us: we parse with
 * `ignoreEmpty: false` (fast-csv's `ignoreEmpty: true` would drop them unseen and every later line
 * number would drift) and skip them here, counted in the report. `strictColumnHandling` makes a
 * row with too few or too many cells an invalid row, never a silent empty string.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { parse } from 'fast-csv';
import { CsvFormatError, InvalidOptionError, show, truncate } from '../errors.js';

/** A column given by header name or by 0-based position. */
export type ColumnSpec = string | number;

/** The first rejected rows kept in a report, with their lines. */
export const MAX_REPORTED_ROWS = 20;

/** One rejected row, as kept in a read report. */
export interface RejectedRow {
  /** The 1-based physical line where the row starts (the header is line 1). */
  line: number;
  /** Why the row was rejected, e.g. `'invalidWeight'`. */
  reason: string;
  /** What was wrong, in words. */
  message: string;
  /** The row's cells as read (each truncated to 200 characters). */
  cells: string[];
}

/**
 * @internal
 * Handles rejected rows: in `'throw'` mode throws {@link CsvFormatError} with file, line, column
 * and reason; in `'skip'` mode counts them per reason and keeps the first {@link MAX_REPORTED_ROWS}.
 */
export class Rejections {
  readonly counts: Record<string, number> = {};
  readonly rows: RejectedRow[] = [];
  total = 0;

  constructor(
    private readonly prefix: string,
    private readonly file: string,
    private readonly skip: boolean,
  ) {}

  /** Rejects a row: throws in `'throw'` mode, records it in `'skip'` mode. */
  reject(line: number, problem: RowProblem, cells: string[]): void {
    if (!this.skip) {
      throw new CsvFormatError(`${this.prefix}: ${this.file}: line ${line}: ${problem.message}`, {
        file: this.file,
        line,
        column: problem.column,
        reason: problem.reason,
      });
    }
    this.add(line, problem.reason, problem.message, cells);
  }

  private add(line: number, reason: string, message: string, cells: string[]): void {
    this.total++;
    this.counts[reason] = (this.counts[reason] ?? 0) + 1;
    if (this.rows.length < MAX_REPORTED_ROWS) {
      this.rows.push({ line, reason, message, cells: cells.map((c) => truncate(c, 200)) });
    }
  }
}

/** @internal A value rejected for a row: the reason code, the message and the column. */
export class RowProblem {
  constructor(
    readonly reason: string,
    readonly message: string,
    readonly column?: ColumnSpec,
  ) {}
}

/** @internal What the row callback receives. */
export interface RowContext {
  /** The 1-based line where the row starts. */
  line: number;
}

/** @internal Options of {@link streamCsvRows}. */
export interface StreamRowsOptions {
  prefix: string;
  file: string;
  header: boolean;
  delimiter: string;
  /**
   * Called once with the column names (header names, or `'0'`, `'1'`, … for a headerless file,
   * after the first row); returns the cell keys the row callback reads, may throw.
   */
  onColumns?: (names: string[]) => void;
  /**
   * Called for each well-formed row with its cells: an array for a headerless file, an object
   * keyed `'_0'`, `'_1'`, … for a headered one (see {@link resolveColumn}); returns a problem to reject it.
   */
  onRow: (row: Record<string, string> | string[], context: RowContext) => RowProblem | void;
  /** Called for each rejected row (wrong cell count or a {@link RowProblem}). May throw to stop. */
  onReject: (line: number, problem: RowProblem, cells: string[]) => void;
}

/** @internal Result counts of {@link streamCsvRows}. */
export interface StreamRowsResult {
  /** Data rows seen (header and blank lines excluded). */
  rows: number;
  /** Blank lines skipped. */
  blankLines: number;
  /** Column names. */
  columns: string[];
}

/** @internal Opens a path or passes a stream through; names it for messages. */
export function openInput(input: unknown, fileOption: unknown, prefix: string): { stream: Readable; file: string } {
  if (typeof input === 'string') {
    return { stream: createReadStream(input), file: typeof fileOption === 'string' ? fileOption : input };
  }
  if (input instanceof Readable || (typeof input === 'object' && input !== null && typeof (input as Readable).pipe === 'function')) {
    return { stream: input as Readable, file: typeof fileOption === 'string' ? fileOption : '<stream>' };
  }
  throw new InvalidOptionError(`${prefix}: input must be a file path or a Readable stream; got ${show(input)}`, 'input');
}

/** @internal Number of '\n' in a string. */
function newlines(value: string): number {
  let count = 0;
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) count++;
  return count;
}

/** Bytes of recent input kept to locate a parse error (at least the last two chunks are kept). */
const WINDOW_BYTES = 1 << 22;

/**
 * @internal
 * A pass-through stream in front of fast-csv that keeps the most recent input, so that a parse
 * error can be located at its exact line (fast-csv parses a whole chunk before it emits any of
 * its rows, so rows read before the error tell only where the chunk started). With a header, it
 * also drops blank lines before the header, which fast-csv would otherwise take as the header.
 */
class InputWindow extends Transform {
  private readonly chunks: Buffer[] = [];
  private retained = 0;
  private droppedNewlines = 0;
  private atStart: boolean;
  /** Blank lines dropped before the header. */
  leadingBlankLines = 0;
  /** Whether any double quote has passed (rows emitted so far come from text already seen). */
  quoteSeen = false;

  constructor(skipLeadingBlankLines: boolean) {
    super();
    this.atStart = skipLeadingBlankLines;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.atStart) {
      const bom = chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      let end = bom ? 3 : 0;
      while (end < chunk.length && (chunk[end] === 0x0a || chunk[end] === 0x0d)) {
        if (chunk[end] === 0x0a) this.leadingBlankLines++;
        end++;
      }
      if (end === chunk.length) {
        callback();
        return;
      }
      this.atStart = false;
      if (end > (bom ? 3 : 0)) chunk = bom ? Buffer.concat([chunk.subarray(0, 3), chunk.subarray(end)]) : chunk.subarray(end);
    }
    if (!this.quoteSeen && chunk.indexOf(0x22) !== -1) this.quoteSeen = true;
    this.chunks.push(chunk);
    this.retained += chunk.length;
    while (this.chunks.length > 2 && this.retained > WINDOW_BYTES) {
      const old = this.chunks.shift()!;
      this.retained -= old.length;
      for (let i = old.indexOf(0x0a); i !== -1; i = old.indexOf(0x0a, i + 1)) this.droppedNewlines++;
    }
    callback(null, chunk);
  }

  /** The text from line `line` on, if the window still holds that line. */
  textFrom(line: number): string | null {
    const first = 1 + this.leadingBlankLines + this.droppedNewlines;
    if (line < first) return null;
    let text = Buffer.concat(this.chunks).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let offset = 0;
    for (let skip = line - first; skip > 0; skip--) {
      const next = text.indexOf('\n', offset);
      if (next === -1) return null;
      offset = next + 1;
    }
    return text.slice(offset);
  }
}

/**
 * @internal
 * Re-parses `text` (which starts at line `line`) one physical line per chunk, so that rows are
 * emitted before the error, and returns the line where the failing row starts.
 */
function locateParseError(text: string, line: number, delimiter: string): Promise<number> {
  return new Promise((resolve) => {
    let at = line;
    const parser = parse({ headers: false, ignoreEmpty: false, delimiter });
    parser.on('data', (row: string[]) => {
      let extra = 0;
      for (const cell of row) if (cell.indexOf('\n') !== -1) extra += newlines(cell);
      at += 1 + extra;
    });
    parser.on('error', () => resolve(at));
    parser.on('end', () => resolve(line));
    Readable.from(
      (function* () {
        for (let start = 0; start < text.length; ) {
          const end = text.indexOf('\n', start);
          const stop = end === -1 ? text.length : end + 1;
          yield text.slice(start, stop);
          start = stop;
        }
      })(),
    ).pipe(parser);
  });
}

/**
 * @internal
 * Streams a CSV input row by row with exact line numbers. Resolves when the input ends; rejects
 * with {@link CsvFormatError} on a malformed file (unclosed quote, duplicate header, empty file)
 * or with whatever a callback threw.
 */
export function streamCsvRows(stream: Readable, options: StreamRowsOptions): Promise<StreamRowsResult> {
  const { prefix, file, header } = options;
  return new Promise((resolve, reject) => {
    const window = new InputWindow(header);
    let line = 1; // line where the next row starts
    let rows = 0;
    let blankLines = 0;
    let columns: string[] | null = null;
    let width = -1;
    let failed = false;
    const context: RowContext = { line: 0 };
    let original: string[] | null = null;
    const parser = parse({
      // Rows are keyed by position ('_0', '_1', …), never by header text: a header cell such as
      // `__proto__` used as an object key would replace the row's prototype. The real names are
      // kept here and checked for duplicates below.
      headers: header
        ? (names: (string | null | undefined)[]) => {
            original = names.map((n) => (n == null ? '' : String(n)));
            return original.map((_, i) => `_${i}`);
          }
        : false,
      strictColumnHandling: header,
      ignoreEmpty: false,
      delimiter: options.delimiter,
    });

    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      stream.unpipe(window);
      window.unpipe(parser);
      parser.destroy();
      window.destroy();
      stream.destroy();
      reject(error);
    };

    const advance = (cells: string[]) => {
      let extra = 0;
      if (window.quoteSeen) for (let i = 0; i < cells.length; i++) {
        const c = cells[i]!;
        if (c.length > 0 && c.indexOf('\n') !== -1) extra += newlines(c);
      }
      line += 1 + extra;
    };

    let cellKeys: string[] = [];
    const setColumns = (names: string[]) => {
      columns = names;
      width = names.length;
      cellKeys = names.map((_, i) => `_${i}`);
      options.onColumns?.(names);
    };

    parser.on('headers', () => {
      try {
        line += window.leadingBlankLines;
        blankLines += window.leadingBlankLines;
        const names = original ?? [];
        const duplicate = names.find((name, i) => names.indexOf(name) !== i);
        if (duplicate !== undefined) {
          throw new CsvFormatError(`${prefix}: ${file}: line 1: the header names column ${show(duplicate)} twice`, {
            file,
            line: 1,
            column: duplicate,
            reason: 'duplicateHeader',
          });
        }
        setColumns(names);
        advance(names);
      } catch (error) {
        fail(error);
      }
    });

    parser.on('data', (row: Record<string, string> | string[]) => {
      if (failed) return;
      try {
        if (Array.isArray(row)) {
          // Headerless file: rows are arrays, checked against the first row's width here.
          if (row.length === 0) {
            blankLines++;
            line++;
            return;
          }
          if (columns === null) setColumns(row.map((_, i) => String(i)));
          rows++;
          const at = line;
          advance(row);
          if (row.length !== width) {
            options.onReject(at, columnCountProblem(width, row.length), row);
            return;
          }
          context.line = at;
          const problem = options.onRow(row, context);
          if (problem) options.onReject(at, problem, row);
          return;
        }
        rows++;
        const at = line;
        const names = cellKeys;
        let extra = 0;
        // Only a quoted cell can hold a newline: skip the scan while the input has had no quote.
        if (window.quoteSeen) {
          for (let i = 0; i < names.length; i++) {
            const c = row[names[i]!];
            if (c !== undefined && c.length > 0 && c.indexOf('\n') !== -1) extra += newlines(c);
          }
        }
        line += 1 + extra;
        context.line = at;
        const problem = options.onRow(row, context);
        if (problem) options.onReject(at, problem, names.map((c) => row[c] ?? ''));
      } catch (error) {
        fail(error);
      }
    });

    parser.on('data-invalid', (row: unknown) => {
      if (failed) return;
      try {
        const cells = Array.isArray(row) ? row.map((c) => (c == null ? '' : String(c))) : [];
        if (cells.length === 0) {
          blankLines++;
          line++;
          return;
        }
        rows++;
        const at = line;
        advance(cells);
        options.onReject(at, columnCountProblem(width, cells.length), cells);
      } catch (error) {
        fail(error);
      }
    });

    parser.on('error', (error: Error) => {
      const message = String(error?.message ?? error);
      if (/duplicate headers/i.test(message)) {
        fail(
          new CsvFormatError(`${prefix}: ${file}: line 1: duplicate column names in the header (${truncate(message, 200)})`, {
            file,
            line: 1,
            reason: 'duplicateHeader',
          }),
        );
        return;
      }
      if (failed) return;
      const from = line + (columns === null ? window.leadingBlankLines : 0);
      const text = window.textFrom(from);
      void (text === null ? Promise.resolve(from) : locateParseError(text, from, options.delimiter)).then((at) =>
        fail(
          new CsvFormatError(
            `${prefix}: ${file}: line ${at}: malformed CSV, e.g. an unclosed quote or text after a closing quote (${truncate(message, 200)})`,
            { file, line: at, reason: 'malformed' },
            { cause: error },
          ),
        ),
      );
    });

    stream.on('error', (error: Error) => {
      fail(
        new CsvFormatError(`${prefix}: ${file}: cannot read the input (${truncate(String(error?.message ?? error), 200)})`, {
          file,
          reason: 'unreadable',
        }, { cause: error }),
      );
    });

    parser.on('end', () => {
      if (failed) return;
      if (columns === null && header) {
        fail(
          new CsvFormatError(`${prefix}: ${file}: line 1: the file is empty; expected a header line`, {
            file,
            line: 1,
            reason: 'emptyFile',
          }),
        );
        return;
      }
      resolve({ rows, blankLines, columns: columns ?? [] });
    });

    stream.pipe(window).pipe(parser);
  });
}

function columnCountProblem(expected: number, got: number): RowProblem {
  return new RowProblem('columnCount', `expected ${expected} cells, got ${got}`);
}

/**
 * @internal
 * Resolves a column spec against the column names: a name must be one of them; a position must
 * be an integer in range. Returns the key to read cells with (a name for headered files, a
 * position for headerless ones) and a label for messages.
 */
export function resolveColumn(
  spec: ColumnSpec,
  option: string,
  columns: string[],
  header: boolean,
  prefix: string,
  file: string,
): { key: string | number; label: string | number; position: number } {
  if (typeof spec === 'number') {
    if (!Number.isInteger(spec) || spec < 0) {
      throw new InvalidOptionError(`${prefix}: option ${option} must be a column name or a 0-based position; got ${show(spec)}`, option);
    }
    if (spec >= columns.length) {
      throw new CsvFormatError(
        `${prefix}: ${file}: line 1: option ${option} asks for column position ${spec}, but the file has ${columns.length} columns`,
        { file, line: 1, column: spec, reason: 'missingColumn' },
      );
    }
    return header ? { key: `_${spec}`, label: columns[spec]!, position: spec } : { key: spec, label: spec, position: spec };
  }
  if (typeof spec !== 'string') {
    throw new InvalidOptionError(`${prefix}: option ${option} must be a column name or a 0-based position; got ${show(spec)}`, option);
  }
  if (!header) {
    throw new InvalidOptionError(
      `${prefix}: option ${option} names column ${show(spec)}, but header is false; give a 0-based position`,
      option,
    );
  }
  if (!columns.includes(spec)) {
    throw new CsvFormatError(
      `${prefix}: ${file}: line 1: the header has no column ${show(spec)} (option ${option}); columns are ${columns
        .map((c) => show(c))
        .join(', ')}`,
      { file, line: 1, column: spec, reason: 'missingColumn' },
    );
  }
  const position = columns.indexOf(spec);
  return { key: `_${position}`, label: spec, position };
}

const NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * @internal
 * Parses a decimal number strictly: `'3'`, `'2.5'`, `'1e3'`, `' 4 '` are numbers; `''`, `'abc'`,
 * `'0x10'`, `'1,5'`, `'Infinity'` and `'NaN'` are not (returns `NaN`).
 */
export function parseDecimal(text: string): number {
  // Fast path: plain digits with at most one '.', the common case, need no regular expression.
  const n = text.length;
  let i = 0;
  let dot = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c === 46 && !dot) {
      dot = true;
      continue;
    }
    break;
  }
  if (i === n && n > 0 && !(dot && n === 1)) return Number(text);
  return NUMBER.test(text) ? Number(text) : Number.NaN;
}

/** @internal Whether a text is a strict decimal number (see {@link parseDecimal}). */
export function isDecimal(text: string): boolean {
  return NUMBER.test(text);
}
