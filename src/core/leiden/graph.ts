/**
 * The weighted graphs Leiden works on, one per level: level 0 read from the {@link CsrIndex}, the
 * next levels built by aggregating a partition (each community becomes one node).
 *
 * Every level is symmetric: node v's neighbours are `neighbors[offsets[v] … offsets[v+1])` with
 * the weight of the tie in `weights`, each tie listed at both ends, no self-loops (the weight
 * inside an aggregated node changes no move's gain, and the modularity reported is recomputed on
 * the index). A directed index becomes the symmetric weights w_uv + w_vu with the out- and
 * in-strengths kept apart, which is all that directed modularity needs (see ../leiden.ts).
 *
 * @internal
 * @module
 */
import type { CsrIndex } from '../csr.js';

/** @internal One level of the Leiden hierarchy. */
export interface LeidenGraph {
  /** Number of nodes. */
  n: number;
  /** Adjacency offsets, length n + 1. */
  offsets: Uint32Array;
  /** Neighbour ids (never the node itself). */
  neighbors: Uint32Array;
  /** Symmetric tie weights, aligned with `neighbors`. */
  weights: Float64Array;
  /** Out-strength of each node (undirected: its strength). */
  outWeight: Float64Array;
  /** In-strength of each node (undirected: the same array as `outWeight`). */
  inWeight: Float64Array;
  /**
   * Sum of the weights in each node's list (level 0 undirected: the same array as `outWeight`;
   * directed: out- plus in-strength; an aggregated node: its members' ties to other nodes only).
   */
  rowWeight: Float64Array;
}

/**
 * @internal
 * Level 0: the index's own arrays when it is undirected (nothing copied), else the merged out-
 * and in-lists of every node (both sorted by id) with w_uv + w_vu on a reciprocated pair.
 */
export function baseGraph(index: CsrIndex): LeidenGraph {
  const n = index.order;
  if (!index.directed) {
    const { offsets, neighbors, strengths } = index;
    const strength = new Float64Array(n);
    for (let v = 0; v < n; v++) {
      let s = 0;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) s += strengths[e]!;
      strength[v] = s;
    }
    return { n, offsets, neighbors, weights: strengths, outWeight: strength, inWeight: strength, rowWeight: strength };
  }
  const { offsets, neighbors, strengths, inOffsets, inNeighbors, inStrengths } = index;
  const outWeight = new Float64Array(n);
  const inWeight = new Float64Array(n);
  const merged = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) {
    let i = offsets[v]!;
    let j = inOffsets[v]!;
    const iEnd = offsets[v + 1]!;
    const jEnd = inOffsets[v + 1]!;
    let count = 0;
    while (i < iEnd || j < jEnd) {
      if (j >= jEnd || (i < iEnd && neighbors[i]! < inNeighbors[j]!)) i++;
      else if (i >= iEnd || inNeighbors[j]! < neighbors[i]!) j++;
      else {
        i++;
        j++;
      }
      count++;
    }
    merged[v + 1] = merged[v]! + count;
  }
  const total = merged[n]!;
  const rowWeight = new Float64Array(n);
  const out = new Uint32Array(total);
  const weights = new Float64Array(total);
  for (let v = 0; v < n; v++) {
    let i = offsets[v]!;
    let j = inOffsets[v]!;
    const iEnd = offsets[v + 1]!;
    const jEnd = inOffsets[v + 1]!;
    let k = merged[v]!;
    let so = 0;
    let si = 0;
    while (i < iEnd || j < jEnd) {
      if (j >= jEnd || (i < iEnd && neighbors[i]! < inNeighbors[j]!)) {
        out[k] = neighbors[i]!;
        weights[k] = strengths[i]!;
        so += strengths[i++]!;
      } else if (i >= iEnd || inNeighbors[j]! < neighbors[i]!) {
        out[k] = inNeighbors[j]!;
        weights[k] = inStrengths[j]!;
        si += inStrengths[j++]!;
      } else {
        out[k] = neighbors[i]!;
        weights[k] = strengths[i]! + inStrengths[j]!;
        so += strengths[i++]!;
        si += inStrengths[j++]!;
      }
      k++;
    }
    outWeight[v] = so;
    inWeight[v] = si;
    rowWeight[v] = so + si; // each merged weight is an out- plus an in-weight
  }
  return { n, offsets: merged, neighbors: out, weights, outWeight, inWeight, rowWeight };
}

/** @internal Arrays an aggregated level's ties can be written into. */
export interface TieBuffer {
  neighbors: Uint32Array;
  weights: Float64Array;
}

/**
 * @internal
 * Two {@link TieBuffer}s that the levels of a run alternate between: a level is aggregated into
 * the buffer its input does not live in. The first is as long as level 0's ties (every level has
 * at most as many), the second as long as the first aggregated level's, allocated when first used.
 */
export class AggregateBuffers {
  private first: TieBuffer | null = null;
  private second: TieBuffer | null = null;

  /** The buffer to aggregate `graph` into. */
  for(graph: LeidenGraph): TieBuffer {
    const size = graph.offsets[graph.n]!;
    if (this.first === null) this.first = { neighbors: new Uint32Array(size), weights: new Float64Array(size) };
    if (graph.neighbors.buffer !== this.first.neighbors.buffer) return this.first;
    this.second ??= { neighbors: new Uint32Array(size), weights: new Float64Array(size) };
    return this.second;
  }
}

/**
 * @internal
 * The graph whose nodes are the `count` groups of `groupOf` (dense ids 0…count−1): a group's
 * strengths are the sums of its members', and two groups are tied by the total weight of the ties
 * between their members. Ties inside a group are dropped. O(n + nnz) time.
 *
 * The ties are written into `into` (views of it are returned) when it holds at least the nnz of
 * `graph`, else into new arrays trimmed to size. The levels of a run alternate between two such
 * buffers (see {@link AggregateBuffers}), so that each level writes to memory already mapped
 * instead of a fresh allocation: on the L graph the page faults of fresh arrays were about a
 * quarter of aggregation.
 */
export function aggregateGraph(graph: LeidenGraph, groupOf: Int32Array, count: number, into: TieBuffer | null = null): LeidenGraph {
  const { n, offsets, neighbors, weights } = graph;
  const directed = graph.outWeight !== graph.inWeight;
  // Members of each group, contiguous (counting sort by group).
  const memberStart = new Uint32Array(count + 1);
  for (let v = 0; v < n; v++) memberStart[groupOf[v]! + 1]!++;
  for (let g = 0; g < count; g++) memberStart[g + 1]! += memberStart[g]!;
  const members = new Uint32Array(n);
  const fill = memberStart.slice(0, count);
  for (let v = 0; v < n; v++) members[fill[groupOf[v]!]!++] = v;

  const outWeight = new Float64Array(count);
  const inWeight = directed ? new Float64Array(count) : outWeight;
  for (let v = 0; v < n; v++) outWeight[groupOf[v]!]! += graph.outWeight[v]!;
  if (directed) for (let v = 0; v < n; v++) inWeight[groupOf[v]!]! += graph.inWeight[v]!;

  // At most as many entries as the level below; trimmed once filled.
  const newOffsets = new Uint32Array(count + 1);
  const reuse = into !== null && into.neighbors.length >= offsets[n]!;
  let newNeighbors = reuse ? into.neighbors : new Uint32Array(offsets[n]!);
  let newWeights = reuse ? into.weights : new Float64Array(offsets[n]!);
  const scatter = new Float64Array(count).fill(-1);
  const touched = new Int32Array(count);
  const rowWeight = new Float64Array(count);
  let k = 0;
  for (let g = 0; g < count; g++) {
    let touchedCount = 0;
    for (let p = memberStart[g]!; p < memberStart[g + 1]!; p++) {
      const v = members[p]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const h = groupOf[neighbors[e]!]!;
        if (h === g) continue;
        const w = weights[e]!;
        if (scatter[h]! < 0) {
          scatter[h] = w;
          touched[touchedCount++] = h;
        } else scatter[h]! += w;
      }
    }
    let row = 0;
    for (let i = 0; i < touchedCount; i++) {
      const h = touched[i]!;
      const w = scatter[h]!;
      newNeighbors[k] = h;
      newWeights[k++] = w;
      row += w;
      scatter[h] = -1;
    }
    rowWeight[g] = row;
    newOffsets[g + 1] = k;
  }
  if (reuse) {
    newNeighbors = newNeighbors.subarray(0, k);
    newWeights = newWeights.subarray(0, k);
  } else if (k < newNeighbors.length) {
    newNeighbors = newNeighbors.slice(0, k);
    newWeights = newWeights.slice(0, k);
  }
  return { n: count, offsets: newOffsets, neighbors: newNeighbors, weights: newWeights, outWeight, inWeight, rowWeight };
}

/**
 * @internal
 * The order of the nodes by community (`communityOf`, ids in [0, n)), by id within one: `order[i]`
 * is the node that gets id i, `newOf[v]` the new id of node v. O(n).
 */
export function orderByCommunity(communityOf: Int32Array, n: number): { order: Int32Array; newOf: Int32Array } {
  const order = new Int32Array(n);
  groupNodes(communityOf, n, order, new Int32Array(n + 1));
  const newOf = new Int32Array(n);
  for (let i = 0; i < n; i++) newOf[order[i]!] = i;
  return { order, newOf };
}

/**
 * @internal
 * The nodes 0…n−1 grouped by community (`communityOf`, ids in [0, n)) into `order`, by id within
 * one (a counting sort), with `starts` (length ≥ n + 1) as scratch. O(n).
 */
export function groupNodes(communityOf: Int32Array, n: number, order: Int32Array, starts: Int32Array): void {
  starts.fill(0, 0, n + 1);
  for (let v = 0; v < n; v++) starts[communityOf[v]! + 1]!++;
  for (let k = 0; k < n; k++) starts[k + 1]! += starts[k]!;
  for (let v = 0; v < n; v++) order[starts[communityOf[v]!]!++] = v;
}

/**
 * @internal
 * The same graph with node `order[i]` renamed i (`newOf` the inverse): on a large graph, numbering
 * the members of a community consecutively keeps the community and scatter arrays that every pass
 * reads at random in the cache. The weights go to `weightsInto` (nnz long) when given. O(n + nnz).
 */
export function permuteGraph(
  graph: LeidenGraph,
  order: Int32Array,
  newOf: Int32Array,
  weightsInto: Float64Array = new Float64Array(graph.offsets[graph.n]!),
): LeidenGraph {
  const { n, offsets, neighbors, weights } = graph;
  const directed = graph.outWeight !== graph.inWeight;
  const newOffsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    newOffsets[i + 1] = newOffsets[i]! + offsets[v + 1]! - offsets[v]!;
  }
  const newNeighbors = new Uint32Array(offsets[n]!);
  const newWeights = weightsInto;
  const outWeight = new Float64Array(n);
  const inWeight = directed ? new Float64Array(n) : outWeight;
  const ownRows = graph.rowWeight !== graph.outWeight;
  const rowWeight = ownRows ? new Float64Array(n) : outWeight;
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    let k = newOffsets[i]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      newNeighbors[k] = newOf[neighbors[e]!]!;
      newWeights[k++] = weights[e]!;
    }
    outWeight[i] = graph.outWeight[v]!;
    if (directed) inWeight[i] = graph.inWeight[v]!;
    if (ownRows) rowWeight[i] = graph.rowWeight[v]!;
  }
  return { n, offsets: newOffsets, neighbors: newNeighbors, weights: newWeights, outWeight, inWeight, rowWeight };
}
