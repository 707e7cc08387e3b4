/**
 * The planted ties of {@link syntheticCompany} and the events drawn for each (the interaction log).
 *
 * @internal
 * @module
 */
import { randomInt } from '../../core/random.js';
import { MS_PER_DAY } from '../../core/timestamp.js';
import { CALL, CHAT, EMAIL, MEETING, normal, poisson } from './model.js';
import type { Config } from './options.js';
import { SYNTHETIC_CHANNELS, type SyntheticInteraction, type SyntheticRelation } from './types.js';

/** @internal The planted ties and the events drawn for them. */
export class TieLog {
  readonly u: number[] = [];
  readonly v: number[] = [];
  readonly relation: SyntheticRelation[] = [];
  readonly counts: number[] = []; // 4 per tie
  readonly events: SyntheticInteraction[] = [];
  private readonly pairs = new Set<number>();
  private readonly weekday0: number;
  private readonly weeks: number;

  constructor(
    private readonly n: number,
    private readonly keys: readonly string[],
    private readonly config: Config,
  ) {
    this.weekday0 = new Date(config.start).getUTCDay();
    this.weeks = config.days / 7;
  }

  has(a: number, b: number): boolean {
    return this.pairs.has(a < b ? a * this.n + b : b * this.n + a);
  }

  /** Plants tie a–b (once) and draws its events; `share` = the probability that a initiates an event. */
  add(rng: () => number, a: number, b: number, relation: SyntheticRelation, rate: number, share: number): boolean {
    if (a === b || this.has(a, b)) return false;
    this.pairs.add(a < b ? a * this.n + b : b * this.n + a);
    const t = this.u.length;
    this.u.push(a);
    this.v.push(b);
    this.relation.push(relation);
    this.counts.push(0, 0, 0, 0);
    const { days, start } = this.config;
    // Tie-level heterogeneity: some pairs talk far more than others with the same roles.
    const lambda = rate * this.config.intensity * this.weeks * Math.exp(0.6 * normal(rng) - 0.18);
    const count = Math.max(1, poisson(rng, lambda));
    // The tie's active window: the whole log (70 %), starting late (15 %: a new tie) or ending early (15 %: a dormant tie).
    let from = 0;
    let to = days;
    const minimum = Math.min(days, 14);
    const r = rng();
    if (r >= 0.85) to = Math.max(minimum, days - Math.floor(rng() * 0.7 * days));
    else if (r >= 0.7) from = Math.min(days - minimum, Math.floor(rng() * 0.7 * days));
    const mix = this.config.mixes[relation];
    const keyA = this.keys[a]!;
    const keyB = this.keys[b]!;
    for (let k = 0; k < count; k++) {
      let day = from + randomInt(rng, to - from);
      const weekday = (this.weekday0 + day) % 7;
      if (weekday === 6) day = day - 1 >= from ? day - 1 : day + 2; // Saturday → Friday (or Monday)
      else if (weekday === 0) day = day + 1 < to ? day + 1 : day - 2; // Sunday → Monday (or Friday)
      if (day < 0 || day >= days) day = from;
      const at = start + day * MS_PER_DAY + (480 + randomInt(rng, 600)) * 60_000;
      const x = rng();
      const channel = x < mix[EMAIL]! ? EMAIL : x < mix[MEETING]! ? MEETING : x < mix[CHAT]! ? CHAT : CALL;
      let durationSeconds: number | null = null;
      let recipients = 1;
      if (channel === EMAIL) {
        if (rng() >= 0.75) recipients = 2 + randomInt(rng, 4);
      } else if (channel === MEETING) {
        durationSeconds = rng() < 0.6 ? 1800 : 3600;
        if (rng() >= 0.5) recipients = 2 + randomInt(rng, 7);
      } else if (channel === CALL) {
        durationSeconds = 120 + 10 * randomInt(rng, 169);
      }
      const aFirst = rng() < share;
      this.events.push({
        from: aFirst ? keyA : keyB,
        to: aFirst ? keyB : keyA,
        at,
        channel: SYNTHETIC_CHANNELS[channel]!,
        durationSeconds,
        recipients,
      });
      this.counts[4 * t + channel]!++;
    }
    return true;
  }
}

/** @internal The event rate of a tie between x and y: its relation's rate times √(a_x a_y), a the activity. */
export function pairRate(activity: Float64Array, x: number, y: number, rate: number): number {
  return rate * Math.sqrt(activity[x]! * activity[y]!);
}
