/**
 * closeness: how near each person is to everyone they can reach (Freeman 1979), with the
 * Wasserman–Faust correction for people who reach only part of the network.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { sweepDistances } from '../core/distance-sweep.js';
import type { PathDistances } from '../core/distances.js';
import { defineNodeMetric } from '../define-metric.js';
import { assertThreadsOption } from '../runtime/options.js';
import { assertEnum, type DistanceOptions, type EdgeValueGetter, type NodeMetric, type ToDistance } from '../options.js';
import { assertPathOptions, mergeDefaults, pathDistances } from './path-options.js';

/** Which distances a path metric reads on a directed graph: d(u, v) (`'out'`) or d(v, u) (`'in'`). */
export type PathDirection = 'out' | 'in';

/** @internal The values of {@link PathDirection}. */
export const PATH_DIRECTIONS: readonly PathDirection[] = Object.freeze(['out', 'in'] as PathDirection[]);

/**
 * How {@link closeness} treats people who reach only part of the network: `'wassermanFaust'`
 * scales by the share of other people reached (NetworkX's `wf_improved=True`); `'component'`
 * averages over the reached people only (`wf_improved=False`, igraph's normalised closeness).
 */
export type ClosenessDisconnected = 'wassermanFaust' | 'component';

const DISCONNECTED: readonly ClosenessDisconnected[] = Object.freeze(['wassermanFaust', 'component'] as ClosenessDisconnected[]);

/** Options of {@link closeness}. */
export interface ClosenessOptions<EdgeAttributes extends Attributes = Attributes> extends DistanceOptions<EdgeAttributes> {
  /**
   * People who reach only part of the network: `'wassermanFaust'` multiplies r/Σd by the share of
   * other people reached, r/(n − 1) (NetworkX's `wf_improved=True`); `'component'` keeps r/Σd,
   * the inverse mean distance to the people reached (`wf_improved=False`). [`'wassermanFaust'`]
   */
  disconnected?: ClosenessDisconnected;
  /**
   * Directed graphs: `'out'` uses distances from the person, d(u, v) (igraph, sna); `'in'` distances
   * to the person, d(v, u) (what NetworkX computes). Ignored for undirected graphs. [`'out'`]
   */
  direction?: PathDirection;
  /**
   * Threads that compute (docs/runtime.md): `1` is the calling thread only, `n ≥ 2` spreads the
   * sources over n threads (the calling thread among them, blocked until all are done), `'auto'`
   * one per core when the work pays for their start-up (≈ 5·10⁷ arc visits). Values are
   * identical for every value. [`'auto'`]
   */
  threads?: number | 'auto';
}

/** Options of {@link assignCloseness}. */
export interface AssignClosenessOptions<EdgeAttributes extends Attributes = Attributes> extends ClosenessOptions<EdgeAttributes> {
  /** The node attribute to write. [`'closeness'`] */
  attribute?: string;
}


/**
 * Options of {@link closenessIndexed}: the index holds its strengths (and distances, when built
 * with `getEdgeDistance`); `null` ignores them.
 */
export interface ClosenessIndexedOptions extends Omit<ClosenessOptions, 'getEdgeStrength' | 'getEdgeDistance'> {
  /** `null` treats every tie as strength 1. [the index's strengths] */
  getEdgeStrength?: null;
  /** `null` counts hops. [the index's distances, or distances from its strengths] */
  getEdgeDistance?: null;
}

/** Defaults of {@link closeness}, {@link assignCloseness} (the only one that reads `attribute`) and {@link closenessIndexed}. */
export const CLOSENESS_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  getEdgeDistance: undefined as EdgeValueGetter | undefined,
  toDistance: 'inverse' as ToDistance,
  disconnected: 'wassermanFaust' as ClosenessDisconnected,
  direction: 'out' as PathDirection,
  threads: 'auto' as number | 'auto',
  attribute: 'closeness' as string,
});

const metric = defineNodeMetric({
  family: 'centrality',
  name: 'closeness',
  defaults: mergeDefaults(CLOSENESS_DEFAULTS),
  validate: (opts, prefix) => {
    assertEnum(prefix, 'disconnected', opts.disconnected, DISCONNECTED);
    assertEnum(prefix, 'direction', opts.direction, PATH_DIRECTIONS);
    assertPathOptions(opts, prefix);
    assertThreadsOption(prefix, opts.threads);
  },
  kernel: (index, opts, _input, prefix) =>
    closenessKernel(index, pathDistances(index, opts, prefix), opts.direction, opts.disconnected === 'wassermanFaust', opts.threads),
});

/**
 * Closeness centrality over the reachable part of the network: the inverse of a person's mean
 * distance to the people they reach, scaled (by default) by the share of people reached.
 *
 * Formula (Wasserman & Faust 1994, "improved" closeness as in NetworkX):
 *
 *   r_u     = |{ v ≠ u : d(u, v) < ∞ }|                  people reached
 *   C(u)    = r_u / Σ_{v reached} d(u, v)                 disconnected: 'component'
 *   C_WF(u) = (r_u / (n − 1)) · C(u)                      disconnected: 'wassermanFaust' (default)
 *   r_u = 0  ⇒  0
 *   Connected graph (r_u = n − 1): both give C(u) = (n − 1) / Σ_v d(u, v).
 *
 * References
 * [1] Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social Networks 1(3):215–239.
 * [2] Wasserman, S., Faust, K. (1994). Social Network Analysis: Methods and Applications. Cambridge University Press.
 *
 * @remarks
 * - Reads tie **distances**: `getEdgeDistance`, or `toDistance` from strengths (default 1/strength;
 *   `getEdgeDistance: null` for hops).
 * - `disconnected` only matters for people who do not reach everyone. `'wassermanFaust'` (the
 *   default) is NetworkX 2.8.8 `closeness_centrality(wf_improved=True)`: a person close to the
 *   few people of a small component scores low, since few are reached. `'component'` is
 *   `wf_improved=False` and igraph 0.10.2 `closeness(normalized=True)`: the inverse mean distance
 *   to whoever is reached, so a pendant pair scores 1.
 * - Directed graphs: `direction: 'out'` (default, as igraph and sna) sums distances from u;
 *   `'in'` sums distances to u, which is what NetworkX's `closeness_centrality` computes.
 * - Isolates (and n = 1) give 0, as in NetworkX (igraph gives `NaN`). Self-loops are ignored;
 *   parallel edges form one tie.
 * - Parity: NetworkX 2.8.8 and igraph 0.10.2 on the shared fixtures, to 1e-9.
 * - Speed: one typed-array BFS (or Dijkstra) per source on an adjacency relabelled in BFS order.
 *   Large inputs (≥ 5·10⁷ estimated arc visits) spread 64 fixed source ranges over worker threads
 *   (`threads`, one per core with `'auto'`; `node:worker_threads`, Node ≥ 20.16; not from inside a
 *   worker), waited for synchronously: this thread computes too and stays blocked. Each source's
 *   value comes from its own search, so the values are identical for every `threads`. To keep the
 *   event loop free, use the `…Async` twin.
 * - An empty graph gives `{}`. Complexity: O(n m) hops, O(n (n + m) log n) weighted.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link ClosenessOptions}.
 * @returns The closeness of each node, keyed by node.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength or distance is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid (`threads` neither `'auto'` nor an integer ≥ 1; `disconnected` or `direction`
 *   not one of its values; `toDistance` `'negLog'`/`'maxMinus'`, which give zero distances, or given
 *   with distances), an attribute name no edge carries, or a getter or attribute name with an index.
 *
 * @example
 * closeness(org, { getEdgeDistance: null }).b2; //=> 0.5952380952380952  (5 reached, Σd = 7: 5/7 · 5/6)
 * closeness(org, { getEdgeDistance: null, disconnected: 'component' }).b2; //=> 0.7142857142857143  (5/7)
 */
export function closeness<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: ClosenessOptions<EdgeAttributes>,
): NodeMetric {
  return metric.compute(input, options as ClosenessOptions);
}

/**
 * Writes {@link closeness} as a node attribute (`attribute`, default `'closeness'`).
 *
 * @param graph The graphology graph.
 * @param options The {@link AssignClosenessOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength or distance is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid (see {@link closeness}).
 *
 * @example
 * assignCloseness(org, { getEdgeDistance: null });
 * org.getNodeAttribute('z', 'closeness'); //=> 0
 */
export function assignCloseness<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignClosenessOptions<EdgeAttributes>,
): void {
  metric.assign(graph, options as AssignClosenessOptions);
}

/**
 * {@link closeness} on a prebuilt index, as a `Float64Array` in node-id order (`index.keys[id]`
 * is the node): the fast path, with no record built.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link ClosenessIndexedOptions}.
 * @returns The closeness of each node id.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidWeightError} If a `toDistance` function returns a distance that is not finite and > 0.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * const index = buildIndex(org);
 * closenessIndexed(index, { getEdgeDistance: null })[index.id('b2')]; //=> 0.5952380952380952
 */
export function closenessIndexed(index: CsrIndex, options?: ClosenessIndexedOptions): Float64Array {
  return metric.indexed(index, options);
}

/**
 * @internal
 * Closeness of every node: one BFS (common distance) or Dijkstra per node along `direction`,
 * the sources spread over `threads` (see {@link sweepDistances}).
 */
export function closenessKernel(
  index: CsrIndex,
  distances: PathDistances,
  direction: PathDirection,
  wassermanFaust: boolean,
  threads: number | 'auto' = 'auto',
): Float64Array {
  return sweepDistances(index, distances, direction, { kind: 'closeness', wassermanFaust }, threads);
}
