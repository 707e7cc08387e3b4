/**
 * The library's seeded pseudo-random number generator and the two sampling helpers every
 * randomised kernel needs.
 *
 * Randomness in tiestrength only comes from an `rng: () => number` option (STYLE.md §7,
 * docs/metrics.md "randomness"). Its default is `createRng(DEFAULT_SEED)`, so repeated calls with
 * default options give the same result. Kernels take the `rng` as a plain function, so a
 * caller may pass any generator returning floats in [0, 1), including `Math.random`.
 *
 * Generator: sfc32 ("Small Fast Chaotic", 32-bit variant) by Chris Doty-Humphrey, from the
 * PractRand test suite. It passes PractRand and TestU01 BigCrush, has 128 bits of state with
 * a 32-bit counter (every seed has a period of at least 2^32, typically ~2^127), and needs
 * only 32-bit adds, shifts and xors, which V8 compiles to plain integer code. The state is
 * seeded from the seed through SplitMix32 (a golden-ratio Weyl sequence finished with
 * MurmurHash3's fmix32), and the first 12 outputs are discarded, as the author recommends, so
 * that nearby seeds (0, 1, 2, …) give unrelated streams.
 *
 * Changing the generator, the seeding or {@link DEFAULT_SEED} changes every seeded result
 * of the library; `test/core/random.test.ts` pins the first outputs to catch that.
 *
 * References
 * [1] Doty-Humphrey, C. PractRand, sfc32 (RNGs/sfc.h). https://pracrand.sourceforge.net/
 * [2] Steele, G. L., Lea, D., Flood, C. H. (2014). Fast splittable pseudorandom number
 *     generators. OOPSLA 2014 (SplitMix).
 * [3] Appleby, A. MurmurHash3, fmix32 finaliser. https://github.com/aappleby/smhasher
 *
 * @module
 */
import { InvalidOptionError, show } from '../errors.js';

/**
 * The seed every random draw of the library starts from when neither `seed` nor `rng` is given
 * (docs/conventions.md, "Randomness"), so that two calls with the same options agree.
 */
export const DEFAULT_SEED = 42;

const TWO_POW_32 = 4294967296;

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers with full avalanche. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A seeded sfc32 generator returning floats in [0, 1).
 *
 * Outputs are multiples of 2^−32 (one 32-bit draw per call), which is enough for sampling,
 * shuffling and Monte Carlo probabilities; the exact value 1 is never returned.
 *
 * @remarks
 * - The seed may be any safe integer (negative included); seeds are told apart exactly.
 * - Deterministic: the same seed always gives the same stream, on every platform.
 *
 * @param seed The seed, a safe integer such as {@link DEFAULT_SEED}.
 * @returns A function that returns the next float in [0, 1) each time it is called.
 * @throws RangeError If `seed` is not a safe integer.
 *
 * @example
 * const rng = createRng(42);
 * rng(); //=> a float in [0, 1), the same one on every run
 *
 * @internal
 */
export function createRng(seed: number): () => number {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`createRng: seed must be a safe integer, got ${String(seed)}`);
  }
  // Split the seed into two 32-bit words (two's complement for negatives).
  const lo = seed >>> 0;
  const hi = Math.floor(seed / TWO_POW_32) >>> 0;

  // SplitMix32 seeding: the state advances by the golden-ratio constant and each output is
  // fmix32 of it. a depends only on lo, c on (lo, hi), both through bijections, so distinct
  // seeds give distinct initial states.
  let s = lo;
  s = (s + 0x9e3779b9) | 0;
  let a = fmix32(s);
  s = (s + 0x9e3779b9) | 0;
  let b = fmix32(s);
  s = (s ^ fmix32(hi ^ 0x5bd1e995)) | 0;
  s = (s + 0x9e3779b9) | 0;
  let c = fmix32(s);
  let d = 1;

  const next = (): number => {
    // sfc32, exactly as in PractRand: t = a + b + counter; a = b ^ (b >> 9);
    // b = c + (c << 3); c = rotl(c, 21) + t.
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / TWO_POW_32;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/**
 * A uniform random integer in [0, n).
 *
 * Computed as ⌊rng() · n⌋. With the default generator (32-bit outputs) the bias is at most
 * n / 2^32 relative, which is negligible for the array sizes the library handles.
 *
 * @remarks
 * - `n` must be a positive integer; this is not checked, because the helper sits in hot loops.
 * - Safe for any `rng` in [0, 1): the result is clamped to n − 1 should rounding reach n.
 *
 * @param rng The generator, returning floats in [0, 1).
 * @param n The number of possible values, a positive integer.
 * @returns An integer in [0, n).
 *
 * @example
 * randomInt(createRng(42), 6); //=> 0, 1, 2, 3, 4 or 5
 *
 * @internal
 */
export function randomInt(rng: () => number, n: number): number {
  const i = Math.floor(rng() * n);
  return i < n ? i : n - 1;
}

/**
 * Anything indexable and writable with a length: plain arrays and every typed array.
 *
 * @internal
 */
export interface MutableArrayLike<T> {
  readonly length: number;
  [index: number]: T;
}

/**
 * Shuffles an array or typed array in place with the Fisher–Yates (Durstenfeld) algorithm:
 * every permutation is equally likely when `rng` is uniform.
 *
 * References
 * [1] Durstenfeld, R. (1964). Algorithm 235: Random permutation. CACM 7(7):420.
 *
 * @remarks
 * - Draws exactly `length − 1` numbers from `rng` (none for length 0 or 1).
 * - Complexity: O(length) time, O(1) extra memory.
 *
 * @param rng The generator, returning floats in [0, 1).
 * @param array The array or typed array to shuffle; it is modified.
 * @returns The same `array`, shuffled.
 *
 * @example
 * shuffleInPlace(createRng(42), Uint32Array.of(0, 1, 2, 3)); //=> a permutation of 0…3
 * @internal
 */
export function shuffleInPlace<A extends MutableArrayLike<unknown>>(rng: () => number, array: A): A {
  for (let i = array.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const tmp = array[i];
    array[i] = array[j];
    array[j] = tmp;
  }
  return array;
}

/**
 * @internal
 * The generator of a call (docs/conventions.md, "Randomness"): `rng` when given, else
 * `createRng(seed ?? DEFAULT_SEED)`, a fresh one per call so that repeated calls agree. Giving
 * both is refused (one would be ignored). A user's `rng` is wrapped so that a value outside
 * [0, 1) is an {@link InvalidOptionError} instead of a silently wrong result.
 */
export function resolveRng(prefix: string, seed: unknown, rng: unknown): () => number {
  if (rng !== undefined) {
    if (typeof rng !== 'function') {
      throw new InvalidOptionError(`${prefix}: option rng must be a function () => number in [0, 1); got ${show(rng)}`, 'rng');
    }
    if (seed !== undefined) {
      throw new InvalidOptionError(`${prefix}: give either seed or rng, not both`, 'seed');
    }
    return checkedRng(prefix, rng as () => unknown);
  }
  return createRng(resolveSeed(prefix, seed));
}

/**
 * @internal
 * The integer seed of a call whose randomness is a hash of (seed, …) rather than a stream (the
 * cascades): `seed`, else one draw of `rng` scaled to 32 bits, else {@link DEFAULT_SEED}.
 */
export function resolveSeedOrRng(prefix: string, seed: unknown, rng: unknown): number {
  if (rng === undefined) return resolveSeed(prefix, seed);
  const draw = resolveRng(prefix, seed, rng);
  return Math.floor(draw() * TWO_POW_32) >>> 0;
}

/** @internal Validates `seed` (a safe integer) or returns {@link DEFAULT_SEED} when it is absent. */
export function resolveSeed(prefix: string, seed: unknown): number {
  if (seed === undefined) return DEFAULT_SEED;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new InvalidOptionError(`${prefix}: option seed must be a safe integer; got ${show(seed)}`, 'seed');
  }
  return seed;
}

function checkedRng(prefix: string, rng: () => unknown): () => number {
  return () => {
    const value = rng();
    if (typeof value !== 'number' || !(value >= 0 && value < 1)) {
      throw new InvalidOptionError(`${prefix}: option rng returned ${show(value)}; it must return numbers in [0, 1)`, 'rng');
    }
    return value;
  };
}
