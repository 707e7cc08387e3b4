/**
 * The REPL summary of a branded result (Node's `util.inspect.custom`): what it is, its size, the
 * first rows of its main table as a small text table, and how to get the rest.
 *
 * @internal
 * @module
 */
import { columnsOf, normalizeRows, type FlattenContext, type TidyCell, type TidyRow } from './flatten.js';
import { SHAPES } from './shapes.js';
import type { ResultBrand } from './symbols.js';

/** @internal The part of Node's inspect options the summary reads. */
export interface InspectOptionsLike {
  stylize?: (text: string, style: string) => string;
}

/** Rows and columns shown. */
const PREVIEW_ROWS = 5;
const PREVIEW_COLUMNS = 7;
const CELL_WIDTH = 22;

const WHAT: Record<string, string> = {
  nodeMetric: 'node metric',
  tieMetric: 'tie metric',
};

function formatCell(value: TidyCell): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
    return String(Number(value.toPrecision(4)));
  }
  const text = String(value);
  return text.length > CELL_WIDTH ? `${text.slice(0, CELL_WIDTH - 1)}…` : text;
}

/** @internal A small text table: a header and rows, columns padded, numbers right-aligned. */
export function textTable(rows: readonly TidyRow[], columns: readonly string[]): string[] {
  const cells = rows.map((row) => columns.map((c) => formatCell(row[c] ?? null)));
  const numeric = columns.map((c) => rows.every((row) => typeof row[c] === 'number' || row[c] === null));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const pad = (text: string, i: number) => (numeric[i] ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  return [columns.map((c, i) => pad(c, i)).join('  '), ...cells.map((r) => r.map((t, i) => pad(t, i)).join('  '))].map((line) => `  ${line.trimEnd()}`);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** @internal The summary text of a branded result. */
export function summarize(value: object, brand: ResultBrand, depth: number, options: InspectOptionsLike, _inspect: unknown): string {
  const style = (text: string, kind: string) => (typeof options?.stylize === 'function' ? options.stylize(text, kind) : text);
  const shape = SHAPES[brand.shape];
  if (shape === undefined) return `[${brand.name}]`;
  if (depth < 0) return style(`[${brand.name}]`, 'special');
  const ctx: FlattenContext = { listSeparator: ';', prefix: `tiestrength/${brand.name}` };
  const names = Object.keys(shape.tables);
  let tables: [string, TidyRow[]][];
  try {
    tables = names.map((name) => [name, normalizeRows(shape.tables[name]!(value, ctx))]);
  } catch {
    return `[${brand.name}]`;
  }
  const [mainName, main] = tables[0]!;
  const lines: string[] = [];
  const what = WHAT[brand.shape] ?? 'report';
  const sizes = tables.filter(([name]) => name !== 'summary').map(([name, rows]) => `${name} (${rows.length})`);
  lines.push(`${style(brand.name, 'special')}: ${what}, ${tables.length === 1 ? plural(main.length, 'row') : `tables ${sizes.join(', ')}`}`);
  const summaryTable = tables.find(([name]) => name === 'summary')?.[1][0];
  if (summaryTable !== undefined) {
    const pairs = Object.entries(summaryTable).map(([k, v]) => `${k}: ${v === null ? 'null' : formatCell(v)}`);
    const shown = pairs.slice(0, 8);
    lines.push(`  ${shown.join(', ')}${pairs.length > shown.length ? `, … (${pairs.length - shown.length} more in toRows(result, { table: 'summary' }))` : ''}`);
  }
  const columns = columnsOf(main);
  const shownColumns = columns.slice(0, PREVIEW_COLUMNS);
  if (main.length > 0) {
    if (tables.length > 1) lines.push(`${mainName}:`);
    lines.push(...textTable(main.slice(0, PREVIEW_ROWS), shownColumns));
  }
  const more: string[] = [];
  if (main.length > PREVIEW_ROWS) more.push(plural(main.length - PREVIEW_ROWS, 'more row'));
  if (columns.length > shownColumns.length) more.push(plural(columns.length - shownColumns.length, 'more column'));
  const how = tables.length > 1 ? `toRows(result) gives ${mainName}, toTables(result) every table` : 'toRows(result) gives every row';
  lines.push(style(`  ${more.length > 0 ? `… ${more.join(', ')}: ` : ''}${how}`, 'undefined'));
  return lines.join('\n');
}
