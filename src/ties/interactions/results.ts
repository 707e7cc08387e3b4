/**
 * What {@link tiesFromInteractions} returns: the graph's edge attributes, the tie table of an
 * index, and the report.
 *
 * @module
 */
import type { DirectedGraph, UndirectedGraph } from 'graphology';
import type { CsrIndex } from '../../core/csr.js';
import type { TieIndicator } from './options.js';

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
  /** Interactions in the window (c), per tie. */
  interactions: Uint32Array;
  /** Interactions initiated by the tie's source (`index.tieSources`), per tie (for an arc: all of them). */
  sourceInitiated: Uint32Array;
  /** Interactions initiated by the tie's target (`index.tieTargets`), per tie (for an arc: those of the reverse arc). */
  targetInitiated: Uint32Array;
  /** Time of the first interaction in the window, in epoch milliseconds, per tie. */
  firstAt: Float64Array;
  /** Time of the last interaction in the window, in epoch milliseconds, per tie. */
  lastAt: Float64Array;
  /** Days from the first to the last interaction, per tie. */
  spanDays: Float64Array;
  /** Days from the first interaction to `asOf`, per tie. */
  ageDays: Float64Array;
  /** Days from the last interaction to `asOf`, per tie. */
  daysSinceLast: Float64Array;
  /** Recency 2^(−daysSinceLast / h) in (0, 1], h = `halfLifeDays`, per tie. */
  recency: Float64Array;
  /** Time-decayed volume w = Σ_k e^(−λ (asOf − t_k)), λ = ln 2 / h (each event has value 1), per tie. */
  decayedVolume: Float64Array;
  /** Reciprocity min(n_ij, n_ji) / max(n_ij, n_ji) in [0, 1] (0 for a one-way tie), per tie. */
  reciprocity: Float64Array;
  /** 1 for a one-way tie, 0 otherwise. */
  oneWay: Uint8Array;
  /** Distinct channels used, per tie. */
  channels: Uint8Array;
  /** Σ of the channel weights of the channels used (= `channels` with default weights), per tie. */
  multiplexity: Float64Array;
  /** Share of one-to-one interactions (`recipients` = 1) in [0, 1], per tie. */
  intimacy: Float64Array;
  /** Total duration of the interactions, in seconds, per tie. */
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
  /** The ties: a graphology graph (directed with `directed: true`) whose edges carry {@link InteractionTieAttributes}. */
  graph: InteractionTiesGraph;
  /** What was read, kept and dropped, and the weights and scales used. */
  report: TiesFromInteractionsReport;
}

/** The result of {@link tiesFromInteractions} with `as: 'index'`. */
export interface InteractionTiesIndex {
  /** The ties, with `tieStrengths` = strength. */
  index: CsrIndex;
  /** The indicators of each tie, aligned with the index's tie arrays. */
  ties: InteractionTieTable;
  /** What was read, kept and dropped, and the weights and scales used. */
  report: TiesFromInteractionsReport;
}
