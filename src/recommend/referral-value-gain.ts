/**
 * The referral-value objective of recommendIntroductions: RV of the person and of each candidate
 * with and without the new tie, through the public referralValue on CsrIndexes that keep the node
 * ids, with the same seed (common random numbers: the coins hash (seed, run, u, v), so both
 * networks are simulated on the same live-arc worlds and the difference is low-noise).
 *
 * @internal
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import { csrFromEdges, type CsrIndex } from '../core/csr.js';
import { DEFAULT_SEED } from '../core/random.js';
import { InvalidOptionError, show } from '../errors.js';
import { nodeValues } from '../node-values.js';
import { assertKnownOptions, setOwn } from '../options.js';
import { probabilityWithMaxStrength, type ProbabilityOption } from '../referral/probability.js';
import { referralValue } from '../referral/referral-value.js';

/**
 * Options of the referral-value objective of recommendIntroductions, passed to referralValue:
 * `valueAttribute` (graph input) or `values`, `targets`, `runs`, `seed`, `threads`.
 * [referralValue's defaults: `valueAttribute: 'value'`, 1000 runs, seed 42]
 */
export interface ReferralValueSettings {
  /** The node attribute holding each person's value (graph input). [`'value'`] */
  valueAttribute?: string;
  /** Values as a record `{ [node]: number }` (the way for a CsrIndex). [none] */
  values?: Readonly<Record<string, number>>;
  /** The people whose activation counts (e.g. prospects), node keys. [everyone] */
  targets?: Iterable<string>;
  /** Monte Carlo runs per simulation. [1000] */
  runs?: number;
  /** Seed of the coins, the same with and without the tie. [42] */
  seed?: number;
  /** Threads of each referralValue call. [`'auto'`] */
  threads?: number | 'auto';
}

const KNOWN = ['valueAttribute', 'values', 'targets', 'runs', 'seed', 'threads'];

/** @internal Before/after/change of RV for the person and one candidate. */
export interface ReferralValueChange {
  person: { before: number; after: number; change: number };
  candidate: { before: number; after: number; change: number };
}

/**
 * @internal
 * RV before and after adding the tie u–w (both arcs for a directed graph) of strength `strength`,
 * for each candidate w, at both ends. One referralValue call for the baseline (people = u and every
 * candidate), then one per candidate on the index with the tie (people = u and w). Novelty is
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
  // Values as a record, so that indexes with the extra tie can carry them.
  const attribute = settings.values !== undefined ? settings.valueAttribute : (settings.valueAttribute ?? 'value');
  const readValues = nodeValues(input, index, { attribute, values: settings.values, attributeOption: 'valueAttribute', valuesOption: 'values', missing: 'zero' }, prefix);
  if (settings.values === undefined && index.order > 0 && readValues.missingCount === index.order) {
    // As referralValue does: a misspelt attribute would otherwise rank every candidate 0.
    throw new InvalidOptionError(
      `${prefix}: no person has the value attribute ${show(attribute)}; name it with referralValue.valueAttribute, or give referralValue.values as a record { [node]: number }`,
      'referralValue',
    );
  }
  const read = readValues.values;
  const values: Record<string, number> = {};
  for (let v = 0; v < index.order; v++) if (read[v] !== 0) setOwn(values, index.keys[v]!, read[v]!);
  const keys = index.keys;
  const common = {
    values,
    probability: probabilityWithMaxStrength(control.probability, maxSlotStrength(index)),
    targets: settings.targets === undefined ? undefined : [...settings.targets],
    runs: settings.runs,
    seed: settings.seed ?? DEFAULT_SEED,
    threads: settings.threads,
    novelty: 'localBridge' as const,
    signal,
  };
  const total = candidates.length;
  const baseline = await referralValue(index, { ...common, people: [keys[u]!, ...candidates.map((w) => keys[w]!)] });
  const personBefore = baseline[keys[u]!]!.value;
  const idOf = new Map(keys.map((key, id) => [key, id]));
  const out: ReferralValueChange[] = [];
  for (let c = 0; c < total; c++) {
    const w = candidates[c]!;
    const withTie = indexWithTie(index, idOf, u, w, strength);
    const after = await referralValue(withTie, { ...common, people: [keys[u]!, keys[w]!] });
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
