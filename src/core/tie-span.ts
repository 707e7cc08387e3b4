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
 *     path seen so far (every tie scanned and every node settled is tried as the junction),
 *     labels that cannot beat μ are not queued (alt + top_other ≥ μ), and each node's ties are
 *     scanned in order of distance up to the first with d(x) + d(x, y) + top_other ≥ μ
 *     (see {@link spanDistance}). Distances may be 0 (`toDistance: 'negLog'`).
 *
 * The weighted search is memory-bound (on the 1M-tie benchmark graph a search settles ≈ 330
 * nodes and queues ≈ 1,300, nearly every one a cache miss), so it runs on a copy of the graph
 * laid out for it once per call ({@link spanAdjacency}): nodes renumbered in breadth-first order
 * (neighbours get nearby ids, so their state shares cache lines), each node's ties sorted by
 * distance, a tie's distance and far end side by side in one array, the two searches' state
 * of a node side by side, and heaps that hold their keys ({@link SpanWorkspace}). The tie itself
 * is recognised by its ends.
 *
 * Buffers (BFS: {@link SearchWorkspace}s from src/core/bfs.ts, one per direction; Dijkstra: one
 * {@link SpanWorkspace}) are allocated once per call and reset per search in O(nodes touched).
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
import type { UndirectedTies } from './undirected-ties.js';
import { sharedBuffer, toShared } from '../runtime/node.js';
import { runChunksSync } from '../runtime/run-sync.js';
import { resolveThreadCount } from '../runtime/spawn.js';
import type { TaskRunner } from '../runtime/task.js';

/** @internal The local bridges of a graph and their spans (see the module comment). */
export interface LocalBridgeSpans {
  /** Tie ids of the local bridges (ties with no common neighbour), ascending. */
  ties: Uint32Array;
  /** Span of each local bridge, aligned with `ties`; `Infinity` for a global bridge. */
  spans: Float64Array;
}

/** @internal The local bridges: the ties in no triangle (`common[t] === 0`), in tie order. */
export function localBridgeTies(common: Uint32Array): Uint32Array {
  let count = 0;
  for (let t = 0; t < common.length; t++) if (common[t] === 0) count++;
  const local = new Uint32Array(count);
  for (let t = 0, i = 0; t < common.length; t++) if (common[t] === 0) local[i++] = t;
  return local;
}

/**
 * @internal
 * The local bridges (ties with `common[t] === 0`) and their spans.
 *
 * @param ties The undirected graph.
 * @param common Common-neighbour count of every tie (src/core/overlap.ts).
 * @param slotDist Distance of every adjacency slot of `ties`, or `null` when every tie has the distance `unit`.
 * @param unit The common distance of every tie when `slotDist` is `null` (1 for hops).
 * @param threads Threads that search (docs/runtime.md); spans are identical for every value. [1]
 */
export function localBridgeSpans(
  ties: UndirectedTies,
  common: Uint32Array,
  slotDist: Float64Array | null,
  unit: number,
  threads: number | 'auto' = 1,
): LocalBridgeSpans {
  const { order: n, offsets, neighbors, slotTies, tieSources, tieTargets } = ties;
  const local = localBridgeTies(common);
  const count = local.length;
  const spans = new Float64Array(count);
  if (count === 0) return { ties: local, spans };

  // Global bridges get ∞ at once; the others are searched, each on its own.
  const isBridge = bridgeTies(ties);
  const searched: number[] = [];
  for (let i = 0; i < count; i++) {
    if (isBridge[local[i]!] === 1) spans[i] = Infinity;
    else searched.push(i);
  }
  const k = searched.length;
  const adjacency = slotDist === null ? null : spanAdjacency(offsets, neighbors, slotDist);
  const ends = new Uint32Array(2 * k);
  const tieIds = new Uint32Array(k);
  for (let j = 0; j < k; j++) {
    const t = local[searched[j]!]!;
    tieIds[j] = t;
    ends[2 * j] = adjacency === null ? tieSources[t]! : adjacency.rank[tieSources[t]!]!;
    ends[2 * j + 1] = adjacency === null ? tieTargets[t]! : adjacency.rank[tieTargets[t]!]!;
  }
  const plan: SpanPlan = {
    n,
    offsets: adjacency === null ? offsets : adjacency.offsets,
    arcs: adjacency === null ? null : adjacency.arcs,
    neighbors: adjacency === null ? neighbors : null,
    slotTies: adjacency === null ? slotTies : null,
    unit,
    searches: k,
    ends,
    tieIds,
  };
  const out = spanSearches(plan, threads);
  for (let j = 0; j < k; j++) spans[searched[j]!] = out[j]!;
  return { ties: local, spans };
}

/** @internal Number of fixed ranges the span searches are split into (for every thread count). */
export const SPAN_CHUNKS = 64;

/** Searches below which `threads: 'auto'` stays on the calling thread (≈ 0.1–0.3 ms each on M). */
const PARALLEL_MIN_SEARCHES = 10_000;

/** The span searches of one call: the graph as the kernel reads it and the ties to search. */
interface SpanPlan {
  n: number;
  /** Adjacency offsets: the {@link SpanAdjacency}'s (weighted) or the graph's (hops). */
  offsets: Uint32Array;
  /** The {@link SpanAdjacency}'s arcs (weighted), else `null`. */
  arcs: Float64Array | null;
  /** Neighbours and slot ties of the graph (hops), else `null`. */
  neighbors: Uint32Array | null;
  slotTies: Uint32Array | null;
  /** The common distance of every tie (hops). */
  unit: number;
  /** Number of searches. */
  searches: number;
  /** Ends of search j at 2j, 2j + 1 (ids of the adjacency searched). */
  ends: Uint32Array;
  /** Tie id of search j (the hop search skips the tie by id). */
  tieIds: Uint32Array;
}

/** The first search of range `c`. */
function rangeStart(c: number, searches: number): number {
  return Math.floor((c * searches) / SPAN_CHUNKS);
}

/** A runner of search ranges over one thread's buffers. */
function spanRunner(p: SpanPlan, out: Float64Array): (from: number, to: number, progress: Int32Array | null, chunk: number) => void {
  let ws: SpanWorkspace | null = null;
  let forward: SearchWorkspace | null = null;
  let backward: SearchWorkspace | null = null;
  const adjacency: SpanAdjacency | null = p.arcs === null ? null : { order: p.n, offsets: p.offsets, arcs: p.arcs, rank: new Uint32Array(0) };
  return (from, to, progress, chunk) => {
    const { ends } = p;
    for (let j = from; j < to; j++) {
      if (adjacency !== null) {
        ws ??= createSpanWorkspace(p.n);
        out[j] = spanDistance(adjacency, ends[2 * j]!, ends[2 * j + 1]!, ws);
        resetSpanWorkspace(ws);
      } else {
        forward ??= createSearchWorkspace(p.n, { weighted: false, paths: false });
        backward ??= createSearchWorkspace(p.n, { weighted: false, paths: false });
        out[j] = spanHops(p.offsets, p.neighbors!, p.slotTies!, ends[2 * j]!, ends[2 * j + 1]!, p.tieIds[j]!, forward, backward) * p.unit;
        resetSearch(forward);
        resetSearch(backward);
      }
      if (progress !== null) Atomics.add(progress, chunk, 1);
    }
  };
}

/** @internal What the `span` task receives: the plan's arrays and the output, in shared memory. */
export interface SpanTaskData {
  n: number;
  searches: number;
  unit: number;
  offsets: SharedArrayBuffer;
  arcs: SharedArrayBuffer | null;
  neighbors: SharedArrayBuffer | null;
  slotTies: SharedArrayBuffer | null;
  ends: SharedArrayBuffer;
  tieIds: SharedArrayBuffer;
  /** Float64[searches]. */
  out: SharedArrayBuffer;
}

/**
 * @internal
 * The `span` task (src/runtime/tasks.ts): chunk c runs the searches of range c of
 * {@link SPAN_CHUNKS} into the shared output. Every span comes from its own search, so which
 * thread ran a range never changes a value.
 */
export function spanTask(d: SpanTaskData): TaskRunner<void> {
  const p: SpanPlan = {
    n: d.n,
    offsets: new Uint32Array(d.offsets),
    arcs: d.arcs === null ? null : new Float64Array(d.arcs),
    neighbors: d.neighbors === null ? null : new Uint32Array(d.neighbors),
    slotTies: d.slotTies === null ? null : new Uint32Array(d.slotTies),
    unit: d.unit,
    searches: d.searches,
    ends: new Uint32Array(d.ends),
    tieIds: new Uint32Array(d.tieIds),
  };
  const run = spanRunner(p, new Float64Array(d.out));
  return {
    steps: (c) => rangeStart(c + 1, d.searches) - rangeStart(c, d.searches),
    run: (c, progress, from = 0, to = Infinity) => {
      const start = rangeStart(c, d.searches);
      const end = rangeStart(c + 1, d.searches);
      run(start + from, Math.min(end, start + to), progress, c);
    },
  };
}

/**
 * Runs every search of `p`: on the calling thread, or (`threads` ≥ 2, or `'auto'` with at least
 * {@link PARALLEL_MIN_SEARCHES} searches) over worker threads in {@link SPAN_CHUNKS} fixed
 * ranges, this thread among them and waiting for the others synchronously.
 */
function spanSearches(p: SpanPlan, threads: number | 'auto'): Float64Array {
  const count = threads === 'auto' && p.searches < PARALLEL_MIN_SEARCHES ? 1 : resolveThreadCount(threads, SPAN_CHUNKS);
  if (count > 1 && p.searches > 0) {
    const shared = (a: Uint32Array | Float64Array | null) => (a === null ? null : toShared(a));
    const data: SpanTaskData = {
      n: p.n,
      searches: p.searches,
      unit: p.unit,
      offsets: toShared(p.offsets),
      arcs: shared(p.arcs),
      neighbors: shared(p.neighbors),
      slotTies: shared(p.slotTies),
      ends: toShared(p.ends),
      tieIds: toShared(p.tieIds),
      out: sharedBuffer(8 * p.searches),
    };
    let here: TaskRunner<void> | null = null;
    const result = runChunksSync<SpanTaskData>({
      task: 'span',
      chunks: SPAN_CHUNKS,
      threads: count,
      workersFirst: false,
      data,
      // A range a worker failed on is searched again into the same slots: a late worker can only write the same values.
      runHere: (c) => {
        here ??= spanTask(data);
        here.run(c, null);
      },
    });
    // Copied out of shared memory, so that nothing a straggler writes can reach the caller.
    if (result !== null) return new Float64Array(data.out).slice();
  }
  const out = new Float64Array(p.searches);
  spanRunner(p, out)(0, p.searches, null, 0);
  return out;
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
 * The graph as the weighted span search reads it: node ids renumbered (`rank[old] = new`), each
 * node's ties sorted by ascending distance, and `arcs[2p]` = distance, `arcs[2p + 1]` = far end
 * (new id) of slot p, so a scan reads one array.
 */
export interface SpanAdjacency {
  /** Number of nodes. */
  order: number;
  /** Adjacency offsets in the new numbering, length `order + 1`. */
  offsets: Uint32Array;
  /** Distance and far end of every slot, interleaved (length 2 × slots). */
  arcs: Float64Array;
  /** New id of every original node id. */
  rank: Uint32Array;
}

/**
 * @internal
 * Builds the {@link SpanAdjacency} of an undirected adjacency with slot distances: nodes in
 * breadth-first order (each component from its node of highest degree, components in
 * descending order of their first node's degree), ties sorted by distance. O(n + m log d_max).
 */
export function spanAdjacency(offsets: Uint32Array, neighbors: Uint32Array, slotDist: Float64Array): SpanAdjacency {
  const n = offsets.length - 1;
  const slots = neighbors.length;
  // Nodes by descending degree (counting sort), then breadth-first numbering from each in turn.
  let maxDegree = 0;
  for (let x = 0; x < n; x++) maxDegree = Math.max(maxDegree, offsets[x + 1]! - offsets[x]!);
  const start = new Uint32Array(maxDegree + 2);
  // start[k]: first position of the nodes of degree maxDegree − k.
  for (let x = 0; x < n; x++) {
    const k = maxDegree - (offsets[x + 1]! - offsets[x]!) + 1;
    start[k] = start[k]! + 1;
  }
  for (let k = 1; k <= maxDegree + 1; k++) start[k] = start[k]! + start[k - 1]!;
  const byDegree = new Uint32Array(n);
  for (let x = 0; x < n; x++) {
    const k = maxDegree - (offsets[x + 1]! - offsets[x]!);
    byDegree[start[k]!] = x;
    start[k] = start[k]! + 1;
  }
  const NONE = 0xffffffff;
  const rank = new Uint32Array(n).fill(NONE);
  const queue = new Uint32Array(n); // queue[newId] = old id
  let next = 0;
  for (let i = 0; i < n; i++) {
    const root = byDegree[i]!;
    if (rank[root] !== NONE) continue;
    let head = next;
    rank[root] = next;
    queue[next++] = root;
    for (; head < next; head++) {
      const x = queue[head]!;
      for (let p = offsets[x]!, end = offsets[x + 1]!; p < end; p++) {
        const y = neighbors[p]!;
        if (rank[y] === NONE) {
          rank[y] = next;
          queue[next++] = y;
        }
      }
    }
  }
  const newOffsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const x = queue[i]!;
    newOffsets[i + 1] = newOffsets[i]! + offsets[x + 1]! - offsets[x]!;
  }
  const arcs = new Float64Array(2 * slots);
  const perm: number[] = [];
  const byDist = (a: number, b: number) => slotDist[a]! - slotDist[b]!;
  for (let i = 0; i < n; i++) {
    const x = queue[i]!;
    perm.length = 0;
    for (let p = offsets[x]!, end = offsets[x + 1]!; p < end; p++) perm.push(p);
    if (perm.length > 1) perm.sort(byDist);
    for (let j = 0, q = newOffsets[i]!; j < perm.length; j++, q++) {
      const p = perm[j]!;
      arcs[2 * q] = slotDist[p]!;
      arcs[2 * q + 1] = rank[neighbors[p]!]!;
    }
  }
  return { order: n, offsets: newOffsets, arcs, rank };
}

/**
 * @internal
 * Buffers of the weighted span search. A node's state in the forward (side 0) and backward
 * (side 1) search sits side by side at index 2x + side. Each side's queue is a binary heap of
 * (key, node) entries with lazy deletion: a shorter label is pushed again and the stale entry is
 * dropped when it reaches the top (its node is settled by then). Keys inside the heap keep the
 * sifts in two small arrays instead of a random read of `dist` per step, and no position index
 * is written.
 */
export interface SpanWorkspace {
  /** Tentative distance, `Infinity` when not reached. */
  readonly dist: Float64Array;
  /** 1 once settled. */
  readonly settled: Uint8Array;
  /** Heap keys of each side (grown by doubling when full). */
  readonly heapKeys: [Float64Array, Float64Array];
  /** Heap nodes of each side, aligned with `heapKeys`. */
  readonly heapNodes: [Uint32Array, Uint32Array];
  /** Indices 2x + side the last search wrote, `touched[0 … count)`. */
  readonly touched: Uint32Array;
  count: number;
  /** μ, the shortest u–v path seen so far. */
  best: number;
}

/** @internal Allocates a {@link SpanWorkspace} for `n` nodes. */
export function createSpanWorkspace(n: number): SpanWorkspace {
  const capacity = Math.max(16, n);
  return {
    dist: new Float64Array(2 * n).fill(Infinity),
    settled: new Uint8Array(2 * n),
    heapKeys: [new Float64Array(capacity), new Float64Array(capacity)],
    heapNodes: [new Uint32Array(capacity), new Uint32Array(capacity)],
    touched: new Uint32Array(2 * n),
    count: 0,
    best: Infinity,
  };
}

/** @internal Clears what the last search wrote, in O(nodes touched). */
export function resetSpanWorkspace(ws: SpanWorkspace): void {
  const { touched, dist, settled } = ws;
  for (let i = 0; i < ws.count; i++) {
    const j = touched[i]!;
    dist[j] = Infinity;
    settled[j] = 0;
  }
  ws.count = 0;
}

/**
 * @internal
 * Distance from u to v (ids of the {@link SpanAdjacency}) without the tie u–v: bidirectional
 * Dijkstra settling one node at a time on the side with the smaller heap, until
 * top_f + top_b ≥ μ or a heap is empty; returns μ (`Infinity` when v is unreachable). The tie
 * is recognised by its ends (the graph is simple). Leaves `ws` to {@link resetSpanWorkspace}.
 *
 * Exactness (Goldberg & Harrelson 2005): every tie scanned (μ ≤ d_f(x) + d(x, y) + d_b(y)) and
 * every node settled (μ ≤ d_f(x) + d_b(x)) is tried as the junction; a label alt of y is not
 * queued when alt + top_other ≥ μ. A node's ties are scanned in ascending distance up to the
 * first with d(x) + d(x, y) + top_other ≥ μ: a later tie to a node y not settled on the other
 * side cannot beat μ (d_other(y) ≥ top_other); to a y settled there it need not be tried, since
 * y was settled before x: its own scan then either stopped at a bound
 * d_other(y) + d(x, y) + top_this ≥ μ (x was unsettled, so d(x) ≥ top_this), or labelled x
 * from the other side (or x had a better or settled label there), so the junction at x's
 * settling covers the path. A bound that held for μ at any moment holds for the final μ.
 */
export function spanDistance(adjacency: SpanAdjacency, u: number, v: number, ws: SpanWorkspace): number {
  const { dist, settled, touched, heapKeys, heapNodes } = ws;
  dist[2 * u] = 0;
  dist[2 * v + 1] = 0;
  touched[0] = 2 * u;
  touched[1] = 2 * v + 1;
  ws.count = 2;
  ws.best = Infinity;
  heapKeys[0][0] = 0;
  heapNodes[0][0] = u;
  heapKeys[1][0] = 0;
  heapNodes[1][0] = v;
  let fSize = 1;
  let bSize = 1;
  for (;;) {
    // Stale entries (nodes settled from a shorter entry) leave the tops first.
    while (fSize > 0 && settled[2 * heapNodes[0][0]!] === 1) popTop(heapKeys[0], heapNodes[0], fSize--);
    while (bSize > 0 && settled[2 * heapNodes[1][0]! + 1] === 1) popTop(heapKeys[1], heapNodes[1], bSize--);
    if (fSize === 0 || bSize === 0) break;
    const topF = heapKeys[0][0]!;
    const topB = heapKeys[1][0]!;
    if (topF + topB >= ws.best) break;
    if (fSize <= bSize) fSize = settleNext(adjacency, u, v, ws, 0, fSize, topB);
    else bSize = settleNext(adjacency, v, u, ws, 1, bSize, topF);
  }
  return ws.best;
}

/**
 * Settles the top of one side's heap (`side` 0: forward from `from`, 1: backward) and scans its
 * ties, skipping the tie from–to. Returns the new heap size.
 */
function settleNext(adjacency: SpanAdjacency, from: number, to: number, ws: SpanWorkspace, side: 0 | 1, size: number, otherTop: number): number {
  const { offsets, arcs } = adjacency;
  const { dist, settled, touched } = ws;
  const other = 1 - side;
  const x = ws.heapNodes[side][0]!;
  const dx = ws.heapKeys[side][0]!;
  popTop(ws.heapKeys[side], ws.heapNodes[side], size--);
  settled[2 * x + side] = 1;
  let best = ws.best;
  const through = dx + dist[2 * x + other]!;
  if (through < best) best = through;
  const skip = x === from ? to : x === to ? from : -1;
  for (let p = offsets[x]!, end = offsets[x + 1]!; p < end; p++) {
    const alt = dx + arcs[2 * p]!;
    if (alt + otherTop >= best) break;
    const y = arcs[2 * p + 1]!;
    if (y === skip) continue;
    const iy = 2 * y + side;
    const junction = alt + dist[2 * y + other]!;
    if (junction < best) best = junction;
    if (settled[iy] === 1) continue;
    const dy = dist[iy]!;
    if (alt < dy) {
      dist[iy] = alt;
      if (dy === Infinity) touched[ws.count++] = iy;
      push(ws, side, size++, alt, y);
    }
  }
  ws.best = best;
  return size;
}

/** Pushes (key, node) on a side's heap of `size` entries, doubling its arrays when full. */
function push(ws: SpanWorkspace, side: 0 | 1, size: number, key: number, node: number): void {
  let keys = ws.heapKeys[side];
  let nodes = ws.heapNodes[side];
  if (size === keys.length) {
    const grownKeys = new Float64Array(2 * size);
    grownKeys.set(keys);
    const grownNodes = new Uint32Array(2 * size);
    grownNodes.set(nodes);
    ws.heapKeys[side] = keys = grownKeys;
    ws.heapNodes[side] = nodes = grownNodes;
  }
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const parentKey = keys[parent]!;
    if (parentKey <= key) break;
    keys[i] = parentKey;
    nodes[i] = nodes[parent]!;
    i = parent;
  }
  keys[i] = key;
  nodes[i] = node;
}

/** Removes the top entry of a heap of `size` ≥ 1 entries. */
function popTop(keys: Float64Array, nodes: Uint32Array, size: number): void {
  const last = size - 1;
  const key = keys[last]!;
  const node = nodes[last]!;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= last) break;
    let childKey = keys[child]!;
    if (child + 1 < last) {
      const rightKey = keys[child + 1]!;
      if (rightKey < childKey) {
        child++;
        childKey = rightKey;
      }
    }
    if (childKey >= key) break;
    keys[i] = childKey;
    nodes[i] = nodes[child]!;
    i = child;
  }
  keys[i] = key;
  nodes[i] = node;
}
