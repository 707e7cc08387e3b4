/**
 * Strict, machine-independent timestamp parsing for interaction logs: ISO-8601 text, epoch
 * milliseconds and `Date` objects to epoch milliseconds, or `NaN` for anything else.
 *
 * JavaScript's `Date.parse` is lenient (it accepts `'March 7, 2020'` and `'2020-02-30'` on some
 * engines) and reads a date-time without an offset in the machine's local time zone, so the same
 * log would give different tie strengths on two machines. This parser accepts ISO-8601 only and
 * reads a date-time without an offset as UTC.
 *
 * @internal
 * @module
 */

/** The largest |epoch milliseconds| a `Date` can hold (±100,000,000 days). */
export const MAX_EPOCH_MS = 8.64e15;

/** Milliseconds per day. */
export const MS_PER_DAY = 86_400_000;

/** Days from 1970-01-01 to the civil date y-m-d (proleptic Gregorian; H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * @internal
 * Parses an ISO-8601 date or date-time to epoch milliseconds, or returns `NaN`.
 *
 * Accepted: `YYYY-MM-DD`, then optionally `T` (or `t`, or a space), `hh:mm`, `:ss`, a fraction (`.` or `,`,
 * any number of digits; digits beyond milliseconds are dropped, never rounded up), and an offset
 * `Z`, `±hh`, `±hhmm` or `±hh:mm`. A date alone is midnight UTC; **a date-time without an offset
 * is read as UTC** (unlike `Date.parse`, which uses the local zone). Expanded years `±YYYYYY` are
 * accepted. Out-of-range fields (month 13, 30 February, hour 24, second 60, offset over 23:59)
 * return `NaN`, as does a result outside the `Date` range.
 */
export function parseIsoTimestamp(text: string): number {
  const length = text.length;
  let i: number;
  let year: number;
  const c0 = text.charCodeAt(0);
  if (c0 === PLUS || c0 === MINUS) {
    year = digits(text, 1, 6);
    if (year < 0 || (c0 === MINUS && year === 0)) return Number.NaN; // -000000 is not allowed
    if (c0 === MINUS) year = -year;
    i = 7;
  } else {
    year = digits(text, 0, 4);
    if (year < 0) return Number.NaN;
    i = 4;
  }
  if (text.charCodeAt(i) !== MINUS || text.charCodeAt(i + 3) !== MINUS) return Number.NaN;
  const month = digits(text, i + 1, 2);
  const day = digits(text, i + 4, 2);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  let ms = daysFromCivil(year, month, day) * MS_PER_DAY;
  i += 6;
  if (i === length) return Math.abs(ms) <= MAX_EPOCH_MS ? ms : Number.NaN;
  const separator = text.charCodeAt(i);
  if ((separator !== T && separator !== LOWER_T && separator !== SPACE) || text.charCodeAt(i + 3) !== COLON) return Number.NaN;
  const hour = digits(text, i + 1, 2);
  const minute = digits(text, i + 4, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return Number.NaN;
  i += 6;
  let second = 0;
  let millis = 0;
  if (i < length && text.charCodeAt(i) === COLON) {
    second = digits(text, i + 1, 2);
    if (second < 0 || second > 59) return Number.NaN;
    i += 3;
    const c = text.charCodeAt(i);
    if (c === DOT || c === COMMA) {
      const start = ++i;
      while (i < length && isDigit(text.charCodeAt(i))) i++;
      if (i === start) return Number.NaN;
      // Digits beyond milliseconds are dropped, never rounded up.
      for (let k = 0; k < 3; k++) millis = millis * 10 + (start + k < i ? text.charCodeAt(start + k) - 48 : 0);
    }
  }
  ms += ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  if (i < length) {
    const zone = text.charCodeAt(i);
    if (zone === Z || zone === LOWER_Z) {
      if (i + 1 !== length) return Number.NaN;
    } else if (zone === PLUS || zone === MINUS) {
      const oh = digits(text, i + 1, 2);
      let om = 0;
      i += 3;
      if (i < length) {
        if (text.charCodeAt(i) === COLON) i++;
        om = digits(text, i, 2);
        i += 2;
      }
      if (i !== length || oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
      ms -= (zone === MINUS ? -1 : 1) * (oh * 60 + om) * 60_000;
    } else {
      return Number.NaN;
    }
  }
  return Math.abs(ms) <= MAX_EPOCH_MS ? ms : Number.NaN;
}

const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const COMMA = 44;
const COLON = 58;
const SPACE = 32;
const T = 84;
const LOWER_T = 116;
const Z = 90;
const LOWER_Z = 122;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The number written by `count` decimal digits at `start`, or −1 if any is not a digit (or is missing). */
function digits(text: string, start: number, count: number): number {
  if (start + count > text.length) return -1;
  let value = 0;
  for (let k = start; k < start + count; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/**
 * @internal
 * A timestamp as epoch milliseconds: a `Date` (its time value), a finite number (taken as epoch
 * milliseconds) or an ISO-8601 string ({@link parseIsoTimestamp}). Returns `NaN` for anything
 * else: an Invalid Date, `NaN`, ±∞, a number outside the `Date` range, a non-ISO string, or a
 * value of another type.
 */
export function toEpochMs(value: unknown): number {
  if (typeof value === 'number') return Math.abs(value) <= MAX_EPOCH_MS ? value : Number.NaN;
  if (typeof value === 'string') return parseIsoTimestamp(value);
  if (value instanceof Date) return value.getTime();
  return Number.NaN;
}
