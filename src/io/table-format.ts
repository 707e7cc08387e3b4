/**
 * What the Arrow and Parquet writers share: options, the table to write (through toRows), typed
 * columns, lazy loading of the optional package that writes the format, and the output.
 *
 * @module
 */
import { resolveOptions } from '../options.js';
import { typedColumns, type TidyColumn, type TidyColumnType } from '../tidy/columns.js';
import { tidyTable, type TidyInput } from '../tidy/writer-rows.js';
import { selectColumns, writeBytes } from './csv-write.js';
import { TableWriteError } from './table-write-error.js';

/** Options of {@link writeArrow} and {@link writeParquet}. */
export interface WriteTableOptions {
  /** For a result with several tables, the one to write (see {@link toTables}). [the result's first table] */
  table?: string;
  /** The columns to write, in order, each once. [every column, in order] */
  columns?: readonly string[];
}

/** What an Arrow or Parquet writer wrote. */
export interface WriteTableResult {
  /** The output's name: the path, or `'<stream>'`. */
  file: string;
  /** The columns, in order. */
  columns: string[];
  /** The type of each column (see {@link TidyColumnType}). */
  types: Record<string, TidyColumnType>;
  /** Rows written. */
  rows: number;
}

/** @internal The defaults both writers share. */
export const TABLE_FORMAT_DEFAULTS = Object.freeze({
  table: undefined as string | undefined,
  columns: undefined as readonly string[] | undefined,
});

/** @internal The packages that write the formats, loaded on first use (tests replace them). */
export const optionalModules = {
  arrow: (): Promise<typeof import('apache-arrow')> => import('apache-arrow'),
  parquet: (): Promise<typeof import('hyparquet-writer')> => import('hyparquet-writer'),
};

const PACKAGES = { arrow: 'apache-arrow', parquet: 'hyparquet-writer' } as const;

function isMissing(error: unknown, name: string): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (e === null || typeof e !== 'object') return false;
  const missing = e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'MODULE_NOT_FOUND';
  return missing && (typeof e.message !== 'string' || e.message.includes(name));
}

/** @internal The output's name for messages, before it is opened. */
function outputName(output: unknown): string {
  return typeof output === 'string' ? output : '<stream>';
}

/**
 * @internal
 * Writes `input` (a result or rows) in `format`: resolves the options, builds the typed columns,
 * loads the package, encodes the file with `encode` and writes it.
 */
export async function writeTableFormat<M>(
  format: 'arrow' | 'parquet',
  input: TidyInput,
  output: unknown,
  options: WriteTableOptions | undefined,
  prefix: string,
  encode: (module: M, columns: TidyColumn[], rows: number) => Uint8Array,
): Promise<WriteTableResult> {
  const opts = resolveOptions(prefix, TABLE_FORMAT_DEFAULTS, options);
  const tidy = tidyTable(input, opts.table, prefix);
  const header = selectColumns(tidy.columns, opts.columns, prefix);
  const columns = typedColumns(tidy.rows, header);
  const name = PACKAGES[format];
  let module: M;
  try {
    module = (await optionalModules[format]()) as M;
  } catch (error) {
    if (!isMissing(error, name)) throw error;
    throw new TableWriteError(
      `${prefix}: writing ${format === 'arrow' ? 'Arrow' : 'Parquet'} needs the optional package ${name}; install it with \`npm install ${name}\``,
      { file: outputName(output), format, reason: 'missingDependency', dependency: name },
      { cause: error },
    );
  }
  const bytes = encode(module, columns, tidy.rows.length);
  const file = await writeBytes(output, [bytes], prefix, (file, error) =>
    new TableWriteError(
      `${prefix}: ${file}: cannot write the output (${error instanceof Error ? error.message : String(error)})`,
      { file, format, reason: 'unwritable' },
      { cause: error },
    ),
  );
  const types: Record<string, TidyColumnType> = {};
  for (const c of columns) types[c.name] = c.type;
  return { file, columns: header, types, rows: tidy.rows.length };
}
