/**
 * The referral-value objective of recommendIntroductions: RV of the person and of each candidate
 * with and without the new tie, through the public referralValue on CsrIndexes that keep the node
 * ids, with the same seed (common random numbers: the coins hash (seed, run, u, v), so both
 * networks are simulated on the same live-arc worlds and the difference is low-noise).
 *
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import type { Attributes } from 'graphology-types';
import { csrFromEdges, type CsrIndex } from '../core/csr.js';
import { InvalidOptionError, show } from '../errors.js';
import type { NumbersOption } from '../node-data.js';
import { assertKnownOptions, setOwn } from '../options.js';
import { probabilityWithMaxStrength, type ProbabilityOption } from '../referral/probability.js';
import { referralValue, referralValues } from '../referral/referral-value.js';

/**
 * Options of the referral-value objective of recommendIntroductions, passed to referralValue:
 * `values`, `runs`, `threads` (the seed is recommendIntroductions' own `seed` / `rng`).
 * [referralValue's defaults: `values: 'value'`, 1000 runs]
 */
export interface ReferralValueSettings<NodeAttributes extends Attributes = Attributes> {
  /**
   * Each person's value, as referralValue's `values`: a node attribute name, a `Record` or `Map`
   * from node to number, or a getter. Only people with a value count when reached. [`'value'`]
   */
  values?: NumbersOption<NodeAttributes>;
  /** Monte Carlo runs per simulation. [1000] */
  runs?: number;
  /** Threads of each referralValue call. [`'auto'`] */
  threads?: number | 'auto';
}

const KNOWN = ['values', 'runs', 'threads'];

/** @internal Before/after/change of RV for the person and one candidate. */
export interface ReferralValueChange {
  person: { before: number; after: number; change: number };
  candidate: { before: number; after: number; change: number };
}

/**
 * @internal
 * RV before and after adding the tie u–w (both arcs for a directed graph) of strength `strength`,
 * for each candidate w, at both ends. One referralValue call for the baseline (nodes = u and every
 * candidate), then one per candidate on the index with the tie (nodes = u and w), all with the
 * seed `control.seed`. Novelty is
 * computed with `'localBridge'` (no Louvain per call); only `value` is read.
 */
export async function referralValueChanges(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  u: number,
  candidates: readonly number[],
  strength: number,
  settings: ReferralValueSettings,
  control: {
    prefix: string;
    probability: ProbabilityOption | undefined;
    seed: number;
    onProgress: ((p: { done: number; total: number }) => void) | undefined;
    signal: AbortSignal | undefined;
  },
): Promise<ReferralValueChange[]> {
  const { prefix, onProgress, signal } = control;
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) {
    throw new InvalidOptionError(`${prefix}: option referralValue must be an object; got ${show(settings)}`, 'referralValue');
  }
  assertKnownOptions(`${prefix} (option referralValue)`, settings, KNOWN);
  if (signal?.aborted) throw signal.reason;
  // Values as a record of the people who count, so that indexes with the extra tie can carry them.
  const read = referralValues(input, index, settings.values, prefix, 'referralValue.values');
  const values: Record<string, number> = {};
  for (let v = 0; v < index.order; v++) if (read.present[v] === 1) setOwn(values, index.keys[v]!, read.values[v]!);
  const keys = index.keys;
  const common = {
    values,
    probability: probabilityWithMaxStrength(control.probability, maxSlotStrength(index)),
    runs: settings.runs,
    seed: control.seed,
    threads: settings.threads,
    novelty: 'localBridge' as const,
    signal,
  };
  const total = candidates.length;
  const baseline = await referralValue(index, { ...common, nodes: [keys[u]!, ...candidates.map((w) => keys[w]!)] });
  const personBefore = baseline[keys[u]!]!.value;
  const idOf = new Map(keys.map((key, id) => [key, id]));
  const out: ReferralValueChange[] = [];
  for (let c = 0; c < total; c++) {
    const w = candidates[c]!;
    const withTie = indexWithTie(index, idOf, u, w, strength);
    const after = await referralValue(withTie, { ...common, nodes: [keys[u]!, keys[w]!] });
    const pa = after[keys[u]!]!.value;
    const cb = baseline[keys[w]!]!.value;
    const ca = after[keys[w]!]!.value;
    out.push({ person: { before: personBefore, after: pa, change: pa - personBefore }, candidate: { before: cb, after: ca, change: ca - cb } });
    onProgress?.({ done: c + 1, total });
    if (signal?.aborted) throw signal.reason;
  }
  return out;
}

/** The strongest merged tie of the index (the s_max of the probability rule). */
function maxSlotStrength(index: CsrIndex): number {
  let sMax = 0;
  for (const s of index.strengths) if (s > sMax) sMax = s;
  return sMax;
}

/** @internal The index plus the tie u–w (both arcs when directed), with the same node ids. */
export function indexWithTie(index: CsrIndex, idOf: Map<string, number>, u: number, w: number, strength: number): CsrIndex {
  const m = index.size;
  const extra = index.directed ? 2 : 1;
  const sources = new Uint32Array(m + extra);
  const targets = new Uint32Array(m + extra);
  const strengths = new Float64Array(m + extra);
  sources.set(index.tieSources);
  targets.set(index.tieTargets);
  strengths.set(index.tieStrengths);
  sources[m] = u;
  targets[m] = w;
  strengths[m] = strength;
  if (index.directed) {
    sources[m + 1] = w;
    targets[m + 1] = u;
    strengths[m + 1] = strength;
  }
  return csrFromEdges({
    directed: index.directed,
    weighted: index.weighted,
    keys: index.keys as string[],
    idOf,
    m: m + extra,
    sources,
    targets,
    strengths,
    distances: null,
    strengthRule: 'sum',
  });
}
