/**
 * What differs between the SQL dialects {@link tieStrengthSql} writes: identifier quoting, string
 * and number literals, and the few functions whose names or semantics differ (log1p, epoch
 * microseconds, integer division, compensated sums, raising an error).
 *
 * Numbers are written as DOUBLE literals in scientific notation (`0.15e0`, `1e-7`): both DuckDB
 * and Spark read a literal with an exponent as a DOUBLE (a plain `0.15` would be a DECIMAL), and
 * JavaScript's shortest round-trip digits parse back to the same double in both (correctly
 * rounded parsers), so no precision is lost.
 *
 * @module
 */

/** The SQL dialects {@link tieStrengthSql} writes. */
export type SqlDialect = 'duckdb' | 'spark';

/** @internal The dialect-specific pieces of the generated SQL. */
export interface Dialect {
  readonly name: SqlDialect;
  /** A quoted identifier. */
  id(name: string): string;
  /** A string literal. */
  string(text: string): string;
  /** The text type of casts. */
  readonly text: string;
  /** ln(1 + x) accurate for small x; `x` must be a column reference or a parenthesised expression. */
  log1p(x: string): string;
  /** Epoch microseconds of a timestamp expression (BIGINT). */
  epochMicros(ts: string): string;
  /** Integer division of BIGINT expressions (exact for multiples). */
  intDiv(a: string, b: string): string;
  /** SUM of DOUBLE values, compensated where the engine offers it. */
  sum(x: string): string;
  /** An expression that fails the query with `message`. */
  error(message: string): string;
  /** What follows `name AS` in a CTE referenced twice that must be scanned twice rather than stored. */
  readonly inline: string;
}

/** @internal A finite double as a DOUBLE literal that parses back to the same value in both dialects. */
export function doubleLiteral(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (Object.is(x, -0)) x = 0;
  let text = String(x);
  text = text.includes('e') ? text.replace('e+', 'e') : `${text}e0`;
  return x < 0 ? `(${text})` : text;
}

const duckdb: Dialect = {
  name: 'duckdb',
  id: (name) => `"${name.replace(/"/g, '""')}"`,
  string: (text) => `'${text.replace(/'/g, "''")}'`,
  text: 'VARCHAR',
  // DuckDB has no log1p: ln(u) · x / (u − 1) with u = 1 + x is accurate to a few ulps
  // (Goldberg 1991, theorem 4), and x itself when u rounds to 1.
  log1p: (x) => `CASE WHEN 1e0 + ${x} = 1e0 THEN ${x} ELSE ln(1e0 + ${x}) * ${x} / ((1e0 + ${x}) - 1e0) END`,
  epochMicros: (ts) => `epoch_us(${ts})`,
  intDiv: (a, b) => `(${a}) // (${b})`,
  sum: (x) => `fsum(${x})`,
  error: (message) => `error(${duckdb.string(message)})`,
  // DuckDB stores a CTE referenced twice; the events (asOf from their maximum, then the window)
  // are better read twice than held: 10^8 rows do not fit in memory.
  inline: 'NOT MATERIALIZED ',
};

const spark: Dialect = {
  name: 'spark',
  id: (name) => `\`${name.replace(/`/g, '``')}\``,
  // Spark reads backslash escapes in string literals, and joins adjacent literals ('a''b' is 'ab').
  string: (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
  text: 'STRING',
  log1p: (x) => `log1p(${x})`,
  epochMicros: (ts) => `unix_micros(${ts})`,
  intDiv: (a, b) => `(${a}) div (${b})`,
  sum: (x) => `sum(${x})`,
  error: (message) => `raise_error(${spark.string(message)})`,
  inline: '',
};

/** @internal The dialect named `name`. */
export function dialectOf(name: SqlDialect): Dialect {
  return name === 'duckdb' ? duckdb : spark;
}
