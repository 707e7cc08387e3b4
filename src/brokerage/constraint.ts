/**
 * constraint: Burt's aggregate constraint, how much a person's contacts are tied to each other.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { BURT_CONSTRAINT, BURT_MODELS, burtKernel, egoContacts, type BurtModel } from '../core/ego.js';
import { defineNodeMetric } from '../define-metric.js';
import { assertEnum, type EdgeValueGetter, type NodeMetric } from '../options.js';

/** Options of {@link constraint}. */
export interface ConstraintOptions<EdgeAttributes extends Attributes = Attributes> {
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** `'whole'` normalises alters over all their ties (NetworkX, igraph); `'ego'` over the ego network only (UCINET's ego model). [`'whole'`] */
  model?: BurtModel;
}

/** Options of {@link assignConstraint}. */
export interface AssignConstraintOptions<EdgeAttributes extends Attributes = Attributes> extends ConstraintOptions<EdgeAttributes> {
  /** The node attribute to write. [`'constraint'`] */
  attribute?: string;
}

/** Options of {@link constraintIndexed}: the index holds its strengths (`getEdgeStrength: null` ignores them). */
export interface ConstraintIndexedOptions extends Omit<ConstraintOptions, 'getEdgeStrength'> {
  /** `null` treats every tie as strength 1. [the index's strengths] */
  getEdgeStrength?: null;
}

/** Defaults of {@link constraint}, {@link assignConstraint} (the only one that reads `attribute`) and {@link constraintIndexed}. */
export const CONSTRAINT_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  model: 'whole' as BurtModel,
  attribute: 'constraint' as string,
});

const metric = defineNodeMetric({
  family: 'brokerage',
  name: 'constraint',
  defaults: CONSTRAINT_DEFAULTS,
  validate: (opts, prefix) => assertEnum(prefix, 'model', opts.model, BURT_MODELS),
  kernel: (index, opts) => burtKernel(egoContacts(index), opts.model, BURT_CONSTRAINT).constraint!,
});

/**
 * Burt's constraint: how much a person's network is made of contacts who are themselves tied to
 * each other, so that they all carry the same information and can coordinate against the person.
 *
 * Low constraint marks a broker spanning structural holes; high constraint a person embedded in
 * one closed group (or dependent on one contact).
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   C_i  = Σ_{j ∈ N(i)} c_ij
 *   c_ij = ( p_ij + Σ_{q ∈ N(i), q ≠ i,j} p_iq · p_qj )²          dyadic constraint
 *   p_ij = (a_ij + a_ji) / Σ_{k ∈ N(i)} (a_ik + a_ki)             proportional strength
 *   a_ij = strength of the tie from i to j (0 if absent); N(i) = in- ∪ out-neighbours of i
 *   Model 'ego': for an alter q, p_qj = (a_qj + a_jq) / Σ_{k ∈ E_i \ {q}} (a_qk + a_kq), E_i = {i} ∪ N(i).
 *
 * @remarks
 * - Reads tie **strengths** (`getEdgeStrength`), never distances. Scaling every strength by the
 *   same factor leaves the result unchanged.
 * - Directed graphs: contacts are in- ∪ out-neighbours and a pair's strength is a_ij + a_ji, so a
 *   person with only incoming ties is not isolated (NetworkX #2661 makes them `NaN`).
 * - Self-loops are ignored; parallel edges are merged by summing their strengths (unweighted:
 *   one tie of strength 1).
 * - Isolated people return `NaN` (0/0). A pendant (one contact) returns 1. The value can exceed 1
 *   (a–b 1, b–c 1, a–c 10: C_b = 1.8223). Burt often reports 100·C; this returns C.
 * - `model: 'ego'` is our reading of UCINET's ego-network model: every sum over an alter's ties
 *   runs over E_i only, which equals the whole-network value of i in the subgraph induced by E_i.
 *   It has not been checked against UCINET output.
 * - Complexity: O(Σ_q deg(q)·d⁺(q)) ≤ O(m√m) time, d⁺(q) ≤ √(2m) being the number of q's contacts
 *   of higher degree (about 0.8 s for 10⁵ people and 10⁶ ties); O(n + m) memory.
 * - Parity: NetworkX 2.8.8 `constraint` (on the graph symmetrised as above) and igraph 0.10.2
 *   `constraint`, weighted and unweighted, relative tolerance 1e-9 on the golden fixtures.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link ConstraintOptions}.
 * @returns The constraint of each node, keyed by node.
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
 * constraint(graph);
 * //=> { a1: 0.7925000000000002, a2: 1.068125, a3: 0.83765625, b1: 1 }
 * constraint(graph, { getEdgeStrength: null }).a1; //=> 1.0069444444444444
 *
 * @see dyadicConstraint, effectiveSize, hierarchy
 *
 * References
 * [1] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard University Press.
 * [2] Burt, R. S. (2004). Structural holes and good ideas. American Journal of Sociology 110(2):349–399.
 * [3] Everett, M. G., & Borgatti, S. P. (2020). Unpacking Burt's constraint measure. Social Networks 62:50–57.
 */
export function constraint<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: ConstraintOptions<EdgeAttributes>,
): NodeMetric {
  return metric.compute(input, options as ConstraintOptions);
}

/**
 * Writes {@link constraint} as a node attribute (`attribute`, default `'constraint'`).
 *
 * @param graph The graphology graph to read and write.
 * @param options The {@link AssignConstraintOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * assignConstraint(graph, { attribute: 'C' });
 * graph.getNodeAttribute('a1', 'C'); //=> 0.7925000000000002
 */
export function assignConstraint<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignConstraintOptions<EdgeAttributes>,
): void {
  metric.assign(graph, options as AssignConstraintOptions);
}

/**
 * {@link constraint} on a prebuilt index, as a `Float64Array` in node-id order (`index.keys[id]`
 * is the node): the fast path, with no record built.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link ConstraintIndexedOptions}.
 * @returns The constraint of each node id.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid.
 *
 * @example
 * const index = buildIndex(graph);
 * constraintIndexed(index)[index.id('a1')]; //=> 0.7925000000000002
 */
export function constraintIndexed(index: CsrIndex, options?: ConstraintIndexedOptions): Float64Array {
  return metric.indexed(index, options);
}
