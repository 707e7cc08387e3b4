/**
 * The options every `…Async` function adds to its synchronous twin's: `threads`, `signal` and
 * `onProgress` (docs/conventions.md, "Long work"; docs/runtime.md).
 *
 * @module
 */
import { InvalidOptionError, show } from '../errors.js';

/** What `onProgress` receives: units of work done so far and in all (the unit is the function's: sources, people, runs). */
export interface Progress {
  /** Units of work done so far, 0 to `total`. */
  done: number;
  /** Units of work in all. */
  total: number;
}

/** The options of long work: threads, cancellation and progress. */
export interface RuntimeOptions {
  /**
   * Threads that compute: `1` is the calling thread only (an `…Async` function then runs in slices
   * of a few milliseconds between turns of the event loop), `n ≥ 2` is n worker threads (the
   * calling thread only coordinates), `'auto'` is one worker per core when the work is large
   * enough to pay for their start-up, else the calling thread. Results are identical for every
   * value. Where threads cannot start (a browser, a bundle without `worker.js`), the calling
   * thread does the work. [`'auto'`]
   */
  threads?: number | 'auto';
  /** Cancels the call: the promise rejects with an `AbortedError` (its `cause` is `signal.reason`) and the call's workers stop. */
  signal?: AbortSignal;
  /** Called with `{ done, total }`, `done` strictly increasing, as work completes (at most every 50 ms from workers). */
  onProgress?: (progress: Progress) => void;
}

/** @internal Validates a `threads` option: `'auto'` or an integer ≥ 1. */
export function assertThreadsOption(prefix: string, threads: unknown): asserts threads is number | 'auto' {
  if (threads !== 'auto' && (typeof threads !== 'number' || !Number.isInteger(threads) || threads < 1)) {
    throw new InvalidOptionError(`${prefix}: option threads must be 'auto' or an integer ≥ 1; got ${show(threads)}`, 'threads');
  }
}

/** @internal Takes the runtime options out of `options`, validated; `rest` is what the synchronous twin accepts. */
export function splitRuntimeOptions<O extends object>(
  prefix: string,
  options: (O & RuntimeOptions) | undefined,
): { rest: O | undefined; runtime: { threads: number | 'auto'; signal: AbortSignal | undefined; onProgress: ((progress: Progress) => void) | undefined; prefix: string } } {
  if (options === undefined || options === null || typeof options !== 'object') {
    return { rest: options as O | undefined, runtime: { threads: 'auto', signal: undefined, onProgress: undefined, prefix } };
  }
  const { threads = 'auto', signal, onProgress, ...rest } = options;
  assertThreadsOption(prefix, threads);
  if (signal !== undefined && (typeof signal !== 'object' || signal === null || typeof (signal as AbortSignal).aborted !== 'boolean')) {
    throw new InvalidOptionError(`${prefix}: option signal must be an AbortSignal; got ${show(signal)}`, 'signal');
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new InvalidOptionError(`${prefix}: option onProgress must be a function; got ${show(onProgress)}`, 'onProgress');
  }
  return { rest: rest as O, runtime: { threads, signal, onProgress, prefix } };
}
