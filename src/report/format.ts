/**
 * Number formatting for the report's sentences (plain English, thin space before %).
 *
 * @internal
 * @module
 */

/** @internal A number for prose: integers with thousands separators, others to `digits`. */
export function num(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (Number.isInteger(x)) return x.toLocaleString('en-GB');
  return Number(x.toFixed(digits)).toLocaleString('en-GB', { maximumFractionDigits: digits });
}

/** @internal A share as a percentage. */
export function pct(x: number, digits = 0): string {
  if (!Number.isFinite(x)) return 'n/a';
  return `${(x * 100).toFixed(digits)} %`;
}

/** @internal "1 group", "3 groups". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${num(n)} ${n === 1 ? singular : plural}`;
}

/** @internal A p-value with its resolution: "p < 0.001" or "p = 0.03". */
export function pValue(p: number, permutations: number): string {
  if (!Number.isFinite(p)) return 'p not computed';
  const floor = 1 / (permutations + 1);
  if (p <= floor + 1e-12) return `p ≤ ${Number(floor.toPrecision(2))}`;
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

/** @internal Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** @internal A table cell: full precision for numbers (the chart rounds), text as is. */
export function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return String(value);
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  }
  return value;
}
