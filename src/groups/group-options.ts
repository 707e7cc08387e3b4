/**
 * Option checks shared by the group measures: the modularity resolution.
 *
 * @internal
 * @module
 */
import { InvalidOptionError, show } from '../errors.js';

/** @internal Throws unless the modularity resolution γ is a finite number ≥ 0. */
export function assertResolution(prefix: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InvalidOptionError(`${prefix}: option resolution must be a finite number ≥ 0; got ${show(value)}`, 'resolution');
  }
}
