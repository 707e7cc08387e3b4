/**
 * Brandes' betweenness, split by step as NetworkX does, so node and edge betweenness (and
 * sampling) share one implementation:
 *
 *   1. single-source search: {@link bfsCount} (hops) or {@link dijkstraCount} (distances), which
 *      fill σ and the shortest-path DAG;
 *   2. dependency accumulation: {@link accumulateHops} (after a BFS, pulling from successors)
 *      or {@link accumulate} (after Dijkstra, over the recorded predecessors) walk the DAG from
 *      the farthest node back, δ_s(v) = Σ_{w : v ∈ P_s(w)} σ_sv / σ_sw · (1 + δ_s(w)), adding δ
 *      to nodes and the per-arc shares σ_sv / σ_sw · (1 + δ_s(w)) to ties;
 *   3. rescaling: {@link rescaleBetweenness}, as NetworkX's `_rescale` (2.8.8 for exact values).
 *
 * Sums are over ordered (source, target) pairs, undirected graphs included (each unordered pair
 * counted twice); the rescaling halves them where NetworkX does.
 *
 * Speed ({@link brandesSums}, {@link brandesSumsAsync}): the adjacency is relabelled in BFS order
 * for memory locality, and large inputs spread 8 fixed source chunks over worker threads (the
 * runtime of src/runtime/: the worker entry imports {@link brandesTask} from its task registry);
 * chunk sums are added in chunk order, so results never depend on threads.
 *
 * References
 * [1] Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociol. 25(2):163–177.
 * [2] Brandes, U. (2008). On variants of shortest-path betweenness centrality and their generic
 *     computation. Social Networks 30(2):136–145.
 * [3] Brandes, U., Pich, C. (2007). Centrality estimation in large networks. Int. J. Bifurcation
 *     and Chaos 17(7):2303–2318.
 *
 * @internal
 * @module
 */
import {
  bfsCount,
  bfsOrder,
  createSearchWorkspace,
  relabelAdjacency,
  resetSearch,
  type RelabelledAdjacency,
  type SearchWorkspace,
} from './bfs.js';
import type { CsrIndex } from './csr.js';
import { dijkstraCount, PATH_EPSILON } from './dijkstra.js';
import type { PathDistances } from './distances.js';
import { sharedBuffer, toShared, yieldToEventLoop } from '../runtime/node.js';
import { runChunksAsync, type AsyncRunOptions } from '../runtime/run-async.js';
import { runChunksSync } from '../runtime/run-sync.js';
import { relabelOffThread, sharedOf } from '../runtime/relabel.js';
import { resolveThreadCount } from '../runtime/spawn.js';
import type { TaskRunner } from '../runtime/task.js';

/**
 * @internal
 * Step 2 after a BFS ({@link bfsCount}): accumulates the dependencies of the source, pulling
 * from successors. Walking `order` backwards, each node v sums c_w = (1 + δ(w)) / σ_w over its
 * neighbours w one hop farther (its successors in the shortest-path DAG), then
 * δ(v) = σ_v · Σ c_w, and stores c_v in `ws.delta`. Adds δ(v) (+1 with `endpoints`) to
 * `nodeOut[v]` for v ≠ s, with `endpoints` the number of reached targets to `nodeOut[s]`, and
 * each DAG arc's share σ_v · c_w to `tieOut[tie]`.
 *
 * @param offsets The adjacency searched.
 * @param neighbors Its neighbour ids.
 * @param slotTies Its tie ids.
 * @param ws The workspace of the BFS just run.
 * @param source The source of that BFS.
 * @param nodeOut Node sums, or `null`.
 * @param tieOut Tie sums, or `null`.
 * @param endpoints Whether the endpoints of a path count as on it (node sums only).
 */
export function accumulateHops(
  offsets: Uint32Array,
  neighbors: Uint32Array,
  slotTies: Uint32Array,
  ws: SearchWorkspace,
  source: number,
  nodeOut: Float64Array | null,
  tieOut: Float64Array | null,
  endpoints: boolean,
): void {
  const { order, hops, sigma, delta: coeff } = ws;
  const last = tieOut === null ? 1 : 0; // the source's own arcs matter for ties only
  for (let i = ws.count - 1; i >= last; i--) {
    const v = order[i]!;
    const next = hops[v]! + 1;
    const sv = sigma[v]!;
    const end = offsets[v + 1]!;
    let acc = 0;
    if (tieOut === null) {
      for (let p = offsets[v]!; p < end; p++) {
        const w = neighbors[p]!;
        if (hops[w] === next) acc += coeff[w]!;
      }
    } else {
      for (let p = offsets[v]!; p < end; p++) {
        const w = neighbors[p]!;
        if (hops[w] === next) {
          const c = coeff[w]!;
          acc += c;
          tieOut[slotTies[p]!]! += sv * c;
        }
      }
    }
    const dv = sv * acc;
    coeff[v] = (1 + dv) / sv;
    if (nodeOut !== null && i > 0) nodeOut[v]! += endpoints ? dv + 1 : dv;
  }
  if (nodeOut !== null && endpoints) nodeOut[source]! += ws.count - 1;
}

/**
 * @internal
 * Step 2 after Dijkstra ({@link dijkstraCount}): accumulates the dependencies of the source over
 * the recorded predecessor lists, pushing to predecessors (Brandes 2001, as NetworkX):
 * δ(v) += σ_v / σ_w · (1 + δ(w)) for each predecessor v of w. Explicit predecessors keep the
 * accumulation consistent with the tie decisions Dijkstra made under the tolerance.
 *
 * @param ws The workspace of the search just run.
 * @param source The source of that search.
 * @param nodeOut Node sums, or `null`.
 * @param tieOut Tie sums, or `null`.
 * @param endpoints Whether the endpoints of a path count as on it (node sums only).
 */
export function accumulate(
  ws: SearchWorkspace,
  source: number,
  nodeOut: Float64Array | null,
  tieOut: Float64Array | null,
  endpoints: boolean,
): void {
  const { order, sigma, delta, predStart, predCount, predNode, predTie } = ws;
  for (let i = ws.count - 1; i >= 0; i--) {
    const w = order[i]!;
    const coeff = (1 + delta[w]!) / sigma[w]!;
    const start = predStart[w]!;
    const end = start + predCount[w]!;
    if (tieOut !== null) {
      for (let q = start; q < end; q++) {
        const v = predNode[q]!;
        const c = sigma[v]! * coeff;
        tieOut[predTie[q]!]! += c;
        delta[v]! += c;
      }
    } else {
      for (let q = start; q < end; q++) {
        const v = predNode[q]!;
        delta[v]! += sigma[v]! * coeff;
      }
    }
    if (nodeOut !== null && w !== source) nodeOut[w]! += endpoints ? delta[w]! + 1 : delta[w]!;
  }
  if (nodeOut !== null && endpoints) nodeOut[source]! += ws.count - 1;
}

/** @internal What {@link brandesSums} computes. */
export interface BrandesTask {
  /** Sources to search from (pivots, index ids), or `null` for every node. */
  sources: Uint32Array | null;
  /** Whether to sum node dependencies. */
  nodes: boolean;
  /** Whether to sum tie (edge) dependencies. */
  ties: boolean;
  /** Whether the endpoints of a path count as on it (node sums). */
  endpoints: boolean;
  /**
   * Threads to spread the sources over: a number (1 = this thread only), or `'auto'`: as many
   * as the machine's parallelism (at most {@link SOURCE_CHUNKS}) when the work is large enough. [`'auto'`]
   */
  threads?: number | 'auto';
  /**
   * Test hook: with threads, let the workers claim chunks first (this thread only takes what they
   * leave after a start-up grace period, see src/runtime/run-sync.ts), so that small inputs
   * exercise the worker path. [`false`]
   */
  workersFirst?: boolean;
  /** Test hook: a worker exits (as a crashed thread would) when it reaches this chunk. */
  dieOnChunk?: number;
}

/** @internal Raw ordered-pair sums of {@link brandesSums}. */
export interface BrandesSums {
  /** Per node (length `order`, index ids), or `null`. */
  nodes: Float64Array | null;
  /** Per tie (length `size`, aligned with `tieSources`), or `null`. */
  ties: Float64Array | null;
  /** Number of source chunks whose sums a worker thread delivered (0 when all ran on this thread). */
  workerChunks: number;
  /** Why a worker failed or stalled during the call (its chunk was rerun here), or `null`. */
  workerError: string | null;
}

/**
 * @internal
 * Sources are split into this many chunks (source i goes to chunk i mod 8); each chunk is summed
 * on its own and the chunk sums are added in chunk order, so the result is bit for bit the same
 * however many threads ran and whichever thread took which chunk.
 */
export const SOURCE_CHUNKS = 8;

/** Estimated arc visits (sources × (nodes + slots)) below which threads do not pay for their start-up (~0.1 s). */
const PARALLEL_MIN_WORK = 5e7;
/** Largest total size of the per-chunk sum buffers threads may allocate (bytes); larger tasks run on one thread. */
const PARALLEL_MAX_BYTES = 512 * 2 ** 20;

/**
 * @internal
 * Steps 1 and 2 for the sources of one chunk: positions i ≡ chunk (mod chunks) of `sources`
 * (or the node ids themselves when `sources` is null), adding into `nodes`/`ties`; only the
 * `from`-th to (`to` − 1)-th of them, so that a chunk can run in slices.
 */
export function brandesChunk(
  offsets: Uint32Array,
  neighbors: Uint32Array,
  slotTies: Uint32Array,
  slotDist: Float64Array | null,
  sources: Uint32Array | null,
  k: number,
  chunk: number,
  chunks: number,
  ws: SearchWorkspace,
  nodes: Float64Array | null,
  ties: Float64Array | null,
  endpoints: boolean,
  epsilon: number,
  progress: Int32Array | null,
  from = 0,
  to = Infinity,
): void {
  const stop = Math.min(k, chunk + to * chunks);
  for (let i = chunk + from * chunks; i < stop; i += chunks) {
    const s = sources === null ? i : sources[i]!;
    if (slotDist !== null) {
      dijkstraCount(offsets, neighbors, slotDist, slotTies, s, ws, epsilon);
      accumulate(ws, s, nodes, ties, endpoints);
    } else {
      bfsCount(offsets, neighbors, s, ws);
      accumulateHops(offsets, neighbors, slotTies, ws, s, nodes, ties, endpoints);
    }
    resetSearch(ws);
    if (progress !== null) Atomics.add(progress, chunk, 1);
  }
}

/**
 * @internal
 * Steps 1 and 2 over all sources (or the given pivots): raw, unscaled ordered-pair sums.
 *
 * - BFS when every tie has the same distance, Dijkstra otherwise.
 * - The adjacency is first relabelled in BFS order ({@link bfsOrder}) for memory locality
 *   (1.3–1.5× faster on 10⁵-node graphs); results come back in index ids.
 * - Sources are split into {@link SOURCE_CHUNKS} chunks. Large inputs spread the chunks over
 *   worker threads (`node:worker_threads`, Node ≥ 20.16, main thread only), each thread claiming
 *   the next free chunk, and the caller waits synchronously (`Atomics.wait`). A worker that fails
 *   or stalls has its chunk recomputed here. Results do not depend on the number of threads.
 *
 * @param index The index.
 * @param distances The resolved distances (all > 0).
 * @param task What to compute.
 * @returns The raw sums.
 */
export function brandesSums(index: CsrIndex, distances: PathDistances, task: BrandesTask): BrandesSums {
  const n = index.order;
  const oldOf = bfsOrder(n, index.offsets, index.neighbors, index.inOffsets, index.inNeighbors);
  const adj = relabelAdjacency(oldOf, index.offsets, index.neighbors, index.slotTies, distances.slots);
  const sources = task.sources === null ? null : Uint32Array.from(task.sources, (s) => adj.newOf[s]!);
  const k = sources === null ? n : sources.length;
  const T = index.size;
  const bytes = SOURCE_CHUNKS * 8 * ((task.nodes ? n : 0) + (task.ties ? T : 0));
  const threads = bytes > PARALLEL_MAX_BYTES ? 1 : chooseThreads(task.threads ?? 'auto', k * (n + adj.offsets[n]!));
  const run: ChunkRun = { adj, sources, k, n, T, task };
  const chunkSums = threads > 1 ? runParallel(run, threads) : null;
  const nodes = task.nodes ? new Float64Array(n) : null;
  const ties = task.ties ? new Float64Array(T) : null;
  let workerChunks = 0;
  let workerError: string | null = null;
  if (chunkSums === null) {
    // This thread only: sum each chunk into scratch arrays, then add them in chunk order.
    const ws = createSearchWorkspace(n, { weighted: adj.slotDist !== null, paths: true, predStart: adj.predStart });
    const chunkNodes = task.nodes ? new Float64Array(n) : null;
    const chunkTies = task.ties ? new Float64Array(T) : null;
    for (let c = 0; c < SOURCE_CHUNKS; c++) {
      chunkNodes?.fill(0);
      chunkTies?.fill(0);
      runChunk(run, c, ws, chunkNodes, chunkTies, null);
      addInto(nodes, chunkNodes);
      addInto(ties, chunkTies);
    }
  } else {
    for (let c = 0; c < SOURCE_CHUNKS; c++) {
      addInto(nodes, chunkSums.nodes[c] ?? null);
      addInto(ties, chunkSums.ties[c] ?? null);
    }
    workerChunks = chunkSums.workerChunks;
    workerError = chunkSums.workerError;
  }
  if (nodes === null) return { nodes: null, ties, workerChunks, workerError };
  const byIndexId = new Float64Array(n);
  for (let i = 0; i < n; i++) byIndexId[oldOf[i]!] = nodes[i]!;
  return { nodes: byIndexId, ties, workerChunks, workerError };
}

/** Everything a chunk needs. */
interface ChunkRun {
  adj: RelabelledAdjacency;
  sources: Uint32Array | null;
  k: number;
  n: number;
  T: number;
  task: BrandesTask;
}

function runChunk(
  run: ChunkRun,
  chunk: number,
  ws: SearchWorkspace,
  nodes: Float64Array | null,
  ties: Float64Array | null,
  progress: Int32Array | null,
): void {
  const { adj, sources, k, task } = run;
  brandesChunk(adj.offsets, adj.neighbors, adj.slotTies, adj.slotDist, sources, k, chunk, SOURCE_CHUNKS, ws, nodes, ties, task.endpoints, PATH_EPSILON, progress);
}

function addInto(total: Float64Array | null, part: Float64Array | null): void {
  if (total === null || part === null) return;
  for (let i = 0; i < total.length; i++) total[i]! += part[i]!;
}

function chooseThreads(threads: number | 'auto', work: number): number {
  if (threads === 'auto' && work < PARALLEL_MIN_WORK) return 1;
  return resolveThreadCount(threads, SOURCE_CHUNKS);
}

/** @internal What the `brandes` task receives: the relabelled adjacency and the chunk sums, in shared memory. */
export interface BrandesTaskData {
  offsets: SharedArrayBuffer;
  neighbors: SharedArrayBuffer;
  slotTies: SharedArrayBuffer;
  slotDist: SharedArrayBuffer | null;
  predStart: SharedArrayBuffer;
  sources: SharedArrayBuffer | null;
  k: number;
  n: number;
  chunks: number;
  nodes: (SharedArrayBuffer | null)[];
  ties: (SharedArrayBuffer | null)[];
  endpoints: boolean;
  epsilon: number;
}

/**
 * @internal
 * The `brandes` task (registered in src/runtime/tasks.ts): a thread's chunk runner over views of
 * the shared arrays, with one search workspace, summing chunk c into the chunk's shared sums. A
 * chunk's steps are its sources, so this thread can run it in slices.
 */
export function brandesTask(d: BrandesTaskData): TaskRunner<void> {
  const offsets = new Uint32Array(d.offsets);
  const neighbors = new Uint32Array(d.neighbors);
  const slotTies = new Uint32Array(d.slotTies);
  const slotDist = d.slotDist === null ? null : new Float64Array(d.slotDist);
  const predStart = new Uint32Array(d.predStart);
  const sources = d.sources === null ? null : new Uint32Array(d.sources);
  let ws: SearchWorkspace | null = null;
  return {
    steps: (c) => (c < d.k ? Math.ceil((d.k - c) / d.chunks) : 0),
    run: (c, progress, from = 0, to = Infinity) => {
      ws ??= createSearchWorkspace(d.n, { weighted: slotDist !== null, paths: true, predStart });
      const nodes = d.nodes[c] ? new Float64Array(d.nodes[c]) : null;
      const ties = d.ties[c] ? new Float64Array(d.ties[c]) : null;
      brandesChunk(offsets, neighbors, slotTies, slotDist, sources, d.k, c, d.chunks, ws, nodes, ties, d.endpoints, d.epsilon, progress, from, to);
    },
  };
}

/** The task data of a run, with its per-chunk sums in shared memory. */
function taskData(run: ChunkRun): BrandesTaskData {
  const { adj, sources, k, n, T, task } = run;
  return {
    offsets: sharedOf(adj.offsets) as SharedArrayBuffer,
    neighbors: sharedOf(adj.neighbors) as SharedArrayBuffer,
    slotTies: sharedOf(adj.slotTies) as SharedArrayBuffer,
    slotDist: adj.slotDist === null ? null : (sharedOf(adj.slotDist) as SharedArrayBuffer),
    predStart: sharedOf(adj.predStart) as SharedArrayBuffer,
    sources: sources === null ? null : toShared(sources),
    k,
    n,
    chunks: SOURCE_CHUNKS,
    nodes: Array.from({ length: SOURCE_CHUNKS }, () => (task.nodes ? sharedBuffer(8 * n) : null)),
    ties: Array.from({ length: SOURCE_CHUNKS }, () => (task.ties ? sharedBuffer(8 * T) : null)),
    endpoints: task.endpoints,
    epsilon: PATH_EPSILON,
  };
}

/**
 * Runs the chunks over `threads` threads, this one included ({@link runChunksSync}). Returns each
 * chunk's sums and how many chunks workers delivered, or `null` when workers are unavailable (the
 * caller then runs everything here).
 */
function runParallel(
  run: ChunkRun,
  threads: number,
): { nodes: (Float64Array | null)[]; ties: (Float64Array | null)[]; workerChunks: number; workerError: string | null } | null {
  const { adj, n, T, task } = run;
  const data = taskData(run);
  const view = (buffers: (SharedArrayBuffer | null)[], c: number) => (buffers[c] ? new Float64Array(buffers[c]!) : null);
  const nodes: (Float64Array | null)[] = Array.from({ length: SOURCE_CHUNKS }, (_, c) => view(data.nodes, c));
  const ties: (Float64Array | null)[] = Array.from({ length: SOURCE_CHUNKS }, (_, c) => view(data.ties, c));
  let ws: SearchWorkspace | null = null;
  const result = runChunksSync<BrandesTaskData>({
    task: 'brandes',
    chunks: SOURCE_CHUNKS,
    threads,
    workersFirst: task.workersFirst === true,
    dieOnChunk: task.dieOnChunk,
    data,
    runHere: (c, retry) => {
      if (retry) {
        // Failed or died: recompute here into fresh arrays, which a late worker cannot touch.
        nodes[c] = task.nodes ? new Float64Array(n) : null;
        ties[c] = task.ties ? new Float64Array(T) : null;
      }
      ws ??= createSearchWorkspace(n, { weighted: adj.slotDist !== null, paths: true, predStart: adj.predStart });
      runChunk(run, c, ws, nodes[c]!, ties[c]!, null);
    },
  });
  if (result === null) return null;
  return { nodes, ties, workerChunks: result.workerChunks, workerError: result.error };
}

/** @internal How {@link brandesSumsAsync} runs (the runtime options of the `…Async` functions). */
export type BrandesAsyncRun = Omit<AsyncRunOptions, 'threads'> & { threads?: number | 'auto' | undefined };

/**
 * @internal
 * {@link brandesSums} without blocking the calling thread: the chunks run on worker threads (or
 * here, in slices between turns of the event loop, when no worker can start), with `signal` and
 * `onProgress` (one unit per source). Same sums, bit for bit.
 */
export async function brandesSumsAsync(index: CsrIndex, distances: PathDistances, task: BrandesTask, options: BrandesAsyncRun): Promise<BrandesSums> {
  const n = index.order;
  // The BFS relabelling runs on a worker for large graphs (the calling thread would be blocked for
  // a few hundred milliseconds on M); else here, in steps with a turn of the event loop between them.
  const offThread =
    options.threads === 1
      ? null
      : relabelOffThread(
          {
            n,
            offsets: index.offsets,
            neighbors: index.neighbors,
            slotTies: index.slotTies,
            slotDist: distances.slots,
            orderOffsets: index.offsets,
            orderNeighbors: index.neighbors,
            orderInOffsets: index.inOffsets,
            orderInNeighbors: index.inNeighbors,
          },
          options.signal,
          options.prefix,
        );
  let adj: RelabelledAdjacency;
  if (offThread !== null) adj = await offThread;
  else {
    const order = bfsOrder(n, index.offsets, index.neighbors, index.inOffsets, index.inNeighbors);
    await yieldToEventLoop();
    adj = relabelAdjacency(order, index.offsets, index.neighbors, index.slotTies, distances.slots);
    await yieldToEventLoop();
  }
  const oldOf = adj.oldOf;
  const sources = task.sources === null ? null : Uint32Array.from(task.sources, (s) => adj.newOf[s]!);
  const k = sources === null ? n : sources.length;
  const T = index.size;
  const run: ChunkRun = { adj, sources, k, n, T, task };
  const data = taskData(run);
  await yieldToEventLoop();
  const units = Array.from({ length: SOURCE_CHUNKS }, (_, c) => (c < k ? Math.ceil((k - c) / SOURCE_CHUNKS) : 0));
  const { workerChunks, error } = await runChunksAsync<BrandesTaskData, void>(
    {
      task: 'brandes',
      setup: brandesTask,
      data,
      chunks: SOURCE_CHUNKS,
      units,
      work: k * (n + adj.offsets[n]!),
      reset: (c) => {
        const nodeSums = data.nodes[c];
        const tieSums = data.ties[c];
        if (nodeSums) new Float64Array(nodeSums).fill(0);
        if (tieSums) new Float64Array(tieSums).fill(0);
      },
    },
    { ...options, threads: options.threads ?? 'auto' },
  );
  const nodes = task.nodes ? new Float64Array(n) : null;
  const ties = task.ties ? new Float64Array(T) : null;
  for (let c = 0; c < SOURCE_CHUNKS; c++) {
    const nodeSums = data.nodes[c];
    const tieSums = data.ties[c];
    addInto(nodes, nodeSums ? new Float64Array(nodeSums) : null);
    addInto(ties, tieSums ? new Float64Array(tieSums) : null);
  }
  if (nodes === null) return { nodes: null, ties, workerChunks, workerError: error };
  const byIndexId = new Float64Array(n);
  for (let i = 0; i < n; i++) byIndexId[oldOf[i]!] = nodes[i]!;
  return { nodes: byIndexId, ties, workerChunks, workerError: error };
}

/** @internal How {@link rescaleBetweenness} scales. */
export interface RescaleOptions {
  /** Divide by the number of (s, t) pairs. */
  normalized: boolean;
  /** Whether arcs are directed. */
  directed: boolean;
  /** Whether endpoints were counted (always `true` for edge betweenness). */
  endpoints: boolean;
  /** The pivots when sampled (node values: pivots get their own factor), `null` when every node was a source. */
  pivots: Uint32Array | null;
}

/**
 * @internal
 * Step 3, NetworkX's `_rescale`, in place. With N = n (endpoints) or n − 1 (not), and
 * K = k when sampled, N otherwise:
 *
 *   N < 2                                    no rescaling
 *   exact, or endpoints                      normalized: 1 / (K (N − 1));   raw: N / (K c)
 *   sampled without endpoints, pivot         normalized: 1 / ((K − 1)(N − 1)); raw: N / ((K − 1) c)
 *                              other nodes   normalized: 1 / (K (N − 1));   raw: N / (K c)
 *
 * with c = 2 undirected, 1 directed; K = 1 leaves pivots `NaN` (0/0, no data on them).
 *
 * Edge betweenness always counts endpoints (NetworkX), so ties take the first rows.
 *
 * @param values The raw ordered-pair sums (modified).
 * @param n The number of nodes.
 * @param options How to scale.
 */
export function rescaleBetweenness(values: Float64Array, n: number, options: RescaleOptions): void {
  const { normalized, directed, endpoints, pivots } = options;
  const N = endpoints ? n : n - 1;
  if (N < 2) return;
  const K = pivots === null ? N : pivots.length;
  const c = directed ? 1 : 2;
  const scale = normalized ? 1 / (K * (N - 1)) : N / (K * c);
  if (pivots === null || endpoints) {
    if (scale !== 1) for (let i = 0; i < values.length; i++) values[i]! *= scale;
    return;
  }
  const sourceScale = K > 1 ? (normalized ? 1 / ((K - 1) * (N - 1)) : N / ((K - 1) * c)) : Number.NaN;
  const isPivot = new Uint8Array(values.length);
  for (let j = 0; j < pivots.length; j++) isPivot[pivots[j]!] = 1;
  for (let i = 0; i < values.length; i++) values[i]! *= isPivot[i] === 1 ? sourceScale : scale;
}
