/**
 * introductionPaths: the warmest chains of introductions from one person to another.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidOptionError, show } from '../errors.js';
import { toIndex } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { inSlotToOutSlot, inSlotValues, YEN_BOTTLENECK, YEN_PRODUCT, yenPaths, type YenGraph } from '../core/yen.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertEnum, assertInteger, resolveOptions, type EdgeValueGetter } from '../options.js';
import { DEFAULT_PROBABILITY, slotProbabilities, type ProbabilityOption } from '../referral/probability.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/paths/introductionPaths';

/** What {@link introductionPaths} maximises: the product of tie probabilities, or the weakest one. */
export type IntroductionObjective = 'product' | 'bottleneck';

const OBJECTIVES: readonly IntroductionObjective[] = Object.freeze(['product', 'bottleneck'] as IntroductionObjective[]);

/** Options of {@link introductionPaths}. */
export interface IntroductionPathsOptions<EdgeAttributes extends Attributes = Attributes> {
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** How many paths to return, best first (Yen's algorithm). [3] */
  limit?: number;
  /** `'product'` maximises Π p_e (the chance every introduction along the chain happens); `'bottleneck'` maximises the weakest p_e. [`'product'`] */
  objective?: IntroductionObjective;
  /** How a tie's strength becomes the probability that it carries the introduction (see {@link ProbabilityOption}). [p = s / s_max] */
  probability?: ProbabilityOption;
  /** Ties weaker than this strength are dormant and not used (as tiesFromInteractions' `dormantBelow`). [0: every tie] */
  dormantBelow?: number;
  /** Longest chain, in hops. [`Infinity`] */
  maxHops?: number;
}

/** Defaults of {@link introductionPaths}. */
export const INTRODUCTION_PATHS_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  limit: 3,
  objective: 'product' as IntroductionObjective,
  probability: DEFAULT_PROBABILITY as ProbabilityOption,
  dormantBelow: 0,
  maxHops: Infinity,
});

/** One tie of an {@link IntroductionPath}, in the direction of travel. */
export interface IntroductionTie {
  /** The person who makes this introduction. */
  source: string;
  /** The person introduced to. */
  target: string;
  /** The tie's merged strength. */
  strength: number;
  /** The probability that the tie carries the introduction (from `probability`). */
  probability: number;
}

/** A chain of introductions returned by {@link introductionPaths}. */
export interface IntroductionPath {
  /** The people along the chain, `source` first and `target` last. */
  path: string[];
  /** Π p_e over the ties: the chance that every introduction along the chain happens (1 for the zero-hop path). */
  probability: number;
  /** min p_e over the ties: the weakest link's probability (1 for the zero-hop path). */
  weakestLink: number;
  /** Number of ties (path.length − 1). */
  hops: number;
  /** The ties in order. */
  ties: IntroductionTie[];
}

/**
 * The `limit` warmest chains of introductions from `source` to `target`: simple paths ranked by the chance
 * that every introduction along them happens (or by their weakest link), with Yen's algorithm.
 *
 * Formulas (plain text, so they render in IDE hovers):
 *
 *   p_e  = probability(s_e, s_max)            by default s_e / s_max (the strongest tie: 1)
 *   product objective:    maximise P(path) = Π_e p_e   ⇔   minimise Σ_e −ln p_e
 *   bottleneck objective: maximise W(path) = min_e p_e (the widest path)
 *   Ties between paths: fewer hops first, then the larger P, then the node sequence that comes
 *   first in the graph's node order, compared position by position.
 *
 * @remarks
 * - Reads tie **strengths**; a tie's probability comes from the `probability` option, the same
 *   rule as independentCascade and referralValue. Ties with p = 0 are never used; ties with
 *   p = 1 cost nothing (−ln 1 = 0).
 * - `weakestLink` is the smallest tie **probability** on the path (not the strength); with the
 *   default p = s / s_max it is the weakest strength divided by s_max. Each tie's strength is in `ties`.
 * - Costs within a relative 1e-10 count as equal (as in the shortest-path centralities), so
 *   products that differ only by rounding tie and fall to the hop and node-order rules. Bottleneck
 *   ties are common (many paths share the weakest tie): the rule picks the shortest, then the warmest.
 * - `source === target` returns the zero-hop path `[source]` with probability 1 and weakestLink 1.
 *   Unreachable (or cut off by `dormantBelow` or `maxHops`): `[]`.
 * - Directed graphs follow arcs (an introduction goes from source to target of an arc).
 *   Self-loops are ignored; parallel edges are merged by summing their strengths.
 * - `dormantBelow` drops ties with strength < dormantBelow (dormant ties, docs/metrics.md), the
 *   same rule as tiesFromInteractions' option of that name.
 * - Complexity: one search over the whole graph from `target` (Dijkstra for `'product'`, widest
 *   path for `'bottleneck'`), O(m + n log n); then Yen's spur searches run as A* searches
 *   guided by it, which mostly settle little more than the path they find (the results are
 *   exactly those of plain Yen). Worst case O(limit·L·(m + n log n)) for paths of up to L hops, plus
 *   O(h·m) for a search whose best path breaks a binding `maxHops` h. About 0.2 s (`'product'`)
 *   and 0.3 s (`'bottleneck'`) per call with limit = 5 on 100,000 people and 1,000,000 ties.
 * - Parity: NetworkX 2.8.8 `shortest_simple_paths(G, source, target, weight=−ln(s / s_max))`, first
 *   five paths and products, relative tolerance 1e-9, on the shared fixtures. NetworkX orders
 *   equal-cost paths arbitrarily; the golden tests apply the tie rule above to NetworkX's complete
 *   set of paths at each cost level.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param source The person who wants the introduction.
 * @param target The person to be introduced to.
 * @param options The {@link IntroductionPathsOptions}.
 * @returns Up to `limit` paths, best first.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link NodeNotFoundError} If `source` or `target` is not in the graph.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid, or `getEdgeStrength` is an attribute name or a getter with an index (`null` works), or names an attribute no edge carries.
 *
 * @example
 * // the "org" graph of docs/metrics.md: a1–a2 3, a1–a3 2, a2–a3 1, a3–b1 1, b1–b2 4, b2–c1 1, a2–b2 1
 * introductionPaths(org, 'a1', 'c1', { limit: 2 }).map((p) => [p.path.join(' → '), p.probability]);
 * //=> [ [ 'a1 → a2 → b2 → c1', 0.046875 ], [ 'a1 → a3 → b1 → b2 → c1', 0.03125 ] ]
 *
 * @see recommendIntroductions, independentCascade
 *
 * References
 * [1] Yen, J. Y. (1971). Finding the k shortest loopless paths in a network. Management Science 17(11):712–716.
 * [2] Granovetter, M. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 */
export function introductionPaths<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  source: string,
  target: string,
  options?: IntroductionPathsOptions<EdgeAttributes>,
): IntroductionPath[] {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, INTRODUCTION_PATHS_DEFAULTS, options as IntroductionPathsOptions | undefined);
  assertInteger(NAME, 'limit', opts.limit, 1);
  assertEnum(NAME, 'objective', opts.objective, OBJECTIVES);
  assertDormantBelow(opts.dormantBelow);
  if (opts.maxHops !== Infinity) assertInteger(NAME, 'maxHops', opts.maxHops, 1);
  const index = toIndex(input as AbstractGraph | CsrIndex, options as IntroductionPathsOptions | undefined, NAME);
  const from = index.id(source, NAME);
  const to = index.id(target, NAME);
  const p = slotProbabilities(index, opts.probability, NAME);
  // A number or a { min, max, gamma } curve gives p from the tie's strength alone, the same both ways.
  const symmetric = !index.directed && (typeof opts.probability === 'number' || typeof opts.probability === 'object');
  const graph = introductionGraph(index, p, opts.dormantBelow, symmetric);
  const objective = opts.objective === 'bottleneck' ? YEN_BOTTLENECK : YEN_PRODUCT;
  const found = yenPaths(graph, from, to, opts.limit, opts.maxHops, objective);
  return tidyResult('introductionPaths', found.map((path) => describePath(index, p, path.nodes, path.slots)));
}

/** @internal Throws unless `dormantBelow` is a finite number ≥ 0. */
function assertDormantBelow(value: unknown): asserts value is number {
  if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
    throw new InvalidOptionError(`${NAME}: option dormantBelow must be a finite number ≥ 0; got ${show(value)}`, 'dormantBelow');
  }
}

/**
 * @internal
 * The Yen graph of warm paths: cost −ln p and width p per out-slot; ties with p = 0 or strength
 * below `dormantBelow` are unusable (cost ∞, width 0). `symmetric`: the graph is undirected and
 * p is the same both ways along every tie, so the in-slot costs are the out-slot arrays
 * themselves (otherwise they are gathered, O(n + m) with random access).
 */
export function introductionGraph(index: CsrIndex, p: Float64Array, dormantBelow: number, symmetric = false): YenGraph {
  const slots = index.neighbors.length;
  const cost = new Float64Array(slots);
  const width = new Float64Array(slots);
  const strengths = index.strengths;
  for (let slot = 0; slot < slots; slot++) {
    const q = p[slot]!;
    if (q > 0 && strengths[slot]! >= dormantBelow) {
      cost[slot] = q === 1 ? 0 : -Math.log(q);
      width[slot] = q;
    } else {
      cost[slot] = Infinity;
      width[slot] = 0;
    }
  }
  const { order, offsets, neighbors, inOffsets, inNeighbors } = index;
  const inToOut = symmetric ? null : inSlotToOutSlot(order, offsets, neighbors, inOffsets);
  return {
    order,
    offsets,
    neighbors,
    inOffsets,
    inNeighbors,
    cost,
    width,
    inCost: inToOut === null ? cost : inSlotValues(inToOut, cost),
    inWidth: inToOut === null ? width : inSlotValues(inToOut, width),
  };
}

/** @internal Keys, product, weakest link and ties of a path given as node ids and out-slots. */
export function describePath(index: CsrIndex, p: Float64Array, nodes: readonly number[], slots: readonly number[]): IntroductionPath {
  const keys = index.keys;
  const ties: IntroductionTie[] = [];
  let probability = 1;
  let weakestLink = 1;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const q = p[slot]!;
    probability *= q;
    if (q < weakestLink) weakestLink = q;
    ties.push({ source: keys[nodes[i]!]!, target: keys[nodes[i + 1]!]!, strength: index.strengths[slot]!, probability: q });
  }
  return { path: nodes.map((v) => keys[v]!), probability, weakestLink, hops: slots.length, ties };
}
