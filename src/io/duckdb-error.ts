/**
 * The error of the readers that go through DuckDB ({@link readTiesDuckDb},
 * {@link tiesFromInteractionsDuckDb}).
 *
 * @module
 */
import { TieStrengthError } from '../errors.js';

/**
 * Why a DuckDB read failed:
 * - `'missingDependency'`: the optional package `@duckdb/node-api` is not installed;
 * - `'missingFile'`: no file matches the path or glob;
 * - `'query'`: DuckDB refused the query or could not read the data (its error is the `cause`);
 * - `'missingColumn'`: a column named by an option is not in the data;
 * - `'unsupportedFormat'`: a path whose extension names no format DuckDB reads here;
 * - row problems, with `row`: `'nullId'`, `'emptyId'`, `'missingWeight'`, `'invalidWeight'`,
 *   `'nonFiniteWeight'`, `'nonPositiveWeight'`, `'duplicate'`, `'invalidTime'`,
 *   `'invalidDuration'`, `'invalidRecipients'`, `'unsupportedId'`.
 */
export type DuckDbReadReason =
  | 'missingDependency'
  | 'missingFile'
  | 'query'
  | 'missingColumn'
  | 'unsupportedFormat'
  | 'nullId'
  | 'emptyId'
  | 'missingWeight'
  | 'invalidWeight'
  | 'nonFiniteWeight'
  | 'nonPositiveWeight'
  | 'duplicate'
  | 'invalidTime'
  | 'invalidDuration'
  | 'invalidRecipients'
  | 'unsupportedId';

/** Where a DuckDB read failed. */
export interface DuckDbLocation {
  /** The input: the file path or glob (several joined by `', '`), or `'<query>'`. */
  source: string;
  /** A machine-readable reason. */
  reason: DuckDbReadReason;
  /** The file that holds the row, when the input is files (a glob names the matching file). */
  file?: string;
  /** The 1-based data row in `file` (header excluded), or in the query's result. */
  row?: number;
  /** The column involved, where known. */
  column?: string;
  /** The package to install, for reason `'missingDependency'`. */
  dependency?: string;
}

/**
 * Input read through DuckDB that cannot be used (`code` `'E_DUCKDB_READ'`): the optional package
 * is missing, no file matches, DuckDB refused the query (its error is the `cause`), a column is
 * missing, or a row holds a null or empty id or a weight that is not a finite number > 0 (with
 * `file` and the 1-based `row`).
 */
export class DuckDbReadError extends TieStrengthError {
  /** The input: the file path or glob, or `'<query>'`. */
  readonly source: string;
  /** A machine-readable reason. */
  readonly reason: DuckDbReadReason;
  /** The file that holds the row, where known. */
  readonly file: string | undefined;
  /** The 1-based data row (header excluded), where known. */
  readonly row: number | undefined;
  /** The column involved, where known. */
  readonly column: string | undefined;
  /** The package to install, for reason `'missingDependency'`. */
  readonly dependency: string | undefined;

  constructor(message: string, location: DuckDbLocation, options?: { cause?: unknown }) {
    super('E_DUCKDB_READ', message, options);
    this.source = location.source;
    this.reason = location.reason;
    this.file = location.file;
    this.row = location.row;
    this.column = location.column;
    this.dependency = location.dependency;
  }
}
