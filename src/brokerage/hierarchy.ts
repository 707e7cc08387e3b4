/**
 * hierarchy: Burt's hierarchy, how much a person's constraint is concentrated on one contact.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { BURT_HIERARCHY, BURT_MODELS, burtKernel, egoContacts, type BurtModel } from '../core/ego.js';
import { defineNodeMetric } from '../define-metric.js';
import { assertEnum, type EdgeValueGetter, type NodeMetric } from '../options.js';

/** Options of {@link hierarchy}. */
export interface HierarchyOptions<EdgeAttributes extends Attributes = Attributes> {
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** `'whole'` normalises alters over all their ties (NetworkX, igraph); `'ego'` over the ego network only (UCINET's ego model). [`'whole'`] */
  model?: BurtModel;
}

/** Options of {@link assignHierarchy}. */
export interface AssignHierarchyOptions<EdgeAttributes extends Attributes = Attributes> extends HierarchyOptions<EdgeAttributes> {
  /** The node attribute to write. [`'hierarchy'`] */
  attribute?: string;
}

/** Options of {@link hierarchyIndexed}: the index holds its strengths (`getEdgeStrength: null` ignores them). */
export interface HierarchyIndexedOptions extends Omit<HierarchyOptions, 'getEdgeStrength'> {
  /** `null` treats every tie as strength 1. [the index's strengths] */
  getEdgeStrength?: null;
}

/** Defaults of {@link hierarchy}, {@link assignHierarchy} (the only one that reads `attribute`) and {@link hierarchyIndexed}. */
export const HIERARCHY_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  model: 'whole' as BurtModel,
  attribute: 'hierarchy' as string,
});

const metric = defineNodeMetric({
  family: 'brokerage',
  name: 'hierarchy',
  defaults: HIERARCHY_DEFAULTS,
  validate: (opts, prefix) => assertEnum(prefix, 'model', opts.model, BURT_MODELS),
  kernel: (index, opts) => burtKernel(egoContacts(index), opts.model, BURT_HIERARCHY).hierarchy!,
});

/**
 * Hierarchy: how unevenly a person's constraint is spread over the contacts. 0 when every contact
 * constrains the person equally; close to 1 when one contact (typically a boss or a single
 * gatekeeper) accounts for most of it.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   H_i  = Σ_{j ∈ N(i)} r_ij ln r_ij / (k ln k),   r_ij = c_ij / (C_i / k),   k = |N(i)|
 *   c_ij = ( p_ij + Σ_{q ∈ N(i), q ≠ i,j} p_iq · p_qj )²     dyadic constraint (see dyadicConstraint)
 *   C_i  = Σ_j c_ij                                          aggregate constraint (see constraint)
 *   (the Coleman–Theil disorder index of the c_ij)
 *
 * @remarks
 * - Reads tie **strengths** (`getEdgeStrength`), never distances; scale-invariant.
 * - Directed graphs: contacts are in- ∪ out-neighbours with strength a_ij + a_ji. Self-loops
 *   ignored; parallel edges summed.
 * - Isolated people return `NaN`. A person with exactly one contact returns **1.0** (all
 *   constraint sits on that contact; the formula is 0/0 there). This follows the NetworkX
 *   reviewer's reference code (PR #8905); EasyGraph returns 0 instead.
 * - Equal dyadic constraints give 0 up to rounding (below 1e-30), never a negative value.
 * - `model: 'ego'`: our reading of UCINET's ego-network model (not yet checked against UCINET).
 * - Complexity: O(Σ_q deg(q)·d⁺(q)) ≤ O(m√m) time, d⁺(q) ≤ √(2m) being the number of q's contacts
 *   of higher degree (about 0.8 s for 10⁵ people and 10⁶ ties); O(n + m) memory.
 * - Parity: no trustworthy peer (NetworkX lacks it, #3467; `netrics::node_by_hierarchy` uses the
 *   contacts' aggregate constraint instead of c_ij). Golden values apply the formula to
 *   NetworkX 2.8.8 `local_constraint` (relative tolerance 1e-9).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link HierarchyOptions}.
 * @returns The hierarchy of each node, keyed by node.
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
 * hierarchy(graph);
 * //=> { a1: 0.04076374953506196, a2: 0.14021674041635415, a3: 0.19501842614691187, b1: 1 }
 *
 * @see constraint, dyadicConstraint
 *
 * References
 * [1] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard University Press, pp. 70–71.
 * [2] Everett, M. G., & Borgatti, S. P. (2020). Unpacking Burt's constraint measure. Social Networks 62:50–57.
 */
export function hierarchy<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: HierarchyOptions<EdgeAttributes>,
): NodeMetric {
  return metric.compute(input, options as HierarchyOptions);
}

/**
 * Writes {@link hierarchy} as a node attribute (`attribute`, default `'hierarchy'`).
 *
 * @param graph The graphology graph to read and write.
 * @param options The {@link AssignHierarchyOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * assignHierarchy(graph);
 * graph.getNodeAttribute('b1', 'hierarchy'); //=> 1
 */
export function assignHierarchy<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignHierarchyOptions<EdgeAttributes>,
): void {
  metric.assign(graph, options as AssignHierarchyOptions);
}

/**
 * {@link hierarchy} on a prebuilt index, as a `Float64Array` in node-id order (`index.keys[id]`
 * is the node): the fast path, with no record built.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link HierarchyIndexedOptions}.
 * @returns The hierarchy of each node id.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * const index = buildIndex(graph);
 * hierarchyIndexed(index)[index.id('b1')]; //=> 1
 */
export function hierarchyIndexed(index: CsrIndex, options?: HierarchyIndexedOptions): Float64Array {
  return metric.indexed(index, options);
}
