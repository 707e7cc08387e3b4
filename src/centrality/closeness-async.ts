/**
 * The `…Async` twins of closeness and harmonic closeness: the sources are searched in 64 fixed
 * ranges on worker threads (or on the calling thread in slices of a few milliseconds),
 * cancellable with `signal`, with `onProgress` counting sources (src/core/distance-sweep.ts,
 * docs/runtime.md). Each resolves with exactly what its synchronous function returns, bit for bit,
 * for every `threads`.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { sweepDistancesAsync, type SweepReduction } from '../core/distance-sweep.js';
import { metricPrefixes, refuseAttribute } from '../define-metric.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertBoolean, assertEnum, resolveOptions, type NodeMetric } from '../options.js';
import { collectSliced } from '../runtime/columns.js';
import { toIndexAsync } from '../runtime/index-async.js';
import { splitRuntimeOptions, type RuntimeOptions } from '../runtime/options.js';
import { tidyResult } from '../tidy/brand.js';
import { CLOSENESS_DEFAULTS, PATH_DIRECTIONS, type ClosenessOptions } from './closeness.js';
import { HARMONIC_CLOSENESS_DEFAULTS, type HarmonicClosenessOptions } from './harmonic-closeness.js';
import { assertPathOptions, mergeDefaults, pathDistances } from './path-options.js';

/** Options of {@link closenessAsync}: those of {@link closeness} and the runtime options (`threads`, `signal`, `onProgress`). */
export type ClosenessAsyncOptions<EdgeAttributes extends Attributes = Attributes> = ClosenessOptions<EdgeAttributes> & RuntimeOptions;

/** Options of {@link harmonicClosenessAsync}: those of {@link harmonicCloseness} and the runtime options (`threads`, `signal`, `onProgress`). */
export type HarmonicClosenessAsyncOptions<EdgeAttributes extends Attributes = Attributes> = HarmonicClosenessOptions<EdgeAttributes> & RuntimeOptions;

const CLOSENESS = mergeDefaults(CLOSENESS_DEFAULTS);
const HARMONIC = mergeDefaults(HARMONIC_CLOSENESS_DEFAULTS);
const DISCONNECTED = Object.freeze(['wassermanFaust', 'component'] as const);

/** The shared body of the two twins: options as the synchronous function, then the sweep off the event loop. */
async function sweepAsync(
  name: 'closeness' | 'harmonicCloseness',
  input: AbstractGraph | CsrIndex,
  options: (ClosenessAsyncOptions & HarmonicClosenessAsyncOptions) | undefined,
): Promise<NodeMetric> {
  const { async: prefix, assign } = metricPrefixes('centrality', name);
  assertGraphOrIndex(input, prefix);
  refuseAttribute(options, prefix, assign);
  const { rest, runtime } = splitRuntimeOptions(prefix, options);
  let reduction: SweepReduction;
  let opts: { direction: 'out' | 'in'; getEdgeDistance?: unknown; toDistance?: unknown };
  if (name === 'closeness') {
    const o = resolveOptions(prefix, CLOSENESS, rest as ClosenessOptions | undefined);
    assertEnum(prefix, 'disconnected', o.disconnected, DISCONNECTED);
    reduction = { kind: 'closeness', wassermanFaust: o.disconnected === 'wassermanFaust' };
    opts = o;
  } else {
    const o = resolveOptions(prefix, HARMONIC, rest as HarmonicClosenessOptions | undefined);
    assertBoolean(prefix, 'normalized', o.normalized);
    reduction = { kind: 'harmonic', normalized: o.normalized };
    opts = o;
  }
  assertEnum(prefix, 'direction', opts.direction, PATH_DIRECTIONS);
  assertPathOptions(opts as never, prefix);
  const index = await toIndexAsync(input, rest as ClosenessOptions | undefined, prefix, runtime);
  const distances = pathDistances(index, opts as never, prefix);
  const values = await sweepDistancesAsync(index, distances, opts.direction, reduction, runtime);
  return tidyResult('nodeMetric', await collectSliced(index.keys, values), name);
}

/**
 * {@link closeness} without blocking the event loop: the sources are searched on worker threads
 * (`threads`), or on the calling thread in slices of a few milliseconds between turns of the
 * event loop (`threads: 1`, a browser, a bundle without `worker.js`). Same values, bit for bit,
 * as {@link closeness} for every `threads`.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link closeness}, plus `threads`, `signal` and `onProgress`
 *   (`done` counts the sources searched, `total` is the number of people).
 * @returns A promise of what {@link closeness} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the call's workers are stopped first.
 * @throws What {@link closeness} throws (rejects), and {@link InvalidOptionError} for a bad
 *   `threads`, `signal` or `onProgress`.
 *
 * @example
 * const scores = await closenessAsync(index, {
 *   signal: AbortSignal.timeout(30_000),
 *   onProgress: ({ done, total }) => console.log(`${done}/${total} people`),
 * });
 */
export function closenessAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: ClosenessAsyncOptions<EdgeAttributes>,
): Promise<NodeMetric> {
  return sweepAsync('closeness', input as AbstractGraph | CsrIndex, options as ClosenessAsyncOptions);
}

/**
 * {@link harmonicCloseness} without blocking the event loop: the sources are searched on worker
 * threads (`threads`), or on the calling thread in slices of a few milliseconds between turns of
 * the event loop (`threads: 1`, a browser, a bundle without `worker.js`). Same values, bit for
 * bit, as {@link harmonicCloseness} for every `threads`.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link harmonicCloseness}, plus `threads`, `signal` and
 *   `onProgress` (`done` counts the sources searched, `total` is the number of people).
 * @returns A promise of what {@link harmonicCloseness} returns.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the call's workers are stopped first.
 * @throws What {@link harmonicCloseness} throws (rejects), and {@link InvalidOptionError} for a
 *   bad `threads`, `signal` or `onProgress`.
 *
 * @example
 * const scores = await harmonicClosenessAsync(index, { threads: 2, signal: AbortSignal.timeout(30_000) });
 */
export function harmonicClosenessAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: HarmonicClosenessAsyncOptions<EdgeAttributes>,
): Promise<NodeMetric> {
  return sweepAsync('harmonicCloseness', input as AbstractGraph | CsrIndex, options as HarmonicClosenessAsyncOptions);
}
