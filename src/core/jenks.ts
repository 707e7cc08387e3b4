/**
 * Jenks natural breaks with two classes, exact: the split of the sorted values into a lower and
 * an upper class that minimises the within-class sum of squared deviations (Jenks 1967; Fisher
 * 1958 for the exact optimum). With two classes every split point can be tried in one pass.
 *
 * @internal
 * @module
 */
import { compensatedSum } from './summation.js';

/**
 * @internal
 * The lower bound of the upper class of the optimal two-class split of `sorted` (ascending, no
 * NaN): the threshold ℓ such that the classes are { x < ℓ } and { x ≥ ℓ }.
 *
 *   SSE(k) = Σ_{i<k} (x_i − x̄_L)² + Σ_{i≥k} (x_i − x̄_U)²,   minimised over k ∈ 1…n−1 with x_{k−1} < x_k
 *
 * Only splits between distinct values are candidates (equal values always share a class). Since
 * SSE(k) = Σ (x_i − x̄)² − [L_k² / k + (T − L_k)² / (n − k)] with L_k the sum of the first k
 * centred values and T their total, the kernel maximises the bracket over one prefix sum of the
 * centred values (centring limits cancellation). Ties go to the lowest split. With fewer than two
 * distinct values there is no split: returns `sorted[0]` (one class, everything ≥ ℓ); `NaN` for
 * no values. O(n) after sorting.
 */
export function jenksTwoClassThreshold(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mean = compensatedSum(sorted) / n;
  const centred = new Float64Array(n);
  for (let i = 0; i < n; i++) centred[i] = sorted[i]! - mean;
  const total = compensatedSum(centred);
  let best = -1;
  let bestBetween = -Infinity;
  // Running Neumaier sum of the first k centred values.
  let sum = 0;
  let compensation = 0;
  for (let k = 1; k < n; k++) {
    const x = centred[k - 1]!;
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
    if (sorted[k - 1] === sorted[k]) continue;
    const left = sum + compensation;
    const right = total - left;
    const between = (left * left) / k + (right * right) / (n - k);
    if (between > bestBetween) {
      bestBetween = between;
      best = k;
    }
  }
  return best < 0 ? sorted[0]! : sorted[best]!;
}
