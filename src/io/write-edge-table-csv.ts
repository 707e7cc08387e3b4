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
import { assertWriteOptions, own, writeTable, type Cell, type FormulaGuard, type WriteCsvOptions, type WriteCsvResult } from './csv-write.js';
import { rowObjects } from './write-node-table-csv.js';
import { isTidyResult, refuseTableOption, tidyTable, TIDY_ID_COLUMNS, type TidyInput } from '../tidy/writer-rows.js';

const NAME = 'tiestrength/writeEdgeTableCsv';

/**
 * An edge table: a graphology graph, a {@link CsrIndex}, any result of the library (written
 * through {@link toRows}: one row per tie, nested values as dotted columns), or an array of row
 * objects.
 */
export type EdgeTable = AbstractGraph | CsrIndex | readonly Readonly<Record<string, Cell>>[] | TidyInput;

/** Options of {@link writeEdgeTableCsv}. */
export interface WriteEdgeTableCsvOptions extends WriteCsvOptions {
  /**
   * Edge metrics to add as columns, by column name, each keyed by edge key (the shape every edge
   * metric returns). Only for a graph table. [`{}`]
   */
  metrics?: Readonly<Record<string, Readonly<Record<string, Cell>>>>;
  /**
   * The header of an edge-key column, or `null` for none. Only for a graph table; it must not be
   * `source`, `target`, a metric's name or an edge attribute's name. [`null`]
   */
  edgeColumn?: string | null;
  /** For a result with several tables, the one to write (see {@link toTables}). [the result's first table] */
  table?: string;
}

/** Defaults of {@link writeEdgeTableCsv}. */
export const WRITE_EDGE_TABLE_CSV_DEFAULTS = Object.freeze({
  metrics: {} as Readonly<Record<string, Readonly<Record<string, Cell>>>>,
  edgeColumn: null as string | null,
  table: undefined as string | undefined,
  delimiter: ',',
  columns: undefined as readonly string[] | undefined,
  formulaGuard: 'text' as FormulaGuard,
});

/**
 * Writes an edge table as CSV, streaming, with a stable column order.
 *
 * - A graphology graph: one row per edge, `source`, `target`, then the edge attributes in order
 *   of first appearance, then the `metrics` columns (edge metric records keyed by edge key).
 * - A {@link CsrIndex}: one row per merged tie, `source`, `target`, `strength` (and `distance`
 *   when the index has distances).
 * - Any result of the library, through {@link toRows}: a tie metric's `{ source, target, value }`
 *   rows, `bridgingTies`, `classifyTies` (its `ties`), `introductionPaths` (its `paths`, or
 *   `{ table: 'ties' }`), …; option `table` picks a table of a report with several.
 * - An array of row objects: columns in order of first appearance.
 *
 * @remarks
 * - Numbers keep full precision, `NaN` is written as an empty cell; cells holding the delimiter,
 *   a double quote, `|` or a line end are quoted.
 * - Formula injection: with `formulaGuard: 'text'` (the default) a free-text cell starting with
 *   `=`, `+`, `-`, `@`, tab or carriage return is prefixed with `'`; the id columns (`source`,
 *   `target`, the edge column; `source` and `target` of row objects) are written exactly, so that
 *   readTiesCsv reads back the same people. Numbers are never altered. `'all'` guards ids too,
 *   `'none'` guards nothing (see {@link FormulaGuard}).
 * - Column names never collide: an `edgeColumn` or metric named like another column (`source`,
 *   `target`, the edge column, an edge attribute, another metric) is refused, and so is a graph
 *   with an edge attribute named `source` or `target` (write row objects instead).
 * - A path is written to a temporary file in the same directory, renamed over the path when
 *   complete: on any failure the call rejects and the path is left as it was. A device or FIFO
 *   is written in place; a stream receives the rows up to the failure and is left open. To
 *   overwrite a file in place (keeping its inode), pass `fs.createWriteStream(path)`.
 *
 * @param table The {@link EdgeTable}.
 * @param output A file path (created or replaced) or a Writable stream (left open).
 * @param options The {@link WriteEdgeTableCsvOptions}.
 * @returns What was written: `{ file, columns, rows }`.
 * @throws {@link InvalidOptionError} On a table of the wrong shape, colliding column names or a bad option.
 * @throws {@link CsvWriteError} Reason `'unwritable'` when the output cannot be created or written
 *   (a missing directory, a directory, a full disk, a stream that fails; `cause` holds the system
 *   error), reason `'invalidCell'` with `line` and `column` for a value that cannot be written (a
 *   circular object, an object holding a BigInt).
 *
 * @example
 * const graph = new UndirectedGraph();
 * graph.mergeEdge('+44 20 7946 0000', '-7', { weight: 3, note: '=1+1' });
 * await writeEdgeTableCsv(graph, process.stdout);
 * // source,target,weight,note
 * // +44 20 7946 0000,-7,3,'=1+1
 */
export async function writeEdgeTableCsv(
  table: EdgeTable,
  output: string | Writable,
  options?: WriteEdgeTableCsvOptions,
): Promise<WriteCsvResult> {
  const opts = resolveOptions(NAME, WRITE_EDGE_TABLE_CSV_DEFAULTS, options);
  assertWriteOptions(NAME, opts);
  if (opts.edgeColumn !== null) assertString(NAME, 'edgeColumn', opts.edgeColumn);
  if (isTidyResult(table)) {
    if (Object.keys(opts.metrics ?? {}).length > 0 || opts.edgeColumn !== null) {
      throw new InvalidOptionError(`${NAME}: options metrics and edgeColumn apply to a graph table, not to a result`, 'metrics');
    }
    const tidy = tidyTable(table, opts.table, NAME);
    return writeTable(output, tidy.columns, tidy.rows.map((row) => tidy.columns.map((c) => row[c])), opts, TIDY_ID_COLUMNS, NAME);
  }
  refuseTableOption(opts.table, NAME);
  const { columns, rows } = edgeRows(table, opts.metrics, opts.edgeColumn);
  const ids = opts.edgeColumn === null ? ['source', 'target'] : [opts.edgeColumn, 'source', 'target'];
  return writeTable(output, columns, rows, opts, ids, NAME);
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
    if (edgeColumn === 'source' || edgeColumn === 'target') {
      throw new InvalidOptionError(`${NAME}: option edgeColumn ${show(edgeColumn)} would collide with the ${edgeColumn} column; choose another name`, 'edgeColumn');
    }
    for (const column of metricColumns) {
      if (column === 'source' || column === 'target' || column === edgeColumn) {
        throw new InvalidOptionError(`${NAME}: metric ${show(column)} would collide with the ${show(column)} column; rename the metric`, 'metrics');
      }
    }
    const fixed = edgeColumn === null ? ['source', 'target'] : [edgeColumn, 'source', 'target'];
    const attributeColumns: string[] = [];
    const seen = new Set<string>();
    graph.forEachEdge((_edge, attributes) => {
      for (const key of Object.keys(attributes)) if (!seen.has(key)) (seen.add(key), attributeColumns.push(key));
    });
    for (const key of attributeColumns) {
      if (key === 'source' || key === 'target') {
        throw new InvalidOptionError(
          `${NAME}: the graph has an edge attribute named ${show(key)}, which would collide with the ${key} column; rename the attribute, or write row objects`,
          'table',
        );
      }
      if (key === edgeColumn) {
        throw new InvalidOptionError(`${NAME}: option edgeColumn ${show(key)} is also an edge attribute; choose another name`, 'edgeColumn');
      }
      if (metricColumns.includes(key)) {
        throw new InvalidOptionError(`${NAME}: metric ${show(key)} has the name of an edge attribute; rename the metric`, 'metrics');
      }
    }
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
