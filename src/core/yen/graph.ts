/**
 * The graph a Yen search runs on ({@link YenGraph}) and its arc lookups: in-slot → out-slot
 * maps for the backward searches, and the out-slot of an arc. See core/yen.ts for the algorithm.
 *
 * @internal
 * @module
 */

/** @internal The graph a Yen search runs on. Slots are out-adjacency slots. */
export interface YenGraph {
  /** Number of nodes. */
  order: number;
  /** Out-adjacency offsets. */
  offsets: Uint32Array;
  /** Out-neighbour ids. */
  neighbors: Uint32Array;
  /** In-adjacency offsets (the same arrays as the out-adjacency for undirected graphs). */
  inOffsets: Uint32Array;
  /** In-neighbour ids. */
  inNeighbors: Uint32Array;
  /** Cost of each out-slot (≥ 0; `Infinity` = unusable). */
  cost: Float64Array;
  /** Width of each out-slot (> 0; 0 = unusable). Read by the bottleneck order only. */
  width: Float64Array;
  /**
   * Cost of the arc behind each in-slot (in-neighbour → node), read by the searches backwards
   * from the target: `cost` gathered through {@link inSlotToOutSlot}, or `cost` itself when the
   * graph is undirected and every tie costs the same both ways.
   */
  inCost: Float64Array;
  /** Width of the arc behind each in-slot, as {@link YenGraph.inCost}. */
  inWidth: Float64Array;
}

/**
 * @internal
 * For each in-slot (x ← v), the out-slot of the arc v → x. O(n + m).
 */
export function inSlotToOutSlot(
  order: number,
  offsets: Uint32Array,
  neighbors: Uint32Array,
  inOffsets: Uint32Array,
): Uint32Array {
  const out = new Uint32Array(neighbors.length);
  const cursor = inOffsets.slice(0, order);
  // In-lists are sorted by source id; visiting sources in increasing id fills them in order.
  for (let v = 0; v < order; v++) {
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) out[cursor[neighbors[p]!]!++] = p;
  }
  return out;
}

/**
 * @internal
 * `values` (one per out-slot) rearranged per in-slot through `inToOut`
 * ({@link inSlotToOutSlot}): out[q] = values[inToOut[q]], the value of the arc behind in-slot q.
 * For {@link YenGraph.inCost} and {@link YenGraph.inWidth}. O(m).
 */
export function inSlotValues(inToOut: Uint32Array, values: Float64Array): Float64Array {
  const out = new Float64Array(inToOut.length);
  for (let q = 0; q < inToOut.length; q++) out[q] = values[inToOut[q]!]!;
  return out;
}

/** @internal The out-slot of the arc u → x (binary search in u's sorted out-list), or −1. */
export function outSlotOf(g: YenGraph, u: number, x: number): number {
  let lo = g.offsets[u]!;
  let hi = g.offsets[u + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const y = g.neighbors[mid]!;
    if (y === x) return mid;
    if (y < x) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}
