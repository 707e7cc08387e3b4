/**
 * The BFS relabelling that betweenness, closeness and harmonic closeness search on
 * (`bfsOrder` then `relabelAdjacency`), computed on a worker thread for their `…Async` twins: on
 * the M graph the two passes and the copies to shared memory block the calling thread for a few
 * hundred milliseconds in one piece. The worker writes the relabelled arrays into shared memory,
 * which the chunk workers then read without a copy. Same arrays as on the calling thread, so the
 * results are unchanged.
 *
 * @internal
 * @module
 */
import { bfsOrder, relabelAdjacency, type RelabelledAdjacency } from '../core/bfs.js';
import { sharedBuffer, toShared } from './node.js';
import { singleAnswer, spawnWorker } from './spawn.js';

/** @internal What the `relabel` task receives (shared or plain buffers of the index's arrays). */
export interface RelabelData {
  n: number;
  /** The adjacency searched (out-arcs, or in-arcs for `direction: 'in'`). */
  offsets: ArrayBufferLike;
  neighbors: ArrayBufferLike;
  slotTies: ArrayBufferLike;
  slotDist: ArrayBufferLike | null;
  /** The out- and in-arcs the BFS order follows (both for a directed index). */
  orderOffsets: ArrayBufferLike;
  orderNeighbors: ArrayBufferLike;
  orderInOffsets: ArrayBufferLike;
  orderInNeighbors: ArrayBufferLike;
}

/** @internal What the `relabel` task posts back: every array of a {@link RelabelledAdjacency}, in shared memory. */
export type RelabelResult = Record<keyof RelabelledAdjacency, SharedArrayBuffer | null>;

/** Nodes + adjacency slots from which the relabelling runs on a worker. */
let RELABEL_OFF_THREAD_MIN = 300_000;

/** @internal Tests: relabel on a worker from this size (nodes + slots) on; `undefined` restores the default. */
export function setRelabelOffThreadMin(size: number | undefined): void {
  RELABEL_OFF_THREAD_MIN = size ?? 300_000;
}

const FIELDS = ['oldOf', 'newOf', 'offsets', 'neighbors', 'slotTies', 'slotDist', 'predStart'] as const;

/** @internal The worker side: relabels and copies the arrays to shared memory. */
export function relabelTask(d: RelabelData): RelabelResult {
  const u32 = (b: ArrayBufferLike) => new Uint32Array(b);
  const orderOffsets = u32(d.orderOffsets);
  const orderNeighbors = u32(d.orderNeighbors);
  const inOffsets = d.orderInOffsets === d.orderOffsets ? orderOffsets : u32(d.orderInOffsets);
  const inNeighbors = d.orderInNeighbors === d.orderNeighbors ? orderNeighbors : u32(d.orderInNeighbors);
  const oldOf = bfsOrder(d.n, orderOffsets, orderNeighbors, inOffsets, inNeighbors);
  const adj = relabelAdjacency(oldOf, u32(d.offsets), u32(d.neighbors), u32(d.slotTies), d.slotDist === null ? null : new Float64Array(d.slotDist));
  const out = {} as RelabelResult;
  for (const field of FIELDS) {
    const array = adj[field] as Uint32Array | Float64Array | null;
    out[field] = array === null ? null : toShared(array);
  }
  return out;
}

/** @internal A typed array's bytes as a buffer a worker can read: its own when it is shared and whole, else a shared copy. */
export function sharedOf(array: Uint32Array | Float64Array): ArrayBufferLike {
  if (typeof SharedArrayBuffer === 'function' && array.buffer instanceof SharedArrayBuffer && array.byteOffset === 0 && array.byteLength === array.buffer.byteLength) {
    return array.buffer;
  }
  return toShared(array);
}

/** @internal The arrays of a relabelling, as the calling thread passes them. */
export interface RelabelInput {
  n: number;
  offsets: Uint32Array;
  neighbors: Uint32Array;
  slotTies: Uint32Array;
  slotDist: Float64Array | null;
  orderOffsets: Uint32Array;
  orderNeighbors: Uint32Array;
  orderInOffsets: Uint32Array;
  orderInNeighbors: Uint32Array;
}

/**
 * @internal
 * {@link relabelAdjacency} of the BFS order, computed on a worker thread; `null` when no worker
 * can start (the caller then relabels on its own thread). Rejects with an `AbortedError` (the
 * worker stopped) when `signal` aborts.
 */
export function relabelOffThread(input: RelabelInput, signal: AbortSignal | undefined, prefix: string): Promise<RelabelledAdjacency> | null {
  // Below this size the relabelling takes a few milliseconds here, less than a worker's start-up.
  if (typeof SharedArrayBuffer !== 'function' || input.n + input.offsets[input.n]! < RELABEL_OFF_THREAD_MIN) return null;
  const same = new Map<unknown, ArrayBufferLike>();
  const buffer = (array: Uint32Array | Float64Array): ArrayBufferLike => {
    let b = same.get(array);
    if (b === undefined) {
      b = sharedOf(array);
      same.set(array, b);
    }
    return b;
  };
  const data: RelabelData = {
    n: input.n,
    offsets: buffer(input.offsets),
    neighbors: buffer(input.neighbors),
    slotTies: buffer(input.slotTies),
    slotDist: input.slotDist === null ? null : buffer(input.slotDist),
    orderOffsets: buffer(input.orderOffsets),
    orderNeighbors: buffer(input.orderNeighbors),
    orderInOffsets: buffer(input.orderInOffsets),
    orderInNeighbors: buffer(input.orderInNeighbors),
  };
  const worker = spawnWorker({ mode: 'single', task: 'relabel', data });
  if (worker === null) return null;
  const u32 = (b: SharedArrayBuffer | null) => new Uint32Array(b ?? sharedBuffer(0));
  return singleAnswer<RelabelResult, RelabelledAdjacency>(
    worker,
    signal,
    prefix,
    'relabelling',
    (r) =>
      ({
        oldOf: u32(r.oldOf),
        newOf: u32(r.newOf),
        offsets: u32(r.offsets),
        neighbors: u32(r.neighbors),
        slotTies: u32(r.slotTies),
        slotDist: r.slotDist === null ? null : new Float64Array(r.slotDist),
        predStart: u32(r.predStart),
      }) as RelabelledAdjacency,
    (message) => new Error(`${prefix}: relabelling failed in a worker: ${message.message}`),
  );
}
