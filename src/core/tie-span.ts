/**
 * Span of a tie (Granovetter's "degree" of a local bridge, docs/metrics.md): the distance
 * between its two ends once the tie itself is removed,
 *
 *   span(u, v) = d_{G − uv}(u, v)        ∞ when uv is a global bridge
 *
 * computed for every local bridge of an undirected simple graph ({@link UndirectedTies}).
 *
 * - Global bridges (found first, in O(n + m), by src/core/bridges.ts) get ∞ without a search.
 * - Every other local bridge gets a **bidirectional** search from both ends that never crosses
 *   the removed tie and stops as soon as the distance is known:
 *   - equal distances (hops, or every tie at distance c: span = hops × c): a level-synchronous
 *     BFS that expands the side whose frontier has the smaller degree sum and stops at the first
 *     tie joining the two sides (see {@link spanHops} for why that first join is the distance);
 *   - otherwise a bidirectional Dijkstra (settling on the side with the smaller heap) with the
 *     stopping rule top_f + top_b ≥ μ (Goldberg & Harrelson 2005), where μ is the shortest u–v
 *     path seen so far (every tie scanned from a settled node x is tried as the junction:
 *     μ = min d_f(x) + d(x, y) + d_b(y)), labels that cannot beat μ are not queued
 *     (alt + top_other ≥ μ), and each node's ties are scanned in order of distance (a sorted
 *     copy of the adjacency, made once per call) up to the first with d(x) + d(x, y) ≥ μ.
 *     Distances may be 0 (`toDistance: 'negLog'`).
 *
 * Buffers ({@link SearchWorkspace}s from src/core/bfs.ts, one per direction, and the heap of
 * src/core/dijkstra.ts) are allocated once per call and reset per search in O(nodes touched).
 *
 * Why not the single-source searches of bfs.ts / dijkstra.ts: they cannot skip a tie and have
 * no early exit; a full single-source search per local bridge would cost O(m) each.
 *
 * References
 * [1] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [2] Pohl, I. (1971). Bi-directional search. Machine Intelligence 6:127–140.
 * [3] Goldberg, A. V., Harrelson, C. (2005). Computing the shortest path: A* search meets graph theory. SODA 2005, 156–165.
 *
 * @internal
 * @module
 */
import { bridgeTies } from './bridges.js';
import { createSearchWorkspace, resetSearch, type SearchWorkspace } from './bfs.js';
import { siftDown, siftUp } from './dijkstra.js';
import type { UndirectedTies } from './undirected-ties.js';

/** @internal The local bridges of a graph and their spans (see the module comment). */
export interface LocalBridgeSpans {
  /** Tie ids of the local bridges (ties with no common neighbour), ascending. */
  ties: Uint32Array;
  /** Span of each local bridge, aligned with `ties`; `Infinity` for a global bridge. */
  spans: Float64Array;
}

/**
 * @internal
 * The local bridges (ties with `common[t] === 0`) and their spans.
 *
 * @param ties The undirected graph.
 * @param common Common-neighbour count of every tie (src/core/overlap.ts).
 * @param slotDist Distance of every adjacency slot of `ties`, or `null` when every tie has the distance `unit`.
 * @param unit The common distance of every tie when `slotDist` is `null` (1 for hops).
 */
export function localBridgeSpans(
  ties: UndirectedTies,
  common: Uint32Array,
  slotDist: Float64Array | null,
  unit: number,
): LocalBridgeSpans {
  const { order: n, size, offsets, neighbors, slotTies, tieSources, tieTargets } = ties;
  let count = 0;
  for (let t = 0; t < size; t++) if (common[t] === 0) count++;
  const local = new Uint32Array(count);
  const spans = new Float64Array(count);
  if (count === 0) return { ties: local, spans };
  for (let t = 0, i = 0; t < size; t++) if (common[t] === 0) local[i++] = t;

  const isBridge = bridgeTies(ties);
  const kind = { weighted: slotDist !== null, paths: false };
  const byDistance = slotDist === null ? null : sortedByDistance(offsets, neighbors, slotTies, slotDist);
  const forward = createSearchWorkspace(n, kind);
  const backward = createSearchWorkspace(n, kind);
  const best = new Float64Array(1);
  for (let i = 0; i < count; i++) {
    const t = local[i]!;
    if (isBridge[t] === 1) {
      spans[i] = Infinity;
      continue;
    }
    const u = tieSources[t]!;
    const v = tieTargets[t]!;
    if (slotDist === null) {
      spans[i] = spanHops(offsets, neighbors, slotTies, u, v, t, forward, backward) * unit;
    } else {
      const { neighbors: sortedNeighbors, slotTies: sortedTies, slotDist: sortedDist } = byDistance!;
      spans[i] = spanDistance(offsets, sortedNeighbors, sortedDist, sortedTies, u, v, t, forward, backward, best);
    }
    resetSearch(forward);
    resetSearch(backward);
  }
  return { ties: local, spans };
}

/**
 * @internal
 * Hop distance from u to v without the tie `skipTie`: level-synchronous bidirectional BFS that
 * expands, one whole level at a time, the side whose frontier has the smaller degree sum, and
 * returns at the **first** tie that joins the two searches. That first join is the distance:
 * if the forward side has visited every node within a hops and the backward side every node
 * within b hops, and no join was seen yet, then d ≥ a + b + 1; a join found while expanding
 * forward level a reaches a node y with d_b(y) ≤ b, so it has length ≤ a + 1 + b (and the same
 * with the sides swapped). `Infinity` when a side runs out of nodes. Leaves `hops`, `order` and
 * `count` of both workspaces to be reset by {@link resetSearch}.
 */
export function spanHops(
  offsets: Uint32Array,
  neighbors: Uint32Array,
  slotTies: Uint32Array,
  u: number,
  v: number,
  skipTie: number,
  forward: SearchWorkspace,
  backward: SearchWorkspace,
): number {
  const hf = forward.hops;
  const hb = backward.hops;
  const qf = forward.order;
  const qb = backward.order;
  hf[u] = 0;
  qf[0] = u;
  hb[v] = 0;
  qb[0] = v;
  let fHead = 0;
  let fTail = 1;
  let bHead = 0;
  let bTail = 1;
  let fWork = offsets[u + 1]! - offsets[u]!;
  let bWork = offsets[v + 1]! - offsets[v]!;
  let found = Infinity;
  search: while (fHead < fTail && bHead < bTail) {
    // Expand one whole level of the cheaper side.
    const expandForward = fWork <= bWork;
    const h = expandForward ? hf : hb;
    const other = expandForward ? hb : hf;
    const queue = expandForward ? qf : qb;
    let head = expandForward ? fHead : bHead;
    let tail = expandForward ? fTail : bTail;
    const end = tail;
    let work = 0;
    for (; head < end; head++) {
      const x = queue[head]!;
      const next = h[x]! + 1;
      for (let p = offsets[x]!, pEnd = offsets[x + 1]!; p < pEnd; p++) {
        if (slotTies[p] === skipTie) continue;
        const y = neighbors[p]!;
        const hy = other[y]!;
        if (hy >= 0) {
          found = next + hy;
          if (expandForward) fTail = tail;
          else bTail = tail;
          break search;
        }
        if (h[y]! < 0) {
          h[y] = next;
          queue[tail++] = y;
          work += offsets[y + 1]! - offsets[y]!;
        }
      }
    }
    if (expandForward) {
      fHead = head;
      fTail = tail;
      fWork = work;
    } else {
      bHead = head;
      bTail = tail;
      bWork = work;
    }
  }
  forward.count = fTail;
  backward.count = bTail;
  return found;
}

/**
 * @internal
 * Distance from u to v without the tie `skipTie`: bidirectional Dijkstra, settling one node at a
 * time on the side with the smaller heap, until top_f + top_b ≥ μ or a heap is empty; returns μ
 * (`Infinity` when v is unreachable). Each workspace's `order[0 … count)` lists every node the
 * search touched (reached, not necessarily settled), so {@link resetSearch} clears them.
 * Each node's ties must be sorted by ascending distance ({@link sortedByDistance}).
 *
 * @param best A scratch cell for μ.
 */
export function spanDistance(
  offsets: Uint32Array,
  neighbors: Uint32Array,
  slotDist: Float64Array,
  slotTies: Uint32Array,
  u: number,
  v: number,
  skipTie: number,
  forward: SearchWorkspace,
  backward: SearchWorkspace,
  best: Float64Array,
): number {
  const df = forward.dist;
  const db = backward.dist;
  const hf = forward.heap;
  const hb = backward.heap;
  df[u] = 0;
  forward.order[0] = u;
  forward.count = 1;
  hf[0] = u;
  forward.heapPos[u] = 0;
  db[v] = 0;
  backward.order[0] = v;
  backward.count = 1;
  hb[0] = v;
  backward.heapPos[v] = 0;
  let fSize = 1;
  let bSize = 1;
  best[0] = Infinity;
  while (fSize > 0 && bSize > 0) {
    const topF = df[hf[0]!]!;
    const topB = db[hb[0]!]!;
    if (topF + topB >= best[0]!) break;
    if (fSize <= bSize) fSize = settleNext(offsets, neighbors, slotDist, slotTies, skipTie, forward, fSize, db, topB, best);
    else bSize = settleNext(offsets, neighbors, slotDist, slotTies, skipTie, backward, bSize, df, topF, best);
  }
  // Nodes still queued keep a heap position; clear it (resetSearch clears dist and settled).
  for (let i = 0; i < fSize; i++) forward.heapPos[hf[i]!] = -1;
  for (let i = 0; i < bSize; i++) backward.heapPos[hb[i]!] = -1;
  return best[0]!;
}

/**
 * Settles the nearest queued node of one side and relaxes its ties (except `skipTie`); every
 * tie scanned is tried as the junction with the other side's tentative distances. Returns the
 * new heap size.
 */
function settleNext(
  offsets: Uint32Array,
  neighbors: Uint32Array,
  slotDist: Float64Array,
  slotTies: Uint32Array,
  skipTie: number,
  ws: SearchWorkspace,
  size: number,
  other: Float64Array,
  otherTop: number,
  best: Float64Array,
): number {
  const { dist, heap, heapPos: pos, settled, order } = ws;
  const x = heap[0]!;
  pos[x] = -1;
  size--;
  if (size > 0) {
    heap[0] = heap[size]!;
    siftDown(heap, pos, dist, size, 0);
  }
  settled[x] = 1;
  const dx = dist[x]!;
  for (let p = offsets[x]!, end = offsets[x + 1]!; p < end; p++) {
    if (slotTies[p] === skipTie) continue;
    const y = neighbors[p]!;
    const alt = dx + slotDist[p]!;
    // Ties are sorted by distance: every later tie gives a path ≥ alt ≥ μ and would be pruned.
    if (alt >= best[0]!) break;
    const oy = other[y]!;
    if (oy !== Infinity && alt + oy < best[0]!) best[0] = alt + oy;
    if (settled[y] === 1) continue;
    // Prune: a path through this label of y shorter than μ would need d_other(y) < otherTop, so y
    // would be settled on the other side and that junction was just tried.
    if (alt + otherTop >= best[0]!) continue;
    const dy = dist[y]!;
    if (alt < dy) {
      dist[y] = alt;
      if (dy === Infinity) {
        order[ws.count++] = y;
        heap[size] = y;
        siftUp(heap, pos, dist, size++);
      } else {
        siftUp(heap, pos, dist, pos[y]!);
      }
    }
  }
  return size;
}

/** @internal An adjacency whose lists are sorted by tie distance (same offsets). */
export interface DistanceSortedAdjacency {
  neighbors: Uint32Array;
  slotTies: Uint32Array;
  slotDist: Float64Array;
}

/**
 * @internal
 * A copy of an adjacency with each node's list sorted by ascending distance, so that a scan can
 * stop at the first tie too long to matter. O(m log d_max) time, one pass of O(m) memory.
 */
export function sortedByDistance(
  offsets: Uint32Array,
  neighbors: Uint32Array,
  slotTies: Uint32Array,
  slotDist: Float64Array,
): DistanceSortedAdjacency {
  const slots = neighbors.length;
  const out = { neighbors: new Uint32Array(slots), slotTies: new Uint32Array(slots), slotDist: new Float64Array(slots) };
  const n = offsets.length - 1;
  const perm: number[] = [];
  const byDist = (a: number, b: number) => slotDist[a]! - slotDist[b]!;
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    perm.length = 0;
    for (let p = start; p < end; p++) perm.push(p);
    if (perm.length > 1) perm.sort(byDist);
    for (let i = 0, q = start; q < end; i++, q++) {
      const p = perm[i]!;
      out.neighbors[q] = neighbors[p]!;
      out.slotTies[q] = slotTies[p]!;
      out.slotDist[q] = slotDist[p]!;
    }
  }
  return out;
}
