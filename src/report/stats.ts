/**
 * Small statistics for the report's sentences: quantiles, per-group E-I permutation test.
 *
 * @internal
 * @module
 */
import { createRng, shuffleInPlace } from '../core/random.js';
/** @internal The ties a permutation test counts (an index's arcs or ties, or undirected ties). */
export interface TieList {
  size: number;
  tieSources: Uint32Array;
  tieTargets: Uint32Array;
}

/** @internal Quartiles of finite values. */
export function quartiles(values: Iterable<number>): { min: number; q1: number; median: number; q3: number; max: number; count: number } {
  const xs = Float64Array.from([...values].filter((v) => Number.isFinite(v))).sort();
  const q = (p: number) => {
    if (xs.length === 0) return NaN;
    const h = (xs.length - 1) * p;
    const lo = Math.floor(h);
    return xs[lo]! + (h - lo) * ((xs[Math.min(lo + 1, xs.length - 1)] ?? xs[lo]!) - xs[lo]!);
  };
  return { min: xs[0] ?? NaN, q1: q(0.25), median: q(0.5), q3: q(0.75), max: xs[xs.length - 1] ?? NaN, count: xs.length };
}

/** @internal Per-group tie counts and their permutation test. */
export interface GroupPermutation {
  /** Ties with both ends in the group. */
  internal: Float64Array;
  /** Ties with exactly one end in the group. */
  external: Float64Array;
  /** Mean share of a group's ties inside it over the relabellings. */
  expectedShare: Float64Array;
  /** Mean E-I over the relabellings. */
  expectedEi: Float64Array;
  /** One-sided p-value: share inside at least as high as observed, (1 + hits) / (1 + permutations). */
  p: Float64Array;
}

function counts(ties: TieList, groupOf: Int32Array, k: number, internal: Float64Array, external: Float64Array): void {
  internal.fill(0);
  external.fill(0);
  const { tieSources: s, tieTargets: t } = ties;
  for (let e = 0; e < ties.size; e++) {
    const a = groupOf[s[e]!]!;
    const b = groupOf[t[e]!]!;
    if (a === b) {
      if (a >= 0) internal[a]!++;
    } else {
      if (a >= 0) external[a]!++;
      if (b >= 0) external[b]!++;
    }
  }
  void k;
}

/**
 * @internal
 * Relabels people at random (group sizes kept) `permutations` times and compares each group's
 * share of ties inside with the observed one. O(permutations · (n + m)).
 */
export function groupPermutationTest(ties: TieList, groupOf: Int32Array, k: number, permutations: number, seed: number): GroupPermutation {
  const internal = new Float64Array(k);
  const external = new Float64Array(k);
  counts(ties, groupOf, k, internal, external);
  const share = (i: number, e: number) => (i + e > 0 ? i / (i + e) : NaN);
  const observed = Float64Array.from({ length: k }, (_, g) => share(internal[g]!, external[g]!));
  const hits = new Float64Array(k);
  const sumShare = new Float64Array(k);
  const sumEi = new Float64Array(k);
  const used = new Float64Array(k);
  const shuffled = Int32Array.from(groupOf);
  const pi = new Float64Array(k);
  const pe = new Float64Array(k);
  const rng = createRng(seed);
  for (let r = 0; r < permutations; r++) {
    shuffleInPlace(rng, shuffled);
    counts(ties, shuffled, k, pi, pe);
    for (let g = 0; g < k; g++) {
      const tot = pi[g]! + pe[g]!;
      if (tot === 0) continue;
      const sh = pi[g]! / tot;
      used[g]!++;
      sumShare[g]! += sh;
      sumEi[g]! += (pe[g]! - pi[g]!) / tot;
      if (sh >= observed[g]! - 1e-12) hits[g]!++;
    }
  }
  const expectedShare = new Float64Array(k);
  const expectedEi = new Float64Array(k);
  const p = new Float64Array(k);
  for (let g = 0; g < k; g++) {
    expectedShare[g] = used[g]! > 0 ? sumShare[g]! / used[g]! : NaN;
    expectedEi[g] = used[g]! > 0 ? sumEi[g]! / used[g]! : NaN;
    p[g] = permutations > 0 && Number.isFinite(observed[g]!) ? (1 + hits[g]!) / (1 + permutations) : NaN;
  }
  return { internal, external, expectedShare, expectedEi, p };
}
