/**
 * The result brand's key and reader (no imports, so that every module can use them).
 *
 * @internal
 * @module
 */

/** The brand's key: `Symbol.for('tiestrength.result')`, shared across copies of the library. */
export const RESULT_BRAND: unique symbol = Symbol.for('tiestrength.result') as never;

/** Node's `util.inspect.custom`, reached without importing `node:util`. */
export const INSPECT_CUSTOM: unique symbol = Symbol.for('nodejs.util.inspect.custom') as never;

/** What the brand holds: the result's shape (a key of the shape registry) and the function that made it. */
export interface ResultBrand {
  /** The shape name (`'nodeMetric'`, `'siloReport'`, …). */
  readonly shape: string;
  /** The function that returned the result (`'constraint'`, `'siloReport'`). */
  readonly name: string;
}

/** @internal The brand of a value, if it has one. */
export function brandOf(value: unknown): ResultBrand | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const brand = (value as { [RESULT_BRAND]?: unknown })[RESULT_BRAND];
  if (typeof brand !== 'object' || brand === null) return undefined;
  const { shape, name } = brand as Partial<ResultBrand>;
  return typeof shape === 'string' && typeof name === 'string' ? { shape, name } : undefined;
}
