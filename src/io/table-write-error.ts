/**
 * The error of the Arrow and Parquet writers.
 *
 * @module
 */
import { TieStrengthError } from '../errors.js';

/** Why a table could not be written. */
export type TableWriteReason = 'unwritable' | 'missingDependency';

/**
 * An Arrow or Parquet output that cannot be written (`code` `'E_TABLE_WRITE'`):
 * - reason `'unwritable'`: the path or stream failed (the system error is the `cause`); a path is
 *   left as it was;
 * - reason `'missingDependency'`: the optional package that writes the format is not installed;
 *   `dependency` names it (`npm install apache-arrow`, `npm install hyparquet-writer`).
 */
export class TableWriteError extends TieStrengthError {
  /** The file path, or `'<stream>'`. */
  readonly file: string;
  /** The format being written. */
  readonly format: 'arrow' | 'parquet';
  /** A machine-readable reason. */
  readonly reason: TableWriteReason;
  /** The package to install, for reason `'missingDependency'`. */
  readonly dependency: string | undefined;

  constructor(
    message: string,
    location: { file: string; format: 'arrow' | 'parquet'; reason: TableWriteReason; dependency?: string },
    options?: { cause?: unknown },
  ) {
    super('E_TABLE_WRITE', message, options);
    this.file = location.file;
    this.format = location.format;
    this.reason = location.reason;
    this.dependency = location.dependency;
  }
}
