/**
 * The `…Async` twins of communities (Louvain): the same function run off the calling thread on one worker
 * thread, cancellable and with coarse progress (src/runtime/off-thread.ts, docs/runtime.md).
 * Each resolves with exactly what its synchronous function returns.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { callOffThread } from '../runtime/off-thread.js';
import type { RuntimeOptions } from '../runtime/options.js';
import { communities, type CommunitiesOptions, type CommunitiesResult } from './communities.js';

/** Options of {@link communitiesAsync}: those of {@link communities} and the runtime options (`threads`, `signal`, `onProgress`). */
export type CommunitiesAsyncOptions<EdgeAttributes extends Attributes = Attributes> = CommunitiesOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link communities} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link communities}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link communities} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link communities} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await communitiesAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function communitiesAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: CommunitiesAsyncOptions<EdgeAttributes>,
): Promise<CommunitiesResult> {
  return callOffThread<CommunitiesResult>('groups', 'communities', communities as never, input as AbstractGraph | CsrIndex, options);
}
