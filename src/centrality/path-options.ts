/**
 * The options every path metric of src/centrality/ shares: distances (`getEdgeDistance`, or
 * `toDistance` from strengths) and, for the betweenness pair, pivot sampling (`samples`, `seed`,
 * `rng`).
 *
 * @internal
 * @module
 */
import type { CsrIndex } from '../core/csr.js';
import { assertToDistance, resolveDistances, type PathDistances } from '../core/distances.js';
import { randomInt, resolveRng } from '../core/random.js';
import { assertInteger, type EdgeValueGetter, type ToDistance } from '../options.js';

/** @internal The distance options of a path metric, merged over its defaults. */
export interface PathOptions {
  getEdgeDistance?: EdgeValueGetter | undefined;
  toDistance?: ToDistance | undefined;
}

/** @internal The sampling options of betweenness and edge betweenness, merged over their defaults. */
export interface SamplingOptions {
  samples?: number | undefined;
  seed?: number | undefined;
  rng?: (() => number) | undefined;
}

/**
 * @internal
 * The defaults a path metric merges the caller's options over: its public `FN_DEFAULTS` with
 * `toDistance` absent, so that the kernel sees whether the caller gave one (a `toDistance` given
 * together with distances is refused; when absent, `'inverse'` applies, as `FN_DEFAULTS` shows).
 */
export function mergeDefaults<D extends { toDistance: ToDistance }>(
  defaults: D,
): Readonly<Omit<D, 'toDistance'> & { toDistance: ToDistance | undefined }> {
  return Object.freeze({ ...defaults, toDistance: undefined });
}

/** @internal Validates a given `toDistance`: shortest-path counts and distance sums need distances > 0. */
export function assertPathOptions(opts: PathOptions, prefix: string): void {
  if (opts.toDistance !== undefined) assertToDistance(prefix, opts.toDistance, { allowZero: false });
}

/** @internal The distance of every adjacency slot, from the index's distances or its strengths. */
export function pathDistances(index: CsrIndex, opts: PathOptions, prefix: string): PathDistances {
  return resolveDistances(index, opts.toDistance, opts.getEdgeDistance !== undefined, prefix, { allowZero: false });
}

/**
 * @internal
 * Validates `samples` (an integer ≥ 1; the bound n is checked by {@link samplePivots}), `seed`
 * and `rng` (docs/conventions.md, "Randomness"), whether or not sampling is asked for.
 */
export function assertSampling(opts: SamplingOptions, prefix: string): void {
  // NetworkX leaks a ZeroDivisionError for k = 0; refuse it here.
  if (opts.samples !== undefined) assertInteger(prefix, 'samples', opts.samples, 1);
  resolveRng(prefix, opts.seed, opts.rng);
}

/** @internal The pivot sources of a call, in draw order: `null` when exact (no `samples`, or no node). */
export function samplePivots(n: number, opts: SamplingOptions, prefix: string): Uint32Array | null {
  if (opts.samples === undefined || n === 0) return null;
  assertInteger(prefix, 'samples', opts.samples, 1, n);
  return drawPivots(n, opts.samples, resolveRng(prefix, opts.seed, opts.rng));
}

/**
 * @internal
 * k distinct ids of 0…n−1, uniformly without replacement, in draw order: the first k steps of a
 * Fisher–Yates shuffle (exactly k draws from `rng`).
 */
export function drawPivots(n: number, k: number, rng: () => number): Uint32Array {
  const ids = new Uint32Array(n);
  for (let i = 0; i < n; i++) ids[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + randomInt(rng, n - i);
    const tmp = ids[i]!;
    ids[i] = ids[j]!;
    ids[j] = tmp;
  }
  return ids.slice(0, k);
}
