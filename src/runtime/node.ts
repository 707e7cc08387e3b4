/**
 * Node's thread modules, reached without a static import (`process.getBuiltinModule`, Node ≥
 * 20.16), so that every module of the calculation path bundles for a browser: there
 * {@link nodeRuntime} is `null` and work runs on the calling thread.
 *
 * @internal
 * @module
 */

/** @internal What the thread runtime needs from Node. */
export interface NodeRuntime {
  Worker: typeof import('node:worker_threads').Worker;
  /** Logical processors available to this process. */
  parallelism: number;
  /** 1-minute load average (0 where the platform has none). */
  load: number;
  existsSync: (path: URL) => boolean;
}

/** Threads this worker may keep busy when it runs a whole call (see {@link allowThreadsInWorker}); 0 elsewhere. */
let workerThreads = 0;

/**
 * @internal
 * Called in a worker that runs one whole call for a thread that only waits for it (off-thread.ts):
 * the call may then spread its chunks over `threads` threads, this worker among them, as it would
 * on the main thread with `parallelism` = `threads`.
 */
export function allowThreadsInWorker(threads: number): void {
  workerThreads = threads;
}

/**
 * @internal
 * `node:worker_threads` and friends on Node's main thread, else `null` (a browser, Node < 20.16,
 * or inside a worker: the caller already runs in parallel, and more threads would oversubscribe;
 * except in a worker given a budget of two threads or more by {@link allowThreadsInWorker}, whose
 * `parallelism` is that budget).
 */
export function nodeRuntime(): NodeRuntime | null {
  const get = typeof process === 'object' && process !== null ? process.getBuiltinModule : undefined;
  if (typeof get !== 'function') return null;
  const wt = get('node:worker_threads') as typeof import('node:worker_threads') | undefined;
  const os = get('node:os') as typeof import('node:os') | undefined;
  const fs = get('node:fs') as typeof import('node:fs') | undefined;
  if (!wt?.Worker || !os || !fs || (!wt.isMainThread && workerThreads < 2)) return null;
  const parallelism = !wt.isMainThread
    ? workerThreads
    : typeof os.availableParallelism === 'function'
      ? os.availableParallelism()
      : os.cpus().length;
  const load = typeof os.loadavg === 'function' ? os.loadavg()[0]! : 0;
  return { Worker: wt.Worker, parallelism, load, existsSync: (path) => fs.existsSync(path) };
}

/**
 * @internal
 * A zeroed buffer of `bytes` in shared memory, or a plain `ArrayBuffer` where there is none (a
 * browser page without cross-origin isolation: there work runs on the calling thread anyway).
 */
export function sharedBuffer(bytes: number): SharedArrayBuffer {
  return (typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes)) as SharedArrayBuffer;
}

/** @internal A copy of a typed array's bytes in a {@link sharedBuffer}. */
export function toShared(array: Uint32Array | Float64Array | Int32Array | Uint8Array): SharedArrayBuffer {
  const buffer = sharedBuffer(array.byteLength);
  new Uint8Array(buffer).set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return buffer;
}

/** @internal Resolves after the event loop has had a turn (timers, I/O, messages, abort events). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}
