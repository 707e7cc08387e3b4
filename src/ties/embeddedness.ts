/**
 * embeddedness: how many contacts the two ends of each tie share (the triangles on the tie).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { commonNeighborCounts } from '../core/overlap.js';
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

const NAME = 'tiestrength/ties/embeddedness';
const ASSIGN_NAME = 'tiestrength/ties/assignEmbeddedness';

/** Options of {@link embeddedness}. */
export interface EmbeddednessOptions extends TieProjectionOptions {}

/** Options of {@link assignEmbeddedness}; `attribute` defaults to `'embeddedness'`. */
export interface AssignEmbeddednessOptions extends AssignTieMetricOptions {}

/** Defaults of {@link embeddedness}. */
export const EMBEDDEDNESS_DEFAULTS: Readonly<{ projection: TieProjection }> = Object.freeze({
  projection: 'any' as TieProjection,
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
 * - Directed graphs run on the undirected projection (METRICS.md §1.3): `projection: 'any'`
 *   (default) or `'mutual'` (reciprocated ties only). With `'any'` this is graphology-metrics'
 *   `simmelianStrength`, which uses `graph.neighbors` (in ∪ out).
 * - Parallel edges are one tie; self-loops are ignored.
 * - Result shape: for a **graph**, `{ [edgeKey]: n }` with every edge key (parallel edges and both
 *   arcs of a reciprocated pair get the tie's value; a self-loop, and with `'mutual'` an
 *   unreciprocated arc, get 0: they are not ties, so they sit in no triangle). For a **CsrIndex**,
 *   one `{ source, target, value }` per projected tie, ordered by (source id, target id).
 * - Complexity: O(m·√m) worst case (forward triangle listing), far less on heavy-tailed graphs;
 *   O(n + m) memory.
 * - Parity: NetworkX 2.8.8 `common_neighbors` on the golden fixtures (exact), and
 *   graphology-metrics 2.4 `simmelianStrength` on every fixture edge that is not a self-loop.
 *   Departs from `simmelianStrength` on self-loops: graphology counts a node with a self-loop as
 *   its own neighbour (so a self-loop gets 1 and an edge at a self-looped node may gain one).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link EmbeddednessOptions}.
 * @returns The embeddedness of each edge, keyed by edge (graph input), or of each tie (index input).
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
 * embeddedness(g); //=> { ab: 1, bc: 1, ca: 1, cd: 0 }
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
  input: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: EmbeddednessOptions,
): EdgeMetric;
export function embeddedness(input: CsrIndex, options?: EmbeddednessOptions): TieValue[];
export function embeddedness(input: AbstractGraph | CsrIndex, options?: EmbeddednessOptions): EdgeMetric | TieValue[];
export function embeddedness(input: AbstractGraph | CsrIndex, options?: EmbeddednessOptions): EdgeMetric | TieValue[] {
  const tieInput = structuralTieInput(input, options, EMBEDDEDNESS_DEFAULTS, NAME);
  return collectTieMetric(input, tieInput, commonNeighborCounts(tieInput.ties), 0);
}

/**
 * Writes {@link embeddedness} as an edge attribute (`attribute`, default `'embeddedness'`) on
 * every edge; self-loops (and unreciprocated arcs with `projection: 'mutual'`) get 0.
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
  const { attribute, rest } = assignOptions(graph, options, 'embeddedness', ASSIGN_NAME);
  const tieInput = structuralTieInput(graph, rest, EMBEDDEDNESS_DEFAULTS, ASSIGN_NAME);
  assignEdgeValues(graph as AbstractGraph, tieInput, commonNeighborCounts(tieInput.ties), 0, attribute);
}
