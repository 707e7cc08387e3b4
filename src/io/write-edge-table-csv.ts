/**
 * writeEdgeTableCsv: write per-tie results (a graph's edges with their attributes and edge
 * metrics, a CSR index's merged ties, or row objects) as a CSV table.
 *
 * @module
 */
import type { Writable } from 'node:stream';
import type { AbstractGraph } from 'graphology-types';
import { InvalidOptionError, show } from '../errors.js';
import { isCsrIndex, type CsrIndex } from '../core/csr.js';
import { isGraph } from '../guards.js';
import { resolveOptions, assertString } from '../options.js';
import { own, writeTable, type Cell, type WriteCsvOptions, type WriteCsvResult } from './csv-write.js';
import { rowObjects } from './write-node-table-csv.js';

const NAME = 'tiestrength/writeEdgeTableCsv';

/** An edge table: a graphology graph, a {@link CsrIndex}, or an array of row objects. */
export type EdgeTable = AbstractGraph | CsrIndex | readonly Readonly<Record<string, Cell>>[];

/** Options of {@link writeEdgeTableCsv}. */
export interface WriteEdgeTableCsvOptions extends WriteCsvOptions {
  /**
   * Edge metrics to add as columns, by column name, each keyed by edge key (the shape every edge
   * metric returns). Only for a graph table. [`{}`]
   */
  metrics?: Readonly<Record<string, Readonly<Record<string, Cell>>>>;
  /** The header of an edge-key column, or `null` for none. Only for a graph table. [`null`] */
  edgeColumn?: string | null;
}

/** Defaults of {@link writeEdgeTableCsv}. */
export const WRITE_EDGE_TABLE_CSV_DEFAULTS = Object.freeze({
  metrics: {} as Readonly<Record<string, Readonly<Record<string, Cell>>>>,
  edgeColumn: null as string | null,
  delimiter: ',',
  columns: undefined as readonly string[] | undefined,
});

/**
 * Writes an edge table as CSV, streaming, with a stable column order.
 *
 * - A graphology graph: one row per edge, `source`, `target`, then the edge attributes in order
 *   of first appearance, then the `metrics` columns (edge metric records keyed by edge key).
 * - A {@link CsrIndex}: one row per merged tie, `source`, `target`, `strength` (and `distance`
 *   when the index has distances).
 * - An array of row objects: columns in order of first appearance.
 *
 * @remarks
 * Numbers keep full precision, `NaN` is written as an empty cell, and text cells that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return)
 * are prefixed with `'`; numbers are never altered.
 *
 * @param table The {@link EdgeTable}.
 * @param output A file path (created or replaced) or a Writable stream (left open).
 * @param options The {@link WriteEdgeTableCsvOptions}.
 * @returns What was written: `{ file, columns, rows }`.
 * @throws {@link InvalidOptionError} On a table of the wrong shape or a bad option.
 *
 * @example
 * await writeEdgeTableCsv(graph, 'ties.csv', { metrics: { overlap } });
 * // source,target,weight,overlap
 * // a1,a2,3,0.5
 */
export async function writeEdgeTableCsv(
  table: EdgeTable,
  output: string | Writable,
  options?: WriteEdgeTableCsvOptions,
): Promise<WriteCsvResult> {
  const opts = resolveOptions(NAME, WRITE_EDGE_TABLE_CSV_DEFAULTS, options);
  assertString(NAME, 'delimiter', opts.delimiter);
  if (opts.edgeColumn !== null) assertString(NAME, 'edgeColumn', opts.edgeColumn);
  const { columns, rows } = edgeRows(table, opts.metrics, opts.edgeColumn);
  return writeTable(output, columns, rows, opts.columns, opts.delimiter, NAME);
}

function edgeRows(
  table: unknown,
  metrics: Readonly<Record<string, Readonly<Record<string, Cell>>>>,
  edgeColumn: string | null,
): { columns: string[]; rows: Iterable<unknown[]> } {
  const metricColumns = Object.keys(metrics ?? {});
  if (isCsrIndex(table)) {
    if (metricColumns.length > 0 || edgeColumn !== null) {
      throw new InvalidOptionError(`${NAME}: options metrics and edgeColumn apply to a graph table, not to a CsrIndex`, 'metrics');
    }
    const index = table;
    const columns = index.tieDistances ? ['source', 'target', 'strength', 'distance'] : ['source', 'target', 'strength'];
    const rows = (function* () {
      for (let t = 0; t < index.size; t++) {
        const row: unknown[] = [index.keys[index.tieSources[t]!], index.keys[index.tieTargets[t]!], index.tieStrengths[t]];
        if (index.tieDistances) row.push(index.tieDistances[t]);
        yield row;
      }
    })();
    return { columns, rows };
  }
  if (isGraph(table)) {
    const graph = table;
    for (const column of metricColumns) {
      const values = metrics[column];
      if (typeof values !== 'object' || values === null || Array.isArray(values)) {
        throw new InvalidOptionError(`${NAME}: metrics.${column} must be a record { [edge]: value }; got ${show(values)}`, 'metrics');
      }
    }
    const fixed = edgeColumn === null ? ['source', 'target'] : [edgeColumn, 'source', 'target'];
    const attributeColumns: string[] = [];
    const seen = new Set([...fixed, ...metricColumns]);
    graph.forEachEdge((_edge, attributes) => {
      for (const key of Object.keys(attributes)) if (!seen.has(key)) (seen.add(key), attributeColumns.push(key));
    });
    const columns = [...fixed, ...attributeColumns, ...metricColumns];
    const rows: unknown[][] = [];
    graph.forEachEdge((edge, attributes, source, target) => {
      const row: unknown[] = edgeColumn === null ? [source, target] : [edge, source, target];
      for (const c of attributeColumns) row.push(own(attributes, c));
      for (const c of metricColumns) row.push(own(metrics[c] as Record<string, unknown>, edge));
      rows.push(row);
    });
    return { columns, rows };
  }
  if (Array.isArray(table)) {
    if (metricColumns.length > 0 || edgeColumn !== null) {
      throw new InvalidOptionError(`${NAME}: options metrics and edgeColumn apply to a graph table, not to row objects`, 'metrics');
    }
    return rowObjects(table);
  }
  throw new InvalidOptionError(`${NAME}: table must be a graphology graph, a CsrIndex or an array of row objects; got ${show(table)}`, 'table');
}
