/**
 * recommendIntroductions: whom a person should be introduced to, ranked by what the new tie
 * would do for their brokerage, reach or referral value.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidOptionError, show } from '../errors.js';
import { toIndex } from '../core/build-index.js';
import { nodeIdList } from '../core/cascade-options.js';
import type { CsrIndex } from '../core/csr.js';
import { egoContacts } from '../core/ego.js';
import { summarize } from '../core/quantiles.js';
import { DEFAULT_SEED, resolveRng, resolveSeedOrRng } from '../core/random.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertEnum, assertInteger, resolveOptions, type EdgeValueGetter } from '../options.js';
import { DEFAULT_PROBABILITY, slotProbabilities, type ProbabilityOption } from '../referral/probability.js';
import {
  constraintScratch,
  constraintWithTie,
  introductionCandidates,
  reachGain,
  type IntroductionCandidates,
  reachScratch,
  reachTwo,
} from './introduction-gains.js';
import { referralValueChanges, type ReferralValueSettings } from './referral-value-gain.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/recommend/recommendIntroductions';

/** What {@link recommendIntroductions} ranks candidates by. */
export type RecommendObjective = 'constraint' | 'reach' | 'referralValue';

const OBJECTIVES: readonly RecommendObjective[] = Object.freeze(['constraint', 'reach', 'referralValue'] as RecommendObjective[]);

/** Options of {@link recommendIntroductions}. */
export interface RecommendIntroductionsOptions<EdgeAttributes extends Attributes = Attributes, NodeAttributes extends Attributes = Attributes> {
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** `'constraint'` ranks by the fall of the person's Burt constraint (brokerage gained), `'reach'` by new people within two steps, `'referralValue'` by the rise of expected referral value (simulated). [`'constraint'`] */
  objective?: RecommendObjective;
  /** How many recommendations to return. [10] */
  limit?: number;
  /** The people to choose among (node keys); only those 2…`maxHops` hops away and not yet a contact are ranked. [everyone] */
  candidates?: Iterable<string>;
  /** Strength of the new tie: a number > 0, or `'median'` for the median merged tie strength of the graph (1 when unweighted). [`'median'`] */
  newTieStrength?: number | 'median';
  /** Farthest candidate, in hops (candidates are at distance 2…maxHops). [3] */
  maxHops?: number;
  /** Tie strength → probability, for the warmth of the introduction chain and for referral value (see {@link ProbabilityOption}); s_max stays the original graph's, so a new tie stronger than all others counts as the strongest. [p = s / s_max] */
  probability?: ProbabilityOption;
  /** Options passed to referralValue with objective `'referralValue'`: `values`, `runs`, `threads`. [`{}`] */
  referralValue?: ReferralValueSettings<NodeAttributes>;
  /** Seed of the referral simulations (objective `'referralValue'`), the same with and without the new tie. [42] */
  seed?: number;
  /** A generator of floats in [0, 1), called once to draw that seed (instead of `seed`). [none] */
  rng?: () => number;
  /** Called after each candidate simulated (objective `'referralValue'` only). */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Aborts the simulations (objective `'referralValue'`); the promise rejects with `signal.reason`. */
  signal?: AbortSignal;
}

/** Defaults of {@link recommendIntroductions}. */
export const RECOMMEND_INTRODUCTIONS_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  objective: 'constraint' as RecommendObjective,
  limit: 10,
  candidates: undefined as Iterable<string> | undefined,
  newTieStrength: 'median' as number | 'median',
  maxHops: 3,
  probability: DEFAULT_PROBABILITY as ProbabilityOption,
  referralValue: Object.freeze({}) as ReferralValueSettings,
  seed: DEFAULT_SEED,
  rng: undefined as (() => number) | undefined,
  onProgress: undefined as ((progress: { done: number; total: number }) => void) | undefined,
  signal: undefined as AbortSignal | undefined,
});

/** A value before and after the introduction. */
export interface IntroductionChange {
  /** Without the new tie. */
  before: number;
  /** With the new tie. */
  after: number;
  /** after − before. */
  change: number;
}

/** What the new tie does for one of its two ends. */
export interface EndpointChanges {
  /** Burt's aggregate constraint (lower = more brokerage). */
  constraint: IntroductionChange;
  /** Number of people within two steps (divide by n − 1 for the normalised 2-step reach). */
  reach: IntroductionChange;
  /** Expected referral value (objective `'referralValue'` only; otherwise `null`). */
  referralValue: IntroductionChange | null;
}

/** One recommended introduction. */
export interface IntroductionRecommendation {
  /** The person to meet. */
  candidate: string;
  /** The ranking value: −Δconstraint, Δreach or Δreferral value of the person. */
  gain: number;
  /** Hops from the person (`node`) to the candidate now. */
  distance: number;
  /** The person's contact who starts the warmest shortest chain to the candidate (for distance 2: the best common contact). */
  through: string;
  /** Π p along that chain: the chance the introduction happens. */
  introductionProbability: number;
  /** Changes for the person. */
  forPerson: EndpointChanges;
  /** Changes for the candidate. */
  forCandidate: EndpointChanges;
}

/**
 * Whom should `node` be introduced to? Ranks the people 2…`maxHops` hops away by what a new
 * tie would do for the person: the fall of Burt's constraint (new brokerage), the new people
 * within two steps (reach), or the rise of expected referral value. Unlike link prediction, which
 * recommends closing triangles (and so raises constraint), this rewards opening new ground.
 *
 * Formulas (plain text, so they render in IDE hovers), for a new tie person u – candidate w of
 * strength s (mutual strength s, or 2s for a directed graph where both arcs are added):
 *
 *   constraint:    gain = −ΔC_u = C_u(G) − C_u(G + uw)       Burt, model 'whole'
 *   reach:         gain = ΔR₂(u) = |({w} ∪ N⁺(w)) \ (R₂(u) ∪ {u})|     R₂ = people within 2 steps
 *   referralValue: gain = RV_u(G + uw) − RV_u(G)              same seed: common random numbers
 *   through(w)     = argmax over shortest chains u → v → … → w of Π p_e; its first hop v
 *
 * @remarks
 * - Candidates: people at distance 2…`maxHops` hops from the person along arcs who are not
 *   already a contact in either direction (and, with `candidates`, among those people). A person
 *   without contacts gets `[]`.
 * - Both ends are reported (`forPerson`, `forCandidate`): constraint and reach always (they are
 *   cheap), referral value with objective `'referralValue'`.
 * - `newTieStrength` has no literature default (docs/metrics.md): `'median'` uses the
 *   median merged tie strength, i.e. a typical tie; pass a number to model a strong or weak one.
 * - Directed graphs: the introduction adds both arcs u → w and w → u with the new strength (an
 *   introduction is mutual); constraint reads in ∪ out with a_uw + a_wu, reach follows arcs.
 * - Ranking: gain descending, then introductionProbability descending, then distance, then node order.
 * - Referral value calls the library's `referralValue` on the index with and without the tie,
 *   with the same `seed`, so that both see the same live-edge worlds (common random numbers):
 *   the difference has far less noise than two independent estimates. One simulation per
 *   candidate: cost = candidates × referralValue's cost; use `maxHops` 2, `candidates` or
 *   `onProgress`. `seed` (or one draw of `rng`) seeds every simulation of the call.
 *   `referralValue.values` works as referralValue's `values`: only people with a value count;
 *   the default attribute `'value'` carried by no node counts every person 1; with a CsrIndex
 *   give a `Record` or `Map`.
 * - Complexity (constraint, reach): O(n + m) plus O(Σ_{q ∈ N(u) ∪ N(w) ∪ {w}} deg(q)) per candidate w.
 * - Correctness: each Δ equals a full recomputation on the graph with the tie added (tested
 *   against `constraint` and a breadth-first search).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param node The person to recommend introductions for.
 * @param options The {@link RecommendIntroductionsOptions}.
 * @returns A promise of up to `limit` recommendations, best first.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex (the promise rejects).
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link NodeNotFoundError} If `node`, or one of `candidates`, is not in the graph.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid (seed and rng both given, an attribute no node carries, …), or `getEdgeStrength` is an attribute or getter with an index.
 *
 * @example
 * // the "org" graph of docs/metrics.md (median tie strength 1)
 * const [top] = await recommendIntroductions(org, 'a1');
 * top.candidate;                  //=> 'c1'
 * top.gain;                       //=> 0.20456666666666656 (constraint 0.7604 → 0.5558)
 * top.through;                    //=> 'a2' (a1 → a2 → b2 → c1, probability 0.046875)
 * top.forCandidate.constraint;    //=> { before: 1, after: 0.5, change: -0.5 }
 * (await recommendIntroductions(org, 'a1', { objective: 'reach' })).map((r) => [r.candidate, r.gain]);
 * //=> [ [ 'b2', 1 ], [ 'c1', 1 ], [ 'b1', 0 ] ]
 * (await recommendIntroductions(org, 'a1', { objective: 'reach', candidates: ['c1', 'b1'] })).map((r) => [r.candidate, r.gain]);
 * //=> [ [ 'c1', 1 ], [ 'b1', 0 ] ]
 *
 * @see introductionPaths, constraint, referralValue
 *
 * References
 * [1] Burt, R. S. (1992). Structural Holes. Harvard University Press.
 * [2] Granovetter, M. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [3] Liben-Nowell, D., & Kleinberg, J. (2007). The link-prediction problem for social networks. JASIST 58(7):1019–1031.
 */
export async function recommendIntroductions<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  node: string,
  options?: RecommendIntroductionsOptions<EdgeAttributes, NodeAttributes>,
): Promise<IntroductionRecommendation[]> {
  assertGraphOrIndex(input, NAME);
  const raw = options as RecommendIntroductionsOptions | undefined;
  const opts = resolveOptions(NAME, RECOMMEND_INTRODUCTIONS_DEFAULTS, raw);
  assertEnum(NAME, 'objective', opts.objective, OBJECTIVES);
  assertInteger(NAME, 'limit', opts.limit, 1);
  assertInteger(NAME, 'maxHops', opts.maxHops, 2);
  // The seed matters only to the simulations; otherwise seed and rng are validated, rng not called.
  const seed = opts.objective === 'referralValue' ? resolveSeedOrRng(NAME, raw?.seed, raw?.rng) : (resolveRng(NAME, raw?.seed, raw?.rng), 0);
  if (opts.newTieStrength !== 'median' && !(typeof opts.newTieStrength === 'number' && opts.newTieStrength > 0 && Number.isFinite(opts.newTieStrength))) {
    throw new InvalidOptionError(`${NAME}: option newTieStrength must be a finite number > 0 or 'median'; got ${show(opts.newTieStrength)}`, 'newTieStrength');
  }
  const index = toIndex(input as AbstractGraph | CsrIndex, raw, NAME);
  const u = index.id(node, NAME);
  const allowed = opts.candidates === undefined ? null : candidateMask(index, opts.candidates);
  const p = slotProbabilities(index, opts.probability, NAME);
  const strength = opts.newTieStrength === 'median' ? medianStrength(index) : opts.newTieStrength;
  const rows = structuralChanges(index, p, u, opts.maxHops, strength, allowed);
  let rv: { person: IntroductionChange; candidate: IntroductionChange }[] | null = null;
  if (opts.objective === 'referralValue') {
    rv = await referralValueChanges(input as AbstractGraph | CsrIndex, index, u, rows.map((r) => r.w), strength, opts.referralValue, {
      prefix: NAME,
      probability: opts.probability,
      seed,
      onProgress: opts.onProgress,
      signal: opts.signal,
    });
  }
  const keys = index.keys;
  const out: (IntroductionRecommendation & { id: number })[] = rows.map((r, c) => {
    const forPerson: EndpointChanges = { constraint: r.personConstraint, reach: r.personReach, referralValue: rv ? rv[c]!.person : null };
    const forCandidate: EndpointChanges = { constraint: r.candidateConstraint, reach: r.candidateReach, referralValue: rv ? rv[c]!.candidate : null };
    const gain =
      opts.objective === 'constraint' ? -r.personConstraint.change : opts.objective === 'reach' ? r.personReach.change : rv![c]!.person.change;
    return {
      id: r.w,
      candidate: keys[r.w]!,
      gain,
      distance: r.distance,
      through: keys[r.through]!,
      introductionProbability: r.probability,
      forPerson,
      forCandidate,
    };
  });
  out.sort(
    (a, b) =>
      b.gain - a.gain || b.introductionProbability - a.introductionProbability || a.distance - b.distance || a.id - b.id,
  );
  return tidyResult('recommendIntroductions', out.slice(0, opts.limit).map(({ id: _id, ...rest }) => rest));
}

/** 1 for each node of `candidates`. */
function candidateMask(index: CsrIndex, candidates: unknown): Uint8Array {
  const mask = new Uint8Array(index.order);
  for (const id of nodeIdList(index, candidates, NAME, 'candidates')) mask[id] = 1;
  return mask;
}

/** @internal The median merged tie strength (1 for a graph without ties). */
export function medianStrength(index: CsrIndex): number {
  if (index.size === 0) return 1;
  return summarize(Float64Array.from(index.tieStrengths)).median;
}

/** @internal One candidate's structural changes. */
interface CandidateRow {
  w: number;
  distance: number;
  through: number;
  probability: number;
  personConstraint: IntroductionChange;
  candidateConstraint: IntroductionChange;
  personReach: IntroductionChange;
  candidateReach: IntroductionChange;
}

/** The candidates of `found` that `allowed` marks (all of them when `allowed` is null). */
function restrict(found: IntroductionCandidates, allowed: Uint8Array | null): IntroductionCandidates {
  if (allowed === null) return found;
  const ids = found.ids;
  const pick = <A extends Uint32Array | Float64Array>(array: A): A => array.filter((_, c) => allowed[ids[c]!] === 1) as A;
  return { ids: pick(found.ids), distance: pick(found.distance), through: pick(found.through), probability: pick(found.probability) };
}

function change(before: number, after: number): IntroductionChange {
  return { before, after, change: after - before };
}

/**
 * @internal
 * Candidates of `u` (within `allowed` when given) with the constraint and reach changes at both
 * ends (in candidate id order).
 */
function structuralChanges(
  index: CsrIndex,
  p: Float64Array,
  u: number,
  maxHops: number,
  strength: number,
  allowed: Uint8Array | null,
): CandidateRow[] {
  const contacts = egoContacts(index);
  const found = restrict(introductionCandidates(index, contacts, p, u, maxHops), allowed);
  const added = index.directed ? 2 * strength : strength; // mutual strength of the new tie
  const cs = constraintScratch(contacts);
  const rs = reachScratch(index.order);
  const personBefore = constraintWithTie(contacts, u, -1, 0, cs);
  const personReachBefore = reachTwo(index, u, rs);
  const rows: CandidateRow[] = [];
  const personReachGains = new Float64Array(found.ids.length);
  for (let c = 0; c < found.ids.length; c++) personReachGains[c] = reachGain(index, found.ids[c]!, rs);
  for (let c = 0; c < found.ids.length; c++) {
    const w = found.ids[c]!;
    const personAfter = constraintWithTie(contacts, u, w, added, cs);
    const candidateBefore = constraintWithTie(contacts, w, -1, 0, cs);
    const candidateAfter = constraintWithTie(contacts, w, u, added, cs);
    const candidateReachBefore = reachTwo(index, w, rs);
    const candidateGain = reachGain(index, u, rs);
    rows.push({
      w,
      distance: found.distance[c]!,
      through: found.through[c]!,
      probability: found.probability[c]!,
      personConstraint: change(personBefore, personAfter),
      candidateConstraint: change(candidateBefore, candidateAfter),
      personReach: change(personReachBefore, personReachBefore + personReachGains[c]!),
      candidateReach: change(candidateReachBefore, candidateReachBefore + candidateGain),
    });
  }
  return rows;
}
