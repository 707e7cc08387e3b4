/**
 * embeddedness: how many contacts the two ends of each tie share (the triangles on the tie).
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

/** Options of {@link embeddedness} and {@link embeddednessIndexed}. */
export interface EmbeddednessOptions extends TieProjectionOptions {}

/** Options of {@link assignEmbeddedness}; `attribute` defaults to `'embeddedness'`. */
export interface AssignEmbeddednessOptions extends AssignTieMetricOptions {}

/** Defaults of {@link embeddedness}, {@link embeddednessIndexed} and {@link assignEmbeddedness} (the only one that reads `attribute`). */
export const EMBEDDEDNESS_DEFAULTS: Readonly<{ projection: TieProjection; attribute: string }> = Object.freeze({
  projection: 'any' as TieProjection,
  attribute: 'embeddedness',
});

const metric = defineTieMetric({
  family: 'ties',
  name: 'embeddedness',
  defaults: EMBEDDEDNESS_DEFAULTS,
  ties: 'projected',
  notATie: 0,
  indexOptions: () => ({ getEdgeStrength: null }),
  validate: (opts, prefix) => assertEnum(prefix, 'projection', opts.projection, TIE_PROJECTIONS),
  kernel: (_index, ties) => Float64Array.from(commonNeighborCounts(ties as UndirectedTies)),
});

/**
 * Embeddedness: the number of common contacts of a tie's two ends, i.e. the number of triangles
 * the tie sits in.
 *
 * An embedded tie is watched over by mutual friends (trust, norms, Coleman's closure); a tie with
 * embeddedness 0 is a local bridge (Granovetter). Simmel's "Simmelian tie" is a tie embedded in
 * at least one triangle.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   n_ij = |N(i) ∩ N(j)|       N(i) = i's contacts, i itself excluded
 *
 * @remarks
 * - Structural: reads no strengths (a graph's weight attributes are not even read).
 * - Directed graphs run on the undirected projection (docs/metrics.md): `projection: 'any'`
 *   (default) or `'mutual'` (reciprocated ties only). With `'any'` this is graphology-metrics'
 *   `simmelianStrength`, which uses `graph.neighbors` (in ∪ out).
 * - Parallel edges are one tie; self-loops are ignored.
 * - Result: one `{ source, target, value }` per projected tie ({@link TieMetric}), the same for a
 *   graph and its {@link CsrIndex}, ordered by (source id, target id) as in {@link indexTies};
 *   `source` is the end the graph lists first. {@link assignEmbeddedness} writes the value on
 *   every edge: parallel edges and both arcs of a reciprocated pair get the tie's value; a
 *   self-loop, and with `'mutual'` an unreciprocated arc, get 0 (not ties, so in no triangle).
 * - Complexity: O(m·√m) worst case (forward triangle listing), far less on heavy-tailed graphs;
 *   O(n + m) memory.
 * - Parity: NetworkX 2.8.8 `common_neighbors` on the golden fixtures (exact), and
 *   graphology-metrics 2.4 `simmelianStrength` on every fixture edge that is not a self-loop.
 *   Departs from `simmelianStrength` on self-loops: graphology counts a node with a self-loop as
 *   its own neighbour (so a self-loop gets 1 and an edge at a self-looped node may gain one).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link EmbeddednessOptions}.
 * @returns The embeddedness of each tie, one {@link TieValue} per tie.
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
 * embeddedness(g);
 * //=> [
 * //   { source: 'a', target: 'b', value: 1 },
 * //   { source: 'a', target: 'c', value: 1 },
 * //   { source: 'b', target: 'c', value: 1 },
 * //   { source: 'c', target: 'd', value: 0 },
 * // ]
 *
 * @see neighborhoodOverlap, neighborhoodJaccard, localBridges
 *
 * References
 * [1] Granovetter, M. (1985). Economic action and social structure: the problem of embeddedness.
 *     American Journal of Sociology 91(3):481–510.
 * [2] Easley, D., Kleinberg, J. (2010). Networks, Crowds, and Markets, §3.6. Cambridge University Press.
 * [3] Krackhardt, D. (1999). The ties that torture: Simmelian tie analysis in organizations. Research in the Sociology of Organizations 16:183–210.
 */
export function embeddedness<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EmbeddednessOptions,
): TieMetric {
  return metric.compute(input, options);
}

/**
 * Writes {@link embeddedness} as an edge attribute (`attribute`, default `'embeddedness'`) on
 * every edge: parallel edges and both arcs of a reciprocated pair get their tie's value;
 * self-loops (and unreciprocated arcs with `projection: 'mutual'`) get 0.
 *
 * @param graph The graphology graph.
 * @param options The {@link AssignEmbeddednessOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If an option is invalid.
 *
 * @example
 * assignEmbeddedness(g);
 * g.getEdgeAttribute('ab', 'embeddedness'); //=> 1
 */
export function assignEmbeddedness<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignEmbeddednessOptions,
): void {
  metric.assign(graph, options);
}

/**
 * {@link embeddedness} on a prebuilt index, as a `Float64Array` aligned with
 * {@link indexTies}`(index, { projection })`: the fast path, with no rows built.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link EmbeddednessOptions}.
 * @returns The embeddedness of each tie, in index tie order.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidOptionError} If an option is invalid.
 *
 * @example
 * const index = buildIndex(g);
 * embeddednessIndexed(index); //=> Float64Array [1, 1, 1, 0]
 */
export function embeddednessIndexed(index: CsrIndex, options?: EmbeddednessOptions): Float64Array {
  return metric.indexed(index, options);
}
