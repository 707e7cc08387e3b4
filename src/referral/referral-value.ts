/**
 * referralValue: the value each person would bring in by word of mouth, and through which ties.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import { coinThresholds, REFERRAL_FIELD as F, REFERRAL_FIELDS, simulateReferral } from '../core/cascade.js';
import { meanAndError, nodeIdList, resolveMonteCarlo, throwIfAborted, type ProgressCallback } from '../core/cascade-options.js';
import { isCsrIndex, tieOfPair, type CsrIndex } from '../core/csr.js';
import { commonNeighborCounts } from '../core/overlap.js';
import { leidenKernel } from '../core/leiden.js';
import { createRng, DEFAULT_SEED, resolveSeedOrRng } from '../core/random.js';
import { undirectedTies } from '../core/undirected-ties.js';
import { InvalidOptionError } from '../errors.js';
import { assertGraphOrIndex } from '../guards.js';
import { nodeLabels, nodeNumbers, type GroupsOption, type NumbersOption } from '../node-data.js';
import { assertEnum, resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { DEFAULT_STRONG_TIE_RULE, strongTieMask, type StrongTieRule } from '../ties/strong-ties.js';
import { DEFAULT_PROBABILITY, slotProbabilities, type ProbabilityOption } from './probability.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/referral/referralValue';

/** The node attribute {@link referralValue} reads values from when `values` is not given. */
const DEFAULT_VALUE_ATTRIBUTE = 'value';

/** How {@link referralValue} decides that a referred person is novel. */
export type ReferralNovelty = 'community' | 'localBridge';

/** Options of {@link referralValue}. */
export interface ReferralValueOptions<EdgeAttributes extends Attributes = Attributes, NodeAttributes extends Attributes = Attributes> {
  /**
   * Each person's value (e.g. lifetime value): a node attribute name, a `Record` or `Map` from node
   * to number, or a getter `(node, attributes) => number`. Only people with a value count when
   * reached (give the people who should not count, such as existing customers, no value); everyone
   * relays. The default attribute `'value'`, when no node carries it, makes every person count 1.
   * [`'value'`]
   */
  values?: NumbersOption<NodeAttributes>;
  /** How a tie's strength becomes its referral probability (see {@link ProbabilityOption}). [`{ min: 0, max: 1, gamma: 1 }`: p = s / s_max] */
  probability?: ProbabilityOption;
  /** Number of Monte Carlo runs per person. [1000] */
  runs?: number;
  /** Seed of the coins (and of the communities when computed); the same seed gives the same result. [42] */
  seed?: number;
  /** A generator of floats in [0, 1), called once to draw the seed (instead of `seed`). [none] */
  rng?: () => number;
  /** The people whose referral value is computed, node keys (the rows of the result). [everyone] */
  nodes?: Iterable<string>;
  /** Which ties are strong (threshold, classifyTies rule, edge attribute or predicate). [`{ method: 'jenks' }`] */
  strongTies?: StrongTieRule<EdgeAttributes>;
  /** Novel reach: people outside the referrer's community (`'community'`), or reached over a path that crossed a local bridge (`'localBridge'`). [`'community'`] */
  novelty?: ReferralNovelty;
  /**
   * With novelty `'community'`: each person's community (group), as a node attribute name, a
   * `Record` or `Map` from node to label (e.g. `communities(graph).partition`), or a getter. Every
   * person needs one. [the communities of `communities(graph, { seed })`]
   */
  groups?: GroupsOption<NodeAttributes>;
  /** Called after each chunk with `{ done, total }` cascades (`nodes` × runs). [none] */
  onProgress?: ProgressCallback;
  /** Aborts between chunks; the promise rejects with `signal.reason`. [none] */
  signal?: AbortSignal;
  /** Threads: `'auto'` (worker threads only when the work is large) or a number (1 = this thread only). [`'auto'`] */
  threads?: number | 'auto';
  /** How to read a tie's strength (attribute name, getter, or `null` for unweighted). [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
}

/** Defaults of {@link referralValue}. */
export const REFERRAL_VALUE_DEFAULTS = Object.freeze({
  values: 'value' as NumbersOption,
  probability: DEFAULT_PROBABILITY as ProbabilityOption,
  runs: 1000,
  seed: DEFAULT_SEED,
  rng: undefined as (() => number) | undefined,
  nodes: undefined as Iterable<string> | undefined,
  strongTies: DEFAULT_STRONG_TIE_RULE as StrongTieRule,
  novelty: 'community' as ReferralNovelty,
  groups: undefined as GroupsOption | undefined,
  onProgress: undefined as ProgressCallback | undefined,
  signal: undefined as AbortSignal | undefined,
  threads: 'auto' as number | 'auto',
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
});

/** Where a person's referred value came from: one of their ties (the first hop of the referral chain). */
export interface ReferralTie {
  /** The contact at the other end of the tie. */
  neighbor: string;
  /** Whether the tie is strong (option `strongTies`). */
  strong: boolean;
  /** Whether the tie is a local bridge (its two ends have no contact in common). */
  localBridge: boolean;
  /** Expected value that arrived through this tie. */
  value: number;
  /** Expected number of people with a value who arrived through this tie. */
  people: number;
}

/** The referral value of one person (see {@link referralValue}). */
export interface PersonReferralValue {
  /** RV_i: the expected total value of the people a cascade from this person reaches (the person excluded). */
  value: number;
  /** Standard error of `value`. */
  standardError: number;
  /** The expected number of people with a value reached (the person excluded): everyone reached when every person counts 1. */
  people: number;
  /** Standard error of `people`. */
  peopleStandardError: number;
  /** The conversion lens (strong ties): the part of the value referred over a strong tie. */
  conversion: {
    /** Expected value of the people whose referring tie (the last hop) is strong. */
    value: number;
    /** Standard error of `value`. */
    standardError: number;
    /** Expected number of those people. */
    people: number;
    /** Expected value of the people reached along a chain of strong ties only (every hop strong). */
    pathValue: number;
    /** Expected number of those people. */
    pathPeople: number;
    /** value / RV_i (`NaN` when RV_i = 0). */
    share: number;
  };
  /** The novelty lens (weak ties): the part of the value that reached beyond the person's circle. */
  novelty: {
    /** Expected value of the people outside the person's community (or reached across a local bridge). */
    value: number;
    /** Standard error of `value`. */
    standardError: number;
    /** Expected number of those people. */
    people: number;
    /** value / RV_i (`NaN` when RV_i = 0). */
    share: number;
  };
  /** Each of the person's ties (out-ties when directed) with what arrived through it, by value (then people) descending. */
  ties: ReferralTie[];
}

/**
 * Referral value: for each person, the expected value of the people that word of mouth started by
 * this person alone would reach (an independent cascade from them), with two lenses side by side:
 * conversion (value arriving over strong ties) and novelty (value reaching beyond the person's own
 * circle), and which of the person's ties the value came through.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   RV_i      = Σ_{j ∈ T, j ≠ i} P_i(j activated) · v_j       T = people with a value, v_j = value
 *   P_i       = independent cascade from {i}, p_uv from the tie strength (see independentCascade)
 *   RV̂_i      = (1/R) Σ_r Σ_{j ∈ A_i^(r) ∩ T, j ≠ i} v_j       SE = sd_r(·) / √R
 *   conversion.value  = E[ Σ v_j over activated j whose activating tie (last hop) is strong ]
 *   conversion.pathValue = E[ Σ v_j over activated j whose whole chain from i is strong ]
 *   novelty.value     = E[ Σ v_j over activated j with community(j) ≠ community(i) ]     ('community')
 *                     = E[ Σ v_j over activated j whose chain crossed a local bridge ]   ('localBridge')
 *   ties[t].value     = E[ Σ v_j over activated j whose chain starts with i's tie t ]    (Σ_t = RV_i)
 *
 * Each activation's chain is the path of ties it travelled in its run (recorded through the parent
 * of every activation): the last hop is the tie of the person who referred j, the first hop is the
 * referrer's own tie. When several active contacts could have referred j in the same round, the
 * one activated first is credited (breadth-first order, then node order), so chains are shortest
 * in hops within the run's live-arc world.
 *
 * @remarks
 * - Reads tie **strengths** (`getEdgeStrength`): they set the referral probability `probability`
 *   (default p = s / s_max, strong ties refer more often: Brown & Reingen 1987) and the strong/weak
 *   split `strongTies` (default Jenks natural breaks, as classifyTies).
 * - Conversion lens: a referral over a strong tie is taken as a converting one (Brown & Reingen
 *   1987; Steén). `conversion.value` counts a person when the tie that reached them is strong
 *   (the rest, value − conversion.value, arrived over a weak last hop); `pathValue` is stricter:
 *   every tie of the chain strong.
 * - Novelty lens (Granovetter 1973; Rajkumar et al. 2022): with `'community'`, communities come
 *   from `groups` (a node attribute, a `Record` or `Map` such as `communities(graph).partition`, or
 *   a getter; every person needs one), else the communities of `communities(graph, { seed })` (Leiden)
 *   (`communities(graph, { seed })`, the same seed as the coins); with `'localBridge'`, a
 *   chain counts once it has used a tie whose two ends have no contact in common (on the undirected
 *   projection for directed graphs). Every tie's `localBridge` flag is reported either way.
 * - `values` (default: the node attribute `'value'`) says who counts and how much: people without
 *   a value count 0 (in `value` and in `people`) but still pass referrals on, so restricting the
 *   count to prospects means giving only prospects a value (e.g. a getter returning `undefined`
 *   for existing customers). When no node carries the default attribute `'value'`, every person
 *   counts 1 and RV_i is the expected number of people reached. An attribute name you give that no
 *   node carries is refused (misspelt). A CsrIndex holds no node attributes: give `values` as a
 *   `Record` or `Map` (without it, the call is refused rather than silently counting people).
 * - `nodes` restricts the rows: whose referral value is computed (everyone still relays and counts).
 * - `rng`, when given, is called once to draw the seed (coins and communities alike).
 * - Common random numbers: run r is the same live-arc world for every person and for an index with
 *   extra ties (coins hash (seed, r, u, v)), so comparing two networks that differ by a tie (as
 *   recommendIntroductions does) compares the same worlds. Same seed → identical results,
 *   whatever `threads`.
 * - Directed graphs: referrals follow arcs; `ties` lists out-ties.
 * - A person with no ties has value 0 (SE 0) and no `ties`. An empty graph gives `{}`.
 * - Complexity: O(|nodes| · R · (reached + their out-slots)); people are split into 16 fixed
 *   chunks, spread over worker threads for large jobs. Local bridges: one triangle listing.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link ReferralValueOptions}.
 * @returns A promise of `{ [person]: PersonReferralValue }` for each person of `nodes`, in that order.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex (the promise rejects).
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link NodeNotFoundError} If a key of `nodes`, `values` or `groups` is not in the graph.
 * @throws {@link InvalidOptionError} If an option is invalid (runs, probability, strongTies, seed and rng both given, an attribute no node carries, a value that is not a finite number, a person without a group, `groups` with novelty `'localBridge'`, a CsrIndex without `values`, …).
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 *
 * @example
 * // Ties weighted by how often people talk; `value` = what each person would spend as a customer.
 * const g = new UndirectedGraph();
 * for (const [name, value] of Object.entries({ ana: 0, ben: 100, cy: 50, dee: 500, eve: 1200, fay: 800, gus: 300 })) g.addNode(name, { value });
 * for (const [u, v, weight] of [['ana', 'ben', 8], ['ana', 'cy', 6], ['ben', 'cy', 7], ['cy', 'dee', 2],
 *   ['dee', 'eve', 5], ['dee', 'fay', 4], ['eve', 'fay', 6], ['ana', 'gus', 2]]) g.addEdge(u, v, { weight });
 * const rv = await referralValue(g, { strongTies: 4, novelty: 'localBridge' });
 * rv.ana.value;              //=> 668.7  (the expected value Ana's word of mouth reaches, ± rv.ana.standardError 29.1)
 * rv.ana.conversion.value;   //=> 479.1  (of which referred over a strong tie)
 * rv.ana.novelty.value;      //=> 520    (reached across a local bridge: cy – dee, or her pendant tie to gus)
 * rv.ana.ties[0];            //=> { neighbor: 'cy', strong: true, localBridge: false, value: 380.55, people: 1.177 }
 *
 * @see independentCascade, influenceMaximization, classifyTies, localBridges
 *
 * References
 * [1] Kempe, D., Kleinberg, J., Tardos, É. (2003). Maximizing the spread of influence through a social
 *     network. KDD 2003, 137–146.
 * [2] Brown, J. J., Reingen, P. H. (1987). Social ties and word-of-mouth referral behavior. Journal of
 *     Consumer Research 14(3):350–362.
 * [3] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [4] Kumar, V., Petersen, J. A., Leone, R. P. (2007). How valuable is word of mouth? Harvard Business
 *     Review 85(10):139–146.
 * [5] Rajkumar, K., Saint-Jacques, G., Bojinov, I., Brynjolfsson, E., Aral, S. (2022). A causal test of
 *     the strength of weak ties. Science 377(6612):1304–1310.
 */
export async function referralValue<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: ReferralValueOptions<EdgeAttributes, NodeAttributes>,
): Promise<Record<string, PersonReferralValue>> {
  assertGraphOrIndex(input, NAME);
  const raw = options as ReferralValueOptions | undefined;
  const opts = resolveOptions(NAME, REFERRAL_VALUE_DEFAULTS, raw);
  const run = resolveMonteCarlo(NAME, { ...opts, seed: resolveSeedOrRng(NAME, raw?.seed, raw?.rng) });
  assertEnum(NAME, 'novelty', opts.novelty, ['community', 'localBridge'] as const);
  if (opts.novelty !== 'community' && opts.groups !== undefined) {
    throw new InvalidOptionError(`${NAME}: option groups applies to novelty 'community', not ${JSON.stringify(opts.novelty)}`, 'groups');
  }
  const graph = input as AbstractGraph | CsrIndex;
  const index = toIndex(graph, raw, NAME);
  const n = index.order;
  const people = opts.nodes === undefined ? Uint32Array.from({ length: n }, (_, v) => v) : nodeIdList(index, opts.nodes, NAME, 'nodes');
  const thresholds = coinThresholds(slotProbabilities(index, opts.probability, NAME));
  const { values, present } = referralValues(graph, index, raw?.values, NAME);
  const { strongSlots, bridgeSlots } = slotClasses(graph, index, opts.strongTies);
  const community = opts.novelty === 'community' ? communityOf(graph, index, opts.groups, run.seed) : null;
  throwIfAborted(run.signal);
  const totals = await simulateReferral(
    {
      n,
      offsets: index.offsets,
      neighbors: index.neighbors,
      thresholds,
      strongSlots,
      bridgeSlots: opts.novelty === 'localBridge' ? bridgeSlots : null,
      community,
      values,
      targets: present,
      people,
    },
    run,
  );
  return tidyResult('referralValue', collectReferral(index, people, totals, strongSlots, bridgeSlots, run.runs));
}

/**
 * @internal
 * The value of each person and who counts (`present`: the people with a value), from the caller's
 * `values` option (`undefined`: the default attribute `'value'`). The default attribute carried by
 * no node makes every person count 1; with a CsrIndex, `values` is required (an index has no
 * attributes, and counting people instead would silently differ from the graph's result).
 */
export function referralValues(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  values: unknown,
  prefix: string,
  option = 'values',
): { values: Float64Array; present: Uint8Array } {
  if (values === undefined) {
    if (isCsrIndex(input)) {
      throw new InvalidOptionError(
        `${prefix}: option ${option} is needed with a CsrIndex, which holds no node attributes (the default reads the attribute 'value'); give ${option} as a Record or Map from node to number`,
        option,
      );
    }
    const graph = input;
    if (!graph.someNode((_node, attributes) => attributes[DEFAULT_VALUE_ATTRIBUTE] !== undefined && attributes[DEFAULT_VALUE_ATTRIBUTE] !== null)) {
      return { values: new Float64Array(index.order).fill(1), present: new Uint8Array(index.order).fill(1) };
    }
    values = DEFAULT_VALUE_ATTRIBUTE;
  }
  const read = nodeNumbers(input, index, values, { option, prefix, missing: 'zero' });
  return { values: read.values, present: read.present };
}

/** Per out-slot of the index: 1 when its tie is strong; 1 when its tie is a local bridge (on the undirected projection). */
function slotClasses(graph: AbstractGraph | CsrIndex, index: CsrIndex, rule: unknown): { strongSlots: Uint8Array; bridgeSlots: Uint8Array } {
  const { strong } = strongTieMask(graph, index, rule, NAME);
  const slots = index.neighbors.length;
  const strongSlots = new Uint8Array(slots);
  for (let p = 0; p < slots; p++) strongSlots[p] = strong[index.slotTies[p]!]!;
  const ties = undirectedTies(index, 'any');
  const common = commonNeighborCounts(ties);
  const bridgeSlots = new Uint8Array(slots);
  for (let u = 0; u < index.order; u++) {
    for (let p = index.offsets[u]!; p < index.offsets[u + 1]!; p++) {
      const t = index.directed ? tieOfPair(ties, u, index.neighbors[p]!) : index.slotTies[p]!;
      if (common[t] === 0) bridgeSlots[p] = 1;
    }
  }
  return { strongSlots, bridgeSlots };
}

/** Community of each node: `groups`, else the seeded Leiden communities (as `communities`). */
function communityOf(graph: AbstractGraph | CsrIndex, index: CsrIndex, groups: unknown, seed: number): Int32Array {
  if (groups !== undefined) return nodeLabels(graph, index, groups, { option: 'groups', prefix: NAME, missing: 'error' }).groupOf;
  return leidenKernel(index, 1, createRng(seed)).communityOf;
}

/** Turns the per-person sums into the result records. */
function collectReferral(
  index: CsrIndex,
  people: Uint32Array,
  totals: Awaited<ReturnType<typeof simulateReferral>>,
  strongSlots: Uint8Array,
  bridgeSlots: Uint8Array,
  R: number,
): Record<string, PersonReferralValue> {
  const out: Record<string, PersonReferralValue> = {};
  const { fields, tieStart, tieValue, tiePeople } = totals;
  for (let k = 0; k < people.length; k++) {
    const i = people[k]!;
    const o = REFERRAL_FIELDS * k;
    const [value, standardError] = meanAndError(fields[o + F.value]!, fields[o + F.value2]!, R);
    const [peopleMean, peopleStandardError] = meanAndError(fields[o + F.people]!, fields[o + F.people2]!, R);
    const [strongValue, strongError] = meanAndError(fields[o + F.strongValue]!, fields[o + F.strongValue2]!, R);
    const [novelValue, novelError] = meanAndError(fields[o + F.novelValue]!, fields[o + F.novelValue2]!, R);
    const ties: ReferralTie[] = [];
    const start = index.offsets[i]!;
    for (let q = tieStart[k]!; q < tieStart[k + 1]!; q++) {
      const p = start + (q - tieStart[k]!);
      ties.push({
        neighbor: index.keys[index.neighbors[p]!]!,
        strong: strongSlots[p] === 1,
        localBridge: bridgeSlots[p] === 1,
        value: tieValue[q]! / R,
        people: tiePeople[q]! / R,
      });
    }
    // Stable sort: equal ties keep the adjacency (node id) order.
    ties.sort((a, b) => b.value - a.value || b.people - a.people);
    setOwn(out, index.keys[i]!, {
      value,
      standardError,
      people: peopleMean,
      peopleStandardError,
      conversion: {
        value: strongValue,
        standardError: strongError,
        people: fields[o + F.strongPeople]! / R,
        pathValue: fields[o + F.pathValue]! / R,
        pathPeople: fields[o + F.pathPeople]! / R,
        share: value === 0 ? Number.NaN : strongValue / value,
      },
      novelty: {
        value: novelValue,
        standardError: novelError,
        people: fields[o + F.novelPeople]! / R,
        share: value === 0 ? Number.NaN : novelValue / value,
      },
      ties,
    });
  }
  return out;
}
