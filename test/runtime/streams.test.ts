/**
 * Streams that end badly (issue 9, item 4): a destroyed stream, an erroring stream and a stream
 * that ends mid-row each reject readTiesCsv, readPeopleCsv and readInteractionsCsv with a
 * CsvFormatError whose reason says which ('destroyed', 'unreadable', 'truncated'), never hang.
 */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CsvFormatError, readInteractionsCsv, readPeopleCsv, readTiesCsv } from '../../src/index.js';

const READERS = {
  readTiesCsv: { read: (s: Readable) => readTiesCsv(s), head: 'source,target,weight\n', row: 'a,b,1\n', cut: 'c,' },
  readPeopleCsv: { read: (s: Readable) => readPeopleCsv(s), head: 'id,kind\n', row: 'a,employee\n', cut: 'b' },
  readInteractionsCsv: {
    // Lazy: the events are read as they are iterated.
    read: async (s: Readable) => {
      for await (const _ of readInteractionsCsv(s));
    },
    head: 'from,to,at\n',
    row: 'a,b,2024-01-01T00:00:00Z\n',
    cut: 'a,b',
  },
} as const;

/** The error a read rejects with, or a timeout failure (a read that never settles). */
async function outcome(promise: Promise<unknown>): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('still pending after 2 s')), 2000)));
  try {
    await Promise.race([promise, timeout]);
    return 'resolved';
  } catch (error) {
    return error;
  } finally {
    clearTimeout(timer);
  }
}

describe.each(Object.entries(READERS))('%s', (_name, { read, head, row, cut }) => {
  it("rejects with reason 'destroyed' when the stream is destroyed without an error", async () => {
    const stream = new PassThrough();
    const promise = read(stream);
    stream.write(head + row);
    setTimeout(() => stream.destroy(), 20);
    const error = await outcome(promise);
    expect(error).toBeInstanceOf(CsvFormatError);
    expect((error as CsvFormatError).reason).toBe('destroyed');
  });

  it("rejects with reason 'unreadable' when the stream fails", async () => {
    const stream = new PassThrough();
    const promise = read(stream);
    stream.write(head + row);
    const cause = new Error('disk gone');
    setTimeout(() => stream.destroy(cause), 20);
    const error = await outcome(promise);
    expect(error).toBeInstanceOf(CsvFormatError);
    expect((error as CsvFormatError).reason).toBe('unreadable');
    expect((error as CsvFormatError).cause).toBe(cause);
  });

  it("rejects with reason 'truncated' when the input ends in the middle of a row", async () => {
    const error = await outcome(read(Readable.from([head + row + cut])));
    expect(error).toBeInstanceOf(CsvFormatError);
    expect((error as CsvFormatError).reason).toBe('truncated');
    expect((error as CsvFormatError).line).toBe(3);
  });

  it('still reads a file whose last row has no line end', async () => {
    const last = row.replace(/^a/, 'z').trimEnd();
    expect(await outcome(read(Readable.from([head + row + last])))).toBe('resolved');
  });
});

describe('a stream that has already ended badly', () => {
  it.each(Object.entries(READERS))("%s rejects an already destroyed stream ('destroyed') and an already failed one ('unreadable')", async (_name, { read, head }) => {
    const destroyed = new PassThrough();
    destroyed.write(head);
    destroyed.destroy();
    expect(((await outcome(read(destroyed))) as CsvFormatError).reason).toBe('destroyed');
    const failed = new PassThrough();
    failed.on('error', () => {});
    failed.destroy(new Error('gone'));
    await new Promise((r) => setImmediate(r));
    expect(((await outcome(read(failed))) as CsvFormatError).reason).toBe('unreadable');
  });
});
