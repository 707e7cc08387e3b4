/**
 * Issue 12 ("Hard edges"), the reader items: each case reproduced the fault before the fix.
 * Errors are checked by class, code and location fields, never by message text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CsvFormatError,
  InvalidOptionError,
  readInteractionsCsv,
  readPeopleCsv,
  readTiesCsv,
  TieStrengthError,
  type ReadTiesCsvOptions,
} from '../../src/index.js';
import type { ParallelPlan } from '../../src/io/ties-csv-parallel.js';

const tmp = mkdtempSync(join(tmpdir(), 'tiestrength-issue12-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function csv(text: string | Buffer): Readable {
  return Readable.from([text]);
}

let fileCount = 0;
function writeCsv(content: string | Buffer): string {
  const path = join(tmp, `f-${++fileCount}.csv`);
  writeFileSync(path, content);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

async function csvError(promise: Promise<unknown>): Promise<CsvFormatError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(CsvFormatError);
  expect(error).toBeInstanceOf(TieStrengthError);
  expect((error as CsvFormatError).code).toBe('E_CSV_FORMAT');
  return error as CsvFormatError;
}

async function optionError(promise: Promise<unknown>): Promise<InvalidOptionError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(InvalidOptionError);
  expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
  return error as InvalidOptionError;
}

function where(error: CsvFormatError) {
  return { file: error.file, line: error.line, column: error.column, reason: error.reason };
}

const SKIP = { onInvalidRow: 'skip' } as const satisfies ReadTiesCsvOptions;

describe('issue 12: readers', () => {
  // Issue 12 item 2: an object-mode stream threw ERR_INVALID_ARG_TYPE from inside the transform.
  describe('an object-mode stream of rows', () => {
    it('rejects readTiesCsv with CsvFormatError reason notText', async () => {
      const error = await csvError(readTiesCsv(Readable.from([{ source: 'a', target: 'b' }])));
      expect(where(error)).toMatchObject({ file: '<stream>', reason: 'notText' });
    });

    it('rejects readPeopleCsv with CsvFormatError reason notText', async () => {
      const error = await csvError(readPeopleCsv(Readable.from([{ id: 'a' }])));
      expect(error.reason).toBe('notText');
    });

    it('rejects readInteractionsCsv with CsvFormatError reason notText when iterated', async () => {
      const events = readInteractionsCsv(Readable.from([['a', 'b', '2024-01-01']]));
      const error = await csvError(
        (async () => {
          for await (const event of events) void event;
        })(),
      );
      expect(error.reason).toBe('notText');
    });

    it('still reads an object-mode stream of strings and of Uint8Arrays', async () => {
      const bytes = new TextEncoder().encode('source,target\na,b\n');
      const { report } = await readTiesCsv(Readable.from([bytes]));
      expect(report.ties).toBe(1);
      const { report: fromStrings } = await readTiesCsv(Readable.from(['source,target\n', 'a,b\n']));
      expect(fromStrings.ties).toBe(1);
    });
  });

  // Issue 12 item 4: a 160k-column header (1.2 MB) blocked for 18 s in a quadratic duplicate check.
  describe('a very wide header', () => {
    it('refuses 160,000 columns at once with reason tooManyColumns', async () => {
      const header = Array.from({ length: 160_000 }, (_, i) => `c${i}`).join(',');
      const started = performance.now();
      const error = await csvError(readTiesCsv(csv(`source,target,${header}\n`)));
      expect(where(error)).toMatchObject({ line: 1, reason: 'tooManyColumns' });
      expect(performance.now() - started).toBeLessThan(8000); // 18 s on an idle machine before the fix
    });

    it('finds a duplicate among 16,000 columns (linear check)', async () => {
      const names = Array.from({ length: 16_000 }, (_, i) => `c${i}`);
      names.push('c7');
      const error = await csvError(readTiesCsv(csv(`source,target,${names.join(',')}\n`)));
      expect(where(error)).toMatchObject({ line: 1, column: 'c7', reason: 'duplicateHeader' });
    });

    it('refuses a headerless first row wider than 16,384 cells', async () => {
      const row = Array.from({ length: 16_385 }, (_, i) => `c${i}`).join(',');
      const error = await csvError(readTiesCsv(csv(`${row}\n`), { header: false, source: 0, target: 1 }));
      expect(error.reason).toBe('tooManyColumns');
    });
  });

  // Issue 12 item 5: threads: 64 on 2 cores started 64 workers (18 s, 2.1 GB).
  describe('threads', () => {
    it('starts no more workers than the machine has cores', async () => {
      const lines = ['source,target,weight'];
      for (let i = 0; i < 4000; i++) lines.push(`p${i % 97},p${(i * 7) % 89},${1 + (i % 5)}`);
      const path = writeCsv(`${lines.join('\n')}\n`);
      const plans: ParallelPlan[] = [];
      const parallelHooks = { onPlan: (p: ParallelPlan) => plans.push(p) };
      const options = { as: 'index', threads: 64, parallelHooks } as unknown as ReadTiesCsvOptions & { as: 'index' };
      const { report } = await readTiesCsv(path, options);
      const { report: single } = await readTiesCsv(path, { as: 'index', threads: 1 });
      expect(report).toEqual(single);
      const parallel = plans.find((p) => p.mode === 'parallel');
      const cores = availableParallelism();
      if (parallel !== undefined && parallel.mode === 'parallel') expect(parallel.ranges.length).toBeLessThanOrEqual(cores);
      else expect(cores).toBeLessThan(2);
    }, 60_000);
  });

  // Issue 12 item 9: Latin-1 café and cafè both decoded to caf\uFFFD and their rows merged.
  describe('input that is not UTF-8', () => {
    const latin1 = Buffer.concat([
      Buffer.from('source,target\nana,bo\n'),
      Buffer.from([0x63, 0x61, 0x66, 0xe9]), // café in Latin-1
      Buffer.from(',x\n'),
      Buffer.from([0x63, 0x61, 0x66, 0xe8]), // cafè
      Buffer.from(',x\n'),
    ]);

    it('throws CsvFormatError reason invalidEncoding at the line of the first bad byte', async () => {
      const error = await csvError(readTiesCsv(csv(latin1)));
      expect(where(error)).toMatchObject({ line: 3, reason: 'invalidEncoding' });
    });

    it('throws it in skip mode too, for a path (parallel path falls back and agrees)', async () => {
      const path = writeCsv(latin1);
      const error = await csvError(readTiesCsv(path, { ...SKIP, threads: 2 }));
      expect(where(error)).toMatchObject({ file: path, line: 3, reason: 'invalidEncoding' });
    });

    it('finds a bad byte after many lines and chunks', async () => {
      const head = `source,target\n${'a,b\n'.repeat(50_000)}`;
      const chunks = [Buffer.from(head), Buffer.from([0x78, 0xff]), Buffer.from(',y\n')];
      const error = await csvError(readTiesCsv(Readable.from(chunks)));
      expect(where(error)).toMatchObject({ line: 50_002, reason: 'invalidEncoding' });
    });

    it('accepts a multi-byte character split across chunks, and a truncated one at the end is an error', async () => {
      const text = Buffer.from('source,target\ncafé,x\n');
      const at = text.indexOf(0xc3) + 1;
      const { graph } = await readTiesCsv(Readable.from([text.subarray(0, at), text.subarray(at)]));
      expect(graph.nodes()).toEqual(['café', 'x']);
      const error = await csvError(readTiesCsv(Readable.from([Buffer.from('source,target\na,b\nc,'), Buffer.from([0xc3])])));
      expect(error.reason).toBe('invalidEncoding');
    });

    it('rejects the same way in readPeopleCsv', async () => {
      const error = await csvError(readPeopleCsv(csv(Buffer.concat([Buffer.from('id\n'), Buffer.from([0x63, 0xe9, 0x0a])]))));
      expect(where(error)).toMatchObject({ line: 2, reason: 'invalidEncoding' });
    });
  });

  // Issue 12 item 10: relation rows were summed into nonsense; 'mean' overflowed on 1e308, 1e308.
  describe('select, merged pairs and overflow', () => {
    const relations = [
      'relation,source,target,weight',
      'observed,a,b,3',
      'recalled,a,b,1',
      'observed,b,a,4',
      'recalled,b,c,0',
      'observed,c,d,2',
      '',
    ].join('\n');

    it('reads only the rows select keeps, and counts the rest as unselected', async () => {
      const { graph, report } = await readTiesCsv(csv(relations), { select: { relation: 'observed' } });
      expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBe(7);
      expect(graph.hasNode('a') && graph.hasNode('d') && !graph.hasEdge('b', 'c')).toBe(true);
      expect(report).toMatchObject({ rows: 5, unselected: 2, accepted: 3, rejected: 0, pairsMerged: 1, duplicatesMerged: 1, ties: 2 });
      expect(report.ignoredColumns).toEqual([]);
    });

    it('keeps rows matching any of several values, and rows of other relations are never rejected', async () => {
      const { report } = await readTiesCsv(csv(relations), { select: { relation: ['observed', 'recalled'] }, ...SKIP });
      expect(report).toMatchObject({ unselected: 0, rejected: 1, rejectedByReason: { nonPositiveWeight: 1 } });
    });

    it('reports the columns it did not read, so a relation column is never ignored unseen', async () => {
      const { report } = await readTiesCsv(csv(relations), SKIP);
      expect(report.ignoredColumns).toEqual(['relation']);
      expect(report.pairsMerged).toBe(1);
      expect(report.duplicatesMerged).toBe(2);
    });

    it('selects by position in a headerless file', async () => {
      const { report } = await readTiesCsv(csv('x,a,b\ny,a,c\n'), { header: false, source: 1, target: 2, select: { '0': 'y' } });
      expect(report).toMatchObject({ rows: 2, unselected: 1, ties: 1, ignoredColumns: [] });
    });

    it('selects the same rows on the parallel path', async () => {
      const lines = ['relation,source,target,weight'];
      for (let i = 0; i < 3000; i++) lines.push(`${i % 3 === 0 ? 'observed' : 'recalled'},p${i % 41},p${(i * 13) % 37},${1 + (i % 4)}`);
      const path = writeCsv(`${lines.join('\n')}\n`);
      const plans: ParallelPlan[] = [];
      const options = { as: 'index', threads: 2, select: { relation: 'observed' }, parallelHooks: { onPlan: (p: ParallelPlan) => plans.push(p) } };
      const parallel = await readTiesCsv(path, options as unknown as ReadTiesCsvOptions & { as: 'index' });
      const single = await readTiesCsv(path, { as: 'index', threads: 1, select: { relation: 'observed' } });
      expect(parallel.report).toEqual(single.report);
      expect(parallel.report.unselected).toBe(2000);
      expect([...parallel.index.tieStrengths]).toEqual([...single.index.tieStrengths]);
    }, 60_000);

    it('refuses a select column the header lacks, and a malformed select', async () => {
      const error = await csvError(readTiesCsv(csv(relations), { select: { wave: '1' } }));
      expect(where(error)).toMatchObject({ line: 1, column: 'wave', reason: 'missingColumn' });
      for (const select of [{}, { relation: 3 }, { relation: [] }, 'observed', null]) {
        const bad = await optionError(readTiesCsv(csv(relations), { select } as unknown as ReadTiesCsvOptions));
        expect(bad.option).toBe('select');
      }
    });

    it("duplicates: 'mean' gives 1e308 for 1e308, 1e308 (no overflow)", async () => {
      const { graph, report } = await readTiesCsv(csv('source,target,weight\na,b,1e308\nb,a,1e308\na,c,2\n'), { duplicates: 'mean' });
      expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBe(1e308);
      expect(graph.getEdgeAttribute('a', 'c', 'weight')).toBe(2);
      expect(report).toMatchObject({ pairsMerged: 1, duplicatesMerged: 1, ties: 2 });
      const { index } = await readTiesCsv(csv('source,target,weight\na,b,1.7e308\na,b,1.7e308\na,b,1.1e308\n'), { duplicates: 'mean', as: 'index' });
      expect(index.tieStrengths[0]).toBe((1.7e308 / 3) * 2 + 1.1e308 / 3);
    });

    it("duplicates: 'sum' throws CsvFormatError at the row that overflows", async () => {
      const error = await csvError(readTiesCsv(csv('source,target,weight\na,b,1e308\nc,d,1\nb,a,1e308\n')));
      expect(where(error)).toMatchObject({ line: 4, column: 'weight', reason: 'weightOverflow' });
    });

    it("duplicates: 'sum' in skip mode rejects the overflowing row with its line and keeps the rest", async () => {
      const text = 'source,target,weight\na,b,1e308\nc,d,1\nb,a,1e308\na,b,1\na,c,1e308\n';
      const { graph, report } = await readTiesCsv(csv(text), SKIP);
      expect(report).toMatchObject({ rejected: 1, rejectedByReason: { weightOverflow: 1 }, accepted: 4 });
      expect(report.rejectedRows.map((r) => [r.line, r.reason])).toEqual([[4, 'weightOverflow']]);
      expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBe(1e308 + 1);
      expect(graph.getEdgeAttribute('a', 'c', 'weight')).toBe(1e308);
    });

    it("duplicates: 'sum' overflow on the parallel path falls back and gives the single-thread result", async () => {
      const lines = ['source,target,weight'];
      for (let i = 0; i < 2000; i++) lines.push(`p${i % 50},q${i % 7},1`);
      lines.push('a,b,1e308', 'a,b,1e308');
      const path = writeCsv(`${lines.join('\n')}\n`);
      const plans: ParallelPlan[] = [];
      const options = { ...SKIP, as: 'index', threads: 2, parallelHooks: { onPlan: (p: ParallelPlan) => plans.push(p) } };
      const { report } = await readTiesCsv(path, options as unknown as ReadTiesCsvOptions & { as: 'index' });
      expect(report.rejectedRows.map((r) => [r.line, r.reason])).toEqual([[2003, 'weightOverflow']]);
    }, 60_000);
  });

  // Issue 12 item 13: smaller reader faults.
  describe('smaller faults', () => {
    it.each([';;', '', '"', '\n', 3])('refuses delimiter %j with InvalidOptionError in every reader', async (delimiter) => {
      const options = { delimiter } as never;
      expect((await optionError(readTiesCsv(csv('source,target\n'), options))).option).toBe('delimiter');
      expect((await optionError(readPeopleCsv(csv('id\n'), options))).option).toBe('delimiter');
      expect((await optionError(Promise.resolve().then(() => readInteractionsCsv(csv('from,to,at\n'), options)))).option).toBe('delimiter');
    });

    it('says a ;-delimited file read with "," may have the wrong delimiter (reason wrongDelimiter)', async () => {
      const error = await csvError(readTiesCsv(csv('source;target;weight\na;b;1\n')));
      expect(where(error)).toMatchObject({ line: 1, column: 'source', reason: 'wrongDelimiter' });
      const people = await csvError(readPeopleCsv(csv('id\tgroup\na\tx\n')));
      expect(people.reason).toBe('wrongDelimiter');
    });

    it('keeps raw bytes out of messages and bounds their length for a binary file', async () => {
      let seed = 7;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const ascii = Buffer.from(Array.from({ length: 4000 }, () => Math.floor(random() * 128)));
      const binary = Buffer.from(Array.from({ length: 4000 }, () => Math.floor(random() * 256)));
      for (const bytes of [ascii, binary]) {
        const error = await failure(readTiesCsv(csv(bytes)));
        expect(error).toBeInstanceOf(CsvFormatError);
        const { message } = error as CsvFormatError;
        expect(message.length).toBeLessThan(2000);
        expect(message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/);
      }
    });

    it('rejects a whitespace-only id, quoted or not, as emptyId (ids are otherwise kept as written)', async () => {
      const { graph, report } = await readTiesCsv(csv('source,target\n"  ",a\n  ,b\n" c ",d\n"\t",e\n'), SKIP);
      expect(report.rejectedRows.map((r) => [r.line, r.reason])).toEqual([
        [2, 'emptyId'],
        [3, 'emptyId'],
        [5, 'emptyId'],
      ]);
      expect(graph.nodes()).toEqual([' c ', 'd']);
      const people = await readPeopleCsv(csv('id,x\n"  ",1\n'), SKIP);
      expect(people.report.rejectedByReason).toEqual({ emptyId: 1 });
    });

    it("refuses readPeopleCsv({ kind: 'type' }) when the header also has a kind column", async () => {
      const error = await optionError(readPeopleCsv(csv('id,type,kind\na,employee,vip\n'), { kind: 'type' }));
      expect(error.option).toBe('kind');
    });

    it.each([42, null, {}])('refuses file: %j with InvalidOptionError', async (file) => {
      const options = { file } as never;
      expect((await optionError(readTiesCsv(csv('source,target\n'), options))).option).toBe('file');
      expect((await optionError(readPeopleCsv(csv('id\n'), options))).option).toBe('file');
    });

    it('never reads 1e309 as Infinity in readPeopleCsv', async () => {
      const declared = await csvError(readPeopleCsv(csv('id,score\na,1\nb,1e309\n'), { columnTypes: { score: 'number' } }));
      expect(where(declared)).toMatchObject({ line: 3, column: 'score', reason: 'invalidNumber' });
      const { graph, report } = await readPeopleCsv(csv('id,score\na,1\nb,1e309\n'));
      expect(report.columns).toEqual([{ name: 'score', type: 'string' }]);
      expect(graph.getNodeAttribute('b', 'score')).toBe('1e309');
    });
  });
});
