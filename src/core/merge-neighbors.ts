/**
 * The in ∪ out neighbour merge of a directed index: each node's sorted out-list and in-list
 * merged into one sorted contact list N(i) = in ∪ out (docs/metrics.md), or into the mutual
 * contacts in ∩ out, with the strengths of the two arcs added.
 *
 * The one implementation behind {@link egoContacts} (Burt's measures), {@link undirectedTies}
 * (tie-level measures) and {@link contactCounts}. Both passes walk the two sorted lists of a node
 * side by side, O(n + m) time, no allocation beyond the outputs.
 *
 * @internal
 * @module
 */
import type { CsrIndex } from './csr.js';

/** @internal The arrays of a directed index that the merge reads. */
export type InOutAdjacency = Pick<
  CsrIndex,
  'order' | 'offsets' | 'neighbors' | 'strengths' | 'inOffsets' | 'inNeighbors' | 'inStrengths'
>;

/** @internal Merged adjacency lists: offsets (length order + 1), sorted neighbour ids and their strengths. */
export interface MergedNeighbors {
  offsets: Uint32Array;
  neighbors: Uint32Array;
  strengths: Float64Array;
}

/**
 * @internal
 * Per node v of a directed index: `union[v]` = |out(v) ∪ in(v)| and `both[v]` = |out(v) ∩ in(v)|
 * (the contacts tied both ways). O(n + m).
 */
export function countMergedNeighbors(index: InOutAdjacency): { union: Uint32Array; both: Uint32Array } {
  const n = index.order;
  const { offsets: out, neighbors: outN, inOffsets: inn, inNeighbors: inN } = index;
  const union = new Uint32Array(n);
  const both = new Uint32Array(n);
  for (let v = 0; v < n; v++) {
    let a = out[v]!;
    const aEnd = out[v + 1]!;
    let b = inn[v]!;
    const bEnd = inn[v + 1]!;
    let u = 0;
    let m = 0;
    while (a < aEnd && b < bEnd) {
      const x = outN[a]!;
      const y = inN[b]!;
      u++;
      if (x === y) {
        m++;
        a++;
        b++;
      } else if (x < y) a++;
      else b++;
    }
    union[v] = u + (aEnd - a) + (bEnd - b);
    both[v] = m;
  }
  return { union, both };
}

/**
 * @internal
 * Each node's out- and in-lists of a directed index merged into one sorted list: the union
 * (`mutualOnly` false: x is listed when v→x or x→v exists) or the intersection (`mutualOnly`
 * true: both arcs exist). The strength of a merged slot is a_vx + a_xv, an absent arc counting 0.
 * O(n + m).
 */
export function mergeNeighbors(index: InOutAdjacency, mutualOnly: boolean): MergedNeighbors {
  const n = index.order;
  const { offsets: out, neighbors: outN, strengths: outS, inOffsets: inn, inNeighbors: inN, inStrengths: inS } = index;
  const { union, both } = countMergedNeighbors(index);
  const degree = mutualOnly ? both : union;
  const offsets = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + degree[v]!;
  const slots = offsets[n]!;
  const neighbors = new Uint32Array(slots);
  const strengths = new Float64Array(slots);
  for (let v = 0; v < n; v++) {
    let p = offsets[v]!;
    let a = out[v]!;
    const aEnd = out[v + 1]!;
    let b = inn[v]!;
    const bEnd = inn[v + 1]!;
    while (a < aEnd || b < bEnd) {
      const x = a < aEnd ? outN[a]! : 0xffffffff;
      const y = b < bEnd ? inN[b]! : 0xffffffff;
      if (x === y) {
        neighbors[p] = x;
        strengths[p++] = outS[a++]! + inS[b++]!;
      } else if (x < y) {
        if (!mutualOnly) {
          neighbors[p] = x;
          strengths[p++] = outS[a]!;
        }
        a++;
      } else {
        if (!mutualOnly) {
          neighbors[p] = y;
          strengths[p++] = inS[b]!;
        }
        b++;
      }
    }
  }
  return { offsets, neighbors, strengths };
}
