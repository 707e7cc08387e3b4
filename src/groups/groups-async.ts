/**
 * The `…Async` twins of the silo report, the E-I index, the group mixing matrix, modularity and bridging ties: the same function run off the calling thread on one worker
 * thread, cancellable and with coarse progress (src/runtime/off-thread.ts, docs/runtime.md).
 * Each resolves with exactly what its synchronous function returns.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { callOffThread } from '../runtime/off-thread.js';
import type { RuntimeOptions } from '../runtime/options.js';
import { siloReport, type SiloReportOptions, type SiloReport } from './silo-report.js';
import { eiIndex, type EiIndexOptions, type EiIndexResult } from './ei-index.js';
import { groupMixingMatrix, type GroupMixingMatrixOptions, type GroupMixingMatrixResult } from './group-mixing-matrix.js';
import { modularity, type ModularityOptions } from './modularity.js';
import { bridgingTies, type BridgingTiesOptions, type BridgingTie } from './bridging-ties.js';

/** Options of {@link siloReportAsync}: those of {@link siloReport} and the runtime options (`threads`, `signal`, `onProgress`). */
export type SiloReportAsyncOptions<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes> = SiloReportOptions<NodeAttributes, EdgeAttributes> & RuntimeOptions;

/**
 * {@link siloReport} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link siloReport}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link siloReport} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link siloReport} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await siloReportAsync(datasets.krackhardtHighTech(), { groups: 'department', signal: AbortSignal.timeout(30_000) });
 */
export function siloReportAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: SiloReportAsyncOptions<NodeAttributes, EdgeAttributes>,
): Promise<SiloReport> {
  return callOffThread<SiloReport>('groups', 'siloReport', siloReport as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link eiIndexAsync}: those of {@link eiIndex} and the runtime options (`threads`, `signal`, `onProgress`). */
export type EiIndexAsyncOptions<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes> = EiIndexOptions<NodeAttributes, EdgeAttributes> & RuntimeOptions;

/**
 * {@link eiIndex} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link eiIndex}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link eiIndex} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link eiIndex} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await eiIndexAsync(datasets.krackhardtHighTech(), { groups: 'department', signal: AbortSignal.timeout(30_000) });
 */
export function eiIndexAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EiIndexAsyncOptions<NodeAttributes, EdgeAttributes>,
): Promise<EiIndexResult> {
  return callOffThread<EiIndexResult>('groups', 'eiIndex', eiIndex as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link groupMixingMatrixAsync}: those of {@link groupMixingMatrix} and the runtime options (`threads`, `signal`, `onProgress`). */
export type GroupMixingMatrixAsyncOptions<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes> = GroupMixingMatrixOptions<NodeAttributes, EdgeAttributes> & RuntimeOptions;

/**
 * {@link groupMixingMatrix} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link groupMixingMatrix}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link groupMixingMatrix} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link groupMixingMatrix} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await groupMixingMatrixAsync(datasets.krackhardtHighTech(), { groups: 'department', signal: AbortSignal.timeout(30_000) });
 */
export function groupMixingMatrixAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: GroupMixingMatrixAsyncOptions<NodeAttributes, EdgeAttributes>,
): Promise<GroupMixingMatrixResult> {
  return callOffThread<GroupMixingMatrixResult>('groups', 'groupMixingMatrix', groupMixingMatrix as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link modularityAsync}: those of {@link modularity} and the runtime options (`threads`, `signal`, `onProgress`). */
export type ModularityAsyncOptions<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes> = ModularityOptions<NodeAttributes, EdgeAttributes> & RuntimeOptions;

/**
 * {@link modularity} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link modularity}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link modularity} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link modularity} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await modularityAsync(datasets.krackhardtHighTech(), { groups: 'department', signal: AbortSignal.timeout(30_000) });
 */
export function modularityAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: ModularityAsyncOptions<NodeAttributes, EdgeAttributes>,
): Promise<number> {
  return callOffThread<number>('groups', 'modularity', modularity as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link bridgingTiesAsync}: those of {@link bridgingTies} and the runtime options (`threads`, `signal`, `onProgress`). */
export type BridgingTiesAsyncOptions<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes> = BridgingTiesOptions<NodeAttributes, EdgeAttributes> & RuntimeOptions;

/**
 * {@link bridgingTies} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link bridgingTies}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link bridgingTies} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link bridgingTies} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await bridgingTiesAsync(datasets.krackhardtHighTech(), { groups: 'department', signal: AbortSignal.timeout(30_000) });
 */
export function bridgingTiesAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: BridgingTiesAsyncOptions<NodeAttributes, EdgeAttributes>,
): Promise<BridgingTie[]> {
  return callOffThread<BridgingTie[]>('groups', 'bridgingTies', bridgingTies as never, input as AbstractGraph | CsrIndex, options);
}
