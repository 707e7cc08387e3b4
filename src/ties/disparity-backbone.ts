/**
 * disparityBackbone: the multiscale backbone of a weighted network (Serrano, Boguñá & Vespignani
 * 2009), the ties that are significant for at least one of their two people.
 *
 * @module
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { csrFromEdges, isCsrIndex, type CsrIndex } from '../core/csr.js';
import { compensatedSum } from '../core/summation.js';
import { InvalidOptionError, show } from '../errors.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertAttributeName, resolveOptions, type EdgeValueGetter } from '../options.js';
import { disparityValues, tieOfEdge } from './disparity-filter.js';

const NAME = 'tiestrength/ties/disparityBackbone';

/** Options of {@link disparityBackbone}. */
export interface DisparityBackboneOptions<EdgeAttributes extends Attributes = Attributes> {
  /** The significance level: a tie is kept when its disparity score is below it. In (0, 1]. [`0.05`] */
  alpha?: number;
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** The edge attribute of the backbone graph that receives each kept tie's score. [`'disparity'`] */
  attribute?: string;
}

/** Defaults of {@link disparityBackbone}. */
export const DISPARITY_BACKBONE_DEFAULTS = Object.freeze({
  alpha: 0.05,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  attribute: 'disparity',
});

/** What the backbone kept, common to both result shapes of {@link disparityBackbone}. */
export interface DisparityBackboneCounts {
  /** The significance level used. */
  alpha: number;
  /** Ties kept (score < alpha). */
  kept: number;
  /** Ties dropped (score ≥ alpha). */
  dropped: number;
  /** Share of the total (merged) strength carried by the kept ties; `NaN` with no ties. */
  strengthKept: number;
}

/** The result of {@link disparityBackbone} on a graph. */
export interface DisparityBackbone extends DisparityBackboneCounts {
  /** The backbone: an UndirectedGraph or DirectedGraph (simple), every node, the kept ties. */
  graph: UndirectedGraph | DirectedGraph;
}

/** The result of {@link disparityBackbone} on a {@link CsrIndex}. */
export interface DisparityBackboneIndex extends DisparityBackboneCounts {
  /** The backbone as an index over the same nodes (same ids), holding the kept ties. */
  index: CsrIndex;
  /** The score of each kept tie, aligned with the backbone index's tie arrays. */
  disparity: Float64Array;
}

/**
 * Disparity backbone: keeps the ties whose disparity score ({@link disparityFilter}) is below α,
 * that is, the ties carrying a share of at least one endpoint's strength that a random split of
 * that strength would give with probability below α. Unlike a global strength threshold it keeps
 * the important ties of weak and strong people alike, across every scale of strength.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   keep i–j  ⇔  min(α_ij, α_ji) < α        α_ij = (1 − w_ij / s_i)^(k_i − 1)
 *   (directed arc i→j: α^out from i's out-ties, α^in from j's in-ties; see disparityFilter)
 *
 * @remarks
 * - Reads tie **strengths** (`getEdgeStrength`), never distances.
 * - Every node is kept, including those left without ties (and isolates of the input), so node
 *   counts and node-level comparisons stay aligned with the input.
 * - Graph input: a new `UndirectedGraph` or `DirectedGraph` (same direction as the input, simple
 *   even when the input is a multigraph) with every node's attributes copied. Each kept tie becomes
 *   one edge, keyed and oriented as the first graphology edge of the tie, with that edge's
 *   attributes copied, the tie's merged strength written back to the strength attribute
 *   (`getEdgeStrength`'s attribute name, or `weight` when it is a getter; nothing when it is
 *   `null`), and its score in `attribute`. Self-loops are not ties and are never kept.
 * - Index input: a new {@link CsrIndex} over the same nodes and ids, with the kept ties, and their
 *   scores aligned with its tie arrays.
 * - A degree-1 endpoint scores 1, so an isolated dyad is never kept and a leaf's tie is kept only
 *   when it matters to the other end. `alpha: 1` keeps every tie scoring below 1.
 * - `score < α` is strict: a score equal to α is dropped. Scores that are exactly round numbers
 *   are computed exactly (see {@link disparityFilter}), so the golden backbones, decided in exact
 *   rational arithmetic, are reproduced at α = 0.05, 0.2 and 0.5.
 * - `kept + dropped` is the number of merged ties. Complexity: O(n + m).
 * - graphology-metrics has no backbone (only the scores); this is the missing filter (graphology#289).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link DisparityBackboneOptions}.
 * @returns The backbone graph (or index) and what was kept: {@link DisparityBackbone} or {@link DisparityBackboneIndex}.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If `alpha` is not in (0, 1], another option is unknown or
 *   invalid, `getEdgeStrength` names an attribute that no edge carries, or is an attribute or
 *   getter with an index.
 *
 * @example
 * const graph = new UndirectedGraph();
 * graph.mergeEdgeWithKey('ab', 'a', 'b', { weight: 8 });
 * graph.mergeEdgeWithKey('ac', 'a', 'c', { weight: 1 });
 * graph.mergeEdgeWithKey('ad', 'a', 'd', { weight: 1 });
 * graph.mergeEdgeWithKey('cd', 'c', 'd', { weight: 1 });
 * const { graph: backbone, kept, dropped, strengthKept } = disparityBackbone(graph, { alpha: 0.05 });
 * backbone.edges();                //=> ['ab']
 * backbone.getEdgeAttributes('ab'); //=> { weight: 8, disparity: 0.04000000000000001 }
 * [kept, dropped, strengthKept];   //=> [1, 3, 0.7272727272727273]
 *
 * @see disparityFilter
 *
 * References
 * [1] Serrano, M. Á., Boguñá, M., Vespignani, A. (2009). Extracting the multiscale backbone of
 *     complex weighted networks. PNAS 106(16):6483–6488. doi:10.1073/pnas.0808904106
 */
export function disparityBackbone<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: DisparityBackboneOptions<EdgeAttributes>,
): DisparityBackbone;
export function disparityBackbone(input: CsrIndex, options?: DisparityBackboneOptions): DisparityBackboneIndex;
export function disparityBackbone<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: DisparityBackboneOptions<EdgeAttributes>,
): DisparityBackbone | DisparityBackboneIndex;
export function disparityBackbone(
  input: AbstractGraph | CsrIndex,
  options?: DisparityBackboneOptions,
): DisparityBackbone | DisparityBackboneIndex {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, DISPARITY_BACKBONE_DEFAULTS, options);
  const alpha = opts.alpha;
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha <= 1)) {
    throw new InvalidOptionError(`${NAME}: option alpha must be a number in (0, 1]; got ${show(alpha)}`, 'alpha');
  }
  assertAttributeName(NAME, 'attribute', opts.attribute);
  const strengthOption = options?.getEdgeStrength === undefined ? undefined : { getEdgeStrength: options.getEdgeStrength };
  const { index, scores } = disparityValues(input, strengthOption, NAME);
  const attribute = opts.attribute;
  const keep = new Uint8Array(index.size);
  let kept = 0;
  for (let t = 0; t < index.size; t++) {
    if (scores[t]! < alpha) {
      keep[t] = 1;
      kept++;
    }
  }
  const counts = { alpha, kept, dropped: index.size - kept, strengthKept: strengthShare(index.tieStrengths, keep, kept) };
  if (isCsrIndex(input)) return { ...counts, ...backboneIndex(index, scores, keep, kept) };
  const getter = opts.getEdgeStrength;
  const strengthAttribute = getter === null ? null : typeof getter === 'string' ? getter : 'weight';
  return { ...counts, graph: backboneGraph(input, index, scores, keep, attribute, strengthAttribute) };
}

/** Σ kept strengths / Σ all strengths (compensated), `NaN` with no ties. */
function strengthShare(strengths: Float64Array, keep: Uint8Array, kept: number): number {
  if (strengths.length === 0) return Number.NaN;
  const keptStrengths = new Float64Array(kept);
  for (let t = 0, k = 0; t < strengths.length; t++) if (keep[t] === 1) keptStrengths[k++] = strengths[t]!;
  return compensatedSum(keptStrengths) / compensatedSum(strengths);
}

/** The kept ties as a new index over the same node ids (the kept ties stay in tie order). */
function backboneIndex(index: CsrIndex, scores: Float64Array, keep: Uint8Array, kept: number) {
  const sources = new Uint32Array(kept);
  const targets = new Uint32Array(kept);
  const strengths = new Float64Array(kept);
  const distances = index.tieDistances ? new Float64Array(kept) : null;
  const disparity = new Float64Array(kept);
  for (let t = 0, k = 0; t < index.size; t++) {
    if (keep[t] !== 1) continue;
    sources[k] = index.tieSources[t]!;
    targets[k] = index.tieTargets[t]!;
    strengths[k] = index.tieStrengths[t]!;
    if (distances) distances[k] = index.tieDistances![t]!;
    disparity[k++] = scores[t]!;
  }
  const keys = index.keys.slice();
  const idOf = new Map<string, number>();
  for (let v = 0; v < keys.length; v++) idOf.set(keys[v]!, v);
  const backbone = csrFromEdges({
    directed: index.directed,
    weighted: index.weighted,
    keys,
    idOf,
    m: kept,
    sources,
    targets,
    strengths,
    distances,
    strengthRule: 'sum',
  });
  // Ties already sorted by (source, target) and distinct, so the new tie ids follow the kept order.
  return { index: backbone, disparity };
}

/** The kept ties as a new simple graph with every node (see the remarks of disparityBackbone). */
function backboneGraph(
  graph: AbstractGraph,
  index: CsrIndex,
  scores: Float64Array,
  keep: Uint8Array,
  attribute: string,
  strengthAttribute: string | null,
): UndirectedGraph | DirectedGraph {
  const backbone = index.directed ? new DirectedGraph() : new UndirectedGraph();
  graph.forEachNode((node, attributes) => {
    backbone.addNode(node, { ...attributes });
  });
  const added = new Uint8Array(index.size);
  graph.forEachEdge((edge, attributes, source, target) => {
    const t = tieOfEdge(index, source, target);
    if (t < 0 || keep[t] !== 1 || added[t] === 1) return;
    added[t] = 1;
    const copy: Record<string, unknown> = { ...attributes };
    if (strengthAttribute !== null) copy[strengthAttribute] = index.tieStrengths[t];
    copy[attribute] = scores[t];
    backbone.addEdgeWithKey(edge, source, target, copy);
  });
  return backbone;
}
