/**
 * What the writers share: recognising a tiestrength result and turning it into one table of
 * rows with its columns, through toRows.
 *
 * @internal
 * @module
 */
import { isCsrIndex } from '../core/csr.js';
import { InvalidOptionError, show } from '../errors.js';
import { isGraph } from '../guards.js';
import { normalizeRows, columnsOf, type TidyRow } from './flatten.js';
import { shapeOf } from './shapes.js';
import { brandOf } from './symbols.js';
import { toRows } from './to-rows.js';

/** Anything the tidy writers accept: a result of the library, or an array of row objects. */
export type TidyInput = object;

/** The id columns of tidy tables: written without the formula guard, so ids read back unchanged. */
export const TIDY_ID_COLUMNS: readonly string[] = Object.freeze(['node', 'source', 'target', 'neighbor', 'contact', 'candidate', 'through', 'employee', 'pair.0', 'pair.1']);

/**
 * @internal
 * Whether `value` is a result the library returns (branded, or of a known non-generic shape), as
 * opposed to input the writers read their own way (a graph, an index, records by column, rows).
 */
export function isTidyResult(value: unknown): boolean {
  if (isGraph(value) || isCsrIndex(value)) return false;
  if (brandOf(value) !== undefined) return true;
  const found = shapeOf(value, undefined);
  return found !== undefined && found.shape.generic !== true && found.name !== 'graph' && found.name !== 'index' && found.name !== 'scalar';
}

/** @internal One table of a result (or rows) as columns and rows, for a writer named by `prefix`. */
export function tidyTable(value: unknown, table: string | undefined, prefix: string): { columns: string[]; rows: TidyRow[] } {
  try {
    const rows = normalizeRows(toRows(value, table === undefined ? undefined : { table }));
    return { columns: columnsOf(rows), rows };
  } catch (error) {
    if (error instanceof InvalidOptionError) {
      const message = error.message.replace(/^tiestrength\/to(Rows|Tables)/, prefix);
      throw new InvalidOptionError(message, error.option === 'result' ? 'table' : error.option);
    }
    throw error;
  }
}

/** @internal Refuses the `table` option for input that has no named tables. */
export function refuseTableOption(table: unknown, prefix: string): void {
  if (table !== undefined) {
    throw new InvalidOptionError(`${prefix}: option table names a table of a tiestrength result; this input is not one (got table ${show(table)})`, 'table');
  }
}
