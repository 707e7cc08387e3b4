/**
 * Where the worker entry is, and how a worker starts.
 *
 * Every thread the library starts runs one file: the worker entry `src/runtime/worker.ts`, built
 * by tsup as `dist/worker.js` (ES module) and `dist/worker.cjs`. It imports the kernels it runs
 * from a task registry (`src/runtime/tasks.ts`); no source text is ever evaluated.
 *
 * - From the build: the entry next to the running bundle (`dist/index.js` → `dist/worker.js`,
 *   `dist/index.cjs` → `dist/worker.cjs`; the CLI bundle likewise).
 * - From the TypeScript sources (vitest, tsx): `worker-tsx.mjs` next to this file, a small real
 *   file that registers tsx's loader and then imports `worker.ts` (about 0.3 s per worker).
 * - Anywhere else (the library bundled into an application without `worker.js` beside it, a
 *   browser): no entry, and work runs on the calling thread with the same results.
 *
 * @internal
 * @module
 */
import { abortedError } from './aborted-error.js';
import { nodeRuntime } from './node.js';

type WorkerInstance = InstanceType<typeof import('node:worker_threads').Worker>;

/** @internal Marks the `workerData` of a tiestrength worker. */
export const WORKER_KIND = 'tiestrength/worker';

/** @internal The shared control block of a claiming run (see run-sync.ts). */
export interface ClaimControl {
  chunks: number;
  /** Int32[1]: the next free chunk (claimed with Atomics.add). */
  next: SharedArrayBuffer;
  /** Int32[chunks]: 0 free or claimed, 1 running, 2 done, 3 failed. */
  state: SharedArrayBuffer;
  /** Int32[chunks]: units finished per chunk (progress). */
  progress: SharedArrayBuffer;
  /** Int32[chunks]: 1 + the slot of the worker that claimed the chunk, 0 for this thread. */
  owner: SharedArrayBuffer;
  /** Int32[1]: workers alive (−1 while the supervisor starts them). */
  alive: SharedArrayBuffer;
  /** Where a failing worker writes its error text (UTF-8, truncated). */
  error: SharedArrayBuffer;
}

/** @internal What a worker receives as `workerData`. */
export interface WorkerInit {
  kind: typeof WORKER_KIND;
  /**
   * `'messages'`: chunk numbers arrive by message, results leave by message. `'claim'`: claims
   * chunks from the shared `control` block (synchronous callers). `'supervise'`: starts `count`
   * claiming workers and marks the chunk of any that dies as failed (the caller is blocked in
   * `Atomics.wait` and cannot see the exit). `'single'`: runs one asynchronous task on `data`.
   */
  mode: 'messages' | 'claim' | 'supervise' | 'single';
  /** The task's name in the registry. */
  task: string;
  /** The task's data: typed arrays, `SharedArrayBuffer`s, numbers, strings (structured-cloned). */
  data: unknown;
  /** Int32[chunks] in shared memory: units finished per chunk (`'messages'`). */
  progress?: SharedArrayBuffer | null;
  control?: ClaimControl;
  /** `'claim'`: this worker's slot; `'supervise'`: how many workers to start. */
  slot?: number;
  count?: number;
  /** `'supervise'`: the entry to start the workers from. */
  entry?: string;
  /** Test hook: the worker exits (code 1) when it reaches this chunk, as a crashed thread would. */
  dieOnChunk?: number;
}

/** Test override of the entry (a bundled worker starts faster than the tsx route). */
let entryOverride: URL | null | undefined;

/** @internal Tests: start workers from `url` (`null`: as if there were no entry; `undefined`: the default). */
export function setWorkerEntry(url: URL | null | undefined): void {
  entryOverride = url;
}

/** The URL of the running module (a bundle, or this source file). */
function moduleUrl(): string | null {
  if (typeof __filename === 'string') {
    const url = process.getBuiltinModule?.('node:url') as typeof import('node:url') | undefined;
    return url ? url.pathToFileURL(__filename).href : null;
  }
  return typeof import.meta.url === 'string' ? import.meta.url : null;
}

/** @internal The worker entry to start, or `null` when there is none (then work runs on the calling thread). */
export function workerEntry(): URL | null {
  if (entryOverride !== undefined) return entryOverride;
  const node = nodeRuntime();
  const here = moduleUrl();
  if (node === null || here === null || !here.startsWith('file:')) return null;
  const path = new URL(here).pathname;
  const entry = /\.[cm]?ts$/.test(path)
    ? new URL('./worker-tsx.mjs', here)
    : new URL(path.endsWith('.cjs') ? './worker.cjs' : './worker.js', here);
  return node.existsSync(entry) ? entry : null;
}

let live = 0;
let started = 0;

/** @internal Workers started by this thread so far (tests: that a call really went to a worker). */
export function startedWorkers(): number {
  return started;
}

/** @internal Workers started by this thread that have not exited yet (tests: nothing outlives its call). */
export function liveWorkers(): number {
  return live;
}

/**
 * @internal
 * Starts a worker on the entry, or returns `null` (no entry, no `node:worker_threads`, or the
 * constructor threw). The worker is unref'd: it never keeps the process alive.
 */
export function spawnWorker(
  init: Omit<WorkerInit, 'kind'>,
  options?: { youngGenerationMb?: number | undefined; entry?: URL | undefined; transfer?: ArrayBuffer[] | undefined },
): WorkerInstance | null {
  const node = nodeRuntime();
  const entry = options?.entry ?? workerEntry();
  if (node === null || entry === null) return null;
  let worker: WorkerInstance;
  try {
    worker = new node.Worker(entry, {
      workerData: { kind: WORKER_KIND, ...init, entry: entry.href } satisfies WorkerInit,
      // No Node flags of the parent: some make a worker fail to start (`--input-type=module -e`).
      execArgv: [],
      ...(options?.transfer?.length ? { transferList: options.transfer } : {}),
      ...(options?.youngGenerationMb ? { resourceLimits: { maxYoungGenerationSizeMb: options.youngGenerationMb } } : {}),
    });
  } catch {
    return null;
  }
  live++;
  started++;
  worker.once('exit', () => live--);
  worker.unref();
  return worker;
}

/**
 * @internal
 * The number of threads a `threads` option asks for: a positive integer as given (at most
 * `max`), `'auto'` → the machine's parallelism (at most `max`), or 1 when there is no thread runtime.
 */
export function resolveThreadCount(threads: number | 'auto', max: number): number {
  if (threads !== 'auto') return Math.max(1, Math.min(max, Math.floor(threads)));
  const node = nodeRuntime();
  return node === null ? 1 : Math.max(1, Math.min(max, node.parallelism));
}

/** @internal What a single-task worker posts back: its result, or why it failed. */
export type SingleAnswer<R> = { ok: true; result: R } | ({ ok: false; message: string } & Record<string, unknown>);

/**
 * @internal
 * The one answer of a single-task worker, read by `read` (or `fail` for a failure message). An
 * abort through `signal`, a worker error or the worker's exit before answering rejects; the
 * worker is terminated whichever comes first.
 */
export function singleAnswer<R, T>(
  worker: WorkerInstance,
  signal: AbortSignal | undefined,
  prefix: string,
  what: string,
  read: (result: R) => T,
  fail: (message: Extract<SingleAnswer<R>, { ok: false }>) => unknown,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (error: unknown, value?: T): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      if (error === null) resolve(value!);
      else reject(error);
    };
    const onAbort = (): void => settle(abortedError(signal!, prefix));
    signal?.addEventListener('abort', onAbort);
    if (signal?.aborted) onAbort();
    worker.on('message', (message: SingleAnswer<R>) => {
      if (!message.ok) settle(fail(message as Extract<SingleAnswer<R>, { ok: false }>));
      else settle(null, read(message.result));
    });
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) => settle(new Error(`${prefix}: the ${what} worker exited with code ${code}`)));
  });
}
