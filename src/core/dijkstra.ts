/**
 * Dijkstra's algorithm on a CSR adjacency with per-slot distances: an indexed binary min-heap
 * on typed arrays (decrease-key, at most n entries), buffers allocated once per call and reset
 * per source (see {@link SearchWorkspace}).
 *
 * - {@link dijkstraCount}: distances, shortest-path counts σ and predecessor lists, for Brandes'
 *   accumulation. Two path lengths are **tied** when they agree to a relative tolerance
 *   ({@link PATH_EPSILON}), as igraph does (`igraph_cmp_epsilon` with
 *   `IGRAPH_SHORTEST_PATH_EPSILON` = 1e-10): in floating point 1/3 + 1/6 ≠ 1/2, so exact
 *   comparison (NetworkX, graph-tool, graphology) drops tied paths whose sums round apart.
 * - {@link dijkstraDistances}: distances only (closeness, harmonic); no tie handling needed.
 *
 * The indexed binary min-heap ({@link siftUp}, {@link siftDown}, {@link popMin}) is the one heap
 * on a single key of the library: Yen's backward searches (core/yen/heuristics.ts) and the
 * tie-span search use it too. It lives in this module, beside the searches that use it most
 * (worker threads import it from here like any module: src/runtime/tasks.ts).
 * {@link dijkstraCount} and {@link dijkstraDistances} inline {@link popMin}.
 *
 * @internal
 * @module
 */
import type { SearchWorkspace } from './bfs.js';

/**
 * @internal
 * Relative tolerance under which two path lengths a, b count as equal:
 * |a − b| < ε · (|a| + |b|), igraph's `igraph_cmp_epsilon` with ε = 1e-10.
 */
export const PATH_EPSILON = 1e-10;

/** @internal Moves heap entry `i` up until its parent is not farther. */
export function siftUp(heap: Uint32Array, pos: Int32Array, dist: Float64Array, i: number): void {
  const v = heap[i]!;
  const dv = dist[v]!;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const u = heap[parent]!;
    if (dist[u]! <= dv) break;
    heap[i] = u;
    pos[u] = i;
    i = parent;
  }
  heap[i] = v;
  pos[v] = i;
}

/** @internal Moves heap entry `i` down until no child is nearer. */
export function siftDown(heap: Uint32Array, pos: Int32Array, dist: Float64Array, size: number, i: number): void {
  const v = heap[i]!;
  const dv = dist[v]!;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    let u = heap[child]!;
    let du = dist[u]!;
    const right = child + 1;
    if (right < size) {
      const r = heap[right]!;
      const dr = dist[r]!;
      if (dr < du) {
        child = right;
        u = r;
        du = dr;
      }
    }
    if (du >= dv) break;
    heap[i] = u;
    pos[u] = i;
    i = child;
  }
  heap[i] = v;
  pos[v] = i;
}

/**
 * @internal
 * Removes and returns the first entry (the nearest node) of a heap of `size` ≥ 1 entries, which
 * then holds `size − 1`; the popped node's position becomes −1.
 */
export function popMin(heap: Uint32Array, pos: Int32Array, dist: Float64Array, size: number): number {
  const v = heap[0]!;
  pos[v] = -1;
  if (size > 1) {
    heap[0] = heap[size - 1]!;
    siftDown(heap, pos, dist, size - 1, 0);
  }
  return v;
}

/**
 * @internal
 * Dijkstra from `source` counting shortest paths with igraph's tolerance: fills `dist`, `sigma`,
 * the predecessor lists and `order`/`count` (settle order, non-decreasing distance).
 *
 * A newly found path to w is *shorter* when it beats the current one by more than the tolerance
 * (σ_w and w's predecessors restart from v), *tied* when within it (σ_w += σ_v, v becomes a
 * predecessor). A tie reaching an already settled node is ignored: it can only arise from a tie
 * shorter than 1e-10 of the path length, and counting it would break the settle order that
 * the accumulation relies on (igraph would count it).
 *
 * @param offsets Adjacency offsets.
 * @param neighbors Adjacency neighbour ids.
 * @param slotDist Distance of each adjacency slot (> 0).
 * @param slotTies Tie id of each adjacency slot.
 * @param source The source id.
 * @param ws A reset workspace with path and heap buffers.
 * @param epsilon The relative tolerance of ties, {@link PATH_EPSILON} (a parameter, so that the
 *   function references no module binding and can be shipped to a worker thread).
 */
export function dijkstraCount(
  offsets: Uint32Array,
  neighbors: Uint32Array,
  slotDist: Float64Array,
  slotTies: Uint32Array,
  source: number,
  ws: SearchWorkspace,
  epsilon: number,
): void {
  const { order, dist, sigma, predStart, predCount, predNode, predTie, heap, heapPos: pos, settled } = ws;
  let count = 0;
  dist[source] = 0;
  sigma[source] = 1;
  heap[0] = source;
  pos[source] = 0;
  let size = 1;
  while (size > 0) {
    // popMin inlined: this function is shipped to worker threads with siftUp and siftDown only.
    const v: number = heap[0]!;
    pos[v] = -1;
    size--;
    if (size > 0) {
      heap[0] = heap[size]!;
      siftDown(heap, pos, dist, size, 0);
    }
    settled[v] = 1;
    order[count++] = v;
    const dv = dist[v]!;
    const sv = sigma[v]!;
    const end = offsets[v + 1]!;
    for (let p: number = offsets[v]!; p < end; p++) {
      const w = neighbors[p]!;
      if (settled[w] === 1) continue;
      const alt = dv + slotDist[p]!;
      const dw = dist[w]!;
      if (dw === Infinity) {
        dist[w] = alt;
        sigma[w] = sv;
        const q = predStart[w]!;
        predNode[q] = v;
        predTie[q] = slotTies[p]!;
        predCount[w] = 1;
        heap[size] = w;
        siftUp(heap, pos, dist, size++);
      } else if (alt === dw || Math.abs(alt - dw) < epsilon * (alt + dw)) {
        sigma[w]! += sv;
        const q = predStart[w]! + predCount[w]!++;
        predNode[q] = v;
        predTie[q] = slotTies[p]!;
      } else if (alt < dw) {
        dist[w] = alt;
        sigma[w] = sv;
        const q = predStart[w]!;
        predNode[q] = v;
        predTie[q] = slotTies[p]!;
        predCount[w] = 1;
        siftUp(heap, pos, dist, pos[w]!);
      }
    }
  }
  ws.count = count;
}

/**
 * @internal
 * Dijkstra from `source`: fills `dist` and `order`/`count` (settle order).
 *
 * @param offsets Adjacency offsets of the direction searched.
 * @param neighbors Adjacency neighbour ids.
 * @param slotDist Distance of each adjacency slot (≥ 0).
 * @param source The source id.
 * @param ws A reset workspace with heap buffers.
 */
export function dijkstraDistances(
  offsets: Uint32Array,
  neighbors: Uint32Array,
  slotDist: Float64Array,
  source: number,
  ws: SearchWorkspace,
): void {
  const { order, dist, heap, heapPos: pos, settled } = ws;
  let count = 0;
  dist[source] = 0;
  heap[0] = source;
  pos[source] = 0;
  let size = 1;
  while (size > 0) {
    // popMin inlined, as in dijkstraCount: the call measured 2–7 % slower here (noisy, not settled).
    const v: number = heap[0]!;
    pos[v] = -1;
    size--;
    if (size > 0) {
      heap[0] = heap[size]!;
      siftDown(heap, pos, dist, size, 0);
    }
    settled[v] = 1;
    order[count++] = v;
    const dv = dist[v]!;
    const end = offsets[v + 1]!;
    for (let p: number = offsets[v]!; p < end; p++) {
      const w = neighbors[p]!;
      if (settled[w] === 1) continue;
      const alt = dv + slotDist[p]!;
      const dw = dist[w]!;
      if (alt < dw) {
        dist[w] = alt;
        if (dw === Infinity) {
          heap[size] = w;
          siftUp(heap, pos, dist, size++);
        } else {
          siftUp(heap, pos, dist, pos[w]!);
        }
      }
    }
  }
  ws.count = count;
}
