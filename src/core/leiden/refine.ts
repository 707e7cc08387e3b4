/**
 * Leiden's refinement (Traag, Waltman & van Eck 2019, Algorithm A.2 "RefinePartition" and
 * "MergeNodesSubset"): inside every community S of the partition found by local moving, start
 * from singletons and merge nodes into sub-communities, so that each refined community is
 * connected and well connected to S. The next level aggregates the refined partition.
 *
 * Community by community, in random order within each, a node v that is still alone is merged
 * when it is well connected to S,
 *
 *   W(v, S − v) ≥ c · (a_v B_{S−v} + b_v A_{S−v}),
 *
 * into one of the refined communities R ⊆ S of its neighbours that are themselves well connected
 * (W(R, S − R) ≥ c · (A_R B_{S−R} + B_R A_{S−R})) and whose gain Δ(v → R) (as in ./move.ts) is
 * ≥ 0, or stays alone (Δ = 0). The choice is random with Pr(R) ∝ exp(Δ(v → R) / θ) (θ below;
 * the paper's randomness), so that the refinement explores more than a greedy merge would; the
 * move that local moving then makes on the aggregate decides the quality.
 *
 * θ is measured in units of the mean tie strength (θ = 0.01 · mean strength), so that scaling
 * every strength by a constant changes nothing; on an unweighted graph this is the θ = 0.01 of
 * the paper, igraph and leidenalg, which apply it to raw edge weights.
 *
 * @internal
 * @module
 */
import { shuffleInPlace } from '../random.js';
import { groupNodes, type LeidenGraph } from './graph.js';
import type { LeidenWorkspace } from './move.js';

/** The paper's randomness θ, in units of the mean tie strength. */
export const REFINE_RANDOMNESS = 0.01;

/**
 * Terms of the draw below e^−37 < 2^−53 of the largest (Δ_max − Δ > 37 θ) are taken as 0 instead
 * of computed: the sum they are drawn from is at least 1 (the best candidate's e^0), so none of them
 * changes it, and one is drawn with probability below 2^−53. On the M benchmark graph 87 % of the
 * candidates are such terms, and their `Math.exp` was a fifth of the refinement's time.
 */
const NEGLIGIBLE = 37;

/**
 * @internal
 * Leiden's random merge: given the gains Δ ≥ 0 of `count` candidates (`gains`, overwritten with
 * their weights) and their maximum, returns the index of the one drawn with Pr ∝ exp(Δ / θ), or −1
 * for staying alone (Δ = 0), from a uniform `u` in [0, 1). Weights are exp((Δ − Δ_max) / θ), so the
 * best is 1 and nothing overflows.
 */
export function drawCandidate(gains: Float64Array, count: number, maxGain: number, theta: number, u: number): number {
  const floor = -NEGLIGIBLE * theta;
  const alone = -maxGain < floor ? 0 : Math.exp(-maxGain / theta);
  let total = alone;
  let last = -1;
  for (let t = 0; t < count; t++) {
    const d = gains[t]! - maxGain;
    if (d < floor) {
      gains[t] = 0;
      continue;
    }
    const p = Math.exp(d / theta);
    gains[t] = p;
    total += p;
    last = t;
  }
  let x = u * total - alone;
  if (x < 0) return -1;
  for (let t = 0; t < count; t++) {
    x -= gains[t]!;
    if (x < 0) return t;
  }
  // Rounding left x ≥ 0 after the last term: the last candidate with a weight.
  return last;
}

/** @internal Buffers of the refinement, sized for level 0. */
export interface RefineWorkspace {
  /** Out- and in-strength totals of each refined community. */
  refinedOut: Float64Array;
  refinedIn: Float64Array;
  /** W(R, S − R) of each refined community R, inside its community S. */
  external: Float64Array;
  /** Nodes per refined community. */
  refinedCounts: Int32Array;
  /** Candidate communities and their gains while choosing (`candidates`, n + 1 long, is first the scratch of the visit order). */
  candidates: Int32Array;
  gains: Float64Array;
  /** W(v, R) of each candidate R. */
  candidateWeights: Float64Array;
}

/** @internal Buffers for graphs of up to `n` nodes. */
export function createRefineWorkspace(n: number): RefineWorkspace {
  return {
    refinedOut: new Float64Array(n),
    refinedIn: new Float64Array(n),
    external: new Float64Array(n),
    refinedCounts: new Int32Array(n),
    candidates: new Int32Array(n + 1),
    gains: new Float64Array(n),
    candidateWeights: new Float64Array(n),
  };
}

/**
 * @internal
 * Refines `communityOf` (dense ids; its totals still in `work.outTotal` / `work.inTotal`, and each
 * node's W(v, S − v) in `work.inside`, from local moving) into `refinedOf` (written; ids are node
 * ids). Returns the number of merges; `refine.external` then holds W(R, S − R) of every refined
 * community R (at its representative's id), the W(v, own) of the aggregated level's nodes.
 */
export function refinePartition(
  graph: LeidenGraph,
  communityOf: Int32Array,
  refinedOf: Int32Array,
  c: number,
  theta: number,
  rng: () => number,
  work: LeidenWorkspace,
  refine: RefineWorkspace,
): number {
  const { n, offsets, neighbors, weights, outWeight, inWeight } = graph;
  const directed = outWeight !== inWeight;
  const { scatter, touched, queue: order, outTotal } = work;
  const inTotal = directed ? work.inTotal : outTotal;
  const { refinedOut, external, refinedCounts, candidates, gains, candidateWeights } = refine;
  const refinedIn = directed ? refine.refinedIn : refinedOut;

  for (let v = 0; v < n; v++) {
    refinedOf[v] = v;
    refinedCounts[v] = 1;
    refinedOut[v] = outWeight[v]!;
    if (directed) refinedIn[v] = inWeight[v]!;
  }
  // W(v, S − v), as local moving kept it (a pass over every tie less).
  external.set(work.inside.subarray(0, n));
  // Community by community, in random order within each: refinement inside one community never
  // reads another's state, so this draws merges from the same distribution as one random order
  // over all nodes (the partitions of a seed differ, not their law), and the members of a
  // community, numbered consecutively on a large graph (../leiden.ts), are read together.
  groupNodes(communityOf, n, order, candidates);
  for (let start = 0, i = 1; i <= n; i++) {
    if (i === n || communityOf[order[i]!] !== communityOf[order[start]!]) {
      shuffleInPlace(rng, order.subarray(start, i));
      start = i;
    }
  }

  let merges = 0;
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    if (refinedOf[v] !== v || refinedCounts[v] !== 1) continue;
    const s = communityOf[v]!;
    const a = outWeight[v]!;
    const b = inWeight[v]!;
    const sOut = outTotal[s]!;
    const sIn = inTotal[s]!;
    if (external[v]! < c * (a * (sIn - b) + b * (sOut - a))) continue;

    let touchedCount = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const u = neighbors[e]!;
      if (communityOf[u] !== s) continue;
      const r = refinedOf[u]!;
      if (scatter[r]! < 0) {
        scatter[r] = weights[e]!;
        touched[touchedCount++] = r;
      } else scatter[r]! += weights[e]!;
    }
    // Candidates: well-connected refined communities with a gain ≥ 0; staying alone has gain 0.
    let candidateCount = 0;
    let maxGain = 0;
    for (let t = 0; t < touchedCount; t++) {
      const r = touched[t]!;
      const wvr = scatter[r]!;
      scatter[r] = -1;
      const rOut = refinedOut[r]!;
      const rIn = refinedIn[r]!;
      if (external[r]! < c * (rOut * (sIn - rIn) + rIn * (sOut - rOut))) continue;
      const gain = wvr - c * (a * rIn + b * rOut);
      if (gain < 0) continue;
      candidates[candidateCount] = r;
      candidateWeights[candidateCount] = wvr;
      gains[candidateCount++] = gain;
      if (gain > maxGain) maxGain = gain;
    }
    if (candidateCount === 0) continue;
    const pick = drawCandidate(gains, candidateCount, maxGain, theta, rng());
    if (pick < 0) continue;
    const chosen = candidates[pick]!;
    const wvr = candidateWeights[pick]!;
    // v joins `chosen`: W(R ∪ v, S − R − v) = W(R, S − R) + W(v, S − v) − 2 W(v, R).
    refinedOf[v] = chosen;
    refinedCounts[v] = 0;
    refinedCounts[chosen]!++;
    refinedOut[chosen]! += a;
    if (directed) refinedIn[chosen]! += b;
    external[chosen] = external[chosen]! + external[v]! - 2 * wvr;
    merges++;
  }
  return merges;
}
