/**
 * Unit tests of tiesFromInteractions (METRICS.md §3.1 "Tie strength from interaction evidence"
 * and "Time decay"): hand-computed indicators and strengths on a few events, the decay tests of
 * METRICS.md, windows, filters, invalid events, options, and the graph / index outputs.
 */
import { describe, expect, it } from 'vitest';
import type { AbstractGraph } from 'graphology-types';
import { buildIndex } from '../../src/core/build-index.js';
import { CsrIndex } from '../../src/core/csr.js';
import { InvalidOptionError, TieStrengthError } from '../../src/errors.js';
import {
  InvalidEventError,
  TIE_INDICATOR_WEIGHTS,
  TIE_INDICATORS,
  TIES_FROM_INTERACTIONS_DEFAULTS,
  tiesFromInteractions,
  type InteractionEvent,
  type InteractionTieAttributes,
  type TiesFromInteractionsOptions,
} from '../../src/ties/ties-from-interactions.js';

const DAY = 86_400_000;
/** 2024-01-01T00:00:00Z: day 0 of the hand-computed logs. */
const T0 = Date.UTC(2024, 0, 1);
const day = (d: number) => T0 + d * DAY;

/**
 * The hand-computed log (also test/fixtures/interactions/log.csv), read with h = 10 days and
 * asOf = day 20:
 *
 *   a→b day 0  email              recipients 1
 *   b→a day 10 chat               recipients 1
 *   a→b day 20 meeting 3600 s     recipients 3
 *   a→c day 10 email              recipients 2
 *   c→c day 5  email              self-interaction: dropped and counted
 *   d→a day 25 call 600 s         after asOf: ignored and counted
 */
const LOG: InteractionEvent[] = [
  { from: 'a', to: 'b', at: day(0), channel: 'email', recipients: 1 },
  { from: 'b', to: 'a', at: day(10), channel: 'chat', recipients: 1 },
  { from: 'a', to: 'b', at: day(20), channel: 'meeting', durationSeconds: 3600, recipients: 3 },
  { from: 'a', to: 'c', at: day(10), channel: 'email', recipients: 2 },
  { from: 'c', to: 'c', at: day(5), channel: 'email', recipients: 1 },
  { from: 'd', to: 'a', at: day(25), channel: 'call', durationSeconds: 600, recipients: 1 },
];
const HAND = { asOf: day(20), halfLifeDays: 10 } satisfies TiesFromInteractionsOptions;

/** Edge attributes keyed `source|target` (sources as stored). */
function edges(graph: AbstractGraph): Record<string, InteractionTieAttributes> {
  const out: Record<string, InteractionTieAttributes> = {};
  graph.forEachEdge((_e, attributes, source, target) => {
    out[`${source}|${target}`] = attributes as InteractionTieAttributes;
  });
  return out;
}

function invalidEvent(run: () => unknown): InvalidEventError {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InvalidEventError);
  expect(error).toBeInstanceOf(TieStrengthError);
  expect((error as InvalidEventError).code).toBe('E_INVALID_EVENT');
  return error as InvalidEventError;
}

function invalidOption(run: () => unknown): InvalidOptionError {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InvalidOptionError);
  expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
  return error as InvalidOptionError;
}

describe('tiesFromInteractions', () => {
  describe('hand-computed indicators (h = 10 days, asOf = day 20)', () => {
    const { graph, report } = tiesFromInteractions(LOG, HAND);
    const e = edges(graph);

    it('builds an undirected graph of a, b, c with ties a–b and a–c (d only acts after asOf)', () => {
      expect(graph.type).toBe('undirected');
      expect(graph.nodes()).toEqual(['a', 'b', 'c']);
      expect(Object.keys(e)).toEqual(['a|b', 'a|c']);
    });

    it('gives a–b its indicators', () => {
      // 3 interactions, a initiated 2, b 1 → reciprocity 1/2; first day 0, last day 20;
      // decayed volume 2^(−20/10) + 2^(−10/10) + 2^0 = 0.25 + 0.5 + 1 = 1.75;
      // channels email, chat, meeting; one-to-one 2 of 3; 3600 s.
      expect(e['a|b']).toEqual({
        weight: e['a|b']!.weight,
        interactions: 3,
        sourceInitiated: 2,
        targetInitiated: 1,
        firstAt: day(0),
        lastAt: day(20),
        spanDays: 20,
        ageDays: 20,
        daysSinceLast: 0,
        recency: 1,
        decayedVolume: 1.75,
        reciprocity: 0.5,
        oneWay: false,
        channels: 3,
        multiplexity: 3,
        intimacy: 2 / 3,
        durationSeconds: 3600,
      });
    });

    it('gives a–c its indicators and flags it one-way', () => {
      // 1 interaction on day 10: recency = decayed volume = 2^(−10/10) = 0.5; recipients 2 → intimacy 0.
      expect(e['a|c']).toEqual({
        weight: e['a|c']!.weight,
        interactions: 1,
        sourceInitiated: 1,
        targetInitiated: 0,
        firstAt: day(10),
        lastAt: day(10),
        spanDays: 0,
        ageDays: 10,
        daysSinceLast: 10,
        recency: 0.5,
        decayedVolume: 0.5,
        reciprocity: 0,
        oneWay: true,
        channels: 1,
        multiplexity: 1,
        intimacy: 0,
        durationSeconds: 0,
      });
    });

    it('combines them with the default weights and max-scaling', () => {
      // Scales: frequency ln 4, volume ln 2.75, duration ln 21, multiplexity 3, contactTime ln 2.
      // a–b: .15·1 + .20·1 + .15·1 + .10·1 + .15·.5 + .10·1 + .10·(2/3) + .05·1 = 0.891667
      // a–c: .15·(ln 2/ln 4) + .20·.5 + .15·(ln 1.5/ln 2.75) + .10·0 + .15·0 + .10·(1/3) + .10·0 + .05·0
      //    = .075 + .1 + .15·0.400815 + .033333 = 0.268456
      expect(e['a|b']!.weight).toBeCloseTo(0.15 + 0.2 + 0.15 + 0.1 + 0.075 + 0.1 + 0.1 * (2 / 3) + 0.05, 14);
      const volume = Math.log(1.5) / Math.log(2.75);
      expect(e['a|c']!.weight).toBeCloseTo(0.075 + 0.1 + 0.15 * volume + 0.1 / 3, 14);
      expect(e['a|c']!.weight).toBeCloseTo(0.268456, 6);
      expect(report.scales).toEqual({
        frequency: Math.log1p(3),
        recency: 1,
        volume: Math.log1p(1.75),
        duration: Math.log1p(20),
        reciprocity: 1,
        multiplexity: 3,
        intimacy: 1,
        contactTime: Math.log1p(1),
      });
      expect(report.weights).toEqual(TIE_INDICATOR_WEIGHTS);
      expect(report.unobserved).toEqual([]);
    });

    it('reports what it read, dropped and kept', () => {
      expect(report).toEqual({
        events: 6,
        accepted: 4,
        rejected: 0,
        selfInteractions: 1,
        beforeWindow: 0,
        afterAsOf: 1,
        asOf: day(20),
        windowStart: null,
        people: 3,
        pairs: 2,
        ties: 2,
        oneWayTies: 1,
        droppedByMinInteractions: 0,
        droppedZeroStrength: 0,
        droppedDormant: 0,
        weights: report.weights,
        scales: report.scales,
        unobserved: [],
        buffered: false,
        rejectedByReason: {},
        rejectedEvents: [],
      });
    });
  });

  describe('time decay (METRICS.md §3.1)', () => {
    const asOf = day(100);
    const h = 30;
    const one = (at: number) =>
      tiesFromInteractions([{ from: 'i', to: 'j', at }], { asOf, halfLifeDays: h }).graph.getEdgeAttributes('i', 'j');

    it('gives v/2 for one event of value 1 at asOf − h', () => {
      expect(one(asOf - h * DAY).decayedVolume).toBe(0.5);
      expect(one(asOf - h * DAY).recency).toBe(0.5);
    });

    it('gives v/4 for one event at asOf − 2h', () => {
      expect(one(asOf - 2 * h * DAY).decayedVolume).toBe(0.25);
    });

    it('gives v for an event at asOf and sums events: 1 + 1/2 + 1/4 = 1.75', () => {
      expect(one(asOf).decayedVolume).toBe(1);
      const events = [0, 1, 2].map((k) => ({ from: 'i', to: 'j', at: asOf - k * h * DAY }));
      expect(tiesFromInteractions(events, { asOf, halfLifeDays: h }).graph.getEdgeAttribute('i', 'j', 'decayedVolume')).toBe(1.75);
    });

    it('gives v/2 with asOf defaulting to the last event (another pair, h later)', () => {
      // asOf = the last interaction between two people: k–l at day 100, so i–j at day 70 is h old.
      const { graph, report } = tiesFromInteractions(
        [
          { from: 'i', to: 'j', at: asOf - h * DAY },
          { from: 'k', to: 'l', at: asOf },
        ],
        { halfLifeDays: h },
      );
      expect(report.asOf).toBe(asOf);
      expect(graph.getEdgeAttribute('i', 'j', 'decayedVolume')).toBeCloseTo(0.5, 15);
      expect(graph.getEdgeAttribute('k', 'l', 'decayedVolume')).toBeCloseTo(1, 15);
    });

    it('gives identical output for two calls with the same asOf', () => {
      const first = tiesFromInteractions(LOG, HAND);
      const second = tiesFromInteractions(LOG, HAND);
      expect(second.graph.export()).toEqual(first.graph.export());
      expect(second.report).toEqual(first.report);
    });

    it('decays from event times relative to asOf: a later asOf lowers recency and volume, never the counts', () => {
      const now = edges(tiesFromInteractions(LOG, HAND).graph)['a|b']!;
      const later = edges(tiesFromInteractions(LOG, { ...HAND, asOf: day(30) }).graph)['a|b']!;
      expect(later.interactions).toBe(now.interactions);
      expect(later.recency).toBe(0.5);
      expect(later.decayedVolume).toBe(0.875);
    });

    it('keeps ties whose events are thousands of half-lives old finite and > 0', () => {
      const events = [
        { from: 'a', to: 'b', at: day(0) },
        { from: 'a', to: 'b', at: day(3000) },
        { from: 'c', to: 'd', at: day(0) },
        { from: 'e', to: 'f', at: day(3000) },
      ];
      for (const options of [{ halfLifeDays: 1 }, { halfLifeDays: 1, asOf: day(3000) }]) {
        const e = edges(tiesFromInteractions(events, options).graph);
        expect(e['a|b']!.decayedVolume).toBe(1);
        expect(e['c|d']!.decayedVolume).toBe(0);
        expect(e['c|d']!.recency).toBe(0);
        for (const attributes of Object.values(e)) {
          expect(attributes.weight).toBeGreaterThan(0);
          for (const value of Object.values(attributes)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        }
      }
    });
  });

  describe('timestamps', () => {
    it('reads Dates, epoch milliseconds and ISO-8601 strings alike', () => {
      const asNumbers = tiesFromInteractions(LOG, HAND);
      const asDates = tiesFromInteractions(
        LOG.map((e) => ({ ...e, at: new Date(e.at as number) })),
        { ...HAND, asOf: new Date(HAND.asOf) },
      );
      const asText = tiesFromInteractions(
        LOG.map((e) => ({ ...e, at: new Date(e.at as number).toISOString() })),
        { ...HAND, asOf: '2024-01-21' },
      );
      expect(asDates.graph.export()).toEqual(asNumbers.graph.export());
      expect(asText.graph.export()).toEqual(asNumbers.graph.export());
    });

    it('reads an ISO date-time without an offset as UTC', () => {
      const { report } = tiesFromInteractions([{ from: 'a', to: 'b', at: '2024-01-21T00:00:00' }]);
      expect(report.asOf).toBe(day(20));
    });

    it.each([
      ['2024-01-21', day(20)],
      ['2024-01-21T06:30Z', day(20) + 6.5 * 3_600_000],
      ['2024-01-21 06:30:15', day(20) + (6.5 * 3600 + 15) * 1000],
      ['2024-01-21t06:30:15.1234567Z', day(20) + (6.5 * 3600 + 15) * 1000 + 123],
      ['2024-01-21T06:30:15,5+01:30', day(20) + (5 * 3600 + 15) * 1000 + 500],
      ['2024-01-21T06:30:15-0100', day(20) + (7.5 * 3600 + 15) * 1000],
      ['2024-01-21T06:30+01', day(20) + 5.5 * 3_600_000],
      ['+002024-01-21', day(20)],
      ['2024-02-29', day(59)],
    ])('reads the ISO-8601 form %s', (at, expected) => {
      expect(tiesFromInteractions([{ from: 'a', to: 'b', at }]).report.asOf).toBe(expected);
    });

    it.each([
      ['an unparseable string', 'yesterday'],
      ['a date without leading zeros', '2024-1-5'],
      ['hour 24', '2024-01-05T24:00'],
      ['second 60', '2024-01-05T23:59:60Z'],
      ['an offset of 24 hours', '2024-01-05T10:00+24:00'],
      ['text after the offset', '2024-01-05T10:00Z!'],
      ['29 February of a common year', '2023-02-29'],
      ['a non-ISO date string', 'March 7, 2024'],
      ['an impossible date', '2024-02-30'],
      ['NaN', Number.NaN],
      ['Infinity', Infinity],
      ['a number outside the Date range', 9e15],
      ['an Invalid Date', new Date('nope')],
      ['null', null],
      ['a boolean', true],
    ])('throws InvalidEventError naming the event for %s', (_label, at) => {
      const events = [{ from: 'a', to: 'b', at: day(0) }, { from: 'a', to: 'c', at } as unknown as InteractionEvent];
      const error = invalidEvent(() => tiesFromInteractions(events));
      expect([error.index, error.reason, error.field]).toEqual([1, 'invalidTime', 'at']);
      expect(error.message).toMatch(/^tiestrength\/ties\/tiesFromInteractions: event 1: /);
    });
  });

  describe('invalid events', () => {
    it.each([
      ['not an object', 'x', 'invalidEvent', undefined],
      ['null', null, 'invalidEvent', undefined],
      ['an empty from', { from: '', to: 'b', at: 0 }, 'emptyId', 'from'],
      ['a missing to', { from: 'a', at: 0 }, 'invalidId', 'to'],
      ['an object id', { from: {}, to: 'b', at: 0 }, 'invalidId', 'from'],
      ['a NaN id', { from: Number.NaN, to: 'b', at: 0 }, 'invalidId', 'from'],
      ['a numeric channel', { from: 'a', to: 'b', at: 0, channel: 3 }, 'invalidChannel', 'channel'],
      ['a negative duration', { from: 'a', to: 'b', at: 0, durationSeconds: -1 }, 'invalidDuration', 'durationSeconds'],
      ['an infinite duration', { from: 'a', to: 'b', at: 0, durationSeconds: Infinity }, 'invalidDuration', 'durationSeconds'],
      ['a text duration', { from: 'a', to: 'b', at: 0, durationSeconds: '60' }, 'invalidDuration', 'durationSeconds'],
      ['recipients 0', { from: 'a', to: 'b', at: 0, recipients: 0 }, 'invalidRecipients', 'recipients'],
      ['recipients 1.5', { from: 'a', to: 'b', at: 0, recipients: 1.5 }, 'invalidRecipients', 'recipients'],
    ])('throws InvalidEventError for %s', (_label, event, reason, field) => {
      const error = invalidEvent(() => tiesFromInteractions([event as InteractionEvent]));
      expect([error.index, error.reason, error.field]).toEqual([0, reason, field]);
    });

    it("with onInvalidEvent: 'skip' counts invalid events per reason and keeps the first 20", () => {
      const events: unknown[] = [];
      for (let i = 0; i < 25; i++) {
        events.push({ from: 'a', to: 'b', at: day(i) });
        events.push({ from: 'a', to: 'b', at: i % 2 === 0 ? 'soon' : Number.NaN });
      }
      const { graph, report } = tiesFromInteractions(events as InteractionEvent[], { onInvalidEvent: 'skip' });
      expect(graph.getEdgeAttribute('a', 'b', 'interactions')).toBe(25);
      expect(report.events).toBe(50);
      expect(report.accepted).toBe(25);
      expect(report.rejected).toBe(25);
      expect(report.rejectedByReason).toEqual({ invalidTime: 25 });
      expect(report.rejectedEvents).toHaveLength(20);
      expect(report.rejectedEvents[0]).toEqual({
        index: 1,
        reason: 'invalidTime',
        field: 'at',
        message: 'event 1: at "soon" is not a valid Date, epoch milliseconds or ISO-8601 timestamp',
      });
      expect(report.rejectedEvents.map((r) => r.index)).toEqual(Array.from({ length: 20 }, (_, i) => 2 * i + 1));
    });

    it('never writes NaN, even when every event of a pair is invalid', () => {
      const { graph, report } = tiesFromInteractions([{ from: 'a', to: 'b', at: 'never' }], { onInvalidEvent: 'skip' });
      expect(graph.order).toBe(0);
      expect(report.asOf).toBeNull();
    });

    it('accepts numeric ids as their strings, and null optional fields as absent', () => {
      const { graph } = tiesFromInteractions([{ from: 1, to: 2, at: 0, channel: null, durationSeconds: null, recipients: null }]);
      expect(graph.nodes()).toEqual(['1', '2']);
      expect(graph.getEdgeAttribute('1', '2', 'intimacy')).toBe(1);
    });

    it('refuses a 65th distinct channel', () => {
      const events = Array.from({ length: 65 }, (_, i) => ({ from: 'a', to: 'b', at: 0, channel: `c${i}` }));
      expect(invalidEvent(() => tiesFromInteractions(events)).reason).toBe('tooManyChannels');
      expect(tiesFromInteractions(events.slice(0, 64)).graph.getEdgeAttribute('a', 'b', 'channels')).toBe(64);
    });
  });

  describe('self-interactions, window, asOf', () => {
    it('drops self-interactions and counts them; a person seen only with themself is not a node', () => {
      const { graph, report } = tiesFromInteractions([
        { from: 'a', to: 'a', at: 0 },
        { from: 'a', to: 'b', at: 0 },
        { from: 'z', to: 'z', at: 0 },
      ]);
      expect(graph.nodes()).toEqual(['a', 'b']);
      expect(report.selfInteractions).toBe(2);
      expect(report.accepted).toBe(1);
    });

    it('counts only events in [asOf − windowDays, asOf]', () => {
      // Window [day 5, day 20]: a→b day 0 is before it.
      const { graph, report } = tiesFromInteractions(LOG, { ...HAND, windowDays: 15 });
      const e = edges(graph);
      expect(e['a|b']!.interactions).toBe(2);
      expect(e['a|b']!.firstAt).toBe(day(10));
      expect(e['a|b']!.decayedVolume).toBe(1.5);
      expect(report.beforeWindow).toBe(1);
      expect(report.afterAsOf).toBe(1);
      expect(report.windowStart).toBe(day(5));
      expect(report.buffered).toBe(false);
    });

    it('includes events exactly at the window start and at asOf', () => {
      const { report } = tiesFromInteractions(LOG, { ...HAND, windowDays: 20 });
      expect(report.beforeWindow).toBe(0);
      expect(report.accepted).toBe(4);
    });

    it('with a window but no asOf, takes asOf = the last event and gives what an explicit asOf gives', () => {
      const implicit = tiesFromInteractions(LOG, { halfLifeDays: 10, windowDays: 15 });
      const explicit = tiesFromInteractions(LOG, { halfLifeDays: 10, windowDays: 15, asOf: day(25) });
      expect(implicit.report.buffered).toBe(true);
      expect(implicit.report.asOf).toBe(day(25));
      expect(implicit.graph.export()).toEqual(explicit.graph.export());
      expect({ ...implicit.report, buffered: false }).toEqual(explicit.report);
    });

    it('with neither asOf nor window, agrees with asOf = the last event', () => {
      const implicit = tiesFromInteractions(LOG, { halfLifeDays: 10 });
      const explicit = tiesFromInteractions(LOG, { halfLifeDays: 10, asOf: day(25) });
      const a = edges(implicit.graph);
      const b = edges(explicit.graph);
      for (const key of Object.keys(b)) {
        for (const [name, value] of Object.entries(b[key]!)) {
          if (typeof value === 'number') expect(a[key]![name as keyof InteractionTieAttributes]).toBeCloseTo(value, 14);
          else expect(a[key]![name as keyof InteractionTieAttributes]).toBe(value);
        }
      }
    });

    it('returns an empty graph for no events (never throws)', () => {
      for (const events of [[], new Set<InteractionEvent>()]) {
        const { graph, report } = tiesFromInteractions(events);
        expect(graph.order).toBe(0);
        expect(report).toMatchObject({ events: 0, asOf: null, windowStart: null, people: 0, ties: 0 });
      }
    });
  });

  describe('directed', () => {
    it('keeps one arc per ordered pair, with reciprocity between the two arcs', () => {
      const { graph } = tiesFromInteractions(LOG, { ...HAND, directed: true });
      expect(graph.type).toBe('directed');
      const e = edges(graph);
      expect(Object.keys(e)).toEqual(['a|b', 'a|c', 'b|a']);
      // a→b: 2 interactions (days 0, 20), reverse b→a 1 → reciprocity 1/2.
      expect(e['a|b']).toMatchObject({ interactions: 2, sourceInitiated: 2, targetInitiated: 1, reciprocity: 0.5, oneWay: false });
      expect(e['b|a']).toMatchObject({ interactions: 1, sourceInitiated: 1, targetInitiated: 2, reciprocity: 0.5, oneWay: false });
      expect(e['a|c']).toMatchObject({ interactions: 1, sourceInitiated: 1, targetInitiated: 0, reciprocity: 0, oneWay: true });
      expect(e['a|b']!.decayedVolume).toBe(1.25);
    });
  });

  describe('filters and zero strength', () => {
    it('drops ties below minInteractions before scaling; their people stay as isolates', () => {
      const { graph, report } = tiesFromInteractions(LOG, { ...HAND, minInteractions: 2 });
      expect(graph.nodes()).toEqual(['a', 'b', 'c']);
      expect(graph.size).toBe(1);
      expect(graph.degree('c')).toBe(0);
      expect(report.droppedByMinInteractions).toBe(1);
      expect(report.scales.frequency).toBe(Math.log1p(3));
    });

    it('drops dormant ties by strength, or by decayed volume', () => {
      const byStrength = tiesFromInteractions(LOG, { ...HAND, dormantBelow: 0.5 });
      expect(byStrength.graph.size).toBe(1);
      expect(byStrength.report.droppedDormant).toBe(1);
      const byVolume = tiesFromInteractions(LOG, { ...HAND, dormantBelow: 0.6, dormancy: 'decayedVolume' });
      expect(edges(byVolume.graph)['a|b']).toBeDefined();
      expect(byVolume.report.droppedDormant).toBe(1);
      // Dropping does not rescale the survivors.
      expect(byStrength.graph.getEdgeAttribute('a', 'b', 'weight')).toBe(tiesFromInteractions(LOG, HAND).graph.getEdgeAttribute('a', 'b', 'weight'));
    });

    it('drops a tie whose weighted indicators are all 0 (strength 0 never reaches the graph)', () => {
      const only = Object.fromEntries(TIE_INDICATORS.map((d) => [d, d === 'reciprocity' ? 1 : 0]));
      const { graph, report } = tiesFromInteractions(LOG, { ...HAND, weights: only });
      expect(graph.size).toBe(1);
      expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBe(0.5);
      expect(report.droppedZeroStrength).toBe(1);
    });

    it('gives every metric a valid strength: buildIndex accepts the graph as it is', () => {
      const { graph } = tiesFromInteractions(LOG, HAND);
      const index = buildIndex(graph);
      expect(Array.from(index.tieStrengths)).toEqual([graph.getEdgeAttribute('a', 'b', 'weight'), graph.getEdgeAttribute('a', 'c', 'weight')]);
    });
  });

  describe('weights, scaling, channels', () => {
    it('gives indicators the log does not carry weight 0 and rescales the others to sum to 1', () => {
      const plain = LOG.map(({ from, to, at }) => ({ from, to, at }));
      const { graph, report } = tiesFromInteractions(plain, HAND);
      expect(report.unobserved).toEqual(['multiplexity', 'intimacy', 'contactTime']);
      // β over frequency, recency, volume, duration, reciprocity: .15 + .2 + .15 + .1 + .15 = .75.
      expect(report.weights.frequency).toBeCloseTo(0.2, 15);
      expect(report.weights.recency).toBeCloseTo(0.2 / 0.75, 15);
      expect(report.weights.multiplexity).toBe(0);
      // a–b: every indicator at its maximum but reciprocity 1/2 → 1 − (.15/.75)·(1/2) = 0.9.
      expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBeCloseTo(0.9, 14);
    });

    it('keeps default weights for indicators the weights option does not list', () => {
      const { report } = tiesFromInteractions(LOG, { ...HAND, weights: { contactTime: 0 } });
      expect(report.weights.contactTime).toBe(0);
      expect(report.weights.recency).toBeCloseTo(0.2 / 0.95, 15);
    });

    it("with scaling: 'none' uses raw indicator values", () => {
      const weights = Object.fromEntries(TIE_INDICATORS.map((d) => [d, d === 'frequency' || d === 'multiplexity' ? 1 : 0]));
      const { graph } = tiesFromInteractions(LOG, { ...HAND, weights, scaling: 'none' });
      // a–b: (ln 4 + 3) / 2.
      expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBeCloseTo((Math.log(4) + 3) / 2, 14);
    });

    it('caps max-scaled strength at 1 and reaches it for a tie at the top of every indicator', () => {
      const events = [
        { from: 'a', to: 'b', at: 0, channel: 'x', durationSeconds: 10, recipients: 1 },
        { from: 'b', to: 'a', at: DAY, channel: 'y', durationSeconds: 10, recipients: 1 },
      ];
      expect(tiesFromInteractions(events).graph.getEdgeAttribute('a', 'b', 'weight')).toBe(1);
    });

    it('sums channelWeights over the channels used (unlisted channels weigh 1)', () => {
      const { graph } = tiesFromInteractions(LOG, { ...HAND, channelWeights: { email: 0.5, chat: 2 } });
      const e = edges(graph);
      expect(e['a|b']!.multiplexity).toBe(3.5);
      expect(e['a|b']!.channels).toBe(3);
      expect(e['a|c']!.multiplexity).toBe(0.5);
    });

    it('counts an event without a channel in the unnamed channel', () => {
      const { graph } = tiesFromInteractions([
        { from: 'a', to: 'b', at: 0, channel: 'email' },
        { from: 'a', to: 'b', at: 1 },
        { from: 'a', to: 'b', at: 2, channel: '' },
      ]);
      expect(graph.getEdgeAttribute('a', 'b', 'channels')).toBe(2);
    });

    it("with durationMeasure: 'age' measures duration from the first interaction to asOf", () => {
      const weights = Object.fromEntries(TIE_INDICATORS.map((d) => [d, d === 'duration' ? 1 : 0]));
      const { graph } = tiesFromInteractions(LOG, { ...HAND, weights, durationMeasure: 'age' });
      // a–b: ln 21 / ln 21 = 1; a–c: ln 11 / ln 21.
      expect(graph.getEdgeAttribute('a', 'c', 'weight')).toBeCloseTo(Math.log(11) / Math.log(21), 14);
      const span = tiesFromInteractions(LOG, { ...HAND, weights });
      expect(span.graph.hasEdge('a', 'c')).toBe(false); // span 0 → duration 0 → strength 0, dropped
    });
  });

  describe('inputs and outputs', () => {
    it('reads an async iterable and gives what the array gives', async () => {
      async function* stream() {
        for (const event of LOG) yield event;
      }
      const result = await tiesFromInteractions(stream(), HAND);
      expect(result.graph.export()).toEqual(tiesFromInteractions(LOG, HAND).graph.export());
    });

    it('reads a generator lazily, once', () => {
      let pulled = 0;
      function* events() {
        for (const event of LOG) {
          pulled++;
          yield event;
        }
      }
      tiesFromInteractions(events(), HAND);
      expect(pulled).toBe(LOG.length);
    });

    it("with as: 'index' returns the CsrIndex and the indicators in tie order", () => {
      const { index, ties, report } = tiesFromInteractions(LOG, { ...HAND, as: 'index' });
      const { graph } = tiesFromInteractions(LOG, HAND);
      expect(index).toBeInstanceOf(CsrIndex);
      expect(index.keys).toEqual(['a', 'b', 'c']);
      expect(Array.from(index.tieSources)).toEqual([0, 0]);
      expect(Array.from(index.tieTargets)).toEqual([1, 2]);
      expect(Array.from(index.tieStrengths)).toEqual([graph.getEdgeAttribute('a', 'b', 'weight'), graph.getEdgeAttribute('a', 'c', 'weight')]);
      expect(Array.from(ties.decayedVolume)).toEqual([1.75, 0.5]);
      expect(Array.from(ties.oneWay)).toEqual([0, 1]);
      expect(Array.from(ties.sourceInitiated)).toEqual([2, 1]);
      expect(report.ties).toBe(2);
    });

    it('orients undirected ties from the smaller key, whatever the event direction', () => {
      const { graph } = tiesFromInteractions([{ from: 'z', to: 'y', at: 0 }]);
      expect(graph.edges().map((e) => [graph.source(e), graph.target(e)])).toEqual([['y', 'z']]);
      expect(graph.getEdgeAttribute('y', 'z', 'targetInitiated')).toBe(1);
    });

    it("refuses an id such as '__proto__' in a graph, and reads it into an index", () => {
      const events = [{ from: 'a', to: 'b', at: 0 }, { from: '__proto__', to: 'a', at: 0 }];
      const error = invalidEvent(() => tiesFromInteractions(events));
      expect([error.index, error.reason]).toEqual([1, 'unsupportedId']);
      const { index } = tiesFromInteractions(events, { as: 'index' });
      expect(index.keys).toEqual(['__proto__', 'a', 'b']);
    });
  });

  describe('options', () => {
    it('exports frozen defaults', () => {
      expect(Object.isFrozen(TIES_FROM_INTERACTIONS_DEFAULTS)).toBe(true);
      expect(Object.isFrozen(TIE_INDICATOR_WEIGHTS)).toBe(true);
      expect(TIES_FROM_INTERACTIONS_DEFAULTS.halfLifeDays).toBe(90);
      expect(TIE_INDICATORS.reduce((sum, d) => sum + TIE_INDICATOR_WEIGHTS[d], 0)).toBeCloseTo(1, 15);
    });

    it.each([
      ['asOf', { asOf: 'tomorrow' }],
      ['asOf', { asOf: new Date(Number.NaN) }],
      ['windowDays', { windowDays: 0 }],
      ['windowDays', { windowDays: Number.NaN }],
      ['halfLifeDays', { halfLifeDays: 0 }],
      ['halfLifeDays', { halfLifeDays: Infinity }],
      ['directed', { directed: 'yes' }],
      ['minInteractions', { minInteractions: 0 }],
      ['minInteractions', { minInteractions: 1.5 }],
      ['dormantBelow', { dormantBelow: -1 }],
      ['dormancy', { dormancy: 'volume' }],
      ['weights', { weights: { frequency: -1 } }],
      ['weights', { weights: { closeness: 1 } }],
      ['weights', { weights: Object.fromEntries(TIE_INDICATORS.map((d) => [d, 0])) }],
      ['weights', { weights: 'equal' }],
      ['scaling', { scaling: 'minmax' }],
      ['durationMeasure', { durationMeasure: 'life' }],
      ['channelWeights', { channelWeights: { email: -1 } }],
      ['onInvalidEvent', { onInvalidEvent: 'warn' }],
      ['as', { as: 'table' }],
      ['halfLife', { halfLife: 30 }],
    ])('throws InvalidOptionError naming %s', (option, options) => {
      expect(invalidOption(() => tiesFromInteractions(LOG, options as TiesFromInteractionsOptions)).option).toBe(option);
    });

    it('throws InvalidOptionError when weights only cover indicators the log does not carry', () => {
      const weights = Object.fromEntries(TIE_INDICATORS.map((d) => [d, d === 'intimacy' ? 1 : 0]));
      expect(invalidOption(() => tiesFromInteractions([{ from: 'a', to: 'b', at: 0 }], { weights })).option).toBe('weights');
    });

    it.each([[null], [undefined], [42], ['a,b'], [{}]])('throws InvalidOptionError for events = %s', (events) => {
      expect(invalidOption(() => tiesFromInteractions(events as unknown as InteractionEvent[])).option).toBe('events');
    });

    it('validates options before reading any event', () => {
      let pulled = 0;
      function* events() {
        pulled++;
        yield LOG[0]!;
      }
      invalidOption(() => tiesFromInteractions(events(), { halfLifeDays: -1 }));
      expect(pulled).toBe(0);
    });
  });
});

describe('tiesFromInteractions windowDays', () => {
  const log = [
    { from: 'a', to: 'b', at: '2024-01-01T00:00:00Z' },
    { from: 'a', to: 'c', at: '2024-03-01T00:00:00Z' },
  ];
  it('tiesFromInteractions(events, { windowDays: 30 }) keeps only the last 30 days', () => {
    expect(tiesFromInteractions(log, { asOf: '2024-03-02', windowDays: 30 }).graph.size).toBe(1);
  });
  it('refuses the retired alias window', () => {
    expect(() => tiesFromInteractions(log, { window: 30 } as never)).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION', option: 'window' }));
  });
});
