/**
 * effectiveSize: Burt's effective size, the number of a person's non-redundant contacts.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { BURT_EFFECTIVE_SIZE, BURT_MODELS, burtKernel, egoContacts, type BurtModel } from '../core/ego.js';
import { defineNodeMetric } from '../define-metric.js';
import { assertEnum, type EdgeValueGetter, type NodeMetric } from '../options.js';

/** Options of {@link effectiveSize}. */
export interface EffectiveSizeOptions<EdgeAttributes extends Attributes = Attributes> {
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** `'whole'` normalises alters over all their ties (NetworkX); `'ego'` over the ego network only (UCINET's ego model). [`'whole'`] */
  model?: BurtModel;
}

/** Options of {@link assignEffectiveSize}. */
export interface AssignEffectiveSizeOptions<EdgeAttributes extends Attributes = Attributes> extends EffectiveSizeOptions<EdgeAttributes> {
  /** The node attribute to write. [`'effectiveSize'`] */
  attribute?: string;
}

/** Options of {@link effectiveSizeIndexed}: the index holds its strengths (`getEdgeStrength: null` ignores them). */
export interface EffectiveSizeIndexedOptions extends Omit<EffectiveSizeOptions, 'getEdgeStrength'> {
  /** `null` treats every tie as strength 1. [the index's strengths] */
  getEdgeStrength?: null;
}

/** Defaults of {@link effectiveSize}, {@link assignEffectiveSize} (the only one that reads `attribute`) and {@link effectiveSizeIndexed}. */
export const EFFECTIVE_SIZE_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  model: 'whole' as BurtModel,
  attribute: 'effectiveSize' as string,
});

const metric = defineNodeMetric({
  family: 'brokerage',
  name: 'effectiveSize',
  defaults: EFFECTIVE_SIZE_DEFAULTS,
  validate: (opts, prefix) => assertEnum(prefix, 'model', opts.model, BURT_MODELS),
  kernel: (index, opts) => burtKernel(egoContacts(index), opts.model, BURT_EFFECTIVE_SIZE).effectiveSize!,
});

/**
 * Effective size: the number of a person's contacts, discounted by how redundant they are with
 * each other.
 *
 * High values mark a broker whose contacts reach different parts of the network; a value close
 * to 1 means the contacts form one tight cluster (or there is only one).
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   ES_i = Σ_{j ∈ N(i)} [ 1 − Σ_{q ∈ N(i), q ≠ i,j} p_iq · m_jq ]  =  k_i − RD_i
 *   p_iq = (a_iq + a_qi) / Σ_{k ∈ N(i)} (a_ik + a_ki)          proportional strength
 *   m_jq = (a_jq + a_qj) / max_{k ∈ N(j)} (a_jk + a_kj)        marginal strength
 *   a_ij = strength of the tie from i to j (0 if absent); N(i) = in- ∪ out-neighbours; k_i = |N(i)|
 *   Unweighted, undirected special case (Borgatti 1997): ES_i = k − 2t/k, t = ties among the contacts.
 *   Model 'ego': m_jq = (a_jq + a_qj) / max_{k ∈ E_i \ {j}} (a_jk + a_kj), E_i = {i} ∪ N(i).
 *
 * @remarks
 * - Reads tie **strengths** (`getEdgeStrength`), never distances. Scaling every strength by the
 *   same factor leaves the result unchanged.
 * - Directed graphs: contacts are in- ∪ out-neighbours with strength a_ij + a_ji (a person with
 *   only incoming ties is not isolated). Self-loops ignored; parallel edges summed.
 * - Isolated people return `NaN`. Otherwise 1 ≤ ES ≤ k; a pendant has ES = 1.
 * - `model: 'ego'`: our reading of UCINET's ego-network model (not yet checked against UCINET).
 * - Complexity: O(Σ_q deg(q)·d⁺(q)) ≤ O(m√m) time, d⁺(q) ≤ √(2m) being the number of q's contacts
 *   of higher degree (about 0.8 s for 10⁵ people and 10⁶ ties); O(n + m) memory.
 * - Parity: NetworkX 2.8.8's per-node formula `effective_size(G, nodes=list(G), weight=…)`
 *   (relative tolerance 1e-9). Departs from NetworkX 3.x's default sparse path, which normalises
 *   m by the wrong node's maximum on weighted or directed graphs (PR #8906; on the docs/metrics.md
 *   'org' graph it gives a1 = 1.6 instead of 1.5667), and from NetworkX on multigraphs, where it
 *   ignores the weights (we merge parallel edges first).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link EffectiveSizeOptions}.
 * @returns The effective size of each node, keyed by node.
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
 * effectiveSize(graph);
 * //=> { a1: 1.5666666666666667, a2: 1.0833333333333335, a3: 2.25, b1: 1 }
 *
 * @see efficiency, redundancy, constraint
 *
 * References
 * [1] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard University Press.
 * [2] Borgatti, S. P. (1997). Structural holes: Unpacking Burt's redundancy measures. Connections 20(1):35–38.
 */
export function effectiveSize<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EffectiveSizeOptions<EdgeAttributes>,
): NodeMetric {
  return metric.compute(input, options as EffectiveSizeOptions);
}

/**
 * Writes {@link effectiveSize} as a node attribute (`attribute`, default `'effectiveSize'`).
 *
 * @param graph The graphology graph to read and write.
 * @param options The {@link AssignEffectiveSizeOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * assignEffectiveSize(graph);
 * graph.getNodeAttribute('a3', 'effectiveSize'); //=> 2.25
 */
export function assignEffectiveSize<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignEffectiveSizeOptions<EdgeAttributes>,
): void {
  metric.assign(graph, options as AssignEffectiveSizeOptions);
}

/**
 * {@link effectiveSize} on a prebuilt index, as a `Float64Array` in node-id order (`index.keys[id]`
 * is the node): the fast path, with no record built.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link EffectiveSizeIndexedOptions}.
 * @returns The effectiveSize of each node id.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * const index = buildIndex(graph);
 * effectiveSizeIndexed(index)[index.id('a3')]; //=> 2.25
 */
export function effectiveSizeIndexed(index: CsrIndex, options?: EffectiveSizeIndexedOptions): Float64Array {
  return metric.indexed(index, options);
}
