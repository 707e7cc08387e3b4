/**
 * The `…Async` twins of neighbourhood overlap, neighbourhood Jaccard, embeddedness, local bridges, the
 * percolation curve, bridges, classifyTies, the disparity filter, tie churn, the overlap–strength
 * correlation and strong triadic closure violations: the same function run off the calling thread on one worker
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
import { percolationCurve, type PercolationCurveOptions, type PercolationPoint } from './percolation-curve.js';
import { bridges, type BridgesOptions, type Bridge } from './bridges.js';
import { classifyTies, type ClassifyTiesOptions, type ClassifyTiesResult } from './classify-ties.js';
import { disparityFilter, type DisparityFilterOptions } from './disparity-filter.js';
import { tieChurn, type TieChurnOptions, type TieChurn } from './tie-churn.js';
import { overlapStrengthCorrelation, type OverlapStrengthCorrelationOptions, type OverlapStrengthCorrelation } from './overlap-strength-correlation.js';
import { strongTriadicClosureViolations, type StrongTriadicClosureViolationsOptions, type ForbiddenTriad } from './strong-triadic-closure.js';

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
 * thread), which spreads the span searches over `threads` threads, itself among them, as
 * {@link localBridges} does. Pass a `CsrIndex` (`buildIndex` once) to spare the calling thread the
 * copy of a large graph.
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

/** Options of {@link percolationCurveAsync}: those of {@link percolationCurve} and the runtime options (`threads`, `signal`, `onProgress`). */
export type PercolationCurveAsyncOptions<EdgeAttributes extends Attributes = Attributes> = PercolationCurveOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link percolationCurve} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link percolationCurve}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link percolationCurve} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link percolationCurve} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await percolationCurveAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function percolationCurveAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: PercolationCurveAsyncOptions<EdgeAttributes>,
): Promise<PercolationPoint[]> {
  return callOffThread<PercolationPoint[]>('ties', 'percolationCurve', percolationCurve as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link bridgesAsync}: those of {@link bridges} and the runtime options (`threads`, `signal`, `onProgress`). */
export type BridgesAsyncOptions = BridgesOptions & RuntimeOptions;

/**
 * {@link bridges} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link bridges}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link bridges} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link bridges} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await bridgesAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function bridgesAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: BridgesAsyncOptions,
): Promise<Bridge[]> {
  return callOffThread<Bridge[]>('ties', 'bridges', bridges as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link classifyTiesAsync}: those of {@link classifyTies} and the runtime options (`threads`, `signal`, `onProgress`). */
export type ClassifyTiesAsyncOptions<EdgeAttributes extends Attributes = Attributes> = ClassifyTiesOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link classifyTies} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link classifyTies}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link classifyTies} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link classifyTies} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await classifyTiesAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function classifyTiesAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: ClassifyTiesAsyncOptions<EdgeAttributes>,
): Promise<ClassifyTiesResult> {
  return callOffThread<ClassifyTiesResult>('ties', 'classifyTies', classifyTies as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link disparityFilterAsync}: those of {@link disparityFilter} and the runtime options (`threads`, `signal`, `onProgress`). */
export type DisparityFilterAsyncOptions<EdgeAttributes extends Attributes = Attributes> = DisparityFilterOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link disparityFilter} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link disparityFilter}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link disparityFilter} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link disparityFilter} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await disparityFilterAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function disparityFilterAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: DisparityFilterAsyncOptions<EdgeAttributes>,
): Promise<TieMetric> {
  return callOffThread<TieMetric>('ties', 'disparityFilter', disparityFilter as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link tieChurnAsync}: those of {@link tieChurn} and the runtime options (`threads`, `signal`, `onProgress`). */
export type TieChurnAsyncOptions<EdgeAttributes extends Attributes = Attributes> = TieChurnOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link tieChurn} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param before The first snapshot: a graphology graph or a {@link CsrIndex}.
 * @param after As for {@link tieChurn}.
 * @param options The options of {@link tieChurn}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link tieChurn} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link tieChurn} throws (rejects), with the same class and fields.
 *
 * @example
 * const before = datasets.krackhardtHighTech({ relation: 'advice' });
 * const after = datasets.krackhardtHighTech({ relation: 'friendship' });
 * const result = await tieChurnAsync(before, after, { signal: AbortSignal.timeout(30_000) });
 */
export function tieChurnAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  before: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  after: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: TieChurnAsyncOptions<EdgeAttributes>,
): Promise<TieChurn> {
  return callOffThread<TieChurn>('ties', 'tieChurn', tieChurn as never, before as AbstractGraph | CsrIndex, options, [after]);
}

/** Options of {@link overlapStrengthCorrelationAsync}: those of {@link overlapStrengthCorrelation} and the runtime options (`threads`, `signal`, `onProgress`). */
export type OverlapStrengthCorrelationAsyncOptions<EdgeAttributes extends Attributes = Attributes> = OverlapStrengthCorrelationOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link overlapStrengthCorrelation} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link overlapStrengthCorrelation}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link overlapStrengthCorrelation} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link overlapStrengthCorrelation} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await overlapStrengthCorrelationAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function overlapStrengthCorrelationAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: OverlapStrengthCorrelationAsyncOptions<EdgeAttributes>,
): Promise<OverlapStrengthCorrelation> {
  return callOffThread<OverlapStrengthCorrelation>('ties', 'overlapStrengthCorrelation', overlapStrengthCorrelation as never, input as AbstractGraph | CsrIndex, options);
}

/** Options of {@link strongTriadicClosureViolationsAsync}: those of {@link strongTriadicClosureViolations} and the runtime options (`threads`, `signal`, `onProgress`). */
export type StrongTriadicClosureViolationsAsyncOptions<EdgeAttributes extends Attributes = Attributes> = StrongTriadicClosureViolationsOptions<EdgeAttributes> & RuntimeOptions;

/**
 * {@link strongTriadicClosureViolations} without blocking the event loop: it runs on a worker thread (the calling thread
 * with `threads: 1`, in a browser, or when an option holds a function, which cannot cross to a
 * thread). A graph crosses to the worker in slices of a few milliseconds; a `CsrIndex`
 * (`buildIndex` once) crosses at no cost. The result comes back as columns and is rebuilt here in
 * slices, so the calling thread is never blocked for long.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link strongTriadicClosureViolations}, plus `threads`, `signal` and `onProgress`
 *   (`{ done: 0, total: 1 }` when it starts, `{ done: 1, total: 1 }` when it is done).
 * @returns A promise of what {@link strongTriadicClosureViolations} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the worker is stopped first.
 * @throws What {@link strongTriadicClosureViolations} throws (rejects), with the same class and fields.
 *
 * @example
 * const result = await strongTriadicClosureViolationsAsync(index, { signal: AbortSignal.timeout(30_000) });
 */
export function strongTriadicClosureViolationsAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: StrongTriadicClosureViolationsAsyncOptions<EdgeAttributes>,
): Promise<ForbiddenTriad[]> {
  return callOffThread<ForbiddenTriad[]>('ties', 'strongTriadicClosureViolations', strongTriadicClosureViolations as never, input as AbstractGraph | CsrIndex, options);
}
