/**
 * The public exports of src/tidy/: re-exported by src/index.ts.
 *
 * @module
 */
export { toRows, toTables, TO_ROWS_DEFAULTS, TO_TABLES_DEFAULTS } from './to-rows.js';
export type { ToRowsOptions, TidyTables, TidyCell, TidyRow } from './to-rows.js';
