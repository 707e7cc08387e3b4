/**
 * harmonicCloseness: closeness that adds up inverse distances, so unreachable people simply
 * contribute nothing (Marchiori & Latora 2000; Rochat 2009).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { sweepDistances } from '../core/distance-sweep.js';
import type { PathDistances } from '../core/distances.js';
import { defineNodeMetric } from '../define-metric.js';
import {
  assertBoolean,
  assertEnum,
  type DistanceOptions,
  type EdgeValueGetter,
  type NodeMetric,
  type ToDistance,
} from '../options.js';
import { assertThreadsOption } from '../runtime/options.js';
import { PATH_DIRECTIONS, type PathDirection } from './closeness.js';
import { assertPathOptions, mergeDefaults, pathDistances } from './path-options.js';

/** Options of {@link harmonicCloseness}. */
export interface HarmonicClosenessOptions<EdgeAttributes extends Attributes = Attributes> extends DistanceOptions<EdgeAttributes> {
  /** Divide by n − 1, giving the mean inverse distance (igraph's `normalized`). [`false`] */
  normalized?: boolean;
  /**
   * Directed graphs: `'out'` sums 1/d(u, v) (igraph `mode: 'out'`); `'in'` sums 1/d(v, u) (what
   * NetworkX computes). Ignored for undirected graphs. [`'out'`]
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

/** Options of {@link assignHarmonicCloseness}. */
export interface AssignHarmonicClosenessOptions<EdgeAttributes extends Attributes = Attributes>
  extends HarmonicClosenessOptions<EdgeAttributes> {
  /** The node attribute to write. [`'harmonicCloseness'`] */
  attribute?: string;
}


/**
 * Options of {@link harmonicClosenessIndexed}: the index holds its strengths (and distances, when built
 * with `getEdgeDistance`); `null` ignores them.
 */
export interface HarmonicClosenessIndexedOptions extends Omit<HarmonicClosenessOptions, 'getEdgeStrength' | 'getEdgeDistance'> {
  /** `null` treats every tie as strength 1. [the index's strengths] */
  getEdgeStrength?: null;
  /** `null` counts hops. [the index's distances, or distances from its strengths] */
  getEdgeDistance?: null;
}

/** Defaults of {@link harmonicCloseness}, {@link assignHarmonicCloseness} (the only one that reads `attribute`) and {@link harmonicClosenessIndexed}. */
export const HARMONIC_CLOSENESS_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  getEdgeDistance: undefined as EdgeValueGetter | undefined,
  toDistance: 'inverse' as ToDistance,
  normalized: false as boolean,
  direction: 'out' as PathDirection,
  threads: 'auto' as number | 'auto',
  attribute: 'harmonicCloseness' as string,
});

const metric = defineNodeMetric({
  family: 'centrality',
  name: 'harmonicCloseness',
  defaults: mergeDefaults(HARMONIC_CLOSENESS_DEFAULTS),
  validate: (opts, prefix) => {
    assertBoolean(prefix, 'normalized', opts.normalized);
    assertEnum(prefix, 'direction', opts.direction, PATH_DIRECTIONS);
    assertPathOptions(opts, prefix);
    assertThreadsOption(prefix, opts.threads);
  },
  kernel: (index, opts, _input, prefix) =>
    harmonicKernel(index, pathDistances(index, opts, prefix), opts.direction, opts.normalized, opts.threads),
});

/**
 * Harmonic closeness: the sum of inverse distances from a person to everyone else, so near
 * people count most and unreachable people count 0. Well defined on disconnected networks.
 *
 * Formula:
 *
 *   H(u)   = Σ_{v ≠ u} 1 / d(u, v)       with 1/∞ = 0
 *   normalized: H(u) / (n − 1)
 *   Unweighted: H(u) = Σ_k (number of people at k steps) / k.
 *
 * References
 * [1] Marchiori, M., Latora, V. (2000). Harmony in the small-world. Physica A 285(3–4):539–546.
 * [2] Rochat, Y. (2009). Closeness centrality extended to unconnected graphs: the harmonic centrality index. ASNA 2009.
 * [3] Boldi, P., Vigna, S. (2014). Axioms for centrality. Internet Mathematics 10(3–4):222–262.
 *
 * @remarks
 * - Reads tie **distances**: `getEdgeDistance`, or `toDistance` from strengths (default 1/strength;
 *   `getEdgeDistance: null` for hops).
 * - `normalized` divides by n − 1, as igraph does (default `false`, as NetworkX, which has no
 *   normalisation); n = 1 gives 0.
 * - Directed graphs: `direction: 'out'` (default) uses d(u, v); `'in'` uses d(v, u), which is what
 *   NetworkX's `harmonic_centrality` computes. igraph's default mode `'all'` ignores directions.
 * - Isolates give 0. Self-loops are ignored; parallel edges form one tie.
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
 * @param options The {@link HarmonicClosenessOptions}.
 * @returns The harmonic closeness of each node, keyed by node.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength or distance is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid (`threads` neither `'auto'` nor an integer ≥ 1; `toDistance` `'negLog'`/`'maxMinus'`,
 *   which give zero distances, or given with distances), an attribute name no edge carries, or a
 *   getter or attribute name with an index.
 *
 * @example
 * harmonicCloseness(org, { getEdgeDistance: null }).a3; //=> 3.8333333333333335  (a1, a2, b1 at 1 step, b2 at 2, c1 at 3: 3 + 1/2 + 1/3)
 */
export function harmonicCloseness<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: HarmonicClosenessOptions<EdgeAttributes>,
): NodeMetric {
  return metric.compute(input, options as HarmonicClosenessOptions);
}

/**
 * Writes {@link harmonicCloseness} as a node attribute (`attribute`, default `'harmonicCloseness'`).
 *
 * @param graph The graphology graph.
 * @param options The {@link AssignHarmonicClosenessOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength or distance is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid (see {@link harmonicCloseness}).
 *
 * @example
 * assignHarmonicCloseness(org, { getEdgeDistance: null });
 * org.getNodeAttribute('a2', 'harmonicCloseness'); //=> 4
 */
export function assignHarmonicCloseness<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignHarmonicClosenessOptions<EdgeAttributes>,
): void {
  metric.assign(graph, options as AssignHarmonicClosenessOptions);
}

/**
 * {@link harmonicCloseness} on a prebuilt index, as a `Float64Array` in node-id order (`index.keys[id]`
 * is the node): the fast path, with no record built.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link HarmonicClosenessIndexedOptions}.
 * @returns The harmonic closeness of each node id.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidWeightError} If a `toDistance` function returns a distance that is not finite and > 0.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * const index = buildIndex(org);
 * harmonicClosenessIndexed(index, { getEdgeDistance: null })[index.id('a3')]; //=> 3.8333333333333335
 */
export function harmonicClosenessIndexed(index: CsrIndex, options?: HarmonicClosenessIndexedOptions): Float64Array {
  return metric.indexed(index, options);
}

/**
 * @internal
 * Harmonic closeness of every node: one BFS (common distance) or Dijkstra per node along
 * `direction`, the sources spread over `threads` (see {@link sweepDistances}).
 */
export function harmonicKernel(
  index: CsrIndex,
  distances: PathDistances,
  direction: PathDirection,
  normalized: boolean,
  threads: number | 'auto' = 'auto',
): Float64Array {
  return sweepDistances(index, distances, direction, { kind: 'harmonic', normalized }, threads);
}
