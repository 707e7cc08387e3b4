/**
 * moderatelyWeakTies: a person's ties that are neither among their strongest nor among their very
 * weakest (Rajkumar et al. 2022).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { egoContacts, type EgoContacts } from '../core/ego.js';
import { midRanks } from '../core/rank.js';
import { InvalidOptionError, show } from '../errors.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertEnum, resolveOptions, type EdgeValueGetter } from '../options.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/ties/moderatelyWeakTies';

/** What ranks a person's ties in {@link moderatelyWeakTies}: mutual contacts (`'embeddedness'`) or `'strength'`. */
export type TieWeaknessMeasure = 'embeddedness' | 'strength';

const MEASURES: readonly TieWeaknessMeasure[] = Object.freeze(['embeddedness', 'strength'] as TieWeaknessMeasure[]);

/** Options of {@link moderatelyWeakTies}. */
export interface ModeratelyWeakTiesOptions<EdgeAttributes extends Attributes = Attributes> {
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** Rank the person's ties by their number of mutual contacts (`'embeddedness'`) or by their `'strength'`. [`'embeddedness'`] */
  measure?: TieWeaknessMeasure;
  /** The closed band [lo, hi] of per-person percentiles to keep, 0 ≤ lo ≤ hi ≤ 1. [`[0.25, 0.5]`] */
  band?: readonly [number, number];
}

/** Defaults of {@link moderatelyWeakTies}. */
export const MODERATELY_WEAK_TIES_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  measure: 'embeddedness' as TieWeaknessMeasure,
  band: Object.freeze([0.25, 0.5]) as readonly [number, number],
});

/** One tie returned by {@link moderatelyWeakTies}. */
export interface ModeratelyWeakTie {
  /** The contact at the other end of the tie. */
  contact: string;
  /** Mutual contacts n_ij = |N(i) ∩ N(j)| of the person and the contact. */
  embeddedness: number;
  /** Merged strength of the tie (a_ij + a_ji for directed graphs). */
  strength: number;
  /** Mid-rank percentile of the tie among the person's ties by `measure`, in (0, 1). */
  percentile: number;
}

/**
 * The "moderately weak" ties of one person: those whose per-person percentile of mutual contacts
 * (or of strength) falls in a band, after Rajkumar et al. (2022), who found on LinkedIn that
 * moderately weak ties, measured by mutual connections, transmit the most job opportunities.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   x_ij = n_ij = |N(i) ∩ N(j)|  (measure 'embeddedness')   or   x_ij = w_ij  (measure 'strength')
 *   P_ij = ( #{q ∈ N(i) : x_iq < x_ij} + ½ · #{q ∈ N(i) : x_iq = x_ij} ) / k_i        mid-rank percentile
 *   selected: { j ∈ N(i) : lo ≤ P_ij ≤ hi }
 *   N(i) = in- ∪ out-neighbours of i, k_i = |N(i)|, w_ij = a_ij + a_ji (directed) or a_ij.
 *
 * @remarks
 * - Percentiles are **per person**, so "weak" is relative to the person's own ties (a manager's
 *   weak ties may have more mutual contacts than a newcomer's strong ones). Ties with equal
 *   values share their mid-rank percentile, so they are kept or dropped together. Percentiles
 *   lie in (0, 1): k distinct values give 1/(2k), 3/(2k), …; a single tie gets 0.5.
 * - Default `band: [0.25, 0.5]`, the second quartile: weaker than the person's median tie, but
 *   not among their weakest quarter. The literature leaves the band open and Rajkumar et al. report a
 *   curve, not a cut-off; we read "moderately weak" literally. With `measure: 'strength'` the
 *   paper found the weakest ties most useful, so `band: [0, 0.25]` is the paper's reading there.
 *   No curve is hard-coded; pass a band per segment (industry, department) as needed.
 * - Directed graphs run on the undirected projection (docs/metrics.md): contacts in ∪ out,
 *   strength a_ij + a_ji, mutual contacts counted in ∪ out. Self-loops ignored; parallel edges
 *   summed. Unweighted (`getEdgeStrength: null`): every strength is 1, so with
 *   `measure: 'strength'` every tie gets 0.5.
 * - Result: the selected ties sorted by percentile ascending (the weakest first), then by the
 *   other measure ascending, then by the contact's position in the graph. An isolated person
 *   returns `[]`.
 * - Complexity: O(n + m) to index the graph, then O(Σ_{j ∈ N(i)} deg(j)); pass a prebuilt
 *   {@link CsrIndex} when asking for many people.
 * - Parity: embeddedness equals {@link embeddedness} (NetworkX `common_neighbors`); the
 *   percentile is SciPy's `percentileofscore(kind='mean') / 100`, i.e.
 *   (`rankdata(method='average')` − ½) / k.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param node The person whose ties are ranked.
 * @param options The {@link ModeratelyWeakTiesOptions}.
 * @returns The selected ties, each with its contact, embeddedness, strength and percentile.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link NodeNotFoundError} If `node` is not in the graph.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If `measure` or `band` is invalid, an option is unknown, or
 *   `getEdgeStrength` names an attribute that no edge carries, or is an attribute or getter with an index.
 *
 * @example
 * // a is tied to b (strength 5), c (1), d (3), e (3); b–c, b–d, c–d and d–e are tied too.
 * const graph = new UndirectedGraph();
 * for (const [u, v, weight] of [['a', 'b', 5], ['a', 'c', 1], ['a', 'd', 3], ['a', 'e', 3], ['b', 'c', 1], ['b', 'd', 1], ['c', 'd', 1], ['d', 'e', 1]]) {
 *   graph.mergeEdge(u, v, { weight });
 * }
 * // Mutual contacts with a: b 2, c 2, d 3, e 1 → percentiles 0.5, 0.5, 0.875, 0.125.
 * moderatelyWeakTies(graph, 'a');
 * //=> [ { contact: 'c', embeddedness: 2, strength: 1, percentile: 0.5 },
 * //     { contact: 'b', embeddedness: 2, strength: 5, percentile: 0.5 } ]
 * moderatelyWeakTies(graph, 'a', { measure: 'strength' });
 * //=> [ { contact: 'e', embeddedness: 1, strength: 3, percentile: 0.5 },
 * //     { contact: 'd', embeddedness: 3, strength: 3, percentile: 0.5 } ]
 *
 * @see embeddedness, classifyTies, diversityBandwidth
 *
 * References
 * [1] Rajkumar, K., Saint-Jacques, G., Bojinov, I., Brynjolfsson, E., & Aral, S. (2022). A causal test of the strength of weak ties. Science 377(6612):1304–1310. doi:10.1126/science.abl4476
 * [2] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380. doi:10.1086/225469
 */
export function moderatelyWeakTies<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  node: string,
  options?: ModeratelyWeakTiesOptions<EdgeAttributes>,
): ModeratelyWeakTie[] {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, MODERATELY_WEAK_TIES_DEFAULTS, options as ModeratelyWeakTiesOptions | undefined);
  assertEnum(NAME, 'measure', opts.measure, MEASURES);
  const [lo, hi] = assertBand(opts.band);
  const index = toIndex(input as AbstractGraph | CsrIndex, options as ModeratelyWeakTiesOptions | undefined, NAME);
  const ego = index.id(node, NAME);
  const contacts = egoContacts(index);
  const { embeddedness, percentile } = tiePercentilesKernel(contacts, ego, opts.measure);
  const start = contacts.offsets[ego]!;
  const selected: { tie: ModeratelyWeakTie; other: number; id: number }[] = [];
  for (let a = 0; a < percentile.length; a++) {
    const p = percentile[a]!;
    if (p < lo || p > hi) continue;
    const id = contacts.neighbors[start + a]!;
    const strength = contacts.strengths[start + a]!;
    const e = embeddedness[a]!;
    selected.push({
      tie: { contact: index.keys[id]!, embeddedness: e, strength, percentile: p },
      other: opts.measure === 'embeddedness' ? strength : e,
      id,
    });
  }
  selected.sort((x, y) => x.tie.percentile - y.tie.percentile || x.other - y.other || x.id - y.id);
  return tidyResult('moderatelyWeakTies', selected.map((s) => s.tie));
}

function assertBand(band: unknown): [number, number] {
  if (
    Array.isArray(band) &&
    band.length === 2 &&
    typeof band[0] === 'number' &&
    typeof band[1] === 'number' &&
    band[0] >= 0 &&
    band[0] <= band[1] &&
    band[1] <= 1
  ) {
    return [band[0], band[1]];
  }
  throw new InvalidOptionError(`${NAME}: option band must be [lo, hi] with 0 ≤ lo ≤ hi ≤ 1; got ${show(band)}`, 'band');
}

/**
 * @internal
 * For one ego, aligned with its contact list in `c`: the embeddedness n_ij of each tie and the
 * mid-rank percentile of each tie among the ego's ties by `measure`. Empty arrays for an isolate.
 * O(n) for the marker array, then O(Σ_{j ∈ N(i)} deg(j) + k).
 */
export function tiePercentilesKernel(
  c: EgoContacts,
  ego: number,
  measure: TieWeaknessMeasure,
): { embeddedness: Uint32Array; percentile: Float64Array } {
  const { offsets, neighbors, strengths } = c;
  const start = offsets[ego]!;
  const k = offsets[ego + 1]! - start;
  const embeddedness = new Uint32Array(k);
  if (k === 0) return { embeddedness, percentile: new Float64Array(0) };
  const mark = new Uint8Array(c.order);
  for (let a = 0; a < k; a++) mark[neighbors[start + a]!] = 1;
  for (let a = 0; a < k; a++) {
    const j = neighbors[start + a]!;
    let common = 0;
    for (let s = offsets[j]!, end = offsets[j + 1]!; s < end; s++) common += mark[neighbors[s]!]!;
    embeddedness[a] = common;
  }
  const ranks = midRanks(measure === 'embeddedness' ? embeddedness : strengths.subarray(start, start + k));
  const percentile = new Float64Array(k);
  for (let a = 0; a < k; a++) percentile[a] = (ranks[a]! - 0.5) / k;
  return { embeddedness, percentile };
}
