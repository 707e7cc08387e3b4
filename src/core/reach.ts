/**
 * Reach kernels: how many people each person reaches within k hops (k-step reach, reach
 * efficiency), and the inverse-distance sums of distance-weighted reach (Borgatti 2006).
 *
 * k-step reach counts ({@link reachCounts}):
 * - the adjacency is first relabelled in BFS order (nodes close in the graph get close ids, so a
 *   search touches nearby memory; 1.2–1.4× faster on 10⁵-node graphs), results come back in index ids;
 * - visited marks are a `Uint8Array` of stamps (100 kB for 10⁵ people, so it stays in cache),
 *   cleared once every 255 sources instead of once per source;
 * - k = 1 is the degree; k = 2 runs a two-level loop without a queue (mark the neighbours, then
 *   count the unmarked neighbours of neighbours, branch-free); k ≥ 3 a level-by-level BFS whose
 *   last level is counted, not queued;
 * - large inputs spread {@link REACH_CHUNKS} fixed node ranges over worker threads when the cores
 *   are not already busy (`node:worker_threads`, Node ≥ 20.16, main thread only; the runner of
 *   src/runtime/run-sync.ts), each thread claiming the next free range, and the caller waits
 *   synchronously (`Atomics.wait`). The worker entry imports {@link reachTask}, the very function this
 *   thread runs (no second implementation). Each person's count is an integer computed by one
 *   thread, so results never depend on the number of threads.
 *
 * Distance-weighted sums ({@link inverseDistanceSums}, {@link setInverseDistanceSum}) run one BFS
 * (every tie one step) or Dijkstra per source with the shared search workspaces of bfs.ts and
 * dijkstra.ts.
 *
 * References
 * [1] Borgatti, S. P. (2006). Identifying sets of key players in a social network. Computational and
 *     Mathematical Organization Theory 12(1):21–34.
 *
 * @internal
 * @module
 */
import { bfsDistances, bfsOrder, createSearchWorkspace, resetSearch } from './bfs.js';
import { dijkstraDistances } from './dijkstra.js';
import { nodeRuntime, sharedBuffer, toShared, yieldToEventLoop } from '../runtime/node.js';
import { runChunksAsync, type AsyncRunOptions } from '../runtime/run-async.js';
import { runChunksSync } from '../runtime/run-sync.js';
import type { TaskRunner } from '../runtime/task.js';

/** @internal A directed adjacency over node ids 0…n−1 (undirected graphs list each tie in both lists). */
export interface ReachAdjacency {
  /** Offsets, length n + 1. */
  offsets: Uint32Array;
  /** Neighbour ids. */
  neighbors: Uint32Array;
  /** Distance of each slot, or `null` when every tie is one step (hops). */
  slotDist: Float64Array | null;
}

/**
 * @internal
 * The slots of an adjacency whose tie passes a filter: slot p is kept when
 * `tieClass[slotTies[p]] === keep`. `slotDist` (when given) is filtered alongside. O(n + slots).
 *
 * @param offsets Adjacency offsets.
 * @param neighbors Neighbour ids.
 * @param slotTies Tie id of each slot.
 * @param slotDist Distance of each slot, or `null`.
 * @param tieClass A class (0/1) per tie id, e.g. 1 = strong.
 * @param keep The class to keep.
 */
export function filterAdjacency(
  offsets: Uint32Array,
  neighbors: Uint32Array,
  slotTies: Uint32Array,
  slotDist: Float64Array | null,
  tieClass: Uint8Array,
  keep: 0 | 1,
): ReachAdjacency {
  const n = offsets.length - 1;
  const slots = offsets[n]!;
  let kept = 0;
  for (let p = 0; p < slots; p++) if (tieClass[slotTies[p]!] === keep) kept++;
  const offsets2 = new Uint32Array(n + 1);
  const neighbors2 = new Uint32Array(kept);
  const dist2 = slotDist === null ? null : new Float64Array(kept);
  let q = 0;
  for (let v = 0; v < n; v++) {
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      if (tieClass[slotTies[p]!] !== keep) continue;
      neighbors2[q] = neighbors[p]!;
      if (dist2 !== null) dist2[q] = slotDist![p]!;
      q++;
    }
    offsets2[v + 1] = q;
  }
  return { offsets: offsets2, neighbors: neighbors2, slotDist: dist2 };
}

/**
 * @internal
 * k-step reach counts of the people in [from, to): out[i] = |{ j ≠ i : d(i, j) ≤ k }| along the
 * adjacency. References nothing outside its parameters, so that a worker thread can run its
 * source text.
 *
 * @param offsets Adjacency offsets.
 * @param neighbors Neighbour ids (distinct within a list, never the node itself).
 * @param k The number of hops (integer ≥ 1).
 * @param from First node of the range.
 * @param to End of the range (exclusive).
 * @param stamp Visited stamps, length n (any content; cleared here).
 * @param queue BFS queue, length n (k ≥ 3 only).
 * @param out Counts, indexed by node id.
 */
export function reachChunk(
  offsets: Uint32Array,
  neighbors: Uint32Array,
  k: number,
  from: number,
  to: number,
  stamp: Uint8Array,
  queue: Uint32Array,
  out: Int32Array,
): void {
  if (k === 1) {
    for (let i = from; i < to; i++) out[i] = offsets[i + 1]! - offsets[i]!;
    return;
  }
  stamp.fill(0);
  let mark = 0;
  for (let i = from; i < to; i++) {
    // Stamps cycle through 1…255; the array is cleared when they wrap.
    mark++;
    if (mark === 256) {
      stamp.fill(0);
      mark = 1;
    }
    stamp[i] = mark;
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    if (k === 2) {
      // Level 1: the neighbours (distinct, never i). Level 2: their unmarked neighbours,
      // counted branch-free (a mispredicted branch costs more than a redundant store).
      let count = end - start;
      for (let p = start; p < end; p++) stamp[neighbors[p]!] = mark;
      for (let p = start; p < end; p++) {
        const j = neighbors[p]!;
        const jEnd = offsets[j + 1]!;
        for (let q = offsets[j]!; q < jEnd; q++) {
          const w = neighbors[q]!;
          count += stamp[w] !== mark ? 1 : 0;
          stamp[w] = mark;
        }
      }
      out[i] = count;
      continue;
    }
    // k ≥ 3: levels 1 … k − 1 are queued; level k is only counted.
    queue[0] = i;
    let head = 0;
    let tail = 1;
    for (let depth = 1; depth < k && head < tail; depth++) {
      const levelEnd = tail;
      for (; head < levelEnd; head++) {
        const v = queue[head]!;
        const vEnd = offsets[v + 1]!;
        for (let p = offsets[v]!; p < vEnd; p++) {
          const w = neighbors[p]!;
          if (stamp[w] !== mark) {
            stamp[w] = mark;
            queue[tail++] = w;
          }
        }
      }
    }
    let count = tail - 1;
    for (; head < tail; head++) {
      const v = queue[head]!;
      const vEnd = offsets[v + 1]!;
      for (let p = offsets[v]!; p < vEnd; p++) {
        const w = neighbors[p]!;
        count += stamp[w] !== mark ? 1 : 0;
        stamp[w] = mark;
      }
    }
    out[i] = count;
  }
}

/**
 * @internal
 * Node ranges: range c is [⌊c·n/chunks⌋, ⌊(c+1)·n/chunks⌋). Fixed, whatever the thread count.
 */
export const REACH_CHUNKS = 64;

/** @internal Options of {@link reachCounts}. */
export interface ReachCountOptions {
  /**
   * Threads: a number (1 = this thread only), or `'auto'`: the machine's parallelism when the
   * estimated work is large enough. [`'auto'`]
   */
  threads?: number | 'auto';
  /**
   * Test hook: with threads, let the workers claim ranges first (this thread only takes what they
   * leave after a start-up grace period, see src/runtime/run-sync.ts), so that small inputs
   * exercise the worker path. [`false`]
   */
  workersFirst?: boolean;
  /** Test hook: a worker exits (as a crashed thread would) when it reaches this range. */
  dieOnChunk?: number;
}

/** @internal What {@link reachCounts} returns. */
export interface ReachCountResult {
  /** k-step reach count per node (index ids). */
  counts: Float64Array;
  /** Number of node ranges a worker thread delivered (0 when everything ran on this thread). */
  workerChunks: number;
}

/** Estimated stamp checks below which threads do not pay for their start-up (~0.05 s of work). */
const PARALLEL_MIN_WORK = 2e7;
/** Graphs with fewer adjacency slots are not relabelled (the copy costs more than it saves). */
const RELABEL_MIN_SLOTS = 1 << 16;

/**
 * @internal
 * k-step reach count of every node along `adj` (hops; `slotDist` ignored).
 *
 * @param adj The adjacency searched (out- or in-arcs, possibly filtered to strong or weak ties).
 * @param k The number of hops (integer ≥ 1).
 * @param options Threads.
 * @returns The counts, in the ids of `adj`.
 */
export function reachCounts(adj: ReachAdjacency, k: number, options: ReachCountOptions = {}): ReachCountResult {
  const n = adj.offsets.length - 1;
  const slots = adj.offsets[n]!;
  const relabel = k > 1 && slots >= RELABEL_MIN_SLOTS;
  const oldOf = relabel ? bfsOrder(n, adj.offsets, adj.neighbors, adj.offsets, adj.neighbors) : null;
  const { offsets, neighbors } = oldOf === null ? adj : relabelPlain(oldOf, adj.offsets, adj.neighbors);
  const threads = k === 1 ? 1 : chooseThreads(options.threads ?? 'auto', estimateWork(offsets, neighbors, k));
  let out: Int32Array | null = null;
  let workerChunks = 0;
  if (threads > 1) {
    const parallel = runParallel(offsets, neighbors, k, threads, options.workersFirst === true, options.dieOnChunk);
    if (parallel !== null) {
      out = parallel.out;
      workerChunks = parallel.workerChunks;
    }
  }
  if (out === null) {
    out = new Int32Array(n);
    reachChunk(offsets, neighbors, k, 0, n, new Uint8Array(n), new Uint32Array(k > 2 ? n : 0), out);
  }
  const counts = new Float64Array(n);
  if (oldOf === null) for (let i = 0; i < n; i++) counts[i] = out[i]!;
  else for (let i = 0; i < n; i++) counts[oldOf[i]!] = out[i]!;
  return { counts, workerChunks };
}

/** Offsets and neighbours under the relabelling `oldOf[newId] = oldId` (no tie ids, no distances). */
function relabelPlain(oldOf: Uint32Array, offsets: Uint32Array, neighbors: Uint32Array): { offsets: Uint32Array; neighbors: Uint32Array } {
  const n = oldOf.length;
  const newOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) newOf[oldOf[i]!] = i;
  const offsets2 = new Uint32Array(n + 1);
  const neighbors2 = new Uint32Array(offsets[n]!);
  let q = 0;
  for (let i = 0; i < n; i++) {
    const v = oldOf[i]!;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) neighbors2[q++] = newOf[neighbors[p]!]!;
    offsets2[i + 1] = q;
  }
  return { offsets: offsets2, neighbors: neighbors2 };
}

/** Stamp checks of the search: Σ_v indeg(v) · outdeg(v) for k = 2 (each arc into v scans v's list), more for k ≥ 3. */
function estimateWork(offsets: Uint32Array, neighbors: Uint32Array, k: number): number {
  const n = offsets.length - 1;
  const slots = offsets[n]!;
  const indeg = new Uint32Array(n);
  for (let p = 0; p < slots; p++) indeg[neighbors[p]!]!++;
  let work = 0;
  for (let v = 0; v < n; v++) work += indeg[v]! * (offsets[v + 1]! - offsets[v]!);
  return k === 2 ? work : Math.min(work * (k - 1), n * (n + slots));
}

/**
 * `'auto'`: one thread per core when the work is large enough and the cores are not already busy
 * (1-minute load average below the core count; 0 where the platform has none). On an oversubscribed
 * machine extra threads only add contention: measured on 2 shared cores at load 5, 2 threads took
 * 1.3× the wall time of 1 (at load 1.5 they took 0.55×). Results never depend on the choice.
 */
function chooseThreads(threads: number | 'auto', work: number): number {
  if (threads !== 'auto') return Math.max(1, Math.min(REACH_CHUNKS, Math.floor(threads)));
  if (work < PARALLEL_MIN_WORK) return 1;
  const node = nodeRuntime();
  if (node === null || node.load >= node.parallelism) return 1;
  return Math.max(1, Math.min(8, node.parallelism));
}

/** @internal The error text of the last failed or stalled worker range (diagnostics and tests), or `null`. */
export let lastReachWorkerError: string | null = null;

/** @internal What the `reach` task receives. */
export interface ReachTaskData {
  offsets: SharedArrayBuffer;
  neighbors: SharedArrayBuffer;
  out: SharedArrayBuffer;
  n: number;
  k: number;
  chunks: number;
}

/**
 * @internal
 * The `reach` task (registered in src/runtime/tasks.ts): views of the shared arrays, the thread's
 * own stamps and queue, and {@link reachChunk} of node range c into the shared counts.
 */
export function reachTask(d: ReachTaskData): TaskRunner<void> {
  const offsets = new Uint32Array(d.offsets);
  const neighbors = new Uint32Array(d.neighbors);
  const out = new Int32Array(d.out);
  let stamp: Uint8Array | null = null;
  let queue: Uint32Array | null = null;
  return {
    run: (c, progress) => {
      stamp ??= new Uint8Array(d.n);
      queue ??= new Uint32Array(d.k > 2 ? d.n : 0);
      const from = Math.floor((c * d.n) / d.chunks);
      const to = Math.floor(((c + 1) * d.n) / d.chunks);
      reachChunk(offsets, neighbors, d.k, from, to, stamp, queue, out);
      if (progress !== null) Atomics.add(progress, c, to - from);
    },
  };
}

/**
 * Runs the ranges over `threads` threads, this one included ({@link runChunksSync}). Returns the
 * counts and how many ranges workers delivered, or `null` when workers are unavailable (the caller
 * then runs everything here).
 */
function runParallel(
  offsets: Uint32Array,
  neighbors: Uint32Array,
  k: number,
  threads: number,
  workersFirst: boolean,
  dieOnChunk: number | undefined,
): { out: Int32Array; workerChunks: number } | null {
  const n = offsets.length - 1;
  const chunks = REACH_CHUNKS;
  const out = new Int32Array(new SharedArrayBuffer(4 * n));
  let here: TaskRunner<void> | null = null;
  const data: ReachTaskData = { offsets: toShared(offsets), neighbors: toShared(neighbors), out: out.buffer as SharedArrayBuffer, n, k, chunks };
  const result = runChunksSync<ReachTaskData>({
    task: 'reach',
    chunks,
    threads,
    workersFirst,
    dieOnChunk,
    data,
    // A range a worker failed on is recomputed into the same counts: a late worker can only
    // write the same values.
    runHere: (c) => {
      here ??= reachTask(data);
      here.run(c, null);
    },
  });
  if (result === null) return null;
  lastReachWorkerError = result.error;
  // Copy out of shared memory, so that nothing a straggler writes can reach the caller.
  return { out: out.slice(), workerChunks: result.workerChunks };
}

/** @internal How {@link reachCountsAsync} runs. */
export type ReachAsyncRun = Omit<AsyncRunOptions, 'threads'> & { threads?: number | 'auto' | undefined };

/**
 * @internal
 * {@link reachCounts} without blocking the calling thread (worker threads, or this thread in
 * slices), with `signal` and `onProgress` (one unit per node). Same counts.
 */
export async function reachCountsAsync(adj: ReachAdjacency, k: number, options: ReachAsyncRun): Promise<ReachCountResult> {
  const n = adj.offsets.length - 1;
  const slots = adj.offsets[n]!;
  const relabel = k > 1 && slots >= RELABEL_MIN_SLOTS;
  const oldOf = relabel ? bfsOrder(n, adj.offsets, adj.neighbors, adj.offsets, adj.neighbors) : null;
  await yieldToEventLoop();
  const { offsets, neighbors } = oldOf === null ? adj : relabelPlain(oldOf, adj.offsets, adj.neighbors);
  await yieldToEventLoop();
  const chunks = REACH_CHUNKS;
  const out = new Int32Array(sharedBuffer(4 * n));
  const data: ReachTaskData = {
    offsets: toShared(offsets),
    neighbors: toShared(neighbors),
    out: out.buffer as SharedArrayBuffer,
    n,
    k,
    chunks,
  };
  const units = Array.from({ length: chunks }, (_, c) => Math.floor(((c + 1) * n) / chunks) - Math.floor((c * n) / chunks));
  const { workerChunks, error } = await runChunksAsync<ReachTaskData, void>(
    { task: 'reach', setup: reachTask, data, chunks, units, work: estimateWork(offsets, neighbors, k) },
    { ...options, threads: options.threads ?? 'auto' },
  );
  lastReachWorkerError = error;
  const counts = new Float64Array(n);
  if (oldOf === null) for (let i = 0; i < n; i++) counts[i] = out[i]!;
  else for (let i = 0; i < n; i++) counts[oldOf[i]!] = out[i]!;
  return { counts, workerChunks };
}

/**
 * @internal
 * Σ_{j ≠ i, reachable} 1 / d(i, j) for every node i: one BFS (every tie one step of length
 * `unit`) or Dijkstra per source, on the adjacency relabelled in BFS order. Results in the ids of `adj`.
 *
 * @param adj The adjacency searched, with slot distances (all > 0) or `null` for a common distance.
 * @param unit The common distance of every tie when `adj.slotDist` is `null` (1 for hops).
 */
export function inverseDistanceSums(adj: ReachAdjacency, unit: number): Float64Array {
  const n = adj.offsets.length - 1;
  const out = new Float64Array(n);
  const oldOf = bfsOrder(n, adj.offsets, adj.neighbors, adj.offsets, adj.neighbors);
  const rel = relabelWithDistances(oldOf, adj);
  const ws = createSearchWorkspace(n, { weighted: rel.slotDist !== null, paths: false });
  const { order, hops, dist } = ws;
  for (let u = 0; u < n; u++) {
    let sum = 0;
    if (rel.slotDist === null) {
      bfsDistances(rel.offsets, rel.neighbors, u, ws);
      for (let i = 1; i < ws.count; i++) sum += 1 / (hops[order[i]!]! * unit);
    } else {
      dijkstraDistances(rel.offsets, rel.neighbors, rel.slotDist, u, ws);
      for (let i = 1; i < ws.count; i++) sum += 1 / dist[order[i]!]!;
    }
    out[oldOf[u]!] = sum;
    resetSearch(ws);
  }
  return out;
}

/** {@link relabelPlain} plus the slot distances. */
function relabelWithDistances(oldOf: Uint32Array, adj: ReachAdjacency): ReachAdjacency {
  const { offsets, neighbors } = relabelPlain(oldOf, adj.offsets, adj.neighbors);
  if (adj.slotDist === null) return { offsets, neighbors, slotDist: null };
  const n = oldOf.length;
  const slotDist = new Float64Array(adj.slotDist.length);
  let q = 0;
  for (let i = 0; i < n; i++) {
    const v = oldOf[i]!;
    for (let p = adj.offsets[v]!, end = adj.offsets[v + 1]!; p < end; p++) slotDist[q++] = adj.slotDist[p]!;
  }
  return { offsets, neighbors, slotDist };
}

/**
 * @internal
 * Σ_j r(j) for a set M of sources (Borgatti's distance-weighted reach of a set, before dividing by
 * n): r(j) = 1 for j ∈ M, 1 / d(M, j) with d(M, j) = min_{i ∈ M} d(i, j) for the others, 0 when
 * unreachable. One search per member; summed over node ids in order.
 *
 * @param adj The adjacency searched, with slot distances (all > 0) or `null` for a common distance.
 * @param unit The common distance of every tie when `adj.slotDist` is `null` (1 for hops).
 * @param members The distinct member ids.
 */
export function setInverseDistanceSum(adj: ReachAdjacency, unit: number, members: Uint32Array): number {
  const n = adj.offsets.length - 1;
  const best = new Float64Array(n).fill(Infinity);
  const ws = createSearchWorkspace(n, { weighted: adj.slotDist !== null, paths: false });
  const { order, hops, dist } = ws;
  for (let m = 0; m < members.length; m++) {
    if (adj.slotDist === null) bfsDistances(adj.offsets, adj.neighbors, members[m]!, ws);
    else dijkstraDistances(adj.offsets, adj.neighbors, adj.slotDist, members[m]!, ws);
    for (let i = 0; i < ws.count; i++) {
      const v = order[i]!;
      const d = adj.slotDist === null ? hops[v]! * unit : dist[v]!;
      if (d < best[v]!) best[v] = d;
    }
    resetSearch(ws);
  }
  for (let m = 0; m < members.length; m++) best[members[m]!] = 0;
  let sum = 0;
  for (let v = 0; v < n; v++) {
    const d = best[v]!;
    if (d === 0) sum += 1;
    else if (d < Infinity) sum += 1 / d;
  }
  return sum;
}
