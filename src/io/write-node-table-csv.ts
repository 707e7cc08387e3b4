/**
 * writeNodeTableCsv: write per-person results (metric records, row objects or a graph's node
 * attributes) as a CSV table.
 *
 * @module
 */
import type { Writable } from 'node:stream';
import type { AbstractGraph } from 'graphology-types';
import { InvalidOptionError, show } from '../errors.js';
import { isGraph } from '../guards.js';
import { assertString, resolveOptions } from '../options.js';
import { assertWriteOptions, own, writeTable, type Cell, type FormulaGuard, type WriteCsvOptions, type WriteCsvResult } from './csv-write.js';
import { isTidyResult, refuseTableOption, tidyTable, TIDY_ID_COLUMNS, type TidyInput } from '../tidy/writer-rows.js';
import { isPlainObject } from '../tidy/flatten.js';

const NAME = 'tiestrength/writeNodeTableCsv';

/**
 * A node table: any result of the library (written through {@link toRows}: one row per person,
 * nested values as dotted columns), metric records by column (`{ constraint: { a: 0.7, b: 0.5 },
 * betweenness: {...} }`, the shape every node metric returns), an array of row objects, or a
 * graphology graph (its node attributes).
 */
export type NodeTable = Readonly<Record<string, Readonly<Record<string, Cell>>>> | readonly Readonly<Record<string, Cell>>[] | AbstractGraph | TidyInput;

/** Options of {@link writeNodeTableCsv}. */
export interface WriteNodeTableCsvOptions extends WriteCsvOptions {
  /**
   * The header of the node-key column, for metric records and graphs; in row objects, the column
   * of that name (if any) is the id column. It must not be the name of a metric or a node
   * attribute. [`'node'`]
   */
  nodeColumn?: string;
  /** For a result with several tables, the one to write (see {@link toTables}). [the result's first table] */
  table?: string;
}

/** Defaults of {@link writeNodeTableCsv}. */
export const WRITE_NODE_TABLE_CSV_DEFAULTS = Object.freeze({
  nodeColumn: 'node',
  table: undefined as string | undefined,
  delimiter: ',',
  columns: undefined as readonly string[] | undefined,
  formulaGuard: 'text' as FormulaGuard,
});

/**
 * Writes a node table as CSV, streaming, with a stable column order.
 *
 * Four table shapes are accepted:
 * - any result of the library, through {@link toRows}: one row per person (or tie, group, step),
 *   nested values as dotted columns (`writeNodeTableCsv(keyPersonRisk(g).people, 'risk.csv')`,
 *   `writeNodeTableCsv(brokerageRoles(g), 'roles.csv')` with columns `liaison.z`, …); option
 *   `table` picks a table of a report with several (`{ table: 'spanners' }` of a siloReport);
 *   the `node` column is renamed to `nodeColumn`;
 * - metric records by column, `{ constraint, betweenness }` where each is `Record<node, value>`:
 *   one row per node (in order of first appearance across columns), the node key first;
 * - an array of row objects: columns in order of first appearance;
 * - a graphology graph: one row per node with its attributes.
 *
 * @remarks
 * - Numbers are written at full precision (the shortest text that reads back to the same double);
 *   `NaN`, `null` and `undefined` are written as empty cells; `±Infinity` as `Infinity`.
 * - Formula injection: with `formulaGuard: 'text'` (the default) a free-text cell starting with
 *   `=`, `+`, `-`, `@`, tab or carriage return is prefixed with `'`; the id column (`nodeColumn`)
 *   is written exactly, so that ids such as `+44 20 7946 0000` or `-7` read back as the same
 *   people. Numbers are never altered. `'all'` guards ids too, `'none'` guards nothing (see
 *   {@link FormulaGuard}).
 * - Cells with the delimiter, a double quote, `|` or a line end are quoted (fast-csv's rules),
 *   and so are whitespace-only cells.
 * - A node attribute or metric named like `nodeColumn` is refused (set `nodeColumn`), never dropped.
 * - A path is written to a temporary file in the same directory, renamed over the path when
 *   complete: on any failure the call rejects and the path is left as it was. A device or FIFO
 *   is written in place; a stream receives the rows up to the failure and is left open.
 *
 * @param table The {@link NodeTable}.
 * @param output A file path (created or replaced) or a Writable stream (left open).
 * @param options The {@link WriteNodeTableCsvOptions}.
 * @returns What was written: `{ file, columns, rows }`.
 * @throws {@link InvalidOptionError} On a table of the wrong shape (records by column whose cells
 *   are objects or lists, the sideways reading of per-person records, are refused: pass a result of
 *   the library or rows), a colliding `nodeColumn`, a table the result lacks, or a bad option.
 * @throws {@link CsvWriteError} Reason `'unwritable'` when the output cannot be created or written
 *   (`cause` holds the system error), reason `'invalidCell'` with `line` and `column` for a value
 *   that cannot be written (a circular object, an object holding a BigInt).
 *
 * @example
 * await writeNodeTableCsv({ constraint: { a: 0.76, '-7': 0.5 }, note: { a: '=1+1', '-7': 'ok' } }, process.stdout);
 * // node,constraint,note
 * // a,0.76,'=1+1
 * // -7,0.5,ok
 */
export async function writeNodeTableCsv(
  table: NodeTable,
  output: string | Writable,
  options?: WriteNodeTableCsvOptions,
): Promise<WriteCsvResult> {
  const opts = resolveOptions(NAME, WRITE_NODE_TABLE_CSV_DEFAULTS, options);
  assertString(NAME, 'nodeColumn', opts.nodeColumn);
  assertWriteOptions(NAME, opts);
  if (isTidyResult(table)) {
    const tidy = tidyTable(table, opts.table, NAME);
    const rename = opts.nodeColumn !== 'node' && tidy.columns.includes('node');
    if (rename && tidy.columns.includes(opts.nodeColumn)) {
      throw new InvalidOptionError(`${NAME}: the table has a column named ${show(opts.nodeColumn)}, the node column; set option nodeColumn to another name`, 'nodeColumn');
    }
    const columns = rename ? tidy.columns.map((c) => (c === 'node' ? opts.nodeColumn : c)) : tidy.columns;
    const rows = tidy.rows.map((row) => tidy.columns.map((c) => row[c]));
    return writeTable(output, columns, rows, opts, [opts.nodeColumn, ...TIDY_ID_COLUMNS], NAME);
  }
  refuseTableOption(opts.table, NAME);
  const { columns, rows } = nodeRows(table, opts.nodeColumn);
  return writeTable(output, columns, rows, opts, [opts.nodeColumn], NAME);
}

/** @internal Turns any accepted table shape into columns and row arrays. */
function nodeRows(table: unknown, nodeColumn: string): { columns: string[]; rows: Iterable<unknown[]> } {
  if (isGraph(table)) {
    const graph = table;
    const columns = [nodeColumn];
    const seen = new Set<string>();
    graph.forEachNode((_node, attributes) => {
      for (const key of Object.keys(attributes)) if (!seen.has(key)) (seen.add(key), columns.push(key));
    });
    if (seen.has(nodeColumn)) {
      throw new InvalidOptionError(
        `${NAME}: the graph has a node attribute named ${show(nodeColumn)}, the node column; set option nodeColumn to another name`,
        'nodeColumn',
      );
    }
    const rows: unknown[][] = [];
    graph.forEachNode((node, attributes) => {
      rows.push(columns.map((c, i) => (i === 0 ? node : own(attributes, c))));
    });
    return { columns, rows };
  }
  if (Array.isArray(table)) return rowObjects(table);
  if (typeof table !== 'object' || table === null) {
    throw new InvalidOptionError(
      `${NAME}: table must be metric records by column, an array of row objects, or a graphology graph; got ${show(table)}`,
      'table',
    );
  }
  const record = table as Record<string, unknown>;
  const metricColumns = Object.keys(record);
  const nodes: string[] = [];
  const seenNodes = new Set<string>();
  for (const column of metricColumns) {
    const values = record[column];
    if (typeof values !== 'object' || values === null || Array.isArray(values)) {
      throw new InvalidOptionError(
        `${NAME}: column ${show(column)} must be a record { [node]: value }; got ${show(values)}`,
        'table',
      );
    }
    for (const node of Object.keys(values)) {
      if (!seenNodes.has(node)) (seenNodes.add(node), nodes.push(node));
      const cell = (values as Record<string, unknown>)[node];
      if (Array.isArray(cell) || isPlainObject(cell)) {
        // Issue 12 item 6: per-person records read as columns wrote people sideways.
        throw new InvalidOptionError(
          `${NAME}: column ${show(column)} holds ${show(cell)} for ${show(node)}: records by column must hold one value per node; ` +
            'for one record per person, pass a result of the library (written through toRows) or an array of row objects',
          'table',
        );
      }
    }
  }
  if (metricColumns.includes(nodeColumn)) {
    throw new InvalidOptionError(`${NAME}: the table has a column named ${show(nodeColumn)}, the node column; set option nodeColumn`, 'nodeColumn');
  }
  const columns = [nodeColumn, ...metricColumns];
  const rows = (function* () {
    for (const node of nodes) {
      const row: unknown[] = [node];
      for (const column of metricColumns) row.push(own(record[column] as Record<string, unknown>, node));
      yield row;
    }
  })();
  return { columns, rows };
}

/** @internal Columns in order of first appearance across row objects, and the row arrays. */
export function rowObjects(table: readonly unknown[]): { columns: string[]; rows: Iterable<unknown[]> } {
  const columns: string[] = [];
  const seen = new Set<string>();
  table.forEach((row, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw new InvalidOptionError(`${NAME}: row ${i} of the table must be an object; got ${show(row)}`, 'table');
    }
    for (const key of Object.keys(row)) if (!seen.has(key)) (seen.add(key), columns.push(key));
  });
  const rows = (function* () {
    for (const row of table) yield columns.map((c) => own(row as Record<string, unknown>, c));
  })();
  return { columns, rows };
}
