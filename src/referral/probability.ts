/**
 * Tie strength → the probability that a tie passes something on (activates a contact in an
 * independent cascade, carries a referral, vouches in a warm introduction): the one rule behind
 * independentCascade, influenceMaximization, referralValue and introductionPaths.
 *
 * The rule is the option `probability` ({@link ProbabilityOption}):
 * - `{ min, max, gamma }`: p = min + (max − min)·(s / s_max)^γ (defaults 0, 1, 1: p = s / s_max).
 *   p grows with strength, after Brown & Reingen (1987): strong ties are activated more often;
 * - a number: the same p on every tie;
 * - `'weightedCascade'`: p_uv = 1 / in-degree(v) (Kempe, Kleinberg & Tardos 2003; undirected:
 *   1 / degree(v)), so that every person's expected number of activating contacts is 1;
 * - a function `(strength, maxStrength) => p`.
 *
 * s is the tie's merged strength (the arc's for a directed graph), s_max the largest one.
 *
 * The module's helpers are internal; its exported types and defaults are public.
 *
 * @module
 */
import { InvalidOptionError, show } from '../errors.js';
import type { CsrIndex } from '../core/csr.js';

/**
 * How a tie's strength becomes a probability (option `probability`): a power curve
 * `{ min, max, gamma }` (p = min + (max − min)·(s / s_max)^γ), a constant, `'weightedCascade'`
 * (p_uv = 1 / in-degree(v)), or a function `(strength, maxStrength) => p`. [`{ min: 0, max: 1, gamma: 1 }`, p = s / s_max]
 */
export type ProbabilityOption =
  | number
  | {
      /** The curve's floor: p as s → 0, a probability in [0, 1], at most `max`. [`0`] */
      min?: number;
      /** The curve's ceiling: p of the strongest tie (s = s_max), a probability in [0, 1], at least `min`. [`1`] */
      max?: number;
      /** The curve's exponent γ > 0 (finite): 1 linear in s / s_max, above 1 favours the strongest ties more, below 1 less. [`1`] */
      gamma?: number;
    }
  | 'weightedCascade'
  | ((strength: number, maxStrength: number) => number);

/** The default {@link ProbabilityOption}: p = s / s_max (the strongest tie always passes it on). */
export const DEFAULT_PROBABILITY: Readonly<{ min: 0; max: 1; gamma: 1 }> = Object.freeze({ min: 0, max: 1, gamma: 1 } as const);

const CURVE_KEYS = ['min', 'max', 'gamma'];

/**
 * @internal
 * The probability of the attempt u → neighbors[slot] for every out-slot of `index`
 * (length `index.neighbors.length`).
 */
export function slotProbabilities(index: CsrIndex, probability: unknown, prefix: string, option = 'probability'): Float64Array {
  const rule = probability === undefined ? DEFAULT_PROBABILITY : probability;
  const { offsets, neighbors, strengths } = index;
  const slots = neighbors.length;
  const p = new Float64Array(slots);
  if (typeof rule === 'number') {
    if (!(rule >= 0 && rule <= 1)) {
      throw new InvalidOptionError(`${prefix}: option ${option} must be a probability in [0, 1]; got ${show(rule)}`, option);
    }
    return p.fill(rule);
  }
  if (rule === 'weightedCascade') {
    // In-degree of the target: the in-adjacency for a directed index, the adjacency itself otherwise.
    const inOffsets = index.inOffsets;
    for (let slot = 0; slot < slots; slot++) {
      const v = neighbors[slot]!;
      p[slot] = 1 / (inOffsets[v + 1]! - inOffsets[v]!);
    }
    return p;
  }
  let sMax = 0;
  for (let slot = 0; slot < slots; slot++) if (strengths[slot]! > sMax) sMax = strengths[slot]!;
  if (typeof rule === 'function') {
    const f = rule as (strength: number, maxStrength: number) => unknown;
    for (let u = 0; u < index.order; u++) {
      for (let slot = offsets[u]!; slot < offsets[u + 1]!; slot++) {
        const value = f(strengths[slot]!, sMax);
        if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
          throw new InvalidOptionError(
            `${prefix}: option ${option} returned ${show(value)} for the tie ${show(index.keys[u])} → ${show(index.keys[neighbors[slot]!])} (strength ${strengths[slot]}); expected a probability in [0, 1]`,
            option,
          );
        }
        p[slot] = value;
      }
    }
    return p;
  }
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) {
    throw new InvalidOptionError(
      `${prefix}: option ${option} must be { min, max, gamma }, a probability, 'weightedCascade' or a function (strength, maxStrength) => p; got ${show(rule)}`,
      option,
    );
  }
  const curve = rule as Record<string, unknown>;
  for (const key of Object.keys(curve)) {
    if (!CURVE_KEYS.includes(key)) {
      throw new InvalidOptionError(`${prefix}: option ${option} has an unknown key ${show(key)}; expected min, max, gamma`, option);
    }
  }
  const { min = 0, max = 1, gamma = 1 } = curve;
  for (const [key, value] of [['min', min], ['max', max]] as const) {
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new InvalidOptionError(`${prefix}: option ${option}.${key} must be a probability in [0, 1]; got ${show(value)}`, option);
    }
  }
  if ((min as number) > (max as number)) {
    throw new InvalidOptionError(`${prefix}: option ${option}.min (${show(min)}) exceeds ${option}.max (${show(max)})`, option);
  }
  if (typeof gamma !== 'number' || !(gamma > 0 && Number.isFinite(gamma))) {
    throw new InvalidOptionError(`${prefix}: option ${option}.gamma must be a positive finite number; got ${show(gamma)}`, option);
  }
  const lo = min as number;
  const span = (max as number) - lo;
  const g = gamma as number;
  for (let slot = 0; slot < slots; slot++) p[slot] = powerCurve(lo, span, g, strengths[slot]! / sMax);
  return p;
}

/** p = min + (max − min)·ratio^γ, the `{ min, max, gamma }` rule (ratio = s / s_max, capped at 1). */
function powerCurve(lo: number, span: number, gamma: number, ratio: number): number {
  const r = Math.min(1, ratio);
  return lo + span * (gamma === 1 ? r : Math.pow(r, gamma));
}

/**
 * @internal
 * The rule with s_max fixed at `maxStrength` (a function for a curve or a user function; a constant
 * and 'weightedCascade' unchanged), for an index that gains a tie stronger than every existing one:
 * under the curve that tie counts as the strongest (ratio capped at 1) instead of rescaling the others.
 * The rule must already have been validated (e.g. by {@link slotProbabilities}).
 */
export function probabilityWithMaxStrength(rule: unknown, maxStrength: number): ProbabilityOption | undefined {
  if (typeof rule === 'number' || rule === 'weightedCascade') return rule;
  if (typeof rule === 'function') return (s: number) => (rule as (s: number, m: number) => number)(s, maxStrength);
  const { min = 0, max = 1, gamma = 1 } = (rule ?? DEFAULT_PROBABILITY) as { min?: number; max?: number; gamma?: number };
  return (s: number) => powerCurve(min, max - min, gamma, s / maxStrength);
}
