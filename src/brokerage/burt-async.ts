/**
 * The `…Async` twins of constraint and the Burt family (effective size, efficiency, hierarchy, ego betweenness), brokerage roles, diversity–bandwidth and redundancy: the same function run off the calling thread on one worker
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
import { brokerageRoles, type BrokerageRolesOptions, type BrokerageRolesResult } from './brokerage-roles.js';
import { constraint, type ConstraintOptions } from './constraint.js';
import { diversityBandwidth, type DiversityBandwidth, type DiversityBandwidthOptions } from './diversity-bandwidth.js';
import { effectiveSize, type EffectiveSizeOptions } from './effective-size.js';
import { efficiency, type EfficiencyOptions } from './efficiency.js';
import { egoBetweenness, type EgoBetweennessOptions } from './ego-betweenness.js';
import { hierarchy, type HierarchyOptions } from './hierarchy.js';
import { redundancy, type RedundancyOptions } from './redundancy.js';

/** Options of {@link constraintAsync}: those of {@link constraint} and the runtime options (`threads`, `signal`, `onProgress`). */
export type ConstraintAsyncOptions<EdgeAttributes extends Attributes = Attributes> = ConstraintOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link constraint} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link constraint}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link constraint} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link constraint} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await constraintAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function constraintAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: ConstraintAsyncOptions<EdgeAttributes>,
): Promise<NodeMetric> {
  return callOffThread<NodeMetric>('brokerage', 'constraint', constraint as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link effectiveSizeAsync}: those of {@link effectiveSize} and the runtime options (`threads`, `signal`, `onProgress`). */
export type EffectiveSizeAsyncOptions<EdgeAttributes extends Attributes = Attributes> = EffectiveSizeOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link effectiveSize} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link effectiveSize}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link effectiveSize} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link effectiveSize} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await effectiveSizeAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function effectiveSizeAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EffectiveSizeAsyncOptions<EdgeAttributes>,
): Promise<NodeMetric> {
  return callOffThread<NodeMetric>('brokerage', 'effectiveSize', effectiveSize as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link efficiencyAsync}: those of {@link efficiency} and the runtime options (`threads`, `signal`, `onProgress`). */
export type EfficiencyAsyncOptions<EdgeAttributes extends Attributes = Attributes> = EfficiencyOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link efficiency} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link efficiency}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link efficiency} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link efficiency} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await efficiencyAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function efficiencyAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EfficiencyAsyncOptions<EdgeAttributes>,
): Promise<NodeMetric> {
  return callOffThread<NodeMetric>('brokerage', 'efficiency', efficiency as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link hierarchyAsync}: those of {@link hierarchy} and the runtime options (`threads`, `signal`, `onProgress`). */
export type HierarchyAsyncOptions<EdgeAttributes extends Attributes = Attributes> = HierarchyOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link hierarchy} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link hierarchy}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link hierarchy} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link hierarchy} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await hierarchyAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function hierarchyAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: HierarchyAsyncOptions<EdgeAttributes>,
): Promise<NodeMetric> {
  return callOffThread<NodeMetric>('brokerage', 'hierarchy', hierarchy as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link egoBetweennessAsync}: those of {@link egoBetweenness} and the runtime options (`threads`, `signal`, `onProgress`). */
// egoBetweenness takes no option of its own (its options type refuses every key), so only the runtime options apply.
export type EgoBetweennessAsyncOptions = RuntimeOptions;

/**
 * {@link egoBetweenness} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link egoBetweenness}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link egoBetweenness} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link egoBetweenness} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await egoBetweennessAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function egoBetweennessAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EgoBetweennessAsyncOptions,
): Promise<NodeMetric> {
  return callOffThread<NodeMetric>('brokerage', 'egoBetweenness', egoBetweenness as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link brokerageRolesAsync}: those of {@link brokerageRoles} and the runtime options (`threads`, `signal`, `onProgress`). */
export type BrokerageRolesAsyncOptions<EdgeAttributes extends Attributes = Attributes, NodeAttributes extends Attributes = Attributes> = BrokerageRolesOptions<NodeAttributes> & RuntimeOptions;

/**
 * {@link brokerageRoles} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link brokerageRoles}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link brokerageRoles} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link brokerageRoles} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await brokerageRolesAsync(datasets.krackhardtHighTech(), { groups: 'department', signal: AbortSignal.timeout(30_000) });
 */
export function brokerageRolesAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: BrokerageRolesAsyncOptions<EdgeAttributes, NodeAttributes>,
): Promise<BrokerageRolesResult> {
  return callOffThread<BrokerageRolesResult>('brokerage', 'brokerageRoles', brokerageRoles as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link diversityBandwidthAsync}: those of {@link diversityBandwidth} and the runtime options (`threads`, `signal`, `onProgress`). */
export type DiversityBandwidthAsyncOptions<EdgeAttributes extends Attributes = Attributes> = DiversityBandwidthOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link diversityBandwidth} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the copy of a large
 * graph.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link diversityBandwidth}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link diversityBandwidth} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link diversityBandwidth} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await diversityBandwidthAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function diversityBandwidthAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: DiversityBandwidthAsyncOptions<EdgeAttributes>,
): Promise<Record<string, DiversityBandwidth>> {
  return callOffThread<Record<string, DiversityBandwidth>>('brokerage', 'diversityBandwidth', diversityBandwidth as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link redundancyAsync}: those of {@link redundancy} and the runtime options (`threads`, `signal`, `onProgress`). */
export type RedundancyAsyncOptions<EdgeAttributes extends Attributes = Attributes> = RedundancyOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link redundancy} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link redundancy}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link redundancy} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link redundancy} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await redundancyAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function redundancyAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: RedundancyAsyncOptions<EdgeAttributes>,
): Promise<NodeMetric> {
  return callOffThread<NodeMetric>('brokerage', 'redundancy', redundancy as never, input as AbstractGraph | CsrIndex, options);
}
