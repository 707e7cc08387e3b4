/**
 * neighborhoodJaccard: the Jaccard similarity of the closed neighbourhoods of each tie's ends.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { commonNeighborCounts } from '../core/overlap.js';
import type { UndirectedTies } from '../core/undirected-ties.js';
import { defineTieMetric, type TieMetric } from '../define-metric.js';
import { assertEnum } from '../options.js';
import {
  TIE_PROJECTIONS,
  type AssignTieMetricOptions,
  type TieProjection,
  type TieProjectionOptions,
} from './edge-results.js';

/** Options of {@link neighborhoodJaccard} and {@link neighborhoodJaccardIndexed}. */
export interface NeighborhoodJaccardOptions extends TieProjectionOptions {}

/** Options of {@link assignNeighborhoodJaccard}; `attribute` defaults to `'neighborhoodJaccard'`. */
export interface AssignNeighborhoodJaccardOptions extends AssignTieMetricOptions {}

/** Defaults of {@link neighborhoodJaccard}, {@link neighborhoodJaccardIndexed} and {@link assignNeighborhoodJaccard} (the only one that reads `attribute`). */
export const NEIGHBORHOOD_JACCARD_DEFAULTS: Readonly<{ projection: TieProjection; attribute: string }> = Object.freeze({
  projection: 'any' as TieProjection,
  attribute: 'neighborhoodJaccard',
});

const metric = defineTieMetric({
  family: 'ties',
  name: 'neighborhoodJaccard',
  defaults: NEIGHBORHOOD_JACCARD_DEFAULTS,
  ties: 'projected',
  notATie: Number.NaN,
  indexOptions: () => ({ getEdgeStrength: null }),
  validate: (opts, prefix) => assertEnum(prefix, 'projection', opts.projection, TIE_PROJECTIONS),
  kernel: (_index, ties) => neighborhoodJaccardKernel(ties as UndirectedTies),
});

/**
 * Neighbourhood Jaccard: the share of the people around a tie (its two ends included) whom both
 * ends know, as a tie-strength score in (0, 1].
 *
 * It ranks ties like {@link neighborhoodOverlap} but counts the two ends themselves, so it is
 * never 0/0: a local bridge scores 2 / (k_i + k_j), an isolated dyad 1.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   J_ij = |N[i] ∩ N[j]| / |N[i] ∪ N[j]|,   N[x] = N(x) ∪ {x}   (closed neighbourhood)
 *        = (n_ij + 2) / (k_i + k_j − n_ij)        for a tie i–j
 *   n_ij = |N(i) ∩ N(j)|,  k_i = |N(i)|
 *
 * @remarks
 * - Structural: reads no strengths (a graph's weight attributes are not even read).
 * - Defined for existing ties only; it is EasyGraph's tie-strength score. Do not confuse it with
 *   link-prediction Jaccard (NetworkX `jaccard_coefficient`), which uses open neighbourhoods on
 *   pairs that are *not* tied (on a tie it would count neither end).
 * - Directed graphs run on the undirected projection (docs/metrics.md): `projection: 'any'`
 *   (default) or `'mutual'` (reciprocated ties only).
 * - Parallel edges are one tie; self-loops are ignored (a node is in its closed neighbourhood
 *   once, whether or not it has a self-loop).
 * - Result: one `{ source, target, value }` per projected tie ({@link TieMetric}), the same for a
 *   graph and its {@link CsrIndex}, ordered by (source id, target id) as in {@link indexTies};
 *   `source` is the end the graph lists first. {@link assignNeighborhoodJaccard} writes the value
 *   on every edge: parallel edges and both arcs of a reciprocated pair get the tie's value; a
 *   self-loop, and with `'mutual'` an unreciprocated arc, get `NaN` (they are not ties).
 * - Complexity: that of the common-neighbour count, O(m·√m) worst case; O(n + m) memory.
 * - Parity: the set formula on NetworkX 2.8.8 neighbourhoods (`G[u]`) on the golden fixtures
 *   (relative tolerance 1e-9); NetworkX has no such function.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link NeighborhoodJaccardOptions}.
 * @returns The Jaccard score of each tie, one {@link TieValue} per tie.
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
 * neighborhoodJaccard(g);
 * //=> [
 * //   { source: 'a', target: 'b', value: 1 },
 * //   { source: 'a', target: 'c', value: 0.75 },
 * //   { source: 'b', target: 'c', value: 0.75 },
 * //   { source: 'c', target: 'd', value: 0.5 },
 * // ]
 *
 * @see neighborhoodOverlap, embeddedness
 *
 * References
 * [1] Jaccard, P. (1901). Étude comparative de la distribution florale dans une portion des Alpes et du Jura.
 *     Bulletin de la Société Vaudoise des Sciences Naturelles 37:547–579.
 * [2] EasyGraph (Fudan DataNET), `weakTie` tie-strength score. https://easy-graph.github.io/
 */
export function neighborhoodJaccard<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: NeighborhoodJaccardOptions,
): TieMetric {
  return metric.compute(input, options);
}

/**
 * Writes {@link neighborhoodJaccard} as an edge attribute (`attribute`, default
 * `'neighborhoodJaccard'`) on every edge: parallel edges and both arcs of a reciprocated pair get
 * their tie's value; self-loops (and unreciprocated arcs with `projection: 'mutual'`) get `NaN`.
 *
 * @param graph The graphology graph.
 * @param options The {@link AssignNeighborhoodJaccardOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If an option is invalid.
 *
 * @example
 * assignNeighborhoodJaccard(g);
 * g.getEdgeAttribute('cd', 'neighborhoodJaccard'); //=> 0.5
 */
export function assignNeighborhoodJaccard<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignNeighborhoodJaccardOptions,
): void {
  metric.assign(graph, options);
}

/**
 * {@link neighborhoodJaccard} on a prebuilt index, as a `Float64Array` aligned with
 * {@link indexTies}`(index, { projection })`: the fast path, with no rows built.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link NeighborhoodJaccardOptions}.
 * @returns The Jaccard score of each tie, in index tie order.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidOptionError} If an option is invalid.
 *
 * @example
 * const index = buildIndex(g);
 * neighborhoodJaccardIndexed(index); //=> Float64Array [1, 0.75, 0.75, 0.5]
 */
export function neighborhoodJaccardIndexed(index: CsrIndex, options?: NeighborhoodJaccardOptions): Float64Array {
  return metric.indexed(index, options);
}

/**
 * @internal
 * J_ij of every projected tie from its common-neighbour count: (n_ij + 2) / (k_i + k_j − n_ij).
 * The denominator is |N[i] ∪ N[j]| ≥ 2 for a tie, so the ratio is always defined.
 */
export function neighborhoodJaccardKernel(ties: UndirectedTies): Float64Array {
  const common = commonNeighborCounts(ties);
  const { size, offsets, tieSources, tieTargets } = ties;
  const jaccard = new Float64Array(size);
  for (let t = 0; t < size; t++) {
    const i = tieSources[t]!;
    const j = tieTargets[t]!;
    const c = common[t]!;
    jaccard[t] = (c + 2) / (offsets[i + 1]! - offsets[i]! + (offsets[j + 1]! - offsets[j]!) - c);
  }
  return jaccard;
}
