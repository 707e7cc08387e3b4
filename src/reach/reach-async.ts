/**
 * The `…Async` twins of reach efficiency, key-person risk, distance-weighted reach and group
 * distance-weighted reach: the same function run off the calling thread on one worker
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
import { distanceWeightedReach, type DistanceWeightedReachOptions } from './distance-weighted-reach.js';
import { keyPersonRisk, type KeyPersonRiskOptions, type KeyPersonRiskResult } from './key-person-risk.js';
import { reachEfficiency, type ReachEfficiencyOptions } from './reach-efficiency.js';
import { groupDistanceWeightedReach, type GroupDistanceWeightedReachOptions } from './group-distance-weighted-reach.js';

/** Options of {@link reachEfficiencyAsync}: those of {@link reachEfficiency} and the runtime options (`threads`, `signal`, `onProgress`). */
export type ReachEfficiencyAsyncOptions<EdgeAttributes extends Attributes = Attributes> = ReachEfficiencyOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link reachEfficiency} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link reachEfficiency}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link reachEfficiency} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link reachEfficiency} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await reachEfficiencyAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function reachEfficiencyAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: ReachEfficiencyAsyncOptions<EdgeAttributes>,
): Promise<NodeMetric> {
  return callOffThread<NodeMetric>('reach', 'reachEfficiency', reachEfficiency as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link keyPersonRiskAsync}: those of {@link keyPersonRisk} and the runtime options (`threads`, `signal`, `onProgress`). */
export type KeyPersonRiskAsyncOptions<EdgeAttributes extends Attributes = Attributes, NodeAttributes extends Attributes = Attributes> = KeyPersonRiskOptions<EdgeAttributes, NodeAttributes> & RuntimeOptions;

/**
 * {@link keyPersonRisk} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link keyPersonRisk}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link keyPersonRisk} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link keyPersonRisk} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await keyPersonRiskAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function keyPersonRiskAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: KeyPersonRiskAsyncOptions<EdgeAttributes, NodeAttributes>,
): Promise<KeyPersonRiskResult> {
  return callOffThread<KeyPersonRiskResult>('reach', 'keyPersonRisk', keyPersonRisk as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link distanceWeightedReachAsync}: those of {@link distanceWeightedReach} and the runtime options (`threads`, `signal`, `onProgress`). */
export type DistanceWeightedReachAsyncOptions<EdgeAttributes extends Attributes = Attributes> = DistanceWeightedReachOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link distanceWeightedReach} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link distanceWeightedReach}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link distanceWeightedReach} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link distanceWeightedReach} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await distanceWeightedReachAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function distanceWeightedReachAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: DistanceWeightedReachAsyncOptions<EdgeAttributes>,
): Promise<NodeMetric> {
  return callOffThread<NodeMetric>('reach', 'distanceWeightedReach', distanceWeightedReach as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link groupDistanceWeightedReachAsync}: those of {@link groupDistanceWeightedReach} and the runtime options (`threads`, `signal`, `onProgress`). */
export type GroupDistanceWeightedReachAsyncOptions<EdgeAttributes extends Attributes = Attributes> = GroupDistanceWeightedReachOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link groupDistanceWeightedReach} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param group As for {@link groupDistanceWeightedReach}.
 * @param options The options of {@link groupDistanceWeightedReach}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link groupDistanceWeightedReach} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link groupDistanceWeightedReach} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await groupDistanceWeightedReachAsync(index, ['a1', 'b1'], { signal: AbortSignal.timeout(30_000) });
 */
export function groupDistanceWeightedReachAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  group: Iterable<string>,
  options?: GroupDistanceWeightedReachAsyncOptions<EdgeAttributes>,
): Promise<number> {
  return callOffThread<number>('reach', 'groupDistanceWeightedReach', groupDistanceWeightedReach as never, input as AbstractGraph | CsrIndex, options, [groupArray(group)]);
}

/** The group as an array (a Set or an array crosses to a worker as is; another iterable is read here). */
function groupArray(group: Iterable<string>): unknown {
  if (Array.isArray(group) || group instanceof Set || group === null || typeof group !== 'object') return group;
  return typeof (group as Partial<Iterable<string>>)[Symbol.iterator] === 'function' ? Array.from(group) : group;
}
