/**
 * One shortest-path search from every node, for the metrics that only need each source's
 * distances (closeness, harmonic closeness): nodes are relabelled in BFS order for memory
 * locality, one BFS (common distance) or Dijkstra runs per source along `direction`, and a named
 * per-source reduction ({@link SweepReduction}) turns the reached distances into the source's value.
 *
 * The sources are split into {@link SWEEP_CHUNKS} fixed ranges of the relabelled ids; large
 * inputs spread them over worker threads (the runtime of src/runtime/: the worker entry imports
 * {@link sweepTask} from its task registry). Each source's value depends on its own search only
 * and is written to its own slot, so the values are the same bit for bit for every thread count.
 *
 * @internal
 * @module
 */
import { bfsDistances, bfsOrder, createSearchWorkspace, relabelAdjacency, resetSearch, type SearchWorkspace } from './bfs.js';
import type { CsrIndex } from './csr.js';
import { dijkstraDistances } from './dijkstra.js';
import type { PathDistances } from './distances.js';
import { sharedBuffer, yieldToEventLoop } from '../runtime/node.js';
import { relabelOffThread, sharedOf } from '../runtime/relabel.js';
import { runChunksAsync, type AsyncRunOptions } from '../runtime/run-async.js';
import { runChunksSync } from '../runtime/run-sync.js';
import { resolveThreadCount } from '../runtime/spawn.js';
import type { TaskRunner } from '../runtime/task.js';

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
 * What a sweep computes per source, by name (a name, not a function, so that it crosses to a
 * worker thread): closeness (`'closeness'`, with or without the Wasserman–Faust factor) or
 * harmonic closeness (`'harmonic'`, optionally divided by n − 1).
 */
export type SweepReduction = { kind: 'closeness'; wassermanFaust: boolean } | { kind: 'harmonic'; normalized: boolean };

/** @internal The per-source reduction of a {@link SweepReduction} on a graph of `n` nodes. */
export function reducerOf(reduction: SweepReduction, n: number): (reached: ReachedDistances) => number {
  if (reduction.kind === 'closeness') {
    const wassermanFaust = reduction.wassermanFaust;
    return ({ order, count, hops, dist, unit }) => {
      let total = 0;
      if (hops !== null) {
        let sum = 0;
        for (let i = 1; i < count; i++) sum += hops[order[i]!]!;
        total = sum * unit;
      } else {
        for (let i = 1; i < count; i++) total += dist[order[i]!]!;
      }
      const reached = count - 1;
      if (reached === 0 || total <= 0) return 0;
      const c = reached / total;
      return wassermanFaust ? c * (reached / (n - 1)) : c;
    };
  }
  const scale = reduction.normalized && n > 1 ? 1 / (n - 1) : 1;
  return ({ order, count, hops, dist, unit }) => {
    let h = 0;
    if (hops !== null) for (let i = 1; i < count; i++) h += 1 / (hops[order[i]!]! * unit);
    else for (let i = 1; i < count; i++) h += 1 / dist[order[i]!]!;
    return h * scale;
  };
}

/**
 * @internal
 * Sources are split into this many fixed ranges of relabelled ids (range c is
 * [⌊c·n/chunks⌋, ⌊(c+1)·n/chunks⌋)), whatever the thread count.
 */
export const SWEEP_CHUNKS = 64;

/** Estimated arc visits (n × (n + slots)) below which threads do not pay for their start-up (~0.1 s). */
const PARALLEL_MIN_WORK = 5e7;

/** The relabelled adjacency a sweep searches. */
interface SweepPlan {
  n: number;
  oldOf: Uint32Array;
  offsets: Uint32Array;
  neighbors: Uint32Array;
  slotDist: Float64Array | null;
}

function plan(index: CsrIndex, distances: PathDistances, direction: 'out' | 'in'): SweepPlan {
  const n = index.order;
  const incoming = direction === 'in' && index.directed;
  // Relabel in BFS order for memory locality (see brandesSums); results go back to index ids.
  const oldOf = bfsOrder(n, index.offsets, index.neighbors, index.inOffsets, index.inNeighbors);
  const { offsets, neighbors, slotDist } = incoming
    ? relabelAdjacency(oldOf, index.inOffsets, index.inNeighbors, index.inSlotTies, distances.inSlots)
    : relabelAdjacency(oldOf, index.offsets, index.neighbors, index.slotTies, distances.slots);
  return { n, oldOf, offsets, neighbors, slotDist };
}

/** The first relabelled source of range `c`. */
function rangeStart(c: number, n: number, chunks: number): number {
  return Math.floor((c * n) / chunks);
}

/**
 * @internal
 * Searches from the relabelled sources [`from`, `to`) and writes each one's value to
 * `out[oldOf[u]]` (index ids), counting sources in `progress[chunk]` when given.
 */
export function sweepRange(
  p: SweepPlan,
  reduce: (reached: ReachedDistances) => number,
  unit: number,
  ws: SearchWorkspace,
  out: Float64Array,
  from: number,
  to: number,
  progress: Int32Array | null,
  chunk: number,
): void {
  const reached: ReachedDistances = { order: ws.order, count: 0, hops: p.slotDist === null ? ws.hops : null, dist: ws.dist, unit };
  for (let u = from; u < to; u++) {
    if (p.slotDist === null) bfsDistances(p.offsets, p.neighbors, u, ws);
    else dijkstraDistances(p.offsets, p.neighbors, p.slotDist, u, ws);
    reached.count = ws.count;
    out[p.oldOf[u]!] = reduce(reached);
    resetSearch(ws);
    if (progress !== null) Atomics.add(progress, chunk, 1);
  }
}

/** @internal What the `sweep` task receives: the relabelled adjacency and the output, in shared memory. */
export interface SweepTaskData {
  n: number;
  chunks: number;
  unit: number;
  reduction: SweepReduction;
  oldOf: SharedArrayBuffer;
  offsets: SharedArrayBuffer;
  neighbors: SharedArrayBuffer;
  slotDist: SharedArrayBuffer | null;
  /** Float64[n], by index id. */
  out: SharedArrayBuffer;
}

/**
 * @internal
 * The `sweep` task (registered in src/runtime/tasks.ts): a thread's runner over views of the
 * shared arrays, with one search workspace. A chunk's steps are its sources, so the calling
 * thread can run it in slices; a chunk rerun after a failure writes the same values again.
 */
export function sweepTask(d: SweepTaskData): TaskRunner<void> {
  const p: SweepPlan = {
    n: d.n,
    oldOf: new Uint32Array(d.oldOf),
    offsets: new Uint32Array(d.offsets),
    neighbors: new Uint32Array(d.neighbors),
    slotDist: d.slotDist === null ? null : new Float64Array(d.slotDist),
  };
  const out = new Float64Array(d.out);
  const reduce = reducerOf(d.reduction, d.n);
  let ws: SearchWorkspace | null = null;
  return {
    steps: (c) => rangeStart(c + 1, d.n, d.chunks) - rangeStart(c, d.n, d.chunks),
    run: (c, progress, from = 0, to = Infinity) => {
      ws ??= createSearchWorkspace(d.n, { weighted: p.slotDist !== null, paths: false });
      const start = rangeStart(c, d.n, d.chunks);
      const end = rangeStart(c + 1, d.n, d.chunks);
      sweepRange(p, reduce, d.unit, ws, out, start + from, Math.min(end, start + to), progress, c);
    },
  };
}

function taskData(p: SweepPlan, unit: number, reduction: SweepReduction): SweepTaskData {
  return {
    n: p.n,
    chunks: SWEEP_CHUNKS,
    unit,
    reduction,
    oldOf: sharedOf(p.oldOf) as SharedArrayBuffer,
    offsets: sharedOf(p.offsets) as SharedArrayBuffer,
    neighbors: sharedOf(p.neighbors) as SharedArrayBuffer,
    slotDist: p.slotDist === null ? null : (sharedOf(p.slotDist) as SharedArrayBuffer),
    out: sharedBuffer(8 * p.n),
  };
}

/** Estimated arc visits of a sweep: n searches over n nodes and every slot. */
function sweepWork(p: SweepPlan): number {
  return p.n * (p.n + p.offsets[p.n]!);
}

/**
 * @internal
 * Runs one search from every node and returns `reduction`'s value for each (indexed by index id).
 * `threads` as everywhere (docs/runtime.md): `'auto'` spreads the {@link SWEEP_CHUNKS} ranges
 * over one thread per core when the work pays for the workers' start-up; this thread is one of
 * them and waits for the others synchronously.
 */
export function sweepDistances(
  index: CsrIndex,
  distances: PathDistances,
  direction: 'out' | 'in',
  reduction: SweepReduction,
  threads: number | 'auto' = 'auto',
): Float64Array {
  const p = plan(index, distances, direction);
  const n = p.n;
  const count = threads === 'auto' && sweepWork(p) < PARALLEL_MIN_WORK ? 1 : resolveThreadCount(threads, SWEEP_CHUNKS);
  if (count > 1 && n > 0) {
    const data = taskData(p, distances.unit, reduction);
    let here: TaskRunner<void> | null = null;
    const result = runChunksSync<SweepTaskData>({
      task: 'sweep',
      chunks: SWEEP_CHUNKS,
      threads: count,
      workersFirst: false,
      data,
      // A range a worker failed on is recomputed into the same slots: a late worker can only write the same values.
      runHere: (c) => {
        here ??= sweepTask(data);
        here.run(c, null);
      },
    });
    // Copied out of shared memory, so that nothing a straggler writes can reach the caller.
    if (result !== null) return new Float64Array(data.out).slice();
  }
  const out = new Float64Array(n);
  const ws = createSearchWorkspace(n, { weighted: p.slotDist !== null, paths: false });
  sweepRange(p, reducerOf(reduction, n), distances.unit, ws, out, 0, n, null, 0);
  return out;
}

/** @internal How {@link sweepDistancesAsync} runs (the runtime options of the `…Async` functions). */
export type SweepAsyncRun = Omit<AsyncRunOptions, 'threads'> & { threads?: number | 'auto' | undefined };

/**
 * @internal
 * {@link sweepDistances} without blocking the calling thread: the ranges run on worker threads
 * (or here, in slices between turns of the event loop), with `signal` and `onProgress` (one unit
 * per source). Same values, bit for bit.
 */
export async function sweepDistancesAsync(
  index: CsrIndex,
  distances: PathDistances,
  direction: 'out' | 'in',
  reduction: SweepReduction,
  options: SweepAsyncRun,
): Promise<Float64Array> {
  // The BFS relabelling runs on a worker for large graphs (it blocks for a few hundred
  // milliseconds on M); else here, between turns of the event loop.
  const incoming = direction === 'in' && index.directed;
  const offThread =
    options.threads === 1
      ? null
      : relabelOffThread(
          {
            n: index.order,
            offsets: incoming ? index.inOffsets : index.offsets,
            neighbors: incoming ? index.inNeighbors : index.neighbors,
            slotTies: incoming ? index.inSlotTies : index.slotTies,
            slotDist: incoming ? distances.inSlots : distances.slots,
            orderOffsets: index.offsets,
            orderNeighbors: index.neighbors,
            orderInOffsets: index.inOffsets,
            orderInNeighbors: index.inNeighbors,
          },
          options.signal,
          options.prefix,
        );
  let p: SweepPlan;
  if (offThread !== null) {
    const adj = await offThread;
    p = { n: index.order, oldOf: adj.oldOf, offsets: adj.offsets, neighbors: adj.neighbors, slotDist: adj.slotDist };
  } else {
    p = plan(index, distances, direction);
    await yieldToEventLoop();
  }
  const data = taskData(p, distances.unit, reduction);
  await yieldToEventLoop();
  const n = p.n;
  const units = Array.from({ length: SWEEP_CHUNKS }, (_, c) => rangeStart(c + 1, n, SWEEP_CHUNKS) - rangeStart(c, n, SWEEP_CHUNKS));
  await runChunksAsync<SweepTaskData, void>(
    { task: 'sweep', setup: sweepTask, data, chunks: n === 0 ? 0 : SWEEP_CHUNKS, units, work: sweepWork(p) },
    { ...options, threads: options.threads ?? 'auto' },
  );
  return new Float64Array(data.out).slice();
}
