/**
 * writeArrow: any result (or rows) as an Apache Arrow IPC file, for pandas, polars, DuckDB, R
 * (arrow) and BI tools.
 *
 * @module
 */
import type { Writable } from 'node:stream';
import type { TidyColumn } from '../tidy/columns.js';
import type { TidyInput } from '../tidy/writer-rows.js';
import { TABLE_FORMAT_DEFAULTS, writeTableFormat, type WriteTableOptions, type WriteTableResult } from './table-format.js';

const NAME = 'tiestrength/writeArrow';

/** Options of {@link writeArrow}. */
export type WriteArrowOptions = WriteTableOptions;

/** Defaults of {@link writeArrow}. */
export const WRITE_ARROW_DEFAULTS = TABLE_FORMAT_DEFAULTS;

type Arrow = typeof import('apache-arrow');

function encode(arrow: Arrow, columns: TidyColumn[]): Uint8Array {
  const vectors: Record<string, import('apache-arrow').Vector> = {};
  for (const { name, type, values } of columns) {
    const dataType = type === 'float64' ? new arrow.Float64() : type === 'boolean' ? new arrow.Bool() : new arrow.Utf8();
    vectors[name] = arrow.vectorFromArray(values as never[], dataType as never);
  }
  return arrow.tableToIPC(new arrow.Table(vectors), 'file');
}

/**
 * Writes a result (or an array of row objects) as an Apache Arrow IPC file (the random-access
 * "file" format, `.arrow` / Feather v2), with the columns of {@link toRows} and these types:
 * numbers `float64` (counts included), text `utf8` (ids, labels, joined lists), booleans `bool`;
 * `null` cells are Arrow nulls, `NaN` stays `NaN` (see {@link TidyColumnType}).
 *
 * Read it back with `pandas.read_feather(path)`, `pyarrow.ipc.open_file(path)`,
 * `polars.read_ipc(path)`, DuckDB's arrow extension, or R's `arrow::read_feather(path)`.
 *
 * @remarks
 * - Needs the optional package `apache-arrow` (`npm install apache-arrow`), loaded on first call;
 *   without it the call rejects with a {@link TableWriteError} of reason `'missingDependency'`.
 * - The file is built in memory, then written: a path through a temporary file renamed into place
 *   (on failure the path is left as it was); a stream is left open.
 *
 * @param input A result of the library, or an array of row objects.
 * @param output A file path (created or replaced) or a Writable stream (left open).
 * @param options The {@link WriteArrowOptions}.
 * @returns What was written: `{ file, columns, types, rows }`.
 * @throws {@link InvalidOptionError} For input that is not a result or rows, a table the result lacks, or a bad option.
 * @throws {@link TableWriteError} Reason `'missingDependency'` or `'unwritable'`.
 *
 * @example
 * const firm = datasets.krackhardtHighTech({ relation: 'all' });
 * const { rows, types } = await writeArrow(keyPersonRisk(firm), 'risk.arrow');
 * rows;                     //=> 21
 * types.articulationPoint;  //=> 'boolean'
 * // python: pandas.read_feather('risk.arrow').dtypes
 * //   node object, fragmentationRisk float64, articulationPoint bool, …
 */
export function writeArrow(input: TidyInput, output: string | Writable, options?: WriteArrowOptions): Promise<WriteTableResult> {
  return writeTableFormat<Arrow>('arrow', input, output, options, NAME, encode);
}
