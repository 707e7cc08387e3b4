/**
 * Branding results where the library returns them: a non-enumerable symbol property that names
 * what a result is (`Symbol.for('tiestrength.result')`), and Node's `util.inspect.custom` hook
 * that prints a short summary in the REPL, tsx and ts-node instead of `[Object]` walls.
 *
 * Both properties are non-enumerable symbols, so `Object.keys`, `JSON.stringify`, spreading,
 * `structuredClone`, `console.table` and vitest's `toEqual` see the plain object or array they
 * always saw. The inspect hook is reached through `Symbol.for('nodejs.util.inspect.custom')`,
 * with no `node:util` import, so the library stays bundleable for browsers.
 *
 * @internal
 * @module
 */
import { summarize, type InspectOptionsLike } from './inspect.js';
import { INSPECT_CUSTOM, RESULT_BRAND, brandOf } from './symbols.js';

function inspectResult(this: object, depth: number, options: InspectOptionsLike, inspect: unknown): unknown {
  const brand = brandOf(this);
  if (brand === undefined) return Array.isArray(this) ? [...this] : { ...this };
  return summarize(this, brand, depth, options, inspect);
}

/**
 * @internal
 * Brands a result and returns it: sets the non-enumerable `Symbol.for('tiestrength.result')`
 * (`{ shape, name }`) and `util.inspect.custom` properties on `value`. `shape` names its entry in
 * the shape registry (shapes.ts); `name`, the function that made it, defaults to `shape`. A
 * non-object or non-extensible value is returned unchanged.
 */
export function tidyResult<T>(shape: string, value: T, name: string = shape): T {
  if (typeof value !== 'object' || value === null || !Object.isExtensible(value)) return value;
  Object.defineProperty(value, RESULT_BRAND, { value: Object.freeze({ shape, name }), enumerable: false, configurable: true, writable: false });
  Object.defineProperty(value, INSPECT_CUSTOM, { value: inspectResult, enumerable: false, configurable: true, writable: true });
  return value;
}
