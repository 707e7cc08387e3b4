/**
 * Breadth-first searches on a CSR adjacency, with buffers allocated once per call and reset per
 * source (only the entries a search touched are reset, so a search costs O(visited), not O(n)).
 *
 * - {@link bfsCount}: hop distances, shortest-path counts σ and the predecessor lists of the
 *   shortest-path DAG, for Brandes' accumulation (src/core/brandes.ts).
 * - {@link bfsDistances}: hop distances only (closeness, harmonic).
 *
 * The adjacency is passed as plain arrays, so the same code searches along out-arcs
 * (`offsets`/`neighbors`) or in-arcs (`inOffsets`/`inNeighbors`).
 *
 * @internal
 * @module
 */

/**
 * @internal
 * Buffers of a single-source search, shared by the BFS and Dijkstra kernels. After a search,
 * `order[0 … count)` lists the reached nodes in non-decreasing distance (the source first).
 * Buffers a kind of search does not use have length 0.
 */
export interface SearchWorkspace {
  /** Number of nodes. */
  readonly n: number;
  /** Reached nodes in the order they were settled (BFS: also the queue). */
  readonly order: Uint32Array;
  /** Number of reached nodes, source included. */
  count: number;
  /** Hop distance from the source, −1 when not reached (BFS). */
  readonly hops: Int32Array;
  /** Distance from the source, `Infinity` when not reached (Dijkstra). */
  readonly dist: Float64Array;
  /** Number of shortest paths from the source (path-counting searches). */
  readonly sigma: Float64Array;
  /** Brandes' accumulator: δ_s(v) (Dijkstra) or (1 + δ_s(v)) / σ_sv (BFS). */
  readonly delta: Float64Array;
  /** Start of each node's predecessor list in `predNode`/`predTie` (in-degree prefix sums: a node has at most in-degree predecessors). Dijkstra path counting only. */
  readonly predStart: Uint32Array;
  /** Number of predecessors of each node on shortest paths. */
  readonly predCount: Uint32Array;
  /** Predecessor node ids. */
  readonly predNode: Uint32Array;
  /** Tie id of the arc from each predecessor. */
  readonly predTie: Uint32Array;
  /** Binary heap of node ids (Dijkstra). */
  readonly heap: Uint32Array;
  /** Position of each node in `heap`, −1 when absent (Dijkstra). */
  readonly heapPos: Int32Array;
  /** 1 once a node is settled (Dijkstra). */
  readonly settled: Uint8Array;
}

/** @internal Which buffers {@link createSearchWorkspace} allocates. */
export interface WorkspaceKind {
  /** Dijkstra (Float64 distances and a heap) rather than BFS (Int32 hop counts). */
  weighted: boolean;
  /** Path counting (σ and the accumulator); with `weighted`, also predecessor lists. */
  paths: boolean;
  /** In-degree prefix sums sizing the predecessor lists (weighted path counting only). */
  predStart?: Uint32Array;
}

/**
 * @internal
 * Allocates a {@link SearchWorkspace} for `n` nodes.
 */
export function createSearchWorkspace(n: number, kind: WorkspaceKind): SearchWorkspace {
  const { weighted, paths } = kind;
  const preds = weighted && paths;
  const predStart = preds ? kind.predStart! : new Uint32Array(0);
  const slots = preds ? predStart[n]! : 0;
  return {
    n,
    order: new Uint32Array(n),
    count: 0,
    hops: new Int32Array(weighted ? 0 : n).fill(-1),
    dist: new Float64Array(weighted ? n : 0).fill(Infinity),
    sigma: new Float64Array(paths ? n : 0),
    delta: new Float64Array(paths ? n : 0),
    predStart,
    predCount: new Uint32Array(preds ? n : 0),
    predNode: new Uint32Array(slots),
    predTie: new Uint32Array(slots),
    heap: new Uint32Array(weighted ? n : 0),
    heapPos: new Int32Array(weighted ? n : 0).fill(-1),
    settled: new Uint8Array(weighted ? n : 0),
  };
}

/**
 * @internal
 * Resets what the last search wrote (O(count)), so the workspace can serve the next source.
 */
export function resetSearch(ws: SearchWorkspace): void {
  const { order, hops, dist, sigma, delta, predCount, settled } = ws;
  const count = ws.count;
  if (hops.length > 0) for (let i = 0; i < count; i++) hops[order[i]!] = -1;
  if (dist.length > 0) for (let i = 0; i < count; i++) dist[order[i]!] = Infinity;
  if (settled.length > 0) for (let i = 0; i < count; i++) settled[order[i]!] = 0;
  if (sigma.length > 0) {
    for (let i = 0; i < count; i++) {
      const v = order[i]!;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  if (predCount.length > 0) for (let i = 0; i < count; i++) predCount[order[i]!] = 0;
  ws.count = 0;
}

/**
 * @internal
 * BFS from `source` counting shortest paths: fills `hops`, `sigma` and `order`/`count`. σ is
 * accumulated as a float, as Brandes (2001) and NetworkX do. No predecessor lists: the
 * accumulation (src/core/brandes.ts) finds a node's successors again as the neighbours one hop
 * farther, which reads the adjacency in order instead of scattering writes.
 *
 * @param offsets Adjacency offsets of the direction searched.
 * @param neighbors Adjacency neighbour ids.
 * @param source The source id.
 * @param ws A reset BFS workspace with path buffers.
 */
export function bfsCount(offsets: Uint32Array, neighbors: Uint32Array, source: number, ws: SearchWorkspace): void {
  const { order, hops, sigma } = ws;
  order[0] = source;
  hops[source] = 0;
  sigma[source] = 1;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    const next = hops[v]! + 1;
    const sv = sigma[v]!;
    const end = offsets[v + 1]!;
    for (let p = offsets[v]!; p < end; p++) {
      const w = neighbors[p]!;
      let hw = hops[w]!;
      if (hw < 0) {
        hops[w] = next;
        order[tail++] = w;
        hw = next;
      }
      if (hw === next) sigma[w]! += sv;
    }
  }
  ws.count = tail;
}

/**
 * @internal
 * BFS from `source`: fills `hops` and `order`/`count`.
 *
 * @param offsets Adjacency offsets of the direction searched.
 * @param neighbors Adjacency neighbour ids.
 * @param source The source id.
 * @param ws A reset BFS workspace.
 */
export function bfsDistances(offsets: Uint32Array, neighbors: Uint32Array, source: number, ws: SearchWorkspace): void {
  const { order, hops } = ws;
  order[0] = source;
  hops[source] = 0;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    const next = hops[v]! + 1;
    const end = offsets[v + 1]!;
    for (let p = offsets[v]!; p < end; p++) {
      const w = neighbors[p]!;
      if (hops[w]! < 0) {
        hops[w] = next;
        order[tail++] = w;
      }
    }
  }
  ws.count = tail;
}

/**
 * @internal
 * A locality-improving relabelling: nodes numbered in BFS order (component by component, each
 * from its smallest id), so that nodes close in the graph get close ids and a search touches
 * nearby memory. Returns `order[newId] = oldId`.
 *
 * @param n The number of nodes.
 * @param offsets Adjacency offsets (undirected adjacency, or out-adjacency).
 * @param neighbors Adjacency neighbour ids.
 * @param inOffsets In-adjacency offsets (the same as `offsets` when undirected).
 * @param inNeighbors In-adjacency neighbour ids.
 */
export function bfsOrder(
  n: number,
  offsets: Uint32Array,
  neighbors: Uint32Array,
  inOffsets: Uint32Array,
  inNeighbors: Uint32Array,
): Uint32Array {
  const order = new Uint32Array(n);
  const seen = new Uint8Array(n);
  const both = inOffsets !== offsets;
  let tail = 0;
  for (let root = 0; root < n; root++) {
    if (seen[root] === 1) continue;
    seen[root] = 1;
    order[tail++] = root;
    for (let head = tail - 1; head < tail; head++) {
      const v = order[head]!;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
        const w = neighbors[p]!;
        if (seen[w] === 0) {
          seen[w] = 1;
          order[tail++] = w;
        }
      }
      if (both) {
        for (let p = inOffsets[v]!, end = inOffsets[v + 1]!; p < end; p++) {
          const w = inNeighbors[p]!;
          if (seen[w] === 0) {
            seen[w] = 1;
            order[tail++] = w;
          }
        }
      }
    }
  }
  return order;
}

/** @internal One direction of an index's adjacency under a relabelling (see {@link relabelAdjacency}). */
export interface RelabelledAdjacency {
  /** `oldOf[newId]`: the index id of each new id. */
  oldOf: Uint32Array;
  /** `newOf[oldId]`: the new id of each index id. */
  newOf: Uint32Array;
  /** Offsets over new ids. */
  offsets: Uint32Array;
  /** Neighbour new ids (each node's list in the index's order). */
  neighbors: Uint32Array;
  /** Tie id of each slot (tie ids are not relabelled). */
  slotTies: Uint32Array;
  /** Distance of each slot, or `null` (hops). */
  slotDist: Float64Array | null;
  /** Prefix sums of the in-degrees within this adjacency (sizes predecessor lists). */
  predStart: Uint32Array;
}

/**
 * @internal
 * Copies one direction of an adjacency (offsets, neighbours, tie ids and distances per slot)
 * under the relabelling `oldOf` (e.g. from {@link bfsOrder}). O(n + slots).
 */
export function relabelAdjacency(
  oldOf: Uint32Array,
  offsets: Uint32Array,
  neighbors: Uint32Array,
  slotTies: Uint32Array,
  slotDist: Float64Array | null,
): RelabelledAdjacency {
  const n = oldOf.length;
  const newOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) newOf[oldOf[i]!] = i;
  const slots = offsets[n]!;
  const offsets2 = new Uint32Array(n + 1);
  const neighbors2 = new Uint32Array(slots);
  const slotTies2 = new Uint32Array(slots);
  const slotDist2 = slotDist === null ? null : new Float64Array(slots);
  const predStart = new Uint32Array(n + 1);
  let q = 0;
  for (let i = 0; i < n; i++) {
    const v = oldOf[i]!;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++, q++) {
      const w = newOf[neighbors[p]!]!;
      neighbors2[q] = w;
      slotTies2[q] = slotTies[p]!;
      if (slotDist2 !== null) slotDist2[q] = slotDist![p]!;
      predStart[w + 1]!++;
    }
    offsets2[i + 1] = q;
  }
  for (let i = 0; i < n; i++) predStart[i + 1]! += predStart[i]!;
  return { oldOf, newOf, offsets: offsets2, neighbors: neighbors2, slotTies: slotTies2, slotDist: slotDist2, predStart };
}
