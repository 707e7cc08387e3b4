/**
 * distanceWeightedReach: how close a person (or a set of people, such as a team of seeds) is to
 * everyone, with near people counting more than far ones (Borgatti 2006's KPP-Pos measure D_R).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import { isCsrIndex, type CsrIndex } from '../core/csr.js';
import { assertToDistance, resolveDistances } from '../core/distances.js';
import { inverseDistanceSums, setInverseDistanceSum, type ReachAdjacency } from '../core/reach.js';
import { InvalidOptionError, show } from '../errors.js';
import { assertGraph, assertGraphOrIndex } from '../guards.js';
import {
  assertBoolean,
  assertString,
  resolveOptions,
  type EdgeValueGetter,
  type NodeMetric,
  type ToDistance,
} from '../options.js';
import { DEFAULT_STRONG_TIE_RULE, type StrongTieRule } from '../ties/strong-ties.js';
import { assertReachPathOptions, reachAdjacency, type ReachDirection, type ReachPathOptions, type ReachVia } from './k-step-reach.js';

const NAME = 'tiestrength/reach/distanceWeightedReach';

/** Options of {@link distanceWeightedReach}. */
export interface DistanceWeightedReachOptions<EdgeAttributes extends Attributes = Attributes> extends ReachPathOptions<EdgeAttributes> {
  /**
   * A set of people M (node keys): return the reach of the set as one number instead of each
   * person's own. [absent: per person]
   */
  set?: Iterable<string>;
  /** Divide by n, the number of people (Borgatti's D_R, at most 1 in hops). [`true`] */
  normalized?: boolean;
  /**
   * How to read a tie's distance: an attribute name, a getter, or `null` for hops. When neither
   * this nor `toDistance` is given, distances are hops (unless a CsrIndex built with
   * `getEdgeDistance` is passed: then its distances). [hops]
   */
  getEdgeDistance?: EdgeValueGetter<EdgeAttributes>;
  /**
   * Derive distances from strengths: `'inverse'` d = 1/s, or a function `(s) => d` returning
   * distances > 0 (`'negLog'` and `'maxMinus'` give distance 0 and are refused). [absent: hops]
   */
  toDistance?: ToDistance;
}

/** Options of {@link assignDistanceWeightedReach} (per person only: no `set`). */
export interface AssignDistanceWeightedReachOptions<EdgeAttributes extends Attributes = Attributes>
  extends Omit<DistanceWeightedReachOptions<EdgeAttributes>, 'set'> {
  /** The node attribute to write. [`'distanceWeightedReach'`] */
  attribute?: string;
}

/** Defaults of {@link distanceWeightedReach}. */
export const DISTANCE_WEIGHTED_REACH_DEFAULTS = Object.freeze({
  set: undefined as readonly string[] | undefined,
  normalized: true,
  via: 'any' as ReachVia,
  strongTies: DEFAULT_STRONG_TIE_RULE as StrongTieRule,
  direction: 'out' as ReachDirection,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  getEdgeDistance: undefined as EdgeValueGetter | undefined,
  toDistance: undefined as ToDistance | undefined,
});

/**
 * Distance-weighted reach: the average closeness of everyone to a person (or to the nearest
 * member of a set), where a direct contact counts 1, a contact's contact 1/2, three steps 1/3,
 * and unreachable people 0. It answers "how quickly could something started here reach the whole
 * network?", Borgatti's KPP-Pos criterion for choosing seeds.
 *
 * Formula:
 *
 *   DR(M) = (1/n) Σ_{j ∈ V} r(j),   r(j) = 1 if j ∈ M, else 1 / d(M, j)   (1/∞ = 0)
 *   d(M, j) = min_{i ∈ M} d(i, j)                                       set version (`set`)
 *   DR(i) = DR({i}) = (1 + Σ_{j ≠ i} 1 / d(i, j)) / n                   per person (default)
 *   normalized: false omits the 1/n
 *   hops, every tie adjacent to M: DR(M) = 1 (the maximum)
 *
 * @remarks
 * - Members of the set count 1 ("reached at distance ≤ 1"). Borgatti (2006) sums over all n nodes
 *   and states that D_R reaches its maximum 1 when every outside node is adjacent to a member,
 *   which holds only if members contribute 1 (their distance 0 would make 1/d infinite). UCINET's
 *   reach centrality describes the per-person value the same way ("reciprocal distance closeness
 *   plus one"). So a person's value is the set value of the one-person set, and
 *   DR(i) = (1 + harmonicCloseness(i)) / n with the same distances. METRICS.md open decision 6.
 * - Consequences: an isolate gets 1/n (it reaches itself only), not 0; one person alone gets 1;
 *   an empty `set` gets 0; members listed twice count once. With distances < 1 (strong ties under
 *   d = 1/s), direct contacts can count more than 1 while members still count 1: choose distance
 *   units in which one ordinary step is 1.
 * - Distances: hops by default (Borgatti's definition). `getEdgeDistance` (an attribute or getter)
 *   or `toDistance` (from strengths, default transform `'inverse'`: d = 1/s) switch to weighted
 *   shortest paths (Dijkstra). A CsrIndex built with `getEdgeDistance` uses its distances.
 * - `via` restricts paths to strong or weak ties (see {@link kStepReach}); directed graphs follow
 *   arcs: `direction: 'out'` measures how close others are to receive from i (or M), `'in'` how
 *   close they are to send to i (or M).
 * - Self-loops are ignored; parallel edges form one tie (strengths summed, given distances keep
 *   the minimum). An empty graph gives `{}` (per person) or `NaN` (set version).
 * - Parity: NetworkX 2.8.8 `single_source_shortest_path_length` / `single_source_dijkstra_path_length`
 *   (per person) and `multi_source_dijkstra_path_length` (sets), hops and d = 1/s, on the shared
 *   fixtures, to 1e-9.
 * - Complexity: O(n m) hops, O(n (n + m) log n) weighted; a set costs |M| searches.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link DistanceWeightedReachOptions}.
 * @returns Per person: the distance-weighted reach of each node, keyed by node; with `set`: the
 *   set's distance-weighted reach.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link NodeNotFoundError} If a member of `set` is not in the graph.
 * @throws {@link InvalidWeightError} If a strength or distance is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid (`set` not an array, `toDistance`
 *   `'negLog'`/`'maxMinus'`, `toDistance` with distances, see also {@link kStepReach}).
 *
 * @example
 * // METRICS.md §1.4 F2 "org", hops: b2 reaches a2, b1, c1 in 1 step and a1, a3 in 2; z never
 * distanceWeightedReach(org).b2;              //=> 0.7142857142857143  ((1 + 3 + 2/2) / 7)
 * // Members a1, c1 count 1 each; a2, a3, b2 are 1 step away; b1 2 steps: (2 + 3 + 1/2) / 7
 * distanceWeightedReach(org, { set: ['a1', 'c1'] }); //=> 0.7857142857142857
 *
 * @see kStepReach, harmonicCloseness
 *
 * References
 * [1] Borgatti, S. P. (2006). Identifying sets of key players in a social network. Computational and
 *     Mathematical Organization Theory 12(1):21–34.
 */
export function distanceWeightedReach<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options: DistanceWeightedReachOptions<EdgeAttributes> & { set: readonly string[] },
): number;
export function distanceWeightedReach<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: DistanceWeightedReachOptions<EdgeAttributes>,
): NodeMetric;
export function distanceWeightedReach(
  input: AbstractGraph | CsrIndex,
  options?: DistanceWeightedReachOptions,
): NodeMetric | number {
  const result = compute(input, options, NAME);
  return typeof result.values === 'number' ? result.values : result.index.collect(result.values);
}

/**
 * Writes the per-person {@link distanceWeightedReach} as a node attribute (`attribute`, default
 * `'distanceWeightedReach'`).
 *
 * @param graph The graphology graph.
 * @param options The {@link AssignDistanceWeightedReachOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link InvalidOptionError} If an option is invalid, or `set` is given (a set has one value).
 *
 * @example
 * assignDistanceWeightedReach(org);
 * org.getNodeAttribute('z', 'distanceWeightedReach'); //=> 0.14285714285714285  (1/7: z reaches only itself)
 */
export function assignDistanceWeightedReach<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignDistanceWeightedReachOptions<EdgeAttributes>,
): void {
  const prefix = `${NAME} (assign)`;
  assertGraph(graph, prefix);
  const { attribute = 'distanceWeightedReach', ...rest } = (options ?? {}) as AssignDistanceWeightedReachOptions & { set?: unknown };
  assertString(prefix, 'attribute', attribute);
  if (rest.set !== undefined) {
    throw new InvalidOptionError(`${prefix}: option set gives one number for the set, which cannot be written per node; call distanceWeightedReach`, 'set');
  }
  const result = compute(graph as AbstractGraph, rest as DistanceWeightedReachOptions, prefix);
  result.index.assign(graph, attribute, result.values as Float64Array);
}

function compute(
  input: AbstractGraph | CsrIndex,
  options: DistanceWeightedReachOptions | undefined,
  prefix: string,
): { index: CsrIndex; values: Float64Array | number } {
  assertGraphOrIndex(input, prefix);
  const opts = resolveOptions(prefix, DISTANCE_WEIGHTED_REACH_DEFAULTS, options);
  assertBoolean(prefix, 'normalized', opts.normalized);
  assertReachPathOptions(prefix, opts);
  if (opts.toDistance !== undefined) assertToDistance(prefix, opts.toDistance, { allowZero: false });
  const set = opts.set as unknown;
  if (set !== undefined && (typeof set === 'string' || set === null || typeof set !== 'object' || typeof (set as Iterable<unknown>)[Symbol.iterator] !== 'function')) {
    throw new InvalidOptionError(`${prefix}: option set must be an array (or another iterable) of node keys; got ${show(set)}`, 'set');
  }
  const index = toIndex(input, options, prefix);
  const members = set === undefined ? null : memberIds(index, [...(set as Iterable<unknown>)], prefix);
  // Hops unless distances are asked for (getEdgeDistance, toDistance, or an index holding distances).
  const weighted =
    (options?.getEdgeDistance !== undefined && options.getEdgeDistance !== null) ||
    options?.toDistance !== undefined ||
    (isCsrIndex(input) && input.distances !== null);
  let slotDist: Float64Array | null = null;
  let unit = 1;
  if (weighted) {
    const distances = resolveDistances(index, options?.toDistance, options?.getEdgeDistance !== undefined, prefix, { allowZero: false });
    slotDist = index.directed && opts.direction === 'in' ? distances.inSlots : distances.slots;
    if (slotDist === null) unit = distances.unit;
  }
  const adj = reachAdjacency(input, index, opts, slotDist, prefix);
  const values = members === null ? distanceWeightedReachKernel(adj, unit, opts.normalized) : setKernel(adj, unit, members, opts.normalized);
  return { index, values };
}

/** Distinct dense ids of the set's members. */
function memberIds(index: CsrIndex, set: readonly unknown[], prefix: string): Uint32Array {
  const seen = new Set<number>();
  for (const key of set) {
    if (typeof key !== 'string' && typeof key !== 'number') {
      throw new InvalidOptionError(`${prefix}: option set must list node keys; got ${show(key)}`, 'set');
    }
    seen.add(index.id(String(key), prefix));
  }
  return Uint32Array.from(seen);
}

/** @internal DR(i) = (1 + Σ_{j ≠ i} 1/d(i, j)) / n per node (no division when not normalised). */
export function distanceWeightedReachKernel(adj: ReachAdjacency, unit: number, normalized: boolean): Float64Array {
  const n = adj.offsets.length - 1;
  const sums = inverseDistanceSums(adj, unit);
  for (let i = 0; i < n; i++) sums[i] = normalized ? (1 + sums[i]!) / n : 1 + sums[i]!;
  return sums;
}

function setKernel(adj: ReachAdjacency, unit: number, members: Uint32Array, normalized: boolean): number {
  const n = adj.offsets.length - 1;
  const sum = setInverseDistanceSum(adj, unit, members);
  return normalized ? sum / n : sum;
}
