/**
 * tiesFromInteractions: from what people do (e-mails, chats, meetings, calls) to how strong
 * their ties are, as of a given time.
 *
 * Events are folded into one record per pair as they arrive (a {@link PairTable} over typed
 * arrays), so a log of any length is read in memory proportional to the number of distinct pairs.
 *
 * @module
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { InvalidEventError, InvalidOptionError, show } from '../errors.js';
export { InvalidEventError } from '../errors.js';
export type { EventLocation } from '../errors.js';
import { csrFromEdges, type CsrIndex } from '../core/csr.js';
import { KeyInterner } from '../core/key-interner.js';
import { growFloat64, growUint32, PairTable } from '../core/pair-table.js';
import { MS_PER_DAY, toEpochMs } from '../core/timestamp.js';
import { assertBoolean, assertEnum, assertInteger, resolveOptions } from '../options.js';

const NAME = 'tiestrength/ties/tiesFromInteractions';

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

/** The indicators combined into a tie's strength (METRICS.md §3.1). */
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

/** Indicators already in [0, 1] with an absolute meaning: never rescaled. */
const BOUNDED: ReadonlySet<TieIndicator> = new Set<TieIndicator>(['recency', 'reciprocity', 'intimacy']);

/** Options of {@link tiesFromInteractions}. */
export interface TiesFromInteractionsOptions {
  /**
   * The time the ties are measured at (a `Date`, epoch milliseconds or ISO-8601 string). Events
   * after it are ignored and counted. [the time of the last interaction between two people]
   */
  asOf?: Date | number | string;
  /** Only events in [asOf − windowDays, asOf] count; `Infinity` keeps every event up to `asOf`. [`Infinity`] */
  windowDays?: number;
  /** The same window as `windowDays`, in days (the name; give one of the two). [absent] */
  window?: number;
  /** The half-life h of recency and decayed volume, in days. [`90`] */
  halfLifeDays?: number;
  /** Whether ties are arcs (one tie per ordered pair) rather than one tie per unordered pair. [`false`] */
  directed?: boolean;
  /** Ties with fewer interactions in the window are dropped (before scaling). [`1`] */
  minInteractions?: number;
  /** Ties whose strength (or decayed volume, see `dormancy`) is below this are dormant and dropped. [`0`] */
  dormantBelow?: number;
  /** What `dormantBelow` is compared with: the composite `'strength'`, or the `'decayedVolume'` w (METRICS.md's τ). [`'strength'`] */
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
  window: undefined as number | undefined,
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

/** Edge attributes written by {@link tiesFromInteractions}. Times are epoch milliseconds. */
export interface InteractionTieAttributes {
  /** The composite strength s in (0, 1] (with `scaling: 'max'`): what every metric reads by default. */
  weight: number;
  /** Interactions in the window (c). */
  interactions: number;
  /** Interactions initiated by the edge's source (for an arc: all of them). */
  sourceInitiated: number;
  /** Interactions initiated by the edge's target (for an arc: those of the reverse arc). */
  targetInitiated: number;
  /** Time of the first interaction in the window. */
  firstAt: number;
  /** Time of the last interaction in the window. */
  lastAt: number;
  /** Days from the first to the last interaction. */
  spanDays: number;
  /** Days from the first interaction to `asOf`. */
  ageDays: number;
  /** Days from the last interaction to `asOf`. */
  daysSinceLast: number;
  /** 2^(−daysSinceLast / h). */
  recency: number;
  /** Time-decayed volume w = Σ_k e^(−λ (asOf − t_k)), λ = ln 2 / h (each event has value 1). */
  decayedVolume: number;
  /** min(n_ij, n_ji) / max(n_ij, n_ji); 0 for a one-way tie. */
  reciprocity: number;
  /** Whether only one side initiated interactions: reciprocity is unknown, which is not the same as weak. */
  oneWay: boolean;
  /** Distinct channels used. */
  channels: number;
  /** Σ of the channel weights of the channels used (= `channels` with default weights). */
  multiplexity: number;
  /** Share of one-to-one interactions (`recipients` = 1). */
  intimacy: number;
  /** Total duration of the interactions, in seconds. */
  durationSeconds: number;
}

/** The graph built by {@link tiesFromInteractions}. */
export type InteractionTiesGraph =
  | UndirectedGraph<Record<string, unknown>, InteractionTieAttributes>
  | DirectedGraph<Record<string, unknown>, InteractionTieAttributes>;

/** The indicators of each tie of an index, aligned with `index.tieSources` / `tieTargets` / `tieStrengths`. */
export interface InteractionTieTable {
  interactions: Uint32Array;
  sourceInitiated: Uint32Array;
  targetInitiated: Uint32Array;
  firstAt: Float64Array;
  lastAt: Float64Array;
  spanDays: Float64Array;
  ageDays: Float64Array;
  daysSinceLast: Float64Array;
  recency: Float64Array;
  decayedVolume: Float64Array;
  reciprocity: Float64Array;
  /** 1 for a one-way tie, 0 otherwise. */
  oneWay: Uint8Array;
  channels: Uint8Array;
  multiplexity: Float64Array;
  intimacy: Float64Array;
  durationSeconds: Float64Array;
}

/** One rejected event, as kept in a report. */
export interface RejectedEvent {
  /** The 0-based position of the event in the input. */
  index: number;
  /** Why it was rejected: `invalidEvent`, `invalidId`, `emptyId`, `invalidTime`, `invalidChannel`, `tooManyChannels`, `invalidDuration`, `invalidRecipients`. */
  reason: string;
  /** What was wrong, in words. */
  message: string;
  /** The offending field (`from`, `to`, `at`, `channel`, `durationSeconds`, `recipients`), if any. */
  field: string | undefined;
}

/** What {@link tiesFromInteractions} read, kept and dropped. */
export interface TiesFromInteractionsReport {
  /** Events read (valid or not). */
  events: number;
  /** Events folded into a pair: valid, between two people, inside the window. */
  accepted: number;
  /** Invalid events (see `rejectedByReason`, `rejectedEvents`). */
  rejected: number;
  /** Events whose `from` equals `to`: dropped (a self-interaction is not a tie) and counted. */
  selfInteractions: number;
  /** Events before the window start. */
  beforeWindow: number;
  /** Events after `asOf`. */
  afterAsOf: number;
  /** The time the ties are measured at (epoch ms), or `null` with no events to take it from. */
  asOf: number | null;
  /** The window start (epoch ms), or `null` without a window. */
  windowStart: number | null;
  /** People in the result: everyone with an accepted event, including those whose ties were all dropped. */
  people: number;
  /** Pairs with at least one accepted event. */
  pairs: number;
  /** Ties in the result. */
  ties: number;
  /** Ties in the result flagged `oneWay`. */
  oneWayTies: number;
  /** Pairs dropped for having fewer than `minInteractions` interactions. */
  droppedByMinInteractions: number;
  /** Pairs dropped because every weighted indicator was 0, so strength was 0 (metrics reject zero strengths). */
  droppedZeroStrength: number;
  /** Pairs dropped as dormant (`dormantBelow`). */
  droppedDormant: number;
  /** The weights β actually used: rescaled to sum to 1, and 0 for indicators the log does not carry. */
  weights: Record<TieIndicator, number>;
  /** The divisor S_d of each indicator (its maximum with `scaling: 'max'`; 1 for bounded indicators or `scaling: 'none'`). */
  scales: Record<TieIndicator, number>;
  /** Indicators with no evidence in the accepted events (no channel, no `recipients`, no `durationSeconds`): weight 0. */
  unobserved: TieIndicator[];
  /** Whether events were held in memory (a `windowDays` without `asOf`: the window is only known at the end). */
  buffered: boolean;
  /** Invalid events per reason. */
  rejectedByReason: Record<string, number>;
  /** The first 20 invalid events. */
  rejectedEvents: RejectedEvent[];
}

/** The result of {@link tiesFromInteractions} with `as: 'graph'`. */
export interface InteractionTies {
  graph: InteractionTiesGraph;
  report: TiesFromInteractionsReport;
}

/** The result of {@link tiesFromInteractions} with `as: 'index'`. */
export interface InteractionTiesIndex {
  /** The ties, with `tieStrengths` = strength. */
  index: CsrIndex;
  /** The indicators of each tie, aligned with the index's tie arrays. */
  ties: InteractionTieTable;
  report: TiesFromInteractionsReport;
}

/**
 * Tie strength from interaction logs: folds timestamped interactions (e-mails, chats, meetings,
 * calls) into one tie per pair, with a composite strength and every indicator behind it.
 *
 * Strength s in (0, 1] answers "how strong is this relationship as of `asOf`?" from evidence of
 * frequency, recency, time-decayed volume, duration, reciprocity, multiplexity, intimacy and
 * contact time (Granovetter's dimensions, measured as Marsden & Campbell and Gilbert & Karahalios do).
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   s_ij = Σ_d β_d · f_d(i, j) / S_d           Σ_d β_d = 1 over the indicators the log carries
 *   frequency     f = ln(1 + c_ij)             c_ij = interactions of i and j in [asOf − window, asOf]
 *   recency       f = 2^(−Δ_ij / h)            Δ_ij = asOf − time of their last interaction; h = halfLifeDays
 *   volume        f = ln(1 + w_ij)             w_ij = Σ_k v_k · e^(−λ (asOf − t_k)),  λ = ln 2 / h,  v_k = 1
 *   duration      f = ln(1 + D_ij)             D_ij = days from first to last interaction ('span') or to asOf ('age')
 *   reciprocity   f = min(n_ij, n_ji) / max(n_ij, n_ji)    n_ij = interactions initiated by i; 0 if one-way
 *   multiplexity  f = Σ_{channels used} α_ch   α = channelWeights (default 1: the number of channels)
 *   intimacy      f = share of interactions with recipients = 1 (exactly two participants)
 *   contactTime   f = ln(1 + hours of the interactions' durationSeconds)
 *   S_d = max over ties of f_d for frequency, volume, duration, multiplexity, contactTime (scaling 'max');
 *   S_d = 1 for recency, reciprocity, intimacy (already in [0, 1]) and with scaling 'none'.
 *   Default β: frequency .15, recency .20, volume .15, duration .10, reciprocity .15,
 *   multiplexity .10, intimacy .10, contactTime .05.
 *
 * @remarks
 * - **Defaults (METRICS.md §6, decision 1).** h = 90 days (a quarter: a contact not renewed for a
 *   year keeps 1/16 of its recency); no window; no dormancy threshold. Recency gets the largest β,
 *   as days since last contact was the strongest single predictor in Gilbert & Karahalios 2009;
 *   frequency, volume and reciprocity follow; multiplexity, intimacy and duration are weaker
 *   proxies; contact time is the sparsest evidence. Calibrate β on surveyed ties where you can.
 * - **Scaling.** With `'max'` the unbounded indicators are divided by their maximum over the ties
 *   kept by `minInteractions` (so s ≤ 1, and the tie with the most of everything has s = 1);
 *   strengths are therefore relative to the log. Bounded indicators keep their absolute meaning.
 * - **Absent evidence is not weakness.** An indicator the accepted events never carry (no event
 *   has a channel → multiplexity; no `recipients` → intimacy; no `durationSeconds` → contactTime)
 *   gets weight 0, and the others are rescaled to sum to 1 (`report.weights`, `report.unobserved`).
 * - **One-way ties** get reciprocity 0 and `oneWay: true`: their reciprocity is unknown (a log
 *   may see only one side), so classify them as "unknown", not "weak".
 * - **Strength stays > 0.** Frequency ≥ ln 2 for every tie, so with the default β every strength
 *   is > 0. A tie whose weighted indicators are all 0 (possible with custom β, e.g. only
 *   reciprocity on a one-way tie) is dropped and counted (`droppedZeroStrength`): metrics reject
 *   zero strengths (METRICS.md §1.3). Ties with no event in the window never appear
 *   (`emptyWindow: 'drop'` of METRICS.md §3.1).
 * - **Time.** Decay is computed from event times relative to `asOf`, never by decaying stored
 *   weights. `asOf` defaults to the time of the last interaction between two people. Events after
 *   `asOf` and before the window are ignored and counted. A `windowDays` without `asOf` holds the
 *   accepted events in memory (about 30 bytes each) until the end, where the window is known;
 *   give `asOf` to read any log in memory proportional to its pairs.
 * - **Events.** Self-interactions are dropped and counted. An invalid event throws
 *   {@link InvalidEventError} naming its index, or with `onInvalidEvent: 'skip'` is skipped and
 *   reported (counts per reason and the first 20); it never yields `NaN`. At most 64 distinct
 *   channels (a channel is a medium, not a subject line).
 * - **Bridge decay.** Recency removes bridges faster than other ties (Burt 2002: most bridges
 *   are gone a year later), so a short half-life lowers measured brokerage. Say so in reports.
 * - **Determinism.** The output does not depend on event order: counts, minima and maxima are
 *   exact; duration sums are exact in milliseconds; decayed volume is summed with exact
 *   power-of-two rescaling and compensation, so shuffled input gives bit-identical output in
 *   practice (checked on 20,000 random logs; any difference would be below 1e-15 relative).
 * - **Output order.** Nodes are in key order; ties in (source, target) order, keyed `'0'`, `'1'`,
 *   … (the index's tie ids); an undirected tie's source is the smaller key.
 * - Ship strength as an **estimate**: logs misclassify many ties (Wiese et al. 2015); raw counts
 *   overstate co-worker ties (Marsden & Campbell 1984). No open peer computes this composite;
 *   tests use hand-computed indicator values.
 *
 * @param events The interactions: an iterable (read synchronously) or an async iterable such as
 *   {@link readInteractionsCsv}'s result.
 * @param options The {@link TiesFromInteractionsOptions}.
 * @returns `{ graph, report }` (an `UndirectedGraph`, or `DirectedGraph` with `directed: true`,
 *   whose edges carry `weight` = strength and every indicator), or `{ index, ties, report }`
 *   with `as: 'index'`; a Promise of it for an async iterable.
 * @throws {@link InvalidOptionError} If an option is bad, or `events` is not iterable.
 * @throws {@link InvalidEventError} If an event is invalid (with `onInvalidEvent: 'throw'`), or
 *   a person's id is an `Object.prototype` member (`'__proto__'`…) a graphology graph cannot hold (use `as: 'index'`).
 *
 * @example
 * const { graph, report } = tiesFromInteractions([
 *   { from: 'ana', to: 'ben', at: '2024-01-10', channel: 'email' },
 *   { from: 'ben', to: 'ana', at: '2024-03-01', channel: 'chat' },
 *   { from: 'ana', to: 'cai', at: '2024-02-01', channel: 'email' },
 * ]);
 * graph.getEdgeAttribute('ana', 'ben', 'weight');  //=> 1
 * graph.getEdgeAttribute('ana', 'cai', 'weight');  //=> 0.4638 (approximately; one-way)
 * graph.getEdgeAttribute('ana', 'cai', 'oneWay');  //=> true
 * report.asOf;                                     //=> 1709251200000 (2024-03-01)
 *
 * References
 * [1] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [2] Marsden, P. V., & Campbell, K. E. (1984). Measuring tie strength. Social Forces 63(2):482–501.
 * [3] Gilbert, E., & Karahalios, K. (2009). Predicting tie strength with social media. Proc. CHI 2009.
 * [4] Burt, R. S. (2002). Bridge decay. Social Networks 24(4):333–363.
 * [5] Wiese, J., Min, J.-K., Hong, J. I., & Zimmerman, J. (2015). "You never call, you never write":
 *     Call and SMS logs do not always indicate tie strength.
 */
export function tiesFromInteractions(
  events: Iterable<InteractionEvent>,
  options: TiesFromInteractionsOptions & { as: 'index' },
): InteractionTiesIndex;
export function tiesFromInteractions(
  events: Iterable<InteractionEvent>,
  options?: TiesFromInteractionsOptions & { as?: 'graph' },
): InteractionTies;
export function tiesFromInteractions(
  events: AsyncIterable<InteractionEvent>,
  options: TiesFromInteractionsOptions & { as: 'index' },
): Promise<InteractionTiesIndex>;
export function tiesFromInteractions(
  events: AsyncIterable<InteractionEvent>,
  options?: TiesFromInteractionsOptions & { as?: 'graph' },
): Promise<InteractionTies>;
export function tiesFromInteractions(
  events: Iterable<InteractionEvent> | AsyncIterable<InteractionEvent>,
  options?: TiesFromInteractionsOptions,
): InteractionTies | InteractionTiesIndex | Promise<InteractionTies | InteractionTiesIndex>;
export function tiesFromInteractions(
  events: Iterable<InteractionEvent> | AsyncIterable<InteractionEvent>,
  options?: TiesFromInteractionsOptions,
): InteractionTies | InteractionTiesIndex | Promise<InteractionTies | InteractionTiesIndex> {
  const config = resolveConfig(options);
  const accumulator = new InteractionAccumulator(config);
  if (events != null && typeof events !== 'string' && typeof (events as Iterable<unknown>)[Symbol.iterator] === 'function') {
    let index = 0;
    for (const event of events as Iterable<unknown>) accumulator.add(event, index++);
    return finish(accumulator, config);
  }
  if (events != null && typeof (events as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    return consumeAsync(events as AsyncIterable<unknown>, accumulator).then(() => finish(accumulator, config));
  }
  throw new InvalidOptionError(`${NAME}: events must be an iterable or async iterable of events; got ${show(events)}`, 'events');
}

/** @internal Reads an async iterable into the accumulator (batched when the source offers batches). */
async function consumeAsync(events: AsyncIterable<unknown>, accumulator: InteractionAccumulator): Promise<void> {
  let index = 0;
  const batches = (events as { [EVENT_BATCHES]?: () => AsyncIterable<readonly unknown[]> })[EVENT_BATCHES];
  if (typeof batches === 'function') {
    for await (const batch of batches.call(events)) {
      for (let i = 0; i < batch.length; i++) accumulator.add(batch[i], index++);
    }
    return;
  }
  for await (const event of events) accumulator.add(event, index++);
}

/**
 * @internal
 * An optional method of an async iterable of events returning an async iterable of event arrays:
 * {@link tiesFromInteractions} then pays one `await` per batch instead of one per event.
 */
export const EVENT_BATCHES: unique symbol = Symbol.for('tiestrength.eventBatches') as never;

/** @internal Options after validation, in the units the accumulator uses. */
interface Config {
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
function resolveConfig(options: TiesFromInteractionsOptions | undefined): Config {
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
  if (opts.window !== undefined && options?.windowDays !== undefined) {
    throw new InvalidOptionError(`${NAME}: give either window or windowDays (both are days), not both`, 'window');
  }
  const windowDays = opts.window !== undefined ? opts.window : opts.windowDays;
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

/** Kept in a report: the first rejected events. */
const MAX_REPORTED_EVENTS = 20;

/** Distinct channels a pair record can hold (two 32-bit masks). */
const MAX_CHANNELS = 64;

/** Decay terms more than this many half-lives older than the pair's latest event are dropped (< 2^−1000 of it). */
const MAX_SHIFT = 1000;

/** 2^−k for k = 0…MAX_SHIFT, exact (repeated halving of 1 stays in the normal range). */
const POW2_NEG = (() => {
  const table = new Float64Array(MAX_SHIFT + 1);
  let x = 1;
  for (let k = 0; k <= MAX_SHIFT; k++, x /= 2) table[k] = x;
  return table;
})();

/** Event flags: one-to-one, recipients given, duration given, channel given. */
const ONE_TO_ONE = 1;
const HAS_RECIPIENTS = 2;
const HAS_DURATION = 4;
const HAS_CHANNEL = 8;

/**
 * @internal
 * Folds events into one record per pair. Columns are typed arrays indexed by pair id, grown
 * with the {@link PairTable}; nothing is kept per event (except in the buffered mode, a window
 * without `asOf`).
 */
class InteractionAccumulator {
  readonly ids = new KeyInterner();
  readonly table = new PairTable(1024);
  /** Index of the first event naming each person (for messages). */
  firstEvent = new Float64Array(1024);
  readonly channelNames: string[] = [];
  private readonly channelIds = new Map<string, number>();

  // Per-pair columns.
  capacity = 0;
  init0 = new Uint32Array(0); // initiated by the pair's first id
  init1 = new Uint32Array(0); // initiated by the pair's second id (undirected only)
  first = new Float64Array(0);
  last = new Float64Array(0);
  hi = new Float64Array(0); // decayed volume, compensated: hi + lo
  lo = new Float64Array(0);
  ref = new Float64Array(0); // deferred asOf: the power-of-two reference (in half-lives) of hi/lo
  oneToOne = new Uint32Array(0);
  durationMs = new Float64Array(0);
  chLow = new Uint32Array(0);
  chHigh = new Uint32Array(0);

  // Counts for the report.
  events = 0;
  accepted = 0;
  selfInteractions = 0;
  beforeWindow = 0;
  afterAsOf = 0;
  rejected = 0;
  readonly rejectedByReason: Record<string, number> = {};
  readonly rejectedEvents: RejectedEvent[] = [];
  /** Evidence flags over accepted events (HAS_*). */
  seen = 0;
  /** Latest time of a valid event between two people. */
  maxTime = -Infinity;

  /** Whether asOf was given (otherwise it is the last event's time, known at the end). */
  readonly asOfKnown: boolean;
  /** Whether accepted events are held until the end (a window without asOf). */
  readonly buffered: boolean;
  /** Whether decay is accumulated before asOf is known (no asOf, no window). */
  readonly decayDeferred: boolean;
  /** The id of the unnamed channel '', or −1. */
  private unnamed = -1;
  asOf: number;
  windowStart: number;
  private readonly invHalfLife: number;
  private readonly directed: boolean;
  private readonly skip: boolean;

  // The buffer of the buffered mode.
  private bufLength = 0;
  private bufA = new Uint32Array(0);
  private bufB = new Uint32Array(0);
  private bufT = new Float64Array(0);
  private bufDur = new Float64Array(0);
  private bufChannel = new Uint8Array(0);
  private bufFlags = new Uint8Array(0);

  constructor(private readonly config: Config) {
    this.directed = config.directed;
    this.skip = config.skipInvalid;
    this.asOf = config.asOf;
    this.asOfKnown = !Number.isNaN(config.asOf);
    this.buffered = !this.asOfKnown && Number.isFinite(config.windowMs);
    this.decayDeferred = !this.asOfKnown && !this.buffered;
    this.windowStart = this.asOfKnown ? config.asOf - config.windowMs : -Infinity;
    this.invHalfLife = 1 / config.halfLifeMs;
    this.grow(1024);
  }

  /** Validates one event and folds it in (or counts why not). */
  add(event: unknown, index: number): void {
    this.events++;
    if (typeof event !== 'object' || event === null) {
      this.reject(index, 'invalidEvent', `event ${index} is ${show(event)}, not an object { from, to, at }`, undefined, event);
      return;
    }
    const e = event as InteractionEvent;
    const from = e.from;
    const fromKey = typeof from === 'string' && from.length > 0 ? from : idKey(from);
    if (fromKey === null) return this.rejectId(index, 'from', from);
    const to = e.to;
    const toKey = typeof to === 'string' && to.length > 0 ? to : idKey(to);
    if (toKey === null) return this.rejectId(index, 'to', to);
    const at = e.at;
    const t = typeof at === 'number' ? (at >= -8.64e15 && at <= 8.64e15 ? at : Number.NaN) : toEpochMs(at);
    if (t !== t) {
      this.reject(
        index,
        'invalidTime',
        `event ${index}: at ${show(at instanceof Date ? 'Invalid Date' : at)} is not a valid Date, epoch milliseconds or ISO-8601 timestamp`,
        'at',
        at,
      );
      return;
    }
    let flags = ONE_TO_ONE;
    let channel = 0;
    const c = e.channel;
    if (c !== undefined && c !== null && c !== '') {
      if (typeof c !== 'string') {
        this.reject(index, 'invalidChannel', `event ${index}: channel ${show(c)} is not a string`, 'channel', c);
        return;
      }
      channel = this.channelIds.get(c) ?? this.newChannel(c);
      if (channel < 0) {
        this.reject(index, 'tooManyChannels', `event ${index}: channel ${show(c)} would be channel ${MAX_CHANNELS + 1}; at most ${MAX_CHANNELS} distinct channels (a channel is a medium such as email, chat, meeting)`, 'channel', c);
        return;
      }
      flags |= HAS_CHANNEL;
    } else {
      channel = this.unnamed >= 0 ? this.unnamed : (this.unnamed = this.channelIds.get('') ?? this.newChannel(''));
      if (channel < 0) {
        this.reject(index, 'tooManyChannels', `event ${index}: the unnamed channel would be channel ${MAX_CHANNELS + 1}; at most ${MAX_CHANNELS} distinct channels`, 'channel', c);
        return;
      }
    }
    let durationMs = 0;
    const d = e.durationSeconds;
    if (d !== undefined && d !== null) {
      if (typeof d !== 'number' || !(d >= 0) || d === Infinity) {
        this.reject(index, 'invalidDuration', `event ${index}: durationSeconds ${show(d)} is not a finite number ≥ 0`, 'durationSeconds', d);
        return;
      }
      durationMs = Math.round(d * 1000);
      flags |= HAS_DURATION;
    }
    const r = e.recipients;
    if (r !== undefined && r !== null) {
      if (typeof r !== 'number' || !Number.isInteger(r) || r < 1) {
        this.reject(index, 'invalidRecipients', `event ${index}: recipients ${show(r)} is not an integer ≥ 1`, 'recipients', r);
        return;
      }
      if (r !== 1) flags &= ~ONE_TO_ONE;
      flags |= HAS_RECIPIENTS;
    }
    if (fromKey === toKey) {
      this.selfInteractions++;
      return;
    }
    if (t > this.maxTime) this.maxTime = t;
    if (this.asOfKnown) {
      if (t > this.asOf) {
        this.afterAsOf++;
        return;
      }
      if (t < this.windowStart) {
        this.beforeWindow++;
        return;
      }
    }
    const a = this.intern(fromKey, index);
    const b = this.intern(toKey, index);
    if (this.buffered) this.hold(a, b, t, channel, durationMs, flags);
    else this.fold(a, b, t, channel, durationMs, flags);
  }

  private intern(key: string, index: number): number {
    const ids = this.ids;
    const before = ids.size;
    const id = ids.intern(key);
    if (id === before) {
      if (id === this.firstEvent.length) this.firstEvent = growFloat64(this.firstEvent, id * 2);
      this.firstEvent[id] = index;
    }
    return id;
  }

  private newChannel(name: string): number {
    if (this.channelNames.length === MAX_CHANNELS) return -1;
    const id = this.channelNames.length;
    this.channelNames.push(name);
    this.channelIds.set(name, id);
    return id;
  }

  /** Folds one accepted event into its pair's record. */
  private fold(a: number, b: number, t: number, channel: number, durationMs: number, flags: number): void {
    this.accepted++;
    this.seen |= flags;
    let x = a;
    let y = b;
    let forward = true;
    if (!this.directed && b < a) {
      x = b;
      y = a;
      forward = false;
    }
    const p = this.table.intern(x, y);
    if (p === this.capacity) this.grow(this.capacity * 2);
    const count = this.init0[p]! + this.init1[p]!;
    if (forward) this.init0[p]!++;
    else this.init1[p]!++;
    if (count === 0) {
      this.first[p] = t;
      this.last[p] = t;
    } else {
      if (t < this.first[p]!) this.first[p] = t;
      if (t > this.last[p]!) this.last[p] = t;
    }
    if (channel < 32) this.chLow[p]! |= 1 << channel;
    else this.chHigh[p]! |= 1 << (channel - 32);
    this.oneToOne[p]! += flags & ONE_TO_ONE;
    this.durationMs[p]! += durationMs;

    // Decayed volume. With a known asOf every term is 2^(−(asOf − t)/h), summed with Neumaier's
    // compensation. With asOf deferred, a term is 2^frac(t/h) · 2^(floor(t/h) − ref): its
    // mantissa depends on t alone, and the reference moves only by exact powers of two, so the
    // sum does not depend on the order in which the pair's events arrive (up to compensation).
    let term: number;
    if (!this.decayDeferred) {
      term = Math.pow(2, (t - this.asOf) * this.invHalfLife);
    } else {
      const q = t * this.invHalfLife;
      const n = Math.floor(q);
      const base = Math.pow(2, q - n);
      if (count === 0) {
        this.ref[p] = n;
        this.hi[p] = base;
        this.lo[p] = 0;
        return;
      }
      const ref = this.ref[p]!;
      if (n > ref) {
        const shift = n - ref;
        const scale = shift > MAX_SHIFT ? 0 : POW2_NEG[shift]!;
        this.hi[p]! *= scale;
        this.lo[p]! *= scale;
        this.ref[p] = n;
        term = base;
      } else {
        const lag = ref - n;
        if (lag > MAX_SHIFT) return;
        term = base * POW2_NEG[lag]!;
      }
    }
    const s = this.hi[p]!;
    const sum = s + term;
    this.lo[p]! += s >= term ? s - sum + term : term - sum + s;
    this.hi[p] = sum;
  }

  /** Buffered mode: keeps an event until the window is known. */
  private hold(a: number, b: number, t: number, channel: number, durationMs: number, flags: number): void {
    const i = this.bufLength++;
    if (i === this.bufA.length) {
      const size = Math.max(1024, i * 2);
      this.bufA = growUint32(this.bufA, size);
      this.bufB = growUint32(this.bufB, size);
      this.bufT = growFloat64(this.bufT, size);
      this.bufDur = growFloat64(this.bufDur, size);
      const c = new Uint8Array(size);
      c.set(this.bufChannel);
      this.bufChannel = c;
      const f = new Uint8Array(size);
      f.set(this.bufFlags);
      this.bufFlags = f;
    }
    this.bufA[i] = a;
    this.bufB[i] = b;
    this.bufT[i] = t;
    this.bufDur[i] = durationMs;
    this.bufChannel[i] = channel;
    this.bufFlags[i] = flags;
  }

  /** Fixes asOf (and the window) and, in buffered mode, folds the held events. */
  settle(): void {
    if (this.asOfKnown) return;
    this.asOf = this.maxTime === -Infinity ? Number.NaN : this.maxTime;
    if (!this.buffered) return;
    this.windowStart = this.asOf - this.config.windowMs;
    const start = this.windowStart;
    for (let i = 0; i < this.bufLength; i++) {
      const t = this.bufT[i]!;
      if (t < start) {
        this.beforeWindow++;
        continue;
      }
      this.fold(this.bufA[i]!, this.bufB[i]!, t, this.bufChannel[i]!, this.bufDur[i]!, this.bufFlags[i]!);
    }
    this.bufLength = 0;
    this.bufA = this.bufB = new Uint32Array(0);
    this.bufT = this.bufDur = new Float64Array(0);
  }

  /** The decayed volume of pair p at asOf. */
  decayed(p: number): number {
    const sum = this.hi[p]! + this.lo[p]!;
    return this.decayDeferred ? sum * Math.pow(2, this.ref[p]! - this.asOf * this.invHalfLife) : sum;
  }

  private grow(size: number): void {
    this.init0 = growUint32(this.init0, size);
    this.init1 = growUint32(this.init1, size);
    this.first = growFloat64(this.first, size);
    this.last = growFloat64(this.last, size);
    this.hi = growFloat64(this.hi, size);
    this.lo = growFloat64(this.lo, size);
    if (this.decayDeferred) this.ref = growFloat64(this.ref, size);
    this.oneToOne = growUint32(this.oneToOne, size);
    this.durationMs = growFloat64(this.durationMs, size);
    this.chLow = growUint32(this.chLow, size);
    this.chHigh = growUint32(this.chHigh, size);
    this.capacity = size;
  }

  private rejectId(index: number, field: 'from' | 'to', value: unknown): void {
    if (value === '') this.reject(index, 'emptyId', `event ${index}: empty ${field} id`, field, value);
    else this.reject(index, 'invalidId', `event ${index}: ${field} ${show(value)} is not a non-empty string or a finite number`, field, value);
  }

  private reject(index: number, reason: string, message: string, field: string | undefined, value: unknown): void {
    if (!this.skip) throw new InvalidEventError(`${NAME}: ${message}`, { index, reason, field, value });
    this.rejected++;
    this.rejectedByReason[reason] = (this.rejectedByReason[reason] ?? 0) + 1;
    if (this.rejectedEvents.length < MAX_REPORTED_EVENTS) this.rejectedEvents.push({ index, reason, message, field });
  }
}

/** An id as a key: a non-empty string, or a finite number as its string; otherwise `null`. */
function idKey(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 0 ? value : null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** @internal Popcount of a 32-bit integer. */
function bitCount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** @internal The per-pair indicators, the strengths and the kept ties; then the graph or index. */
function finish(acc: InteractionAccumulator, config: Config): InteractionTies | InteractionTiesIndex {
  acc.settle();
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
  const weights = {} as Record<TieIndicator, number>;
  const scales = {} as Record<TieIndicator, number>;
  let total = 0;
  for (const d of TIE_INDICATORS) {
    weights[d] = unobserved.includes(d) ? 0 : config.weights[d];
    total += weights[d];
    let scale = 1;
    if (config.scaling === 'max' && !BOUNDED.has(d)) {
      let max = 0;
      const values = f[d];
      for (let p = 0; p < P; p++) if (keep[p] && values[p]! > max) max = values[p]!;
      if (max > 0) scale = max;
    }
    scales[d] = scale;
  }
  if (!(total > 0)) {
    throw new InvalidOptionError(
      `${NAME}: option weights gives weight only to indicators the events do not carry (${unobserved.join(', ')}); ` +
        'give a weight to frequency, recency, volume, duration or reciprocity',
      'weights',
    );
  }
  for (const d of TIE_INDICATORS) weights[d] /= total;

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

  // People: everyone in a pair, in key order.
  const n0 = acc.ids.size;
  const used = new Uint8Array(n0);
  for (let p = 0; p < P; p++) {
    used[pairFirst[p]!] = 1;
    used[pairSecond[p]!] = 1;
  }
  const allKeys = acc.ids.keys;
  const order: number[] = [];
  for (let v = 0; v < n0; v++) if (used[v]) order.push(v);
  order.sort((x, y) => (allKeys[x]! < allKeys[y]! ? -1 : 1));
  const n = order.length;
  const newId = new Uint32Array(n0);
  const oldId = new Uint32Array(n);
  const keys: string[] = new Array<string>(n);
  const idOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    newId[v] = i;
    oldId[i] = v;
    keys[i] = allKeys[v]!;
    idOf.set(allKeys[v]!, i);
  }

  let m = 0;
  for (let p = 0; p < P; p++) m += keep[p]!;
  const sources = new Uint32Array(m);
  const targets = new Uint32Array(m);
  const strengths = new Float64Array(m);
  for (let p = 0, k = 0; p < P; p++) {
    if (!keep[p]) continue;
    sources[k] = newId[pairFirst[p]!]!;
    targets[k] = newId[pairSecond[p]!]!;
    strengths[k] = strength[p]!;
    k++;
  }
  const index = csrFromEdges({
    directed,
    weighted: true,
    keys,
    idOf,
    m,
    sources,
    targets,
    strengths,
    distances: null,
    strengthRule: 'sum',
  });

  // Indicators in the index's tie order.
  const T = index.size;
  const ties: InteractionTieTable = {
    interactions: new Uint32Array(T),
    sourceInitiated: new Uint32Array(T),
    targetInitiated: new Uint32Array(T),
    firstAt: new Float64Array(T),
    lastAt: new Float64Array(T),
    spanDays: new Float64Array(T),
    ageDays: new Float64Array(T),
    daysSinceLast: new Float64Array(T),
    recency: new Float64Array(T),
    decayedVolume: new Float64Array(T),
    reciprocity: new Float64Array(T),
    oneWay: new Uint8Array(T),
    channels: new Uint8Array(T),
    multiplexity: new Float64Array(T),
    intimacy: new Float64Array(T),
    durationSeconds: new Float64Array(T),
  };
  let oneWayTies = 0;
  for (let t = 0; t < T; t++) {
    const u = oldId[index.tieSources[t]!]!;
    const v = oldId[index.tieTargets[t]!]!;
    const p = directed || u < v ? acc.table.get(u, v) : acc.table.get(v, u);
    const sourceIsFirst = pairFirst[p] === u;
    ties.interactions[t] = count[p]!;
    ties.sourceInitiated[t] = directed || sourceIsFirst ? init0[p]! : init1[p]!;
    ties.targetInitiated[t] = directed ? reverse[p]! : sourceIsFirst ? init1[p]! : init0[p]!;
    ties.firstAt[t] = first[p]!;
    ties.lastAt[t] = last[p]!;
    ties.spanDays[t] = (last[p]! - first[p]!) / MS_PER_DAY;
    ties.ageDays[t] = (asOf - first[p]!) / MS_PER_DAY;
    ties.daysSinceLast[t] = (asOf - last[p]!) / MS_PER_DAY;
    ties.recency[t] = f.recency[p]!;
    ties.decayedVolume[t] = decayed[p]!;
    ties.reciprocity[t] = f.reciprocity[p]!;
    const oneWay = ties.sourceInitiated[t] === 0 || ties.targetInitiated[t] === 0;
    ties.oneWay[t] = oneWay ? 1 : 0;
    if (oneWay) oneWayTies++;
    ties.channels[t] = channels[p]!;
    ties.multiplexity[t] = f.multiplexity[p]!;
    ties.intimacy[t] = f.intimacy[p]!;
    ties.durationSeconds[t] = durationMs[p]! / 1000;
  }

  const report: TiesFromInteractionsReport = {
    events: acc.events,
    accepted: acc.accepted,
    rejected: acc.rejected,
    selfInteractions: acc.selfInteractions,
    beforeWindow: acc.beforeWindow,
    afterAsOf: acc.afterAsOf,
    asOf: Number.isNaN(asOf) ? null : asOf,
    windowStart: Number.isFinite(config.windowMs) && !Number.isNaN(asOf) ? asOf - config.windowMs : null,
    people: n,
    pairs: P,
    ties: T,
    oneWayTies,
    droppedByMinInteractions: droppedByMin,
    droppedZeroStrength: droppedZero,
    droppedDormant,
    weights,
    scales,
    unobserved,
    buffered: acc.buffered,
    rejectedByReason: acc.rejectedByReason,
    rejectedEvents: acc.rejectedEvents,
  };
  if (config.as === 'index') return { index, ties, report };
  return { graph: buildGraph(index, ties, acc, oldId), report };
}

/** @internal The graphology graph of the ties: nodes in id (key) order, edges in tie order keyed by tie id. */
function buildGraph(index: CsrIndex, ties: InteractionTieTable, acc: InteractionAccumulator, oldId: Uint32Array): InteractionTiesGraph {
  // graphology keeps each node's neighbours in a plain object: a tie at a node keyed like an
  // Object.prototype member ('__proto__', 'constructor', …) would be refused or lost.
  for (let v = 0; v < index.order; v++) {
    const key = index.keys[v]!;
    if (key in Object.prototype && index.degree(v) + index.inDegree(v) > 0) {
      const at = acc.firstEvent[oldId[v]!]!;
      throw new InvalidEventError(
        `${NAME}: event ${at}: id ${show(key)} cannot hold a tie in a graphology graph (graphology keeps ` +
          `neighbours in plain objects, where ${show(key)} is an Object.prototype member); use as: 'index', or rename the id`,
        { index: at, reason: 'unsupportedId', value: key },
      );
    }
  }
  const graph = index.directed
    ? new DirectedGraph<Record<string, unknown>, InteractionTieAttributes>()
    : new UndirectedGraph<Record<string, unknown>, InteractionTieAttributes>();
  const keys = index.keys;
  for (let v = 0; v < keys.length; v++) graph.addNode(keys[v]!);
  const { tieSources, tieTargets, tieStrengths } = index;
  for (let t = 0; t < index.size; t++) {
    graph.addEdgeWithKey(String(t), keys[tieSources[t]!]!, keys[tieTargets[t]!]!, {
      weight: tieStrengths[t]!,
      interactions: ties.interactions[t]!,
      sourceInitiated: ties.sourceInitiated[t]!,
      targetInitiated: ties.targetInitiated[t]!,
      firstAt: ties.firstAt[t]!,
      lastAt: ties.lastAt[t]!,
      spanDays: ties.spanDays[t]!,
      ageDays: ties.ageDays[t]!,
      daysSinceLast: ties.daysSinceLast[t]!,
      recency: ties.recency[t]!,
      decayedVolume: ties.decayedVolume[t]!,
      reciprocity: ties.reciprocity[t]!,
      oneWay: ties.oneWay[t] === 1,
      channels: ties.channels[t]!,
      multiplexity: ties.multiplexity[t]!,
      intimacy: ties.intimacy[t]!,
      durationSeconds: ties.durationSeconds[t]!,
    });
  }
  return graph;
}
