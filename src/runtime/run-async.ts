/**
 * The asynchronous chunk runner behind every `…Async` function and the simulations: the work is
 * split into a FIXED number of chunks, each chunk's result is kept at its index and the caller
 * combines them in chunk order, so results are bit for bit the same for every thread count.
 *
 * - `threads` counts the threads that compute. `1`: the calling thread only, in slices of about
 *   {@link SLICE_MS} between turns of the event loop. `n ≥ 2`: n worker threads, the calling
 *   thread only coordinating. `'auto'`: one worker per core when the job's estimated work is worth
 *   a worker's start-up, else the calling thread.
 * - Where no worker can start (a browser, the library bundled without `worker.js`), or when every
 *   worker died, the calling thread runs the chunks itself, in slices.
 * - `signal` rejects the promise at once with an `AbortedError` and terminates the workers.
 * - `onProgress({ done, total })` is called with strictly increasing `done`, from the kernels'
 *   progress counters (polled) and from finished chunks.
 * - A worker that exits or fails is seen at once (`exit`/`error` events): its chunk is reset and
 *   given to another worker, or run here.
 *
 * @internal
 * @module
 */
import { abortedError } from './aborted-error.js';
import { nodeRuntime, sharedBuffer, yieldToEventLoop } from './node.js';
import { spawnWorker } from './spawn.js';
import type { TaskRunner, TaskSetup } from './task.js';

type WorkerInstance = InstanceType<typeof import('node:worker_threads').Worker>;

/** @internal A job for {@link runChunksAsync}. */
export interface AsyncChunkJob<D, R> {
  /** The task's name in the registry (src/runtime/tasks.ts), for workers. */
  task: string;
  /** The same task's setup, for this thread. */
  setup: TaskSetup<D, R>;
  /** The job's data (structured-cloned to each worker; `SharedArrayBuffer`s are shared). */
  data: D;
  /** Number of chunks (fixed by the caller, never by the thread count). */
  chunks: number;
  /** Progress units of each chunk (what its kernel counts in `progress[chunk]`, or credited when it finishes). */
  units: ArrayLike<number>;
  /** Estimated work in arc visits, for `threads: 'auto'`. */
  work: number;
  /** Resets the outputs of a chunk before it is rerun (its worker died or failed mid-chunk). */
  reset?: (chunk: number) => void;
}

/** @internal How {@link runChunksAsync} runs. */
export interface AsyncRunOptions {
  threads: number | 'auto';
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: { done: number; total: number }) => void) | undefined;
  /** The calling function, for the abort message. */
  prefix: string;
  /** Test hook: a worker exits when it reaches this chunk. */
  dieOnChunk?: number | undefined;
}

/** @internal What {@link runChunksAsync} resolves with. */
export interface AsyncRunResult<R> {
  /** Each chunk's result, by chunk index. */
  results: R[];
  /** Number of chunks a worker thread delivered. */
  workerChunks: number;
  /** The error text of the last worker failure, or `null`. */
  error: string | null;
}

/** With `threads: 'auto'`, workers start from this much estimated work (arc visits, ≈ 50 ms). */
export const AUTO_MIN_WORK = 2e7;
/** The calling thread runs slices of about this long between turns of the event loop (ms). */
export const SLICE_MS = 8;
/** How often worker progress is polled for `onProgress` (ms). */
const POLL_MS = 50;

/** @internal Runs every chunk of `job` (see the module notes). */
export function runChunksAsync<D, R>(job: AsyncChunkJob<D, R>, options: AsyncRunOptions): Promise<AsyncRunResult<R>> {
  const { chunks, units, signal, onProgress } = { ...job, ...options };
  if (signal?.aborted) return Promise.reject(abortedError(signal, options.prefix));
  return new Promise<AsyncRunResult<R>>((resolve, reject) => {
    const results: R[] = new Array<R>(chunks);
    const have = new Uint8Array(chunks);
    const sharedProgress = sharedBuffer(4 * Math.max(1, chunks));
    const progress = new Int32Array(sharedProgress);
    let total = 0;
    for (let c = 0; c < chunks; c++) total += units[c]!;
    let finished = 0;
    let workerChunks = 0;
    let lastError: string | null = null;
    let lastDone = -1;
    let settled = false;
    const queue: number[] = Array.from({ length: chunks }, (_, c) => c);
    interface Slot {
      worker: WorkerInstance;
      chunk: number;
      alive: boolean;
    }
    const slots: Slot[] = [];
    let local: TaskRunner<R> | null = null;
    let localRunning = false;

    const report = (): void => {
      if (!onProgress || settled) return;
      let done = 0;
      for (let c = 0; c < chunks; c++) done += have[c] === 1 ? units[c]! : Math.min(units[c]!, Atomics.load(progress, c));
      if (done > lastDone) {
        lastDone = done;
        onProgress({ done, total });
      }
    };
    const poll = onProgress ? setInterval(report, POLL_MS) : null;
    (poll as { unref?: () => void } | null)?.unref?.();

    const cleanup = (): void => {
      settled = true;
      if (poll !== null) clearInterval(poll);
      signal?.removeEventListener('abort', onAbort);
      for (const slot of slots) {
        slot.alive = false;
        void slot.worker.terminate();
      }
    };
    const fail = (error: unknown): void => {
      if (settled) return;
      cleanup();
      reject(error);
    };
    const onAbort = (): void => fail(abortedError(signal!, options.prefix));
    signal?.addEventListener('abort', onAbort);

    const complete = (c: number, result: R): void => {
      if (have[c] === 1) return;
      have[c] = 1;
      results[c] = result;
      finished++;
      report();
      if (finished === chunks && !settled) {
        cleanup();
        resolve({ results, workerChunks, error: lastError });
      }
    };
    const feed = (slot: Slot): void => {
      if (!slot.alive || settled) return;
      const c = queue.shift();
      slot.chunk = c ?? -1;
      if (c !== undefined) slot.worker.postMessage(c);
    };
    const aliveCount = (): number => slots.reduce((n, s) => n + (s.alive ? 1 : 0), 0);
    const lose = (slot: Slot, error: string): void => {
      if (!slot.alive || settled) return;
      slot.alive = false;
      lastError = error;
      void slot.worker.terminate();
      const c = slot.chunk;
      slot.chunk = -1;
      if (c >= 0 && have[c] === 0) {
        Atomics.store(progress, c, 0);
        job.reset?.(c);
        queue.unshift(c);
        const other = slots.find((s) => s.alive && s.chunk < 0);
        if (other) feed(other);
      }
      if (aliveCount() === 0) void runHere();
    };

    /** Runs queued chunks on this thread, in slices, while no worker is alive. */
    const runHere = async (): Promise<void> => {
      if (localRunning) return;
      localRunning = true;
      try {
        while (!settled && aliveCount() === 0) {
          const c = queue.shift();
          if (c === undefined) break;
          local ??= job.setup(job.data);
          const steps = local.steps?.(c);
          let result: R;
          if (steps === undefined) {
            result = local.run(c, progress);
          } else {
            let from = 0;
            let size = 1;
            result = undefined as R;
            while (from < steps) {
              const to = Math.min(steps, from + size);
              const t0 = performance.now();
              result = local.run(c, progress, from, to);
              const ms = performance.now() - t0;
              from = to;
              if (ms < SLICE_MS / 2) size *= 2;
              else if (ms > SLICE_MS * 2 && size > 1) size = Math.max(1, Math.floor(size / 2));
              if (from < steps) {
                await yieldToEventLoop();
                if (settled) return;
              }
            }
          }
          complete(c, result);
          await yieldToEventLoop();
        }
      } catch (error) {
        fail(error);
      } finally {
        localRunning = false;
      }
    };

    let workers = 0;
    const node = nodeRuntime();
    if (node !== null && chunks > 0) {
      if (options.threads === 'auto') workers = job.work >= AUTO_MIN_WORK ? Math.min(chunks, node.parallelism) : 0;
      else workers = options.threads >= 2 ? Math.min(chunks, Math.floor(options.threads)) : 0;
    }
    for (let t = 0; t < workers; t++) {
      const worker = spawnWorker({
        mode: 'messages',
        task: job.task,
        data: job.data,
        progress: sharedProgress,
        ...(options.dieOnChunk !== undefined ? { dieOnChunk: options.dieOnChunk } : {}),
      });
      if (worker === null) break;
      const slot: Slot = { worker, chunk: -1, alive: true };
      slots.push(slot);
      worker.on('message', (message: { chunk: number; ok: boolean; result?: R; error?: string }) => {
        if (!slot.alive || settled) return;
        if (message.ok) {
          if (have[message.chunk] === 0) workerChunks++;
          slot.chunk = -1;
          complete(message.chunk, message.result as R);
          feed(slot);
        } else {
          lose(slot, message.error ?? 'failed');
        }
      });
      worker.on('error', (error) => lose(slot, String(error instanceof Error ? error.stack : error)));
      worker.on('exit', (code) => lose(slot, `worker exited with code ${code}`));
      feed(slot);
    }
    if (chunks === 0) {
      cleanup();
      resolve({ results, workerChunks, error: null });
      return;
    }
    if (slots.length === 0) void runHere();
  });
}
