/**
 * The SQL text of {@link tieStrengthSql}: one SELECT (a chain of CTEs) that folds an event
 * relation into ties exactly as {@link tiesFromInteractions} does, step for step:
 *
 *   ts_raw      the input columns, renamed and cast (ids to text, times to epoch milliseconds)
 *   ts_valid    the events tiesFromInteractions accepts with onInvalidEvent: 'skip', without
 *               self-interactions; durations rounded to the millisecond
 *   ts_bounds   asOf = the latest valid event (only when the asOf option is absent)
 *   ts_events   the events in [asOf − windowDays, asOf], oriented (undirected: source = the
 *               smaller id) with their decay term 2^((t − asOf)/h)
 *   ts_pc       one row per pair and channel (the channel set of a pair, for multiplexity)
 *   ts_pairs    one row per pair (per arc when directed): counts, times, decayed volume…
 *   ts_flags    which optional fields the accepted events carry (channel, duration, recipients)
 *   ts_weights  β rescaled over the indicators the log carries
 *   ts_base     the pairs minInteractions keeps, with their plain indicators
 *   ts_ind      the logarithmic indicators (ln(1 + x))
 *   ts_scales   S_d = the maximum of each unbounded indicator (scaling: 'max')
 *   ts_strength s = Σ β_d f_d / S_d, capped at 1 with scaling: 'max'
 *
 * Floating point follows the JavaScript: times are epoch milliseconds as DOUBLE, the same
 * divisions and powers in the same order, sums in the same order where the order is fixed.
 *
 * @internal
 * @module
 */
import { MS_PER_DAY } from '../../core/timestamp.js';
import { TIE_INDICATORS, type Config, type TieIndicator } from '../interactions/options.js';
import { doubleLiteral as num, type Dialect } from './dialect.js';

/** @internal The input relation and how its columns are read. */
export interface SqlInput {
  /** The FROM item: a quoted table name or a parenthesised query. */
  relation: string;
  /** Column names (unquoted); `null` for an absent optional column. */
  from: string;
  to: string;
  at: string;
  channel: string | null;
  durationSeconds: string | null;
  recipients: string | null;
  /** How `at` is stored. */
  timeFormat: 'timestamp' | 'epochMs';
}

/** Indicators already in [0, 1]: never rescaled (as in scaling.ts). */
const BOUNDED: ReadonlySet<TieIndicator> = new Set<TieIndicator>(['recency', 'reciprocity', 'intimacy']);

/** Indicators that have weight 0 when the log never carries their field, and the flag that says it does. */
const OPTIONAL_FIELD: Partial<Record<TieIndicator, string>> = { multiplexity: 'has_ch', intimacy: 'has_rec', contactTime: 'has_dur' };

/** The largest |epoch milliseconds| tiesFromInteractions accepts. */
const MAX_EPOCH_MS = 8.64e15;

/** @internal The SQL of the aggregation (no trailing semicolon). */
export function buildTieStrengthSql(d: Dialect, input: SqlInput, config: Config): string {
  const q = (name: string) => d.id(name);
  const asOfGiven = !Number.isNaN(config.asOf);
  const windowed = Number.isFinite(config.windowMs);
  const asOf = asOfGiven ? num(config.asOf) : 'as_of';
  const h = num(config.halfLifeMs);
  const invH = num(1 / config.halfLifeMs);
  const ctes: string[] = [];

  // ts_raw: the input columns under our names, cast.
  const time =
    input.timeFormat === 'epochMs'
      ? `CAST(${q(input.at)} AS DOUBLE) AS t`
      : `${d.epochMicros(q(input.at))} AS us`;
  ctes.push(`ts_raw AS ${d.inline}(
  SELECT
    CAST(${q(input.from)} AS ${d.text}) AS a,
    CAST(${q(input.to)} AS ${d.text}) AS b,
    ${time},
    ${input.channel === null ? `CAST(NULL AS ${d.text})` : `CAST(${q(input.channel)} AS ${d.text})`} AS ch_raw,
    ${input.durationSeconds === null ? 'CAST(NULL AS DOUBLE)' : `CAST(${q(input.durationSeconds)} AS DOUBLE)`} AS dur_s,
    ${input.recipients === null ? 'CAST(NULL AS DOUBLE)' : `CAST(${q(input.recipients)} AS DOUBLE)`} AS rec
  FROM ${input.relation}
)`);

  // ts_valid: what tiesFromInteractions accepts (ids non-empty, a time, a finite duration ≥ 0,
  // an integer recipients ≥ 1), minus self-interactions. Timestamps become epoch milliseconds,
  // rounded down (the ISO parser drops digits beyond the millisecond); durations are rounded to
  // the millisecond as Math.round does (halves up).
  const inf = `CAST('Infinity' AS DOUBLE)`;
  const tMs =
    input.timeFormat === 'epochMs'
      ? 't'
      : `CAST(${d.intDiv('us - (((us % 1000) + 1000) % 1000)', '1000')} AS DOUBLE)`;
  const durMs = 'dur_s * 1000e0';
  const round = `CASE WHEN ${durMs} % 1e0 >= 5e-1 THEN (${durMs} - ${durMs} % 1e0) + 1e0 ELSE ${durMs} - ${durMs} % 1e0 END`;
  ctes.push(`ts_valid AS ${d.inline}(
  SELECT
    a,
    b,
    t,
    COALESCE(ch_raw, '') AS ch,
    CASE WHEN ch_raw IS NULL OR ch_raw = '' THEN 0 ELSE 1 END AS has_ch,
    CASE WHEN dur_s IS NULL THEN 0e0 ELSE ${round} END AS dur_ms,
    CASE WHEN dur_s IS NULL THEN 0 ELSE 1 END AS has_dur,
    CASE WHEN rec IS NULL OR rec = 1e0 THEN 1 ELSE 0 END AS one_to_one,
    CASE WHEN rec IS NULL THEN 0 ELSE 1 END AS has_rec
  FROM (SELECT a, b, ${tMs === 't' ? 't' : `${tMs} AS t`}, ch_raw, dur_s, rec FROM ts_raw) AS r
  WHERE a IS NOT NULL AND a <> '' AND b IS NOT NULL AND b <> '' AND a <> b
    AND t IS NOT NULL AND abs(t) <= ${num(MAX_EPOCH_MS)}
    AND (dur_s IS NULL OR (dur_s >= 0e0 AND dur_s < ${inf}))
    AND (rec IS NULL OR (rec >= 1e0 AND rec < ${inf} AND rec % 1e0 = 0e0))
)`);

  // ts_bounds: without asOf, the time of the last valid event between two people.
  if (!asOfGiven) {
    ctes.push(`ts_bounds AS (
  SELECT max(t) AS as_of FROM ts_valid
)`);
  }
  const windowStart = windowed ? (asOfGiven ? num(config.asOf - config.windowMs) : `as_of - ${num(config.windowMs)}`) : null;
  const orient = config.directed
    ? 'a AS src, b AS dst, 1 AS fwd'
    : 'CASE WHEN a < b THEN a ELSE b END AS src, CASE WHEN a < b THEN b ELSE a END AS dst, CASE WHEN a < b THEN 1 ELSE 0 END AS fwd';
  ctes.push(`ts_events AS (
  SELECT
    ${orient},
    t,
    ch,
    has_ch,
    dur_ms,
    has_dur,
    one_to_one,
    has_rec,
    power(2e0, (t - ${asOf}) * ${invH}) AS decay${asOfGiven ? '' : ',\n    as_of'}
  FROM ts_valid${asOfGiven ? '' : ' CROSS JOIN ts_bounds'}
  WHERE t <= ${asOf}${windowStart === null ? '' : ` AND t >= ${windowStart}`}
)`);

  // ts_pc, ts_pairs: per pair and channel, then per pair.
  const carryAsOf = asOfGiven ? '' : ',\n    max(as_of) AS as_of';
  ctes.push(`ts_pc AS (
  SELECT
    src,
    dst,
    ch,
    count(*) AS n,
    sum(fwd) AS n_fwd,
    min(t) AS first_t,
    max(t) AS last_t,
    ${d.sum('decay')} AS w,
    sum(one_to_one) AS one,
    sum(dur_ms) AS dur_ms,
    max(has_ch) AS has_ch,
    max(has_dur) AS has_dur,
    max(has_rec) AS has_rec${carryAsOf}
  FROM ts_events
  GROUP BY src, dst, ch
)`);
  const alpha = channelWeightExpression(d, config.channelWeights);
  ctes.push(`ts_pairs AS (
  SELECT
    src,
    dst,
    sum(n) AS n,
    sum(n_fwd) AS n_fwd,
    min(first_t) AS first_t,
    max(last_t) AS last_t,
    ${d.sum('w')} AS w,
    sum(one) AS one,
    sum(dur_ms) AS dur_ms,
    count(*) AS channels,
    ${alpha === null ? 'CAST(count(*) AS DOUBLE)' : `sum(${alpha})`} AS mult,
    max(has_ch) AS has_ch,
    max(has_dur) AS has_dur,
    max(has_rec) AS has_rec${carryAsOf}
  FROM ts_pc
  GROUP BY src, dst
)`);

  // ts_flags, ts_weights: β over the indicators the accepted events carry, rescaled to sum 1
  // (the same additions in the same order as scaling.ts).
  ctes.push(`ts_flags AS (
  SELECT max(has_ch) AS has_ch, max(has_dur) AS has_dur, max(has_rec) AS has_rec FROM ts_pairs
)`);
  const weighted = (ind: TieIndicator) => {
    const w = config.weights[ind];
    const flag = OPTIONAL_FIELD[ind];
    return flag === undefined ? num(w) : `CASE WHEN ${flag} = 1 THEN ${num(w)} ELSE 0e0 END`;
  };
  let base = 0;
  for (const ind of TIE_INDICATORS) if (OPTIONAL_FIELD[ind] === undefined) base += config.weights[ind];
  let total = num(base);
  for (const ind of TIE_INDICATORS) if (OPTIONAL_FIELD[ind] !== undefined) total = `(${total} + ${weighted(ind)})`;
  if (!(base > 0)) {
    const message =
      'tiestrength/ties/tieStrengthSql: option weights gives weight only to indicators the events do not carry; ' +
      'give a weight to frequency, recency, volume, duration or reciprocity';
    total = `CASE WHEN ${total} > 0e0 THEN ${total} ELSE ${d.error(message)} END`;
  }
  const active = TIE_INDICATORS.filter((ind) => config.weights[ind] > 0);
  ctes.push(`ts_weights AS (
  SELECT
${active.map((ind) => `    ${weighted(ind)} / total AS w_${ind}`).join(',\n')}
  FROM (SELECT has_ch, has_dur, has_rec, ${total} AS total FROM ts_flags) AS f
)`);

  // ts_base, ts_ind: the indicators of the pairs minInteractions keeps.
  const pairAsOf = asOfGiven ? asOf : 'p.as_of';
  const reverse = config.directed
    ? `coalesce(r.n, 0)`
    : 'p.n - p.n_fwd';
  const source = config.directed ? 'p.n' : 'p.n_fwd';
  const durationEnd = config.durationMeasure === 'span' ? 'p.last_t' : pairAsOf;
  const day = num(MS_PER_DAY);
  ctes.push(`ts_base AS (
  SELECT
    src,
    dst,
    n,
    si,
    ti,
    first_t,
    last_t,
    w,
    channels,
    mult,
    CAST(n AS DOUBLE) AS x_frequency,
    power(2e0, -(as_of - last_t) / ${h}) AS recency,
    (duration_end - first_t) / ${day} AS x_duration,
    CASE WHEN si = 0 OR ti = 0 THEN 0e0 ELSE CAST(CASE WHEN si < ti THEN si ELSE ti END AS DOUBLE) / CAST(CASE WHEN si < ti THEN ti ELSE si END AS DOUBLE) END AS reciprocity,
    CAST(one AS DOUBLE) / CAST(n AS DOUBLE) AS intimacy,
    dur_ms / 3600000e0 AS x_contact,
    (last_t - first_t) / ${day} AS span_days,
    (as_of - first_t) / ${day} AS age_days,
    (as_of - last_t) / ${day} AS days_since_last,
    dur_ms / 1000e0 AS duration_seconds
  FROM (
    SELECT p.src, p.dst, p.n, ${source} AS si, ${reverse} AS ti, p.first_t, p.last_t, p.w, p.one, p.dur_ms,
      p.channels, p.mult, ${pairAsOf} AS as_of, ${durationEnd} AS duration_end
    FROM ts_pairs AS p${config.directed ? '\n    LEFT JOIN ts_pairs AS r ON r.src = p.dst AND r.dst = p.src' : ''}
    WHERE p.n >= ${config.minInteractions}
  ) AS k
)`);
  ctes.push(`ts_ind AS (
  SELECT
    *,
    ${d.log1p('x_frequency')} AS f_frequency,
    ${d.log1p('w')} AS f_volume,
    ${d.log1p('x_duration')} AS f_duration,
    ${d.log1p('x_contact')} AS f_contact_time
  FROM ts_base
)`);

  // ts_scales, ts_strength: S_d, then s = Σ β_d · (f_d / S_d) in indicator order, capped at 1.
  const column: Record<TieIndicator, string> = {
    frequency: 'f_frequency',
    recency: 'recency',
    volume: 'f_volume',
    duration: 'f_duration',
    reciprocity: 'reciprocity',
    multiplexity: 'mult',
    intimacy: 'intimacy',
    contactTime: 'f_contact_time',
  };
  const scaled = active.filter((ind) => config.scaling === 'max' && !BOUNDED.has(ind));
  if (scaled.length > 0) {
    ctes.push(`ts_scales AS (
  SELECT
${scaled.map((ind) => `    CASE WHEN max(${column[ind]}) > 0e0 THEN max(${column[ind]}) ELSE 1e0 END AS s_${ind}`).join(',\n')}
  FROM ts_ind
)`);
  }
  let sum = '';
  for (const ind of active) {
    const term = `w_${ind} * ${scaled.includes(ind) ? `(${column[ind]} / s_${ind})` : column[ind]}`;
    sum = sum === '' ? term : `(${sum}) + ${term}`;
  }
  const strength = config.scaling === 'max' ? `CASE WHEN ${sum} > 1e0 THEN 1e0 ELSE ${sum} END` : sum;
  ctes.push(`ts_strength AS (
  SELECT i.*, ${strength} AS strength
  FROM ts_ind AS i CROSS JOIN ts_weights${scaled.length > 0 ? ' CROSS JOIN ts_scales' : ''}
)`);

  // The ties: zero-strength and dormant pairs dropped.
  let keep = 'strength > 0e0';
  if (config.dormantBelow > 0) keep += ` AND ${config.dormancy === 'strength' ? 'strength' : 'w'} >= ${num(config.dormantBelow)}`;
  const out = (expression: string, name: string) => `  ${expression} AS ${q(name)}`;
  const select = [
    out('src', 'source'),
    out('dst', 'target'),
    out('strength', 'strength'),
    out('CAST(n AS BIGINT)', 'interactions'),
    out('CAST(si AS BIGINT)', 'sourceInitiated'),
    out('CAST(ti AS BIGINT)', 'targetInitiated'),
    out('first_t', 'firstAt'),
    out('last_t', 'lastAt'),
    out('span_days', 'spanDays'),
    out('age_days', 'ageDays'),
    out('days_since_last', 'daysSinceLast'),
    out('recency', 'recency'),
    out('w', 'decayedVolume'),
    out('reciprocity', 'reciprocity'),
    out('si = 0 OR ti = 0', 'oneWay'),
    out('CAST(channels AS BIGINT)', 'channels'),
    out('mult', 'multiplexity'),
    out('intimacy', 'intimacy'),
    out('duration_seconds', 'durationSeconds'),
  ];
  return `WITH\n${ctes.join(',\n')}\nSELECT\n${select.join(',\n')}\nFROM ts_strength\nWHERE ${keep}`;
}

/** The weight α of a channel `ch` (a CASE over the listed channels), or `null` when every channel weighs 1. */
function channelWeightExpression(d: Dialect, channelWeights: Record<string, number>): string | null {
  const names = Object.keys(channelWeights).sort();
  const listed = names.filter((name) => channelWeights[name] !== 1);
  if (listed.length === 0) return null;
  return `CASE ch ${listed.map((name) => `WHEN ${d.string(name)} THEN ${num(channelWeights[name]!)}`).join(' ')} ELSE 1e0 END`;
}
