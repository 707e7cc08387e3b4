/**
 * neighborhoodOverlap: how much two people's circles coincide, tie by tie (Onnela et al. 2007).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { commonNeighborCounts, overlapFromCommon } from '../core/overlap.js';
import type { UndirectedTies } from '../core/undirected-ties.js';
import { defineTieMetric, type TieMetric } from '../define-metric.js';
import { assertEnum } from '../options.js';
import {
  TIE_PROJECTIONS,
  type AssignTieMetricOptions,
  type TieProjection,
  type TieProjectionOptions,
} from './edge-results.js';

/** Options of {@link neighborhoodOverlap} and {@link neighborhoodOverlapIndexed}. */
export interface NeighborhoodOverlapOptions extends TieProjectionOptions {}

/** Options of {@link assignNeighborhoodOverlap}; `attribute` defaults to `'neighborhoodOverlap'`. */
export interface AssignNeighborhoodOverlapOptions extends AssignTieMetricOptions {}

/** Defaults of {@link neighborhoodOverlap}, {@link neighborhoodOverlapIndexed} and {@link assignNeighborhoodOverlap} (the only one that reads `attribute`). */
export const NEIGHBORHOOD_OVERLAP_DEFAULTS: Readonly<{ projection: TieProjection; attribute: string }> = Object.freeze({
  projection: 'any' as TieProjection,
  attribute: 'neighborhoodOverlap',
});

const metric = defineTieMetric({
  family: 'ties',
  name: 'neighborhoodOverlap',
  defaults: NEIGHBORHOOD_OVERLAP_DEFAULTS,
  ties: 'projected',
  notATie: Number.NaN,
  indexOptions: () => ({ getEdgeStrength: null }),
  validate: (opts, prefix) => assertEnum(prefix, 'projection', opts.projection, TIE_PROJECTIONS),
  kernel: (_index, ties) => overlapKernel(ties as UndirectedTies),
});

/**
 * Neighbourhood overlap: the share of the two ends' other contacts that they have in common.
 *
 * Onnela et al. found that in a phone network overlap grows with tie strength: strong ties sit
 * inside dense circles, weak ties (overlap near 0) connect them. O_ij = 0 exactly when the tie is
 * a local bridge; O_ij = 1 when both ends know exactly the same other people.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   O_ij = n_ij / ((k_i − 1) + (k_j − 1) − n_ij) = n_ij / |N(i) ∪ N(j) \ {i, j}|
 *   n_ij = |N(i) ∩ N(j)|     common neighbours (embeddedness)
 *   k_i  = |N(i)|            distinct contacts of i
 *
 * @remarks
 * - Structural: reads no strengths (a graph's weight attributes are not even read).
 * - Directed graphs run on the undirected projection (docs/metrics.md): `projection: 'any'`
 *   (default; i–j tied when i→j or j→i) or `'mutual'` (reciprocated ties only, as Onnela et al.).
 *   N(i) is then i's projected neighbourhood.
 * - Parallel edges are one tie; self-loops are ignored (not a neighbour, not in k_i).
 * - 0/0 gives `NaN`: an isolated dyad (k_i = k_j = 1) has no other contact to share. This is our
 *   choice (docs/metrics.md); the ratio is undefined, not 0.
 * - Result: one `{ source, target, value }` per projected tie ({@link TieMetric}), the same for a
 *   graph and its {@link CsrIndex}, ordered by (source id, target id) as in {@link indexTies};
 *   `source` is the end the graph lists first. {@link assignNeighborhoodOverlap} writes the value
 *   on every edge: parallel edges and both arcs of a reciprocated pair get the tie's value; a
 *   self-loop, and with `'mutual'` an unreciprocated arc, get `NaN` (they are not ties).
 * - Complexity: O(m·√m) worst case (forward triangle listing), far less on heavy-tailed graphs;
 *   O(n + m) memory.
 * - Parity: the formula over NetworkX 2.8.8 `common_neighbors` on the golden fixtures (relative
 *   tolerance 1e-9); the "org" graph gives O(a1,a2) = 0.5, O(a1,a3) = 0.5, O(a2,a3) = 1/3.
 *   Equals R `netrics::tie_by_cohesion`.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link NeighborhoodOverlapOptions}.
 * @returns The overlap of each tie, one {@link TieValue} per tie.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If `projection` is not `'any'` or `'mutual'`, or an option is unknown.
 *
 * @example
 * const g = new UndirectedGraph();
 * g.mergeEdgeWithKey('ab', 'a', 'b');
 * g.mergeEdgeWithKey('bc', 'b', 'c');
 * g.mergeEdgeWithKey('ca', 'c', 'a');
 * g.mergeEdgeWithKey('cd', 'c', 'd');
 * neighborhoodOverlap(g);
 * //=> [
 * //   { source: 'a', target: 'b', value: 1 },
 * //   { source: 'a', target: 'c', value: 0.5 },
 * //   { source: 'b', target: 'c', value: 0.5 },
 * //   { source: 'c', target: 'd', value: 0 },
 * // ]
 *
 * @see embeddedness, neighborhoodJaccard, localBridges
 *
 * References
 * [1] Onnela, J.-P., Saramäki, J., Hyvönen, J., Szabó, G., Lazer, D., Kaski, K., Kertész, J., Barabási, A.-L. (2007).
 *     Structure and tie strengths in mobile communication networks. PNAS 104(18):7332–7336.
 * [2] Easley, D., Kleinberg, J. (2010). Networks, Crowds, and Markets, §3.3. Cambridge University Press.
 */
export function neighborhoodOverlap<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: NeighborhoodOverlapOptions,
): TieMetric {
  return metric.compute(input, options);
}

/**
 * Writes {@link neighborhoodOverlap} as an edge attribute (`attribute`, default
 * `'neighborhoodOverlap'`) on every edge: parallel edges and both arcs of a reciprocated pair get
 * their tie's value; self-loops (and unreciprocated arcs with `projection: 'mutual'`) get `NaN`.
 *
 * @param graph The graphology graph.
 * @param options The {@link AssignNeighborhoodOverlapOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If an option is invalid.
 *
 * @example
 * assignNeighborhoodOverlap(g);
 * g.getEdgeAttribute('bc', 'neighborhoodOverlap'); //=> 0.5
 */
export function assignNeighborhoodOverlap<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignNeighborhoodOverlapOptions,
): void {
  metric.assign(graph, options);
}

/**
 * {@link neighborhoodOverlap} on a prebuilt index, as a `Float64Array` aligned with
 * {@link indexTies}`(index, { projection })`: the fast path, with no rows built.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link NeighborhoodOverlapOptions}.
 * @returns The overlap of each tie, in index tie order.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidOptionError} If an option is invalid.
 *
 * @example
 * const index = buildIndex(g);
 * neighborhoodOverlapIndexed(index); //=> Float64Array [1, 0.5, 0.5, 0]
 */
export function neighborhoodOverlapIndexed(index: CsrIndex, options?: NeighborhoodOverlapOptions): Float64Array {
  return metric.indexed(index, options);
}

/** O_ij of every projected tie (the committed kernels of src/core/overlap.ts). */
function overlapKernel(ties: UndirectedTies): Float64Array {
  return overlapFromCommon(ties, commonNeighborCounts(ties));
}
