/**
 * The tiestrength error hierarchy.
 *
 * Every error the library throws on purpose is a {@link TieStrengthError} with a stable
 * `code`. Test and branch on the class or the code, never on the message text: messages
 * say what was wrong and where (function, node, edge, option, file and line) and may be
 * reworded.
 *
 * ```
 * TieStrengthError (base, readonly code)
 * ├─ InvalidGraphError           E_INVALID_GRAPH     not a graphology graph or CsrIndex
 * ├─ GraphTypeNotSupportedError  E_GRAPH_TYPE        e.g. a graph mixing directed and undirected edges
 * ├─ NodeNotFoundError           E_NODE_NOT_FOUND    a requested node key is absent
 * ├─ InvalidOptionError          E_INVALID_OPTION    bad option value, unknown enum, missing attribute
 * ├─ InvalidWeightError          E_INVALID_WEIGHT    zero, negative, NaN, ±∞ or non-numeric strength/distance
 * ├─ CsvFormatError              E_CSV_FORMAT        a malformed CSV row, with file, line and column
 * ├─ CsvWriteError               E_CSV_WRITE         a CSV output that could not be written, with file and reason
 * ├─ TableWriteError             E_TABLE_WRITE       an Arrow or Parquet output that could not be written
 * ├─ InvalidEventError           E_INVALID_EVENT     an interaction event with a bad id, time or field
 * ├─ DuckDbReadError             E_DUCKDB_READ       input read through DuckDB that cannot be used (src/io/duckdb-error.ts)
 * └─ AbortedError                E_ABORTED           a call cancelled through its signal
 * ```
 *
 * @module
 */

/** Stable machine-readable codes of {@link TieStrengthError} subclasses. */
export type TieStrengthErrorCode =
  | 'E_INVALID_GRAPH'
  | 'E_GRAPH_TYPE'
  | 'E_NODE_NOT_FOUND'
  | 'E_INVALID_OPTION'
  | 'E_INVALID_WEIGHT'
  | 'E_CSV_FORMAT'
  | 'E_CSV_WRITE'
  | 'E_TABLE_WRITE'
  | 'E_INVALID_EVENT'
  | 'E_DUCKDB_READ'
  | 'E_ABORTED';

/** Base class of every error thrown on purpose by tiestrength. */
export class TieStrengthError extends Error {
  /** The stable error code, e.g. `'E_INVALID_WEIGHT'`. */
  readonly code: TieStrengthErrorCode;

  constructor(code: TieStrengthErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** The input is neither a graphology graph nor a {@link CsrIndex}. */
export class InvalidGraphError extends TieStrengthError {
  constructor(message: string) {
    super('E_INVALID_GRAPH', message);
  }
}

/** The graph's type is not supported by the function (for example a graph mixing directed and undirected edges). */
export class GraphTypeNotSupportedError extends TieStrengthError {
  /** The graph type that was refused. */
  readonly graphType: string;

  constructor(message: string, graphType: string) {
    super('E_GRAPH_TYPE', message);
    this.graphType = graphType;
  }
}

/** A node key passed to a function is not in the graph. */
export class NodeNotFoundError extends TieStrengthError {
  /** The missing node key. */
  readonly node: string;

  constructor(message: string, node: string) {
    super('E_NODE_NOT_FOUND', message);
    this.node = node;
  }
}

/** An option has a wrong type, range or value; `option` names it. */
export class InvalidOptionError extends TieStrengthError {
  /** The name of the offending option, e.g. `'getEdgeStrength'`. */
  readonly option: string;

  constructor(message: string, option: string) {
    super('E_INVALID_OPTION', message);
    this.option = option;
  }
}

/** Where an invalid strength or distance was found. */
export interface WeightLocation {
  /** The edge key, when the value came from a graph. */
  edge?: string;
  /** The source node key. */
  source?: string;
  /** The target node key. */
  target?: string;
  /** The offending value, as read. */
  value?: unknown;
  /** The file, when the value came from a CSV input. */
  file?: string;
  /** The 1-based line, when the value came from a CSV input. */
  line?: number;
}

/** A tie strength or distance is zero, negative, NaN, ±∞ or not a number (docs/metrics.md). */
export class InvalidWeightError extends TieStrengthError {
  /** The edge key, if known. */
  readonly edge: string | undefined;
  /** The source node key, if known. */
  readonly source: string | undefined;
  /** The target node key, if known. */
  readonly target: string | undefined;
  /** The offending value. */
  readonly value: unknown;

  constructor(message: string, location: WeightLocation = {}) {
    super('E_INVALID_WEIGHT', message);
    this.edge = location.edge;
    this.source = location.source;
    this.target = location.target;
    this.value = location.value;
  }
}

/** Where a CSV problem was found. */
export interface CsvLocation {
  /** The file path, or `'<stream>'` for a stream input. */
  file: string;
  /** The 1-based physical line of the row (the header is line 1 when present). */
  line?: number;
  /** The column: its header name, or its 0-based position in a headerless file, where known. */
  column?: string | number;
  /** A machine-readable reason, e.g. `'invalidWeight'`, `'columnCount'`. */
  reason?: string;
}

/** A CSV input is malformed: unclosed quote, wrong column count, bad value, missing header column. */
export class CsvFormatError extends TieStrengthError {
  /** The file path, or `'<stream>'`. */
  readonly file: string;
  /** The 1-based physical line, where known. */
  readonly line: number | undefined;
  /** The column: its header name, or its 0-based position in a headerless file, where known. */
  readonly column: string | number | undefined;
  /** A machine-readable reason for the rejection. */
  readonly reason: string | undefined;

  constructor(message: string, location: CsvLocation, options?: { cause?: unknown }) {
    super('E_CSV_FORMAT', message, options);
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.reason = location.reason;
  }
}

/**
 * A CSV output could not be written: the destination failed (`reason: 'unwritable'`, with the
 * system error as `cause`: ENOSPC, EISDIR, ENOENT, a stream's write error) or a cell holds a value
 * that has no CSV form (`reason: 'invalidCell'`, with the output `line` and `column`). The
 * destination is left as it was: a path is written to a temporary file renamed on success.
 */
export class CsvWriteError extends TieStrengthError {
  /** The file path, or `'<stream>'`. */
  readonly file: string;
  /** The 1-based output line, where known. */
  readonly line: number | undefined;
  /** The column name, where known. */
  readonly column: string | number | undefined;
  /** A machine-readable reason: `'unwritable'` or `'invalidCell'`. */
  readonly reason: string | undefined;

  constructor(message: string, location: CsvLocation, options?: { cause?: unknown }) {
    super('E_CSV_WRITE', message, options);
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.reason = location.reason;
  }
}

/**
 * Shortens a text (for example a value quoted in a message) so that messages stay readable;
 * fast-csv's own error messages can be 20 KB long.
 *
 * @internal
 */
export function truncate(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/**
 * Formats a value for an error message: strings quoted, everything else via String().
 *
 * @internal
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(truncate(value, 80));
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return truncate(JSON.stringify(value) ?? String(value), 80);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Where an invalid event was found. */
export interface EventLocation {
  /** The 0-based position of the event in the input. */
  index: number;
  /** A machine-readable reason, e.g. `'invalidTime'`. */
  reason: string;
  /** The offending field, if any. */
  field?: string;
  /** The offending value. */
  value?: unknown;
}

/**
 * An interaction event is invalid: not an object, an empty or non-string id, a timestamp that is
 * not a `Date`, epoch milliseconds or ISO-8601 text (or is an Invalid Date, `NaN`, ±∞), or a bad
 * `channel`, `durationSeconds` or `recipients`. Code `'E_INVALID_EVENT'`.
 */
export class InvalidEventError extends TieStrengthError {
  /** The 0-based position of the event in the input. */
  readonly index: number;
  /** Why it was rejected (e.g. `'invalidTime'`). */
  readonly reason: string;
  /** The offending field, if any. */
  readonly field: string | undefined;
  /** The offending value. */
  readonly value: unknown;

  constructor(message: string, location: EventLocation) {
    super('E_INVALID_EVENT', message);
    this.index = location.index;
    this.reason = location.reason;
    this.field = location.field;
    this.value = location.value;
  }
}

/**
 * The call was cancelled through its `signal` before it finished. `cause` holds the signal's
 * `reason` (what `controller.abort(reason)` was given, or the platform's `AbortError`). Workers the
 * call started are stopped before the promise rejects.
 */
export class AbortedError extends TieStrengthError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_ABORTED', message, options);
  }
}
