/**
 * {@link kStepReach} without blocking the event loop: a large graph's index is built on a worker,
 * the node ranges run on worker threads (or on the calling thread between turns of the event
 * loop), cancellable with `signal`, with `onProgress` counting people. Same values as
 * {@link kStepReach}.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { reachCountsAsync } from '../core/reach.js';
import { metricPrefixes, refuseAttribute } from '../define-metric.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertBoolean, assertInteger, resolveOptions, type NodeMetric } from '../options.js';
import { collectSliced } from '../runtime/columns.js';
import { toIndexAsync } from '../runtime/index-async.js';
import { splitRuntimeOptions, type RuntimeOptions } from '../runtime/options.js';
import { tidyResult } from '../tidy/brand.js';
import { assertReachPathOptions, K_STEP_REACH_DEFAULTS, reachAdjacency, type KStepReachOptions } from './k-step-reach.js';

/** Options of {@link kStepReachAsync}: those of {@link kStepReach} and the runtime options. */
export interface KStepReachAsyncOptions<EdgeAttributes extends Attributes = Attributes>
  extends Omit<KStepReachOptions<EdgeAttributes>, 'threads'>,
    RuntimeOptions {}

/**
 * {@link kStepReach} without blocking the event loop (the calling thread stays free for other
 * requests). Same values as {@link kStepReach} for every `threads`.
 *
 * @param input A graphology graph or a {@link CsrIndex}.
 * @param options The options of {@link kStepReach}, plus `signal` and `onProgress` (`done` counts people).
 * @returns A promise of the k-step reach of every node.
 * @throws {@link AbortedError} (rejects) when `signal` aborts; the call's workers are stopped first.
 *
 * @example
 * const reach = await kStepReachAsync(org, { k: 2, signal: AbortSignal.timeout(10_000) });
 */
export async function kStepReachAsync<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: KStepReachAsyncOptions<EdgeAttributes>,
): Promise<NodeMetric> {
  const { async: prefix, assign } = metricPrefixes('reach', 'kStepReach');
  assertGraphOrIndex(input, prefix);
  refuseAttribute(options, prefix, assign);
  const { rest, runtime } = splitRuntimeOptions(prefix, options as KStepReachAsyncOptions | undefined);
  const opts = resolveOptions(prefix, K_STEP_REACH_DEFAULTS, rest as KStepReachOptions | undefined);
  assertInteger(prefix, 'k', opts.k, 1);
  assertBoolean(prefix, 'normalized', opts.normalized);
  assertReachPathOptions(prefix, opts);
  const graph = input as AbstractGraph | CsrIndex;
  // A large graph is indexed on a worker (the calling thread only walks it into columns, in slices).
  const index = await toIndexAsync(graph, rest as KStepReachOptions | undefined, prefix, runtime);
  const adj = reachAdjacency(graph, index, opts, null, prefix);
  const n = adj.offsets.length - 1;
  const { counts } = await reachCountsAsync(adj, opts.k, runtime);
  if (opts.normalized) for (let i = 0; i < n; i++) counts[i] = n > 1 ? counts[i]! / (n - 1) : Number.NaN;
  return tidyResult('nodeMetric', await collectSliced(index.keys, counts), 'kStepReach');
}
