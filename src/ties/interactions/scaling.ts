/**
 * From raw indicators to strength: which pairs `minInteractions` keeps, the weights β over the
 * indicators the log carries, the scales S_d (the maxima with `scaling: 'max'`), then the
 * composite strength, with zero-strength and dormant pairs dropped.
 *
 * @internal
 * @module
 */
import { InvalidOptionError } from '../../errors.js';
import { HAS_CHANNEL, HAS_DURATION, HAS_RECIPIENTS, type InteractionAccumulator } from './accumulator.js';
import type { PairIndicators } from './indicators.js';
import { NAME, TIE_INDICATORS, type Config, type TieIndicator } from './options.js';

/** Indicators already in [0, 1] with an absolute meaning: never rescaled. */
const BOUNDED: ReadonlySet<TieIndicator> = new Set<TieIndicator>(['recency', 'reciprocity', 'intimacy']);

/** @internal The pairs kept by `minInteractions`, and the weights and scales of the indicators. */
export interface IndicatorWeighting {
  /** 1 for a pair still kept (cleared by {@link pairStrengths} for zero-strength and dormant pairs). */
  keep: Uint8Array;
  /** Pairs dropped for having fewer than `minInteractions` interactions. */
  droppedByMin: number;
  /** β of each indicator, rescaled to sum to 1 over the observed indicators. */
  weights: Record<TieIndicator, number>;
  /** S_d of each indicator. */
  scales: Record<TieIndicator, number>;
  /** Indicators the accepted events never carry (weight 0). */
  unobserved: TieIndicator[];
}

/** @internal Applies `minInteractions`, then weighs and scales the indicators over the pairs it keeps. */
export function weighIndicators(acc: InteractionAccumulator, pairs: PairIndicators, config: Config): IndicatorWeighting {
  const P = acc.table.size;
  const { count, f } = pairs;
  // minInteractions, then the scales over the ties it keeps.
  const keep = new Uint8Array(P);
  let droppedByMin = 0;
  for (let p = 0; p < P; p++) {
    if (count[p]! >= config.minInteractions) keep[p] = 1;
    else droppedByMin++;
  }
  const unobserved: TieIndicator[] = [];
  if (!(acc.seen & HAS_CHANNEL)) unobserved.push('multiplexity');
  if (!(acc.seen & HAS_RECIPIENTS)) unobserved.push('intimacy');
  if (!(acc.seen & HAS_DURATION)) unobserved.push('contactTime');
  const weights = observedWeights(NAME, config.weights, unobserved);
  const scales = {} as Record<TieIndicator, number>;
  for (const d of TIE_INDICATORS) {
    let scale = 1;
    if (config.scaling === 'max' && !BOUNDED.has(d)) {
      let max = 0;
      const values = f[d];
      for (let p = 0; p < P; p++) if (keep[p] && values[p]! > max) max = values[p]!;
      if (max > 0) scale = max;
    }
    scales[d] = scale;
  }
  return { keep, droppedByMin, weights, scales, unobserved };
}

/** @internal The strength of each kept pair; clears `keep` for zero-strength and dormant pairs and counts them. */
export function pairStrengths(
  pairs: PairIndicators,
  weighting: IndicatorWeighting,
  config: Config,
): { strength: Float64Array; droppedZero: number; droppedDormant: number } {
  const { keep, weights, scales } = weighting;
  const { f, decayed } = pairs;
  const P = keep.length;
  // Strength, then zero strength and dormancy.
  const strength = new Float64Array(P);
  const active = TIE_INDICATORS.filter((d) => weights[d] > 0);
  const activeWeights = active.map((d) => weights[d]);
  const activeScales = active.map((d) => scales[d]);
  const columns = active.map((d) => f[d]);
  const cap = config.scaling === 'max' ? 1 : Infinity;
  let droppedZero = 0;
  let droppedDormant = 0;
  for (let p = 0; p < P; p++) {
    if (!keep[p]) continue;
    let s = 0;
    // value / scale is exactly 1 for the maximum; the cap absorbs the last-bit excess of Σ β ≠ 1.
    for (let k = 0; k < columns.length; k++) s += activeWeights[k]! * (columns[k]![p]! / activeScales[k]!);
    if (s > cap) s = cap;
    strength[p] = s;
    if (!(s > 0)) {
      keep[p] = 0;
      droppedZero++;
    } else if ((config.dormancy === 'strength' ? s : decayed[p]!) < config.dormantBelow) {
      keep[p] = 0;
      droppedDormant++;
    }
  }
  return { strength, droppedZero, droppedDormant };
}

/**
 * @internal
 * The weights β over the indicators the events carry (0 for the `unobserved` ones), rescaled to
 * sum to 1; throws when every weight falls on unobserved indicators. Shared by the JS path and
 * the DuckDB path (`prefix` names the function called).
 */
export function observedWeights(
  prefix: string,
  configured: Record<TieIndicator, number>,
  unobserved: readonly TieIndicator[],
): Record<TieIndicator, number> {
  const weights = {} as Record<TieIndicator, number>;
  let total = 0;
  for (const d of TIE_INDICATORS) total += weights[d] = unobserved.includes(d) ? 0 : configured[d];
  if (!(total > 0)) {
    throw new InvalidOptionError(
      `${prefix}: option weights gives weight only to indicators the events do not carry (${unobserved.join(', ')}); ` +
        'give a weight to frequency, recency, volume, duration or reciprocity',
      'weights',
    );
  }
  for (const d of TIE_INDICATORS) weights[d] /= total;
  return weights;
}
