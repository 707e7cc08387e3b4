/**
 * The `…Async` twins of neighbourhood overlap, neighbourhood Jaccard, embeddedness and local bridges: the same function run off the calling thread on one worker
 * thread, cancellable and with coarse progress (src/runtime/off-thread.ts, docs/runtime.md).
 * Each resolves with exactly what its synchronous function returns.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import type { TieMetric } from '../define-metric.js';
import { callOffThread } from '../runtime/off-thread.js';
import type { RuntimeOptions } from '../runtime/options.js';
import { embeddedness, type EmbeddednessOptions } from './embeddedness.js';
import { localBridges, type LocalBridge, type LocalBridgesOptions } from './local-bridges.js';
import { neighborhoodJaccard, type NeighborhoodJaccardOptions } from './neighborhood-jaccard.js';
import { neighborhoodOverlap, type NeighborhoodOverlapOptions } from './neighborhood-overlap.js';

/** Options of {@link neighborhoodOverlapAsync}: those of {@link neighborhoodOverlap} and the runtime options (`threads`, `signal`, `onProgress`). */
export type NeighborhoodOverlapAsyncOptions = NeighborhoodOverlapOptions & RuntimeOptions;

/**
 * {@link neighborhoodOverlap} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link neighborhoodOverlap}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link neighborhoodOverlap} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link neighborhoodOverlap} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await neighborhoodOverlapAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function neighborhoodOverlapAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: NeighborhoodOverlapAsyncOptions,
): Promise<TieMetric> {
  return callOffThread<TieMetric>('ties', 'neighborhoodOverlap', neighborhoodOverlap as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link neighborhoodJaccardAsync}: those of {@link neighborhoodJaccard} and the runtime options (`threads`, `signal`, `onProgress`). */
export type NeighborhoodJaccardAsyncOptions = NeighborhoodJaccardOptions & RuntimeOptions;

/**
 * {@link neighborhoodJaccard} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link neighborhoodJaccard}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link neighborhoodJaccard} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link neighborhoodJaccard} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await neighborhoodJaccardAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function neighborhoodJaccardAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: NeighborhoodJaccardAsyncOptions,
): Promise<TieMetric> {
  return callOffThread<TieMetric>('ties', 'neighborhoodJaccard', neighborhoodJaccard as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link embeddednessAsync}: those of {@link embeddedness} and the runtime options (`threads`, `signal`, `onProgress`). */
export type EmbeddednessAsyncOptions = EmbeddednessOptions & RuntimeOptions;

/**
 * {@link embeddedness} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link embeddedness}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link embeddedness} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link embeddedness} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await embeddednessAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function embeddednessAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EmbeddednessAsyncOptions,
): Promise<TieMetric> {
  return callOffThread<TieMetric>('ties', 'embeddedness', embeddedness as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link localBridgesAsync}: those of {@link localBridges} and the runtime options (`threads`, `signal`, `onProgress`). */
export type LocalBridgesAsyncOptions<EdgeAttributes extends Attributes = Attributes> = LocalBridgesOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link localBridges} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link localBridges}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link localBridges} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link localBridges} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await localBridgesAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function localBridgesAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: LocalBridgesAsyncOptions<EdgeAttributes>,
): Promise<LocalBridge[]> {
  return callOffThread<LocalBridge[]>('ties', 'localBridges', localBridges as never, input as AbstractGraph | CsrIndex, options);
}
