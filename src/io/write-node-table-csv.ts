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
import { own, writeTable, type Cell, type WriteCsvOptions, type WriteCsvResult } from './csv-write.js';

const NAME = 'tiestrength/writeNodeTableCsv';

/**
 * A node table: metric records by column (`{ constraint: { a: 0.7, b: 0.5 }, betweenness: {...} }`,
 * the shape every node metric returns), an array of row objects, or a graphology graph (its node
 * attributes).
 */
export type NodeTable = Readonly<Record<string, Readonly<Record<string, Cell>>>> | readonly Readonly<Record<string, Cell>>[] | AbstractGraph;

/** Options of {@link writeNodeTableCsv}. */
export interface WriteNodeTableCsvOptions extends WriteCsvOptions {
  /** The header of the node-key column, for metric records and graphs. [`'node'`] */
  nodeColumn?: string;
}

/** Defaults of {@link writeNodeTableCsv}. */
export const WRITE_NODE_TABLE_CSV_DEFAULTS = Object.freeze({
  nodeColumn: 'node',
  delimiter: ',',
  columns: undefined as readonly string[] | undefined,
});

/**
 * Writes a node table as CSV, streaming, with a stable column order.
 *
 * Three table shapes are accepted:
 * - metric records by column, `{ constraint, betweenness }` where each is `Record<node, value>`:
 *   one row per node (in order of first appearance across columns), the node key first;
 * - an array of row objects: columns in order of first appearance;
 * - a graphology graph: one row per node with its attributes.
 *
 * @remarks
 * - Numbers are written at full precision (the shortest text that reads back to the same double);
 *   `NaN`, `null` and `undefined` are written as empty cells; `±Infinity` as `Infinity`.
 * - Formula injection: a text cell starting with `=`, `+`, `-`, `@`, tab or carriage return is
 *   prefixed with `'`; numbers are never altered.
 * - Cells with the delimiter, quotes or newlines are quoted by fast-csv.
 *
 * @param table The {@link NodeTable}.
 * @param output A file path (created or replaced) or a Writable stream (left open).
 * @param options The {@link WriteNodeTableCsvOptions}.
 * @returns What was written: `{ file, columns, rows }`.
 * @throws {@link InvalidOptionError} On a table of the wrong shape or a bad option.
 *
 * @example
 * await writeNodeTableCsv({ constraint: { a: 0.76, b: 0.5 }, group: { a: 'A', b: 'B' } }, 'people.csv');
 * // node,constraint,group
 * // a,0.76,A
 * // b,0.5,B
 */
export async function writeNodeTableCsv(
  table: NodeTable,
  output: string | Writable,
  options?: WriteNodeTableCsvOptions,
): Promise<WriteCsvResult> {
  const opts = resolveOptions(NAME, WRITE_NODE_TABLE_CSV_DEFAULTS, options);
  assertString(NAME, 'nodeColumn', opts.nodeColumn);
  assertString(NAME, 'delimiter', opts.delimiter);
  const { columns, rows } = nodeRows(table, opts.nodeColumn);
  return writeTable(output, columns, rows, opts.columns, opts.delimiter, NAME);
}

/** @internal Turns any accepted table shape into columns and row arrays. */
function nodeRows(table: unknown, nodeColumn: string): { columns: string[]; rows: Iterable<unknown[]> } {
  if (isGraph(table)) {
    const graph = table;
    const columns = [nodeColumn];
    const seen = new Set(columns);
    graph.forEachNode((_node, attributes) => {
      for (const key of Object.keys(attributes)) if (!seen.has(key)) (seen.add(key), columns.push(key));
    });
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
    for (const node of Object.keys(values)) if (!seenNodes.has(node)) (seenNodes.add(node), nodes.push(node));
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
