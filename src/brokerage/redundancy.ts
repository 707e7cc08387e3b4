/**
 * redundancy: Burt's redundancy, how much of a person's network is duplicated by ties among the contacts.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { BURT_MODELS, BURT_REDUNDANCY, burtKernel, egoContacts, type BurtModel } from '../core/ego.js';
import { defineNodeMetric } from '../define-metric.js';
import { assertEnum, type EdgeValueGetter, type NodeMetric } from '../options.js';

/** Options of {@link redundancy}. */
export interface RedundancyOptions<EdgeAttributes extends Attributes = Attributes> {
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** `'whole'` normalises alters over all their ties (NetworkX); `'ego'` over the ego network only (UCINET's ego model). [`'whole'`] */
  model?: BurtModel;
}

/** Options of {@link assignRedundancy}. */
export interface AssignRedundancyOptions<EdgeAttributes extends Attributes = Attributes> extends RedundancyOptions<EdgeAttributes> {
  /** The node attribute to write. [`'redundancy'`] */
  attribute?: string;
}

/** Options of {@link redundancyIndexed}: the index holds its strengths (`getEdgeStrength: null` ignores them). */
export interface RedundancyIndexedOptions extends Omit<RedundancyOptions, 'getEdgeStrength'> {
  /** `null` treats every tie as strength 1. [the index's strengths] */
  getEdgeStrength?: null;
}

/** Defaults of {@link redundancy}, {@link assignRedundancy} (the only one that reads `attribute`) and {@link redundancyIndexed}. */
export const REDUNDANCY_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  model: 'whole' as BurtModel,
  attribute: 'redundancy' as string,
});

const metric = defineNodeMetric({
  family: 'brokerage',
  name: 'redundancy',
  defaults: REDUNDANCY_DEFAULTS,
  validate: (opts, prefix) => assertEnum(prefix, 'model', opts.model, BURT_MODELS),
  kernel: (index, opts) => burtKernel(egoContacts(index), opts.model, BURT_REDUNDANCY).redundancy!,
});

/**
 * Redundancy: how many of a person's contacts are, in effect, duplicates, because they are tied
 * to the person's other contacts. Effective size is the number of contacts minus redundancy.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   RD_i = Σ_{j ∈ N(i)} Σ_{q ∈ N(i), q ≠ i,j} p_iq · m_jq  =  k_i − ES_i
 *   p_iq = (a_iq + a_qi) / Σ_{k ∈ N(i)} (a_ik + a_ki)          proportional strength
 *   m_jq = (a_jq + a_qj) / max_{k ∈ N(j)} (a_jk + a_kj)        marginal strength
 *   a_ij = strength of the tie from i to j (0 if absent); N(i) = in- ∪ out-neighbours; k_i = |N(i)|
 *   Unweighted, undirected special case (Borgatti 1997): RD_i = 2t/k, t = ties among the contacts.
 *   Model 'ego': m_jq = (a_jq + a_qj) / max_{k ∈ E_i \ {j}} (a_jk + a_kj), E_i = {i} ∪ N(i).
 *
 * @remarks
 * - Reads tie **strengths** (`getEdgeStrength`), never distances; scale-invariant.
 * - Directed graphs: contacts are in- ∪ out-neighbours with strength a_ij + a_ji. Self-loops
 *   ignored; parallel edges summed.
 * - Isolated people return `NaN`; 0 ≤ RD ≤ k − 1 otherwise (0 when no two contacts are tied).
 * - `model: 'ego'`: our reading of UCINET's ego-network model (not yet checked against UCINET).
 * - Complexity: O(Σ_q deg(q)·d⁺(q)) ≤ O(m√m) time, d⁺(q) ≤ √(2m) being the number of q's contacts
 *   of higher degree (about 0.8 s for 10⁵ people and 10⁶ ties); O(n + m) memory.
 * - Parity: k − NetworkX 2.8.8 `effective_size(G, nodes=list(G), weight=…)` (relative tolerance 1e-9).
 *   NetworkX has no redundancy function.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link RedundancyOptions}.
 * @returns The redundancy of each node, keyed by node.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid, `getEdgeStrength` names an attribute no edge carries, or an attribute name or getter is given with an index.
 *
 * @example
 * const graph = new UndirectedGraph();
 * graph.mergeEdge('a1', 'a2', { weight: 3 });
 * graph.mergeEdge('a1', 'a3', { weight: 2 });
 * graph.mergeEdge('a2', 'a3', { weight: 1 });
 * graph.mergeEdge('a3', 'b1', { weight: 1 });
 * redundancy(graph);
 * //=> { a1: 0.43333333333333335, a2: 0.9166666666666666, a3: 0.75, b1: 0 }
 *
 * @see effectiveSize, efficiency
 *
 * References
 * [1] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard University Press.
 * [2] Borgatti, S. P. (1997). Structural holes: Unpacking Burt's redundancy measures. Connections 20(1):35–38.
 */
export function redundancy<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: RedundancyOptions<EdgeAttributes>,
): NodeMetric {
  return metric.compute(input, options as RedundancyOptions);
}

/**
 * Writes {@link redundancy} as a node attribute (`attribute`, default `'redundancy'`).
 *
 * @param graph The graphology graph to read and write.
 * @param options The {@link AssignRedundancyOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * assignRedundancy(graph);
 * graph.getNodeAttribute('a3', 'redundancy'); //=> 0.75
 */
export function assignRedundancy<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignRedundancyOptions<EdgeAttributes>,
): void {
  metric.assign(graph, options as AssignRedundancyOptions);
}

/**
 * {@link redundancy} on a prebuilt index, as a `Float64Array` in node-id order (`index.keys[id]`
 * is the node): the fast path, with no record built.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link RedundancyIndexedOptions}.
 * @returns The redundancy of each node id.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * const index = buildIndex(graph);
 * redundancyIndexed(index)[index.id('a3')]; //=> 0.75
 */
export function redundancyIndexed(index: CsrIndex, options?: RedundancyIndexedOptions): Float64Array {
  return metric.indexed(index, options);
}
