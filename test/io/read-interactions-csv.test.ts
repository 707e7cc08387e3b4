/**
 * Tests of readInteractionsCsv: column mapping, timestamp formats, bad rows handled as in
 * readTiesCsv (throw with the line, or skip and report), laziness, re-reading, backpressure
 * (bounded memory), and the composition tiesFromInteractions(readInteractionsCsv(…)).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvFormatError, InvalidOptionError, TieStrengthError } from '../../src/errors.js';
import {
  READ_INTERACTIONS_CSV_DEFAULTS,
  readInteractionsCsv,
  type ReadInteractionsCsvOptions,
} from '../../src/io/read-interactions-csv.js';
import { tiesFromInteractions, type InteractionEvent } from '../../src/ties/ties-from-interactions.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/interactions/', import.meta.url));
const LOG = join(FIXTURES, 'log.csv');
const tmp = mkdtempSync(join(tmpdir(), 'tiestrength-read-interactions-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DAY = 86_400_000;
const day = (d: number) => Date.UTC(2024, 0, 1) + d * DAY;

function csv(text: string): Readable {
  return Readable.from([text]);
}

async function collect(events: AsyncIterable<InteractionEvent>): Promise<InteractionEvent[]> {
  const out: InteractionEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

async function csvError(promise: Promise<unknown>): Promise<CsvFormatError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CsvFormatError);
  expect(error).toBeInstanceOf(TieStrengthError);
  expect((error as CsvFormatError).code).toBe('E_CSV_FORMAT');
  return error as CsvFormatError;
}

function where(error: CsvFormatError) {
  return { file: error.file, line: error.line, column: error.column, reason: error.reason };
}

/** The event of a row with every optional field absent. */
function event(from: string, to: string, at: number, extra: Partial<InteractionEvent> = {}): InteractionEvent {
  return { from, to, at, channel: undefined, durationSeconds: undefined, recipients: undefined, ...extra };
}

describe('readInteractionsCsv', () => {
  describe('reading', () => {
    it('streams the rows of a file as events, with a report at the end', async () => {
      const events = readInteractionsCsv(LOG);
      expect(events.report).toBeNull();
      const list = await collect(events);
      expect(list[0]).toEqual(event('a', 'b', day(0), { channel: 'email', recipients: 1 }));
      expect(list[2]).toEqual(event('a', 'b', day(20), { channel: 'meeting', durationSeconds: 3600, recipients: 3 }));
      expect(list).toHaveLength(6);
      expect(events.report).toEqual({
        file: LOG,
        columns: { from: 'from', to: 'to', at: 'at', channel: 'channel', durationSeconds: 'durationSeconds', recipients: 'recipients' },
        timeFormat: 'iso',
        rows: 6,
        accepted: 6,
        rejected: 0,
        blankLines: 0,
        rejectedByReason: {},
        rejectedRows: [],
      });
    });

    it('feeds tiesFromInteractions, which gives what the same events in an array give', async () => {
      const options = { asOf: day(20), halfLifeDays: 10 };
      const fromCsv = await tiesFromInteractions(readInteractionsCsv(LOG), options);
      const fromArray = tiesFromInteractions(await collect(readInteractionsCsv(LOG)), options);
      expect(fromCsv.graph.export()).toEqual(fromArray.graph.export());
      expect(fromCsv.report).toEqual(fromArray.report);
      // The hand-computed values of test/ties/ties-from-interactions.test.ts.
      expect(fromCsv.graph.getEdgeAttribute('a', 'b', 'decayedVolume')).toBe(1.75);
      expect(fromCsv.graph.getEdgeAttribute('a', 'c', 'weight')).toBeCloseTo(0.268456, 6);
      expect(fromCsv.report).toMatchObject({ events: 6, accepted: 4, selfInteractions: 1, afterAsOf: 1 });
    });

    it('reads only from, to and at when the header has no optional column', async () => {
      const events = readInteractionsCsv(csv('from,to,at\nx,y,2024-01-01\n'));
      expect(await collect(events)).toEqual([event('x', 'y', day(0))]);
      expect(events.report!.columns).toMatchObject({ channel: null, durationSeconds: null, recipients: null });
    });

    it('maps columns by name and by position, and ignores optional columns set to null', async () => {
      const text = 'sender,receiver,when,medium,channel\nx,y,2024-01-02,mail,ignored\n';
      const byName = readInteractionsCsv(csv(text), { from: 'sender', to: 'receiver', at: 'when', channel: 'medium' });
      expect(await collect(byName)).toEqual([event('x', 'y', day(1), { channel: 'mail' })]);
      const byPosition = readInteractionsCsv(csv(text), { from: 0, to: 1, at: 2, channel: null });
      expect(await collect(byPosition)).toEqual([event('x', 'y', day(1))]);
      expect(byPosition.report!.columns).toMatchObject({ from: 'sender', to: 'receiver', at: 'when', channel: null });
    });

    it('reads a headerless file by position', async () => {
      const events = readInteractionsCsv(csv('x,y,1704067200000,chat\n'), { header: false, from: 0, to: 1, at: 2, channel: 3, timeFormat: 'epochMs' });
      expect(await collect(events)).toEqual([event('x', 'y', day(0), { channel: 'chat' })]);
      expect(events.report!.columns).toMatchObject({ from: 0, to: 1, at: 2, channel: 3 });
    });

    it('reads epoch milliseconds and epoch seconds (kept to the millisecond)', async () => {
      const ms = readInteractionsCsv(csv('from,to,at\nx,y,1704067200000\nx,y,1704067200000.5\n'), { timeFormat: 'epochMs' });
      expect((await collect(ms)).map((e) => e.at)).toEqual([day(0), day(0) + 0.5]);
      const s = readInteractionsCsv(csv('from,to,at\nx,y,1704067200\nx,y,1704067200.0015\n'), { timeFormat: 'epochSeconds' });
      expect((await collect(s)).map((e) => e.at)).toEqual([day(0), day(0) + 2]);
    });

    it('treats empty optional cells as not given', async () => {
      const events = readInteractionsCsv(csv('from,to,at,channel,durationSeconds,recipients\nx,y,2024-01-01,,,\n'));
      expect(await collect(events)).toEqual([event('x', 'y', day(0))]);
    });

    it('uses the delimiter and counts blank lines', async () => {
      const events = readInteractionsCsv(csv('from;to;at\n\nx;y;2024-01-01\n\n'), { delimiter: ';' });
      expect(await collect(events)).toEqual([event('x', 'y', day(0))]);
      expect(events.report).toMatchObject({ rows: 1, blankLines: 2 });
    });

    it('reads a path again on every iteration', async () => {
      const events = readInteractionsCsv(LOG);
      expect(await collect(events)).toHaveLength(6);
      expect(await collect(events)).toHaveLength(6);
    });

    it('reads a stream once, and says so on a second iteration', async () => {
      const events = readInteractionsCsv(csv('from,to,at\nx,y,2024-01-01\n'));
      await collect(events);
      let error: unknown;
      try {
        await collect(events);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('input');
    });
  });

  describe('bad rows (as readTiesCsv)', () => {
    it.each([
      ['an unparseable timestamp', 'x,y,soon', 'at', 'invalidTime'],
      ['an impossible date', 'x,y,2024-02-30', 'at', 'invalidTime'],
      ['a non-ISO date', 'x,y,03/01/2024', 'at', 'invalidTime'],
      ['an empty timestamp', 'x,y,', 'at', 'missingTime'],
      ['an empty from', ',y,2024-01-01', 'from', 'emptyId'],
      ['an empty to', 'x,,2024-01-01', 'to', 'emptyId'],
    ])('throws CsvFormatError at line 3 for %s', async (_label, row, column, reason) => {
      const error = await csvError(collect(readInteractionsCsv(csv(`from,to,at\nx,y,2024-01-01\n${row}\nx,y,2024-01-02\n`))));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column, reason });
    });

    it.each([
      ['a negative duration', 'durationSeconds', '-1', 'invalidDuration'],
      ['a text duration', 'durationSeconds', 'long', 'invalidDuration'],
      ['an infinite duration', 'durationSeconds', 'Infinity', 'invalidDuration'],
      ['recipients 0', 'recipients', '0', 'invalidRecipients'],
      ['recipients 2.5', 'recipients', '2.5', 'invalidRecipients'],
    ])('throws CsvFormatError for %s', async (_label, column, cell, reason) => {
      const error = await csvError(collect(readInteractionsCsv(csv(`from,to,at,${column}\nx,y,2024-01-01,${cell}\n`))));
      expect(where(error)).toEqual({ file: '<stream>', line: 2, column, reason });
    });

    it('counts lines across quoted cells with newlines and blank lines', async () => {
      const text = 'from,to,at,channel\n"x\nx",y,2024-01-01,chat\n\nx,y,bad,chat\n';
      const error = await csvError(collect(readInteractionsCsv(csv(text))));
      expect(where(error)).toEqual({ file: '<stream>', line: 5, column: 'at', reason: 'invalidTime' });
    });

    it('throws for a wrong number of cells and for an unparseable epoch', async () => {
      expect(where(await csvError(collect(readInteractionsCsv(csv('from,to,at\nx,y\n')))))).toMatchObject({ line: 2, reason: 'columnCount' });
      const error = await csvError(collect(readInteractionsCsv(csv('from,to,at\nx,y,1e400\n'), { timeFormat: 'epochMs' })));
      expect(where(error)).toMatchObject({ line: 2, reason: 'invalidTime' });
    });

    it('reaches tiesFromInteractions as a CsvFormatError with the line, after the rows before it', async () => {
      let consumed = 0;
      const events = readInteractionsCsv(csv('from,to,at\nx,y,2024-01-01\nx,z,2024-13-01\n'));
      const counting = {
        async *[Symbol.asyncIterator]() {
          for await (const e of events) {
            consumed++;
            yield e;
          }
        },
      };
      const error = await csvError(tiesFromInteractions(counting));
      expect(where(error)).toMatchObject({ line: 3, reason: 'invalidTime' });
      expect(consumed).toBe(1);
    });

    it("with onInvalidRow: 'skip' skips bad rows and reports counts per reason and the first 20", async () => {
      const events = readInteractionsCsv(join(FIXTURES, 'log-25-invalid.csv'), { onInvalidRow: 'skip' });
      const { graph, report } = await tiesFromInteractions(events);
      expect(graph.size).toBe(5);
      expect(report.events).toBe(5);
      const csvReport = events.report!;
      expect(csvReport).toMatchObject({ rows: 30, accepted: 5, rejected: 25 });
      expect(csvReport.rejectedByReason).toEqual({ invalidTime: 5, missingTime: 5, emptyId: 5, invalidDuration: 5, invalidRecipients: 5 });
      expect(csvReport.rejectedRows).toHaveLength(20);
      expect(csvReport.rejectedRows[0]).toEqual({
        line: 2,
        reason: 'invalidTime',
        message: `timestamp "not-a-date" in column "at" is not an ISO-8601 date or date-time (e.g. 2024-03-01T09:15:00Z) (timeFormat: 'iso')`,
        cells: ['x0', 'y0', 'not-a-date', 'email', '', '1'],
      });
      // Lines 2–6 invalid, 7 valid, 8–12 invalid, 13 valid, …
      expect(csvReport.rejectedRows.map((r) => r.line).slice(0, 7)).toEqual([2, 3, 4, 5, 6, 8, 9]);
    });

    it('always throws on a malformed file or a missing column, also when skipping', async () => {
      const missing = await csvError(collect(readInteractionsCsv(csv('from,to,when\nx,y,2024-01-01\n'), { onInvalidRow: 'skip' })));
      expect(where(missing)).toMatchObject({ line: 1, column: 'at', reason: 'missingColumn' });
      const quote = await csvError(collect(readInteractionsCsv(csv('from,to,at\n"x,y,2024-01-01\n'), { onInvalidRow: 'skip' })));
      expect(quote.reason).toBe('malformed');
      const empty = await csvError(collect(readInteractionsCsv(csv(''))));
      expect(empty.reason).toBe('emptyFile');
    });

    it('throws CsvFormatError (unreadable) for a file that does not exist, when iterated', async () => {
      const events = readInteractionsCsv(join(tmp, 'nope.csv'));
      expect((await csvError(collect(events))).reason).toBe('unreadable');
    });
  });

  describe('options', () => {
    it('exports frozen defaults', () => {
      expect(Object.isFrozen(READ_INTERACTIONS_CSV_DEFAULTS)).toBe(true);
      expect(READ_INTERACTIONS_CSV_DEFAULTS.timeFormat).toBe('iso');
    });

    it.each([
      ['timeFormat', { timeFormat: 'unix' }],
      ['header', { header: 'yes' }],
      ['delimiter', { delimiter: '' }],
      ['onInvalidRow', { onInvalidRow: 'warn' }],
      ['file', { file: 3 }],
      ['column', { column: 'x' }],
    ])('throws InvalidOptionError for %s immediately', (option, options) => {
      let error: unknown;
      try {
        readInteractionsCsv(LOG, options as ReadInteractionsCsvOptions);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe(option);
    });

    it('throws InvalidOptionError for an input that is neither a path nor a stream', () => {
      expect(() => readInteractionsCsv(42 as unknown as string)).toThrow(InvalidOptionError);
    });

    it('refuses a column name with header: false, when iterated', async () => {
      const events = readInteractionsCsv(csv('x,y,2024-01-01\n'), { header: false });
      await expect(collect(events)).rejects.toBeInstanceOf(InvalidOptionError);
    });
  });

  describe('streaming in bounded memory', () => {
    /** A lazy CSV source of `rows` rows in chunks of 100 rows; counts the rows it has handed out. */
    function lazySource(rows: number) {
      const state = { produced: 0, destroyed: false };
      const stream = Readable.from(
        (function* () {
          yield 'from,to,at\n';
          for (let i = 0; i < rows; i += 100) {
            let chunk = '';
            for (let k = i; k < Math.min(rows, i + 100); k++) chunk += `p${k % 97},q${k % 89},2024-01-01T00:00:${String(k % 60).padStart(2, '0')}Z\n`;
            state.produced = Math.min(rows, i + 100);
            yield chunk;
          }
        })(),
        { objectMode: false },
      );
      stream.on('close', () => (state.destroyed = true));
      return { stream, state };
    }

    it('does not read far ahead of a slow consumer', async () => {
      const { stream, state } = lazySource(200_000);
      const iterator = readInteractionsCsv(stream)[Symbol.asyncIterator]();
      for (let i = 0; i < 10; i++) await iterator.next();
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Reading pauses at about 8,000 queued events (plus what sits in stream buffers).
      expect(state.produced).toBeLessThan(40_000);
      await iterator.return!();
    });

    it('stops reading when the consumer leaves early', async () => {
      const { stream, state } = lazySource(200_000);
      for await (const e of readInteractionsCsv(stream)) {
        expect(e.from).toBe('p0');
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(state.destroyed).toBe(true);
      expect(state.produced).toBeLessThan(40_000);
    });

    it('reads 200,000 rows into tiesFromInteractions with state per pair', async () => {
      const { stream } = lazySource(200_000);
      const { report } = await tiesFromInteractions(readInteractionsCsv(stream), { as: 'index' });
      expect(report.events).toBe(200_000);
      expect(report.pairs).toBe(97 * 89);
    });
  });

  it('reads a file written to a temp dir, naming it in errors', async () => {
    const path = join(tmp, 'log.csv');
    writeFileSync(path, 'from,to,at\nx,y,2024-01-01\nx,y,never\n');
    const error = await csvError(collect(readInteractionsCsv(path)));
    expect(where(error)).toEqual({ file: path, line: 3, column: 'at', reason: 'invalidTime' });
  });
});
