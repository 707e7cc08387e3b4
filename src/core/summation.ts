/**
 * Compensated summation (Neumaier's improvement of Kahan's algorithm), as d3-array's `fsum`
 * does, for sums over many values of different magnitudes.
 *
 * @internal
 * @module
 */

/** @internal The sum of `values[0 … length)` with Neumaier compensation. */
export function compensatedSum(values: ArrayLike<number>, length = values.length): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < length; i++) {
    const x = values[i]!;
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}
