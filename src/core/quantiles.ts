/**
 * Five-number summaries with linearly interpolated quantiles (R type 7, NumPy's and d3-array's
 * default): q(p) = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), h = (n − 1)p on the sorted values.
 *
 * @module
 */
import { compensatedSum } from './summation.js';

/** A distribution summary: minimum, quartiles, maximum and mean (`NaN` for no values). */
export interface Summary {
  /** The number of values. */
  count: number;
  /** The smallest value. */
  min: number;
  /** The first quartile. */
  q1: number;
  /** The median. */
  median: number;
  /** The third quartile. */
  q3: number;
  /** The largest value. */
  max: number;
  /** The arithmetic mean. */
  mean: number;
}

/** @internal Quantile p ∈ [0, 1] of ascending-sorted values (type 7). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  return lo + 1 < n ? a + (h - lo) * (sorted[lo + 1]! - a) : a;
}

/** @internal Summary of a Float64Array (sorted in place). */
export function summarize(values: Float64Array): Summary {
  values.sort();
  const n = values.length;
  return {
    count: n,
    min: n ? values[0]! : Number.NaN,
    q1: quantileSorted(values, 0.25),
    median: quantileSorted(values, 0.5),
    q3: quantileSorted(values, 0.75),
    max: n ? values[n - 1]! : Number.NaN,
    mean: n ? compensatedSum(values) / n : Number.NaN,
  };
}
