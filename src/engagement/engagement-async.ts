/**
 * The `…Async` twins of engagementExposure: the same function run off the calling thread on one worker
 * thread, cancellable and with coarse progress (src/runtime/off-thread.ts, docs/runtime.md).
 * Each resolves with exactly what its synchronous function returns.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { callOffThread } from '../runtime/off-thread.js';
import type { RuntimeOptions } from '../runtime/options.js';
import { engagementExposure, type EngagementExposureOptions, type EngagementExposure } from './engagement-exposure.js';

/** Options of {@link engagementExposureAsync}: those of {@link engagementExposure} and the runtime options (`threads`, `signal`, `onProgress`). */
export type EngagementExposureAsyncOptions<EdgeAttributes extends Attributes = Attributes, NodeAttributes extends Attributes = Attributes> = EngagementExposureOptions<EdgeAttributes, NodeAttributes> & RuntimeOptions;

/**
 * {@link engagementExposure} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link engagementExposure}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link engagementExposure} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link engagementExposure} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await engagementExposureAsync(syntheticCompany().graph, { engagementThreshold: 3, signal: AbortSignal.timeout(30_000) });
 */
export function engagementExposureAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EngagementExposureAsyncOptions<EdgeAttributes, NodeAttributes>,
): Promise<Record<string, EngagementExposure>> {
  return callOffThread<Record<string, EngagementExposure>>('engagement', 'engagementExposure', engagementExposure as never, input as AbstractGraph | CsrIndex, options);
}
