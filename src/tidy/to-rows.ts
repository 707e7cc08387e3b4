/**
 * toRows and toTables: every result the library returns as flat rows, one per person, tie,
 * group or step, for console.table, CSV, Arrow, Parquet, pandas, polars, R and BI tools.
 *
 * @module
 */
import { InvalidOptionError, show } from '../errors.js';
import { assertString, resolveOptions } from '../options.js';
import { normalizeRows, type FlattenContext, type TidyRow } from './flatten.js';
import { shapeOf, type Shape } from './shapes.js';
import { brandOf } from './symbols.js';

export type { TidyCell, TidyRow } from './flatten.js';

/** Named tables of one result: table name → rows. */
export type TidyTables = Record<string, TidyRow[]>;

/** Options of {@link toRows} and {@link toTables}. */
export interface ToRowsOptions {
  /** The table to return, for a result with several (see {@link toTables}). [the result's first table] */
  table?: string;
  /** The text that joins a list of ids or labels into one cell. [`';'`] */
  listSeparator?: string;
}

/** Defaults of {@link toRows}. */
export const TO_ROWS_DEFAULTS = Object.freeze({
  table: undefined as string | undefined,
  listSeparator: ';',
});

/** Defaults of {@link toTables}. */
export const TO_TABLES_DEFAULTS = Object.freeze({
  listSeparator: ';',
});

const TO_ROWS = 'tiestrength/toRows';
const TO_TABLES = 'tiestrength/toTables';

/** @internal The shape of `result`, or a refusal. */
export function resultShape(result: unknown, prefix: string): { name: string; shape: Shape } {
  const found = shapeOf(result, brandOf(result)?.shape);
  if (found === undefined) {
    throw new InvalidOptionError(
      `${prefix}: expected a tiestrength result (a node or tie metric, a report) or an array of row objects; got ${show(result)}`,
      'result',
    );
  }
  return found;
}

/** @internal The names of a result's tables, the default first; `undefined` when it is not a result. */
export function tableNames(result: unknown): string[] | undefined {
  const found = shapeOf(result, brandOf(result)?.shape);
  return found === undefined ? undefined : Object.keys(found.shape.tables);
}

function context(prefix: string, listSeparator: unknown): FlattenContext {
  assertString(prefix, 'listSeparator', listSeparator);
  return { listSeparator: listSeparator as string, prefix };
}

/**
 * Flat rows of any result the library returns: one row per person, tie, group or step, every row
 * with the same columns in the same order, ready for `console.table`, the CSV, Arrow and Parquet
 * writers, or a data frame.
 *
 * - **Node metrics** (`Record<node, number>`): `{ node, value }`.
 * - **Tie metrics** (`TieValue[]`): `{ source, target, value }`, in the metric's tie order.
 * - **Reports**: one table per list in the report (see {@link toTables}); `toRows` returns the
 *   first, or the one named by `table`. Per-person tables start with a `node` column.
 *
 * Cell rules:
 * - nested objects become dotted columns: `brokerageRoles(g).nodes.a.liaison.z` is column
 *   `liaison.z` of a's row;
 * - a list of ids or labels (`accountsLeftWithoutStrongTie`, `seeds`, a path's `path`) is one
 *   text cell, joined with `listSeparator` (`';'`): ids that contain the separator need another
 *   one; a fixed pair (a forbidden triad's `pair`) is two columns, `pair.0` and `pair.1`;
 * - a list of objects (a path's ties, an account's owners) is a table of its own, with the key of
 *   its parent as its first columns;
 * - numbers stay numbers (`NaN` included), missing optional values are `null`.
 *
 * A result is recognised by a non-enumerable brand set where the library returns it, or by its
 * exact keys (a copy, a JSON round trip). An array of plain row objects is flattened as it is.
 * Anything else is refused.
 *
 * @param result The result of a tiestrength function (or an array of row objects).
 * @param options The {@link ToRowsOptions}.
 * @returns The rows of the table: every row has every column; `[]` for an empty table.
 * @throws {@link InvalidOptionError} With option `'result'` for a value that is not a result, or a
 *   cell that is not a string, number, boolean, null or a list of those; with option `'table'`
 *   for a table the result does not have (the message lists the tables).
 *
 * @example
 * const g = datasets.krackhardtHighTech(); // advice ties; each manager's `department`
 * // console.table(toRows(…)) prints one row per person: node | coordinator.raw | … | total.p
 * Object.keys(toRows(brokerageRoles(g, { groups: 'department' }))[0]).slice(0, 3);
 * //=> ['node', 'coordinator.raw', 'coordinator.expected']
 * toRows(siloReport(g, { groups: 'department' }), { table: 'spanners' })[0];
 * //=> { list: 'liaison', rank: 1, node: '18', group: null, score: 74, z: 5.014597372594549 }
 * toRows(constraint(g)).slice(0, 2);
 * //=> [{ node: '1', value: 0.21633220735483094 }, { node: '2', value: 0.20212657737262862 }]
 */
export function toRows(result: unknown, options?: ToRowsOptions): TidyRow[] {
  const opts = resolveOptions(TO_ROWS, TO_ROWS_DEFAULTS, options);
  const ctx = context(TO_ROWS, opts.listSeparator);
  const { name, shape } = resultShape(result, TO_ROWS);
  const names = Object.keys(shape.tables);
  const table = opts.table ?? names[0]!;
  if (typeof table !== 'string' || !names.includes(table)) {
    throw new InvalidOptionError(
      `${TO_ROWS}: option table must name a table of this result (${name}): ${names.map((n) => JSON.stringify(n)).join(', ')}; got ${show(opts.table)}`,
      'table',
    );
  }
  return normalizeRows(shape.tables[table]!(result, ctx));
}

/**
 * Every table of a result, by name, in a fixed order (the first is what {@link toRows} returns).
 * A node or tie metric has one table (`nodes`, `ties`); a report has one per list it holds and a
 * one-row `summary` of its scalar fields. For example:
 *
 * | result | tables |
 * |---|---|
 * | `brokerageRoles` | `nodes` (dotted `role.raw/expected/sd/z/p`), `roles` (network), `groups`, `summary` |
 * | `siloReport` | `groups`, `spanners` (`list`, `rank`, …), `density` (`from`, `to`, `value`), `summary`, `notes` |
 * | `keyPersonRisk` | `people`, `summary` |
 * | `customerCoverage` | `accounts`, `owners` (`account`, …), `employees`, `summary` |
 * | `eiIndex` | `groups`, `nodes`, `summary` |
 * | `referralValue` | `nodes`, `ties` (`node`, `neighbor`, …) |
 * | `introductionPaths` | `paths` (`rank`, …), `ties` (`rank`, `step`, …) |
 * | `independentCascade` | `nodes` (`activation`), `summary` |
 * | `influenceMaximization` | `seeds` (`step`, …), `summary` |
 *
 * docs/guide.md ("Tidy rows") lists every result.
 *
 * @param result The result of a tiestrength function.
 * @param options The {@link ToRowsOptions} (without `table`).
 * @returns Table name → rows.
 * @throws {@link InvalidOptionError} As {@link toRows}.
 *
 * @example
 * Object.keys(toTables(siloReport(g, { groups: 'department' })));
 * //=> ['groups', 'spanners', 'density', 'summary', 'notes']
 */
export function toTables(result: unknown, options?: Omit<ToRowsOptions, 'table'>): TidyTables {
  const opts = resolveOptions(TO_TABLES, TO_TABLES_DEFAULTS, options);
  const ctx = context(TO_TABLES, opts.listSeparator);
  const { shape } = resultShape(result, TO_TABLES);
  const out: TidyTables = {};
  for (const [name, build] of Object.entries(shape.tables)) out[name] = normalizeRows(build(result, ctx));
  return out;
}

