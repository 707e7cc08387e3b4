/**
 * {@link betweenness} and {@link edgeBetweenness} without blocking the event loop: the Brandes
 * sources run on worker threads (or on the calling thread in slices), cancellable with `signal`,
 * with `onProgress` counting sources. Same values, bit for bit, as the synchronous functions.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { brandesSumsAsync, rescaleBetweenness } from '../core/brandes.js';
import type { CsrIndex } from '../core/csr.js';
import { metricPrefixes, refuseAttribute, type TieMetric } from '../define-metric.js';
import { collectSliced, tieRowsSliced } from '../runtime/columns.js';
import { assertGraphOrIndex } from '../guards.js';
import { resolveOptions, type NodeMetric } from '../options.js';
import { toIndexAsync } from '../runtime/index-async.js';
import { splitRuntimeOptions, type RuntimeOptions } from '../runtime/options.js';
import { tidyResult } from '../tidy/brand.js';
import { BETWEENNESS_DEFAULTS, validateBetweenness, type BetweennessOptions, type BrandesOptions } from './betweenness.js';
import { EDGE_BETWEENNESS_DEFAULTS, type EdgeBetweennessOptions } from './edge-betweenness.js';
import { mergeDefaults, pathDistances, samplePivots } from './path-options.js';

/** Options of {@link betweennessAsync}: those of {@link betweenness} and the runtime options. */
export interface BetweennessAsyncOptions<EdgeAttributes extends Attributes = Attributes>
  extends BetweennessOptions<EdgeAttributes>,
    RuntimeOptions {}

/** Options of {@link edgeBetweennessAsync}: those of {@link edgeBetweenness} and the runtime options. */
export interface EdgeBetweennessAsyncOptions<EdgeAttributes extends Attributes = Attributes>
  extends EdgeBetweennessOptions<EdgeAttributes>,
    RuntimeOptions {}

const NODE_DEFAULTS = mergeDefaults(BETWEENNESS_DEFAULTS);
const TIE_DEFAULTS = mergeDefaults(EDGE_BETWEENNESS_DEFAULTS);

async function brandesAsync(
  input: AbstractGraph | CsrIndex,
  options: (BetweennessAsyncOptions & EdgeBetweennessAsyncOptions) | undefined,
  ties: boolean,
): Promise<{ index: CsrIndex; values: Float64Array }> {
  const { async: prefix, assign } = metricPrefixes('centrality', ties ? 'edgeBetweenness' : 'betweenness');
  assertGraphOrIndex(input, prefix);
  refuseAttribute(options, prefix, assign);
  const { rest, runtime } = splitRuntimeOptions(prefix, options);
  const opts = resolveOptions(prefix, ties ? TIE_DEFAULTS : NODE_DEFAULTS, rest as BetweennessOptions | undefined) as BrandesOptions;
  validateBetweenness(opts, prefix);
  const index = await toIndexAsync(input, rest as BetweennessOptions | undefined, prefix, runtime);
  const distances = pathDistances(index, opts, prefix);
  const n = index.order;
  const pivots = samplePivots(n, opts, prefix);
  const endpoints = ties || opts.endpoints === true;
  const sums = await brandesSumsAsync(index, distances, { sources: pivots, nodes: !ties, ties, endpoints }, runtime);
  const values = (ties ? sums.ties : sums.nodes)!;
  rescaleBetweenness(values, n, { normalized: opts.normalized, directed: index.directed, endpoints, pivots });
  return { index, values };
}

/**
 * {@link betweenness} without blocking the event loop. The sources are searched on worker threads
 * (`threads`), or on the calling thread in slices of a few milliseconds; the result is the one
 * {@link betweenness} gives, bit for bit, for every `threads`.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link betweenness}, plus `threads`, `signal` and `onProgress`
 *   (`done` counts the sources searched, `total` is n or `samples`).
 * @returns A promise of betweenness per node, as {@link betweenness} returns it.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the call's workers are stopped first.
 * @throws {@link InvalidOptionError} As {@link betweenness}, and for a bad `threads`, `signal` or `onProgress`.
 *
 * @example
 * const controller = new AbortController();
 * const scores = await betweennessAsync(org, { samples: 4, signal: controller.signal, onProgress: ({ done, total }) => console.log(done, total) });
 */
export async function betweennessAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: BetweennessAsyncOptions<EdgeAttributes>,
): Promise<NodeMetric> {
  const { index, values } = await brandesAsync(input as AbstractGraph | CsrIndex, options as BetweennessAsyncOptions, false);
  return tidyResult('nodeMetric', await collectSliced(index.keys, values), 'betweenness');
}

/**
 * {@link edgeBetweenness} without blocking the event loop (see {@link betweennessAsync}). Same
 * rows, in the same order, as {@link edgeBetweenness}.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link edgeBetweenness}, plus `threads`, `signal` and `onProgress`.
 * @returns A promise of one `{ source, target, value }` per tie.
 * @throws {@link AbortedError} (rejects) when `signal` aborts.
 *
 * @example
 * const rows = await edgeBetweennessAsync(org, { threads: 2 });
 */
export async function edgeBetweennessAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EdgeBetweennessAsyncOptions<EdgeAttributes>,
): Promise<TieMetric> {
  const { index, values } = await brandesAsync(input as AbstractGraph | CsrIndex, options as EdgeBetweennessAsyncOptions, true);
  return tidyResult('tieMetric', await tieRowsSliced(index.keys, index.tieSources, index.tieTargets, values), 'edgeBetweenness');
}
