/**
 * An asynchronous runner of a fixed number of chunks of work, on this thread and, when the work is
 * large enough, on `node:worker_threads` workers, for the Monte Carlo functions of `src/referral/`.
 *
 * - The work is split into a FIXED number of chunks, independent of the number of threads. Each
 *   chunk's result is stored at its chunk index and the caller combines them in chunk order, so
 *   results are bit for bit the same however many threads ran and whichever thread took which chunk.
 * - This thread runs chunks one at a time and yields to the event loop between them
 *   (`setImmediate`), so timers, worker messages and an `AbortSignal` are served; the signal is
 *   checked between chunks and the promise rejects with `signal.reason`.
 * - Workers evaluate the source text of the very functions this thread runs (no second
 *   implementation, nothing for tsup to bundle separately), as src/core/brandes.ts does; they get
 *   the job's data once (`workerData`, structured-cloned) and then chunk numbers by message, and
 *   post each chunk's result back (its typed arrays transferred). A worker that fails has its
 *   chunk rerun here.
 * - `threads: 'auto'` runs the first non-empty chunk here, and starts workers (one per extra core)
 *   only when the remaining work is estimated to take longer than {@link AUTO_PARALLEL_MS}.
 *
 * @internal
 * @module
 */
import { declaredName, nodeWorkerModules } from './worker-threads.js';

/** A chunk function: runs chunk `chunk` of the job on `data`, with a per-thread `scratch` object for reusable buffers. */
export type ChunkEntry<D, R> = (data: D, chunk: number, scratch: Record<string, unknown>) => R;

/** @internal A job for {@link runChunks}. */
export interface ChunkJob<D, R> {
  /** The job's data: typed arrays and numbers only (it is structured-cloned to workers). */
  data: D;
  /** Number of chunks (fixed by the caller, never by the thread count). */
  chunks: number;
  /** The work of each chunk, in progress units (e.g. runs); a chunk of 0 units is skipped by the auto-thread estimate. */
  units: ArrayLike<number>;
  /** The chunk function; it must reference nothing but its parameters and the `helpers`. */
  entry: ChunkEntry<D, R>;
  /** Function declarations `entry` calls by name (shipped to workers with it). */
  helpers: readonly ((...args: never[]) => unknown)[];
}

/** @internal How {@link runChunks} runs. */
export interface ChunkRunOptions {
  /** Threads: a number (1 = this thread only) or `'auto'` (see the module comment). */
  threads: number | 'auto';
  /** Aborts between chunks. */
  signal?: AbortSignal | undefined;
  /** Called after each non-empty chunk with the units done so far and the total. */
  onProgress?: ((progress: { done: number; total: number }) => void) | undefined;
  /** Test hook: leave every chunk to the workers while one is alive, so small jobs exercise the worker path. */
  workersFirst?: boolean | undefined;
}

/** @internal What {@link runChunks} returns. */
export interface ChunkRunResult<R> {
  /** Each chunk's result, by chunk index. */
  results: R[];
  /** Number of chunks a worker thread delivered (0 when everything ran on this thread). */
  workerChunks: number;
}

/** With `threads: 'auto'`, workers start when the remaining work is estimated to take longer than this (ms). */
export const AUTO_PARALLEL_MS = 250;

/** @internal The text of the last worker failure (diagnostics), or `null`. */
export let lastCascadeWorkerError: string | null = null;

type WorkerInstance = InstanceType<typeof import('node:worker_threads').Worker>;

/** The body of a worker: runs each chunk number it receives and posts the result back. Self-contained. */
function cascadeWorkerMain(
  parentPort: import('node:worker_threads').MessagePort,
  workerData: unknown,
  entry: ChunkEntry<unknown, unknown>,
): void {
  const scratch: Record<string, unknown> = {};
  parentPort.on('message', (chunk: number) => {
    try {
      const result = entry(workerData, chunk, scratch);
      const transfer: ArrayBuffer[] = [];
      if (result !== null && typeof result === 'object') {
        for (const value of Object.values(result as Record<string, unknown>)) {
          if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer && !transfer.includes(value.buffer)) {
            transfer.push(value.buffer);
          }
        }
      }
      parentPort.postMessage({ chunk, ok: true, result }, transfer);
    } catch (error) {
      parentPort.postMessage({ chunk, ok: false, error: String(error instanceof Error ? error.stack : error) });
    }
  });
}

/** The source a worker evaluates, or `null` when a function's text cannot be shipped. */
function workerSource(entry: (...args: never[]) => unknown, helpers: readonly ((...args: never[]) => unknown)[]): string | null {
  const all = [...helpers, entry];
  if (all.some((f) => declaredName(f) === null)) return null;
  return [
    "'use strict';",
    "const { parentPort, workerData } = require('node:worker_threads');",
    ...all.map((f) => f.toString()),
    `(${cascadeWorkerMain.toString()})(parentPort, workerData, ${declaredName(entry)!});`,
  ].join('\n');
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * @internal
 * Runs every chunk of `job` (see the module comment) and resolves with the chunk results by index.
 * Rejects with `signal.reason` when aborted (checked between chunks), or with the error a chunk
 * run on this thread throws.
 */
export async function runChunks<D, R>(job: ChunkJob<D, R>, options: ChunkRunOptions): Promise<ChunkRunResult<R>> {
  const { chunks, units, entry, data } = job;
  const { signal, onProgress } = options;
  const results: R[] = new Array<R>(chunks);
  const have = new Uint8Array(chunks);
  let total = 0;
  for (let c = 0; c < chunks; c++) total += units[c]!;
  let done = 0;
  let finished = 0;
  let next = 0;
  const retry: number[] = [];
  const take = (): number => (retry.length > 0 ? retry.shift()! : next < chunks ? next++ : -1);
  const scratch: Record<string, unknown> = {};

  interface Slot {
    worker: WorkerInstance;
    chunk: number;
    alive: boolean;
  }
  const slots: Slot[] = [];
  let workerChunks = 0;
  let wake: (() => void) | null = null;
  const poke = (): void => {
    const w = wake;
    wake = null;
    if (w) w();
  };
  const aliveWorkers = (): number => slots.reduce((count, s) => count + (s.alive ? 1 : 0), 0);

  const complete = (c: number, result: R): void => {
    if (have[c] === 1) return;
    have[c] = 1;
    results[c] = result;
    finished++;
    done += units[c]!;
    if (onProgress && units[c]! > 0) onProgress({ done, total }); // strictly increasing
  };

  const feed = (slot: Slot): void => {
    if (!slot.alive) return;
    const c = take();
    slot.chunk = c;
    if (c >= 0) slot.worker.postMessage(c);
  };

  const fail = (slot: Slot, error: string): void => {
    if (!slot.alive) return;
    slot.alive = false;
    lastCascadeWorkerError = error;
    if (slot.chunk >= 0 && have[slot.chunk] === 0) retry.push(slot.chunk);
    slot.chunk = -1;
    void slot.worker.terminate();
    poke();
  };

  const startWorkers = (count: number): void => {
    const node = nodeWorkerModules();
    if (node === null || count <= 0) return;
    const source = workerSource(entry as (...args: never[]) => unknown, job.helpers);
    if (source === null) return;
    for (let t = 0; t < count; t++) {
      let worker: WorkerInstance;
      try {
        worker = new node.Worker(source, { eval: true, workerData: data });
      } catch {
        return;
      }
      const slot: Slot = { worker, chunk: -1, alive: true };
      slots.push(slot);
      worker.unref();
      worker.on('message', (message: { chunk: number; ok: boolean; result?: R; error?: string }) => {
        if (!slot.alive) return;
        if (message.ok) {
          if (have[message.chunk] === 0) workerChunks++;
          complete(message.chunk, message.result as R);
          feed(slot);
        } else {
          fail(slot, message.error ?? 'failed');
        }
        poke();
      });
      worker.on('error', (error) => fail(slot, String(error instanceof Error ? error.stack : error)));
      worker.on('exit', (code) => fail(slot, `exited with code ${code}`));
      feed(slot);
    }
  };

  const onAbort = (): void => poke();
  signal?.addEventListener('abort', onAbort);
  try {
    let threads = options.threads;
    if (typeof threads === 'number' && threads > 1) startWorkers(Math.min(threads, chunks) - 1);
    let mainUnits = 0;
    let mainMs = 0;
    while (finished < chunks) {
      if (signal?.aborted) throw signal.reason;
      const workersOwn = options.workersFirst === true && aliveWorkers() > 0;
      const c = workersOwn ? -1 : take();
      if (c < 0) {
        // Everything is claimed: wait for a worker to deliver (or fail, or an abort).
        await new Promise<void>((resolve) => {
          wake = resolve;
          if (signal?.aborted || finished >= chunks || retry.length > 0 || aliveWorkers() === 0) poke();
        });
        if (aliveWorkers() === 0 && !workersOwn) {
          // No worker left: anything not yet delivered runs here.
          for (let k = 0; k < chunks; k++) if (have[k] === 0 && !retry.includes(k) && k < next) retry.push(k);
        }
        continue;
      }
      const t0 = performance.now();
      const result = entry(data, c, scratch);
      mainMs += performance.now() - t0;
      mainUnits += units[c]!;
      complete(c, result);
      if (threads === 'auto' && mainUnits > 0) {
        threads = 1; // decide once
        let remaining = 0;
        for (let k = next; k < chunks; k++) remaining += units[k]!;
        const node = remaining > 0 ? nodeWorkerModules() : null;
        if (node !== null && node.parallelism > 1 && (mainMs / mainUnits) * remaining > AUTO_PARALLEL_MS) {
          startWorkers(Math.min(node.parallelism, chunks - next + 1) - 1);
        }
      }
      await yieldToEventLoop();
    }
    return { results, workerChunks };
  } finally {
    signal?.removeEventListener('abort', onAbort);
    for (const slot of slots) {
      slot.alive = false;
      void slot.worker.terminate();
    }
  }
}
