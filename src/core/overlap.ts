/**
 * Common neighbours of every tie (embeddedness n_ij = |N(i) ∩ N(j)|, the number of triangles on
 * the tie) and Onnela's neighbourhood overlap built on it (docs/metrics.md):
 *
 *   O_ij = n_ij / ((k_i − 1) + (k_j − 1) − n_ij)      NaN when the denominator is 0
 *
 * Both run on {@link UndirectedTies} (an undirected index, or a directed index's projection).
 *
 * Algorithm: the "forward" triangle listing of Schank & Wagner (2005) / Latapy (2008). Ties are
 * oriented from the lower-ranked to the higher-ranked endpoint (rank = degree, then id), so every
 * node keeps at most O(√m) forward neighbours; for each node u its forward neighbours are marked,
 * and each forward neighbour v's forward list is scanned for marks. Each triangle is found once,
 * at its lowest-ranked node, and credited to its three ties. O(m·√m) time in the worst case (far
 * less on heavy-tailed graphs), O(n + m) memory, no allocation after set-up.
 *
 * References
 * [1] Onnela, J.-P. et al. (2007). Structure and tie strengths in mobile communication networks. PNAS 104(18):7332–7336.
 * [2] Schank, T., Wagner, D. (2005). Finding, counting and listing all triangles in large graphs. WEA 2005, LNCS 3503.
 * [3] Latapy, M. (2008). Main-memory triangle computations for very large (sparse (power-law)) graphs. TCS 407:458–473.
 *
 * @internal
 * @module
 */
import type { UndirectedTies } from './undirected-ties.js';

/**
 * @internal
 * Degree-ordered forward lists for triangle listing: for each node u, its neighbours ranked above
 * u (higher degree, ties broken by id) with the tie id of each, so every triangle is found once,
 * from its lowest-ranked node, in O(m^1.5).
 */
export function forwardLists(ties: UndirectedTies): { fwdOffsets: Uint32Array; fwdNeighbors: Uint32Array; fwdTies: Uint32Array } {
  const { order: n, size, offsets, neighbors, slotTies } = ties;
  const fwdOffsets = new Uint32Array(n + 1);
  for (let u = 0; u < n; u++) {
    const du = offsets[u + 1]! - offsets[u]!;
    let count = 0;
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      const v = neighbors[p]!;
      const dv = offsets[v + 1]! - offsets[v]!;
      if (dv > du || (dv === du && v > u)) count++;
    }
    fwdOffsets[u + 1] = fwdOffsets[u]! + count;
  }
  const fwdNeighbors = new Uint32Array(size);
  const fwdTies = new Uint32Array(size);
  for (let u = 0; u < n; u++) {
    const du = offsets[u + 1]! - offsets[u]!;
    let q = fwdOffsets[u]!;
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      const v = neighbors[p]!;
      const dv = offsets[v + 1]! - offsets[v]!;
      if (dv > du || (dv === du && v > u)) {
        fwdNeighbors[q] = v;
        fwdTies[q++] = slotTies[p]!;
      }
    }
  }

  return { fwdOffsets, fwdNeighbors, fwdTies };
}

/**
 * @internal
 * Number of common neighbours n_ij of every tie, indexed by tie id (`ties.tieSources[t]`,
 * `ties.tieTargets[t]`).
 */
export function commonNeighborCounts(ties: UndirectedTies): Uint32Array {
  const { order: n, size } = ties;
  const common = new Uint32Array(size);
  if (size === 0) return common;

  const { fwdOffsets, fwdNeighbors, fwdTies } = forwardLists(ties);

  // mark[w] = u + 1 while u is processed; markTie[w] = the tie u–w.
  const mark = new Uint32Array(n);
  const markTie = new Uint32Array(n);
  for (let u = 0; u < n; u++) {
    const start = fwdOffsets[u]!;
    const end = fwdOffsets[u + 1]!;
    if (end - start < 2) continue;
    const stamp = u + 1;
    for (let p = start; p < end; p++) {
      const w = fwdNeighbors[p]!;
      mark[w] = stamp;
      markTie[w] = fwdTies[p]!;
    }
    for (let p = start; p < end; p++) {
      const v = fwdNeighbors[p]!;
      const tuv = fwdTies[p]!;
      for (let q = fwdOffsets[v]!, qEnd = fwdOffsets[v + 1]!; q < qEnd; q++) {
        const w = fwdNeighbors[q]!;
        if (mark[w] === stamp) {
          common[tuv]!++;
          common[fwdTies[q]!]!++;
          common[markTie[w]!]!++;
        }
      }
    }
  }
  return common;
}

/**
 * @internal
 * Onnela's neighbourhood overlap of every tie from its common-neighbour count:
 * O_ij = n_ij / ((k_i − 1) + (k_j − 1) − n_ij), `NaN` when the denominator is 0 (an isolated dyad).
 */
export function overlapFromCommon(ties: UndirectedTies, common: Uint32Array): Float64Array {
  const { size, offsets, tieSources, tieTargets } = ties;
  const overlap = new Float64Array(size);
  for (let t = 0; t < size; t++) {
    const i = tieSources[t]!;
    const j = tieTargets[t]!;
    const ki = offsets[i + 1]! - offsets[i]!;
    const kj = offsets[j + 1]! - offsets[j]!;
    const c = common[t]!;
    const denominator = ki - 1 + (kj - 1) - c;
    overlap[t] = denominator === 0 ? Number.NaN : c / denominator;
  }
  return overlap;
}
