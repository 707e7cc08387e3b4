/**
 * The `…Async` twins of introductionPaths: the same function run off the calling thread on one worker
 * thread, cancellable and with coarse progress (src/runtime/off-thread.ts, docs/runtime.md).
 * Each resolves with exactly what its synchronous function returns.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { callOffThread } from '../runtime/off-thread.js';
import type { RuntimeOptions } from '../runtime/options.js';
import { introductionPaths, type IntroductionPathsOptions, type IntroductionPath } from './introduction-paths.js';

/** Options of {@link introductionPathsAsync}: those of {@link introductionPaths} and the runtime options (`threads`, `signal`, `onProgress`). */
export type IntroductionPathsAsyncOptions<EdgeAttributes extends Attributes = Attributes> = IntroductionPathsOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link introductionPaths} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param source As for {@link introductionPaths}.
 * @param target As for {@link introductionPaths}.
 * @param options The options of {@link introductionPaths}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link introductionPaths} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link introductionPaths} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await introductionPathsAsync(index, 'a1', 'c1', { signal: AbortSignal.timeout(30_000) });
 */
export function introductionPathsAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  source: string,
  target: string,
  options?: IntroductionPathsAsyncOptions<EdgeAttributes>,
): Promise<IntroductionPath[]> {
  return callOffThread<IntroductionPath[]>('paths', 'introductionPaths', introductionPaths as never, input as AbstractGraph | CsrIndex, options, [source, target]);
}
