/**
 * The raw indicators of each pair (docs/metrics.md) from its accumulated record, before scaling:
 * frequency, recency, volume, duration, reciprocity, multiplexity, intimacy and contact time.
 *
 * @internal
 * @module
 */
import { MS_PER_DAY } from '../../core/timestamp.js';
import type { InteractionAccumulator } from './accumulator.js';
import type { Config, TieIndicator } from './options.js';

/** @internal Popcount of a 32-bit integer. */
export function bitCount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** @internal The raw indicators of each pair, indexed by pair id. */
export interface PairIndicators {
  /** Interactions of the pair in the window (c). */
  count: Uint32Array;
  /** Interactions initiated by the other side (for an arc: those of the reverse arc). */
  reverse: Uint32Array;
  /** Time-decayed volume w. */
  decayed: Float64Array;
  /** Distinct channels used. */
  channels: Uint8Array;
  /** The value f_d of each indicator d, unscaled. */
  f: Record<TieIndicator, Float64Array>;
}

/** @internal The {@link PairIndicators} of every pair; the accumulator must be settled. */
export function pairIndicators(acc: InteractionAccumulator, config: Config): PairIndicators {
  const asOf = acc.asOf;
  const P = acc.table.size;
  const { init0, init1, first, last, oneToOne, durationMs, chLow, chHigh } = acc;
  const pairFirst = acc.table.first;
  const pairSecond = acc.table.second;
  const h = config.halfLifeMs;
  const directed = config.directed;

  // Channels in name order, so that multiplexity sums the same weights in the same order whatever the event order.
  const channelOrder = acc.channelNames.map((name, id) => ({ name, id })).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const channelBits = channelOrder.map((c) => c.id);
  const channelAlpha = channelOrder.map((c) => config.channelWeights[c.name] ?? 1);

  // Raw indicators per pair.
  const count = new Uint32Array(P);
  const reverse = new Uint32Array(P); // interactions initiated by the other side
  const decayed = new Float64Array(P);
  const channels = new Uint8Array(P);
  const f: Record<TieIndicator, Float64Array> = {
    frequency: new Float64Array(P),
    recency: new Float64Array(P),
    volume: new Float64Array(P),
    duration: new Float64Array(P),
    reciprocity: new Float64Array(P),
    multiplexity: new Float64Array(P),
    intimacy: new Float64Array(P),
    contactTime: new Float64Array(P),
  };
  for (let p = 0; p < P; p++) {
    let c: number;
    let own: number;
    let other: number;
    if (directed) {
      c = init0[p]!;
      own = c;
      const q = acc.table.get(pairSecond[p]!, pairFirst[p]!);
      other = q >= 0 ? init0[q]! : 0;
      reverse[p] = other;
    } else {
      own = init0[p]!;
      other = init1[p]!;
      c = own + other;
      reverse[p] = other;
    }
    count[p] = c;
    f.frequency[p] = Math.log1p(c);
    f.recency[p] = Math.pow(2, -(asOf - last[p]!) / h);
    const w = acc.decayed(p);
    decayed[p] = w;
    f.volume[p] = Math.log1p(w);
    const days = ((config.durationMeasure === 'span' ? last[p]! : asOf) - first[p]!) / MS_PER_DAY;
    f.duration[p] = Math.log1p(days);
    f.reciprocity[p] = own === 0 || other === 0 ? 0 : Math.min(own, other) / Math.max(own, other);
    let m = 0;
    const low = chLow[p]!;
    const high = chHigh[p]!;
    for (let k = 0; k < channelBits.length; k++) {
      const bit = channelBits[k]!;
      if (bit < 32 ? (low >>> bit) & 1 : (high >>> (bit - 32)) & 1) m += channelAlpha[k]!;
    }
    channels[p] = bitCount(low) + bitCount(high);
    f.multiplexity[p] = m;
    f.intimacy[p] = oneToOne[p]! / c;
    f.contactTime[p] = Math.log1p(durationMs[p]! / 3_600_000);
  }
  return { count, reverse, decayed, channels, f };
}
