/**
 * The `…Async` twins of closeness and harmonic closeness: the same function run off the calling thread on one worker
 * thread, cancellable and with coarse progress (src/runtime/off-thread.ts, docs/runtime.md).
 * Each resolves with exactly what its synchronous function returns.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import type { NodeMetric } from '../options.js';
import { callOffThread } from '../runtime/off-thread.js';
import type { RuntimeOptions } from '../runtime/options.js';
import { closeness, type ClosenessOptions } from './closeness.js';
import { harmonicCloseness, type HarmonicClosenessOptions } from './harmonic-closeness.js';

/** Options of {@link closenessAsync}: those of {@link closeness} and the runtime options (`threads`, `signal`, `onProgress`). */
export type ClosenessAsyncOptions<EdgeAttributes extends Attributes = Attributes> = ClosenessOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link closeness} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link closeness}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link closeness} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link closeness} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await closenessAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function closenessAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: ClosenessAsyncOptions<EdgeAttributes>,
): Promise<NodeMetric> {
  return callOffThread<NodeMetric>('centrality', 'closeness', closeness as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link harmonicClosenessAsync}: those of {@link harmonicCloseness} and the runtime options (`threads`, `signal`, `onProgress`). */
export type HarmonicClosenessAsyncOptions<EdgeAttributes extends Attributes = Attributes> = HarmonicClosenessOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link harmonicCloseness} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link harmonicCloseness}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link harmonicCloseness} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link harmonicCloseness} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await harmonicClosenessAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function harmonicClosenessAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: HarmonicClosenessAsyncOptions<EdgeAttributes>,
): Promise<NodeMetric> {
  return callOffThread<NodeMetric>('centrality', 'harmonicCloseness', harmonicCloseness as never, input as AbstractGraph | CsrIndex, options);
}
