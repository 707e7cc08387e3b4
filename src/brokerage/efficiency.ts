/**
 * efficiency: Burt's efficiency, the share of a person's contacts that are non-redundant.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { BURT_EFFICIENCY, BURT_MODELS, burtKernel, egoContacts, type BurtModel } from '../core/ego.js';
import { defineNodeMetric } from '../define-metric.js';
import { assertEnum, type EdgeValueGetter, type NodeMetric } from '../options.js';

/** Options of {@link efficiency}. */
export interface EfficiencyOptions<EdgeAttributes extends Attributes = Attributes> {
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** `'whole'` normalises alters over all their ties (NetworkX); `'ego'` over the ego network only (UCINET's ego model). [`'whole'`] */
  model?: BurtModel;
}

/** Options of {@link assignEfficiency}. */
export interface AssignEfficiencyOptions<EdgeAttributes extends Attributes = Attributes> extends EfficiencyOptions<EdgeAttributes> {
  /** The node attribute to write. [`'efficiency'`] */
  attribute?: string;
}

/** Options of {@link efficiencyIndexed}: the index holds its strengths (`getEdgeStrength: null` ignores them). */
export interface EfficiencyIndexedOptions extends Omit<EfficiencyOptions, 'getEdgeStrength'> {
  /** `null` treats every tie as strength 1. [the index's strengths] */
  getEdgeStrength?: null;
}

/** Defaults of {@link efficiency}, {@link assignEfficiency} (the only one that reads `attribute`) and {@link efficiencyIndexed}. */
export const EFFICIENCY_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  model: 'whole' as BurtModel,
  attribute: 'efficiency' as string,
});

const metric = defineNodeMetric({
  family: 'brokerage',
  name: 'efficiency',
  defaults: EFFICIENCY_DEFAULTS,
  validate: (opts, prefix) => assertEnum(prefix, 'model', opts.model, BURT_MODELS),
  kernel: (index, opts) => burtKernel(egoContacts(index), opts.model, BURT_EFFICIENCY).efficiency!,
});

/**
 * Efficiency: effective size per contact, the share of a person's contacts that bring
 * non-redundant access. Compares brokers with networks of different sizes.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   EF_i = ES_i / k_i
 *   ES_i = Σ_{j ∈ N(i)} [ 1 − Σ_{q ∈ N(i), q ≠ i,j} p_iq · m_jq ]   effective size (see effectiveSize)
 *   k_i  = |N(i)|, N(i) = in- ∪ out-neighbours of i
 *   Unweighted, undirected special case: EF_i = 1 − 2t/k², t = ties among the contacts.
 *
 * @remarks
 * - Reads tie **strengths** (`getEdgeStrength`), never distances; scale-invariant.
 * - Directed graphs: contacts are in- ∪ out-neighbours with strength a_ij + a_ji. Self-loops
 *   ignored; parallel edges summed.
 * - Isolated people return `NaN`; 1/k ≤ EF ≤ 1 otherwise, and a pendant has EF = 1.
 * - `model: 'ego'`: our reading of UCINET's ego-network model (not yet checked against UCINET).
 * - Complexity: O(Σ_q deg(q)·d⁺(q)) ≤ O(m√m) time, d⁺(q) ≤ √(2m) being the number of q's contacts
 *   of higher degree (about 0.8 s for 10⁵ people and 10⁶ ties); O(n + m) memory.
 * - Parity: no peer has it (NetworkX #3467); golden values are NetworkX 2.8.8's per-node
 *   `effective_size` divided by k (relative tolerance 1e-9).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link EfficiencyOptions}.
 * @returns The efficiency of each node, keyed by node.
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
 * efficiency(graph);
 * //=> { a1: 0.7833333333333333, a2: 0.5416666666666667, a3: 0.75, b1: 1 }
 *
 * @see effectiveSize, redundancy
 *
 * References
 * [1] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard University Press.
 * [2] Borgatti, S. P. (1997). Structural holes: Unpacking Burt's redundancy measures. Connections 20(1):35–38.
 */
export function efficiency<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EfficiencyOptions<EdgeAttributes>,
): NodeMetric {
  return metric.compute(input, options as EfficiencyOptions);
}

/**
 * Writes {@link efficiency} as a node attribute (`attribute`, default `'efficiency'`).
 *
 * @param graph The graphology graph to read and write.
 * @param options The {@link AssignEfficiencyOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * assignEfficiency(graph);
 * graph.getNodeAttribute('a3', 'efficiency'); //=> 0.75
 */
export function assignEfficiency<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignEfficiencyOptions<EdgeAttributes>,
): void {
  metric.assign(graph, options as AssignEfficiencyOptions);
}

/**
 * {@link efficiency} on a prebuilt index, as a `Float64Array` in node-id order (`index.keys[id]`
 * is the node): the fast path, with no record built.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link EfficiencyIndexedOptions}.
 * @returns The efficiency of each node id.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * const index = buildIndex(graph);
 * efficiencyIndexed(index)[index.id('a3')]; //=> 0.75
 */
export function efficiencyIndexed(index: CsrIndex, options?: EfficiencyIndexedOptions): Float64Array {
  return metric.indexed(index, options);
}
