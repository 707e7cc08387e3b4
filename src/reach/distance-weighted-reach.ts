/**
 * distanceWeightedReach: how close each person is to everyone, with near people counting more
 * than far ones (Borgatti 2006's KPP-Pos measure D_R, for a one-person set).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { assertToDistance, resolveDistances } from '../core/distances.js';
import { inverseDistanceSums, type ReachAdjacency } from '../core/reach.js';
import { defineNodeMetric } from '../define-metric.js';
import { assertBoolean, type EdgeValueGetter, type NodeMetric, type ToDistance } from '../options.js';
import { DEFAULT_STRONG_TIE_RULE, type StrongTieRule } from '../ties/strong-ties.js';
import {
  assertReachPathOptions,
  reachAdjacency,
  type ReachDirection,
  type ReachIndexedPathOptions,
  type ReachPathOptions,
  type ReachVia,
} from './k-step-reach.js';

/** Options of {@link distanceWeightedReach}. */
export interface DistanceWeightedReachOptions<EdgeAttributes extends Attributes = Attributes> extends ReachPathOptions<EdgeAttributes> {
  /** Divide by n, the number of people (Borgatti's D_R, at most 1 in hops). [`true`] */
  normalized?: boolean;
  /**
   * How to read a tie's distance: an attribute name, a getter, or `null` for hops. When absent,
   * distances are derived from strengths with `toDistance` (or, for a CsrIndex built with
   * `getEdgeDistance`, are the index's distances). [absent: derived from strengths]
   */
  getEdgeDistance?: EdgeValueGetter<EdgeAttributes>;
  /**
   * How to derive distances from strengths when `getEdgeDistance` is absent: `'inverse'` d = 1/s,
   * or a function `(s) => d` returning distances > 0 (`'negLog'` and `'maxMinus'` give the
   * strongest tie distance 0, and 1/0 is infinite, so they are refused). [`'inverse'`]
   */
  toDistance?: ToDistance;
}

/** Options of {@link assignDistanceWeightedReach}. */
export interface AssignDistanceWeightedReachOptions<EdgeAttributes extends Attributes = Attributes>
  extends DistanceWeightedReachOptions<EdgeAttributes> {
  /** The node attribute to write. [`'distanceWeightedReach'`] */
  attribute?: string;
}

/** Options of {@link distanceWeightedReachIndexed}: the index holds its strengths and distances. */
export interface DistanceWeightedReachIndexedOptions extends ReachIndexedPathOptions, Pick<DistanceWeightedReachOptions, 'normalized' | 'toDistance'> {
  /** `null` counts hops (every tie one step). [the index's distances, or distances derived from its strengths] */
  getEdgeDistance?: null;
}

/**
 * Defaults of {@link distanceWeightedReach}, {@link assignDistanceWeightedReach} (the only one that
 * reads `attribute`) and {@link distanceWeightedReachIndexed}.
 */
export const DISTANCE_WEIGHTED_REACH_DEFAULTS = Object.freeze({
  normalized: true as boolean,
  via: 'any' as ReachVia,
  strongTies: DEFAULT_STRONG_TIE_RULE as StrongTieRule,
  direction: 'out' as ReachDirection,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  getEdgeDistance: undefined as EdgeValueGetter | undefined,
  toDistance: 'inverse' as ToDistance,
  attribute: 'distanceWeightedReach' as string,
});

/**
 * @internal
 * The options a distance-weighted reach search reads (merged, with `toDistance` and
 * `getEdgeDistance` `undefined` unless the caller gave them).
 */
export interface DistanceReachSettings {
  normalized: boolean;
  via: ReachVia;
  strongTies: unknown;
  direction: ReachDirection;
  getEdgeDistance?: unknown;
  toDistance?: unknown;
}

/** @internal Validates `normalized`, `via`, `direction` and a given `toDistance`. */
export function assertDistanceReachOptions(prefix: string, opts: DistanceReachSettings): void {
  assertBoolean(prefix, 'normalized', opts.normalized);
  assertReachPathOptions(prefix, opts);
  if (opts.toDistance !== undefined) assertToDistance(prefix, opts.toDistance, { allowZero: false });
}

/**
 * @internal
 * The adjacency a distance-weighted reach search walks, with its distances: the index's own
 * (built with `getEdgeDistance`, or hops for `getEdgeDistance: null`), else derived from its
 * strengths by `toDistance` (`'inverse'` when absent). `unit` is the common distance of every tie
 * when `adj.slotDist` is `null`.
 */
export function distanceReachAdjacency(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  opts: DistanceReachSettings,
  prefix: string,
): { adj: ReachAdjacency; unit: number } {
  const distances = resolveDistances(index, opts.toDistance, opts.getEdgeDistance !== undefined, prefix, { allowZero: false });
  const slotDist = index.directed && opts.direction === 'in' ? distances.inSlots : distances.slots;
  return { adj: reachAdjacency(input, index, opts, slotDist, prefix), unit: slotDist === null ? distances.unit : 1 };
}

const metric = defineNodeMetric({
  family: 'reach',
  name: 'distanceWeightedReach',
  // `toDistance` absent means 'inverse'; kept undefined so that a given one can be told apart
  // (it is refused together with distances).
  defaults: Object.freeze({ ...DISTANCE_WEIGHTED_REACH_DEFAULTS, toDistance: undefined as ToDistance | undefined }),
  validate: (opts, prefix) => assertDistanceReachOptions(prefix, opts),
  kernel: (index, opts, input, prefix) => {
    const { adj, unit } = distanceReachAdjacency(input, index, opts, prefix);
    return distanceWeightedReachKernel(adj, unit, opts.normalized);
  },
});

/**
 * Distance-weighted reach: the average closeness of everyone to a person, where a person counts
 * by the inverse of their distance (in hops: a direct contact 1, a contact's contact 1/2, three
 * steps 1/3), the person themself 1, and unreachable people 0. It answers "how quickly could
 * something started here reach the whole network?", Borgatti's KPP-Pos criterion; for a group of
 * seeds acting as one unit, see {@link groupDistanceWeightedReach}.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   DR(i) = (1/n) ( 1 + Σ_{j ≠ i} 1 / d(i, j) )          1/∞ = 0
 *   d(i, j)  shortest-path distance from i to j: Σ of the tie distances along the path;
 *            by default each tie's distance is 1 / strength (`toDistance: 'inverse'`)
 *   normalized: false omits the 1/n
 *   hops (`getEdgeDistance: null`, or an unweighted graph): DR(i) ≤ 1, and DR(i) = 1 exactly
 *   when i is tied to everyone
 *   DR(i) = (1 + harmonicCloseness(i)) / n with the same distances
 *
 * @remarks
 * - The person counts 1: DR(i) is the group value of the one-person group {i} (Borgatti 2006
 *   sums over all n people, members included; see {@link groupDistanceWeightedReach}), and UCINET
 *   describes its reach centrality the same way ("reciprocal distance closeness plus one"). So an
 *   isolate gets 1/n (it reaches itself only), not 0, and a lone person 1.
 * - Distances: d = 1/strength by default, as every path metric (strong ties are short); an
 *   unweighted graph (no `weight` attribute) therefore counts hops. `getEdgeDistance: null`
 *   counts hops on any graph (Borgatti's definition); `getEdgeDistance` (an attribute or a
 *   getter) reads distances; `toDistance` (a function) derives them otherwise. A CsrIndex built
 *   with `getEdgeDistance` uses its distances. With distances below 1 (ties of strength > 1 under
 *   d = 1/s) a contact counts more than the person, and DR can exceed 1.
 * - `via` restricts paths to strong or weak ties (see {@link kStepReach}); directed graphs follow
 *   arcs: `direction: 'out'` measures how close others are to receive from i, `'in'` how close
 *   they are to send to i.
 * - Self-loops are ignored; parallel edges form one tie (strengths summed, given distances keep
 *   the minimum). An empty graph gives `{}`.
 * - Parity: NetworkX 2.8.8 `single_source_shortest_path_length` (hops) and
 *   `single_source_dijkstra_path_length` (d = 1/s) on the shared fixtures, to 1e-9.
 * - Complexity: O(n m) in hops or with equal distances, O(n (n + m) log n) weighted.
 * - {@link distanceWeightedReachIndexed} takes a prebuilt index and returns a `Float64Array` in node id order.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link DistanceWeightedReachOptions}.
 * @returns The distance-weighted reach of each node, keyed by node.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength or distance is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid (`toDistance` `'negLog'`/`'maxMinus'`,
 *   `toDistance` together with distances, an attribute name or getter with an index, an edge
 *   attribute no edge carries, `attribute` (it belongs to assignDistanceWeightedReach); see also
 *   {@link kStepReach}).
 *
 * @example
 * // the "org" graph of docs/metrics.md: a1–a2 3, a1–a3 2, a2–a3 1, a3–b1 1, b1–b2 4, b2–c1 1, a2–b2 1, isolate z.
 * // Hops: b2 reaches a2, b1, c1 in 1 step and a1, a3 in 2; z never: (1 + 3 + 2/2) / 7
 * distanceWeightedReach(org, { getEdgeDistance: null }).b2; //=> 0.7142857142857143
 * // d = 1/strength: b1 at 1/4 (4), a2 and c1 at 1 (1 each), a1 at 1 + 1/3 (0.75), a3 via b1 at 1.25 (0.8)
 * distanceWeightedReach(org).b2;                            //=> 1.2214285714285715  ((1 + 4 + 1 + 1 + 0.75 + 0.8) / 7)
 *
 * @see groupDistanceWeightedReach, kStepReach, harmonicCloseness
 *
 * References
 * [1] Borgatti, S. P. (2006). Identifying sets of key players in a social network. Computational and
 *     Mathematical Organization Theory 12(1):21–34.
 */
export function distanceWeightedReach<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: DistanceWeightedReachOptions<EdgeAttributes>,
): NodeMetric {
  return metric.compute(input, options as DistanceWeightedReachOptions);
}

/**
 * Writes {@link distanceWeightedReach} as a node attribute (`attribute`, default
 * `'distanceWeightedReach'`).
 *
 * @param graph The graphology graph.
 * @param options The {@link AssignDistanceWeightedReachOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link InvalidOptionError} If an option is invalid (see {@link distanceWeightedReach}).
 *
 * @example
 * assignDistanceWeightedReach(org);
 * org.getNodeAttribute('z', 'distanceWeightedReach'); //=> 0.14285714285714285  (1/7: z reaches only itself)
 */
export function assignDistanceWeightedReach<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignDistanceWeightedReachOptions<EdgeAttributes>,
): void {
  metric.assign(graph, options as AssignDistanceWeightedReachOptions);
}

/**
 * {@link distanceWeightedReach} on a prebuilt {@link CsrIndex}: one value per node id
 * (`index.keys[id]` is the node), in a `Float64Array`.
 *
 * @param index The prebuilt {@link CsrIndex}.
 * @param options The {@link DistanceWeightedReachIndexedOptions}.
 * @returns The distance-weighted reach of node id 0, 1, …, n − 1.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidOptionError} If an option is invalid (see {@link distanceWeightedReach}).
 *
 * @example
 * const index = buildIndex(org);
 * distanceWeightedReachIndexed(index, { getEdgeDistance: null })[index.id('b2')]; //=> 0.7142857142857143
 */
export function distanceWeightedReachIndexed(index: CsrIndex, options?: DistanceWeightedReachIndexedOptions): Float64Array {
  return metric.indexed(index, options);
}

/** @internal DR(i) = (1 + Σ_{j ≠ i} 1/d(i, j)) / n per node (no division when not normalised). */
export function distanceWeightedReachKernel(adj: ReachAdjacency, unit: number, normalized: boolean): Float64Array {
  const n = adj.offsets.length - 1;
  const sums = inverseDistanceSums(adj, unit);
  for (let i = 0; i < n; i++) sums[i] = normalized ? (1 + sums[i]!) / n : 1 + sums[i]!;
  return sums;
}
