/**
 * The options of {@link tiesFromInteractions}: the event and indicator types, the defaults, and
 * their validation into the {@link Config} the accumulator reads (times in milliseconds).
 *
 * @module
 */
import { InvalidOptionError, show } from '../../errors.js';
import { MS_PER_DAY, toEpochMs } from '../../core/timestamp.js';
import { assertBoolean, assertEnum, assertInteger, resolveOptions } from '../../options.js';

/** @internal The prefix of every message of {@link tiesFromInteractions}. */
export const NAME = 'tiestrength/ties/tiesFromInteractions';

/** One interaction between two people, as read by {@link tiesFromInteractions}. */
export interface InteractionEvent {
  /** Who initiated it (sender, caller, organiser): a non-empty string, or a finite number (read as its string). */
  from: string | number;
  /** Who received it: a non-empty string or a finite number. An event with `from === to` is dropped and counted. */
  to: string | number;
  /**
   * When it happened: a `Date`, epoch milliseconds, or an ISO-8601 string (`'2024-03-01'`,
   * `'2024-03-01T09:15:00Z'`, `'2024-03-01 09:15:00+01:00'`; a date-time without an offset is UTC).
   */
  at: Date | number | string;
  /** The medium (`'email'`, `'chat'`, `'meeting'`, `'call'`…). Absent, `null` or `''`: the unnamed channel `''`. */
  channel?: string | null;
  /** How long it lasted, for meetings and calls: a finite number of seconds ≥ 0 (kept to the millisecond). Absent or `null`: 0. */
  durationSeconds?: number | null;
  /**
   * How many people received it: an integer ≥ 1; 1 means a one-to-one interaction (exactly two
   * participants). Absent or `null`: 1 (the event names one sender and one recipient).
   */
  recipients?: number | null;
}

/** The indicators combined into a tie's strength (docs/metrics.md). */
export type TieIndicator =
  | 'frequency'
  | 'recency'
  | 'volume'
  | 'duration'
  | 'reciprocity'
  | 'multiplexity'
  | 'intimacy'
  | 'contactTime';

/** The indicators, in the order they are summed. */
export const TIE_INDICATORS: readonly TieIndicator[] = Object.freeze([
  'frequency',
  'recency',
  'volume',
  'duration',
  'reciprocity',
  'multiplexity',
  'intimacy',
  'contactTime',
] as const);


/** Options of {@link tiesFromInteractions}. */
export interface TiesFromInteractionsOptions {
  /**
   * The time the ties are measured at (a `Date`, epoch milliseconds or ISO-8601 string). Events
   * after it are ignored and counted. [the time of the last interaction between two people]
   */
  asOf?: Date | number | string;
  /** Only events in [asOf − windowDays, asOf] count; `Infinity` keeps every event up to `asOf`. [`Infinity`] */
  windowDays?: number;
  /** The half-life h of recency and decayed volume, in days. [`90`] */
  halfLifeDays?: number;
  /** Whether ties are arcs (one tie per ordered pair) rather than one tie per unordered pair. [`false`] */
  directed?: boolean;
  /** Ties with fewer interactions in the window are dropped (before scaling). [`1`] */
  minInteractions?: number;
  /** Ties whose strength (or decayed volume, see `dormancy`) is below this are dormant and dropped. [`0`] */
  dormantBelow?: number;
  /** What `dormantBelow` is compared with: the composite `'strength'`, or the `'decayedVolume'` w (the dormancy threshold τ). [`'strength'`] */
  dormancy?: 'strength' | 'decayedVolume';
  /**
   * The weight β of each indicator. Indicators you leave out keep their default; set 0 to switch
   * one off. Weights are rescaled to sum to 1 over the indicators the log carries (see remarks).
   * [{@link TIES_FROM_INTERACTIONS_DEFAULTS}.weights]
   */
  weights?: Partial<Record<TieIndicator, number>>;
  /**
   * How unbounded indicators (frequency, volume, duration, multiplexity, contactTime) are brought
   * to [0, 1]: divided by their maximum over the ties (`'max'`), or used raw (`'none'`: strength
   * is then > 0 but may exceed 1). [`'max'`]
   */
  scaling?: 'max' | 'none';
  /** The duration indicator: days from first to last interaction (`'span'`), or from first interaction to `asOf` (`'age'`). [`'span'`] */
  durationMeasure?: 'span' | 'age';
  /** The weight α of each channel in multiplexity; channels not listed weigh 1. [`{}`] */
  channelWeights?: Record<string, number>;
  /** Throw {@link InvalidEventError} at the first invalid event, or skip and report invalid events. [`'throw'`] */
  onInvalidEvent?: 'throw' | 'skip';
  /** Build a graphology graph, or only a {@link CsrIndex} with the indicators in typed arrays. [`'graph'`] */
  as?: 'graph' | 'index';
}

/** The default weight β of each indicator (they sum to 1). */
export const TIE_INDICATOR_WEIGHTS: Readonly<Record<TieIndicator, number>> = Object.freeze({
  frequency: 0.15,
  recency: 0.2,
  volume: 0.15,
  duration: 0.1,
  reciprocity: 0.15,
  multiplexity: 0.1,
  intimacy: 0.1,
  contactTime: 0.05,
});

/** Defaults of {@link tiesFromInteractions}. */
export const TIES_FROM_INTERACTIONS_DEFAULTS = Object.freeze({
  asOf: undefined as Date | number | string | undefined,
  windowDays: Infinity,
  halfLifeDays: 90,
  directed: false,
  minInteractions: 1,
  dormantBelow: 0,
  dormancy: 'strength' as 'strength' | 'decayedVolume',
  weights: TIE_INDICATOR_WEIGHTS as Partial<Record<TieIndicator, number>>,
  scaling: 'max' as 'max' | 'none',
  durationMeasure: 'span' as 'span' | 'age',
  channelWeights: Object.freeze({}) as Record<string, number>,
  onInvalidEvent: 'throw' as 'throw' | 'skip',
  as: 'graph' as 'graph' | 'index',
});

/** @internal Options after validation, in the units the accumulator uses. */
export interface Config {
  asOf: number; // NaN: the last event
  windowMs: number; // Infinity: no window
  halfLifeMs: number;
  directed: boolean;
  minInteractions: number;
  dormantBelow: number;
  dormancy: 'strength' | 'decayedVolume';
  weights: Record<TieIndicator, number>;
  scaling: 'max' | 'none';
  durationMeasure: 'span' | 'age';
  channelWeights: Record<string, number>;
  skipInvalid: boolean;
  as: 'graph' | 'index';
}

/** @internal Validates the options (before any event is read). */
export function resolveConfig(options: TiesFromInteractionsOptions | undefined): Config {
  const opts = resolveOptions(NAME, TIES_FROM_INTERACTIONS_DEFAULTS, options);
  let asOf = Number.NaN;
  if (opts.asOf !== undefined) {
    asOf = toEpochMs(opts.asOf);
    if (Number.isNaN(asOf)) {
      throw new InvalidOptionError(
        `${NAME}: option asOf must be a valid Date, epoch milliseconds or an ISO-8601 string; got ${show(opts.asOf)}`,
        'asOf',
      );
    }
  }
  const windowDays = opts.windowDays;
  if (typeof windowDays !== 'number' || !(windowDays > 0)) {
    throw new InvalidOptionError(`${NAME}: option windowDays must be a number > 0 (Infinity for no window); got ${show(windowDays)}`, 'windowDays');
  }
  const halfLifeDays = opts.halfLifeDays;
  if (typeof halfLifeDays !== 'number' || !(halfLifeDays > 0) || !Number.isFinite(halfLifeDays)) {
    throw new InvalidOptionError(`${NAME}: option halfLifeDays must be a finite number > 0; got ${show(halfLifeDays)}`, 'halfLifeDays');
  }
  assertBoolean(NAME, 'directed', opts.directed);
  assertInteger(NAME, 'minInteractions', opts.minInteractions, 1);
  const dormantBelow = opts.dormantBelow;
  if (typeof dormantBelow !== 'number' || !(dormantBelow >= 0) || !Number.isFinite(dormantBelow)) {
    throw new InvalidOptionError(`${NAME}: option dormantBelow must be a finite number ≥ 0; got ${show(dormantBelow)}`, 'dormantBelow');
  }
  assertEnum(NAME, 'dormancy', opts.dormancy, ['strength', 'decayedVolume'] as const);
  assertEnum(NAME, 'scaling', opts.scaling, ['max', 'none'] as const);
  assertEnum(NAME, 'durationMeasure', opts.durationMeasure, ['span', 'age'] as const);
  assertEnum(NAME, 'onInvalidEvent', opts.onInvalidEvent, ['throw', 'skip'] as const);
  assertEnum(NAME, 'as', opts.as, ['graph', 'index'] as const);
  return {
    asOf,
    windowMs: windowDays * MS_PER_DAY,
    halfLifeMs: halfLifeDays * MS_PER_DAY,
    directed: opts.directed,
    minInteractions: opts.minInteractions,
    dormantBelow,
    dormancy: opts.dormancy,
    weights: resolveWeights(opts.weights),
    scaling: opts.scaling,
    durationMeasure: opts.durationMeasure,
    channelWeights: resolveChannelWeights(opts.channelWeights),
    skipInvalid: opts.onInvalidEvent === 'skip',
    as: opts.as,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveWeights(weights: unknown): Record<TieIndicator, number> {
  if (!isPlainObject(weights)) {
    throw new InvalidOptionError(`${NAME}: option weights must be an object of indicator weights; got ${show(weights)}`, 'weights');
  }
  const out = { ...TIE_INDICATOR_WEIGHTS };
  for (const [key, value] of Object.entries(weights)) {
    if (!(TIE_INDICATORS as readonly string[]).includes(key)) {
      throw new InvalidOptionError(
        `${NAME}: option weights has an unknown indicator ${show(key)}; indicators are ${TIE_INDICATORS.join(', ')}`,
        'weights',
      );
    }
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
      throw new InvalidOptionError(`${NAME}: option weights.${key} must be a finite number ≥ 0; got ${show(value)}`, 'weights');
    }
    out[key as TieIndicator] = value;
  }
  let total = 0;
  for (const d of TIE_INDICATORS) total += out[d];
  if (!(total > 0)) throw new InvalidOptionError(`${NAME}: option weights must give at least one indicator a weight > 0`, 'weights');
  return out;
}

function resolveChannelWeights(channelWeights: unknown): Record<string, number> {
  if (!isPlainObject(channelWeights)) {
    throw new InvalidOptionError(
      `${NAME}: option channelWeights must be an object { channel: weight }; got ${show(channelWeights)}`,
      'channelWeights',
    );
  }
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [key, value] of Object.entries(channelWeights)) {
    if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
      throw new InvalidOptionError(`${NAME}: option channelWeights[${show(key)}] must be a finite number ≥ 0; got ${show(value)}`, 'channelWeights');
    }
    out[key] = value;
  }
  return out;
}
