/**
 * Ranking helpers on typed arrays: dense levels (the index of each value among the sorted
 * distinct values), mid-ranks (average ranks for ties, as `scipy.stats.rankdata(method='average')`
 * and R's `rank(ties.method = 'average')`), a stable order by key with an explicit tie-break
 * sequence, and Pearson / Spearman correlation.
 *
 * Everything runs on one stable LSD radix sort of the keys' IEEE-754 bits (no comparator
 * callbacks, no binary searches): O(m) time, O(m) memory.
 *
 * @internal
 * @module
 */
import { compensatedSum } from './summation.js';

/** @internal Each value's level among the sorted distinct values. */
export interface DenseLevels {
  /** `levels[i]` = index of `values[i]` in `distinct`. */
  levels: Uint32Array;
  /** The distinct values, ascending. */
  distinct: Float64Array;
  /** How many values fall on each distinct value. */
  counts: Uint32Array;
}

/** Whether typed arrays are little-endian here (the low 32-bit word of a double comes first). */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
/** Radix digits: 11 bits, so each 32-bit half takes three passes (11 + 11 + 10 bits). */
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const PASSES = 6;

/**
 * @internal
 * The indices 0…m−1 stably sorted by `keys` ascending (no NaN; −0 and +0 are equal), starting
 * from the order `initial` (default 0…m−1): indices with equal keys keep their order in
 * `initial`.
 *
 * An LSD radix sort on the 64 bits of each double, mapped to unsigned integers that sort like the
 * numbers (negative: every bit flipped; positive: the sign bit set), in six passes of 11 bits.
 * Records (low word, high word, index) move together, so every pass reads sequentially and
 * scatters into 2048 buckets (cache-friendly); the six histograms are counted in one first pass,
 * and a pass whose digit is the same for every key is skipped. O(m) time, 6m words of scratch,
 * no comparator callbacks.
 */
export function sortedOrder(keys: ArrayLike<number>, initial: Uint32Array | null = null): Uint32Array {
  const m = keys.length;
  const bits = new Float64Array(1);
  const view = new Uint32Array(bits.buffer);
  const loWord = LITTLE_ENDIAN ? 0 : 1;
  const hiWord = 1 - loWord;
  let lo = new Uint32Array(m);
  let hi = new Uint32Array(m);
  let idx = new Uint32Array(m);
  const count = new Uint32Array(PASSES * BUCKETS);
  for (let p = 0; p < m; p++) {
    const t = initial ? initial[p]! : p;
    bits[0] = keys[t]! + 0; // −0 + 0 = +0
    let h = view[hiWord]!;
    let l = view[loWord]!;
    if (h >>> 31) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    lo[p] = l;
    hi[p] = h;
    idx[p] = t;
    count[l & (BUCKETS - 1)]!++;
    count[BUCKETS + ((l >>> DIGIT_BITS) & (BUCKETS - 1))]!++;
    count[2 * BUCKETS + (l >>> (2 * DIGIT_BITS))]!++;
    count[3 * BUCKETS + (h & (BUCKETS - 1))]!++;
    count[4 * BUCKETS + ((h >>> DIGIT_BITS) & (BUCKETS - 1))]!++;
    count[5 * BUCKETS + (h >>> (2 * DIGIT_BITS))]!++;
  }
  if (m < 2) return idx;
  let lo2 = new Uint32Array(m);
  let hi2 = new Uint32Array(m);
  let idx2 = new Uint32Array(m);
  for (let pass = 0; pass < PASSES; pass++) {
    const base = pass * BUCKETS;
    const shift = (pass % 3) * DIGIT_BITS;
    const fromHigh = pass >= 3;
    const first = ((fromHigh ? hi[0]! : lo[0]!) >>> shift) & (BUCKETS - 1);
    if (count[base + first] === m) continue; // one digit value: nothing moves
    let sum = 0;
    for (let d = 0; d < BUCKETS; d++) {
      const c = count[base + d]!;
      count[base + d] = sum;
      sum += c;
    }
    for (let p = 0; p < m; p++) {
      const l = lo[p]!;
      const h = hi[p]!;
      const q = count[base + (((fromHigh ? h : l) >>> shift) & (BUCKETS - 1))]!++;
      lo2[q] = l;
      hi2[q] = h;
      idx2[q] = idx[p]!;
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
    [idx, idx2] = [idx2, idx];
  }
  return idx;
}

/**
 * @internal
 * Dense levels of `values` (which must not contain NaN): level 0 is the smallest distinct value.
 */
export function denseLevels(values: ArrayLike<number>): DenseLevels {
  const m = values.length;
  const order = sortedOrder(values);
  const levels = new Uint32Array(m);
  const distinctAll = new Float64Array(m);
  const countsAll = new Uint32Array(m);
  let d = 0;
  for (let p = 0; p < m; p++) {
    const t = order[p]!;
    const x = values[t]!;
    if (d === 0 || x !== distinctAll[d - 1]) distinctAll[d++] = x + 0;
    levels[t] = d - 1;
    countsAll[d - 1]!++;
  }
  return { levels, distinct: distinctAll.slice(0, d), counts: countsAll.slice(0, d) };
}

/**
 * @internal
 * Mid-ranks (1-based average ranks) of `values` (no NaN): equal values share the mean of the
 * ranks they occupy, e.g. [10, 20, 20, 30] → [1, 2.5, 2.5, 4].
 */
export function midRanks(values: ArrayLike<number>): Float64Array {
  const { levels, counts } = denseLevels(values);
  const rankOfLevel = new Float64Array(counts.length);
  let below = 0;
  for (let j = 0; j < counts.length; j++) {
    rankOfLevel[j] = below + (counts[j]! + 1) / 2;
    below += counts[j]!;
  }
  const ranks = new Float64Array(levels.length);
  for (let i = 0; i < levels.length; i++) ranks[i] = rankOfLevel[levels[i]!]!;
  return ranks;
}

/**
 * @internal
 * The indices 0…m−1 ordered by `keys` ascending (no NaN); indices with equal keys keep their
 * order in `sequence`, a permutation of 0…m−1 (for example a seeded shuffle).
 */
export function orderByKey(keys: ArrayLike<number>, sequence: Uint32Array): Uint32Array {
  return sortedOrder(keys, sequence);
}

/**
 * @internal
 * Pearson's correlation of x and y (equal lengths): Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²),
 * with compensated sums, clipped to [−1, 1]. `NaN` for fewer than 2 pairs or a constant input.
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n < 2) return Number.NaN;
  const mx = compensatedSum(x) / n;
  const my = compensatedSum(y) / n;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const dxy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = x[i]! - mx;
    const b = y[i]! - my;
    dxy[i] = a * b;
    dx[i] = a * a;
    dy[i] = b * b;
  }
  const sxx = compensatedSum(dx);
  const syy = compensatedSum(dy);
  if (sxx === 0 || syy === 0) return Number.NaN;
  const r = compensatedSum(dxy) / Math.sqrt(sxx * syy);
  return r > 1 ? 1 : r < -1 ? -1 : r;
}
