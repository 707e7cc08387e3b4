/**
 * readTiesDuckDb: an edge list (source, target, optional weight) from Parquet, CSV or JSON files,
 * or any DuckDB query, read through DuckDB straight into a {@link CsrIndex} (or a graphology graph).
 *
 * @module
 */
import { InvalidOptionError, show } from '../errors.js';
import { csrFromEdges, type CsrIndex } from '../core/csr.js';
import { assertBoolean, assertEnum, resolveOptions } from '../options.js';
import type { ColumnSpec } from './csv-rows.js';
import { DuckDbReadError, type DuckDbReadReason } from './duckdb-error.js';
import {
  assertDuckDbSettings,
  DUCKDB_SETTINGS_DEFAULTS,
  DuckDbSession,
  quoteIdentifier,
  quoteLiteral,
  type DuckDbInput,
  type DuckDbSettings,
} from './duckdb-session.js';
import { graphFromIndex, type DuplicateRule, type TiesGraph } from './read-ties-csv.js';
import type { SelectRule } from './ties-csv-rows.js';

const NAME = 'tiestrength/readTiesDuckDb';

/** Options of {@link readTiesDuckDb}: the columns, how rows merge, the result's form, and DuckDB's settings. */
export interface ReadTiesDuckDbOptions extends DuckDbSettings {
  /** The source column: a column name or a 0-based position. [`'source'`] */
  source?: ColumnSpec;
  /** The target column: a column name or a 0-based position. [`'target'`] */
  target?: ColumnSpec;
  /**
   * The weight (strength) column, a name or a 0-based position, or `null` for none (every row
   * weighs 1). By default `'weight'` is used when the input has it, and rows weigh 1 otherwise.
   */
  weight?: ColumnSpec | null;
  /** CSV files: whether the first line is a header. [`true`] */
  header?: boolean;
  /** CSV files: the cell delimiter. [DuckDB sniffs it] */
  delimiter?: string;
  /**
   * Which rows to read: `{ column: value }` keeps the rows whose cell (as text) is `value`
   * (`{ column: [v1, v2] }`: one of them); several columns must all match. Rows left out are
   * counted in `report.unselected`, not checked. [none: every row]
   */
  select?: SelectRule;
  /** Whether rows are arcs (source → target). [`false`] */
  directed?: boolean;
  /** How rows repeating a pair merge: `'sum'`, `'max'` or `'mean'` of the weights, or `'error'` (the repeat is an invalid row). [`'sum'`] */
  duplicates?: DuplicateRule;
  /** Throw {@link DuckDbReadError} at the first invalid row, or skip and report invalid rows. [`'throw'`] */
  onInvalidRow?: 'throw' | 'skip';
  /** Build a graphology graph, or only the {@link CsrIndex}. [`'graph'`] */
  as?: 'graph' | 'index';
}

/** Defaults of {@link readTiesDuckDb}. */
export const READ_TIES_DUCKDB_DEFAULTS = Object.freeze({
  source: 'source' as ColumnSpec,
  target: 'target' as ColumnSpec,
  weight: undefined as ColumnSpec | null | undefined,
  header: true,
  delimiter: undefined as string | undefined,
  select: undefined as SelectRule | undefined,
  directed: false,
  duplicates: 'sum' as DuplicateRule,
  onInvalidRow: 'throw' as 'throw' | 'skip',
  as: 'graph' as 'graph' | 'index',
  ...DUCKDB_SETTINGS_DEFAULTS,
});

/** One invalid row, as kept in a report. */
export interface DuckDbRejectedRow {
  /** The file that holds it, for file input (`undefined` for a query). */
  file: string | undefined;
  /** Its 1-based data row in that file (header excluded), or in the query's result. */
  row: number;
  /** Why it was rejected: `nullId`, `emptyId`, `missingWeight`, `invalidWeight`, `nonFiniteWeight`, `nonPositiveWeight`, `duplicate`. */
  reason: string;
  /** What was wrong, in words. */
  message: string;
}

/** What {@link readTiesDuckDb} read, kept, merged and rejected. */
export interface ReadTiesDuckDbReport {
  /** The input: the path or glob (several joined by `', '`), or `'<query>'`. */
  source: string;
  /** The weight column used, or `null` when every row weighs 1. */
  weightColumn: string | null;
  /** Rows read. */
  rows: number;
  /** Rows that became a tie or were merged into one (rows minus rejected, self-loop and unselected rows). */
  accepted: number;
  /** Rows left out by the `select` option (0 without it). */
  unselected: number;
  /** Rows rejected (see `rejectedByReason` and `rejectedRows`). */
  rejected: number;
  /** Rows whose source and target are the same person: dropped and counted. */
  selfLoops: number;
  /** Rows merged into an earlier row of the same pair (by the `duplicates` rule). */
  duplicatesMerged: number;
  /** Pairs (ties) formed by more than one row. */
  pairsMerged: number;
  /** Columns of the input that were not read. */
  ignoredColumns: string[];
  /** People in the result. */
  nodes: number;
  /** Ties in the result. */
  ties: number;
  /** Rejected rows per reason. */
  rejectedByReason: Record<string, number>;
  /** The first 20 rejected rows. */
  rejectedRows: DuckDbRejectedRow[];
}

/** The result of {@link readTiesDuckDb} (with `as: 'graph'`, the default). */
export interface ReadTiesDuckDbResult {
  /** The ties as a graphology graph (`UndirectedGraph`, or `DirectedGraph` with `directed: true`), edge attribute `weight`. */
  graph: TiesGraph;
  /** What was read, kept, merged and rejected. */
  report: ReadTiesDuckDbReport;
}

/** The result of {@link readTiesDuckDb} with `as: 'index'`. */
export interface ReadTiesDuckDbIndexResult {
  /** The ties as a {@link CsrIndex}; `tieStrengths` hold the merged weights. */
  index: CsrIndex;
  /** What was read, kept, merged and rejected. */
  report: ReadTiesDuckDbReport;
}

/** Row problem codes, as stored by the first query (0: a good row). */
const PROBLEMS: readonly { reason: DuckDbReadReason | 'unselected'; column: 'source' | 'target' | 'weight' | null }[] = [
  { reason: 'nullId', column: null }, // 0 unused
  { reason: 'nullId', column: 'source' },
  { reason: 'nullId', column: 'target' },
  { reason: 'emptyId', column: 'source' },
  { reason: 'emptyId', column: 'target' },
  { reason: 'missingWeight', column: 'weight' },
  { reason: 'invalidWeight', column: 'weight' },
  { reason: 'nonFiniteWeight', column: 'weight' },
  { reason: 'nonPositiveWeight', column: 'weight' },
  { reason: 'duplicate', column: null },
  { reason: 'unselected', column: null },
];
const DUPLICATE = 9;
const UNSELECTED = 10;
const MAX_REPORTED_ROWS = 20;

/** Whitespace as JavaScript's `\s` sees it: an id of only these is blank (as readTiesCsv). */
const BLANK = String.raw`[\s\x{0B}\x{A0}\x{FEFF}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]*`;

/**
 * Reads an edge list through DuckDB: Parquet, CSV or JSON files (paths or globs), or the rows of
 * any DuckDB query, into a {@link CsrIndex} with no graphology objects (`as: 'index'`), or into a
 * graphology graph. The same rows give the same result as {@link readTiesCsv}: the same people in
 * the same order (first appearance), the same ties and merged weights, the same report counts.
 *
 * DuckDB scans and checks the rows in parallel and out of core (within `memoryLimit`, spilling
 * to `tempDirectory`); it also numbers the people, so that JavaScript reads each person's key once
 * and every row as integer and float vectors, chunk by chunk.
 *
 * @remarks
 * - Input: a path or glob (`'ties/*.parquet'`), an array of them (one format), or
 *   `{ query, database? }`: any DuckDB query, over files, URLs DuckDB can read, or the tables of a
 *   database file opened read-only.
 * - Ids are read as text (`CAST(… AS VARCHAR)`): an integer id 7 is the person `'7'`. CSV cells
 *   are all read as text, so `007` stays `007`. A null id is an invalid row (`'nullId'`; an empty
 *   CSV cell is null), an id of only spaces too (`'emptyId'`).
 * - Weights are read with DuckDB's `TRY_CAST(… AS DOUBLE)`: a null is `'missingWeight'`, text that
 *   is no number `'invalidWeight'`, ±inf and NaN `'nonFiniteWeight'`, ≤ 0 `'nonPositiveWeight'`.
 *   DuckDB reads `' 2.5 '`, `'1e3'` and `'Infinity'` as readTiesCsv does; it accepts a few forms
 *   readTiesCsv refuses (`'+5'`, `'.5e1'`).
 * - Row numbers in messages are 1-based data rows (the header is not a row) within the file that
 *   holds them, or within the query's result in its order.
 * - Rows keep their order (`preserve_insertion_order`), so people are numbered by first appearance
 *   and repeated pairs merge in row order, exactly as readTiesCsv.
 * - Needs the optional package `@duckdb/node-api` (`npm install @duckdb/node-api`), loaded on
 *   first call; without it the call rejects with reason `'missingDependency'`.
 *
 * @param input A path or glob, an array of them, or `{ query, database? }`.
 * @param options The {@link ReadTiesDuckDbOptions}.
 * @returns `{ graph, report }`, or `{ index, report }` with `as: 'index'`.
 * @throws {@link DuckDbReadError} If the package is missing, no file matches, DuckDB refuses the query, a column is missing, or a row is invalid (with `file` and `row`; `'throw'` mode).
 * @throws {@link InvalidOptionError} On a bad option.
 * @throws {@link InvalidWeightError} If the summed weights of a pair overflow to Infinity.
 *
 * @example
 * import { mkdir, writeFile } from 'node:fs/promises';
 * await mkdir('ties', { recursive: true });
 * await writeFile('ties/2024.csv', 'source,target,count\nana,ben,12\nben,cruz,3\n');
 * await writeFile('ties/2025.csv', 'source,target,count\nana,ben,4\ncruz,dee,1\n');
 * // Parquet files are read the same way: 'ties/*.parquet'.
 * const { index, report } = await readTiesDuckDb('ties/*.csv', { weight: 'count', as: 'index' });
 * index.size;          //=> 3
 * index.tieStrengths;  //=> Float64Array [16, 3, 1]
 * report.pairsMerged;  //=> 1
 * report.rejected;     //=> 0
 * // Any DuckDB query whose rows have source and target columns:
 * const { graph } = await readTiesDuckDb({ query: "SELECT source, target FROM 'ties/*.csv' WHERE count >= 3" });
 * graph.size;          //=> 2
 */
export function readTiesDuckDb(input: DuckDbInput, options: ReadTiesDuckDbOptions & { as: 'index' }): Promise<ReadTiesDuckDbIndexResult>;
export function readTiesDuckDb(input: DuckDbInput, options?: ReadTiesDuckDbOptions & { as?: 'graph' }): Promise<ReadTiesDuckDbResult>;
export function readTiesDuckDb(input: DuckDbInput, options?: ReadTiesDuckDbOptions): Promise<ReadTiesDuckDbResult | ReadTiesDuckDbIndexResult>;
export async function readTiesDuckDb(input: DuckDbInput, options?: ReadTiesDuckDbOptions): Promise<ReadTiesDuckDbResult | ReadTiesDuckDbIndexResult> {
  const opts = resolveOptions(NAME, READ_TIES_DUCKDB_DEFAULTS, options);
  assertBoolean(NAME, 'header', opts.header);
  assertBoolean(NAME, 'directed', opts.directed);
  if (opts.delimiter !== undefined && (typeof opts.delimiter !== 'string' || opts.delimiter.length !== 1 || /["\r\n]/.test(opts.delimiter))) {
    throw new InvalidOptionError(`${NAME}: option delimiter must be one character other than a double quote or a line end; got ${show(opts.delimiter)}`, 'delimiter');
  }
  assertSelect(opts.select);
  assertEnum(NAME, 'duplicates', opts.duplicates, ['sum', 'max', 'mean', 'error'] as const);
  assertEnum(NAME, 'onInvalidRow', opts.onInvalidRow, ['throw', 'skip'] as const);
  assertEnum(NAME, 'as', opts.as, ['graph', 'index'] as const);
  assertDuckDbSettings(NAME, opts);

  const session = await DuckDbSession.open(NAME, input, opts, { header: opts.header, delimiter: opts.delimiter });
  try {
    return await readTies(session, opts);
  } finally {
    session.close();
  }
}

type Options = typeof READ_TIES_DUCKDB_DEFAULTS & ReadTiesDuckDbOptions;

async function readTies(session: DuckDbSession, opts: Options): Promise<ReadTiesDuckDbResult | ReadTiesDuckDbIndexResult> {
  const sourceColumn = session.column('source', opts.source, true)!;
  const targetColumn = session.column('target', opts.target, true)!;
  const weightColumn =
    opts.weight === undefined ? (session.hasColumn('weight') ? 'weight' : null) : session.column('weight', opts.weight, false);
  const selectColumns = Object.entries(opts.select ?? {}).map(([name, values]) => {
    const spec = opts.header || !/^(0|[1-9]\d*)$/.test(name) ? name : Number(name);
    return { column: session.column(`select.${name}`, spec, true)!, values: typeof values === 'string' ? [values] : [...values] };
  });

  // 1. Every row once, checked: ids as text, weight as DOUBLE, a problem code per row.
  const s = quoteIdentifier(sourceColumn);
  const t = quoteIdentifier(targetColumn);
  const wr = weightColumn === null ? 'NULL' : quoteIdentifier(weightColumn);
  const selected =
    selectColumns.length === 0
      ? 'true'
      : selectColumns.map(({ column, values }) => `coalesce(CAST(${quoteIdentifier(column)} AS VARCHAR) IN (${values.map(quoteLiteral).join(', ')}), false)`).join(' AND ');
  const weightChecks =
    weightColumn === null
      ? ''
      : `WHEN wr IS NULL THEN 5 WHEN w IS NULL THEN 6 WHEN NOT isfinite(w) THEN 7 WHEN w <= 0 THEN 8 `;
  await session.run(
    `CREATE TEMP TABLE ts_rows AS SELECT s, t, w, CAST(CASE WHEN NOT sel THEN ${UNSELECTED} ` +
      `WHEN s IS NULL THEN 1 WHEN t IS NULL THEN 2 ` +
      `WHEN regexp_full_match(s, '${BLANK}') THEN 3 WHEN regexp_full_match(t, '${BLANK}') THEN 4 ` +
      `${weightChecks}ELSE 0 END AS UTINYINT) AS p FROM (` +
      `SELECT CAST(${s} AS VARCHAR) AS s, CAST(${t} AS VARCHAR) AS t, ${wr} AS wr, ` +
      `${weightColumn === null ? 'CAST(1 AS DOUBLE)' : `TRY_CAST(${wr} AS DOUBLE)`} AS w, ${selected} AS sel FROM ${session.relation})`,
    'reading the rows',
  );
  if (opts.duplicates === 'error') {
    const pair = opts.directed ? 's, t' : 'least(s, t), greatest(s, t)';
    await session.run(
      `UPDATE ts_rows SET p = ${DUPLICATE} WHERE rowid IN (SELECT r FROM (SELECT rowid AS r, ` +
        `row_number() OVER (PARTITION BY ${pair} ORDER BY rowid) AS k FROM ts_rows WHERE p = 0 AND s <> t) WHERE k > 1)`,
      'finding repeated pairs',
    );
  }

  // 2. Counts per problem; the first invalid rows.
  const counts = await session.rows(`SELECT p, count(*), count(*) FILTER (WHERE s = t) FROM ts_rows GROUP BY p`, 'counting the rows');
  let rows = 0;
  let good = 0;
  let selfLoops = 0;
  let unselected = 0;
  let rejected = 0;
  const rejectedByReason: Record<string, number> = {};
  for (const [p, n, loops] of counts as [number, bigint | number, bigint | number][]) {
    const count = Number(n);
    rows += count;
    if (p === 0) {
      good = count;
      selfLoops = Number(loops);
    } else if (p === UNSELECTED) unselected = count;
    else {
      rejected += count;
      const reason = PROBLEMS[p]!.reason;
      rejectedByReason[reason] = (rejectedByReason[reason] ?? 0) + count;
    }
  }
  const rejectedRows: DuckDbRejectedRow[] = [];
  if (rejected > 0) {
    const limit = opts.onInvalidRow === 'throw' ? 1 : MAX_REPORTED_ROWS;
    const bad = (await session.rows(
      `SELECT rowid, p, s, t, w FROM ts_rows WHERE p BETWEEN 1 AND ${DUPLICATE} ORDER BY rowid LIMIT ${limit}`,
      'finding the invalid rows',
    )) as [bigint | number, number, string | null, string | null, number | null][];
    const rawWeights = weightColumn === null ? null : await rawCells(session, weightColumn, bad.map((b) => Number(b[0])));
    for (let i = 0; i < bad.length; i++) {
      const [position, p, source, target] = bad[i]!;
      const where = await session.locate(Number(position));
      const { reason, column } = PROBLEMS[p]!;
      const columnName = column === 'source' ? sourceColumn : column === 'target' ? targetColumn : column === 'weight' ? weightColumn! : undefined;
      const message = problemText(p, columnName, rawWeights?.[i], source, target, opts.directed);
      if (opts.onInvalidRow === 'throw') {
        const at = where.file === undefined ? `row ${where.row}` : `${where.file}: row ${where.row}`;
        throw new DuckDbReadError(`${NAME}: ${at}: ${message}`, {
          source: session.name,
          reason: reason as DuckDbReadReason,
          ...(where.file === undefined ? {} : { file: where.file }),
          row: where.row,
          ...(columnName === undefined ? {} : { column: columnName }),
        });
      }
      rejectedRows.push({ file: where.file, row: where.row, reason, message });
    }
  }

  // 3. People numbered by first appearance (source before target in a row), in DuckDB.
  await session.run(
    `CREATE TEMP TABLE ts_keys AS SELECT key, CAST(row_number() OVER (ORDER BY first) - 1 AS UINTEGER) AS id FROM (` +
      `SELECT key, min(position) AS first FROM (SELECT s AS key, rowid * 2 AS position FROM ts_rows WHERE p = 0 ` +
      `UNION ALL SELECT t AS key, rowid * 2 + 1 AS position FROM ts_rows WHERE p = 0) GROUP BY key)`,
    'numbering the people',
  );
  const keys: string[] = [];
  await session.stream(`SELECT key FROM ts_keys ORDER BY id`, 'reading the people', (chunk) => {
    const vector = chunk.getColumnVector(0);
    for (let i = 0, n = chunk.rowCount; i < n; i++) keys.push(vector.getItem(i) as string);
  });

  // 4. The rows as id pairs and weights, in row order.
  const sources = new Uint32Array(good);
  const targets = new Uint32Array(good);
  const weights = new Float64Array(good);
  let m = 0;
  await session.stream(
    `SELECT a.id, b.id, r.w FROM ts_rows r JOIN ts_keys a ON r.s = a.key JOIN ts_keys b ON r.t = b.key WHERE r.p = 0 ORDER BY r.rowid`,
    'reading the ties',
    (chunk) => {
      const a = chunk.getColumnVector(0);
      const b = chunk.getColumnVector(1);
      const w = chunk.getColumnVector(2);
      for (let i = 0, n = chunk.rowCount; i < n; i++, m++) {
        sources[m] = a.getItem(i) as number;
        targets[m] = b.getItem(i) as number;
        weights[m] = w.getItem(i) as number;
      }
    },
  );
  const idOf = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) idOf.set(keys[i]!, i);
  const index = csrFromEdges({
    directed: opts.directed,
    weighted: weightColumn !== null,
    keys,
    idOf,
    m,
    sources,
    targets,
    strengths: weights,
    distances: null,
    strengthRule: opts.duplicates === 'error' ? 'sum' : opts.duplicates,
  });

  const used = new Set<string>([sourceColumn, targetColumn, ...selectColumns.map((c) => c.column)]);
  if (weightColumn !== null) used.add(weightColumn);
  const report: ReadTiesDuckDbReport = {
    source: session.name,
    weightColumn,
    rows,
    accepted: rows - rejected - selfLoops - unselected,
    unselected,
    rejected,
    selfLoops,
    duplicatesMerged: index.stats.parallelEdgesMerged,
    pairsMerged: countMergedPairs(sources, targets, m - selfLoops),
    ignoredColumns: session.columns.map((c) => c.name).filter((name) => !used.has(name)),
    nodes: index.order,
    ties: index.size,
    rejectedByReason,
    rejectedRows,
  };
  if (opts.as === 'index') return { index, report };
  await assertGraphIds(session, index);
  return { graph: graphFromIndex(index, () => 0, session.name), report };
}

/** The cells of one column, as text, at 0-based row positions of the input (messages only). */
async function rawCells(session: DuckDbSession, column: string, positions: number[]): Promise<(string | null)[]> {
  if (positions.length === 0) return [];
  const last = Math.max(...positions);
  const rows = (await session.rows(
    `SELECT position, v FROM (SELECT row_number() OVER () - 1 AS position, CAST(${quoteIdentifier(column)} AS VARCHAR) AS v ` +
      `FROM (SELECT * FROM ${session.relation} LIMIT ${last + 1})) WHERE position IN (${positions.join(', ')})`,
    'reading the invalid rows',
  )) as [bigint | number, string | null][];
  const byPosition = new Map(rows.map(([p, v]) => [Number(p), v]));
  return positions.map((p) => byPosition.get(p) ?? null);
}

function problemText(
  p: number,
  column: string | undefined,
  raw: string | null | undefined,
  source: string | null,
  target: string | null,
  directed: boolean,
): string {
  switch (p) {
    case 1:
    case 2:
      return `the ${p === 1 ? 'source' : 'target'} id (column ${show(column)}) is null`;
    case 3:
    case 4:
      return `the ${p === 3 ? 'source' : 'target'} id (column ${show(column)}) is empty or only spaces`;
    case 5:
      return `the weight (column ${show(column)}) is null`;
    case 6:
      return `weight ${show(raw ?? '')} in column ${show(column)} is not a number`;
    case 7:
      return `weight ${show(raw ?? '')} in column ${show(column)} is not finite`;
    case 8:
      return `weight ${show(raw ?? '')} in column ${show(column)} must be > 0 (a zero-strength tie is not a tie)`;
    default:
      return `the pair ${show(source)} ${directed ? '->' : '–'} ${show(target)} repeats an earlier row (duplicates: 'error')`;
  }
}

/** graphology keeps neighbours in plain objects: a tie at an id such as `__proto__` needs `as: 'index'`. */
async function assertGraphIds(session: DuckDbSession, index: CsrIndex): Promise<void> {
  for (let v = 0; v < index.order; v++) {
    const key = index.keys[v]!;
    if (!(key in Object.prototype) || index.degree(v) + index.inDegree(v) === 0) continue;
    const found = (await session.rows(`SELECT min(rowid) FROM ts_rows WHERE p = 0 AND (s = ${quoteLiteral(key)} OR t = ${quoteLiteral(key)})`, 'locating an id')) as [
      bigint | number,
    ][];
    const where = await session.locate(Number(found[0]![0]));
    const at = where.file === undefined ? `row ${where.row}` : `${where.file}: row ${where.row}`;
    throw new DuckDbReadError(
      `${NAME}: ${at}: id ${show(key)} cannot hold a tie in a graphology graph (graphology keeps neighbours in plain objects, ` +
        `where ${show(key)} is an Object.prototype member); read with as: 'index', which handles every id, or rename the id`,
      { source: session.name, reason: 'unsupportedId', row: where.row, ...(where.file === undefined ? {} : { file: where.file }) },
    );
  }
}

/** Checks the `select` option: an object of column → a string or a non-empty array of strings. */
function assertSelect(select: unknown): void {
  if (select === undefined) return;
  const fail = (): never => {
    throw new InvalidOptionError(`${NAME}: option select must be an object { column: value } or { column: [values] } of strings; got ${show(select)}`, 'select');
  };
  if (typeof select !== 'object' || select === null || Array.isArray(select)) fail();
  const entries = Object.entries(select as object);
  if (entries.length === 0) fail();
  for (const [, value] of entries) {
    if (typeof value === 'string') continue;
    if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== 'string')) fail();
  }
}

/** The number of runs of two or more equal (source, target) pairs in sorted edge arrays. */
function countMergedPairs(sources: Uint32Array, targets: Uint32Array, m: number): number {
  let pairs = 0;
  let run = 1;
  for (let i = 1; i <= m; i++) {
    if (i < m && sources[i] === sources[i - 1] && targets[i] === targets[i - 1]) run++;
    else {
      if (run > 1) pairs++;
      run = 1;
    }
  }
  return pairs;
}
