/**
 * Option checks shared by the group measures: the seeded random generator and the modularity
 * resolution.
 *
 * @internal
 * @module
 */
import { InvalidOptionError, show } from '../errors.js';
import { createRng, DEFAULT_SEED } from '../core/random.js';

/**
 * @internal
 * The generator of a call: `rng` when given, else `createRng(seed ?? DEFAULT_SEED)`, a fresh one
 * per call so that repeated calls agree. Giving both is refused (one would be ignored).
 */
export function resolveRng(prefix: string, seed: unknown, rng: unknown): () => number {
  if (rng !== undefined) {
    if (typeof rng !== 'function') {
      throw new InvalidOptionError(`${prefix}: option rng must be a function () => number in [0, 1); got ${show(rng)}`, 'rng');
    }
    if (seed !== undefined) {
      throw new InvalidOptionError(`${prefix}: give either seed or rng, not both`, 'seed');
    }
    return rng as () => number;
  }
  if (seed === undefined) return createRng(DEFAULT_SEED);
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new InvalidOptionError(`${prefix}: option seed must be a safe integer; got ${show(seed)}`, 'seed');
  }
  return createRng(seed);
}

/** @internal Throws unless the modularity resolution γ is a finite number ≥ 0. */
export function assertResolution(prefix: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InvalidOptionError(`${prefix}: option resolution must be a finite number ≥ 0; got ${show(value)}`, 'resolution');
  }
}
