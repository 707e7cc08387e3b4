/**
 * Modularity of a partition (Newman & Girvan 2004; Newman 2006; directed form of Leicht &
 * Newman 2008), over merged tie strengths (docs/metrics.md):
 *
 *   undirected  Q = Σ_c [ L_c / m − γ (K_c / 2m)² ]
 *   directed    Q = Σ_c [ L_c / m − γ K_c^out K_c^in / m² ]
 *
 * m = total strength of the ties (arcs), L_c = strength of the ties (arcs) with both ends in c,
 * K_c = Σ_{i ∈ c} k_i with k_i the strength of node i (out- and in-strength for directed graphs),
 * γ = resolution. This is the per-community form NetworkX `community.modularity` evaluates, and
 * equals (1/2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j). `NaN` when m = 0.
 *
 * @internal
 * @module
 */
import type { CsrIndex } from './csr.js';

/**
 * @internal
 * Modularity of the partition `groupOf` (dense group ids in [0, groups)) at resolution γ.
 * O(n + m) time.
 */
export function modularityKernel(index: CsrIndex, groupOf: Int32Array, groups: number, resolution: number): number {
  const { size, tieSources, tieTargets, tieStrengths } = index;
  const internal = new Float64Array(groups);
  const outTotal = new Float64Array(groups);
  const inTotal = index.directed ? new Float64Array(groups) : outTotal;
  let m = 0;
  for (let t = 0; t < size; t++) {
    const w = tieStrengths[t]!;
    const gu = groupOf[tieSources[t]!]!;
    const gv = groupOf[tieTargets[t]!]!;
    m += w;
    if (gu === gv) internal[gu]! += w;
    outTotal[gu]! += w;
    inTotal[gv]! += w;
  }
  if (!(m > 0)) return Number.NaN;
  const norm = index.directed ? 1 / (m * m) : 1 / (4 * m * m);
  let q = 0;
  for (let c = 0; c < groups; c++) {
    q += internal[c]! / m - resolution * outTotal[c]! * inTotal[c]! * norm;
  }
  return q;
}
