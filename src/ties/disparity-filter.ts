/**
 * disparityFilter: which ties carry a significant share of a person's strength (Serrano, Boguñá &
 * Vespignani 2009), the score behind the multiscale backbone.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import { tieOfPair, type CsrIndex } from '../core/csr.js';
import { disparityScores } from '../core/disparity.js';
import { defineTieMetric, type TieMetric } from '../define-metric.js';
import type { EdgeValueGetter } from '../options.js';

/** Options of {@link disparityFilter}. */
export interface DisparityFilterOptions<EdgeAttributes extends Attributes = Attributes> {
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
}

/** Options of {@link assignDisparityFilter}. */
export interface AssignDisparityFilterOptions<EdgeAttributes extends Attributes = Attributes>
  extends DisparityFilterOptions<EdgeAttributes> {
  /** The edge attribute to write. [`'disparity'`] */
  attribute?: string;
}

/** Options of {@link disparityFilterIndexed}: the index holds its strengths (`getEdgeStrength: null` ignores them). */
export interface DisparityFilterIndexedOptions {
  /** `null` treats every tie as strength 1. [the index's strengths] */
  getEdgeStrength?: null;
}

/** Defaults of {@link disparityFilter}, {@link disparityFilterIndexed} and {@link assignDisparityFilter} (the only one that reads `attribute`). */
export const DISPARITY_FILTER_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  attribute: 'disparity' as string,
});

const metric = defineTieMetric({
  family: 'ties',
  name: 'disparityFilter',
  defaults: DISPARITY_FILTER_DEFAULTS,
  ties: 'arcs',
  notATie: Number.NaN,
  kernel: (index) => disparityScores(index),
});

/**
 * Disparity filter: for each tie, the probability that it would carry so large a share of its
 * endpoints' strength if each person spread their strength over their ties at random. A low score
 * marks a tie that matters to at least one of its two people, whatever their overall volume; the
 * backbone keeps the ties scoring below a significance level α ({@link disparityBackbone}).
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   p_ij  = w_ij / s_i                        s_i = Σ_j w_ij (strength), k_i = number of ties of i
 *   α_ij  = 1 − (k_i − 1) ∫_0^{p_ij} (1 − x)^{k_i − 2} dx = (1 − p_ij)^{k_i − 1}
 *   score(i–j) = min(α_ij, α_ji)              undirected
 *   score(i→j) = min(α^out_ij, α^in_ij)       directed: α^out from i's out-strength and out-degree,
 *                                             α^in from j's in-strength and in-degree
 *
 * @remarks
 * - Reads tie **strengths** (`getEdgeStrength`), never distances. Scaling every strength by the
 *   same factor leaves the scores unchanged; unweighted, every tie of i has α_ij = (1 − 1/k_i)^(k_i − 1).
 * - A degree-1 endpoint gives (1 − 1)^0 = 1 (JavaScript's `Math.pow(0, 0) === 1`): a leaf's tie is
 *   judged from its other end only, and an isolated dyad scores 1, so it is never kept. Serrano et al.
 *   note that degree-1 nodes need special handling; this is graphology's rule.
 * - Directed graphs follow docs/metrics.md (out-side at the source, in-side at the target);
 *   graphology-metrics instead mixes in- and out-ties, so the two agree on undirected graphs only.
 * - Parallel edges are merged into one tie with summed strength (graphology-metrics throws on
 *   multigraphs). Self-loops are not ties: they count in no strength or degree (and
 *   {@link assignDisparityFilter} writes `NaN` on them).
 * - Result: one `{ source, target, value }` per tie ({@link TieMetric}), the same for a graph
 *   and its {@link CsrIndex}, in the index's tie order (`index.tieSources` / `index.tieTargets`,
 *   sorted by source id, then target id); on a directed graph one row per arc, source → target.
 *   An empty graph gives `[]`. {@link assignDisparityFilter} writes the score on every edge.
 * - 1 − p_ij is computed as (s_i − w_ij) / s_i, one rounding instead of two. A score that is
 *   exactly a round number therefore comes out exact (1 − 4/5 gives 0.2, where graphology-metrics'
 *   `1 - w / s` gives 0.19999999999999996), which decides whether it passes `score < α` at α = 0.2.
 * - Complexity: O(n + m) time and memory.
 * - Parity: graphology-metrics 2.4.2 `edge.disparity` on undirected simple graphs, and exact
 *   rational values (cross-checked with the paper's integral) from
 *   `test/golden/generate_disparity.py`, relative tolerance 1e-9.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link DisparityFilterOptions}.
 * @returns The score of each tie, one {@link TieValue} per tie (per arc on a directed graph).
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid, `getEdgeStrength` names an
 *   attribute that no edge carries, or is an attribute or getter with an index.
 *
 * @example
 * const graph = new UndirectedGraph();
 * graph.mergeEdgeWithKey('ab', 'a', 'b', { weight: 8 });
 * graph.mergeEdgeWithKey('ac', 'a', 'c', { weight: 1 });
 * graph.mergeEdgeWithKey('ad', 'a', 'd', { weight: 1 });
 * graph.mergeEdgeWithKey('cd', 'c', 'd', { weight: 1 });
 * disparityFilter(graph);
 * //=> [
 * //   { source: 'a', target: 'b', value: 0.04000000000000001 },
 * //   { source: 'a', target: 'c', value: 0.5 },
 * //   { source: 'a', target: 'd', value: 0.5 },
 * //   { source: 'c', target: 'd', value: 0.5 },
 * // ]
 *
 * @see disparityBackbone
 *
 * References
 * [1] Serrano, M. Á., Boguñá, M., Vespignani, A. (2009). Extracting the multiscale backbone of
 *     complex weighted networks. PNAS 106(16):6483–6488. doi:10.1073/pnas.0808904106
 */
export function disparityFilter<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: DisparityFilterOptions<EdgeAttributes>,
): TieMetric {
  return metric.compute(input, options as DisparityFilterOptions | undefined);
}

/**
 * Writes {@link disparityFilter} as an edge attribute (`attribute`, default `'disparity'`) on
 * every edge: parallel edges get their tie's score, self-loops `NaN`.
 *
 * @param graph The graphology graph to read and write.
 * @param options The {@link AssignDisparityFilterOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * assignDisparityFilter(graph);
 * graph.getEdgeAttribute('ab', 'disparity'); //=> 0.04000000000000001
 */
export function assignDisparityFilter<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignDisparityFilterOptions<EdgeAttributes>,
): void {
  metric.assign(graph, options as AssignDisparityFilterOptions | undefined);
}

/**
 * {@link disparityFilter} on a prebuilt index, as a `Float64Array` aligned with the index's own
 * ties (`index.tieSources` / `index.tieTargets`; one per arc on a directed index): the fast path,
 * with no rows built.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link DisparityFilterIndexedOptions}.
 * @returns The score of each tie, in index tie order.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * const index = buildIndex(graph);
 * disparityFilterIndexed(index); //=> Float64Array [0.04000000000000001, 0.5, 0.5, 0.5]
 */
export function disparityFilterIndexed(index: CsrIndex, options?: DisparityFilterIndexedOptions): Float64Array {
  return metric.indexed(index, options);
}

/**
 * @internal
 * Steps 3–4 of the wrapper, for {@link disparityBackbone}: index the input with the caller's own
 * `getEdgeStrength` and score every tie.
 */
export function disparityValues(
  input: AbstractGraph | CsrIndex,
  options: DisparityFilterOptions | undefined,
  prefix: string,
): { index: CsrIndex; scores: Float64Array } {
  const index = toIndex(input, options, prefix);
  return { index, scores: disparityScores(index) };
}

/**
 * @internal
 * The tie id of the graphology edge source–target in `index` (built from that graph), or −1 for a
 * self-loop: a binary search of the target in the source's sorted (out-)adjacency. An undirected
 * tie is in both endpoints' lists, so either orientation of the edge finds it.
 */
export function tieOfEdge(index: CsrIndex, source: string, target: string): number {
  return tieOfPair(index, index.id(source), index.id(target));
}
