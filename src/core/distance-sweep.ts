/**
 * One shortest-path search from every node, for the metrics that only need each source's
 * distances (closeness, harmonic closeness): nodes are relabelled in BFS order for memory
 * locality, one BFS (common distance) or Dijkstra runs per source along `direction`, and a
 * per-source reduction turns the reached distances into the source's value.
 *
 * @internal
 * @module
 */
import { bfsDistances, bfsOrder, createSearchWorkspace, relabelAdjacency, resetSearch } from './bfs.js';
import type { CsrIndex } from './csr.js';
import { dijkstraDistances } from './dijkstra.js';
import type { PathDistances } from './distances.js';

/**
 * @internal
 * The distances one search reached, in search order, excluding the source. With `hops` set, the
 * distance of `order[i]` is `hops[order[i]] · unit`; otherwise `dist[order[i]]`.
 */
export interface ReachedDistances {
  /** Nodes in search order; `order[0]` is the source. */
  order: Uint32Array;
  /** Number of nodes reached, the source included. */
  count: number;
  /** Hop counts (common-distance searches), or `null` for Dijkstra. */
  hops: Int32Array | null;
  /** Distances (Dijkstra). */
  dist: Float64Array;
  /** The common distance of every tie (BFS), or 1. */
  unit: number;
}

/**
 * @internal
 * Runs one search from every node and stores `reduce(reached)` for it (indexed by index id).
 */
export function sweepDistances(
  index: CsrIndex,
  distances: PathDistances,
  direction: 'out' | 'in',
  reduce: (reached: ReachedDistances) => number,
): Float64Array {
  const n = index.order;
  const out = new Float64Array(n);
  const incoming = direction === 'in' && index.directed;
  // Relabel in BFS order for memory locality (see brandesSums); results go back to index ids.
  const oldOf = bfsOrder(n, index.offsets, index.neighbors, index.inOffsets, index.inNeighbors);
  const { offsets, neighbors, slotDist } = incoming
    ? relabelAdjacency(oldOf, index.inOffsets, index.inNeighbors, index.inSlotTies, distances.inSlots)
    : relabelAdjacency(oldOf, index.offsets, index.neighbors, index.slotTies, distances.slots);
  const ws = createSearchWorkspace(n, { weighted: slotDist !== null, paths: false });
  const reached: ReachedDistances = { order: ws.order, count: 0, hops: slotDist === null ? ws.hops : null, dist: ws.dist, unit: distances.unit };
  for (let u = 0; u < n; u++) {
    if (slotDist === null) bfsDistances(offsets, neighbors, u, ws);
    else dijkstraDistances(offsets, neighbors, slotDist, u, ws);
    reached.count = ws.count;
    out[oldOf[u]!] = reduce(reached);
    resetSearch(ws);
  }
  return out;
}
