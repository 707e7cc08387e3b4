/**
 * dyadicConstraint: Burt's dyadic (local) constraint of one person on each of their contacts.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { BURT_MODELS, dyadicConstraintKernel, egoContacts, type BurtModel } from '../core/ego.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertEnum, resolveOptions, setOwn, type EdgeValueGetter, type NodeMetric } from '../options.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/brokerage/dyadicConstraint';

/** Options of {@link dyadicConstraint}. */
export interface DyadicConstraintOptions<EdgeAttributes extends Attributes = Attributes> {
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** `'whole'` normalises alters over all their ties (NetworkX, igraph); `'ego'` over the ego network only (UCINET's ego model). [`'whole'`] */
  model?: BurtModel;
}

/** Defaults of {@link dyadicConstraint}. */
export const DYADIC_CONSTRAINT_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  model: 'whole' as BurtModel,
});

/**
 * Dyadic constraint: how much each of a person's contacts constrains them, directly (the share
 * of the person's time and energy spent on that contact) and indirectly (through the person's
 * other contacts who are themselves invested in it). Summed over the contacts it gives
 * {@link constraint}; its spread gives {@link hierarchy}.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   c_ij = ( p_ij + Σ_{q ∈ N(i), q ≠ i,j} p_iq · p_qj )²          j ∈ N(i)
 *   p_ij = (a_ij + a_ji) / Σ_{k ∈ N(i)} (a_ik + a_ki)             proportional strength
 *   a_ij = strength of the tie from i to j (0 if absent); N(i) = in- ∪ out-neighbours of i
 *   Model 'ego': for an alter q, p_qj = (a_qj + a_jq) / Σ_{k ∈ E_i \ {q}} (a_qk + a_kq), E_i = {i} ∪ N(i).
 *
 * @remarks
 * - Reads tie **strengths** (`getEdgeStrength`), never distances; scale-invariant.
 * - Returns one entry per contact j ∈ N(i), in- ∪ out-neighbours for directed graphs (strength
 *   a_ij + a_ji). An isolated person returns `{}`. Self-loops ignored; parallel edges summed.
 * - c_ij ≥ p_ij² > 0, and c_ij can exceed 1 (a–b 1, b–c 1, a–c 10: c_ba = c_bc = 0.911).
 * - Costs O(n + m) to index the graph plus O(Σ_{q ∈ N(i)} deg(q)) for the node; pass a prebuilt
 *   {@link CsrIndex} when asking for many people.
 * - Parity: NetworkX 2.8.8 `local_constraint(G, i, j, weight)` (relative tolerance 1e-9).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param node The person i whose constraint is broken down.
 * @param options The {@link DyadicConstraintOptions}.
 * @returns c_ij keyed by contact j.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link NodeNotFoundError} If `node` is not in the graph.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid, `getEdgeStrength` names an attribute no edge carries, or an attribute name or getter is given with an index.
 *
 * @example
 * const graph = new UndirectedGraph();
 * graph.mergeEdge('a1', 'a2', { weight: 3 });
 * graph.mergeEdge('a1', 'a3', { weight: 2 });
 * graph.mergeEdge('a2', 'a3', { weight: 1 });
 * graph.mergeEdge('a3', 'b1', { weight: 1 });
 * dyadicConstraint(graph, 'a1');
 * //=> { a2: 0.4900000000000001, a3: 0.30250000000000005 }   (sum: constraint(graph).a1 = 0.7925)
 *
 * @see constraint, hierarchy
 *
 * References
 * [1] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard University Press.
 * [2] Burt, R. S. (2004). Structural holes and good ideas. American Journal of Sociology 110(2):349–399.
 */
export function dyadicConstraint<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  node: string,
  options?: DyadicConstraintOptions<EdgeAttributes>,
): NodeMetric {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, DYADIC_CONSTRAINT_DEFAULTS, options as DyadicConstraintOptions | undefined);
  assertEnum(NAME, 'model', opts.model, BURT_MODELS);
  const index = toIndex(input as AbstractGraph | CsrIndex, options as DyadicConstraintOptions | undefined, NAME);
  const id = index.id(node, NAME);
  const contacts = egoContacts(index);
  const values = dyadicConstraintKernel(contacts, id, opts.model);
  const out: NodeMetric = {};
  const start = contacts.offsets[id]!;
  for (let a = 0; a < values.length; a++) setOwn(out, index.keys[contacts.neighbors[start + a]!]!, values[a]!);
  return tidyResult('nodeMetric', out, 'dyadicConstraint');
}
