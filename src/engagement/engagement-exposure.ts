/**
 * engagementExposure: how engaged the colleagues around each person are, weighted by tie strength,
 * with disengaged colleagues weighing more (negativity bias).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { egoContacts, type EgoContacts } from '../core/ego.js';
import { metricPrefixes, refuseAttribute, splitAttribute } from '../define-metric.js';
import { InvalidOptionError, show } from '../errors.js';
import { assertGraph, assertGraphOrIndex } from '../guards.js';
import { nodeNumbers, type NumbersOption } from '../node-data.js';
import { assertEnum, resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { tidyResult } from '../tidy/brand.js';

const PREFIXES = metricPrefixes('engagement', 'engagementExposure');

/** What {@link engagementExposure} does with a colleague who has no engagement score: `'skip'` (count in `unscored`) or `'error'`. */
export type MissingEngagement = 'skip' | 'error';

const MISSING: readonly MissingEngagement[] = Object.freeze(['skip', 'error'] as MissingEngagement[]);

/** Options of {@link engagementExposure}. */
export interface EngagementExposureOptions<EdgeAttributes extends Attributes = Attributes, NodeAttributes extends Attributes = Attributes> {
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /**
   * Each person's engagement score: a node attribute name, a `Record` or `Map` from node to score
   * (the forms a CsrIndex accepts), or a getter `(node, attributes) => score`. A person without a
   * score is handled by `missing`. [`'engagement'`, the node attribute]
   */
  engagement?: NumbersOption<NodeAttributes>;
  /**
   * **Required.** The score below which a colleague counts as disengaged (scores ≥ it are
   * engaged), on your survey's scale: e.g. 3 on a 1–5 scale, 7 on a 0–10 scale. [none]
   */
  engagementThreshold?: number;
  /** How many times more a disengaged colleague weighs than an engaged one at the same tie strength: a finite number > 0 (1 = no negativity bias). [`2`] */
  negativityWeight?: number;
  /** A colleague without a score: `'skip'` (left out of the exposure, counted in `unscored`) or `'error'` (every person must have a score). [`'skip'`] */
  missing?: MissingEngagement;
}

/** Options of {@link assignEngagementExposure}. */
export interface AssignEngagementExposureOptions<EdgeAttributes extends Attributes = Attributes, NodeAttributes extends Attributes = Attributes>
  extends EngagementExposureOptions<EdgeAttributes, NodeAttributes> {
  /** The node attribute receiving `exposure`. [`'engagementExposure'`] */
  attribute?: string;
}

/**
 * Defaults of {@link engagementExposure} and {@link assignEngagementExposure} (`attribute` is read
 * by the latter only). `engagementThreshold` has no default: it must be given.
 */
export const ENGAGEMENT_EXPOSURE_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  engagement: 'engagement' as NumbersOption,
  engagementThreshold: undefined as number | undefined,
  negativityWeight: 2 as number,
  missing: 'skip' as MissingEngagement,
  attribute: 'engagementExposure' as string,
});

/** One person's result in {@link engagementExposure}. */
export interface EngagementExposure {
  /** Negativity-weighted, strength-weighted mean score of the person's scored colleagues; `NaN` if none is scored. */
  exposure: number;
  /** `exposure − engagementThreshold`: > 0 when engaged colleagues outweigh disengaged ones, < 0 when disengaged ones dominate. */
  balance: number;
  /** The strength-weighted mean score of the scored colleagues without negativity weighting (`negativityWeight` 1); `NaN` if none. */
  meanEngagement: number;
  /** Number of distinct colleagues (contacts; in ∪ out for directed graphs). */
  contacts: number;
  /** Colleagues with a score ≥ `engagementThreshold`. */
  engaged: number;
  /** Colleagues with a score < `engagementThreshold`. */
  disengaged: number;
  /** Colleagues without a score (skipped): customers, people who did not answer the survey. */
  unscored: number;
  /** engaged / (engaged + disengaged); `NaN` if no colleague is scored. */
  engagedShare: number;
  /** disengaged / (engaged + disengaged); `NaN` if no colleague is scored. */
  disengagedShare: number;
  /** Share of the tie strength to scored colleagues that goes to disengaged ones; `NaN` if no colleague is scored. */
  disengagedStrengthShare: number;
}

/**
 * Engagement exposure: the engagement of the colleagues around each person, weighted by how
 * strong the ties are, with disengaged colleagues weighing `negativityWeight` times more, so that
 * one disengaged colleague offsets two engaged ones (the default weight 2).
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   X_i = Σ_{j ∈ S(i)} λ_j w_ij e_j / Σ_{j ∈ S(i)} λ_j w_ij          exposure
 *   λ_j = negativityWeight if e_j < θ, else 1                       θ = engagementThreshold
 *   balance_i = X_i − θ = Σ_j λ_j w_ij (e_j − θ) / Σ_j λ_j w_ij
 *   meanEngagement_i = Σ_{j ∈ S(i)} w_ij e_j / Σ_{j ∈ S(i)} w_ij
 *   e_j = j's engagement score; S(i) = i's contacts that have a score; w_ij = a_ij + a_ji (directed) or a_ij.
 *
 * "Offsets" is literal in the balance: with equal tie strengths, one colleague d below the
 * threshold and λ colleagues d above it give balance 0 (X = θ); one colleague 1 below and two 1
 * above on a 1–5 scale with θ = 3: X = (2·2 + 4 + 4) / (2 + 1 + 1) = 3.
 *
 * @remarks
 * - `engagementThreshold` is required: engagement scales differ (0–1, 1–5 Likert, 0–10, Gallup's Q12
 *   grand mean), and a default on the wrong scale would silently classify everybody as engaged
 *   or disengaged. Scores may be any finite numbers (negative too).
 * - X stays on the score's own scale, between the lowest and highest colleague score; it is the
 *   strength-weighted mean pulled towards the disengaged colleagues. `negativityWeight: 1` gives
 *   the plain strength-weighted mean (`meanEngagement`).
 * - Scores come from option `engagement`: the node attribute `'engagement'` by default, or a
 *   `Record`, a `Map` or a getter `(node, attributes) => score`; with a CsrIndex, a `Record` or
 *   `Map`. An attribute that no node carries, and a key that is not a node, are refused.
 * - The person's own score is not used (exposure is about the people around them).
 * - Colleagues without a score are skipped and counted in `unscored` (`missing: 'skip'`, default:
 *   in a company-plus-customers graph the customers have no score), or refused with
 *   `missing: 'error'`. Nothing is dropped silently: shares are over scored colleagues, and a
 *   graph where nobody has a score (a misspelt attribute, an empty record) is refused.
 * - Reads tie **strengths** (`getEdgeStrength`); scaling every strength by c > 0 changes
 *   nothing (every output is a ratio of strengths or a count). Directed graphs: colleagues are in- ∪ out-neighbours with strength
 *   a_ij + a_ji (docs/metrics.md). Self-loops ignored; parallel edges summed.
 * - A person without scored colleagues (an isolate, or only customers as contacts): exposure,
 *   balance, meanEngagement and the shares `NaN`; counts 0 (or the unscored count).
 * - Complexity: O(n + m).
 * - Parity: no peer library computes this; hand-computed tests pin it.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex} (then give `engagement` as a Record or Map).
 * @param options The {@link EngagementExposureOptions}; `engagementThreshold` is required.
 * @returns Each person's {@link EngagementExposure}, keyed by node.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link NodeNotFoundError} If `engagement` names a node that is not in the graph.
 * @throws {@link InvalidOptionError} If `engagementThreshold` is missing or not finite,
 *   `negativityWeight` is not a finite number > 0, a score is not a finite number, a score is
 *   missing with `missing: 'error'`, nobody has a score (a misspelt attribute or an empty record),
 *   `engagement` is an attribute name or a getter with an index, `attribute` is given (it belongs
 *   to assignEngagementExposure), or an option is unknown.
 *
 * @example
 * // a is tied to b (strength 2, score 4), c (1, score 2) and d (1, score 4); scale 1–5.
 * const graph = new UndirectedGraph();
 * graph.addNode('a');
 * for (const [node, engagement] of [['b', 4], ['c', 2], ['d', 4]]) graph.addNode(node, { engagement });
 * graph.addEdge('a', 'b', { weight: 2 });
 * graph.addEdge('a', 'c', { weight: 1 });
 * graph.addEdge('a', 'd', { weight: 1 });
 * engagementExposure(graph, { engagementThreshold: 3 }).a;
 * //=> { exposure: 3.2, balance: 0.20000000000000018, meanEngagement: 3.5, contacts: 3, engaged: 2,
 * //     disengaged: 1, unscored: 0, engagedShare: 0.6666666666666666,
 * //     disengagedShare: 0.3333333333333333, disengagedStrengthShare: 0.25 }
 *
 * @see diversityBandwidth
 *
 * References
 * [1] Baumeister, R. F., Bratslavsky, E., Finkenauer, C., & Vohs, K. D. (2001). Bad is stronger than good. Review of General Psychology 5(4):323–370. doi:10.1037/1089-2680.5.4.323
 * [2] Felps, W., Mitchell, T. R., & Byington, E. (2006). How, when, and why bad apples spoil the barrel: negative group members and dysfunctional groups. Research in Organizational Behavior 27:175–222.
 * [3] Bakker, A. B., & Xanthopoulou, D. (2009). The crossover of daily work engagement. Journal of Applied Psychology 94(6):1562–1571.
 */
export function engagementExposure<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EngagementExposureOptions<EdgeAttributes, NodeAttributes>,
): Record<string, EngagementExposure> {
  const prefix = PREFIXES.compute;
  assertGraphOrIndex(input, prefix);
  refuseAttribute(options, prefix, PREFIXES.assign);
  const { index, result, threshold } = exposures(input as AbstractGraph | CsrIndex, options as EngagementExposureOptions | undefined, prefix);
  const out: Record<string, EngagementExposure> = {};
  const { exposure, meanEngagement, contacts, engaged, disengaged, unscored, disengagedStrengthShare } = result;
  for (let i = 0; i < index.order; i++) {
    const scored = engaged[i]! + disengaged[i]!;
    setOwn(out, index.keys[i]!, {
      exposure: exposure[i]!,
      balance: exposure[i]! - threshold,
      meanEngagement: meanEngagement[i]!,
      contacts: contacts[i]!,
      engaged: engaged[i]!,
      disengaged: disengaged[i]!,
      unscored: unscored[i]!,
      engagedShare: scored === 0 ? Number.NaN : engaged[i]! / scored,
      disengagedShare: scored === 0 ? Number.NaN : disengaged[i]! / scored,
      disengagedStrengthShare: disengagedStrengthShare[i]!,
    });
  }
  return tidyResult('engagementExposure', out);
}

/**
 * Writes each person's {@link engagementExposure} `exposure` as a node attribute (`attribute`,
 * default `'engagementExposure'`; `NaN` for a person without scored colleagues).
 *
 * @param graph The graphology graph to read and write.
 * @param options The {@link AssignEngagementExposureOptions}; `engagementThreshold` is required.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link NodeNotFoundError} If `engagement` names a node that is not in the graph.
 * @throws {@link InvalidOptionError} If an option is missing or invalid (see
 *   {@link engagementExposure}), or `attribute` is not a usable attribute name.
 *
 * @example
 * assignEngagementExposure(graph, { engagementThreshold: 3 });
 * graph.getNodeAttribute('a', 'engagementExposure'); //=> 3.2
 */
export function assignEngagementExposure<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignEngagementExposureOptions<EdgeAttributes, NodeAttributes>,
): void {
  const prefix = PREFIXES.assign;
  assertGraph(graph, prefix);
  const { attribute, rest } = splitAttribute(
    options as AssignEngagementExposureOptions | undefined,
    ENGAGEMENT_EXPOSURE_DEFAULTS.attribute,
    prefix,
  );
  const { index, result } = exposures(graph as AbstractGraph, rest, prefix);
  index.assign(graph, attribute, result.exposure);
}

function exposures(input: AbstractGraph | CsrIndex, options: EngagementExposureOptions | undefined, prefix: string) {
  const opts = resolveOptions(prefix, ENGAGEMENT_EXPOSURE_DEFAULTS, options);
  const { engagementThreshold: threshold, negativityWeight } = opts;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) {
    throw new InvalidOptionError(
      `${prefix}: option engagementThreshold is required: the engagement score below which a colleague counts as disengaged, ` +
        `on your scale (e.g. 3 on a 1–5 scale); got ${show(threshold)}`,
      'engagementThreshold',
    );
  }
  if (typeof negativityWeight !== 'number' || !(negativityWeight > 0) || negativityWeight === Infinity) {
    throw new InvalidOptionError(`${prefix}: option negativityWeight must be a finite number > 0; got ${show(negativityWeight)}`, 'negativityWeight');
  }
  assertEnum(prefix, 'missing', opts.missing, MISSING);
  const index = toIndex(input, options, prefix);
  const scores = nodeNumbers(input, index, opts.engagement, {
    option: 'engagement',
    prefix,
    missing: opts.missing === 'error' ? 'error' : 'nan',
  });
  if (index.order > 0 && scores.missingCount === index.order) {
    // An empty record or map, or a getter that scores nobody: not a company where nobody answered.
    throw new InvalidOptionError(`${prefix}: option engagement gives nobody a score; give each person's score`, 'engagement');
  }
  const result = engagementExposureKernel(egoContacts(index), scores.values, scores.present, threshold, negativityWeight);
  return { index, result, threshold };
}

/** @internal Per-node outputs of {@link engagementExposureKernel}. */
export interface EngagementExposureValues {
  exposure: Float64Array;
  meanEngagement: Float64Array;
  contacts: Uint32Array;
  engaged: Uint32Array;
  disengaged: Uint32Array;
  unscored: Uint32Array;
  disengagedStrengthShare: Float64Array;
}

/**
 * @internal
 * Exposure of every node to its contacts' scores (see {@link engagementExposure}); `present[j]`
 * tells whether j has a score. Sums use Neumaier compensation. O(n + m).
 */
export function engagementExposureKernel(
  c: EgoContacts,
  scores: Float64Array,
  present: Uint8Array,
  threshold: number,
  negativityWeight: number,
): EngagementExposureValues {
  const n = c.order;
  const { offsets, neighbors, strengths } = c;
  const exposure = new Float64Array(n);
  const meanEngagement = new Float64Array(n);
  const contacts = new Uint32Array(n);
  const engaged = new Uint32Array(n);
  const disengaged = new Uint32Array(n);
  const unscored = new Uint32Array(n);
  const disengagedStrengthShare = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    contacts[i] = end - start;
    let up = 0; // engaged / disengaged counts
    let down = 0;
    let skip = 0;
    // Neumaier sums: weighted numerator / denominator, plain numerator / denominator, disengaged strength.
    let wn = 0, wnc = 0, wd = 0, wdc = 0, pn = 0, pnc = 0, pd = 0, pdc = 0, ds = 0, dsc = 0;
    for (let s = start; s < end; s++) {
      const j = neighbors[s]!;
      if (present[j] === 0) {
        skip++;
        continue;
      }
      const w = strengths[s]!;
      const e = scores[j]!;
      let lw = w;
      if (e < threshold) {
        down++;
        lw = negativityWeight * w;
        const t = ds + w;
        dsc += ds >= w ? ds - t + w : w - t + ds;
        ds = t;
      } else {
        up++;
      }
      let x = lw * e;
      let t = wn + x;
      wnc += Math.abs(wn) >= Math.abs(x) ? wn - t + x : x - t + wn;
      wn = t;
      t = wd + lw;
      wdc += wd >= lw ? wd - t + lw : lw - t + wd;
      wd = t;
      x = w * e;
      t = pn + x;
      pnc += Math.abs(pn) >= Math.abs(x) ? pn - t + x : x - t + pn;
      pn = t;
      t = pd + w;
      pdc += pd >= w ? pd - t + w : w - t + pd;
      pd = t;
    }
    engaged[i] = up;
    disengaged[i] = down;
    unscored[i] = skip;
    if (up + down === 0) {
      exposure[i] = Number.NaN;
      meanEngagement[i] = Number.NaN;
      disengagedStrengthShare[i] = Number.NaN;
      continue;
    }
    exposure[i] = (wn + wnc) / (wd + wdc);
    meanEngagement[i] = (pn + pnc) / (pd + pdc);
    disengagedStrengthShare[i] = (ds + dsc) / (pd + pdc);
  }
  return { exposure, meanEngagement, contacts, engaged, disengaged, unscored, disengagedStrengthShare };
}
