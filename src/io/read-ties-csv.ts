/**
 * readTiesCsv: stream an edge list (source, target, optional weight) from CSV into a graphology
 * graph or straight into a {@link CsrIndex}.
 *
 * @module
 */
import type { Readable } from 'node:stream';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { CsvFormatError, show } from '../errors.js';
import { csrFromEdges, type CsrIndex } from '../core/csr.js';
import { KeyInterner } from '../core/key-interner.js';
import { assertBoolean, assertEnum, assertString, resolveOptions } from '../options.js';
import {
  openInput,
  parseDecimal,
  Rejections,
  resolveColumn,
  RowProblem,
  streamCsvRows,
  type ColumnSpec,
  type RejectedRow,
} from './csv-rows.js';

const NAME = 'tiestrength/readTiesCsv';

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
  /** The cell delimiter. [`','`] */
  delimiter?: string;
  /** Whether rows are arcs (source → target). [`false`] */
  directed?: boolean;
  /**
   * How rows repeating a pair (the same unordered pair, or ordered pair when directed) merge:
   * `'sum'` the weights, keep the `'max'`, take the `'mean'`, or treat the repeat as an
   * invalid row (`'error'`). [`'sum'`]
   */
  duplicates?: DuplicateRule;
  /** Throw {@link CsvFormatError} at the first invalid row, or skip and report invalid rows. [`'throw'`] */
  onInvalidRow?: 'throw' | 'skip';
  /** Build a graphology graph, or only the {@link CsrIndex} (much faster on large files). [`'graph'`] */
  as?: 'graph' | 'index';
  /** The name used for the input in messages and the report. [the path, or `'<stream>'`] */
  file?: string;
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
});

/** What {@link readTiesCsv} read, kept, merged and rejected. */
export interface ReadTiesReport {
  /** The input's name. */
  file: string;
  /** The weight column used, or `null` when every row weighs 1. */
  weightColumn: string | number | null;
  /** Data rows read (header and blank lines excluded). */
  rows: number;
  /** Rows that became a tie or were merged into one (rows minus rejected rows and self-loops). */
  accepted: number;
  /** Rows rejected (see `rejectedByReason` and `rejectedRows`). */
  rejected: number;
  /** Blank lines skipped. */
  blankLines: number;
  /** Rows whose source and target are the same person: dropped (a self-loop is not a tie) and counted. */
  selfLoops: number;
  /** Rows merged into an earlier row of the same pair. */
  duplicatesMerged: number;
  /** People in the result. */
  nodes: number;
  /** Ties in the result. */
  ties: number;
  /** Rejected rows per reason: `columnCount`, `emptyId`, `missingWeight`, `invalidWeight`, `nonFiniteWeight`, `nonPositiveWeight`, `duplicate`, `malformed`. */
  rejectedByReason: Record<string, number>;
  /** The first 20 rejected rows, with their lines. */
  rejectedRows: RejectedRow[];
}

/** The graph built by {@link readTiesCsv}: edge attribute `weight` holds the merged weight. */
export type TiesGraph = UndirectedGraph<Record<string, unknown>, { weight: number }> | DirectedGraph<Record<string, unknown>, { weight: number }>;

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
 * const { graph, report } = await readTiesCsv('emails.csv', { weight: 'count' });
 * graph.size;       //=> 5783
 * report.rejected;  //=> 0
 */
export function readTiesCsv(
  input: string | Readable,
  options: ReadTiesCsvOptions & { as: 'index' },
): Promise<{ index: CsrIndex; report: ReadTiesReport }>;
export function readTiesCsv(
  input: string | Readable,
  options?: ReadTiesCsvOptions & { as?: 'graph' },
): Promise<{ graph: TiesGraph; report: ReadTiesReport }>;
export function readTiesCsv(
  input: string | Readable,
  options?: ReadTiesCsvOptions,
): Promise<{ graph: TiesGraph; report: ReadTiesReport } | { index: CsrIndex; report: ReadTiesReport }>;
export async function readTiesCsv(
  input: string | Readable,
  options?: ReadTiesCsvOptions,
): Promise<{ graph: TiesGraph; report: ReadTiesReport } | { index: CsrIndex; report: ReadTiesReport }> {
  const opts = resolveOptions(NAME, READ_TIES_CSV_DEFAULTS, options);
  assertBoolean(NAME, 'header', opts.header);
  assertBoolean(NAME, 'directed', opts.directed);
  assertString(NAME, 'delimiter', opts.delimiter);
  assertEnum(NAME, 'duplicates', opts.duplicates, ['sum', 'max', 'mean', 'error'] as const);
  assertEnum(NAME, 'onInvalidRow', opts.onInvalidRow, ['throw', 'skip'] as const);
  assertEnum(NAME, 'as', opts.as, ['graph', 'index'] as const);
  const { stream, file } = openInput(input, opts.file, NAME);

  const ids = new KeyInterner();
  const edges = new EdgeBuffer(opts.weight !== null);
  const rejections = new Rejections(NAME, file, opts.onInvalidRow === 'skip');
  let sourceKey: string | number = 0;
  let targetKey: string | number = 1;
  let sourceLabel: string | number = 0;
  let targetLabel: string | number = 1;
  let weightKey: string | number | null = null;
  let weightLabel: string | number | null = null;
  // duplicates: 'error' rejects a repeated pair at its own row, so pairs seen are kept (only then).
  const pairsSeen = opts.duplicates === 'error' ? new Map<number, number>() : null;
  let selfLoops = 0;

  const result = await streamCsvRows(stream, {
    prefix: NAME,
    file,
    header: opts.header,
    delimiter: opts.delimiter,
    onColumns: (columns) => {
      ({ key: sourceKey, label: sourceLabel } = resolveColumn(opts.source, 'source', columns, opts.header, NAME, file));
      ({ key: targetKey, label: targetLabel } = resolveColumn(opts.target, 'target', columns, opts.header, NAME, file));
      const weightSpec = opts.weight === undefined ? (opts.header && columns.includes('weight') ? 'weight' : null) : opts.weight;
      if (weightSpec !== null) {
        const resolved = resolveColumn(weightSpec, 'weight', columns, opts.header, NAME, file);
        weightKey = resolved.key;
        weightLabel = resolved.label;
      }
    },
    onRow: (row, { line }) => {
      const cells = row as Record<string | number, string>;
      const source = cells[sourceKey]!;
      const target = cells[targetKey]!;
      if (source === '' || target === '') {
        const which = source === '' ? 'source' : 'target';
        return new RowProblem('emptyId', `empty ${which} id`, source === '' ? sourceLabel : targetLabel);
      }
      let weight = 1;
      if (weightKey !== null) {
        const parsed = parseWeight(cells[weightKey]!, weightLabel!);
        if (parsed instanceof RowProblem) return parsed;
        weight = parsed;
      }
      if (source === target) {
        ids.intern(source);
        selfLoops++;
        return;
      }
      if (pairsSeen) {
        const a = ids.get(source);
        const b = ids.get(target);
        if (a >= 0 && b >= 0) {
          const key = opts.directed || a < b ? a * PAIR_BASE + b : b * PAIR_BASE + a;
          const first = pairsSeen.get(key);
          if (first !== undefined) {
            const pair = `${show(source)} ${opts.directed ? '->' : '–'} ${show(target)}`;
            return new RowProblem('duplicate', `the pair ${pair} repeats line ${first} (duplicates: 'error')`);
          }
        }
      }
      const u = ids.intern(source);
      const v = ids.intern(target);
      if (pairsSeen) pairsSeen.set(opts.directed || u < v ? u * PAIR_BASE + v : v * PAIR_BASE + u, line);
      edges.push(u, v, weight, line);
    },
    onReject: (line, problem, cells) => rejections.reject(line, problem, cells),
  });

  const index = csrFromEdges({
    directed: opts.directed,
    weighted: weightKey !== null,
    keys: ids.keys,
    idOf: ids.toMap(),
    m: edges.length,
    sources: edges.sources,
    targets: edges.targets,
    strengths: edges.weights,
    distances: null,
    // With duplicates: 'error' no repeated pair gets this far (rejected at its row).
    strengthRule: opts.duplicates === 'error' ? 'sum' : opts.duplicates,
  });
  const duplicatesMerged = index.stats.parallelEdgesMerged;

  const report: ReadTiesReport = {
    file,
    weightColumn: weightLabel,
    rows: result.rows,
    accepted: result.rows - rejections.total - selfLoops,
    rejected: rejections.total,
    blankLines: result.blankLines,
    selfLoops,
    duplicatesMerged,
    nodes: index.order,
    ties: index.size,
    rejectedByReason: rejections.counts,
    rejectedRows: rejections.rows,
  };
  if (opts.as === 'index') return { index, report };
  return { graph: graphFromIndex(index, (id) => edges.firstLineOf(id), file), report };
}

/** Pair keys u·2^26 + v stay exact doubles for up to 2^26 people. */
const PAIR_BASE = 2 ** 26;

const BLANK = /^\s*$/;
const INFINITE = /^\s*[+-]?(?:inf|infinity|nan)\s*$/i;

/** @internal Parses a weight cell; returns a {@link RowProblem} for an invalid weight. */
function parseWeight(text: string, column: string | number): number | RowProblem {
  const value = parseDecimal(text);
  if (Number.isNaN(value)) {
    if (BLANK.test(text)) return new RowProblem('missingWeight', `empty weight in column ${show(column)}`, column);
    if (INFINITE.test(text)) {
      return new RowProblem('nonFiniteWeight', `weight ${show(text)} in column ${show(column)} is not finite`, column);
    }
    return new RowProblem('invalidWeight', `weight ${show(text)} in column ${show(column)} is not a number`, column);
  }
  if (!Number.isFinite(value)) {
    return new RowProblem('nonFiniteWeight', `weight ${show(text)} in column ${show(column)} is not finite`, column);
  }
  if (value <= 0) {
    return new RowProblem(
      'nonPositiveWeight',
      `weight ${show(text)} in column ${show(column)} must be > 0 (a zero-strength tie is not a tie)`,
      column,
    );
  }
  return value;
}

/** @internal Growable typed arrays of rows: source id, target id, weight, line. */
class EdgeBuffer {
  sources = new Uint32Array(1024);
  targets = new Uint32Array(1024);
  weights = new Float64Array(1024);
  lines = new Uint32Array(1024);
  length = 0;

  constructor(readonly weighted: boolean) {}

  push(u: number, v: number, w: number, line: number): void {
    if (this.length === this.sources.length) this.grow();
    const i = this.length++;
    this.sources[i] = u;
    this.targets[i] = v;
    this.weights[i] = w;
    this.lines[i] = line;
  }

  /** The line of the first row with an endpoint `id` (for messages; a linear scan). */
  firstLineOf(id: number): number {
    for (let i = 0; i < this.length; i++) if (this.sources[i] === id || this.targets[i] === id) return this.lines[i]!;
    return 0;
  }

  private grow(): void {
    const size = this.sources.length * 2;
    const s = new Uint32Array(size);
    s.set(this.sources);
    this.sources = s;
    const t = new Uint32Array(size);
    t.set(this.targets);
    this.targets = t;
    const w = new Float64Array(size);
    w.set(this.weights);
    this.weights = w;
    const l = new Uint32Array(size);
    l.set(this.lines);
    this.lines = l;
  }
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

