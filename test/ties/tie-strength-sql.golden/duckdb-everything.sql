WITH
ts_raw AS NOT MATERIALIZED (
  SELECT
    CAST("sender" AS VARCHAR) AS a,
    CAST("recipient" AS VARCHAR) AS b,
    CAST("sent_ms" AS DOUBLE) AS t,
    CAST("medium" AS VARCHAR) AS ch_raw,
    CAST(NULL AS DOUBLE) AS dur_s,
    CAST(NULL AS DOUBLE) AS rec
  FROM (SELECT * FROM read_parquet('log/*.parquet')) AS ts_input
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
  FROM (SELECT a, b, t, ch_raw, dur_s, rec FROM ts_raw) AS r
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
    a AS src, b AS dst, 1 AS fwd,
    t,
    ch,
    has_ch,
    dur_ms,
    has_dur,
    one_to_one,
    has_rec,
    power(2e0, (t - as_of) * 3.858024691358025e-10) AS decay,
    as_of
  FROM ts_valid CROSS JOIN ts_bounds
  WHERE t <= as_of AND t >= as_of - 31536000000e0
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
    sum(CASE ch WHEN 'a\b' THEN 0.5e0 WHEN 'it''s' THEN 2e0 ELSE 1e0 END) AS mult,
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
    CASE WHEN has_ch = 1 THEN 1e0 ELSE 0e0 END / total AS w_multiplexity,
    CASE WHEN has_rec = 1 THEN 0.1e0 ELSE 0e0 END / total AS w_intimacy,
    CASE WHEN has_dur = 1 THEN 0.05e0 ELSE 0e0 END / total AS w_contactTime
  FROM (SELECT has_ch, has_dur, has_rec, CASE WHEN (((0e0 + CASE WHEN has_ch = 1 THEN 1e0 ELSE 0e0 END) + CASE WHEN has_rec = 1 THEN 0.1e0 ELSE 0e0 END) + CASE WHEN has_dur = 1 THEN 0.05e0 ELSE 0e0 END) > 0e0 THEN (((0e0 + CASE WHEN has_ch = 1 THEN 1e0 ELSE 0e0 END) + CASE WHEN has_rec = 1 THEN 0.1e0 ELSE 0e0 END) + CASE WHEN has_dur = 1 THEN 0.05e0 ELSE 0e0 END) ELSE error('tiestrength/ties/tieStrengthSql: option weights gives weight only to indicators the events do not carry; give a weight to frequency, recency, volume, duration or reciprocity') END AS total FROM ts_flags) AS f
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
    power(2e0, -(as_of - last_t) / 2592000000e0) AS recency,
    (duration_end - first_t) / 86400000e0 AS x_duration,
    CASE WHEN si = 0 OR ti = 0 THEN 0e0 ELSE CAST(CASE WHEN si < ti THEN si ELSE ti END AS DOUBLE) / CAST(CASE WHEN si < ti THEN ti ELSE si END AS DOUBLE) END AS reciprocity,
    CAST(one AS DOUBLE) / CAST(n AS DOUBLE) AS intimacy,
    dur_ms / 3600000e0 AS x_contact,
    (last_t - first_t) / 86400000e0 AS span_days,
    (as_of - first_t) / 86400000e0 AS age_days,
    (as_of - last_t) / 86400000e0 AS days_since_last,
    dur_ms / 1000e0 AS duration_seconds
  FROM (
    SELECT p.src, p.dst, p.n, p.n AS si, coalesce(r.n, 0) AS ti, p.first_t, p.last_t, p.w, p.one, p.dur_ms,
      p.channels, p.mult, p.as_of AS as_of, p.as_of AS duration_end
    FROM ts_pairs AS p
    LEFT JOIN ts_pairs AS r ON r.src = p.dst AND r.dst = p.src
    WHERE p.n >= 2
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
ts_strength AS (
  SELECT i.*, ((w_multiplexity * mult) + w_intimacy * intimacy) + w_contactTime * f_contact_time AS strength
  FROM ts_ind AS i CROSS JOIN ts_weights
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
WHERE strength > 0e0 AND w >= 0.01e0