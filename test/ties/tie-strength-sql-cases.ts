/**
 * The logs and option sets on which tieStrengthSql must equal tiesFromInteractions (every log of
 * the tiesFromInteractions unit tests, the synthetic company), and the engine-independent parts of
 * the comparison: the table shape a log needs, the JS ties as rows, the differences to 1e-9.
 * Shared by the DuckDB tests and the Spark run (test/spark/generate.ts).
 */
import fc from 'fast-check';
import { toEpochMs } from '../../src/core/timestamp.js';
import { syntheticCompany } from '../../src/datasets/index.js';
import { TIE_INDICATORS, tiesFromInteractions, type InteractionEvent, type TiesFromInteractionsOptions } from '../../src/ties/ties-from-interactions.js';
import { tieAttributes } from '../../src/ties/interactions/emit.js';
import type { InteractionTieAttributes } from '../../src/ties/interactions/results.js';
import { tieStrengthSql, type TieStrengthSqlOptions } from '../../src/ties/tie-strength-sql.js';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 0, 1);
const day = (d: number) => T0 + d * DAY;

/** The hand-computed log of the tiesFromInteractions tests (test/fixtures/interactions/log.csv plus a self-interaction and a late event). */
export const LOG: InteractionEvent[] = [
  { from: 'a', to: 'b', at: day(0), channel: 'email', recipients: 1 },
  { from: 'b', to: 'a', at: day(10), channel: 'chat', recipients: 1 },
  { from: 'a', to: 'b', at: day(20), channel: 'meeting', durationSeconds: 3600, recipients: 3 },
  { from: 'a', to: 'c', at: day(10), channel: 'email', recipients: 2 },
  { from: 'c', to: 'c', at: day(5), channel: 'email', recipients: 1 },
  { from: 'd', to: 'a', at: day(25), channel: 'call', durationSeconds: 600, recipients: 1 },
];
export const HAND = { asOf: day(20), halfLifeDays: 10 } satisfies TiesFromInteractionsOptions;
const only = (indicator: string, ...more: string[]) =>
  Object.fromEntries(TIE_INDICATORS.map((d) => [d, d === indicator || more.includes(d) ? 1 : 0]));

/** Invalid events that onInvalidEvent: 'skip' drops, among valid ones (tiesFromInteractions' invalid-event cases). */
const WITH_INVALID: InteractionEvent[] = [
  ...LOG,
  { from: '', to: 'b', at: day(3) },
  { from: 'a', to: 'b', at: 'never' },
  { from: 'a', to: 'b', at: day(4), durationSeconds: -1 },
  { from: 'a', to: 'b', at: day(4), durationSeconds: Infinity },
  { from: 'a', to: 'b', at: day(4), recipients: 0 },
  { from: 'a', to: 'b', at: day(4), recipients: 1.5 },
  { from: Number.NaN, to: 'b', at: day(4) },
  { from: 'x', to: 'y', at: day(40), durationSeconds: -5 }, // invalid: never sets asOf
] as InteractionEvent[];

/** Every log of the tiesFromInteractions unit tests, with the option sets they are read with. */
export const CASES: { name: string; events: InteractionEvent[]; options: TiesFromInteractionsOptions[] }[] = [
  {
    name: 'the hand-computed log',
    events: LOG,
    options: [
      HAND,
      { ...HAND, asOf: day(30) },
      { ...HAND, windowDays: 15 },
      { ...HAND, windowDays: 20 },
      { halfLifeDays: 10, windowDays: 15 },
      { halfLifeDays: 10, windowDays: 15, asOf: day(25) },
      { halfLifeDays: 10 },
      {},
      { ...HAND, directed: true },
      { ...HAND, directed: true, minInteractions: 2 },
      { ...HAND, minInteractions: 2 },
      { ...HAND, dormantBelow: 0.5 },
      { ...HAND, dormantBelow: 0.6, dormancy: 'decayedVolume' },
      { ...HAND, weights: only('reciprocity') },
      { ...HAND, weights: { contactTime: 0 } },
      { ...HAND, weights: only('frequency', 'multiplexity'), scaling: 'none' },
      { ...HAND, scaling: 'none' },
      { ...HAND, channelWeights: { email: 0.5, chat: 2 } },
      { ...HAND, channelWeights: { email: 0, "it's": 3, 'back\\slash': 0.25 } },
      { ...HAND, weights: only('duration'), durationMeasure: 'age' },
      { ...HAND, weights: only('duration') },
      { ...HAND, durationMeasure: 'age', directed: true, windowDays: 12 },
    ],
  },
  {
    name: 'the hand-computed log without channel, duration or recipients',
    events: LOG.map(({ from, to, at }) => ({ from, to, at })),
    options: [HAND, { ...HAND, directed: true }, { halfLifeDays: 10 }, { ...HAND, weights: { frequency: 0, recency: 0, volume: 0, duration: 0 } }],
  },
  {
    name: 'events thousands of half-lives old',
    events: [
      { from: 'a', to: 'b', at: day(0) },
      { from: 'a', to: 'b', at: day(3000) },
      { from: 'c', to: 'd', at: day(0) },
      { from: 'e', to: 'f', at: day(3000) },
    ],
    options: [{ halfLifeDays: 1 }, { halfLifeDays: 1, asOf: day(3000) }, { halfLifeDays: 1, windowDays: 5000 }],
  },
  {
    name: 'time decay: one pair, h = 30',
    events: [
      { from: 'i', to: 'j', at: day(100) },
      { from: 'i', to: 'j', at: day(70) },
      { from: 'j', to: 'i', at: day(40) },
    ],
    options: [{ asOf: day(100), halfLifeDays: 30 }, { halfLifeDays: 30 }, { asOf: '2024-04-10T12:00:00+02:00', halfLifeDays: 30 }],
  },
  {
    name: 'ISO strings, Dates and a date-time without an offset',
    events: [
      { from: 'a', to: 'b', at: '2024-01-21T00:00:00' },
      { from: 'b', to: 'a', at: new Date('2024-01-11T10:30:00.250Z') },
      { from: 'a', to: 'c', at: '2024-01-05 09:15:00+01:00' },
      { from: 'c', to: 'a', at: '1969-12-31T23:59:59.9995Z' },
      { from: 'b', to: 'c', at: '-000123-06-01T00:00:00Z' },
    ],
    options: [{}, { windowDays: 20 }, { directed: true, halfLifeDays: 1000 }],
  },
  {
    name: 'invalid events, skipped',
    events: WITH_INVALID,
    options: [{ ...HAND, onInvalidEvent: 'skip' }, { onInvalidEvent: 'skip', halfLifeDays: 10 }],
  },
  {
    name: 'numeric ids and null optional fields',
    events: [
      { from: 1, to: 2, at: 0, channel: null, durationSeconds: null, recipients: null },
      { from: 2, to: 10, at: 5, channel: 'x', durationSeconds: 0.0005, recipients: 1 },
      { from: 10, to: 1, at: 9, durationSeconds: 1.2345 },
    ],
    options: [{}, { directed: true }],
  },
  {
    name: 'the unnamed channel',
    events: [
      { from: 'a', to: 'b', at: 0, channel: 'email' },
      { from: 'a', to: 'b', at: 1 },
      { from: 'a', to: 'b', at: 2, channel: '' },
      { from: 'b', to: 'c', at: 3, channel: '' },
    ],
    options: [{}, { channelWeights: { '': 0.25 } }],
  },
  {
    name: 'a tie at the top of every indicator (strength capped at 1)',
    events: [
      { from: 'a', to: 'b', at: 0, channel: 'x', durationSeconds: 10, recipients: 1 },
      { from: 'b', to: 'a', at: DAY, channel: 'y', durationSeconds: 10, recipients: 1 },
    ],
    options: [{}, { scaling: 'none' }],
  },
  {
    name: "ids tiesFromInteractions refuses in a graph ('__proto__') and ids with quotes",
    events: [
      { from: '__proto__', to: 'b', at: 0 },
      { from: "o'brien", to: 'say "hi"', at: DAY },
      { from: 'ünïcode', to: 'b', at: 2 * DAY },
    ],
    options: [{}],
  },
  {
    name: 'fractional epoch milliseconds',
    events: [
      { from: 'a', to: 'b', at: 0.25 },
      { from: 'b', to: 'a', at: 1000.5, durationSeconds: 2.0004 },
      { from: 'a', to: 'c', at: 86_400_000.75 },
    ],
    options: [{}, { asOf: 50_000_000.5, halfLifeDays: 0.5 }, { windowDays: 0.5 }],
  },
  {
    name: 'only self-interactions',
    events: [{ from: 'a', to: 'a', at: 0 }],
    options: [{}, { asOf: 0 }],
  },
  {
    name: 'no events',
    events: [],
    options: [{}, { windowDays: 3 }],
  },
];

/** The synthetic company's log (14,116 events, 420 people), a realistic fixture. */
export const COMPANY: InteractionEvent[] = syntheticCompany().interactions;
export const COMPANY_OPTIONS: TiesFromInteractionsOptions[] = [
  {},
  { asOf: '2024-07-01', halfLifeDays: 30 },
  { windowDays: 60, directed: true },
  { minInteractions: 3, dormantBelow: 0.2, durationMeasure: 'age', channelWeights: { call: 2, email: 0.5 } },
  { dormantBelow: 0.05, dormancy: 'decayedVolume', scaling: 'none', weights: { volume: 1, contactTime: 0.3 } },
];

const PEOPLE = ['a', 'b', 'c', 'd', 'e', '10', '9', 'Z'];
/** A random event: a few people (ids that sort differently as numbers and text), times on a 6-hour grid or to the millisecond, every optional field sometimes absent. */
export const ARB_EVENT: fc.Arbitrary<InteractionEvent> = fc.record(
  {
    from: fc.constantFrom(...PEOPLE),
    to: fc.constantFrom(...PEOPLE),
    at: fc.oneof(
      fc.integer({ min: 0, max: 800 }).map((k) => T0 + k * (DAY / 4)),
      fc.integer({ min: -5_000_000, max: 5_000_000 }).map((k) => T0 + k),
    ),
    channel: fc.constantFrom('email', 'chat', 'meeting', 'call', '', null),
    durationSeconds: fc.oneof(fc.double({ min: 0, max: 7200, noNaN: true }), fc.constant(null), fc.integer({ min: 0, max: 100 }).map((k) => k / 2000)),
    recipients: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(null)),
  },
  { requiredKeys: ['from', 'to', 'at'] },
);
const arbWeights = fc.dictionary(fc.constantFrom(...TIE_INDICATORS), fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2, noNaN: true })), {
  maxKeys: 4,
});
/** Random options of every kind tieStrengthSql takes from tiesFromInteractions. */
export const ARB_OPTIONS: fc.Arbitrary<TiesFromInteractionsOptions> = fc.record(
  {
    directed: fc.boolean(),
    asOf: fc.integer({ min: 0, max: 1000 }).map((k) => T0 + k * (DAY / 4)),
    windowDays: fc.oneof(fc.integer({ min: 1, max: 250 }), fc.double({ min: 0.01, max: 30, noNaN: true })),
    halfLifeDays: fc.constantFrom(0.5, 1, 7, 30, 90, 1 / 3),
    minInteractions: fc.integer({ min: 1, max: 3 }),
    dormantBelow: fc.constantFrom(0, 0.2, 0.5),
    dormancy: fc.constantFrom('strength' as const, 'decayedVolume' as const),
    durationMeasure: fc.constantFrom('span' as const, 'age' as const),
    scaling: fc.constantFrom('max' as const, 'none' as const),
    weights: arbWeights,
    channelWeights: fc.dictionary(fc.constantFrom('email', 'chat', 'meeting', ''), fc.double({ min: 0, max: 3, noNaN: true }), { maxKeys: 3 }),
  },
  { requiredKeys: ['directed'] },
);

/** One tie as the SQL returns it (and as built from tiesFromInteractions' index and tie table): its ends, `strength` for `weight`, and every other tie attribute. */
export type TieRow = { source: string; target: string; strength: number } & Omit<InteractionTieAttributes, 'weight'>;

export const TIE_COLUMNS = [
  'source',
  'target',
  'strength',
  'interactions',
  'sourceInitiated',
  'targetInitiated',
  'firstAt',
  'lastAt',
  'spanDays',
  'ageDays',
  'daysSinceLast',
  'recency',
  'decayedVolume',
  'reciprocity',
  'oneWay',
  'channels',
  'multiplexity',
  'intimacy',
  'durationSeconds',
] as const;

/** Which optional columns the table has, and how times are stored. */
export interface TableShape {
  timeFormat: 'timestamp' | 'epochMs';
  channel: boolean;
  durationSeconds: boolean;
  recipients: boolean;
}

/** The shape that holds every field of these events (times as timestamps when they are whole milliseconds). */
export function shapeOf(events: readonly InteractionEvent[]): TableShape {
  let whole = true;
  for (const e of events) {
    const t = typeof e.at === 'number' ? e.at : toEpochMs(e.at);
    if (Number.isFinite(t) && !Number.isInteger(t)) whole = false;
  }
  return {
    timeFormat: whole ? 'timestamp' : 'epochMs',
    channel: events.some((e) => e.channel !== undefined),
    durationSeconds: events.some((e) => e.durationSeconds !== undefined),
    recipients: events.some((e) => e.recipients !== undefined),
  };
}

/** An id cell: tiesFromInteractions' key, or null for an id it rejects. */
export function idCell(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 0 ? value : null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A time cell in epoch milliseconds, or null for a time tiesFromInteractions rejects. */
export function timeCell(value: unknown): number | null {
  const t = typeof value === 'number' ? (Math.abs(value) <= 8.64e15 ? value : Number.NaN) : toEpochMs(value as string | Date);
  return Number.isNaN(t) ? null : t;
}

/** The ties of tiesFromInteractions as rows, in (source, target) order by the engine's (byte) order. */
export function jsTies(events: readonly InteractionEvent[], options: TiesFromInteractionsOptions): TieRow[] {
  const { index, ties } = tiesFromInteractions(events, { ...options, as: 'index' });
  const rows: TieRow[] = [];
  for (let t = 0; t < index.size; t++) {
    const { weight, ...attributes } = tieAttributes(index.tieStrengths[t]!, ties, t);
    rows.push({ source: index.keys[index.tieSources[t]!]!, target: index.keys[index.tieTargets[t]!]!, strength: weight, ...attributes });
  }
  return sortByBytes(rows);
}

/** Rows in (source, target) order by UTF-8 bytes, the engines' text order (JavaScript's `<` compares UTF-16 code units). */
export function sortByBytes(rows: TieRow[]): TieRow[] {
  const ascii = rows.every((r) => /^[\x00-\x7f]*$/.test(r.source) && /^[\x00-\x7f]*$/.test(r.target));
  if (ascii) return rows.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : 0));
  const bytes = (s: string) => Buffer.from(s, 'utf8');
  return rows.sort((x, y) => Buffer.compare(bytes(x.source), bytes(y.source)) || Buffer.compare(bytes(x.target), bytes(y.target)));
}

/** |a − b| ≤ rtol · max(|a|, |b|), or both below `floor` (subnormal powers of 2 differ between libms). */
export function close(a: number, b: number, rtol = 1e-9, floor = 1e-300): boolean {
  if (a === b) return true;
  if (Math.abs(a) < floor && Math.abs(b) < floor) return true;
  return Math.abs(a - b) <= rtol * Math.max(Math.abs(a), Math.abs(b));
}

/** The differences between two tie lists (empty when equal to `rtol`): what a failing test prints. */
export function differences(actual: readonly TieRow[], expected: readonly TieRow[], rtol = 1e-9): string[] {
  const out: string[] = [];
  if (actual.length !== expected.length) out.push(`ties: ${actual.length} from SQL, ${expected.length} from tiesFromInteractions`);
  const n = Math.min(actual.length, expected.length);
  for (let i = 0; i < n && out.length < 20; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    for (const column of TIE_COLUMNS) {
      const x = a[column];
      const y = e[column];
      const same = typeof x === 'number' && typeof y === 'number' ? close(x, y, rtol) : x === y;
      if (!same) out.push(`tie ${i} ${e.source}–${e.target} ${column}: SQL ${String(x)}, JS ${String(y)}`);
    }
  }
  return out;
}

/** A tieStrengthSql call as one object: its input (`table`) and its options. */
export type SqlCall = TieStrengthSqlOptions & { table: string };

/** Runs tieStrengthSql on a {@link SqlCall}. */
export function sqlFor({ table, ...options }: SqlCall): string {
  return tieStrengthSql(table, options);
}

/** The tieStrengthSql call for a table loaded with `shape`, plus the aggregation options. */
export function sqlOptions(table: string, shape: TableShape, options: TiesFromInteractionsOptions, dialect: 'duckdb' | 'spark' = 'duckdb'): SqlCall {
  const { onInvalidEvent: _skip, as: _as, ...aggregation } = options;
  return {
    ...aggregation,
    dialect,
    table,
    timeFormat: shape.timeFormat,
    channel: shape.channel ? 'channel' : null,
    durationSeconds: shape.durationSeconds ? 'durationSeconds' : null,
    recipients: shape.recipients ? 'recipients' : null,
  };
}
