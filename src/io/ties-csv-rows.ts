/**
 * The per-row work of readTiesCsv, shared by the single-thread reader and the worker threads that
 * read byte ranges of a large file in parallel: column resolution, weight parsing, the row
 * callback and the growable edge arrays. Keeping one copy is what keeps both paths identical.
 *
 * This module must not import graphology: the workers load it. Its helpers are internal (each is
 * tagged); `SelectRule` is public, since readTiesCsv's `select` option has its type.
 *
 * @module
 */
import { show } from '../errors.js';
import type { KeyInterner } from '../core/key-interner.js';
import { isBlankId, parseDecimal, quote, resolveColumn, RowProblem, type ColumnSpec, type RowContext } from './csv-rows.js';

/** @internal The name readTiesCsv uses in messages. */
export const READ_TIES_NAME = 'tiestrength/readTiesCsv';

/** @internal The columns a ties reader reads: cell keys for rows, labels for messages. */
export interface TieColumns {
  sourceKey: string | number;
  targetKey: string | number;
  sourceLabel: string | number;
  targetLabel: string | number;
  /** The weight cell key, or `null` when every row weighs 1. */
  weightKey: string | number | null;
  weightLabel: string | number | null;
  /** 0-based positions of the columns (the weight's, or `null`). */
  sourcePosition: number;
  targetPosition: number;
  weightPosition: number | null;
  /** The `select` rule resolved: each column's cell key (and 0-based position) and the values kept. */
  select: SelectColumn[];
}

/** @internal One column of a `select` rule: rows are kept when the cell is one of `values`. */
export interface SelectColumn {
  key: string | number;
  position: number;
  label: string | number;
  values: string[];
}

/** The `select` option of readTiesCsv: column → the value, or values, of the rows to keep. */
export type SelectRule = Readonly<Record<string, string | readonly string[]>>;

/**
 * @internal
 * Resolves the source, target and weight options against the column names (see
 * {@link resolveColumn}); throws `CsvFormatError` (missing column) or `InvalidOptionError`.
 */
export function resolveTieColumns(
  spec: { source: ColumnSpec; target: ColumnSpec; weight: ColumnSpec | null | undefined; header: boolean; select?: SelectRule | null },
  columns: string[],
  file: string,
): TieColumns {
  const select: SelectColumn[] = [];
  for (const [name, values] of Object.entries(spec.select ?? {})) {
    // In a headerless file the keys are 0-based positions written as text ('2').
    const column = spec.header ? name : /^(0|[1-9]\d*)$/.test(name) ? Number(name) : name;
    const resolved = resolveColumn(column, `select.${name}`, columns, spec.header, READ_TIES_NAME, file);
    select.push({ key: resolved.key, position: resolved.position, label: resolved.label, values: typeof values === 'string' ? [values] : [...values] });
  }
  const source = resolveColumn(spec.source, 'source', columns, spec.header, READ_TIES_NAME, file);
  const target = resolveColumn(spec.target, 'target', columns, spec.header, READ_TIES_NAME, file);
  const weightSpec = spec.weight === undefined ? (spec.header && columns.includes('weight') ? 'weight' : null) : spec.weight;
  let weightKey: string | number | null = null;
  let weightLabel: string | number | null = null;
  let weightPosition: number | null = null;
  if (weightSpec !== null) {
    const resolved = resolveColumn(weightSpec, 'weight', columns, spec.header, READ_TIES_NAME, file);
    weightKey = resolved.key;
    weightLabel = resolved.label;
    weightPosition = resolved.position;
  }
  return {
    sourceKey: source.key,
    targetKey: target.key,
    sourceLabel: source.label,
    targetLabel: target.label,
    weightKey,
    weightLabel,
    sourcePosition: source.position,
    targetPosition: target.position,
    weightPosition,
    select,
  };
}

/** Pair keys u·2^26 + v stay exact doubles for up to 2^26 people. */
const PAIR_BASE = 2 ** 26;

/** @internal What the row callback fills: ids, edges and the self-loop count. */
export interface TieRowSink {
  readonly ids: KeyInterner;
  readonly edges: EdgeBuffer;
  selfLoops: number;
  /** Rows left out by `select` (valid rows of another relation: neither ties nor rejections). */
  unselected: number;
}

/**
 * @internal
 * While the weights read so far sum to less than this (2^1022), no sum of some of them can
 * overflow (each partial sum is below 2^1023 even with its rounding errors): the exact per-pair
 * overflow check of `duplicates: 'sum'` (and the scaled mean) is needed only past it.
 */
export const WEIGHT_SUM_GUARD = 2 ** 1022;

/** @internal The sum of the first `m` weights (a bound for every per-pair sum; see {@link WEIGHT_SUM_GUARD}). */
export function weightTotal(weights: Float64Array, m: number): number {
  let total = 0;
  for (let i = 0; i < m; i++) total += weights[i]!;
  return total;
}

/** @internal The pair key of ids u, v (ordered when directed). */
function pairKey(u: number, v: number, directed: boolean): number {
  return directed || u < v ? u * PAIR_BASE + v : v * PAIR_BASE + u;
}

/**
 * @internal
 * The row callback of `streamCsvRows` for a ties reader: checks the ids and the weight, counts and
 * drops self-loops (interning their id), and pushes every other row to `sink.edges`. With
 * `pairsSeen` (only for `duplicates: 'error'`) a repeated pair is rejected at its own row.
 */
export function tieRowHandler(
  columns: TieColumns,
  sink: TieRowSink,
  directed: boolean,
  pairsSeen: Map<number, number> | null,
  checkSums = false,
): (row: Record<string, string> | string[], context: RowContext) => RowProblem | void {
  const { sourceKey, targetKey, sourceLabel, targetLabel, weightKey, weightLabel, select } = columns;
  const { ids, edges } = sink;
  const selecting = select.length > 0;
  // duplicates: 'sum' — the running total of accepted weights, and once it passes the guard, the
  // sum of every pair, so that the row whose weight makes its pair's sum overflow is rejected.
  let total = 0;
  let sums: Map<number, number> | null = null;
  return (row, { line }) => {
    const cells = row as Record<string | number, string>;
    if (selecting) {
      for (let i = 0; i < select.length; i++) {
        const column = select[i]!;
        if (!column.values.includes(cells[column.key]!)) {
          sink.unselected++;
          return;
        }
      }
    }
    const source = cells[sourceKey]!;
    const target = cells[targetKey]!;
    if (isBlankId(source) || isBlankId(target)) {
      const blank = isBlankId(source);
      return new RowProblem('emptyId', `${blank ? 'source' : 'target'} id is empty or only spaces`, blank ? sourceLabel : targetLabel);
    }
    let weight = 1;
    if (weightKey !== null) {
      const parsed = parseWeight(cells[weightKey]!, weightLabel!);
      if (parsed instanceof RowProblem) return parsed;
      weight = parsed;
    }
    if (source === target) {
      ids.intern(source);
      sink.selfLoops++;
      return;
    }
    if (pairsSeen) {
      const a = ids.get(source);
      const b = ids.get(target);
      if (a >= 0 && b >= 0) {
        const key = directed || a < b ? a * PAIR_BASE + b : b * PAIR_BASE + a;
        const first = pairsSeen.get(key);
        if (first !== undefined) {
          const pair = `${show(source)} ${directed ? '->' : '–'} ${show(target)}`;
          return new RowProblem('duplicate', `the pair ${pair} repeats line ${first} (duplicates: 'error')`);
        }
      }
    }
    if (checkSums) {
      total += weight;
      if (sums === null && total >= WEIGHT_SUM_GUARD) {
        sums = new Map();
        for (let i = 0; i < edges.length; i++) {
          const key = pairKey(edges.sources[i]!, edges.targets[i]!, directed);
          sums.set(key, (sums.get(key) ?? 0) + edges.weights[i]!);
        }
      }
      if (sums !== null) {
        const a = ids.get(source);
        const b = ids.get(target);
        if (a >= 0 && b >= 0) {
          const sum = (sums.get(pairKey(a, b, directed)) ?? 0) + weight;
          if (sum === Infinity) {
            total -= weight;
            const pair = `${quote(source)} ${directed ? '->' : '–'} ${quote(target)}`;
            return new RowProblem(
              'weightOverflow',
              `weight ${show(cells[weightKey!])} makes the summed weight of ${pair} overflow to Infinity (duplicates: 'sum'; 'mean' or 'max' cannot overflow)`,
              weightLabel ?? undefined,
            );
          }
        }
      }
    }
    const u = ids.intern(source);
    const v = ids.intern(target);
    if (pairsSeen) pairsSeen.set(pairKey(u, v, directed), line);
    if (sums !== null) {
      const key = pairKey(u, v, directed);
      sums.set(key, (sums.get(key) ?? 0) + weight);
    }
    edges.push(u, v, weight, line);
  };
}

const BLANK = /^\s*$/;
const INFINITE = /^\s*[+-]?(?:inf|infinity|nan)\s*$/i;

/** @internal Parses a weight cell; returns a {@link RowProblem} for an invalid weight. */
export function parseWeight(text: string, column: string | number): number | RowProblem {
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
export class EdgeBuffer {
  sources = new Uint32Array(1024);
  targets = new Uint32Array(1024);
  weights = new Float64Array(1024);
  lines = new Uint32Array(1024);
  length = 0;

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
    return firstLineOf(this.sources, this.targets, this.lines, this.length, id);
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

/** @internal The line of the first of `m` rows with an endpoint `id`, or 0 (a linear scan). */
export function firstLineOf(sources: Uint32Array, targets: Uint32Array, lines: Uint32Array, m: number, id: number): number {
  for (let i = 0; i < m; i++) if (sources[i] === id || targets[i] === id) return lines[i]!;
  return 0;
}
