/**
 * The synchronous chunk runner, for the functions that return their result directly
 * (`betweenness`, `kStepReach`, …) and may spread a FIXED number of chunks over worker threads.
 *
 * This thread and the workers claim the next free chunk from a shared counter (`Atomics.add`);
 * this thread then waits for the workers' chunks with `Atomics.wait`. Blocked there, it cannot see
 * a worker exit, so the workers are started by a supervisor thread (the same worker entry,
 * `'supervise'` mode) that watches them and, the moment one dies, marks its chunk failed and wakes
 * this thread, which reruns the chunk itself. A chunk that throws in a worker is rerun here too.
 * Which thread ran a chunk never changes its result; callers combine chunk results in chunk order.
 *
 * @internal
 * @module
 */
import { nodeRuntime } from './node.js';
import { spawnWorker, type ClaimControl } from './spawn.js';

/** @internal A job for {@link runChunksSync}. */
export interface SyncChunkJob<D> {
  /** The task's name in the registry (src/runtime/tasks.ts). */
  task: string;
  /** Number of chunks (fixed by the caller, never by the thread count). */
  chunks: number;
  /** Threads, this one included (≥ 2 to start workers). */
  threads: number;
  /** Test hook: let the workers claim chunks first, so that small inputs exercise the worker path. */
  workersFirst: boolean;
  /** What every worker's task setup receives: `SharedArrayBuffer`s, numbers and booleans. */
  data: D;
  /**
   * Runs chunk `chunk` on this thread: a chunk it claimed (`retry` false), or one a worker failed
   * on or died running (`retry` true: outputs of that chunk must be reset first).
   */
  runHere: (chunk: number, retry: boolean) => void;
  /** Test hook: a worker exits when it reaches this chunk. */
  dieOnChunk?: number | undefined;
}

/** @internal What {@link runChunksSync} returns. */
export interface SyncChunkResult {
  /** Number of chunks a worker thread delivered. */
  workerChunks: number;
  /** The error text of the last chunk a worker failed on or died running (then rerun here), or `null`. */
  error: string | null;
}

const DONE = 2;
const FAILED = 3;
/** With `workersFirst`, how long this thread leaves the chunks to workers that have not claimed them. */
const STARTUP_MS = 15_000;
/**
 * Last resort only: a worker chunk without progress for this long is rerun here. Dead workers are
 * reported by the supervisor at once; this covers the supervisor itself vanishing.
 */
const STALL_MS = 60_000;

/**
 * @internal
 * Runs the chunks of `job` over `job.threads` threads, this one included, and blocks until all are
 * done. Returns `null` when no worker can start (no thread runtime or no worker entry): nothing
 * ran, and the caller runs everything itself.
 */
export function runChunksSync<D>(job: SyncChunkJob<D>): SyncChunkResult | null {
  if (nodeRuntime() === null) return null;
  const { chunks, runHere } = job;
  const int32 = (length: number) => new Int32Array(new SharedArrayBuffer(4 * length));
  const next = int32(1);
  const state = int32(chunks);
  const progress = int32(chunks);
  const owner = int32(chunks);
  const alive = int32(1);
  alive[0] = -1;
  const control: ClaimControl = {
    chunks,
    next: next.buffer as SharedArrayBuffer,
    state: state.buffer as SharedArrayBuffer,
    progress: progress.buffer as SharedArrayBuffer,
    owner: owner.buffer as SharedArrayBuffer,
    alive: alive.buffer as SharedArrayBuffer,
    error: new SharedArrayBuffer(2048),
  };
  const supervisor = spawnWorker({
    mode: 'supervise',
    task: job.task,
    data: job.data,
    control,
    count: Math.max(0, job.threads - 1),
    ...(job.dieOnChunk !== undefined ? { dieOnChunk: job.dieOnChunk } : {}),
  });
  if (supervisor === null) return null;
  supervisor.on('error', () => {}); // failures are seen through `state`; never crash the caller
  try {
    if (job.workersFirst) {
      const since = Date.now();
      while (Atomics.load(next, 0) < chunks && Atomics.load(alive, 0) !== 0 && Date.now() - since < STARTUP_MS) {
        Atomics.wait(next, 0, Atomics.load(next, 0), 50);
      }
    }
    for (let c = Atomics.add(next, 0, 1); c < chunks; c = Atomics.add(next, 0, 1)) {
      runHere(c, false);
      Atomics.store(state, c, DONE);
    }
    let workerChunks = 0;
    let error: string | null = null;
    for (let c = 0; c < chunks; c++) {
      if (Atomics.load(owner, c) === 0 && Atomics.load(state, c) === DONE) continue; // ran here
      if (awaitChunk(state, progress, c)) {
        workerChunks++;
        continue;
      }
      error = new TextDecoder().decode(new Uint8Array(control.error).slice()).replace(/\0+$/, '') || 'worker exited';
      runHere(c, true);
    }
    return { workerChunks, error };
  } finally {
    // Terminating the supervisor stops its workers with it.
    void supervisor.terminate();
  }
}

/** Blocks until a worker's chunk is DONE (true), or FAILED or stalled (false). */
function awaitChunk(state: Int32Array, progress: Int32Array, c: number): boolean {
  let last = Atomics.load(progress, c);
  let since = Date.now();
  for (;;) {
    const s = Atomics.load(state, c);
    if (s === DONE) return true;
    if (s === FAILED) return false;
    const p = Atomics.load(progress, c);
    if (p !== last) {
      last = p;
      since = Date.now();
    } else if (Date.now() - since > STALL_MS) {
      return false;
    }
    Atomics.wait(state, c, s, 1000);
  }
}
