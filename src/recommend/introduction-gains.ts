/**
 * Kernels of recommendIntroductions: candidates at distance 2…maxHops with the warmest
 * shortest introduction chain, and the change of Burt's constraint and of 2-step reach at both
 * endpoints when a tie person–candidate is added. Typed arrays only; no keys, no graphology.
 *
 * @internal
 * @module
 */
import type { CsrIndex } from '../core/csr.js';
import type { EgoContacts } from '../core/ego.js';

/** @internal Candidates of one person, in id order. */
export interface IntroductionCandidates {
  /** Candidate ids (distance 2…maxHops along arcs, not a contact in either direction). */
  ids: Uint32Array;
  /** Hop distance of each candidate. */
  distance: Uint32Array;
  /** The person's contact who starts the warmest shortest chain to each candidate. */
  through: Uint32Array;
  /** Π p along that chain. */
  probability: Float64Array;
}

/**
 * @internal
 * Breadth-first search from `person` along out-arcs up to `maxHops` hops, and over the
 * shortest-path DAG the warmest chain to each node: best[v] = max over u with d(u) = d(v) − 1 of
 * best[u]·p(u → v), ties to the smaller first hop. Candidates: d ∈ [2, maxHops] and not a
 * contact (`contacts` = egoContacts(index), in ∪ out). O(n + m) for the search's reach.
 */
export function introductionCandidates(
  index: CsrIndex,
  contacts: EgoContacts,
  p: Float64Array,
  person: number,
  maxHops: number,
): IntroductionCandidates {
  const n = index.order;
  const { offsets, neighbors } = index;
  const dist = new Int32Array(n).fill(-1);
  const best = new Float64Array(n).fill(-1);
  const first = new Int32Array(n).fill(-1);
  const queue = new Uint32Array(n);
  dist[person] = 0;
  best[person] = 1;
  queue[0] = person;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const u = queue[head++]!;
    const du = dist[u]!;
    if (du >= maxHops) continue;
    const bu = best[u]!;
    for (let slot = offsets[u]!, end = offsets[u + 1]!; slot < end; slot++) {
      const v = neighbors[slot]!;
      if (dist[v] === -1) {
        dist[v] = du + 1;
        queue[tail++] = v;
      }
      if (dist[v] !== du + 1) continue;
      const via = du === 0 ? v : first[u]!;
      const b = bu * p[slot]!;
      if (b > best[v]! || (b === best[v]! && via < first[v]!)) {
        best[v] = b;
        first[v] = via;
      }
    }
  }
  const isContact = new Uint8Array(n);
  for (let s = contacts.offsets[person]!, end = contacts.offsets[person + 1]!; s < end; s++) isContact[contacts.neighbors[s]!] = 1;
  let count = 0;
  for (let v = 0; v < n; v++) if (dist[v]! >= 2 && isContact[v] === 0) count++;
  const ids = new Uint32Array(count);
  const distance = new Uint32Array(count);
  const through = new Uint32Array(count);
  const probability = new Float64Array(count);
  let c = 0;
  for (let v = 0; v < n; v++) {
    if (dist[v]! < 2 || isContact[v] === 1) continue;
    ids[c] = v;
    distance[c] = dist[v]!;
    through[c] = first[v]!;
    probability[c] = best[v]!;
    c++;
  }
  return { ids, distance, through, probability };
}

/** @internal Buffers of {@link constraintWithTie}, allocated once per call. */
export interface ConstraintScratch {
  position: Int32Array;
  share: Float64Array;
  indirect: Float64Array;
  ids: Uint32Array;
}

/** @internal Scratch for {@link constraintWithTie}. */
export function constraintScratch(contacts: EgoContacts): ConstraintScratch {
  const k = contacts.maxDegree + 1;
  return {
    position: new Int32Array(contacts.order),
    share: new Float64Array(k),
    indirect: new Float64Array(k),
    ids: new Uint32Array(k),
  };
}

/**
 * @internal
 * Burt's aggregate constraint of node `i` (model 'whole', the formulas of src/core/ego.ts) in the
 * graph plus a tie i–`other` of mutual strength `added` (`other` = −1: the graph as it is):
 *
 *   C_i = Σ_{j ∈ N'(i)} (p_ij + Σ_{q ∈ N'(i), q ≠ j} p_iq p_qj)²,   p_xy = w_xy / S'_x
 *
 * where N'(i) = N(i) ∪ {other}, S'_i = S_i + added, S'_other = S_other + added, and every other
 * total is unchanged (the new tie touches only its two ends). `NaN` if i has no contact.
 * O(Σ_{q ∈ N'(i)} deg(q)).
 */
export function constraintWithTie(c: EgoContacts, i: number, other: number, added: number, s: ConstraintScratch): number {
  const { offsets, neighbors, strengths, totals } = c;
  const { position, share, indirect, ids } = s;
  const start = offsets[i]!;
  const k = offsets[i + 1]! - start;
  const K = other >= 0 ? k + 1 : k;
  if (K === 0) return Number.NaN;
  const total = totals[i]! + (other >= 0 ? added : 0);
  for (let a = 0; a < k; a++) {
    const q = neighbors[start + a]!;
    position[q] = a + 1;
    ids[a] = q;
    share[a] = strengths[start + a]! / total;
    indirect[a] = 0;
  }
  if (other >= 0) {
    position[other] = k + 1;
    ids[k] = other;
    share[k] = added / total;
    indirect[k] = 0;
  }
  for (let a = 0; a < K; a++) {
    const q = ids[a]!;
    const scale = share[a]! / (totals[q]! + (q === other ? added : 0));
    for (let y = offsets[q]!, end = offsets[q + 1]!; y < end; y++) {
      const b = position[neighbors[y]!]!;
      if (b !== 0) indirect[b - 1]! += scale * strengths[y]!;
    }
  }
  let sum = 0;
  let comp = 0;
  for (let a = 0; a < K; a++) {
    position[ids[a]!] = 0;
    const x = share[a]! + indirect[a]!;
    const y = x * x;
    const t = sum + y;
    comp += sum >= y ? sum - t + y : y - t + sum;
    sum = t;
  }
  return sum + comp;
}

/** @internal Buffers of {@link reachTwo} (a stamp per node). */
export interface ReachScratch {
  stamp: Uint32Array;
  generation: number;
}

/** @internal Scratch for {@link reachTwo} and {@link reachGain}. */
export function reachScratch(n: number): ReachScratch {
  return { stamp: new Uint32Array(n), generation: 0 };
}

/**
 * @internal
 * Number of people within two steps of `v` along out-arcs (v excluded), leaving them marked
 * with a fresh generation in `s.stamp` (v included) for {@link reachGain}.
 */
export function reachTwo(index: CsrIndex, v: number, s: ReachScratch): number {
  const { offsets, neighbors } = index;
  const stamp = s.stamp;
  const g = ++s.generation;
  stamp[v] = g;
  let count = 0;
  for (let a = offsets[v]!, aEnd = offsets[v + 1]!; a < aEnd; a++) {
    const x = neighbors[a]!;
    if (stamp[x] !== g) {
      stamp[x] = g;
      count++;
    }
  }
  for (let a = offsets[v]!, aEnd = offsets[v + 1]!; a < aEnd; a++) {
    const x = neighbors[a]!;
    for (let b = offsets[x]!, bEnd = offsets[x + 1]!; b < bEnd; b++) {
      const y = neighbors[b]!;
      if (stamp[y] !== g) {
        stamp[y] = g;
        count++;
      }
    }
  }
  return count;
}

/**
 * @internal
 * Gain of 2-step reach of v (marked by the last {@link reachTwo}) when the tie v → w is added:
 * the new paths of ≤ 2 steps are v → w and v → w → y, so the gain is |({w} ∪ N⁺(w)) \ marked|.
 */
export function reachGain(index: CsrIndex, w: number, s: ReachScratch): number {
  const { offsets, neighbors } = index;
  const stamp = s.stamp;
  const g = s.generation;
  let gain = stamp[w] === g ? 0 : 1;
  for (let a = offsets[w]!, end = offsets[w + 1]!; a < end; a++) if (stamp[neighbors[a]!] !== g) gain++;
  return gain;
}
