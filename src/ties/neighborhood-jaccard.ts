/**
 * neighborhoodJaccard: the Jaccard similarity of the closed neighbourhoods of each tie's ends.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { commonNeighborCounts } from '../core/overlap.js';
import type { UndirectedTies } from '../core/undirected-ties.js';
import {
  assignEdgeValues,
  assignOptions,
  collectTieMetric,
  structuralTieInput,
  type AssignTieMetricOptions,
  type EdgeMetric,
  type TieProjection,
  type TieProjectionOptions,
  type TieValue,
} from './edge-results.js';

const NAME = 'tiestrength/ties/neighborhoodJaccard';
const ASSIGN_NAME = 'tiestrength/ties/assignNeighborhoodJaccard';

/** Options of {@link neighborhoodJaccard}. */
export interface NeighborhoodJaccardOptions extends TieProjectionOptions {}

/** Options of {@link assignNeighborhoodJaccard}; `attribute` defaults to `'neighborhoodJaccard'`. */
export interface AssignNeighborhoodJaccardOptions extends AssignTieMetricOptions {}

/** Defaults of {@link neighborhoodJaccard}. */
export const NEIGHBORHOOD_JACCARD_DEFAULTS: Readonly<{ projection: TieProjection }> = Object.freeze({
  projection: 'any' as TieProjection,
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
 * - Directed graphs run on the undirected projection (METRICS.md §1.3): `projection: 'any'`
 *   (default) or `'mutual'` (reciprocated ties only).
 * - Parallel edges are one tie; self-loops are ignored (a node is in its closed neighbourhood
 *   once, whether or not it has a self-loop).
 * - Result shape: for a **graph**, `{ [edgeKey]: J }` with every edge key (parallel edges and both
 *   arcs of a reciprocated pair get the tie's value; a self-loop, and with `'mutual'` an
 *   unreciprocated arc, get `NaN`, since they are not ties). For a **CsrIndex**, one
 *   `{ source, target, value }` per projected tie, ordered by (source id, target id).
 * - Complexity: that of the common-neighbour count, O(m·√m) worst case; O(n + m) memory.
 * - Parity: the set formula on NetworkX 2.8.8 neighbourhoods (`G[u]`) on the golden fixtures
 *   (relative tolerance 1e-9); NetworkX has no such function.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link NeighborhoodJaccardOptions}.
 * @returns The Jaccard score of each edge, keyed by edge (graph input), or of each tie (index input).
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
 * neighborhoodJaccard(g); //=> { ab: 1, bc: 0.75, ca: 0.75, cd: 0.5 }
 *
 * @see neighborhoodOverlap, embeddedness
 *
 * References
 * [1] Jaccard, P. (1901). Étude comparative de la distribution florale dans une portion des Alpes et du Jura.
 *     Bulletin de la Société Vaudoise des Sciences Naturelles 37:547–579.
 * [2] EasyGraph (Fudan DataNET), `weakTie` tie-strength score. https://easy-graph.github.io/
 */
export function neighborhoodJaccard<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: NeighborhoodJaccardOptions,
): EdgeMetric;
export function neighborhoodJaccard(input: CsrIndex, options?: NeighborhoodJaccardOptions): TieValue[];
export function neighborhoodJaccard(input: AbstractGraph | CsrIndex, options?: NeighborhoodJaccardOptions): EdgeMetric | TieValue[];
export function neighborhoodJaccard(input: AbstractGraph | CsrIndex, options?: NeighborhoodJaccardOptions): EdgeMetric | TieValue[] {
  const tieInput = structuralTieInput(input, options, NEIGHBORHOOD_JACCARD_DEFAULTS, NAME);
  return collectTieMetric(input, tieInput, neighborhoodJaccardKernel(tieInput.ties), Number.NaN);
}

/**
 * Writes {@link neighborhoodJaccard} as an edge attribute (`attribute`, default
 * `'neighborhoodJaccard'`) on every edge; self-loops (and unreciprocated arcs with
 * `projection: 'mutual'`) get `NaN`.
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
  const { attribute, rest } = assignOptions(graph, options, 'neighborhoodJaccard', ASSIGN_NAME);
  const tieInput = structuralTieInput(graph, rest, NEIGHBORHOOD_JACCARD_DEFAULTS, ASSIGN_NAME);
  assignEdgeValues(graph as AbstractGraph, tieInput, neighborhoodJaccardKernel(tieInput.ties), Number.NaN, attribute);
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
