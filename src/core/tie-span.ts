/**
 * Span of a tie (Granovetter's "degree" of a local bridge, docs/metrics.md): the distance
 * between its two ends once the tie itself is removed,
 *
 *   span(u, v) = d_{G − uv}(u, v)        ∞ when uv is a global bridge
 *
 * computed for every local bridge of an undirected simple graph ({@link UndirectedTies}).
 *
 * - Global bridges (found first, in O(n + m), by src/core/bridges.ts) get ∞ without a search.
 * - Every other local bridge gets a search that never crosses the removed tie and stops as soon
 *   as the distance is known:
 *   - equal distances (hops, or every tie at distance c: span = hops × c): per local bridge, a
 *     level-synchronous bidirectional BFS that expands the side whose frontier has the smaller
 *     degree sum and stops at the first tie joining the two sides (see {@link spanHops} for why
 *     that first join is the distance);
 *   - otherwise the local bridges are grouped by a shared end (the **centre**: of the two ends,
 *     the one with more local bridges to search), and one search from each centre serves all of
 *     its bridges, each completed by a search from its far end (src/core/span-search.ts). On
 *     the 1M-tie benchmark graph 284,686 searches become 54,208 groups.
 *
 * Buffers (BFS: {@link SearchWorkspace}s from src/core/bfs.ts, one per direction; weighted: one
 * {@link SpanWorkspace}) are allocated once per thread and reset per search in O(nodes touched).
 * Threads take fixed ranges of searches (BFS) or of groups (weighted), and a span never depends
 * on which thread computed it.
 *
 * Why not the single-source searches of bfs.ts / dijkstra.ts: they cannot skip a tie and have
 * no early exit; a full single-source search per local bridge would cost O(m) each.
 *
 * References
 * [1] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [2] Pohl, I. (1971). Bi-directional search. Machine Intelligence 6:127–140.
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
import { centreSpans, createSpanWorkspace, spanAdjacency, type SpanAdjacency, type SpanWorkspace } from './span-search.js';

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
  const groups = adjacency === null ? null : groupByCentre(n, ends);
  const plan: SpanPlan = {
    n,
    offsets: adjacency === null ? offsets : adjacency.offsets,
    arcs: adjacency === null ? null : adjacency.arcs,
    neighbors: adjacency === null ? neighbors : null,
    slotTies: adjacency === null ? slotTies : null,
    unit,
    searches: k,
    ends: groups === null ? ends : groups.ends,
    tieIds,
    groupStart: groups === null ? null : groups.start,
  };
  const out = spanSearches(plan, threads);
  for (let j = 0; j < k; j++) spans[searched[groups === null ? j : groups.search[j]!]!] = out[j]!;
  return { ties: local, spans };
}

/**
 * The searches grouped by centre: each search's end with more searches (the lower id on a tie)
 * becomes its centre. Returns the searches reordered so that each group is contiguous (groups
 * by centre id, a group's searches in their original order), `ends` rewritten as (centre, far
 * end), `search[j]` the original index of reordered search j, and `start` the group boundaries.
 */
function groupByCentre(n: number, ends: Uint32Array): { ends: Uint32Array; search: Uint32Array; start: Uint32Array } {
  const k = ends.length / 2;
  const count = new Uint32Array(n);
  for (let j = 0; j < 2 * k; j++) count[ends[j]!]!++;
  const centreOf = new Uint32Array(k);
  const size = new Uint32Array(n + 1);
  for (let j = 0; j < k; j++) {
    const a = ends[2 * j]!;
    const b = ends[2 * j + 1]!;
    const c = count[a]! > count[b]! || (count[a] === count[b] && a < b) ? a : b;
    centreOf[j] = c;
    size[c + 1]!++;
  }
  let groups = 0;
  for (let x = 0; x < n; x++) {
    if (size[x + 1]! > 0) groups++;
    size[x + 1] = size[x + 1]! + size[x]!;
  }
  const search = new Uint32Array(k);
  const next = size.slice(0, n);
  for (let j = 0; j < k; j++) search[next[centreOf[j]!]!++] = j;
  const grouped = new Uint32Array(2 * k);
  const start = new Uint32Array(groups + 1);
  let g = 0;
  for (let i = 0; i < k; i++) {
    const j = search[i]!;
    const c = centreOf[j]!;
    grouped[2 * i] = c;
    grouped[2 * i + 1] = ends[2 * j] === c ? ends[2 * j + 1]! : ends[2 * j]!;
    if (i === 0 || c !== grouped[2 * i - 2]) start[g++] = i;
  }
  start[groups] = k;
  return { ends: grouped, search, start };
}

/** @internal Number of fixed ranges the span searches are split into (for every thread count). */
export const SPAN_CHUNKS = 64;

/** Searches below which `threads: 'auto'` stays on the calling thread (≈ 0.03–0.15 ms each on M). */
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
  /** Ends of search j at 2j, 2j + 1 (ids of the adjacency searched; weighted: centre first). */
  ends: Uint32Array;
  /** Tie id of search j (the hop search skips the tie by id). */
  tieIds: Uint32Array;
  /** Weighted: searches [groupStart[g], groupStart[g + 1]) share their centre; hops: `null`. */
  groupStart: Uint32Array | null;
}

/**
 * The units of work (groups, or searches when `groupStart` is `null`) that start range `c`:
 * ranges hold about the same number of searches, and a group is never split.
 */
function rangeStart(c: number, searches: number, groupStart: Uint32Array | null): number {
  const target = Math.floor((c * searches) / SPAN_CHUNKS);
  if (groupStart === null) return target;
  // The first group starting at or after the target.
  let lo = 0;
  let hi = groupStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (groupStart[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A runner of unit ranges (groups, or searches) over one thread's buffers. */
function spanRunner(p: SpanPlan, out: Float64Array): (from: number, to: number, progress: Int32Array | null, chunk: number) => void {
  let ws: SpanWorkspace | null = null;
  let forward: SearchWorkspace | null = null;
  let backward: SearchWorkspace | null = null;
  const adjacency: SpanAdjacency | null = p.arcs === null ? null : { order: p.n, offsets: p.offsets, arcs: p.arcs, rank: new Uint32Array(0) };
  return (from, to, progress, chunk) => {
    const { ends, groupStart } = p;
    if (adjacency !== null && groupStart !== null) {
      ws ??= createSpanWorkspace(adjacency);
      for (let g = from; g < to; g++) {
        const first = groupStart[g]!;
        centreSpans(adjacency, ends[2 * first]!, ends, first, groupStart[g + 1]!, out, ws);
        if (progress !== null) Atomics.add(progress, chunk, 1);
      }
      return;
    }
    forward ??= createSearchWorkspace(p.n, { weighted: false, paths: false });
    backward ??= createSearchWorkspace(p.n, { weighted: false, paths: false });
    for (let j = from; j < to; j++) {
      out[j] = spanHops(p.offsets, p.neighbors!, p.slotTies!, ends[2 * j]!, ends[2 * j + 1]!, p.tieIds[j]!, forward, backward) * p.unit;
      resetSearch(forward);
      resetSearch(backward);
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
  groupStart: SharedArrayBuffer | null;
  /** Float64[searches]. */
  out: SharedArrayBuffer;
}

/**
 * @internal
 * The `span` task (src/runtime/tasks.ts): chunk c runs the units (groups, or searches) of range
 * c of {@link SPAN_CHUNKS} into the shared output. Each span comes from its own group, whose
 * searches run in one order, so which thread ran a range never changes a value.
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
    groupStart: d.groupStart === null ? null : new Uint32Array(d.groupStart),
  };
  const run = spanRunner(p, new Float64Array(d.out));
  const start = (c: number) => rangeStart(c, p.searches, p.groupStart);
  return {
    steps: (c) => start(c + 1) - start(c),
    run: (c, progress, from = 0, to = Infinity) => {
      const first = start(c);
      run(first + from, Math.min(start(c + 1), first + to), progress, c);
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
      groupStart: shared(p.groupStart),
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
  const units = p.groupStart === null ? p.searches : p.groupStart.length - 1;
  spanRunner(p, out)(0, units, null, 0);
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
