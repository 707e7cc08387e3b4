/**
 * tieStrengthSql at scale (slow suite): a seeded log of 1,000,000 events (20,000 people, heavy-
 * tailed pair activity, every optional field sometimes absent, a few invalid rows and
 * self-interactions) aggregated in DuckDB equals tiesFromInteractions to 1e-9 relative, for the
 * three ways asOf and the window are settled (asOf absent without a window: decay deferred; asOf
 * given; a window without asOf: events buffered).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { InteractionEvent, TiesFromInteractionsOptions } from '../../src/ties/ties-from-interactions.js';
import { differences, jsTies, loadEvents, openDuckDb, sqlOptions, sqlTies, type TableShape } from './tie-strength-sql-helpers.js';

const EVENTS = 1_000_000;
const PEOPLE = 20_000;
const PAIRS = 150_000;
const T0 = Date.UTC(2023, 0, 1);
const YEAR = 365 * 86_400_000;
const CHANNELS = ['email', 'chat', 'meeting', 'call', 'sms', 'crm'];

/** mulberry32: a small seeded generator. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The log: pairs drawn with a heavy tail (a few pairs carry many events), times to the millisecond over a year. */
function generate(seed: number): InteractionEvent[] {
  const random = rng(seed);
  const id = (k: number) => `p${String(k).padStart(5, '0')}`;
  const pairA = new Uint32Array(PAIRS);
  const pairB = new Uint32Array(PAIRS);
  for (let p = 0; p < PAIRS; p++) {
    pairA[p] = Math.floor(random() * PEOPLE);
    pairB[p] = Math.floor(random() * PEOPLE);
  }
  const events: InteractionEvent[] = new Array(EVENTS);
  for (let i = 0; i < EVENTS; i++) {
    const p = Math.floor(PAIRS * random() ** 3); // heavy-tailed: low pair ids are busy
    const forward = random() < 0.6;
    const e: InteractionEvent = {
      from: id(forward ? pairA[p]! : pairB[p]!),
      to: id(forward ? pairB[p]! : pairA[p]!),
      at: T0 + Math.floor(random() * YEAR),
    };
    const c = random();
    e.channel = c < 0.1 ? null : CHANNELS[Math.floor(c * 60) % CHANNELS.length]!;
    if (random() < 0.3) e.durationSeconds = Math.round(random() * 7_200_000) / 1000 + random() * 1e-4;
    if (random() < 0.7) e.recipients = 1 + Math.floor(random() ** 4 * 8);
    const r = random();
    if (r < 0.0005) e.durationSeconds = -1; // invalid
    else if (r < 0.001) e.from = ''; // invalid
    else if (r < 0.002) e.to = e.from; // self-interaction
    events[i] = e;
  }
  return events;
}

const SHAPE: TableShape = { timeFormat: 'timestamp', channel: true, durationSeconds: true, recipients: true };
const OPTIONS: [string, TiesFromInteractionsOptions][] = [
  ['defaults (asOf = the last event, no window)', {}],
  ['asOf given, a 90-day window, directed', { asOf: T0 + YEAR - 5 * 86_400_000, windowDays: 90, directed: true, halfLifeDays: 30 }],
  [
    'a window without asOf, minInteractions, dormancy, channel weights, age',
    { windowDays: 180, minInteractions: 2, dormantBelow: 0.1, channelWeights: { email: 0.5, meeting: 2 }, durationMeasure: 'age' },
  ],
];

let connection: DuckDBConnection;
let events: InteractionEvent[];

beforeAll(async () => {
  events = generate(11);
  connection = await openDuckDb();
  await connection.run("SET threads = 2");
  await loadEvents(connection, 'events', events, SHAPE);
}, 300_000);

afterAll(() => {
  connection?.closeSync();
});

describe('tieStrengthSql on 1,000,000 events in DuckDB', () => {
  it.each(OPTIONS)(
    'equals tiesFromInteractions to 1e-9: %s',
    async (_label, options) => {
      const started = performance.now();
      const actual = await sqlTies(connection, sqlOptions('events', SHAPE, options));
      const sqlMs = performance.now() - started;
      const expected = jsTies(events, { ...options, onInvalidEvent: 'skip' });
      const jsMs = performance.now() - started - sqlMs;
      expect(expected.length).toBeGreaterThan(50_000);
      expect(differences(actual, expected)).toEqual([]);
      console.log(
        `tieStrengthSql 1M (${_label}): ${actual.length} ties; DuckDB ${(sqlMs / 1000).toFixed(1)} s, ` +
          `tiesFromInteractions ${(jsMs / 1000).toFixed(1)} s; load ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`,
      );
    },
    300_000,
  );
});
