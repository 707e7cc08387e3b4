/**
 * reachEfficiency: how many people a person reaches within two steps per direct contact, the
 * "bang for the buck" of their contacts (Hanneman & Riddle 2005; Burt 1992's efficient networks).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import type { ReachAdjacency } from '../core/reach.js';
import { reachCounts } from '../core/reach.js';
import { defineNodeMetric } from '../define-metric.js';
import { assertInteger, type EdgeValueGetter, type NodeMetric } from '../options.js';
import { DEFAULT_STRONG_TIE_RULE, type StrongTieRule } from '../ties/strong-ties.js';
import {
  assertReachPathOptions,
  assertThreads,
  reachAdjacency,
  type ReachDirection,
  type ReachIndexedPathOptions,
  type ReachPathOptions,
  type ReachThreads,
  type ReachVia,
} from './k-step-reach.js';

/** Options of {@link reachEfficiency}. */
export interface ReachEfficiencyOptions<EdgeAttributes extends Attributes = Attributes> extends ReachPathOptions<EdgeAttributes> {
  /** The number of steps k of the reach counted (an integer ≥ 1; 2 is the classic measure). [2] */
  k?: number;
  /**
   * `'auto'` (worker threads on large graphs when the cores are idle) or a number of threads
   * (1 = this thread only); results are identical for every value. [`'auto'`]
   */
  threads?: ReachThreads;
}

/** Options of {@link assignReachEfficiency}. */
export interface AssignReachEfficiencyOptions<EdgeAttributes extends Attributes = Attributes>
  extends ReachEfficiencyOptions<EdgeAttributes> {
  /** The node attribute to write. [`'reachEfficiency'`] */
  attribute?: string;
}

/** Options of {@link reachEfficiencyIndexed}. */
export interface ReachEfficiencyIndexedOptions extends ReachIndexedPathOptions, Pick<ReachEfficiencyOptions, 'k' | 'threads'> {}

/** Defaults of {@link reachEfficiency}, {@link assignReachEfficiency} (the only one that reads `attribute`) and {@link reachEfficiencyIndexed}. */
export const REACH_EFFICIENCY_DEFAULTS = Object.freeze({
  k: 2 as number,
  via: 'any' as ReachVia,
  strongTies: DEFAULT_STRONG_TIE_RULE as StrongTieRule,
  direction: 'out' as ReachDirection,
  threads: 'auto' as ReachThreads,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  attribute: 'reachEfficiency' as string,
});

const metric = defineNodeMetric({
  family: 'reach',
  name: 'reachEfficiency',
  defaults: REACH_EFFICIENCY_DEFAULTS,
  validate: (opts, prefix) => {
    assertInteger(prefix, 'k', opts.k, 1);
    assertReachPathOptions(prefix, opts);
    assertThreads(prefix, opts.threads);
  },
  kernel: (index, opts, input, prefix) => reachEfficiencyKernel(reachAdjacency(input, index, opts, null, prefix), opts.k, opts.threads),
});

/**
 * Reach efficiency: the number of people a person reaches within two steps, per direct contact.
 * High values mark people whose contacts each open up a different circle (non-redundant
 * contacts); values near 1 mark people whose contacts all know the same few others.
 *
 * Formula:
 *
 *   RE(i) = |{ j ≠ i : d(i, j) ≤ k }| / c_i          k = 2 by default (option `k`)
 *   d(i, j) the number of steps of a shortest path from i to j (over the ties `via` allows)
 *   c_i     the number of i's contacts (out-contacts with `direction: 'out'`, in-contacts with
 *           `'in'`), over the ties `via` allows
 *   RE(i) ≥ 1; RE(i) = 1 when no contact leads anywhere new; k = 1 gives 1 for everyone with a contact
 *
 * @remarks
 * - The classic ego-network measure: "two-step reach divided by size" (Hanneman & Riddle 2005,
 *   ch. 9, on UCINET's ego-network measures). A count ratio, not a share of the network.
 * - Departs from UCINET 6.x's current `ReachEffic`, which divides the two-step reach by the largest
 *   it could be given the alters' degrees (size + Σ alters' degrees without ego, × 100): that is a
 *   percentage in (0, 100], and not comparable with the figures of the textbook.
 * - Counts steps; `via` restricts paths (and the contacts counted) to strong or weak ties, as in
 *   {@link kStepReach}. Directed graphs follow arcs (`direction`).
 * - Isolates (no contact over the allowed ties) get `NaN` (0/0). Self-loops are ignored; parallel
 *   edges form one tie. An empty graph gives `{}`.
 * - Parity: NetworkX 2.8.8 `single_source_shortest_path_length(cutoff=2)` divided by the degree,
 *   on the shared fixtures. Complexity and `threads` as {@link kStepReach}.
 * - {@link reachEfficiencyIndexed} takes a prebuilt index and returns a `Float64Array` in node id order.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link ReachEfficiencyOptions}.
 * @returns The reach efficiency of each node, keyed by node.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid (see {@link kStepReach}).
 *
 * @example
 * // the "org" graph of docs/metrics.md: b2 has contacts a2, b1, c1 and reaches a1, a3 too: 5 / 3
 * reachEfficiency(org).b2; //=> 1.6666666666666667
 *
 * @see kStepReach, distanceWeightedReach, efficiency
 *
 * References
 * [1] Hanneman, R. A., Riddle, M. (2005). Introduction to Social Network Methods, ch. 9 (Ego networks).
 *     University of California, Riverside.
 * [2] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard University Press.
 */
export function reachEfficiency<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: ReachEfficiencyOptions<EdgeAttributes>,
): NodeMetric {
  return metric.compute(input, options as ReachEfficiencyOptions);
}

/**
 * Writes {@link reachEfficiency} as a node attribute (`attribute`, default `'reachEfficiency'`).
 *
 * @param graph The graphology graph.
 * @param options The {@link AssignReachEfficiencyOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link InvalidOptionError} If an option is invalid (see {@link kStepReach}).
 *
 * @example
 * assignReachEfficiency(org);
 * org.getNodeAttribute('c1', 'reachEfficiency'); //=> 3
 */
export function assignReachEfficiency<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignReachEfficiencyOptions<EdgeAttributes>,
): void {
  metric.assign(graph, options as AssignReachEfficiencyOptions);
}

/**
 * {@link reachEfficiency} on a prebuilt {@link CsrIndex}: one value per node id (`index.keys[id]`
 * is the node), in a `Float64Array`.
 *
 * @param index The prebuilt {@link CsrIndex}.
 * @param options The {@link ReachEfficiencyIndexedOptions}.
 * @returns The reach efficiency of node id 0, 1, …, n − 1.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidOptionError} If an option is invalid (see {@link kStepReach}).
 *
 * @example
 * const index = buildIndex(org);
 * reachEfficiencyIndexed(index)[index.id('b2')]; //=> 1.6666666666666667
 */
export function reachEfficiencyIndexed(index: CsrIndex, options?: ReachEfficiencyIndexedOptions): Float64Array {
  return metric.indexed(index, options);
}

/** @internal k-step reach count / number of contacts in `adj`; `NaN` without contacts. */
export function reachEfficiencyKernel(adj: ReachAdjacency, k: number, threads: ReachThreads = 'auto'): Float64Array {
  const n = adj.offsets.length - 1;
  const { counts } = reachCounts(adj, k, { threads });
  const { offsets } = adj;
  for (let i = 0; i < n; i++) {
    const contacts = offsets[i + 1]! - offsets[i]!;
    counts[i] = contacts > 0 ? counts[i]! / contacts : Number.NaN;
  }
  return counts;
}
