/**
 * groupDistanceWeightedReach: how close a group of people (a team of seeds, a sales team) is to
 * everyone, the group acting as one unit (Borgatti 2006's KPP-Pos measure D_R of a set).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import { nodeIdList } from '../core/cascade-options.js';
import type { CsrIndex } from '../core/csr.js';
import { setInverseDistanceSum } from '../core/reach.js';
import { assertGraphOrIndex } from '../guards.js';
import { resolveOptions, type ToDistance } from '../options.js';
import {
  assertDistanceReachOptions,
  DISTANCE_WEIGHTED_REACH_DEFAULTS,
  distanceReachAdjacency,
  type DistanceWeightedReachOptions,
} from './distance-weighted-reach.js';

const NAME = 'tiestrength/reach/groupDistanceWeightedReach';

/** Options of {@link groupDistanceWeightedReach}: those of {@link distanceWeightedReach}. */
export interface GroupDistanceWeightedReachOptions<EdgeAttributes extends Attributes = Attributes>
  extends DistanceWeightedReachOptions<EdgeAttributes> {}

/** Defaults of {@link groupDistanceWeightedReach}: those of {@link distanceWeightedReach} (no `attribute`: the result is one number). */
export const GROUP_DISTANCE_WEIGHTED_REACH_DEFAULTS = (() => {
  const { attribute: _attribute, ...rest } = DISTANCE_WEIGHTED_REACH_DEFAULTS;
  return Object.freeze(rest);
})();

/** `toDistance` absent means 'inverse'; kept undefined so that a given one can be told apart. */
const RESOLVE_DEFAULTS = Object.freeze({ ...GROUP_DISTANCE_WEIGHTED_REACH_DEFAULTS, toDistance: undefined as ToDistance | undefined });

/**
 * Group distance-weighted reach: how close a group M is to everyone, the group acting as one unit:
 * each person counts by their distance to the nearest member, a member counts 1, and unreachable
 * people 0. It answers "how quickly could something started by this group reach the whole
 * network?", Borgatti's KPP-Pos criterion for choosing a set of seeds (the group analogue of
 * {@link distanceWeightedReach}, as NetworkX's group centralities are of its per-node ones).
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   DR(M) = (1/n) ( |M| + Σ_{j ∉ M} 1 / d(M, j) )          1/∞ = 0
 *   d(M, j) = min_{i ∈ M} d(i, j)                           distance from the nearest member
 *   d(i, j)  shortest-path distance: Σ of tie distances, d = 1/strength by default
 *   normalized: false omits the 1/n
 *   DR({i}) = distanceWeightedReach(i); in hops, DR(M) = 1 when every non-member is adjacent to M
 *
 * @remarks
 * - Members count 1, whatever the distance unit: Borgatti (2006) sums over all n people and
 *   states that D_R reaches its maximum 1 when every outside person is adjacent to a member,
 *   which needs members to contribute 1 (their distance 0 would make 1/d infinite). So a
 *   one-person group gives that person's {@link distanceWeightedReach}. Consequences: an empty
 *   group gives 0; members listed twice count once; the whole network gives 1. With distances
 *   below 1 (strong ties under d = 1/s), a contact can count more than a member: choose distance
 *   units in which one ordinary step is 1 (`getEdgeDistance: null` for hops) to keep D_R ≤ 1.
 * - Distances: d = 1/strength by default (`toDistance: 'inverse'`, as every path metric), so an
 *   unweighted graph counts hops; `getEdgeDistance` reads distances (`null`: hops, Borgatti's
 *   definition); `toDistance` a function derives them from strengths. A CsrIndex built with
 *   `getEdgeDistance` uses its distances.
 * - `via` restricts paths to strong or weak ties (see {@link kStepReach}); directed graphs follow
 *   arcs: `direction: 'out'` measures how close others are to receive from the group, `'in'` how
 *   close they are to send to it.
 * - Self-loops are ignored; parallel edges form one tie. An empty graph gives `NaN` (normalised;
 *   0 otherwise).
 * - Parity: NetworkX 2.8.8 `multi_source_dijkstra_path_length` (hops and d = 1/s), on the shared
 *   fixtures, to 1e-9.
 * - Complexity: one breadth-first search (hops or equal distances) or Dijkstra search per member:
 *   O(|M| m) or O(|M| (n + m) log n).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param group The members of the group: an array, a Set or another iterable of node keys.
 * @param options The {@link GroupDistanceWeightedReachOptions}.
 * @returns The group's distance-weighted reach.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link NodeNotFoundError} If a member of `group` is not in the graph.
 * @throws {@link InvalidWeightError} If a strength or distance is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If `group` is not an iterable of node keys (a string is
 *   refused), or an option is invalid (see {@link distanceWeightedReach}).
 *
 * @example
 * // the "org" graph of docs/metrics.md in hops: members a1, c1 count 1 each; a2, a3, b2 are 1 step away;
 * // b1 2 steps; z never: (2 + 3 + 1/2) / 7
 * groupDistanceWeightedReach(org, ['a1', 'c1'], { getEdgeDistance: null }); //=> 0.7857142857142857
 * // With d = 1/strength: a2 at 1/3 (3), a3 at 1/2 (2), b2 at 1 (1), b1 via b2 at 1 + 1/4 (0.8)
 * groupDistanceWeightedReach(org, ['a1', 'c1']); //=> 1.2571428571428573  ((2 + 3 + 2 + 1 + 0.8) / 7)
 *
 * @see distanceWeightedReach, kStepReach
 *
 * References
 * [1] Borgatti, S. P. (2006). Identifying sets of key players in a social network. Computational and
 *     Mathematical Organization Theory 12(1):21–34.
 */
export function groupDistanceWeightedReach<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  group: Iterable<string>,
  options?: GroupDistanceWeightedReachOptions<EdgeAttributes>,
): number {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, RESOLVE_DEFAULTS, options as GroupDistanceWeightedReachOptions | undefined);
  assertDistanceReachOptions(NAME, opts);
  const index = toIndex(input as AbstractGraph | CsrIndex, options as GroupDistanceWeightedReachOptions | undefined, NAME);
  const members = nodeIdList(index, group, NAME, 'group');
  const { adj, unit } = distanceReachAdjacency(input as AbstractGraph | CsrIndex, index, opts, NAME);
  const sum = setInverseDistanceSum(adj, unit, members);
  return opts.normalized ? sum / index.order : sum;
}
