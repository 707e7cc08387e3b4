/**
 * Column types of a tidy table, shared by the Arrow and Parquet writers so that both files carry
 * the same columns with the same types.
 *
 * @module
 */
import type { TidyCell, TidyRow } from './flatten.js';

/**
 * The type of a column:
 * - `'float64'`: every non-null cell is a number (counts included: one rule, so a column never
 *   changes type between two files because its values happen to be whole), and a column whose
 *   every cell is `null` (an optional number that is absent, such as `distanceFragmentationRisk`);
 * - `'boolean'`: every non-null cell is a boolean;
 * - `'string'`: every non-null cell is a string, or the cells mix types (numbers and booleans
 *   are then written as their text: `1`, `true`).
 * `null` cells are nulls in every type; `NaN` stays a float64 NaN.
 */
export type TidyColumnType = 'float64' | 'boolean' | 'string';

/** @internal One typed column of a tidy table. */
export interface TidyColumn {
  name: string;
  type: TidyColumnType;
  values: (number | boolean | string | null)[];
}

/** @internal The typed columns of normalized rows (every row has every column). */
export function typedColumns(rows: readonly TidyRow[], columns: readonly string[]): TidyColumn[] {
  return columns.map((name) => {
    let numbers = 0;
    let booleans = 0;
    let strings = 0;
    for (const row of rows) {
      const v = row[name];
      if (typeof v === 'number') numbers++;
      else if (typeof v === 'boolean') booleans++;
      else if (typeof v === 'string') strings++;
    }
    const kinds = (numbers > 0 ? 1 : 0) + (booleans > 0 ? 1 : 0) + (strings > 0 ? 1 : 0);
    const type: TidyColumnType = kinds > 1 || strings > 0 ? 'string' : booleans > 0 ? 'boolean' : 'float64';
    const values = rows.map((row) => {
      const v: TidyCell | undefined = row[name];
      if (v === null || v === undefined) return null;
      return type === 'string' ? String(v) : v;
    });
    return { name, type, values };
  });
}
