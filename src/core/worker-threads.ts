/**
 * Worker-thread plumbing shared by the kernels that spread a FIXED number of chunks of work over
 * `node:worker_threads` (src/core/brandes.ts, src/core/reach.ts; src/core/cascade-pool.ts uses
 * {@link nodeWorkerModules} and {@link declaredName}).
 *
 * Workers evaluate the source text of the very functions this thread runs (no second
 * implementation, and nothing for tsup to bundle separately). A shipped function must therefore be
 * self-contained: it may reference only its parameters, globals, and the other shipped functions
 * it is handed as arguments (never an imported binding, which test transforms and bundlers rewrite).
 *
 * {@link runChunksSync} is the synchronous runner: this thread and the workers claim the next free
 * chunk from a shared counter (`Atomics.add`), the caller waits with `Atomics.wait`, and a chunk
 * whose worker failed or stalled is recomputed on this thread. Which thread ran a chunk never
 * changes its result; callers combine chunk results in chunk order.
 *
 * @internal
 * @module
 */

/** A function whose source text can be shipped (a plain `function` declaration). */
type ShippedFunction = (...args: never[]) => unknown;

/**
 * @internal
 * `node:worker_threads`, the machine's parallelism and its 1-minute load average (0 where the
 * platform has none), when available (Node ≥ 20.16, main thread), else `null`.
 */
export function nodeWorkerModules(): {
  Worker: typeof import('node:worker_threads').Worker;
  parallelism: number;
  load: number;
} | null {
  const get = typeof process === 'object' && process !== null ? process.getBuiltinModule : undefined;
  if (typeof get !== 'function') return null;
  const wt = get('node:worker_threads') as typeof import('node:worker_threads') | undefined;
  const os = get('node:os') as typeof import('node:os') | undefined;
  // Not from inside a worker: the caller already parallelises, and more threads would oversubscribe.
  if (!wt?.Worker || !wt.isMainThread || !os) return null;
  const parallelism = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const load = typeof os.loadavg === 'function' ? os.loadavg()[0]! : 0;
  return { Worker: wt.Worker, parallelism, load };
}

/**
 * @internal
 * The name a function is declared under in its source text. Bundlers may rename declarations
 * (and every reference with them) while `fn.name` keeps the original (esbuild `keepNames`), so
 * worker source must call functions by the name in their text. `null` if not a declaration.
 */
export function declaredName(fn: ShippedFunction): string | null {
  return /^function\s+([\w$]+)\s*\(/.exec(fn.toString())?.[1] ?? null;
}

/** @internal A copy of a typed array's bytes in a `SharedArrayBuffer`. */
export function toShared(array: Uint32Array | Float64Array | Int32Array): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(array.byteLength);
  new Uint8Array(buffer).set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return buffer;
}

/** Runs chunk `chunk` in a worker; may count finished units in `progress[chunk]` (`Atomics.add`). */
type WorkerChunkRunner = (chunk: number, progress: Int32Array) => void;

/** @internal A job for {@link runChunksSync}. */
export interface SyncChunkJob<D> {
  /** Number of chunks (fixed by the caller, never by the thread count). */
  chunks: number;
  /** Threads, this one included (≥ 2 to start workers). */
  threads: number;
  /**
   * Test hook: let the workers claim chunks first (this thread only takes what they leave after
   * {@link STARTUP_MS}), so that small inputs exercise the worker path.
   */
  workersFirst: boolean;
  /** What every worker receives: `SharedArrayBuffer`s, numbers and booleans (structured-cloned). */
  data: D;
  /**
   * Self-contained declaration run once per worker (on its first chunk): builds the worker's chunk
   * runner from `data` and the `setupArgs`, allocating its scratch buffers.
   */
  setup: (data: D, ...args: never[]) => WorkerChunkRunner;
  /**
   * The arguments after `data` that `setup` receives in a worker: shipped functions, or objects
   * of them (a table of kernels). Each must be listed in `functions`.
   */
  setupArgs: readonly (ShippedFunction | Readonly<Record<string, ShippedFunction>>)[];
  /** Every function declaration the worker needs, besides `setup` (their source text is shipped). */
  functions: readonly ShippedFunction[];
  /**
   * Runs chunk `chunk` on this thread: a chunk it claimed (`retry` false), or one a worker failed
   * or stalled on (`retry` true: a late worker may still write that chunk's shared output).
   */
  runHere: (chunk: number, retry: boolean) => void;
}

/** @internal What {@link runChunksSync} returns. */
export interface SyncChunkResult {
  /** Number of chunks a worker thread delivered. */
  workerChunks: number;
  /** The error text of the last chunk a worker failed or stalled on (then recomputed here), or `null`. */
  error: string | null;
}

/** Chunk states in the shared `state` array: 0 free or claimed, 1 running, then: */
const DONE = 2;
const FAILED = 3;
/** With `workersFirst`, how long this thread leaves the chunks to workers that have not claimed them. */
const STARTUP_MS = 15_000;
/** A chunk a worker claimed that made no progress (no `progress` step, or not finished) for this long is recomputed here. */
const STALL_MS = 60_000;

/** The shared control block of a {@link runChunksSync} run. */
interface ChunkControl {
  chunks: number;
  /** Int32[1]: the next free chunk (claimed with Atomics.add). */
  next: SharedArrayBuffer;
  /** Int32[chunks]: 0 free or claimed, 1 running, 2 done, 3 failed. */
  state: SharedArrayBuffer;
  /** Int32[chunks]: units finished per chunk (stall detection). */
  progress: SharedArrayBuffer;
  /** Int32[chunks]: 1 when a worker claimed the chunk. */
  byWorker: SharedArrayBuffer;
  /** Where a failing worker writes its error text (UTF-8, truncated). */
  error: SharedArrayBuffer;
}

/**
 * The body of a worker thread: claims free chunks one at a time and runs them with the runner
 * `setup` builds, flagging each running → done (or failed). Self-contained: its source text is
 * what the worker evaluates.
 */
function syncWorkerMain(d: ChunkControl, setup: () => WorkerChunkRunner): void {
  const next = new Int32Array(d.next);
  const state = new Int32Array(d.state);
  const progress = new Int32Array(d.progress);
  const byWorker = new Int32Array(d.byWorker);
  let run: WorkerChunkRunner | null = null;
  for (;;) {
    const c = Atomics.add(next, 0, 1);
    if (c >= d.chunks) break;
    Atomics.store(byWorker, c, 1);
    Atomics.store(state, c, 1); // running
    try {
      if (run === null) run = setup();
      run(c, progress);
      Atomics.store(state, c, 2); // done
    } catch (error) {
      const text = new TextEncoder().encode(String(error instanceof Error ? error.stack : error));
      new Uint8Array(d.error).set(text.subarray(0, d.error.byteLength));
      Atomics.store(state, c, 3); // failed
    }
    Atomics.notify(state, c);
  }
}

/** The source text a worker evaluates; `null` when a function's text cannot be shipped (then no workers). */
function syncWorkerSource<D>(job: SyncChunkJob<D>): string | null {
  const setupName = declaredName(job.setup);
  if (setupName === null || job.functions.some((f) => declaredName(f) === null)) return null;
  const args = job.setupArgs.map((arg) =>
    typeof arg === 'function'
      ? declaredName(arg)!
      : `{ ${Object.entries(arg).map(([key, f]) => `${key}: ${declaredName(f)!}`).join(', ')} }`,
  );
  return [
    "'use strict';",
    "const { workerData } = require('node:worker_threads');",
    ...job.functions.map((f) => f.toString()),
    job.setup.toString(),
    // A failure before any chunk is claimed leaves the chunks free: the caller takes them.
    `(${syncWorkerMain.toString()})(workerData.control, () => ${setupName}(${['workerData.data', ...args].join(', ')}));`,
  ].join('\n');
}

/**
 * @internal
 * Runs the chunks of `job` over `job.threads` threads, this one included, each claiming the next
 * free chunk, and blocks until all are done. A worker that fails, or makes no progress for
 * {@link STALL_MS}, has its chunk recomputed here. Returns `null` when workers are unavailable
 * (no `node:worker_threads`, or a function's text cannot be shipped): nothing ran, and the caller
 * then runs everything itself. When no worker can start, this thread runs every chunk.
 */
export function runChunksSync<D>(job: SyncChunkJob<D>): SyncChunkResult | null {
  const node = nodeWorkerModules();
  const source = node === null ? null : syncWorkerSource(job);
  if (node === null || source === null) return null;
  const { chunks, runHere } = job;
  const int32 = (length: number) => new Int32Array(new SharedArrayBuffer(4 * length));
  const next = int32(1);
  const state = int32(chunks);
  const progress = int32(chunks);
  const byWorker = int32(chunks);
  const control: ChunkControl = {
    chunks,
    next: next.buffer as SharedArrayBuffer,
    state: state.buffer as SharedArrayBuffer,
    progress: progress.buffer as SharedArrayBuffer,
    byWorker: byWorker.buffer as SharedArrayBuffer,
    error: new SharedArrayBuffer(2048),
  };
  const workers: InstanceType<typeof node.Worker>[] = [];
  for (let t = 1; t < job.threads; t++) {
    try {
      const worker = new node.Worker(source, { eval: true, workerData: { control, data: job.data } });
      worker.unref();
      worker.on('error', () => {}); // failures are seen through `state`; never crash the caller
      workers.push(worker);
    } catch {
      break; // could not start a worker: this thread claims its chunks
    }
  }
  if (job.workersFirst && workers.length > 0) {
    const since = Date.now();
    while (Atomics.load(next, 0) < chunks && Date.now() - since < STARTUP_MS) {
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
    if (Atomics.load(byWorker, c) === 0 && Atomics.load(state, c) === DONE) continue; // ran here
    if (awaitChunk(state, progress, c)) {
      workerChunks++;
      continue;
    }
    error = new TextDecoder().decode(new Uint8Array(control.error).slice()).replace(/\0+$/, '') || 'stalled';
    runHere(c, true);
  }
  for (const worker of workers) void worker.terminate();
  return { workerChunks, error };
}

/** Blocks until a worker's chunk is DONE (true), FAILED, or without progress for {@link STALL_MS} (false). */
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
