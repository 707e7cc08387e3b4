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
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { CsvFormatError, InvalidOptionError, show, truncate } from '../errors.js';

/**
 * fast-csv, loaded on first use rather than at import time: it is CommonJS that `require`s Node
 * built-ins, which breaks an application bundled as an ES module (`Dynamic require of "util" is
 * not supported`) the moment the package is imported, CSV or not.
 */
let fastCsv: typeof import('fast-csv') | null = null;

/** @internal Loads fast-csv once. */
export async function loadFastCsv(): Promise<typeof import('fast-csv')> {
  fastCsv ??= await import('fast-csv');
  return fastCsv;
}

function parse(options: import('fast-csv').ParserOptionsArgs): ReturnType<typeof import('fast-csv').parse> {
  if (fastCsv === null) throw new Error('tiestrength: fast-csv is not loaded');
  return fastCsv.parse(options);
}

/** A column given by header name or by 0-based position. */
export type ColumnSpec = string | number;

/** The first rejected rows kept in a report, with their lines. */
export const MAX_REPORTED_ROWS = 20;

/**
 * The most columns a CSV input may have: 16,384, a spreadsheet's limit (Excel's XFD). A wider
 * header is almost surely not a table (a binary file, a file with no line ends) and is refused
 * with reason `'tooManyColumns'` before any per-column work.
 */
export const MAX_COLUMNS = 16_384;

/** Column names listed in a message before "… and N more". */
const LISTED_COLUMNS = 20;

/**
 * @internal
 * Quotes a text for a message: JSON-escaped (control characters, DEL, C1 controls, U+FFFD and
 * line separators as `\uXXXX`) and truncated, so that a binary input never puts raw bytes in a message.
 */
export function quote(text: string, max = 80): string {
  return JSON.stringify(truncate(text, max)).replace(/[\u007f-\u009f\u2028\u2029\ufffd]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** @internal Lists column names for a message: the first 20, quoted, then how many more. */
export function listColumns(columns: readonly string[]): string {
  const shown = columns.slice(0, LISTED_COLUMNS).map((c) => quote(c, 40)).join(', ');
  return columns.length > LISTED_COLUMNS ? `${shown} … and ${columns.length - LISTED_COLUMNS} more` : shown;
}

const BLANK_TEXT = /^\s*$/;

/**
 * @internal
 * Whether an id cell is empty or whitespace-only. fast-csv reads an unquoted whitespace-only cell
 * as `''`, so a quoted one (`"  "`) is treated alike: neither is an id (reason `'emptyId'`). Any
 * other id is kept exactly as written, surrounding spaces included.
 */
export function isBlankId(text: string): boolean {
  if (text === '') return true;
  const c = text.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return BLANK_TEXT.test(text);
}

/**
 * @internal
 * Checks a `delimiter` option: exactly one character (one UTF-16 unit), not a double quote and
 * not a line end. fast-csv would otherwise throw an untyped `Error`, or split rows wrongly.
 */
export function assertDelimiter(prefix: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value.length !== 1 || value === '"' || value === '\n' || value === '\r') {
    throw new InvalidOptionError(
      `${prefix}: option delimiter must be one character other than a double quote or a line end; got ${show(value)}`,
      'delimiter',
    );
  }
}

/** @internal Checks a `file` option (the input's name in messages): a string when given. */
export function assertFileName(prefix: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'string') {
    throw new InvalidOptionError(`${prefix}: option file must be a string (the input's name in messages); got ${show(value)}`, 'file');
  }
}

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
  /** The bytes of an incomplete UTF-8 sequence at the end of the last chunk. */
  private pending: Buffer | null = null;
  /** Blank lines dropped before the header. */
  leadingBlankLines = 0;
  /** Whether any double quote has passed (rows emitted so far come from text already seen). */
  quoteSeen = false;
  /** The last byte of the input so far (−1 before any): a line end or not, at the end of the input. */
  lastByte = -1;

  constructor(
    skipLeadingBlankLines: boolean,
    private readonly prefix: string,
    private readonly file: string,
  ) {
    // Object mode on the writable side: an object-mode source (Readable.from of strings, or of
    // objects) must reach _transform, where anything but text or bytes is refused with a typed
    // error, instead of making pipe() throw ERR_INVALID_ARG_TYPE outside every handler.
    super({ writableObjectMode: true });
    this.atStart = skipLeadingBlankLines;
  }

  override _transform(input: unknown, _encoding: BufferEncoding, callback: TransformCallback): void {
    let chunk: Buffer;
    if (Buffer.isBuffer(input)) chunk = input;
    else if (typeof input === 'string') chunk = Buffer.from(input, 'utf8');
    else if (input instanceof Uint8Array) chunk = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    else {
      callback(
        new CsvFormatError(
          `${this.prefix}: ${this.file}: the input stream gave ${input === null ? 'null' : typeof input === 'object' ? 'an object' : `a ${typeof input}`}, not text or bytes; pass a byte or text stream (not an object-mode stream of rows)`,
          { file: this.file, reason: 'notText' },
        ),
      );
      return;
    }
    if (chunk.length > 0) this.lastByte = chunk[chunk.length - 1]!;
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
    const invalid = this.checkUtf8(chunk);
    if (invalid !== null) {
      callback(invalid);
      return;
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

  override _flush(callback: TransformCallback): void {
    // An incomplete sequence at the very end of the input.
    callback(this.pending === null ? null : this.encodingError(this.pending, 0, 0));
  }

  /**
   * Validates a chunk as UTF-8 (strictly: a byte that is not UTF-8 is an error, never U+FFFD), a
   * multi-byte sequence split across chunks being completed by the next one. Returns the error.
   */
  private checkUtf8(chunk: Buffer): CsvFormatError | null {
    const carried = this.pending === null ? 0 : this.pending.length;
    const data = carried === 0 ? chunk : Buffer.concat([this.pending!, chunk]);
    const complete = completeUtf8Length(data);
    if (!isUtf8(data.subarray(0, complete))) {
      const at = firstInvalidUtf8(data);
      return this.encodingError(data, at, Math.max(0, at - carried), chunk);
    }
    this.pending = complete < data.length ? Buffer.from(data.subarray(complete)) : null;
    return null;
  }

  /** The error for the invalid byte at `at` of `data` (`before` bytes of `chunk` precede it). */
  private encodingError(data: Buffer, at: number, before: number, chunk?: Buffer): CsvFormatError {
    let line = 1 + this.leadingBlankLines + this.droppedNewlines;
    for (const held of this.chunks) line += countNewlineBytes(held, held.length);
    if (chunk !== undefined) line += countNewlineBytes(chunk, before);
    const bytes = [...data.subarray(at, at + 4)].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ');
    return new CsvFormatError(
      `${this.prefix}: ${this.file}: line ${line}: the input is not valid UTF-8 (bytes ${bytes}); ` +
        'it may be Latin-1 or Windows-1252: convert it to UTF-8 (for example iconv -f WINDOWS-1252 -t UTF-8)',
      { file: this.file, line, reason: 'invalidEncoding' },
    );
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

/** Number of '\n' bytes in the first `end` bytes of a buffer. */
function countNewlineBytes(buffer: Buffer, end: number): number {
  let count = 0;
  for (let i = buffer.indexOf(0x0a); i !== -1 && i < end; i = buffer.indexOf(0x0a, i + 1)) count++;
  return count;
}

/** The length of the longest prefix of `data` that does not end inside a UTF-8 sequence. */
function completeUtf8Length(data: Buffer): number {
  const n = data.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const c = data[i]!;
    if (c < 0x80) return n;
    if (c >= 0xc0) return n - i >= (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2) ? n : i;
  }
  return n;
}

/** The offset of the first byte of `data` that does not belong to a well-formed UTF-8 sequence (slow; for messages). */
function firstInvalidUtf8(data: Buffer): number {
  for (let i = 0; i < data.length; ) {
    const c = data[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (need === 0 || i + need > data.length || !isUtf8(data.subarray(i, i + need))) return i;
    i += need;
  }
  return data.length;
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
  if (fastCsv !== null) return streamRows(stream, options);
  // First use: keep an early error from going unhandled while fast-csv loads (streamRows then
  // sees it through `stream.errored`).
  const early = () => {};
  stream.on('error', early);
  return loadFastCsv().then(
    () => {
      stream.off('error', early);
      return streamRows(stream, options);
    },
    (error: unknown) => {
      stream.off('error', early);
      throw error;
    },
  );
}

function streamRows(stream: Readable, options: StreamRowsOptions): Promise<StreamRowsResult> {
  const { prefix, file, header } = options;
  return new Promise((resolve, reject) => {
    const window = new InputWindow(header, prefix, file);
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

    const assertColumnCount = (count: number) => {
      if (count > MAX_COLUMNS) {
        throw new CsvFormatError(
          `${prefix}: ${file}: line 1: ${count} columns, more than the ${MAX_COLUMNS} a table may have; is this a CSV file, and is the delimiter right?`,
          { file, line: 1, reason: 'tooManyColumns' },
        );
      }
    };

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

    // A row of the wrong width is reported when the next row (or the end) comes: a short last row
    // with no line end after it is the input being cut off mid-row ('truncated'), not a bad row.
    let short: { at: number; got: number; cells: string[] } | null = null;
    const deferShort = (at: number, got: number, cells: string[]) => {
      if (got < width) short = { at, got, cells };
      else options.onReject(at, columnCountProblem(width, got), cells);
    };
    const flushShort = () => {
      if (short === null) return;
      const { at, got, cells } = short;
      short = null;
      options.onReject(at, columnCountProblem(width, got), cells);
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
        assertColumnCount(names.length);
        // Linear: a 160,000-column header once took 18 s with indexOf per name.
        const positions = new Map<string, number>();
        let duplicate: string | undefined;
        for (const name of names) {
          if (positions.has(name)) {
            duplicate = name;
            break;
          }
          positions.set(name, 0);
        }
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
          if (columns === null) {
            assertColumnCount(row.length);
            setColumns(row.map((_, i) => String(i)));
          }
          flushShort();
          rows++;
          const at = line;
          advance(row);
          if (row.length !== width) {
            deferShort(at, row.length, row);
            return;
          }
          context.line = at;
          const problem = options.onRow(row, context);
          if (problem) options.onReject(at, problem, row);
          return;
        }
        flushShort();
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
        flushShort();
        rows++;
        const at = line;
        advance(cells);
        deferShort(at, cells.length, cells);
      } catch (error) {
        fail(error);
      }
    });

    parser.on('error', (error: Error) => {
      const message = String(error?.message ?? error);
      if (/duplicate headers/i.test(message)) {
        fail(
          new CsvFormatError(`${prefix}: ${file}: line 1: duplicate column names in the header (${quote(message, 200)})`, {
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
            `${prefix}: ${file}: line ${at}: malformed CSV, e.g. an unclosed quote or text after a closing quote (${quote(message, 200)})`,
            { file, line: at, reason: 'malformed' },
            { cause: error },
          ),
        ),
      );
    });

    // The window refuses non-text chunks and input that is not UTF-8 (typed errors).
    window.on('error', (error: Error) => fail(error));

    // 'unreadable': the stream failed with an error.
    const onStreamError = (error: Error) => {
      if ((error as { code?: unknown })?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
        // A pipeline whose source was destroyed without an error: that is 'destroyed' too.
        fail(
          new CsvFormatError(`${prefix}: ${file}: cannot read the input: the stream was destroyed before its end`, {
            file,
            reason: 'destroyed',
          }, { cause: error }),
        );
        return;
      }
      fail(
        new CsvFormatError(`${prefix}: ${file}: cannot read the input: the stream failed (${quote(String(error?.message ?? error), 200)})`, {
          file,
          reason: 'unreadable',
        }, { cause: error }),
      );
    };
    stream.on('error', onStreamError);
    // 'destroyed': the stream closed before its end without an error (`stream.destroy()`); without
    // this the read would wait forever.
    const onStreamClose = () => {
      if (failed || stream.readableEnded || (stream as { errored?: unknown }).errored) return;
      fail(
        new CsvFormatError(`${prefix}: ${file}: cannot read the input: the stream was destroyed before its end`, {
          file,
          reason: 'destroyed',
        }),
      );
    };
    stream.on('close', onStreamClose);

    parser.on('end', () => {
      if (failed) return;
      if (short !== null) {
        const { at, got } = short;
        if (window.lastByte !== 0x0a && window.lastByte !== 0x0d) {
          fail(
            new CsvFormatError(
              `${prefix}: ${file}: line ${at}: the input ends in the middle of a row (${got} of ${width} cells, no line end): it was cut off`,
              { file, line: at, reason: 'truncated' },
            ),
          );
          return;
        }
        try {
          flushShort();
        } catch (error) {
          fail(error);
          return;
        }
      }
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

    // A stream that failed or was destroyed before it reached here emits nothing more.
    const errored = (stream as { errored?: unknown }).errored;
    if (errored) onStreamError(errored as Error);
    else if (stream.destroyed && !stream.readableEnded) onStreamClose();
    if (failed) return;

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
    const delimiter = guessDelimiter(columns);
    if (delimiter !== null) {
      throw new CsvFormatError(
        `${prefix}: ${file}: line 1: the header has no column ${quote(spec)} (option ${option}); it is one column, ${quote(columns[0]!)}, ` +
          `which holds ${JSON.stringify(delimiter)}: the file may be ${JSON.stringify(delimiter)}-delimited (option delimiter: ${JSON.stringify(delimiter)})`,
        { file, line: 1, column: spec, reason: 'wrongDelimiter' },
      );
    }
    throw new CsvFormatError(
      `${prefix}: ${file}: line 1: the header has no column ${quote(spec)} (option ${option}); columns are ${listColumns(columns)}`,
      { file, line: 1, column: spec, reason: 'missingColumn' },
    );
  }
  const position = columns.indexOf(spec);
  return { key: `_${position}`, label: spec, position };
}

/** Delimiters worth suggesting when a header reads as one column. */
const CANDIDATE_DELIMITERS = [';', '\t', '|', ','];

/** A delimiter the header's one column holds (the file is probably delimited by it), or `null`. */
function guessDelimiter(columns: readonly string[]): string | null {
  if (columns.length !== 1) return null;
  for (const candidate of CANDIDATE_DELIMITERS) if (columns[0]!.includes(candidate)) return candidate;
  return null;
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
