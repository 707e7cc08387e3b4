/**
 * Strong triadic closure (STC) kernels on {@link UndirectedTies} (Granovetter 1973; Easley &
 * Kleinberg 2010, ch. 3): the forbidden triads of a strong/weak labelling, the number of
 * forbidden triads at every strength threshold at once (for the Granovetter–Freeman
 * classifier), and the tie between two nodes.
 *
 * A forbidden triad (an STC violation) is a node A with two strong ties A–B and A–C whose ends
 * B and C are not tied: an open wedge B–A–C whose two ties are both strong.
 *
 * References
 * [1] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [2] Easley, D., Kleinberg, J. (2010). Networks, Crowds, and Markets, ch. 3. Cambridge University Press.
 * [3] Schank, T., Wagner, D. (2005). Finding, counting and listing all triangles in large graphs. WEA 2005.
 *
 * @internal
 * @module
 */
import type { UndirectedTies } from './undirected-ties.js';
import { forwardLists } from './overlap.js';

/**
 * @internal
 * The tie id between nodes u and v, or −1 when they are not tied (or u = v): a binary search in
 * u's sorted adjacency.
 */
export function tieBetween(ties: UndirectedTies, u: number, v: number): number {
  if (u === v) return -1;
  const { offsets, neighbors } = ties;
  let lo = offsets[u]!;
  let hi = offsets[u + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (neighbors[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets[u + 1]! && neighbors[lo] === v ? ties.slotTies[lo]! : -1;
}

/**
 * @internal
 * Every forbidden triad of the labelling `strong` (1 = strong, per tie id), as flat triples
 * (A, B, C) with B < C, ordered by A, then B, then C: once per node A and unordered pair {B, C}.
 *
 * For each A, its strong neighbours are listed (ascending, as the adjacency is sorted); for each
 * such B, B's neighbours are stamped, and every later strong neighbour C of A without a stamp is
 * a violation. O(Σ_A Σ_{B strong at A} (k_B + s_A)) time, s_A = strong ties of A; O(n) scratch
 * memory plus the output.
 */
export function forbiddenTriads(ties: UndirectedTies, strong: Uint8Array): Uint32Array {
  const { order: n, offsets, neighbors, slotTies } = ties;
  let maxDegree = 0;
  for (let v = 0; v < n; v++) maxDegree = Math.max(maxDegree, offsets[v + 1]! - offsets[v]!);
  const strongNeighbors = new Uint32Array(maxDegree);
  const stamp = new Uint32Array(n);
  let clock = 0;
  let out = new Uint32Array(48);
  let length = 0;
  for (let a = 0; a < n; a++) {
    let s = 0;
    for (let p = offsets[a]!, end = offsets[a + 1]!; p < end; p++) {
      if (strong[slotTies[p]!] === 1) strongNeighbors[s++] = neighbors[p]!;
    }
    if (s < 2) continue;
    for (let i = 0; i < s - 1; i++) {
      const b = strongNeighbors[i]!;
      clock++;
      for (let p = offsets[b]!, end = offsets[b + 1]!; p < end; p++) stamp[neighbors[p]!] = clock;
      for (let j = i + 1; j < s; j++) {
        const c = strongNeighbors[j]!;
        if (stamp[c] === clock) continue;
        if (length + 3 > out.length) {
          const grown = new Uint32Array(out.length * 2);
          grown.set(out);
          out = grown;
        }
        out[length++] = a;
        out[length++] = b;
        out[length++] = c;
      }
    }
  }
  return out.slice(0, length);
}

/**
 * @internal
 * Open wedges by the level of their weaker tie: `open[j]` = number of pairs (A, {B, C}) with
 * A–B and A–C tied, B–C not tied, and min(level(A–B), level(A–C)) = j, where `levels[t]` ∈
 * 0…levelCount−1 ranks tie t's strength. Then the number of forbidden triads when the ties with
 * level ≥ j are strong is Σ_{i ≥ j} open[i], for every j at once.
 *
 * open = all wedges − closed wedges, per level:
 * - all wedges: ties are visited by decreasing level, and a tie at level j closes
 *   cnt[u] + cnt[v] new wedges whose weaker tie is itself (cnt = ties already visited at each end);
 * - closed wedges: each triangle with tie levels x ≤ y ≤ z holds three wedges whose weaker ties
 *   are at x, x and y. Triangles are listed once each with the forward algorithm (ties oriented
 *   from lower to higher (degree, id)).
 *
 * O(m·√m) time worst case, O(n + m) memory. Counts are exact in a Float64Array (< 2^53).
 */
export function openWedgesByLevel(ties: UndirectedTies, levels: Uint32Array, levelCount: number): Float64Array {
  const { order: n, size, tieSources, tieTargets } = ties;
  const open = new Float64Array(levelCount);
  if (size === 0) return open;

  // All wedges: counting sort of the ties by decreasing level.
  const start = new Uint32Array(levelCount + 1);
  for (let t = 0; t < size; t++) start[levelCount - levels[t]!]!++;
  for (let j = 0; j < levelCount; j++) start[j + 1]! += start[j]!;
  const byLevel = new Uint32Array(size);
  for (let t = 0; t < size; t++) byLevel[start[levelCount - 1 - levels[t]!]!++] = t;
  const seen = new Uint32Array(n);
  for (let p = 0; p < size; p++) {
    const t = byLevel[p]!;
    const u = tieSources[t]!;
    const v = tieTargets[t]!;
    open[levels[t]!]! += seen[u]! + seen[v]!;
    seen[u]!++;
    seen[v]!++;
  }

  // Closed wedges: forward triangle listing.
  const { fwdOffsets, fwdNeighbors, fwdTies } = forwardLists(ties);
  const mark = new Uint32Array(n);
  const markTie = new Uint32Array(n);
  for (let u = 0; u < n; u++) {
    const begin = fwdOffsets[u]!;
    const end = fwdOffsets[u + 1]!;
    if (end - begin < 2) continue;
    const stamp = u + 1;
    for (let p = begin; p < end; p++) {
      mark[fwdNeighbors[p]!] = stamp;
      markTie[fwdNeighbors[p]!] = fwdTies[p]!;
    }
    for (let p = begin; p < end; p++) {
      const v = fwdNeighbors[p]!;
      const luv = levels[fwdTies[p]!]!;
      for (let q = fwdOffsets[v]!, qEnd = fwdOffsets[v + 1]!; q < qEnd; q++) {
        const w = fwdNeighbors[q]!;
        if (mark[w] !== stamp) continue;
        // Triangle u, v, w: sort the three tie levels; wedges' weaker ties sit at x, x, y.
        const lvw = levels[fwdTies[q]!]!;
        const luw = levels[markTie[w]!]!;
        const low = Math.min(luv, lvw, luw);
        const middle = luv + lvw + luw - low - Math.max(luv, lvw, luw);
        open[low]! -= 2;
        open[middle]! -= 1;
      }
    }
  }
  return open;
}
