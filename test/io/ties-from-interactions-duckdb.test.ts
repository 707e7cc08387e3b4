/**
 * tiesFromInteractionsDuckDb: a log folded into ties inside DuckDB equals tiesFromInteractions on
 * the same events (index, indicator table, report), for every aggregation option; invalid rows
 * are typed errors with their row.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/random.js';
import { InvalidOptionError } from '../../src/errors.js';
import { DuckDbReadError } from '../../src/io/duckdb-error.js';
import { roundLikeMathRound, tiesFromInteractionsDuckDb, type TiesFromInteractionsDuckDbOptions } from '../../src/io/ties-from-interactions-duckdb.js';
import { tiesFromInteractions, type InteractionEvent, type TiesFromInteractionsOptions } from '../../src/ties/ties-from-interactions.js';

let dir = '';
const path = (name: string) => join(dir, name);

async function duck(...statements: string[]): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  for (const s of statements) await c.run(s);
  c.closeSync();
  db.closeSync();
}

// A seeded log: 30 people, 3,000 events over 2024, channels, durations, recipients, self-interactions.
const EVENTS: InteractionEvent[] = [];
{
  const rng = createRng(7);
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < 3000; i++) {
    const a = Math.floor(rng() ** 2 * 30);
    const b = rng() < 0.02 ? a : Math.floor(rng() ** 1.5 * 30);
    EVENTS.push({
      from: `p${a}`,
      to: `p${b}`,
      at: start + Math.floor(rng() * 366 * 86_400_000),
      channel: ['email', 'chat', 'meeting', 'call'][Math.floor(rng() * 4)]!,
      durationSeconds: rng() < 0.5 ? Math.round(rng() * 3_600_000) / 1000 : null,
      recipients: rng() < 0.7 ? 1 : 1 + Math.floor(rng() * 5),
    });
  }
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

async function compare(file: string, options: TiesFromInteractionsOptions & TiesFromInteractionsDuckDbOptions = {}) {
  const { timeFormat: _t, ...jsOptions } = options;
  const js = tiesFromInteractions(EVENTS, { ...(jsOptions as TiesFromInteractionsOptions), as: 'index' });
  const ours = await tiesFromInteractionsDuckDb(path(file), { ...options, as: 'index', threads: 2 });
  expect(ours.index.keys).toEqual(js.index.keys);
  expect([...ours.index.tieSources]).toEqual([...js.index.tieSources]);
  expect([...ours.index.tieTargets]).toEqual([...js.index.tieTargets]);
  const T = js.index.size;
  for (let t = 0; t < T; t++) expect(close(ours.index.tieStrengths[t]!, js.index.tieStrengths[t]!), `strength of tie ${t}`).toBe(true);
  for (const [name, values] of Object.entries(js.ties)) {
    const mine = ours.ties[name as keyof typeof js.ties];
    expect(mine.constructor).toBe(values.constructor);
    for (let t = 0; t < T; t++) expect(close(mine[t]!, values[t]!), `${name} of tie ${t}`).toBe(true);
  }
  // buffered: tiesFromInteractions holds the events of a window without asOf; DuckDB never does here.
  const { rejectedEvents: _r, scales, weights, buffered: _b, ...counts } = js.report;
  expect(ours.report).toMatchObject(counts);
  expect(ours.report.buffered).toBe(false);
  for (const [d, w] of Object.entries(weights)) expect(close(ours.report.weights[d as keyof typeof weights], w)).toBe(true);
  for (const [d, s] of Object.entries(scales)) expect(close(ours.report.scales[d as keyof typeof scales], s), `scale ${d}`).toBe(true);
  return { js, ours };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tiestrength-duckdb-interactions-'));
  const csv = ['from,to,at,channel,durationSeconds,recipients'];
  for (const e of EVENTS) csv.push(`${e.from},${e.to},${new Date(e.at as number).toISOString()},${e.channel},${e.durationSeconds ?? ''},${e.recipients}`);
  writeFileSync(path('log.csv'), `${csv.join('\n')}\n`);
  await duck(
    `COPY (SELECT "from", "to", CAST("at" AS TIMESTAMP) AS "at", channel, CAST("durationSeconds" AS DOUBLE) AS "durationSeconds", CAST(recipients AS INTEGER) AS recipients FROM read_csv('${path('log.csv')}', all_varchar = true)) TO '${path('log.parquet')}' (FORMAT parquet)`,
    `COPY (SELECT "from" AS sender, "to" AS receiver, epoch_ms(CAST("at" AS TIMESTAMP)) AS ms FROM read_csv('${path('log.csv')}', all_varchar = true)) TO '${path('bare.parquet')}' (FORMAT parquet)`,
  );
  writeFileSync(path('bad.csv'), 'from,to,at,durationSeconds\na,b,2024-01-01,\nb,,2024-01-02,\nc,a,yesterday,\na,c,2024-02-01,-5\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tiesFromInteractionsDuckDb', () => {
  describe('equals tiesFromInteractions on the same events', () => {
    it('Parquet with a TIMESTAMP column, default options', async () => {
      const { ours } = await compare('log.parquet');
      expect(ours.report.selfInteractions).toBeGreaterThan(0);
      expect(ours.report.unobserved).toEqual([]);
    });

    it('CSV with ISO text times', async () => {
      await compare('log.csv');
    });

    it.each<TiesFromInteractionsOptions>([
      { directed: true },
      { asOf: '2024-10-01', windowDays: 120 },
      { windowDays: 30, halfLifeDays: 15 },
      { minInteractions: 3, dormantBelow: 0.3 },
      { dormantBelow: 0.5, dormancy: 'decayedVolume', halfLifeDays: 30 },
      { scaling: 'none', durationMeasure: 'age' },
      { weights: { recency: 0, reciprocity: 1 }, channelWeights: { meeting: 2, email: 0.5 } },
      { directed: true, minInteractions: 2, asOf: Date.UTC(2024, 6, 1), windowDays: 90 },
    ])('with %j', async (options) => {
      await compare('log.parquet', options);
    });

    it('a log without the optional columns: their indicators are unobserved', async () => {
      const js = tiesFromInteractions(
        EVENTS.map((e) => ({ from: e.from, to: e.to, at: e.at })),
        { as: 'index' },
      );
      const ours = await tiesFromInteractionsDuckDb(path('bare.parquet'), { from: 'sender', to: 'receiver', at: 'ms', as: 'index' });
      expect(ours.report.unobserved).toEqual(['multiplexity', 'intimacy', 'contactTime']);
      expect(ours.index.keys).toEqual(js.index.keys);
      for (let t = 0; t < js.index.size; t++) expect(close(ours.index.tieStrengths[t]!, js.index.tieStrengths[t]!)).toBe(true);
      const seconds = await tiesFromInteractionsDuckDb(
        { query: `SELECT sender, receiver, ms / 1000 AS s FROM '${path('bare.parquet')}'` },
        { from: 'sender', to: 'receiver', at: 's', timeFormat: 'epochSeconds', as: 'index' },
      );
      expect([...seconds.index.tieStrengths]).toEqual([...ours.index.tieStrengths]);
    });

    it('a graphology graph whose edges carry every indicator (the default)', async () => {
      const js = tiesFromInteractions(EVENTS);
      const { graph } = await tiesFromInteractionsDuckDb(path('log.parquet'));
      expect(graph.order).toBe(js.graph.order);
      expect(graph.size).toBe(js.graph.size);
      js.graph.forEachEdge((edge, attributes, s, t) => {
        const mine = graph.getEdgeAttributes(graph.edge(s, t)!);
        expect(close(mine.weight, attributes.weight)).toBe(true);
        expect(mine.oneWay).toBe(attributes.oneWay);
        expect(mine.sourceInitiated).toBe(attributes.sourceInitiated);
        void edge;
      });
    });
  });

  describe('errors', () => {
    it('an invalid row, with its row and reason', async () => {
      const e = await tiesFromInteractionsDuckDb(path('bad.csv')).catch((error: unknown) => error);
      expect(e).toBeInstanceOf(DuckDbReadError);
      expect(e).toMatchObject({ code: 'E_DUCKDB_READ', reason: 'nullId', row: 2, column: 'to', file: path('bad.csv') });
    });

    it("onInvalidRow: 'skip' reports every reason", async () => {
      const { report } = await tiesFromInteractionsDuckDb(path('bad.csv'), { onInvalidRow: 'skip', as: 'index' });
      expect(report).toMatchObject({ events: 4, rejected: 3, accepted: 1, ties: 1 });
      expect(report.rejectedByReason).toEqual({ nullId: 1, invalidTime: 1, invalidDuration: 1 });
      expect(report.rejectedRows.map((r) => [r.row, r.reason])).toEqual([
        [2, 'nullId'],
        [3, 'invalidTime'],
        [4, 'invalidDuration'],
      ]);
      expect(report.rejectedEvents.map((r) => r.index)).toEqual([1, 2, 3]);
    });

    it('a missing column, a missing file, a bad option', async () => {
      await expect(tiesFromInteractionsDuckDb(path('log.parquet'), { at: 'when' })).rejects.toMatchObject({ reason: 'missingColumn', column: 'when' });
      await expect(tiesFromInteractionsDuckDb(path('nope.parquet'))).rejects.toMatchObject({ reason: 'missingFile' });
      await expect(tiesFromInteractionsDuckDb(path('log.parquet'), { halfLifeDays: -1 })).rejects.toBeInstanceOf(InvalidOptionError);
      await expect(tiesFromInteractionsDuckDb(path('log.parquet'), { onInvalidEvent: 'skip' } as never)).rejects.toBeInstanceOf(InvalidOptionError);
      await expect(tiesFromInteractionsDuckDb(path('log.parquet'), { timeFormat: 'unix' as never })).rejects.toBeInstanceOf(InvalidOptionError);
    });
  });
});

describe('epoch seconds to milliseconds in SQL', () => {
  it('rounds as Math.round does, where floor(x + 0.5) does not', async () => {
    const values = [0.49999999999999994, 0.5, 1.5, 2.5, -0.5, -2.5, -2.6, 4503599627370495.5, 1_700_000_000_123.4999, 1e15 + 0.5];
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const reader = await c.runAndReadAll(`SELECT ${values.map((v, i) => `${roundLikeMathRound(`CAST('${v}' AS DOUBLE)`)} AS r${i}`).join(', ')}, ${roundLikeMathRound('CAST(NULL AS DOUBLE)')} AS none`);
    const row = reader.getRows()[0]!;
    c.closeSync();
    db.closeSync();
    expect(row.slice(0, values.length)).toEqual(values.map((v) => Math.round(v) + 0)); // + 0: SQL has no −0
    expect(row[values.length]).toBeNull();
    // The old expression differs on the first value: the test above can fail.
    expect(Math.floor(0.49999999999999994 + 0.5)).not.toBe(Math.round(0.49999999999999994));
  });
});
