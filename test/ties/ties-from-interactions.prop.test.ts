/**
 * Property tests of tiesFromInteractions (STYLE.md §9, layer 3): the output does not depend on
 * event order (bit for bit), the indicators equal a naive per-pair oracle, strengths stay in
 * (0, 1] with no NaN, async input equals sync input, and shifting every time (asOf included)
 * or renaming people changes nothing but the times and names.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type { AbstractGraph } from 'graphology-types';
import {
  tiesFromInteractions,
  type InteractionEvent,
  type InteractionTieAttributes,
  type TiesFromInteractionsOptions,
} from '../../src/ties/ties-from-interactions.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const PEOPLE = ['a', 'b', 'c', 'd', 'e', 'f'];

/** A random event: times on a 6-hour grid over 200 days, optional channel, duration and recipients. */
const arbEvent: fc.Arbitrary<InteractionEvent> = fc.record(
  {
    from: fc.constantFrom(...PEOPLE),
    to: fc.constantFrom(...PEOPLE),
    at: fc.integer({ min: 0, max: 800 }).map((k) => T0 + k * (DAY / 4)),
    channel: fc.constantFrom('email', 'chat', 'meeting', 'call'),
    durationSeconds: fc.double({ min: 0, max: 7200, noNaN: true }),
    recipients: fc.integer({ min: 1, max: 4 }),
  },
  { requiredKeys: ['from', 'to', 'at'] },
);

/** Options of a graph-returning call. */
type GraphOptions = Omit<TiesFromInteractionsOptions, 'as'>;

const arbOptions: fc.Arbitrary<GraphOptions> = fc.record(
  {
    directed: fc.boolean(),
    asOf: fc.integer({ min: 0, max: 1000 }).map((k) => T0 + k * (DAY / 4)),
    windowDays: fc.integer({ min: 1, max: 250 }),
    halfLifeDays: fc.constantFrom(0.5, 1, 7, 30, 90),
    minInteractions: fc.integer({ min: 1, max: 3 }),
    dormantBelow: fc.constantFrom(0, 0.2),
    durationMeasure: fc.constantFrom('span' as const, 'age' as const),
  },
  { requiredKeys: ['directed', 'halfLifeDays'] },
);

/** A log and the same log shuffled. */
const arbShuffled = fc
  .array(arbEvent, { maxLength: 60 })
  .chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length })));

function attributesOf(graph: AbstractGraph): Map<string, InteractionTieAttributes> {
  const out = new Map<string, InteractionTieAttributes>();
  graph.forEachEdge((_e, attributes, source, target) => out.set(`${source}|${target}`, attributes as InteractionTieAttributes));
  return out;
}

function close(a: number, b: number, rtol = 1e-12): boolean {
  return Math.abs(a - b) <= rtol * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Naive per-pair indicators: every event kept in a list, the formulas applied literally. */
function naive(events: InteractionEvent[], options: GraphOptions) {
  const directed = options.directed ?? false;
  const h = (options.halfLifeDays ?? 90) * DAY;
  const valid = events.filter((e) => e.from !== e.to);
  const asOf = options.asOf !== undefined ? (options.asOf as number) : Math.max(...valid.map((e) => e.at as number));
  const start = options.windowDays === undefined ? -Infinity : asOf - options.windowDays * DAY;
  const inWindow = valid.filter((e) => (e.at as number) <= asOf && (e.at as number) >= start);
  const pairs = new Map<string, InteractionEvent[]>();
  for (const e of inWindow) {
    const [u, v] = directed || e.from < e.to ? [e.from, e.to] : [e.to, e.from];
    const key = `${u}|${v}`;
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key)!.push(e);
  }
  const out = new Map<string, { interactions: number; sourceInitiated: number; targetInitiated: number; firstAt: number; lastAt: number; decayedVolume: number; channels: number; intimacy: number; durationSeconds: number }>();
  for (const [key, list] of pairs) {
    const [u, v] = key.split('|') as [string, string];
    const times = list.map((e) => e.at as number);
    const reverse = directed ? (pairs.get(`${v}|${u}`)?.length ?? 0) : list.filter((e) => e.from === v).length;
    out.set(key, {
      interactions: list.length,
      sourceInitiated: list.filter((e) => e.from === u).length,
      targetInitiated: reverse,
      firstAt: Math.min(...times),
      lastAt: Math.max(...times),
      decayedVolume: times.reduce((sum, t) => sum + Math.exp((-Math.LN2 * (asOf - t)) / h), 0),
      channels: new Set(list.map((e) => e.channel ?? '')).size,
      intimacy: list.filter((e) => (e.recipients ?? 1) === 1).length / list.length,
      durationSeconds: list.reduce((sum, e) => sum + Math.round((e.durationSeconds ?? 0) * 1000), 0) / 1000,
    });
  }
  return { asOf, pairs: out };
}

describe('tiesFromInteractions: properties', () => {
  test.prop([arbShuffled, arbOptions], { numRuns: 150 })('gives bit-identical output for the events in any order', ([events, shuffled], options) => {
    const a = tiesFromInteractions(events, options);
    const b = tiesFromInteractions(shuffled, options);
    expect(b.graph.export()).toEqual(a.graph.export());
    expect(b.report).toEqual(a.report);
  });

  test.prop([arbShuffled, fc.constantFrom(0.5, 1, 30)], { numRuns: 100 })(
    'is order-independent with asOf deferred to the last event (exponent-rescaled decay)',
    ([events, shuffled], halfLifeDays) => {
      const a = tiesFromInteractions(events, { halfLifeDays });
      const b = tiesFromInteractions(shuffled, { halfLifeDays });
      expect(b.graph.export()).toEqual(a.graph.export());
    },
  );

  test.prop([fc.array(arbEvent, { maxLength: 60 }), arbOptions], { numRuns: 150 })('agrees with the naive per-pair oracle', (events, options) => {
    const { graph, report } = tiesFromInteractions(events, { ...options, minInteractions: 1, dormantBelow: 0 });
    const expected = naive(events, options);
    const got = attributesOf(graph);
    expect([...got.keys()].sort()).toEqual([...expected.pairs.keys()].sort());
    for (const [key, want] of expected.pairs) {
      const have = got.get(key)!;
      expect(have.interactions).toBe(want.interactions);
      expect(have.sourceInitiated).toBe(want.sourceInitiated);
      expect(have.targetInitiated).toBe(want.targetInitiated);
      expect(have.firstAt).toBe(want.firstAt);
      expect(have.lastAt).toBe(want.lastAt);
      expect(have.channels).toBe(want.channels);
      expect(have.intimacy).toBe(want.intimacy);
      expect(have.durationSeconds).toBe(want.durationSeconds);
      expect(close(have.decayedVolume, want.decayedVolume), `${have.decayedVolume} vs ${want.decayedVolume}`).toBe(true);
      expect(have.reciprocity).toBe(
        have.sourceInitiated === 0 || have.targetInitiated === 0
          ? 0
          : Math.min(have.sourceInitiated, have.targetInitiated) / Math.max(have.sourceInitiated, have.targetInitiated),
      );
    }
    if (expected.pairs.size > 0) expect(report.asOf).toBe(expected.asOf);
  });

  test.prop([fc.array(arbEvent, { maxLength: 60 }), arbOptions], { numRuns: 150 })(
    'gives every tie a strength in (0, 1] and no NaN or ±∞ anywhere',
    (events, options) => {
      const { graph } = tiesFromInteractions(events, options);
      graph.forEachEdge((_e, attributes) => {
        const a = attributes as InteractionTieAttributes;
        expect(a.weight).toBeGreaterThan(0);
        expect(a.weight).toBeLessThanOrEqual(1);
        for (const value of Object.values(a)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        for (const name of ['recency', 'reciprocity', 'intimacy'] as const) {
          expect(a[name]).toBeGreaterThanOrEqual(0);
          expect(a[name]).toBeLessThanOrEqual(1);
        }
        expect(a.oneWay).toBe(a.reciprocity === 0);
        expect(a.interactions).toBeGreaterThanOrEqual(options.minInteractions ?? 1);
      });
    },
  );

  test.prop([fc.array(arbEvent, { maxLength: 40 }), arbOptions], { numRuns: 50 })('reads an async iterable as it reads the array', async (events, options) => {
    async function* stream() {
      for (const event of events) yield event;
    }
    const fromStream = await tiesFromInteractions(stream(), options);
    expect(fromStream.graph.export()).toEqual(tiesFromInteractions(events, options).graph.export());
  });

  test.prop([fc.array(arbEvent, { maxLength: 60 }), arbOptions, fc.integer({ min: -1000, max: 1000 })], { numRuns: 100 })(
    'shifting every time and asOf by the same amount changes only firstAt and lastAt',
    (events, options, shiftDays) => {
      const asOf = (options.asOf as number | undefined) ?? T0 + 200 * DAY;
      const shift = shiftDays * DAY + 12_345;
      const a = tiesFromInteractions(events, { ...options, asOf });
      const b = tiesFromInteractions(
        events.map((e) => ({ ...e, at: (e.at as number) + shift })),
        { ...options, asOf: asOf + shift },
      );
      const strip = (graph: AbstractGraph) =>
        [...attributesOf(graph)].map(([key, { firstAt, lastAt, ...rest }]) => [key, firstAt, lastAt, rest] as const);
      const sa = strip(a.graph);
      const sb = strip(b.graph);
      expect(sb.map(([key, , , rest]) => [key, rest])).toEqual(sa.map(([key, , , rest]) => [key, rest]));
      expect(sb.map(([, f, l]) => [f - shift, l - shift])).toEqual(sa.map(([, f, l]) => [f, l]));
    },
  );

  test.prop([fc.array(arbEvent, { maxLength: 60 }), arbOptions], { numRuns: 100 })('renaming people renames the ties and keeps their strengths', (events, options) => {
    const rename = (id: string | number) => `person-${String(id).toUpperCase()}`;
    const a = attributesOf(tiesFromInteractions(events, options).graph);
    const b = attributesOf(tiesFromInteractions(events.map((e) => ({ ...e, from: rename(e.from), to: rename(e.to) })), options).graph);
    expect(b.size).toBe(a.size);
    for (const [key, attributes] of a) {
      const [u, v] = key.split('|') as [string, string];
      expect(b.get(`${rename(u)}|${rename(v)}`)).toEqual(attributes);
    }
  });
});
