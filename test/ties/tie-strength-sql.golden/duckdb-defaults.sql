WITH
ts_raw AS NOT MATERIALIZED (
  SELECT
    CAST("from" AS VARCHAR) AS a,
    CAST("to" AS VARCHAR) AS b,
    epoch_us("at") AS us,
    CAST("channel" AS VARCHAR) AS ch_raw,
    CAST("durationSeconds" AS DOUBLE) AS dur_s,
    CAST("recipients" AS DOUBLE) AS rec
  FROM "events"
),
ts_valid AS NOT MATERIALIZED (
  SELECT
    a,
    b,
    t,
    COALESCE(ch_raw, '') AS ch,
    CASE WHEN ch_raw IS NULL OR ch_raw = '' THEN 0 ELSE 1 END AS has_ch,
    CASE WHEN dur_s IS NULL THEN 0e0 ELSE CASE WHEN dur_s * 1000e0 % 1e0 >= 5e-1 THEN (dur_s * 1000e0 - dur_s * 1000e0 % 1e0) + 1e0 ELSE dur_s * 1000e0 - dur_s * 1000e0 % 1e0 END END AS dur_ms,
    CASE WHEN dur_s IS NULL THEN 0 ELSE 1 END AS has_dur,
    CASE WHEN rec IS NULL OR rec = 1e0 THEN 1 ELSE 0 END AS one_to_one,
    CASE WHEN rec IS NULL THEN 0 ELSE 1 END AS has_rec
  FROM (SELECT a, b, CAST((us - (((us % 1000) + 1000) % 1000)) // (1000) AS DOUBLE) AS t, ch_raw, dur_s, rec FROM ts_raw) AS r
  WHERE a IS NOT NULL AND a <> '' AND b IS NOT NULL AND b <> '' AND a <> b
    AND t IS NOT NULL AND abs(t) <= 8640000000000000e0
    AND (dur_s IS NULL OR (dur_s >= 0e0 AND dur_s < CAST('Infinity' AS DOUBLE)))
    AND (rec IS NULL OR (rec >= 1e0 AND rec < CAST('Infinity' AS DOUBLE) AND rec % 1e0 = 0e0))
),
ts_bounds AS (
  SELECT max(t) AS as_of FROM ts_valid
),
ts_events AS (
  SELECT
    CASE WHEN a < b THEN a ELSE b END AS src, CASE WHEN a < b THEN b ELSE a END AS dst, CASE WHEN a < b THEN 1 ELSE 0 END AS fwd,
    t,
    ch,
    has_ch,
    dur_ms,
    has_dur,
    one_to_one,
    has_rec,
    power(2e0, (t - as_of) * 1.286008230452675e-10) AS decay,
    as_of
  FROM ts_valid CROSS JOIN ts_bounds
  WHERE t <= as_of
),
ts_pc AS (
  SELECT
    src,
    dst,
    ch,
    count(*) AS n,
    sum(fwd) AS n_fwd,
    min(t) AS first_t,
    max(t) AS last_t,
    fsum(decay) AS w,
    sum(one_to_one) AS one,
    sum(dur_ms) AS dur_ms,
    max(has_ch) AS has_ch,
    max(has_dur) AS has_dur,
    max(has_rec) AS has_rec,
    max(as_of) AS as_of
  FROM ts_events
  GROUP BY src, dst, ch
),
ts_pairs AS (
  SELECT
    src,
    dst,
    sum(n) AS n,
    sum(n_fwd) AS n_fwd,
    min(first_t) AS first_t,
    max(last_t) AS last_t,
    fsum(w) AS w,
    sum(one) AS one,
    sum(dur_ms) AS dur_ms,
    count(*) AS channels,
    CAST(count(*) AS DOUBLE) AS mult,
    max(has_ch) AS has_ch,
    max(has_dur) AS has_dur,
    max(has_rec) AS has_rec,
    max(as_of) AS as_of
  FROM ts_pc
  GROUP BY src, dst
),
ts_flags AS (
  SELECT max(has_ch) AS has_ch, max(has_dur) AS has_dur, max(has_rec) AS has_rec FROM ts_pairs
),
ts_weights AS (
  SELECT
    0.15e0 / total AS w_frequency,
    0.2e0 / total AS w_recency,
    0.15e0 / total AS w_volume,
    0.1e0 / total AS w_duration,
    0.15e0 / total AS w_reciprocity,
    CASE WHEN has_ch = 1 THEN 0.1e0 ELSE 0e0 END / total AS w_multiplexity,
    CASE WHEN has_rec = 1 THEN 0.1e0 ELSE 0e0 END / total AS w_intimacy,
    CASE WHEN has_dur = 1 THEN 0.05e0 ELSE 0e0 END / total AS w_contactTime
  FROM (SELECT has_ch, has_dur, has_rec, (((0.75e0 + CASE WHEN has_ch = 1 THEN 0.1e0 ELSE 0e0 END) + CASE WHEN has_rec = 1 THEN 0.1e0 ELSE 0e0 END) + CASE WHEN has_dur = 1 THEN 0.05e0 ELSE 0e0 END) AS total FROM ts_flags) AS f
),
ts_base AS (
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
    power(2e0, -(as_of - last_t) / 7776000000e0) AS recency,
    (duration_end - first_t) / 86400000e0 AS x_duration,
    CASE WHEN si = 0 OR ti = 0 THEN 0e0 ELSE CAST(CASE WHEN si < ti THEN si ELSE ti END AS DOUBLE) / CAST(CASE WHEN si < ti THEN ti ELSE si END AS DOUBLE) END AS reciprocity,
    CAST(one AS DOUBLE) / CAST(n AS DOUBLE) AS intimacy,
    dur_ms / 3600000e0 AS x_contact,
    (last_t - first_t) / 86400000e0 AS span_days,
    (as_of - first_t) / 86400000e0 AS age_days,
    (as_of - last_t) / 86400000e0 AS days_since_last,
    dur_ms / 1000e0 AS duration_seconds
  FROM (
    SELECT p.src, p.dst, p.n, p.n_fwd AS si, p.n - p.n_fwd AS ti, p.first_t, p.last_t, p.w, p.one, p.dur_ms,
      p.channels, p.mult, p.as_of AS as_of, p.last_t AS duration_end
    FROM ts_pairs AS p
    WHERE p.n >= 1
  ) AS k
),
ts_ind AS (
  SELECT
    *,
    CASE WHEN 1e0 + x_frequency = 1e0 THEN x_frequency ELSE ln(1e0 + x_frequency) * x_frequency / ((1e0 + x_frequency) - 1e0) END AS f_frequency,
    CASE WHEN 1e0 + w = 1e0 THEN w ELSE ln(1e0 + w) * w / ((1e0 + w) - 1e0) END AS f_volume,
    CASE WHEN 1e0 + x_duration = 1e0 THEN x_duration ELSE ln(1e0 + x_duration) * x_duration / ((1e0 + x_duration) - 1e0) END AS f_duration,
    CASE WHEN 1e0 + x_contact = 1e0 THEN x_contact ELSE ln(1e0 + x_contact) * x_contact / ((1e0 + x_contact) - 1e0) END AS f_contact_time
  FROM ts_base
),
ts_scales AS (
  SELECT
    CASE WHEN max(f_frequency) > 0e0 THEN max(f_frequency) ELSE 1e0 END AS s_frequency,
    CASE WHEN max(f_volume) > 0e0 THEN max(f_volume) ELSE 1e0 END AS s_volume,
    CASE WHEN max(f_duration) > 0e0 THEN max(f_duration) ELSE 1e0 END AS s_duration,
    CASE WHEN max(mult) > 0e0 THEN max(mult) ELSE 1e0 END AS s_multiplexity,
    CASE WHEN max(f_contact_time) > 0e0 THEN max(f_contact_time) ELSE 1e0 END AS s_contactTime
  FROM ts_ind
),
ts_strength AS (
  SELECT i.*, CASE WHEN (((((((w_frequency * (f_frequency / s_frequency)) + w_recency * recency) + w_volume * (f_volume / s_volume)) + w_duration * (f_duration / s_duration)) + w_reciprocity * reciprocity) + w_multiplexity * (mult / s_multiplexity)) + w_intimacy * intimacy) + w_contactTime * (f_contact_time / s_contactTime) > 1e0 THEN 1e0 ELSE (((((((w_frequency * (f_frequency / s_frequency)) + w_recency * recency) + w_volume * (f_volume / s_volume)) + w_duration * (f_duration / s_duration)) + w_reciprocity * reciprocity) + w_multiplexity * (mult / s_multiplexity)) + w_intimacy * intimacy) + w_contactTime * (f_contact_time / s_contactTime) END AS strength
  FROM ts_ind AS i CROSS JOIN ts_weights CROSS JOIN ts_scales
)
SELECT
  src AS "source",
  dst AS "target",
  strength AS "strength",
  CAST(n AS BIGINT) AS "interactions",
  CAST(si AS BIGINT) AS "sourceInitiated",
  CAST(ti AS BIGINT) AS "targetInitiated",
  first_t AS "firstAt",
  last_t AS "lastAt",
  span_days AS "spanDays",
  age_days AS "ageDays",
  days_since_last AS "daysSinceLast",
  recency AS "recency",
  w AS "decayedVolume",
  reciprocity AS "reciprocity",
  si = 0 OR ti = 0 AS "oneWay",
  CAST(channels AS BIGINT) AS "channels",
  mult AS "multiplexity",
  intimacy AS "intimacy",
  duration_seconds AS "durationSeconds"
FROM ts_strength
WHERE strength > 0e0