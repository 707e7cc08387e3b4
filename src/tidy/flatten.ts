/**
 * Cells and rows of the tidy tables: nested objects become dotted columns, lists of primitives
 * one joined cell, and anything else is refused with a typed error.
 *
 * @module
 */
import { InvalidOptionError, show } from '../errors.js';

/** A cell of a tidy row: a string, a finite or non-finite number, a boolean, or `null` (no value). */
export type TidyCell = string | number | boolean | null;

/** A tidy row: one person, tie, group or step; nested values as dotted columns (`liaison.z`). */
export type TidyRow = Record<string, TidyCell>;

/** @internal What flattening needs: the list separator and the error prefix. */
export interface FlattenContext {
  listSeparator: string;
  prefix: string;
}

/** @internal A plain object (not an array, a graph, a typed array, a Map or a class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** @internal A refusal: `path` (a dotted column) holds something a table cell cannot hold. */
export function refuse(ctx: FlattenContext, path: string, value: unknown, hint = ''): InvalidOptionError {
  const where = path === '' ? 'the value' : `column ${JSON.stringify(path)}`;
  return new InvalidOptionError(
    `${ctx.prefix}: ${where} holds ${show(value)}, which is not a table cell (a string, number, boolean, null, a list of those, or an object of those)${hint}`,
    'result',
  );
}

function isPrimitive(value: unknown): value is string | number | boolean | null | undefined {
  return value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * @internal
 * One cell. A list of primitives becomes one string joined with `listSeparator` (`null` items
 * as empty text); a typed array likewise; a `Date` its ISO text; `undefined` is `null`.
 */
export function toCell(value: unknown, ctx: FlattenContext, path: string): TidyCell {
  if (value === undefined || value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    default:
      break;
  }
  if (Array.isArray(value)) {
    if (value.every(isPrimitive)) return value.map((v) => (v === null || v === undefined ? '' : String(v))).join(ctx.listSeparator);
    throw refuse(ctx, path, value, '; a list of objects is a table of its own (see toTables)');
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number | bigint>, String).join(ctx.listSeparator);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  throw refuse(ctx, path, value);
}

/**
 * @internal
 * Flattens `value` into `row` under `prefix`: a plain object's entries become `prefix.key`
 * columns, recursively; anything else is one cell (see {@link toCell}).
 */
export function flattenInto(row: TidyRow, prefix: string, value: unknown, ctx: FlattenContext): TidyRow {
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) flattenInto(row, prefix === '' ? key : `${prefix}.${key}`, value[key], ctx);
    return row;
  }
  if (prefix === '') throw refuse(ctx, prefix, value);
  row[prefix] = toCell(value, ctx, prefix);
  return row;
}

/** @internal A row from fixed leading cells and an object flattened after them, optionally skipping keys. */
export function rowOf(lead: TidyRow, value: unknown, ctx: FlattenContext, skip: readonly string[] = []): TidyRow {
  const row: TidyRow = { ...lead };
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) if (!skip.includes(key)) flattenInto(row, key, value[key], ctx);
    return row;
  }
  throw refuse(ctx, '', value);
}

/**
 * @internal
 * Makes every row carry every column, in order of first appearance, missing cells `null`, so that
 * a table has one set of columns (what console.table, CSV, Arrow and Parquet need).
 */
export function normalizeRows(rows: TidyRow[]): TidyRow[] {
  if (rows.length === 0) return rows;
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) if (!seen.has(key)) (seen.add(key), columns.push(key));
  let uniform = true;
  for (const row of rows) {
    const keys = Object.keys(row);
    if (keys.length !== columns.length || keys.some((k, i) => k !== columns[i])) {
      uniform = false;
      break;
    }
  }
  if (uniform) return rows;
  return rows.map((row) => {
    const out: TidyRow = {};
    for (const c of columns) out[c] = Object.prototype.hasOwnProperty.call(row, c) ? row[c]! : null;
    return out;
  });
}

/** @internal The columns of normalized rows. */
export function columnsOf(rows: readonly TidyRow[]): string[] {
  return rows.length === 0 ? [] : Object.keys(rows[0]!);
}
