/**
 * What the DuckDB readers share: the input forms (files, globs, a query), the engine settings
 * (`threads`, `memoryLimit`, `tempDirectory`), loading the optional package, opening an in-memory
 * database, quoting, column resolution, and turning DuckDB's errors into {@link DuckDbReadError}s.
 *
 * @module
 */
import { InvalidOptionError, show } from '../errors.js';
import { DuckDbReadError, type DuckDbReadReason } from './duckdb-error.js';

type DuckDbModule = typeof import('@duckdb/node-api');
type Connection = import('@duckdb/node-api').DuckDBConnection;
type Instance = import('@duckdb/node-api').DuckDBInstance;
type DataChunk = import('@duckdb/node-api').DuckDBDataChunk;

/** A DuckDB query as input, optionally against a database file. */
export interface DuckDbQuery {
  /** Any DuckDB SELECT (or VALUES, or `FROM …`): its result rows are the input rows. */
  query: string;
  /** A DuckDB database file to open read-only, whose tables the query may name. [none: an in-memory database] */
  database?: string;
}

/**
 * What a DuckDB reader reads: a file path or glob (`'logs/*.parquet'`), several of them, or a
 * query. The format of a path follows its extension: `.parquet` (Parquet), `.csv`, `.tsv`,
 * `.txt` (CSV, also compressed `.gz`/`.zst`), `.json`, `.jsonl`, `.ndjson` (JSON).
 */
export type DuckDbInput = string | readonly string[] | DuckDbQuery;

/** The engine settings every DuckDB reader takes. */
export interface DuckDbSettings {
  /** DuckDB's worker threads: `'auto'` (DuckDB's default, one per core) or a number ≥ 1. [`'auto'`] */
  threads?: number | 'auto';
  /**
   * The most memory DuckDB may use before it spills to `tempDirectory`: a DuckDB size (`'1GB'`,
   * `'512MB'`) or a number of bytes. [DuckDB's default: 80 % of the machine's memory]
   */
  memoryLimit?: string | number;
  /** Where DuckDB spills intermediate results that do not fit `memoryLimit`. [DuckDB's default: `.tmp` under the working directory for a database file; none in memory] */
  tempDirectory?: string;
}

/** @internal The defaults of the engine settings. */
export const DUCKDB_SETTINGS_DEFAULTS = Object.freeze({
  threads: 'auto' as number | 'auto',
  memoryLimit: undefined as string | number | undefined,
  tempDirectory: undefined as string | undefined,
});

const PACKAGE = '@duckdb/node-api';

/**
 * A dynamic import whose specifier is not a literal: a bundler that meets the DuckDB readers leaves
 * the optional native package to be loaded at run time instead of trying to bundle its binaries.
 */
const importOptional = (name: string): Promise<unknown> => import(name);

/** @internal The package, loaded on first use (tests replace it to see the missing-package error). */
export const duckDbModule = {
  load: (): Promise<DuckDbModule> => importOptional(PACKAGE) as Promise<DuckDbModule>,
};

/** @internal Quotes an SQL identifier for DuckDB. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** @internal Quotes an SQL string literal for DuckDB. */
export function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** @internal The column our file readers add for the file name of each row. */
export const FILE_COLUMN = '__tiestrength_file';

/** @internal Checks the engine settings. */
export function assertDuckDbSettings(prefix: string, settings: DuckDbSettings): void {
  const { threads, memoryLimit, tempDirectory } = settings;
  if (threads !== undefined && threads !== 'auto' && !(typeof threads === 'number' && Number.isInteger(threads) && threads >= 1 && threads <= 1024)) {
    throw new InvalidOptionError(`${prefix}: option threads must be 'auto' or an integer in [1, 1024]; got ${show(threads)}`, 'threads');
  }
  if (
    memoryLimit !== undefined &&
    !(typeof memoryLimit === 'string' && /^\s*\d+(\.\d+)?\s*[kmgt]?i?b\s*$/i.test(memoryLimit)) &&
    !(typeof memoryLimit === 'number' && Number.isSafeInteger(memoryLimit) && memoryLimit > 0)
  ) {
    throw new InvalidOptionError(
      `${prefix}: option memoryLimit must be a size such as '1GB' or '512MB', or a number of bytes > 0; got ${show(memoryLimit)}`,
      'memoryLimit',
    );
  }
  if (tempDirectory !== undefined && (typeof tempDirectory !== 'string' || tempDirectory === '')) {
    throw new InvalidOptionError(`${prefix}: option tempDirectory must be a non-empty path; got ${show(tempDirectory)}`, 'tempDirectory');
  }
}

/** @internal The input's files (or `null` for a query) and its name for messages; checks its form. */
export function describeInput(prefix: string, input: unknown): { paths: string[] | null; query: DuckDbQuery | null; name: string } {
  if (typeof input === 'string') {
    if (input === '') throw new InvalidOptionError(`${prefix}: the input path is empty`, 'input');
    return { paths: [input], query: null, name: input };
  }
  if (Array.isArray(input)) {
    if (input.length === 0 || input.some((p) => typeof p !== 'string' || p === '')) {
      throw new InvalidOptionError(`${prefix}: the input must be a path, a non-empty array of paths, or { query }; got ${show(input)}`, 'input');
    }
    return { paths: [...(input as string[])], query: null, name: (input as string[]).join(', ') };
  }
  if (typeof input === 'object' && input !== null && typeof (input as DuckDbQuery).query === 'string') {
    const q = input as DuckDbQuery;
    for (const key of Object.keys(q)) {
      if (key !== 'query' && key !== 'database') {
        throw new InvalidOptionError(`${prefix}: the query input takes query and database; got the key ${show(key)}`, 'input');
      }
    }
    if (q.query.trim() === '') throw new InvalidOptionError(`${prefix}: the input query is empty`, 'input');
    if (q.database !== undefined && (typeof q.database !== 'string' || q.database === '')) {
      throw new InvalidOptionError(`${prefix}: the input's database must be a path; got ${show(q.database)}`, 'input');
    }
    return { paths: null, query: q, name: '<query>' };
  }
  throw new InvalidOptionError(`${prefix}: the input must be a path or glob, an array of them, or { query: '…' }; got ${show(input)}`, 'input');
}

type Format = 'parquet' | 'csv' | 'json';

function formatOf(path: string): Format | null {
  const p = path.toLowerCase().replace(/\.(gz|zst)$/, '');
  if (/\.(parquet|parq)$/.test(p)) return 'parquet';
  if (/\.(csv|tsv|txt)$/.test(p)) return 'csv';
  if (/\.(json|jsonl|ndjson)$/.test(p)) return 'json';
  return null;
}

/** @internal How a CSV input is parsed (DuckDB sniffs what is not given). */
export interface CsvSettings {
  header: boolean;
  delimiter: string | undefined;
}

/** A column of the input relation. */
export interface RelationColumn {
  name: string;
  type: string;
}

/**
 * @internal
 * An open in-memory DuckDB database with the input as a relation (`relation`: SQL usable after
 * FROM), its columns, and helpers that turn DuckDB's errors into {@link DuckDbReadError}s.
 */
export class DuckDbSession {
  private constructor(
    readonly prefix: string,
    readonly name: string,
    readonly relation: string,
    /** Whether rows carry {@link FILE_COLUMN}. */
    readonly hasFileColumn: boolean,
    readonly columns: RelationColumn[],
    private readonly instance: Instance,
    private readonly connection: Connection,
  ) {}

  /** Loads the package, opens the database with the settings, and describes the input. */
  static async open(prefix: string, input: unknown, settings: DuckDbSettings, csv: CsvSettings): Promise<DuckDbSession> {
    const { paths, query, name } = describeInput(prefix, input);
    let relation: string;
    if (paths !== null) {
      const formats = new Set(paths.map(formatOf));
      const format = formats.size === 1 ? [...formats][0]! : null;
      if (format === null) {
        throw new DuckDbReadError(
          `${prefix}: ${name}: cannot tell the format from the extension (.parquet, .csv, .tsv, .txt, .json, .jsonl, .ndjson, one format for all paths); ` +
            `read other files with { query: "SELECT * FROM read_csv('…')" }`,
          { source: name, reason: 'unsupportedFormat' },
        );
      }
      const list = `[${paths.map(quoteLiteral).join(', ')}]`;
      const file = `filename = ${quoteLiteral(FILE_COLUMN)}`;
      if (format === 'parquet') relation = `read_parquet(${list}, ${file})`;
      else if (format === 'json') relation = `read_json_auto(${list}, ${file})`;
      else {
        // Every cell as text, as readTiesCsv reads it: ids such as 007 stay ids, not numbers.
        const delimiter = csv.delimiter === undefined ? '' : `, delim = ${quoteLiteral(csv.delimiter)}`;
        relation = `read_csv(${list}, header = ${csv.header}, all_varchar = true${delimiter}, ${file})`;
      }
    } else {
      relation = `(${query!.query.replace(/;\s*$/, '')})`;
    }

    let duckdb: DuckDbModule;
    try {
      duckdb = await duckDbModule.load();
    } catch (error) {
      const e = error as { code?: unknown } | null;
      if (e?.code !== 'ERR_MODULE_NOT_FOUND' && e?.code !== 'MODULE_NOT_FOUND') throw error;
      throw new DuckDbReadError(
        `${prefix}: reading through DuckDB needs the optional package ${PACKAGE}; install it with \`npm install ${PACKAGE}\``,
        { source: name, reason: 'missingDependency', dependency: PACKAGE },
        { cause: error },
      );
    }
    const config: Record<string, string> = {};
    if (typeof settings.threads === 'number') config.threads = String(settings.threads);
    if (settings.memoryLimit !== undefined) config.memory_limit = typeof settings.memoryLimit === 'number' ? `${settings.memoryLimit}B` : settings.memoryLimit.trim();
    if (settings.tempDirectory !== undefined) config.temp_directory = settings.tempDirectory;
    // Rows must keep their order (row numbers in messages, first-appearance node order).
    config.preserve_insertion_order = 'true';
    const database = query?.database;
    if (database !== undefined) config.access_mode = 'READ_ONLY';
    let instance: Instance;
    try {
      instance = await duckdb.DuckDBInstance.create(database ?? ':memory:', config);
    } catch (error) {
      throw failure(prefix, name, error, database === undefined ? 'cannot start DuckDB' : `cannot open the database ${database}`);
    }
    const connection = await instance.connect();
    const session = new DuckDbSession(prefix, name, relation, paths !== null, [], instance, connection);
    try {
      const result = await connection.run(`SELECT * FROM ${relation} LIMIT 0`);
      const names = result.columnNames();
      const types = result.columnTypes();
      const columns: RelationColumn[] = [];
      for (let i = 0; i < names.length; i++) if (names[i] !== FILE_COLUMN) columns.push({ name: names[i]!, type: types[i]!.toString() });
      return new DuckDbSession(prefix, name, relation, paths !== null, columns, instance, connection);
    } catch (error) {
      session.close();
      throw failure(prefix, name, error, 'cannot read the input');
    }
  }

  /** Runs a statement; a DuckDB error becomes a {@link DuckDbReadError} (`what` says what was being done). */
  async run(sql: string, what: string): Promise<void> {
    try {
      await this.connection.run(sql);
    } catch (error) {
      throw failure(this.prefix, this.name, error, what);
    }
  }

  /** Runs a query and returns its rows as JavaScript values (for small results). */
  async rows(sql: string, what: string): Promise<unknown[][]> {
    try {
      const reader = await this.connection.runAndReadAll(sql);
      return reader.getRowsJS() as unknown[][];
    } catch (error) {
      throw failure(this.prefix, this.name, error, what);
    }
  }

  /** Streams a query's result chunk by chunk (typed vectors, about 2,048 rows each). */
  async stream(sql: string, what: string, onChunk: (chunk: DataChunk) => void): Promise<void> {
    try {
      const result = await this.connection.stream(sql);
      for (;;) {
        const chunk = await result.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) break;
        onChunk(chunk);
      }
    } catch (error) {
      if (error instanceof DuckDbReadError || !isDuckDbError(error)) throw error;
      throw failure(this.prefix, this.name, error, what);
    }
  }

  /**
   * The file and 1-based row (within that file, or within the query's result) of the row at
   * 0-based position `position` of the relation (a second, short scan: for messages only).
   */
  async locate(position: number): Promise<{ file: string | undefined; row: number }> {
    if (!this.hasFileColumn) return { file: undefined, row: position + 1 };
    const f = quoteIdentifier(FILE_COLUMN);
    const rows = await this.rows(
      `WITH r AS (SELECT ${f} AS f FROM ${this.relation} LIMIT ${position + 1}) ` +
        `SELECT (SELECT f FROM r OFFSET ${position} LIMIT 1) AS file, count(*) FROM r WHERE f = (SELECT f FROM r OFFSET ${position} LIMIT 1)`,
      'locating a row',
    );
    const [file, count] = rows[0] as [string, number | bigint];
    return { file, row: Number(count) };
  }

  /**
   * Resolves a column option: a name, or a 0-based position. `fallback` applies when the option
   * is `undefined` (used when the data has a column of that name; `null` otherwise).
   */
  column(option: string, spec: unknown, required: boolean): string | null {
    if (spec === null && !required) return null;
    if (typeof spec === 'number') {
      if (!Number.isInteger(spec) || spec < 0) {
        throw new InvalidOptionError(`${this.prefix}: option ${option} must be a column name or a 0-based position; got ${show(spec)}`, option);
      }
      const column = this.columns[spec];
      if (column === undefined) {
        throw new DuckDbReadError(
          `${this.prefix}: ${this.name}: option ${option} is column ${spec}, but the input has ${this.columns.length} columns (${this.columnList()})`,
          { source: this.name, reason: 'missingColumn', column: String(spec) },
        );
      }
      return column.name;
    }
    if (typeof spec !== 'string' || spec === '') {
      throw new InvalidOptionError(`${this.prefix}: option ${option} must be a column name or a 0-based position; got ${show(spec)}`, option);
    }
    if (!this.columns.some((c) => c.name === spec)) {
      throw new DuckDbReadError(
        `${this.prefix}: ${this.name}: option ${option} names the column ${show(spec)}, which the input does not have (columns: ${this.columnList()})`,
        { source: this.name, reason: 'missingColumn', column: spec },
      );
    }
    return spec;
  }

  /** Whether the input has a column of this name. */
  hasColumn(name: string): boolean {
    return this.columns.some((c) => c.name === name);
  }

  private columnList(): string {
    return this.columns.map((c) => show(c.name)).join(', ');
  }

  /** Closes the connection and the database (temporary tables and spill files go with it). */
  close(): void {
    try {
      this.connection.closeSync();
    } catch {
      // already closed
    }
    try {
      this.instance.closeSync();
    } catch {
      // already closed
    }
  }
}

function isDuckDbError(error: unknown): boolean {
  return error instanceof Error && /^[A-Z][A-Za-z ]* Error: /.test(error.message);
}

/** @internal A DuckDB error as a {@link DuckDbReadError}: no file matched, or the query failed. */
export function failure(prefix: string, name: string, error: unknown, what: string): DuckDbReadError {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0]!;
  const missing = /No files found that match the pattern "(.*)"/.exec(first) ?? /Cannot open file "(.*?)"/.exec(first);
  if (missing !== null) {
    return new DuckDbReadError(`${prefix}: ${name}: no file matches ${show(missing[1])}`, { source: name, reason: 'missingFile', file: missing[1] }, { cause: error });
  }
  const reason: DuckDbReadReason = 'query';
  return new DuckDbReadError(`${prefix}: ${name}: ${what}: DuckDB says: ${first}`, { source: name, reason }, { cause: error });
}
