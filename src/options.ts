/**
 * Shared option types, option validation and the strength / distance getters.
 *
 * Strength (bigger = stronger) and distance (bigger = farther) are separate options,
 * `getEdgeStrength` and `getEdgeDistance`; the ambiguous graphology `getEdgeWeight` is never used.
 *
 * @module
 */
import type { Attributes } from 'graphology-types';
import { InvalidOptionError, show } from './errors.js';

/**
 * How to read a numeric value (a strength or a distance) from an edge: an attribute name
 * (a missing attribute reads as 1), a getter `(edge, attributes, source, target) => number`,
 * or `null` (unweighted: every value is 1).
 */
export type EdgeValueGetter<EdgeAttributes extends Attributes = Attributes> =
  | (keyof EdgeAttributes & string)
  | ((edge: string, attributes: EdgeAttributes, source: string, target: string) => number)
  | null;

/** Options of every function that reads tie strengths. */
export interface StrengthOptions<EdgeAttributes extends Attributes = Attributes> {
  /**
   * How to read a tie's strength: an attribute name (a missing attribute reads as 1),
   * a getter, or `null` for unweighted. [`'weight'`]
   */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
}

/** A result keyed by node, graphology style. */
export type NodeMetric = Record<string, number>;

/** @internal Assigns `obj[key] = value` as an own property, even for keys such as `__proto__`. */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

/** @internal A function that returns the numeric value of an edge, or a reason why it could not. */
export type EdgeValueReader = (
  edge: string,
  attributes: Attributes,
  source: string,
  target: string,
) => unknown;

/**
 * @internal
 * Turns a getter option into a reader, or `null` for "unweighted". Throws
 * {@link InvalidOptionError} on a getter of the wrong type.
 */
export function resolveEdgeValueGetter(
  prefix: string,
  option: string,
  getter: unknown,
  fallback: string | null,
): EdgeValueReader | null {
  const value = getter === undefined ? fallback : getter;
  if (value === null) return null;
  if (typeof value === 'string') {
    return (_edge, attributes) => {
      const read = attributes[value];
      return read === undefined ? 1 : read;
    };
  }
  if (typeof value === 'function') return value as EdgeValueReader;
  throw new InvalidOptionError(
    `${prefix}: option ${option} must be an attribute name, a function (edge, attributes, source, target) => number, or null; got ${show(value)}`,
    option,
  );
}

/** @internal Throws on option keys that the function does not know (catches typos in plain JavaScript). */
export function assertKnownOptions(prefix: string, options: object, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new InvalidOptionError(
        `${prefix}: unknown option ${JSON.stringify(key)}; known options are ${known.join(', ')}`,
        key,
      );
    }
  }
}

/**
 * @internal
 * Merges user options over frozen defaults, after checking that `options` is an object and
 * that every key is known.
 */
export function resolveOptions<D extends object, O extends object>(
  prefix: string,
  defaults: D,
  options: O | undefined,
  extraKeys: readonly string[] = [],
): D & O {
  if (options === undefined || options === null) return { ...defaults } as D & O;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidOptionError(`${prefix}: options must be an object; got ${show(options)}`, 'options');
  }
  assertKnownOptions(prefix, options, [...Object.keys(defaults), ...extraKeys]);
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) merged[key] = value;
  return merged as D & O;
}

/** @internal Throws unless `value` is one of `allowed`. */
export function assertEnum<T extends string>(
  prefix: string,
  option: string,
  value: unknown,
  allowed: readonly T[],
): asserts value is T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidOptionError(
      `${prefix}: option ${option} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}; got ${show(value)}`,
      option,
    );
  }
}

/** @internal Throws unless `value` is a boolean. */
export function assertBoolean(prefix: string, option: string, value: unknown): asserts value is boolean {
  if (typeof value !== 'boolean') {
    throw new InvalidOptionError(`${prefix}: option ${option} must be true or false; got ${show(value)}`, option);
  }
}

/** @internal Throws unless `value` is an integer in [min, max]. */
export function assertInteger(
  prefix: string,
  option: string,
  value: unknown,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `in [${min}, ${max}]`;
    throw new InvalidOptionError(`${prefix}: option ${option} must be an integer ${range}; got ${show(value)}`, option);
  }
}

/** @internal Throws unless `value` is a non-empty string. */
export function assertString(prefix: string, option: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InvalidOptionError(`${prefix}: option ${option} must be a non-empty string; got ${show(value)}`, option);
  }
}

/**
 * How path metrics turn strengths into distances when no `getEdgeDistance` is given
 * (docs/metrics.md): `'inverse'` d = 1/s (default); `'negLog'` d = −ln(s / s_max), so the
 * shortest path maximises the product of relative strengths; `'maxMinus'` d = s_max − s; or a
 * function `(s) => d`. `'negLog'` and `'maxMinus'` give the strongest tie distance 0: fine for
 * path search, refused for path counting.
 */
export type ToDistance = 'inverse' | 'negLog' | 'maxMinus' | ((strength: number) => number);

/** Options of every function that reads distances (path metrics). */
export interface DistanceOptions<EdgeAttributes extends Attributes = Attributes> extends StrengthOptions<EdgeAttributes> {
  /**
   * How to read a tie's distance: an attribute name, a getter, or `null` for hop counts. When
   * absent, distances are derived from strengths with `toDistance`. [absent]
   */
  getEdgeDistance?: EdgeValueGetter<EdgeAttributes>;
  /** How to derive distances from strengths when `getEdgeDistance` is absent. [`'inverse'`] */
  toDistance?: ToDistance;
}

/**
 * @internal
 * Throws unless `value` is a non-empty attribute name that can be written as an own property of
 * a plain attribute object (`__proto__` would replace the object's prototype instead).
 */
export function assertAttributeName(prefix: string, option: string, value: unknown): asserts value is string {
  assertString(prefix, option, value);
  if (value === '__proto__') {
    throw new InvalidOptionError(`${prefix}: option ${option} cannot be "__proto__"; choose another attribute name`, option);
  }
}
