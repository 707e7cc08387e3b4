/**
 * Option checks and small numeric helpers shared by the Monte Carlo functions of `src/referral/`
 * (independentCascade, influenceMaximization, referralValue): runs, seed, threads, onProgress,
 * signal, node lists, and the mean ± standard error of per-run sums.
 *
 * @module
 */
import { InvalidOptionError, show } from '../errors.js';
import type { CsrIndex } from './csr.js';
import { cascadeSeedKey, CASCADE_CHUNKS } from './cascade.js';

/** @internal Largest number of runs accepted (per-node activation counts are 32-bit). */
export const MAX_RUNS = 2 ** 31 - 1;

/** Progress callback of the simulations: `done` of `total` units (runs or cascades) so far. */
export type ProgressCallback = (progress: { done: number; total: number }) => void;

/** @internal The resolved Monte Carlo settings of a call. */
export interface MonteCarloSettings {
  runs: number;
  seed: number;
  seedKey: number;
  threads: number | 'auto';
  onProgress: ProgressCallback | undefined;
  signal: AbortSignal | undefined;
  /** The calling function (for the abort message). */
  prefix: string;
}

/** @internal Validates `runs`, `seed`, `threads`, `onProgress` and `signal`. */
export function resolveMonteCarlo(
  prefix: string,
  opts: { runs: unknown; seed: unknown; threads: unknown; onProgress: unknown; signal: unknown },
): MonteCarloSettings {
  const { runs, seed, threads, onProgress, signal } = opts;
  if (typeof runs !== 'number' || !Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) {
    throw new InvalidOptionError(`${prefix}: option runs must be an integer in [1, ${MAX_RUNS}]; got ${show(runs)}`, 'runs');
  }
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new InvalidOptionError(`${prefix}: option seed must be a safe integer; got ${show(seed)}`, 'seed');
  }
  if (threads !== 'auto' && (typeof threads !== 'number' || !Number.isInteger(threads) || threads < 1)) {
    throw new InvalidOptionError(`${prefix}: option threads must be 'auto' or an integer ≥ 1; got ${show(threads)}`, 'threads');
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new InvalidOptionError(`${prefix}: option onProgress must be a function ({ done, total }) => void; got ${show(onProgress)}`, 'onProgress');
  }
  if (signal !== undefined && !isAbortSignal(signal)) {
    throw new InvalidOptionError(`${prefix}: option signal must be an AbortSignal; got ${show(signal)}`, 'signal');
  }
  return {
    runs,
    seed,
    seedKey: cascadeSeedKey(seed),
    threads: threads === 'auto' ? 'auto' : Math.min(threads as number, CASCADE_CHUNKS),
    onProgress: onProgress as ProgressCallback | undefined,
    signal: signal as AbortSignal | undefined,
    prefix,
  };
}

function isAbortSignal(value: unknown): value is AbortSignal {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return typeof s.aborted === 'boolean' && typeof s.addEventListener === 'function' && typeof s.removeEventListener === 'function';
}

/**
 * @internal
 * Reads a list of node keys (an array or any iterable but a string) into distinct dense ids, in
 * the order first given. An unknown key throws NodeNotFoundError (via `index.id`).
 */
export function nodeIdList(index: CsrIndex, keys: unknown, prefix: string, option: string): Uint32Array {
  if (typeof keys === 'string' || keys === null || typeof keys !== 'object' || typeof (keys as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new InvalidOptionError(`${prefix}: ${option} must be an array of node keys; got ${show(keys)}`, option);
  }
  const seen = new Uint8Array(index.order);
  const ids: number[] = [];
  for (const key of keys as Iterable<unknown>) {
    if (typeof key !== 'string' && typeof key !== 'number') {
      throw new InvalidOptionError(`${prefix}: ${option} must hold node keys (strings); got ${show(key)}`, option);
    }
    const id = index.id(String(key), prefix);
    if (seen[id] === 0) {
      seen[id] = 1;
      ids.push(id);
    }
  }
  return Uint32Array.from(ids);
}

/**
 * @internal
 * Mean and standard error of the mean of R per-run values from their sum and sum of squares:
 * mean = S1 / R, s² = (S2 − S1²/R) / (R − 1), SE = √(s² / R). SE is NaN for R = 1.
 */
export function meanAndError(sum: number, sumSquares: number, runs: number): [mean: number, standardError: number] {
  const mean = sum / runs;
  if (runs < 2) return [mean, Number.NaN];
  const variance = Math.max(0, (sumSquares - (sum * sum) / runs) / (runs - 1));
  return [mean, Math.sqrt(variance / runs)];
}

/** @internal Rejects with `signal.reason` when the signal is already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason;
}
