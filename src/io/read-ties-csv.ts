/**
 * readTiesCsv: stream an edge list (source, target, optional weight) from CSV into a graphology
 * graph or straight into a {@link CsrIndex}.
 *
 * @module
 */
import type { Readable } from 'node:stream';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { CsvFormatError, InvalidOptionError, show } from '../errors.js';
import { csrFromEdges, type CsrIndex } from '../core/csr.js';
import { KeyInterner } from '../core/key-interner.js';
import { assertBoolean, assertEnum, resolveOptions } from '../options.js';
import { assertDelimiter, assertFileName, openInput, Rejections, streamCsvRows, type ColumnSpec, type RejectedRow } from './csv-rows.js';
import { MAX_WORKERS, readTiesParallel, type ParallelHooks } from './ties-csv-parallel.js';
import {
  EdgeBuffer,
  firstLineOf,
  READ_TIES_NAME,
  resolveTieColumns,
  tieRowHandler,
  WEIGHT_SUM_GUARD,
  weightTotal,
  type SelectRule,
  type TieColumns,
} from './ties-csv-rows.js';

const NAME = READ_TIES_NAME;

/** How rows repeating a pair are merged. */
export type DuplicateRule = 'sum' | 'max' | 'mean' | 'error';

/** Options of {@link readTiesCsv}. */
export interface ReadTiesCsvOptions {
  /** The source column: a header name or a 0-based position. [`'source'`] */
  source?: ColumnSpec;
  /** The target column: a header name or a 0-based position. [`'target'`] */
  target?: ColumnSpec;
  /**
   * The weight (strength) column, a header name or a 0-based position, or `null` for none (every
   * row weighs 1). By default `'weight'` is used when the header has it, and rows weigh 1 otherwise.
   */
  weight?: ColumnSpec | null;
  /** Whether the first line is a header. [`true`] */
  header?: boolean;
  /** The cell delimiter: one character other than a double quote or a line end. [`','`] */
  delimiter?: string;
  /**
   * Which rows to read, for a file that holds several relations (or waves, or sources) in one
   * edge list: `{ column: value }` keeps the rows whose cell in that column is exactly `value`
   * (`{ column: [v1, v2] }`: one of the values); several columns must all match. Columns are
   * header names, or 0-based positions written as text (`'2'`) in a headerless file. Rows left
   * out are counted in `report.unselected`, not checked and not rejected (a rank of 0 in
   * another relation is not an invalid weight). [none: every row]
   *
   * @example
   * import { writeFile } from 'node:fs/promises';
   * // Observed counts and recalled ranks in one file: keep the observed rows.
   * await writeFile('ties.csv', 'relation,source,target,weight\nobserved,ana,ben,12\nrecalled,ana,ben,1\nobserved,ben,cruz,3\n');
   * const { graph } = await readTiesCsv('ties.csv', { select: { relation: 'observed' } });
   * graph.getEdgeAttribute('ana', 'ben', 'weight'); //=> 12
   */
  select?: SelectRule;
  /** Whether rows are arcs (source → target). [`false`] */
  directed?: boolean;
  /**
   * How rows repeating a pair (the same unordered pair, or ordered pair when directed) merge:
   * `'sum'` the weights, keep the `'max'`, take the `'mean'`, or treat the repeat as an
   * invalid row (`'error'`). `report.pairsMerged` counts the pairs that more than one row
   * formed. A row whose weight makes its pair's sum overflow (`'sum'` only: `1e308` twice) is an
   * invalid row, reason `'weightOverflow'`; `'mean'` and `'max'` never overflow. [`'sum'`]
   */
  duplicates?: DuplicateRule;
  /** Throw {@link CsvFormatError} at the first invalid row, or skip and report invalid rows. [`'throw'`] */
  onInvalidRow?: 'throw' | 'skip';
  /** Build a graphology graph, or only the {@link CsrIndex} (much faster on large files). [`'graph'`] */
  as?: 'graph' | 'index';
  /** The name used for the input in messages and the report. [the path, or `'<stream>'`] */
  file?: string;
  /**
   * Threads that parse byte ranges of a large file in parallel (each a worker thread running
   * fast-csv), or `'auto'`; the same `threads` option as every other function that can use
   * threads (docs/conventions.md). [`'auto'`]
   *
   * - `'auto'`: up to `min(os.availableParallelism(), 4)` workers for a file path of at least
   *   8 MiB that qualifies (below); otherwise the calling thread reads the input.
   * - `1`: always read on the calling thread.
   * - An integer `n` from 2 to 64: `min(n, os.availableParallelism())` workers for a file path
   *   that qualifies, whatever its size (fewer when the file has too few lines); otherwise the
   *   calling thread. More workers than cores only cost memory and time (64 workers on 2 cores
   *   took 9× longer and 8× the memory of 2), so `n` is capped at the cores, never an error.
   *
   * A file qualifies when it has a header (`header: true`), holds no double quote (`"`) anywhere
   * (a fast byte scan checks this while the workers start), uses a one-character delimiter, and
   * `duplicates` is not `'error'`. The result is the same either way: the same nodes in the same
   * order, the same ties, report and errors. If a worker cannot be started (for example when the
   * package was bundled without its `worker.js` file, see docs/runtime.md), the calling thread
   * reads the file.
   * A stream input is always read on the calling thread.
   */
  threads?: number | 'auto';
  /** @internal Test hooks of the parallel path (see `ties-csv-parallel.ts`). */
  parallelHooks?: ParallelHooks;
}

/** Defaults of {@link readTiesCsv}. */
export const READ_TIES_CSV_DEFAULTS = Object.freeze({
  source: 'source' as ColumnSpec,
  target: 'target' as ColumnSpec,
  weight: undefined as ColumnSpec | null | undefined,
  header: true,
  delimiter: ',',
  directed: false,
  duplicates: 'sum' as DuplicateRule,
  onInvalidRow: 'throw' as 'throw' | 'skip',
  as: 'graph' as 'graph' | 'index',
  file: undefined as string | undefined,
  threads: 'auto' as number | 'auto',
  select: undefined as SelectRule | undefined,
});

/** What {@link readTiesCsv} read, kept, merged and rejected. */
export interface ReadTiesReport {
  /** The input's name. */
  file: string;
  /** The weight column used, or `null` when every row weighs 1. */
  weightColumn: string | number | null;
  /** Data rows read (header and blank lines excluded). */
  rows: number;
  /** Rows that became a tie or were merged into one (rows minus rejected, self-loop and unselected rows). */
  accepted: number;
  /** Rows left out by the `select` option (0 without it). */
  unselected: number;
  /** Rows rejected (see `rejectedByReason` and `rejectedRows`). */
  rejected: number;
  /** Blank lines skipped. */
  blankLines: number;
  /** Rows whose source and target are the same person: dropped (a self-loop is not a tie) and counted. */
  selfLoops: number;
  /** Rows merged into an earlier row of the same pair (by the `duplicates` rule). */
  duplicatesMerged: number;
  /** Pairs (ties) formed by more than one row, whose weights the `duplicates` rule merged. */
  pairsMerged: number;
  /**
   * Columns of the file that were not read (neither source, target, weight nor a `select`
   * column): header names, or positions in a headerless file. A relation or wave column here
   * means rows of different meanings were merged; see `select`.
   */
  ignoredColumns: (string | number)[];
  /** People in the result. */
  nodes: number;
  /** Ties in the result. */
  ties: number;
  /** Rejected rows per reason: `columnCount`, `emptyId`, `missingWeight`, `invalidWeight`, `nonFiniteWeight`, `nonPositiveWeight`, `weightOverflow`, `duplicate`. */
  rejectedByReason: Record<string, number>;
  /** The first 20 rejected rows, with their lines. */
  rejectedRows: RejectedRow[];
}

/** Edge attributes of a {@link TiesGraph}. */
export interface TiesEdge {
  /** The tie's merged weight (strength, > 0): its pair's row weights merged by `duplicates` (each row weighs 1 without a weight column). */
  weight: number;
}

/** The graph built by {@link readTiesCsv}: edge attribute `weight` holds the merged weight. */
export type TiesGraph = UndirectedGraph<Record<string, unknown>, TiesEdge> | DirectedGraph<Record<string, unknown>, TiesEdge>;

/** The result of {@link readTiesCsv} (with `as: 'graph'`, the default). */
export interface ReadTiesResult {
  /** The ties as a graphology graph: an `UndirectedGraph`, or a `DirectedGraph` with `directed: true`. */
  graph: TiesGraph;
  /** What was read, kept, merged and rejected. */
  report: ReadTiesReport;
}

/** The result of {@link readTiesCsv} with `as: 'index'`. */
export interface ReadTiesIndexResult {
  /** The ties as a {@link CsrIndex} (no graphology graph is built); `tieStrengths` hold the merged weights. */
  index: CsrIndex;
  /** What was read, kept, merged and rejected. */
  report: ReadTiesReport;
}

/**
 * Reads an edge list from CSV, streaming (the file is never held in memory), into a graphology
 * graph or straight into a {@link CsrIndex}.
 *
 * Each row is one tie or one interaction: `source,target[,weight]`. Rows repeating a pair merge
 * by `duplicates` (by default their weights are summed, so a log of one row per interaction
 * becomes interaction counts). Self-loops are dropped and counted. An invalid row (wrong number
 * of cells, empty id, missing, non-numeric, non-finite, zero or negative weight) throws
 * {@link CsvFormatError} with its file and line, or with `onInvalidRow: 'skip'` is skipped and
 * reported: counts per reason and the first 20 rejected rows with their lines.
 *
 * @remarks
 * - Weights are strengths (bigger = stronger) and must be finite and > 0. Numbers are parsed
 *   strictly: `'1e3'` and `' 2.5 '` are numbers; `'0x10'`, `'1,5'` and `'Infinity'` are not.
 * - Ids are kept exactly as written (no trimming): `' a'` and `'a'` are two people.
 * - Blank lines are skipped and counted; a UTF-8 byte-order mark and CRLF line ends are accepted.
 * - A malformed file (unclosed quote, duplicate header names, empty file, missing column) always
 *   throws, also in `'skip'` mode, since no later row can be trusted.
 * - `as: 'index'` builds the CSR index with no graphology graph (about 10× faster on a million rows).
 * - A large file (a path, 8 MiB or more, with a header and no double quote, and `duplicates` other
 *   than `'error'`) is cut at line starts into byte ranges parsed in parallel by worker threads
 *   (see `threads`), with exactly the result of the single-thread read. `threads: 1` turns this off.
 * - The graph is an `UndirectedGraph` (or `DirectedGraph` with `directed: true`); node keys in
 *   order of first appearance; edge attribute `weight` = the merged weight.
 *
 * @param input The file path, or a Readable stream of CSV text.
 * @param options The {@link ReadTiesCsvOptions}.
 * @returns `{ graph, report }`, or `{ index, report }` with `as: 'index'`.
 * @throws {@link CsvFormatError} On a malformed file, or an invalid row in `'throw'` mode (with `file`, `line`, `column`, `reason`).
 * @throws {@link InvalidOptionError} On a bad option.
 *
 * @example
 * import { writeFile } from 'node:fs/promises';
 * await writeFile('emails.csv', 'source,target,count\nana,ben,12\nben,ana,3\nben,cruz,1\n');
 * const { graph, report } = await readTiesCsv('emails.csv', { weight: 'count' });
 * graph.size;                                     //=> 2
 * graph.getEdgeAttribute('ana', 'ben', 'weight'); //=> 15 (both directions, summed)
 * report.pairsMerged;                             //=> 1
 * report.rejected;                                //=> 0
 */
export function readTiesCsv(
  input: string | Readable,
  options: ReadTiesCsvOptions & { as: 'index' },
): Promise<ReadTiesIndexResult>;
export function readTiesCsv(
  input: string | Readable,
  options?: ReadTiesCsvOptions & { as?: 'graph' },
): Promise<ReadTiesResult>;
export function readTiesCsv(
  input: string | Readable,
  options?: ReadTiesCsvOptions,
): Promise<ReadTiesResult | ReadTiesIndexResult>;
export async function readTiesCsv(
  input: string | Readable,
  options?: ReadTiesCsvOptions,
): Promise<ReadTiesResult | ReadTiesIndexResult> {
  // The internal test hooks are taken out first, so that messages about options never name them.
  let hooks: ParallelHooks | undefined;
  let given = options;
  if (typeof options === 'object' && options !== null && !Array.isArray(options) && 'parallelHooks' in options) {
    ({ parallelHooks: hooks, ...given } = options);
  }
  const opts = resolveOptions(NAME, READ_TIES_CSV_DEFAULTS, given);
  assertBoolean(NAME, 'header', opts.header);
  assertBoolean(NAME, 'directed', opts.directed);
  assertDelimiter(NAME, opts.delimiter);
  assertFileName(NAME, opts.file);
  assertSelect(opts.select);
  assertEnum(NAME, 'duplicates', opts.duplicates, ['sum', 'max', 'mean', 'error'] as const);
  assertEnum(NAME, 'onInvalidRow', opts.onInvalidRow, ['throw', 'skip'] as const);
  assertEnum(NAME, 'as', opts.as, ['graph', 'index'] as const);
  const workers: unknown = opts.threads;
  if (workers !== 'auto' && !(typeof workers === 'number' && Number.isInteger(workers) && workers >= 1 && workers <= MAX_WORKERS)) {
    throw new InvalidOptionError(
      `${NAME}: option threads must be 'auto' or an integer in [1, ${MAX_WORKERS}]; got ${show(workers)}`,
      'threads',
    );
  }
  const skip = opts.onInvalidRow === 'skip';

  let read: TiesRead | null = null;
  if (typeof input === 'string') {
    const file = typeof opts.file === 'string' ? opts.file : input;
    const reason =
      workers === 1 ? 'threads: 1' : !opts.header ? 'header: false' : opts.duplicates === 'error' ? "duplicates: 'error'" : null;
    if (reason !== null) {
      hooks?.onPlan?.({ mode: 'single', reason });
    } else {
      const parallel = await readTiesParallel(
        input,
        file,
        {
          source: opts.source,
          target: opts.target,
          weight: opts.weight,
          delimiter: opts.delimiter,
          directed: opts.directed,
          skip,
          wantLines: opts.as === 'graph',
          workers,
          select: opts.select ?? null,
        },
        hooks,
      );
      // Only the single-thread read checks each pair's running sum for overflow: with weights
      // this large (rare), read again on one thread.
      if (parallel !== null && opts.duplicates === 'sum' && !(weightTotal(parallel.weights, parallel.m) < WEIGHT_SUM_GUARD)) {
        hooks?.onPlan?.({ mode: 'fallback', reason: 'weights near overflow' });
      } else if (parallel !== null) {
        const { sources, targets, lines, m } = parallel;
        read = {
          file,
          columns: parallel.columns,
          ids: parallel.ids,
          m,
          sources,
          targets,
          weights: parallel.weights,
          firstLineOf: (id) => (lines === null ? 0 : firstLineOf(sources, targets, lines, m, id)),
          rows: parallel.rows,
          blankLines: parallel.blankLines,
          selfLoops: parallel.selfLoops,
          unselected: parallel.unselected,
          columnNames: parallel.columnNames,
          rejected: parallel.rejected,
        };
      }
    }
  } else {
    hooks?.onPlan?.({ mode: 'single', reason: 'stream input' });
  }
  read ??= await readTiesSingle(input, opts, skip);

  const { columns, ids, file } = read;
  // csrFromEdges sorts the edge arrays in place: find the line of the first tie of any id that a
  // graphology graph refuses (see graphFromIndex) while the rows are still in file order.
  const refusedIdLines = new Map<number, number>();
  if (opts.as === 'graph') {
    const keys = ids.keys;
    for (let v = 0; v < keys.length; v++) if (keys[v]! in Object.prototype) refusedIdLines.set(v, read.firstLineOf(v));
  }
  // duplicates: 'mean' with weights whose sum could overflow (rare): merge each pair's rows here,
  // with sums scaled by a power of two, so the mean is exact and finite.
  const premerged = opts.duplicates === 'mean' && !(weightTotal(read.weights, read.m) < WEIGHT_SUM_GUARD) ? meanOfPairs(read, opts.directed) : null;
  const index = csrFromEdges({
    directed: opts.directed,
    weighted: columns.weightKey !== null,
    keys: ids.keys,
    idOf: ids.toMap(),
    m: premerged?.m ?? read.m,
    sources: read.sources,
    targets: read.targets,
    strengths: read.weights,
    distances: null,
    // With duplicates: 'error' no repeated pair gets this far (rejected at its row).
    strengthRule: opts.duplicates === 'error' ? 'sum' : opts.duplicates,
  });
  const duplicatesMerged = premerged?.rowsMerged ?? index.stats.parallelEdgesMerged;
  // csrFromEdges left the edge arrays sorted by pair: count the runs of more than one row.
  const pairsMerged = premerged?.pairsMerged ?? countMergedPairs(read.sources, read.targets, read.m);
  const used = new Set<number>([columns.sourcePosition, columns.targetPosition]);
  if (columns.weightPosition !== null) used.add(columns.weightPosition);
  for (const column of columns.select) used.add(column.position);
  const ignoredColumns: (string | number)[] = [];
  read.columnNames.forEach((name, i) => {
    if (!used.has(i)) ignoredColumns.push(opts.header ? name : i);
  });

  const report: ReadTiesReport = {
    file,
    weightColumn: columns.weightLabel,
    rows: read.rows,
    accepted: read.rows - read.rejected.total - read.selfLoops - read.unselected,
    unselected: read.unselected,
    rejected: read.rejected.total,
    blankLines: read.blankLines,
    selfLoops: read.selfLoops,
    duplicatesMerged,
    pairsMerged,
    ignoredColumns,
    nodes: index.order,
    ties: index.size,
    rejectedByReason: read.rejected.counts,
    rejectedRows: read.rejected.rows,
  };
  if (opts.as === 'index') return { index, report };
  return { graph: graphFromIndex(index, (id) => refusedIdLines.get(id) ?? 0, file), report };
}

/** What a read produced: the inputs of `csrFromEdges` and of the report. */
interface TiesRead {
  file: string;
  columns: TieColumns;
  ids: KeyInterner;
  m: number;
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
  /** The line of the first row with an endpoint `id` (for messages; valid until the edge arrays are sorted). */
  firstLineOf: (id: number) => number;
  rows: number;
  blankLines: number;
  selfLoops: number;
  unselected: number;
  /** The column names (header names, or `'0'`, `'1'`, … in a headerless file). */
  columnNames: string[];
  rejected: { total: number; counts: Record<string, number>; rows: RejectedRow[] };
}

/** Checks the `select` option: an object of column → a string or a non-empty array of strings. */
function assertSelect(select: unknown): void {
  if (select === undefined) return;
  const fail = (): never => {
    throw new InvalidOptionError(
      `${NAME}: option select must be an object { column: value } or { column: [values] } of strings; got ${show(select)}`,
      'select',
    );
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

/**
 * Merges the rows of each pair into one row holding the pair's mean weight, in place (first rows
 * first, in file order), for `duplicates: 'mean'` when the weights are large enough for a sum to
 * overflow. Each sum is taken over the weights scaled by 2^-k (k = ⌈log2 m⌉ + 2, exact for every
 * weight above 2^(k−1022)), so it cannot overflow, and the mean is then scaled back: the result is
 * the value sum/count would have if doubles had no ceiling.
 */
function meanOfPairs(read: TiesRead, directed: boolean): { m: number; rowsMerged: number; pairsMerged: number } {
  const { sources, targets, weights, m } = read;
  const k = Math.ceil(Math.log2(Math.max(2, m))) + 2;
  const down = 2 ** -k;
  const slots = new Map<number, number>();
  const counts: number[] = [];
  let kept = 0;
  for (let i = 0; i < m; i++) {
    const u = sources[i]!;
    const v = targets[i]!;
    const key = directed || u < v ? u * 2 ** 26 + v : v * 2 ** 26 + u;
    const slot = slots.get(key);
    if (slot === undefined) {
      slots.set(key, kept);
      sources[kept] = u;
      targets[kept] = v;
      weights[kept] = weights[i]! * down;
      counts.push(1);
      kept++;
    } else {
      weights[slot] = weights[slot]! + weights[i]! * down;
      counts[slot]!++;
    }
  }
  let pairsMerged = 0;
  for (let i = 0; i < kept; i++) {
    weights[i] = (weights[i]! / counts[i]!) * 2 ** k;
    if (counts[i]! > 1) pairsMerged++;
  }
  return { m: kept, rowsMerged: m - kept, pairsMerged };
}

/** The options {@link readTiesSingle} reads. */
interface SingleOptions {
  source: ColumnSpec;
  target: ColumnSpec;
  weight: ColumnSpec | null | undefined;
  header: boolean;
  delimiter: string;
  directed: boolean;
  duplicates: DuplicateRule;
  file: string | undefined;
  select?: SelectRule;
}

/** Reads the input on the calling thread. */
async function readTiesSingle(input: string | Readable, opts: SingleOptions, skip: boolean): Promise<TiesRead> {
  const { stream, file } = openInput(input, opts.file, NAME);
  const sink = { ids: new KeyInterner(), edges: new EdgeBuffer(), selfLoops: 0, unselected: 0 };
  const rejections = new Rejections(NAME, file, skip);
  // No weight column until the header (or a headerless file's first row) is read: a header-only
  // file resolves its columns, an input with no line at all keeps these.
  let columns: TieColumns = {
    sourceKey: 0,
    targetKey: 1,
    sourceLabel: 0,
    targetLabel: 1,
    weightKey: null,
    weightLabel: null,
    sourcePosition: 0,
    targetPosition: 1,
    weightPosition: null,
    select: [],
  };
  let columnNames: string[] = [];
  let onRow: ReturnType<typeof tieRowHandler> = () => undefined;
  // duplicates: 'error' rejects a repeated pair at its own row, so pairs seen are kept (only then).
  const pairsSeen = opts.duplicates === 'error' ? new Map<number, number>() : null;

  const result = await streamCsvRows(stream, {
    prefix: NAME,
    file,
    header: opts.header,
    delimiter: opts.delimiter,
    onColumns: (names) => {
      columns = resolveTieColumns(opts, names, file);
      columnNames = names;
      onRow = tieRowHandler(columns, sink, opts.directed, pairsSeen, opts.duplicates === 'sum');
    },
    onRow: (row, context) => onRow(row, context),
    onReject: (line, problem, cells) => rejections.reject(line, problem, cells),
  });
  const { edges } = sink;
  return {
    file,
    columns,
    ids: sink.ids,
    m: edges.length,
    sources: edges.sources,
    targets: edges.targets,
    weights: edges.weights,
    firstLineOf: (id) => edges.firstLineOf(id),
    rows: result.rows,
    blankLines: result.blankLines,
    selfLoops: sink.selfLoops,
    unselected: sink.unselected,
    columnNames,
    rejected: { total: rejections.total, counts: rejections.counts, rows: rejections.rows },
  };
}

/**
 * @internal
 * Materialises a graphology graph from an index's merged ties: nodes in id order, edge attribute
 * `weight` = the merged strength.
 */
export function graphFromIndex(index: CsrIndex, lineOf: (id: number) => number, file: string): TiesGraph {
  // graphology 0.26 keeps each node's neighbours in a plain object, so a tie at a node keyed like an
  // Object.prototype member (`__proto__`, `constructor`, `toString`, …) is refused or silently lost.
  for (let v = 0; v < index.order; v++) {
    const key = index.keys[v]!;
    if (key in Object.prototype && index.degree(v) + index.inDegree(v) > 0) {
      const line = lineOf(v);
      throw new CsvFormatError(
        `${NAME}: ${file}: line ${line}: id ${show(key)} cannot hold a tie in a graphology graph ` +
          `(graphology keeps neighbours in plain objects, where ${show(key)} is an Object.prototype member); ` +
          "read with as: 'index', which handles every id, or rename the id",
        { file, line, reason: 'unsupportedId' },
      );
    }
  }
  const graph = index.directed
    ? new DirectedGraph<Record<string, unknown>, { weight: number }>()
    : new UndirectedGraph<Record<string, unknown>, { weight: number }>();
  const keys = index.keys;
  for (let i = 0; i < keys.length; i++) graph.addNode(keys[i]!);
  const { tieSources, tieTargets, tieStrengths } = index;
  for (let t = 0; t < index.size; t++) {
    graph.addEdge(keys[tieSources[t]!]!, keys[tieTargets[t]!]!, { weight: tieStrengths[t]! });
  }
  return graph;
}

