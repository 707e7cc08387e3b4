/**
 * The percolation sweep of Onnela et al. (2007): remove ties in a given order and track the
 * largest component and the susceptibility, for every removed fraction i/steps in one pass.
 *
 *   k_i     = ⌊i·m / steps⌋                       ties removed at step i (the first k_i of the order)
 *   R_GC(i) = s_max / n                           s_max: size of the largest component
 *   S(i)    = Σ_{s < s_max} n_s · s² / n          n_s: number of components of size s
 *
 * The sweep starts from n singletons (every tie removed) and adds the ties back in reverse removal
 * order with union–find; after adding back all but the first k_i ties, the state is the graph
 * with k_i ties removed. Σ_s n_s s² is kept up to date (merging sizes a and b adds 2ab), as are
 * s_max and the number of components of that size, so each step costs O(1) on top of the unions.
 * O(m α(n) + n + steps) time, O(n) memory.
 *
 * References
 * [1] Onnela, J.-P. et al. (2007). Structure and tie strengths in mobile communication networks. PNAS 104(18):7332–7336.
 * [2] Newman, M. E. J., Ziff, R. M. (2000). Efficient Monte Carlo algorithm and high-precision results for
 *     percolation. Physical Review Letters 85(19):4104–4107.
 *
 * @internal
 * @module
 */
import { UnionFind } from './union-find.js';

/** @internal The curve, indexed by step i = 0…steps. */
export interface PercolationSweep {
  /** Ties removed at step i: ⌊i·m / steps⌋. */
  removedTies: Float64Array;
  /** Size of the largest component / n. */
  giant: Float64Array;
  /** Σ_{s < s_max} n_s s² / n (every component of the largest size excluded). */
  susceptibility: Float64Array;
}

/**
 * @internal
 * Runs the sweep on n nodes and the ties (`sources[t]`, `targets[t]`) removed in `order` (a
 * permutation of the tie ids; `order[0]` is removed first). `n` must be ≥ 1 and `steps` ≥ 1.
 */
export function percolationSweep(
  n: number,
  sources: Uint32Array,
  targets: Uint32Array,
  order: Uint32Array,
  steps: number,
): PercolationSweep {
  const m = order.length;
  const removedTies = new Float64Array(steps + 1);
  const giant = new Float64Array(steps + 1);
  const susceptibility = new Float64Array(steps + 1);
  const sets = new UnionFind(n);
  const size = sets.size;
  let largest = 1;
  let largestCount = n;
  let sumSquares = n;
  let remaining = 0; // ties added back: order[m − remaining … m)
  for (let i = steps; i >= 0; i--) {
    const removed = Math.floor((i * m) / steps);
    while (m - remaining > removed) {
      const t = order[m - 1 - remaining]!;
      remaining++;
      const ra = sets.find(sources[t]!);
      const rb = sets.find(targets[t]!);
      if (ra === rb) continue;
      const a = size[ra]!;
      const b = size[rb]!;
      sets.union(ra, rb);
      sumSquares += 2 * a * b;
      const s = a + b;
      if (s > largest) {
        largest = s;
        largestCount = 1;
      } else if (s === largest) {
        largestCount++;
      }
    }
    removedTies[i] = removed;
    giant[i] = largest / n;
    susceptibility[i] = (sumSquares - largestCount * largest * largest) / n;
  }
  return { removedTies, giant, susceptibility };
}
