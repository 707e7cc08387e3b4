/**
 * writeParquet: any result (or rows) as an Apache Parquet file, for pandas, polars, DuckDB, Spark,
 * R and BI tools.
 *
 * @module
 */
import type { Writable } from 'node:stream';
import type { TidyColumn } from '../tidy/columns.js';
import type { TidyInput } from '../tidy/writer-rows.js';
import { TABLE_FORMAT_DEFAULTS, writeTableFormat, type WriteTableOptions, type WriteTableResult } from './table-format.js';

const NAME = 'tiestrength/writeParquet';

/** Options of {@link writeParquet}. */
export type WriteParquetOptions = WriteTableOptions;

/** Defaults of {@link writeParquet}. */
export const WRITE_PARQUET_DEFAULTS = TABLE_FORMAT_DEFAULTS;

type Hyparquet = typeof import('hyparquet-writer');

const PARQUET_TYPES = { float64: 'DOUBLE', boolean: 'BOOLEAN', string: 'STRING' } as const;

function encode(parquet: Hyparquet, columns: TidyColumn[]): Uint8Array {
  const buffer = parquet.parquetWriteBuffer({
    columnData: columns.map(({ name, type, values }) => ({ name, data: values, type: PARQUET_TYPES[type], nullable: true })),
  });
  return new Uint8Array(buffer);
}

/**
 * Writes a result (or an array of row objects) as an Apache Parquet file, with the columns of
 * {@link toRows} and these types: numbers `DOUBLE` (counts included), text `STRING` (UTF-8:
 * ids, labels, joined lists), booleans `BOOLEAN`; every column is optional, `null` cells are
 * nulls, `NaN` stays `NaN` (see {@link TidyColumnType}). Snappy-compressed, one row group.
 *
 * Read it back with `pandas.read_parquet(path)`, `polars.read_parquet(path)`, DuckDB
 * (`SELECT * FROM 'file.parquet'`), or R's `arrow::read_parquet(path)`.
 *
 * @remarks
 * - Needs the optional package `hyparquet-writer` (`npm install hyparquet-writer`), pure
 *   JavaScript, loaded on first call; without it the call rejects with a {@link TableWriteError}
 *   of reason `'missingDependency'`.
 * - The file is built in memory, then written: a path through a temporary file renamed into place
 *   (on failure the path is left as it was); a stream is left open.
 *
 * @param input A result of the library, or an array of row objects.
 * @param output A file path (created or replaced) or a Writable stream (left open).
 * @param options The {@link WriteParquetOptions}.
 * @returns What was written: `{ file, columns, types, rows }`.
 * @throws {@link InvalidOptionError} For input that is not a result or rows, a table the result lacks, or a bad option.
 * @throws {@link TableWriteError} Reason `'missingDependency'` or `'unwritable'`.
 *
 * @example
 * const firm = datasets.krackhardtHighTech({ relation: 'all' });
 * const { rows, columns } = await writeParquet(siloReport(firm, { groups: 'department' }), 'spanners.parquet', { table: 'spanners' });
 * rows;     //=> 20
 * columns;  //=> ['list', 'rank', 'node', 'group', 'score', 'z']
 * // duckdb: SELECT list, node, z FROM 'spanners.parquet' WHERE list = 'liaison';
 */
export function writeParquet(input: TidyInput, output: string | Writable, options?: WriteParquetOptions): Promise<WriteTableResult> {
  return writeTableFormat<Hyparquet>('parquet', input, output, options, NAME, encode);
}
