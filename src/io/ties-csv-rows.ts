/**
 * The per-row work of readTiesCsv, shared by the single-thread reader and the worker threads that
 * read byte ranges of a large file in parallel: column resolution, weight parsing, the row
 * callback and the growable edge arrays. Keeping one copy is what keeps both paths identical.
 *
 * This module must not import graphology: the workers load it.
 *
 * @internal
 * @module
 */
import { show } from '../errors.js';
import type { KeyInterner } from '../core/key-interner.js';
import { parseDecimal, resolveColumn, RowProblem, type ColumnSpec, type RowContext } from './csv-rows.js';

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
}

/**
 * @internal
 * Resolves the source, target and weight options against the column names (see
 * {@link resolveColumn}); throws `CsvFormatError` (missing column) or `InvalidOptionError`.
 */
export function resolveTieColumns(
  spec: { source: ColumnSpec; target: ColumnSpec; weight: ColumnSpec | null | undefined; header: boolean },
  columns: string[],
  file: string,
): TieColumns {
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
  };
}

/** Pair keys u·2^26 + v stay exact doubles for up to 2^26 people. */
const PAIR_BASE = 2 ** 26;

/** @internal What the row callback fills: ids, edges and the self-loop count. */
export interface TieRowSink {
  readonly ids: KeyInterner;
  readonly edges: EdgeBuffer;
  selfLoops: number;
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
): (row: Record<string, string> | string[], context: RowContext) => RowProblem | void {
  const { sourceKey, targetKey, sourceLabel, targetLabel, weightKey, weightLabel } = columns;
  const { ids, edges } = sink;
  return (row, { line }) => {
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
    const u = ids.intern(source);
    const v = ids.intern(target);
    if (pairsSeen) pairsSeen.set(directed || u < v ? u * PAIR_BASE + v : v * PAIR_BASE + u, line);
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
