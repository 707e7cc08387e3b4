/**
 * influenceMaximization: the `seedCount` people to start a cascade from to reach the most people (or the
 * most value), by lazy greedy selection (CELF).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import {
  coinThresholds,
  createCoverState,
  marginalGain,
  simulateSingleSeeds,
  type CoverState,
} from '../core/cascade.js';
import { meanAndError, nodeIdList, resolveMonteCarlo, throwIfAborted, type ProgressCallback } from '../core/cascade-options.js';
import type { CsrIndex } from '../core/csr.js';
import { DEFAULT_SEED, resolveSeedOrRng } from '../core/random.js';
import { InvalidOptionError, show } from '../errors.js';
import { assertGraphOrIndex } from '../guards.js';
import type { NumbersOption } from '../node-data.js';
import { resolveOptions, type EdgeValueGetter } from '../options.js';
import { cascadeValues } from './independent-cascade.js';
import { DEFAULT_PROBABILITY, slotProbabilities, type ProbabilityOption } from './probability.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/referral/influenceMaximization';

/** Options of {@link influenceMaximization}. */
export interface InfluenceMaximizationOptions<EdgeAttributes extends Attributes = Attributes, NodeAttributes extends Attributes = Attributes> {
  /** Number of seeds to pick (at most the number of candidates). [5] */
  seedCount?: number;
  /** How a tie's strength becomes its activation probability (see {@link ProbabilityOption}). [`{ min: 0, max: 1, gamma: 1 }`: p = s / s_max] */
  probability?: ProbabilityOption;
  /** Number of Monte Carlo runs (the same runs, i.e. live-arc worlds, score every seed set). [1000] */
  runs?: number;
  /** Seed of the coins (any safe integer); the same seed gives the same seeds. [42] */
  seed?: number;
  /** A generator of floats in [0, 1), called once to draw the seed of the coins (instead of `seed`). [none] */
  rng?: () => number;
  /**
   * Each person's value: maximise the expected activated value instead of reach. A node attribute
   * name, a `Record` or `Map` from node to number, or a getter `(node, attributes) => number`.
   * Each value must be ≥ 0 (CELF's lazy evaluation is exact only for non-negative values). Missing → 0. [none]
   */
  values?: NumbersOption<NodeAttributes>;
  /** The people seeds may be picked from (node keys). [everyone] */
  candidates?: Iterable<string>;
  /** Called with `{ done, total }`: candidates scored in the first pass, then one per seed picked. [none] */
  onProgress?: ProgressCallback;
  /** Aborts between chunks and between picks; the promise rejects with `signal.reason`. [none] */
  signal?: AbortSignal;
  /** Threads for the first pass (scoring every candidate alone): `'auto'` or a number. [`'auto'`] */
  threads?: number | 'auto';
  /** How to read a tie's strength (attribute name, getter, or `null` for unweighted). [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
}

/** Defaults of {@link influenceMaximization}. */
export const INFLUENCE_MAXIMIZATION_DEFAULTS = Object.freeze({
  seedCount: 5,
  probability: DEFAULT_PROBABILITY as ProbabilityOption,
  runs: 1000,
  seed: DEFAULT_SEED,
  rng: undefined as (() => number) | undefined,
  values: undefined as NumbersOption | undefined,
  candidates: undefined as Iterable<string> | undefined,
  onProgress: undefined as ProgressCallback | undefined,
  signal: undefined as AbortSignal | undefined,
  threads: 'auto' as number | 'auto',
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
});

/** One pick of {@link influenceMaximization}. */
export interface InfluenceSeed {
  /** The person picked. */
  node: string;
  /** The marginal gain of the objective when this person joined the seeds: people (or value) newly reached, per run. */
  gain: number;
  /** σ̂ of the seeds picked so far, this one included: expected number of people reached. */
  spread: number;
  /** With values: the expected value reached by the seeds picked so far, this one included. */
  value?: number;
}

/** The result of {@link influenceMaximization}. */
export interface InfluenceMaximizationResult {
  /** The seeds in the order picked, with their marginal gains and the cumulative spread (and value). */
  seeds: InfluenceSeed[];
  /** What was maximised: `'reach'` (expected number of people) or `'value'` (expected value reached). */
  objective: 'reach' | 'value';
  /** σ̂ of all seeds: the expected number of people reached. */
  spread: number;
  /** Standard error of `spread`. */
  spreadStandardError: number;
  /** With values: the expected value reached by all seeds. */
  value?: number;
  /** With values: the standard error of `value`. */
  valueStandardError?: number;
  /** Number of runs. */
  runs: number;
  /** Number of marginal-gain evaluations (candidates scored in the first pass included); plain greedy needs about seedCount × candidates. */
  evaluations: number;
  /**
   * Which strength → probability rule was used: `'strengthCurve'` (`{ min, max, gamma }`, the
   * default p = s / s_max), `'constant'` (a number), `'weightedCascade'` (p = 1 / in-degree) or
   * `'function'`.
   */
  probabilityRule: InfluenceProbabilityRule;
  /**
   * The number of distinct tie strengths (0 for a graph without ties). With `probabilityRule`
   * `'strengthCurve'`, 1 means every tie has p = `max` (1 by default: an unweighted graph floods
   * each seed's whole component); use `probability: 'weightedCascade'` there.
   */
  distinctStrengths: number;
}

/** The kind of `probability` rule an {@link InfluenceMaximizationResult} was computed with. */
export type InfluenceProbabilityRule = 'strengthCurve' | 'constant' | 'weightedCascade' | 'function';

/**
 * Influence maximisation: picks `seedCount` seed people, one at a time, each time the person who adds the
 * most expected reach (or value) to the seeds already picked, under the independent cascade of
 * {@link independentCascade}.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   f(S)      = (1/R) Σ_r |reach_r(S)|             (objective 'reach'), or
 *   f(S)      = (1/R) Σ_r Σ_{j ∈ reach_r(S)} v_j   (objective 'value', with values)
 *   reach_r(S) = people joined to S by live arcs in run r (arc u→v live ⇔ coin(seed, r, u, v) < p_uv)
 *   greedy    S_{t+1} = S_t ∪ { argmax_v f(S_t ∪ {v}) − f(S_t) }
 *
 * @remarks
 * - CELF (Leskovec et al. 2007): marginal gains sit in a max-heap; only the top entry is
 *   re-evaluated when stale, since by submodularity an old gain bounds the new one from above.
 * - Common random numbers: every seed set is scored on the same R live-arc worlds (coins hash
 *   (seed, r, u, v)). The estimate f is then exactly monotone and submodular (a coverage function
 *   over the runs), so CELF picks exactly the seeds plain greedy picks on the same runs, and
 *   (1 − 1/e)·optimum holds for f (Nemhauser, Wolsey & Fisher 1978). Gains in people are exact
 *   integer counts; value gains are float sums.
 * - Ties in gain go to the person who comes first in graph order.
 * - Unweighted graphs: the default `probability` is p = s / s_max, so when every tie has the same
 *   strength (an unweighted graph, or `getEdgeStrength: null`) every p is 1 and the cascade floods
 *   each seed's whole component: the seeds are then one per largest component, whatever the
 *   structure. `probability: 'weightedCascade'` (p = 1 / in-degree, Kempe et al.) is the useful
 *   choice there, or a constant. The result reports `probabilityRule` and `distinctStrengths` so
 *   that a caller can see this case (`'strengthCurve'` with `distinctStrengths` 1).
 * - `values` must be non-negative: a negative value is an {@link InvalidOptionError} naming `values`
 *   (with negative values the objective is not monotone and CELF's lazy bounds do not hold).
 * - `seedCount` larger than the number of candidates picks every candidate. An empty graph returns no seeds.
 * - Seeds' own values count under objective 'value' (they are reached); people without a value
 *   count 0 but still pass the cascade on. `values` takes a node attribute name (graph input), a
 *   `Record` or `Map` from node to number, or a getter; an attribute no node carries is refused.
 * - `candidates` restricts whom the seeds are picked from; everyone still relays the cascade.
 * - `rng`, when given, is called once to draw the seed of the coins (see independentCascade).
 * - Memory: R × n bits for the people reached in each run (1000 runs × 100,000 people = 12.5 MB),
 *   plus O(n + m) per thread for the first pass.
 * - Complexity: the first pass scores every candidate alone. When the candidates are at least an
 *   eighth of the people, it builds each run's live-arc world once and reads every candidate's
 *   reach off the world's strongly connected components (everyone in a component reaches the same
 *   people): O(R·(n + m)) plus searches over the condensation, instead of R cascades per
 *   candidate; with fewer candidates it runs R cascades from each. The runs are spread over worker
 *   threads when large (see `threads`). Each later evaluation runs R cascades that stop at people
 *   already reached. The defaults on SNAP email-Eu-core (1,005 people, 25,571 arcs, every p = 1)
 *   take well under a second (79 s before the component pass); the seeds and counts are the same.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link InfluenceMaximizationOptions}.
 * @returns A promise of the {@link InfluenceMaximizationResult}.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex (the promise rejects).
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link NodeNotFoundError} If a candidate, or a key of `values`, is not in the graph.
 * @throws {@link InvalidOptionError} If an option is invalid (seedCount < 1, runs < 1, a bad probability, seed and rng both given, an attribute no node carries, a negative value, …).
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 *
 * @example
 * const friends = krackhardtHighTech({ relation: 'friendship' });   // 21 managers, 102 arcs
 * const best = await influenceMaximization(friends, { seedCount: 3, probability: 0.2 });
 * best.seeds;
 * //=> [ { node: '17', gain: 8.121, spread: 8.121 },
 * //     { node: '11', gain: 2.348, spread: 10.469 },
 * //     { node: '10', gain: 1.618, spread: 12.087 } ]
 * best.evaluations;  //=> 42   (21 first-pass scores + 21 lazy re-evaluations; plain greedy: 21 + 20 + 19)
 * (await independentCascade(friends, ['17', '11', '10'], { probability: 0.2 })).expectedReach;  //=> 12.087 (same runs)
 *
 * @see independentCascade, referralValue
 *
 * References
 * [1] Kempe, D., Kleinberg, J., Tardos, É. (2003). Maximizing the spread of influence through a social
 *     network. KDD 2003, 137–146.
 * [2] Leskovec, J., Krause, A., Guestrin, C., Faloutsos, C., VanBriesen, J., Glance, N. (2007).
 *     Cost-effective outbreak detection in networks. KDD 2007, 420–429.
 * [3] Nemhauser, G. L., Wolsey, L. A., Fisher, M. L. (1978). An analysis of approximations for
 *     maximizing submodular set functions. Mathematical Programming 14:265–294.
 */
export async function influenceMaximization<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: InfluenceMaximizationOptions<EdgeAttributes, NodeAttributes>,
): Promise<InfluenceMaximizationResult> {
  assertGraphOrIndex(input, NAME);
  const raw = options as InfluenceMaximizationOptions | undefined;
  const opts = resolveOptions(NAME, INFLUENCE_MAXIMIZATION_DEFAULTS, raw);
  const run = resolveMonteCarlo(NAME, { ...opts, seed: resolveSeedOrRng(NAME, raw?.seed, raw?.rng) });
  if (typeof opts.seedCount !== 'number' || !Number.isInteger(opts.seedCount) || opts.seedCount < 1) {
    throw new InvalidOptionError(`${NAME}: option seedCount must be an integer ≥ 1; got ${show(opts.seedCount)}`, 'seedCount');
  }
  const index = toIndex(input as AbstractGraph | CsrIndex, raw, NAME);
  const candidates =
    opts.candidates === undefined
      ? Uint32Array.from({ length: index.order }, (_, v) => v)
      : nodeIdList(index, opts.candidates, NAME, 'candidates').sort();
  const thresholds = coinThresholds(slotProbabilities(index, opts.probability, NAME));
  const withValues = opts.values !== undefined;
  const values = withValues ? cascadeValues(input as AbstractGraph | CsrIndex, index, opts.values, NAME) : null;
  if (values !== null) {
    for (let v = 0; v < values.length; v++) {
      if (!(values[v]! >= 0)) {
        throw new InvalidOptionError(
          `${NAME}: option values must be ≥ 0 (CELF is exact for non-negative values only); node ${show(index.keys[v])} has ${show(values[v])}`,
          'values',
        );
      }
    }
  }
  throwIfAborted(run.signal);
  const k = Math.min(opts.seedCount, candidates.length);
  const total = candidates.length + k;
  const onProgress = run.onProgress;
  const first = await simulateSingleSeeds(index, thresholds, candidates, values, {
    ...run,
    onProgress: onProgress && ((p) => onProgress({ done: p.done, total })),
  });
  const state = createCoverState(index.order, run.runs);
  const picks = await celf(index, thresholds, values, run.seedKey, state, candidates, first, k, (done) => onProgress?.({ done: candidates.length + done, total }), run.signal);
  const R = run.runs;
  const seeds: InfluenceSeed[] = [];
  let reachSum = 0;
  let valueSum = 0;
  for (const pick of picks.order) {
    reachSum += pick.reach;
    valueSum += pick.value;
    const seed: InfluenceSeed = { node: index.keys[pick.node]!, gain: (withValues ? pick.value : pick.reach) / R, spread: reachSum / R };
    if (withValues) seed.value = valueSum / R;
    seeds.push(seed);
  }
  const perRun = coveredPerRun(state, values);
  const [spread, spreadStandardError] = meanAndError(perRun.reach[0], perRun.reach[1], R);
  const result: InfluenceMaximizationResult = {
    seeds,
    objective: withValues ? 'value' : 'reach',
    spread,
    spreadStandardError,
    runs: R,
    evaluations: candidates.length + picks.evaluations,
    probabilityRule: probabilityRule(opts.probability),
    distinctStrengths: new Set(index.tieStrengths).size,
  };
  if (withValues) [result.value, result.valueStandardError] = meanAndError(perRun.value[0], perRun.value[1], R);
  return tidyResult('influenceMaximization', result);
}

/** The kind of a (validated) `probability` option. */
function probabilityRule(probability: unknown): InfluenceProbabilityRule {
  if (typeof probability === 'number') return 'constant';
  if (probability === 'weightedCascade') return 'weightedCascade';
  if (typeof probability === 'function') return 'function';
  return 'strengthCurve';
}

/** The seeds CELF picked, with their gains summed over runs, and how many re-evaluations it made. */
interface CelfPicks {
  order: { node: number; reach: number; value: number }[];
  evaluations: number;
}

/**
 * CELF over a max-heap of candidates ordered by (gain desc, node id asc). `round[c]` is the number
 * of seeds picked when c's gain was computed; a top entry computed in the current round is picked,
 * a stale one is re-evaluated and sifted down.
 */
async function celf(
  graph: CsrIndex,
  thresholds: Float64Array,
  values: Float64Array | null,
  seedKey: number,
  state: CoverState,
  candidates: Uint32Array,
  first: { reach: Float64Array; value: Float64Array },
  k: number,
  progress: (done: number) => void,
  signal: AbortSignal | undefined,
): Promise<CelfPicks> {
  const C = candidates.length;
  const byValue = values !== null;
  const gain = new Float64Array(C);
  const reachGain = new Float64Array(C);
  const valueGain = new Float64Array(C);
  const round = new Int32Array(C);
  const heap = new Int32Array(C);
  for (let c = 0; c < C; c++) {
    reachGain[c] = first.reach[c]!;
    valueGain[c] = first.value[c]!;
    gain[c] = byValue ? valueGain[c]! : reachGain[c]!;
    heap[c] = c;
  }
  // Candidates are sorted by node id, so "c before d" is "earlier in graph order".
  const above = (a: number, b: number): boolean => gain[a]! > gain[b]! || (gain[a] === gain[b] && a < b);
  let size = C;
  const siftDown = (i: number): void => {
    const x = heap[i]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      const best = r < size && above(heap[r]!, heap[l]!) ? r : l;
      if (!above(heap[best]!, x)) break;
      heap[i] = heap[best]!;
      i = best;
    }
    heap[i] = x;
  };
  for (let i = (size >>> 1) - 1; i >= 0; i--) siftDown(i);
  const out = new Float64Array(2);
  const order: CelfPicks['order'] = [];
  let evaluations = 0;
  let lastYield = performance.now();
  while (order.length < k) {
    const top = heap[0]!;
    if (round[top] === order.length) {
      const s = candidates[top]!;
      marginalGain(graph.offsets, graph.neighbors, thresholds, values, seedKey, state, s, true, out);
      order.push({ node: s, reach: reachGain[top]!, value: valueGain[top]! });
      heap[0] = heap[--size]!;
      siftDown(0);
      progress(order.length);
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastYield = performance.now();
      if (signal?.aborted) throw signal.reason;
      continue;
    }
    marginalGain(graph.offsets, graph.neighbors, thresholds, values, seedKey, state, candidates[top]!, false, out);
    evaluations++;
    reachGain[top] = out[0]!;
    valueGain[top] = out[1]!;
    gain[top] = byValue ? out[1]! : out[0]!;
    round[top] = order.length;
    siftDown(0);
    if (performance.now() - lastYield > 50) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastYield = performance.now();
      if (signal?.aborted) throw signal.reason;
    }
  }
  return { order, evaluations };
}

/** Σ_r and Σ_r² of the number (and value) of people covered in each run. */
function coveredPerRun(state: CoverState, values: Float64Array | null): { reach: [number, number]; value: [number, number] } {
  const { runs, words, covered, n } = state;
  let r1 = 0;
  let r2 = 0;
  let v1 = 0;
  let v2 = 0;
  for (let r = 0; r < runs; r++) {
    let count = 0;
    let value = 0;
    for (let w = 0; w < words; w++) {
      let bits = covered[r * words + w]!;
      while (bits !== 0) {
        const low = bits & -bits;
        const v = (w << 5) + (31 - Math.clz32(low));
        bits ^= low;
        if (v >= n) continue;
        count++;
        if (values !== null) value += values[v]!;
      }
    }
    r1 += count;
    r2 += count * count;
    v1 += value;
    v2 += value * value;
  }
  return { reach: [r1, r2], value: [v1, v2] };
}
