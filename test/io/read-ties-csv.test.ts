import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { AbstractGraph } from 'graphology-types';
import {
  CsrIndex,
  CsvFormatError,
  InvalidOptionError,
  readTiesCsv,
  TieStrengthError,
  type ReadTiesCsvOptions,
  type ReadTiesReport,
} from '../../src/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'tiestrength-read-ties-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A one-chunk stream of CSV text. */
function csv(text: string): Readable {
  return Readable.from([text]);
}

/** Writes `text` to a fresh file in the temp dir and returns its path. */
let fileCount = 0;
function writeCsv(text: string): string {
  const path = join(tmp, `ties-${++fileCount}.csv`);
  writeFileSync(path, text);
  return path;
}

/** A tie as `[source, target, weight]`; undirected pairs are written in sorted key order. */
type Tie = [string, string, number];

function sortTies(ties: Tie[]): Tie[] {
  return ties.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1));
}

function tie(source: string, target: string, weight: number, directed: boolean): Tie {
  return directed || source <= target ? [source, target, weight] : [target, source, weight];
}

/** The ties of a graph, sorted. */
function graphTies(graph: AbstractGraph): Tie[] {
  const ties: Tie[] = [];
  const directed = graph.type === 'directed';
  graph.forEachEdge((_edge, attributes, source, target) => {
    ties.push(tie(source, target, attributes.weight as number, directed));
  });
  return sortTies(ties);
}

/** The ties of an index, sorted. */
function indexTies(index: CsrIndex): Tie[] {
  const ties: Tie[] = [];
  for (let t = 0; t < index.size; t++) {
    ties.push(
      tie(index.keys[index.tieSources[t]!]!, index.keys[index.tieTargets[t]!]!, index.tieStrengths[t]!, index.directed),
    );
  }
  return sortTies(ties);
}

/** Awaits a promise that must reject with a CsvFormatError and returns the error. */
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

/** Awaits a promise that must reject with an InvalidOptionError and returns the error. */
async function optionError(promise: Promise<unknown>): Promise<InvalidOptionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidOptionError);
  expect(error).toBeInstanceOf(TieStrengthError);
  expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
  return error as InvalidOptionError;
}

/** The location fields of a CsvFormatError. */
function where(error: CsvFormatError) {
  return { file: error.file, line: error.line, column: error.column, reason: error.reason };
}

/** The report with its rejected rows reduced to `[line, reason, cells]`. */
function brief(report: ReadTiesReport) {
  return { ...report, rejectedRows: report.rejectedRows.map((r) => [r.line, r.reason, r.cells]) };
}

/** A report with no rejections, for the given counts. */
function cleanReport(counts: Partial<ReadTiesReport>): ReadTiesReport {
  return {
    file: '<stream>',
    weightColumn: 'weight',
    rows: 0,
    accepted: 0,
    rejected: 0,
    blankLines: 0,
    selfLoops: 0,
    duplicatesMerged: 0,
    // Issue 12 item 10: rows left out by select, pairs formed by several rows, columns not read.
    unselected: 0,
    pairsMerged: 0,
    ignoredColumns: [],
    nodes: 0,
    ties: 0,
    rejectedByReason: {},
    rejectedRows: [],
    ...counts,
  };
}

const SKIP = { onInvalidRow: 'skip' } as const satisfies ReadTiesCsvOptions;

describe('readTiesCsv', () => {
  describe('reading', () => {
    it('reads source,target,weight into an undirected graph with nodes in order of first appearance', async () => {
      const { graph, report } = await readTiesCsv(csv('source,target,weight\na,b,2\nb,c,0.5\n'));
      expect(graph.type).toBe('undirected');
      expect(graph.nodes()).toEqual(['a', 'b', 'c']);
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 2],
        ['b', 'c', 0.5],
      ]);
      expect(report).toEqual(cleanReport({ rows: 2, accepted: 2, nodes: 3, ties: 2 }));
    });

    it('reads a file path and names it in report.file', async () => {
      const path = join(FIXTURES, 'ties.csv');
      const { graph, report } = await readTiesCsv(path);
      expect(graph.nodes()).toEqual(['alice', 'bob', 'carol', 'dave']);
      expect(graphTies(graph)).toEqual([
        ['alice', 'bob', 4],
        ['alice', 'carol', 2],
        ['bob', 'carol', 1],
      ]);
      expect(report).toEqual(
        cleanReport({ file: path, rows: 5, accepted: 4, selfLoops: 1, duplicatesMerged: 1, pairsMerged: 1, nodes: 4, ties: 3 }),
      );
    });

    it('reads a file written to a temp dir and names it in error.file', async () => {
      const path = writeCsv('source,target,weight\na,b,1\na,c,nope\n');
      const error = await csvError(readTiesCsv(path));
      expect(where(error)).toEqual({ file: path, line: 3, column: 'weight', reason: 'invalidWeight' });
    });

    it('uses the file option as the name of a stream input', async () => {
      const { report } = await readTiesCsv(csv('source,target\na,b\n'), { file: 'emails.csv' });
      expect(report.file).toBe('emails.csv');
      const error = await csvError(readTiesCsv(csv('source,target\na\n'), { file: 'emails.csv' }));
      expect(where(error)).toEqual({ file: 'emails.csv', line: 2, column: undefined, reason: 'columnCount' });
    });

    it('uses the file option over the path', async () => {
      const { report } = await readTiesCsv(join(FIXTURES, 'ties.csv'), { file: 'renamed.csv' });
      expect(report.file).toBe('renamed.csv');
    });

    it('reads a file that does not end with a newline', async () => {
      const { graph, report } = await readTiesCsv(csv('source,target\na,b\nb,c'));
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 1],
        ['b', 'c', 1],
      ]);
      expect(report.rows).toBe(2);
    });

    it('reads a header-only file as an empty graph with zero counts', async () => {
      for (const text of ['source,target,weight', 'source,target,weight\n']) {
        const { graph, report } = await readTiesCsv(csv(text));
        expect(graph.order).toBe(0);
        expect(graph.size).toBe(0);
        expect(report).toEqual(cleanReport({}));
      }
    });

    it('reads a header-only file as an empty index', async () => {
      const { index, report } = await readTiesCsv(csv('source,target\n'), { as: 'index' });
      expect(index).toBeInstanceOf(CsrIndex);
      expect(index.order).toBe(0);
      expect(index.size).toBe(0);
      expect(report).toEqual(cleanReport({ weightColumn: null }));
    });
  });

  describe('bad input', () => {
    it('throws CsvFormatError at line 3 for a non-numeric weight', async () => {
      const error = await csvError(readTiesCsv(csv('source,target,weight\na,b,1\nb,c,heavy\nc,d,1\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: 'weight', reason: 'invalidWeight' });
    });

    it.each([
      ['-1', 'nonPositiveWeight'],
      ['-0.5', 'nonPositiveWeight'],
      ['0', 'nonPositiveWeight'],
      ['0.0', 'nonPositiveWeight'],
      ['Infinity', 'nonFiniteWeight'],
      ['-Infinity', 'nonFiniteWeight'],
      ['NaN', 'nonFiniteWeight'],
      ['1e999', 'nonFiniteWeight'],
      ['', 'missingWeight'],
      ['   ', 'missingWeight'],
      ['0x10', 'invalidWeight'],
      ['"1,5"', 'invalidWeight'],
      ['2 kg', 'invalidWeight'],
    ])('throws CsvFormatError at line 3 for the weight %j (%s)', async (weight, reason) => {
      const error = await csvError(readTiesCsv(csv(`source,target,weight\na,b,1\nb,c,${weight}\nc,d,1\n`)));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: 'weight', reason });
    });

    it('accepts strict decimal weights with exponents and surrounding spaces', async () => {
      const { graph } = await readTiesCsv(csv('source,target,weight\na,b,1e3\nb,c, 2.5 \nc,d,.5\nd,e,+3\n'));
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 1000],
        ['b', 'c', 2.5],
        ['c', 'd', 0.5],
        ['d', 'e', 3],
      ]);
    });

    it('throws CsvFormatError at line 3 for a row with too few cells', async () => {
      const error = await csvError(readTiesCsv(csv('source,target,weight\na,b,1\nb,c\nc,d,1\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: undefined, reason: 'columnCount' });
    });

    it('throws CsvFormatError at line 3 for a row with too many cells', async () => {
      const error = await csvError(readTiesCsv(csv('source,target,weight\na,b,1\nb,c,1,extra\nc,d,1\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: undefined, reason: 'columnCount' });
    });

    it('throws CsvFormatError at line 2 for an empty source or target id', async () => {
      const source = await csvError(readTiesCsv(csv('source,target\n,b\n')));
      expect([source.line, source.reason]).toEqual([2, 'emptyId']);
      const target = await csvError(readTiesCsv(csv('source,target\na,\n')));
      expect([target.line, target.reason]).toEqual([2, 'emptyId']);
    });

    it('names the 0-based position of an empty id in a headerless file', async () => {
      const error = await csvError(readTiesCsv(csv('a,b\nc,\n'), { header: false, source: 0, target: 1 }));
      expect(where(error)).toEqual({ file: '<stream>', line: 2, column: 1, reason: 'emptyId' });
    });

    // Regression: error.column was once the reader's internal cell key ('_0'), not the header name.
    it('names the header column of an empty source or target id', async () => {
      const source = await csvError(readTiesCsv(csv('source,target\n,b\n')));
      expect(where(source)).toEqual({ file: '<stream>', line: 2, column: 'source', reason: 'emptyId' });
      const target = await csvError(readTiesCsv(csv('from,to\na,\n'), { source: 'from', target: 'to' }));
      expect(where(target)).toEqual({ file: '<stream>', line: 2, column: 'to', reason: 'emptyId' });
    });

    it('throws CsvFormatError at line 3 for an unclosed quote', async () => {
      const error = await csvError(readTiesCsv(csv('source,target,weight\na,b,1\n"b,c,2\nc,d,3\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: undefined, reason: 'malformed' });
    });

    it('throws CsvFormatError at the line of an unclosed quote after blank lines and a quoted newline', async () => {
      const error = await csvError(readTiesCsv(csv('source,target\n"a\nb",c\n\nd,e\n"f,g\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 6, column: undefined, reason: 'malformed' });
    });

    it('throws CsvFormatError for text after a closing quote, at its line when the input arrives line by line', async () => {
      const chunks = ['source,target\n', 'a,b\n', 'c,d\n', '"e"x,f\n', 'g,h\n'];
      const error = await csvError(readTiesCsv(Readable.from(chunks)));
      expect(where(error)).toEqual({ file: '<stream>', line: 4, column: undefined, reason: 'malformed' });
    });

    // Regression: fast-csv parses a whole chunk before emitting rows; the line is now found by re-parsing.
    it('throws CsvFormatError at line 4 for text after a closing quote in a one-chunk input', async () => {
      const error = await csvError(readTiesCsv(csv('source,target\na,b\nc,d\n"e"x,f\ng,h\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 4, column: undefined, reason: 'malformed' });
    });

    it('throws CsvFormatError at line 1 for a duplicate header name', async () => {
      const error = await csvError(readTiesCsv(csv('source,target,source\na,b,c\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 1, column: 'source', reason: 'duplicateHeader' });
    });

    it('throws CsvFormatError at line 1 for an empty file', async () => {
      const error = await csvError(readTiesCsv(csv('')));
      expect(where(error)).toEqual({ file: '<stream>', line: 1, column: undefined, reason: 'emptyFile' });
    });

    it('throws CsvFormatError at line 1 for an empty file given by path', async () => {
      const path = writeCsv('');
      const error = await csvError(readTiesCsv(path));
      expect(where(error)).toEqual({ file: path, line: 1, column: undefined, reason: 'emptyFile' });
    });

    it('throws CsvFormatError at line 1 when the header lacks the default source column', async () => {
      const error = await csvError(readTiesCsv(csv('from,target\na,b\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 1, column: 'source', reason: 'missingColumn' });
    });

    it('throws CsvFormatError at line 1 when the header lacks the default target column', async () => {
      const error = await csvError(readTiesCsv(csv('source,to\na,b\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 1, column: 'target', reason: 'missingColumn' });
    });

    it('throws CsvFormatError at line 1 when the header lacks an explicitly mapped column', async () => {
      const source = await csvError(readTiesCsv(csv('source,target\na,b\n'), { source: 'from', target: 'target' }));
      expect(where(source)).toEqual({ file: '<stream>', line: 1, column: 'from', reason: 'missingColumn' });
      const weight = await csvError(readTiesCsv(csv('source,target\na,b\n'), { weight: 'count' }));
      expect(where(weight)).toEqual({ file: '<stream>', line: 1, column: 'count', reason: 'missingColumn' });
      const explicit = await csvError(readTiesCsv(csv('source,target\na,b\n'), { weight: 'weight' }));
      expect(where(explicit)).toEqual({ file: '<stream>', line: 1, column: 'weight', reason: 'missingColumn' });
    });

    it('throws CsvFormatError at line 1 for a column position past the last column', async () => {
      const error = await csvError(readTiesCsv(csv('a,b\n'), { header: false, source: 0, target: 2 }));
      expect(where(error)).toEqual({ file: '<stream>', line: 1, column: 2, reason: 'missingColumn' });
    });

    it('throws CsvFormatError with reason unreadable for a path that does not exist', async () => {
      const path = join(tmp, 'does-not-exist.csv');
      const error = await csvError(readTiesCsv(path));
      expect(where(error)).toEqual({ file: path, line: undefined, column: undefined, reason: 'unreadable' });
      const skipped = await csvError(readTiesCsv(path, SKIP));
      expect(skipped.reason).toBe('unreadable');
    });

    it('throws CsvFormatError with reason unreadable for a directory path', async () => {
      const error = await csvError(readTiesCsv(tmp));
      expect(where(error)).toEqual({ file: tmp, line: undefined, column: undefined, reason: 'unreadable' });
    });

    it('throws CsvFormatError with reason unreadable when the stream errors', async () => {
      const stream = new Readable({
        read() {
          this.destroy(new Error('disk on fire'));
        },
      });
      const error = await csvError(readTiesCsv(stream, { file: 'broken.csv' }));
      expect(where(error)).toEqual({ file: 'broken.csv', line: undefined, column: undefined, reason: 'unreadable' });
    });
  });

  describe('malformed files in skip mode', () => {
    it('throws CsvFormatError for an unclosed quote even with onInvalidRow skip', async () => {
      const error = await csvError(readTiesCsv(csv('source,target,weight\na,b,1\n"b,c,2\nc,d,3\n'), SKIP));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: undefined, reason: 'malformed' });
    });

    it('throws CsvFormatError for a duplicate header even with onInvalidRow skip', async () => {
      const error = await csvError(readTiesCsv(csv('source,target,target\na,b,c\n'), SKIP));
      expect(where(error)).toEqual({ file: '<stream>', line: 1, column: 'target', reason: 'duplicateHeader' });
    });

    it('throws CsvFormatError for an empty file even with onInvalidRow skip', async () => {
      const error = await csvError(readTiesCsv(csv(''), SKIP));
      expect(error.reason).toBe('emptyFile');
    });

    it('throws CsvFormatError for a missing column even with onInvalidRow skip', async () => {
      const error = await csvError(readTiesCsv(csv('src,dst\na,b\n'), SKIP));
      expect(where(error)).toEqual({ file: '<stream>', line: 1, column: 'source', reason: 'missingColumn' });
    });
  });

  describe('line numbers', () => {
    it('skips blank lines, counts them, and keeps later line numbers exact', async () => {
      const text = 'source,target,weight\n\na,b,1\n\n\nb,c,x\n';
      const error = await csvError(readTiesCsv(csv(text)));
      expect(where(error)).toEqual({ file: '<stream>', line: 6, column: 'weight', reason: 'invalidWeight' });
      const { graph, report } = await readTiesCsv(csv(text), SKIP);
      expect(graphTies(graph)).toEqual([['a', 'b', 1]]);
      expect(brief(report)).toEqual({
        ...cleanReport({ rows: 2, accepted: 1, rejected: 1, blankLines: 3, nodes: 2, ties: 1 }),
        rejectedByReason: { invalidWeight: 1 },
        rejectedRows: [[6, 'invalidWeight', ['b', 'c', 'x']]],
      });
    });

    it('counts trailing blank lines and a whitespace-only line as blank', async () => {
      const { graph, report } = await readTiesCsv(csv('source,target\na,b\n   \nb,c\n\n\n'));
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 1],
        ['b', 'c', 1],
      ]);
      expect(report.blankLines).toBe(3);
      expect(report.rows).toBe(2);
    });

    // Regression: a blank line before the header was once taken as the header.
    it('skips a blank line before the header', async () => {
      const { graph, report } = await readTiesCsv(csv('\nsource,target\na,b\n'));
      expect(graphTies(graph)).toEqual([['a', 'b', 1]]);
      expect(report.blankLines).toBe(1);
    });

    it('accepts a UTF-8 byte-order mark before the header', async () => {
      const { graph, report } = await readTiesCsv(csv('\uFEFFsource,target,weight\na,b,2\n'));
      expect(graph.nodes()).toEqual(['a', 'b']);
      expect(graphTies(graph)).toEqual([['a', 'b', 2]]);
      expect(report.weightColumn).toBe('weight');
    });

    it('accepts a byte-order mark split across chunks of a byte stream', async () => {
      const stream = Readable.from([Buffer.from([0xef, 0xbb]), Buffer.from([0xbf]), Buffer.from('source,target\na,b\n')]);
      const { graph } = await readTiesCsv(stream);
      expect(graph.nodes()).toEqual(['a', 'b']);
    });

    it('accepts a byte-order mark in a file given by path', async () => {
      const path = writeCsv('\uFEFFsource,target\r\na,b\r\n');
      const { graph, report } = await readTiesCsv(path);
      expect(graph.nodes()).toEqual(['a', 'b']);
      expect(report.file).toBe(path);
    });

    it('accepts CRLF line ends with exact ids and line numbers', async () => {
      const text = 'source,target\r\na,b\r\n\r\nb,c\r\nc,\r\n';
      const error = await csvError(readTiesCsv(csv(text)));
      expect([error.line, error.reason]).toEqual([5, 'emptyId']);
      const { graph, report } = await readTiesCsv(csv(text), SKIP);
      expect(graph.nodes()).toEqual(['a', 'b', 'c']);
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 1],
        ['b', 'c', 1],
      ]);
      expect(report.blankLines).toBe(1);
      expect(report.rejectedRows.map((r) => r.line)).toEqual([5]);
    });

    it('keeps a quoted newline in an id and counts lines after it exactly', async () => {
      const text = 'source,target,weight\n"a\nx",b,1\nb,c,2\nc,d,x\n';
      const error = await csvError(readTiesCsv(csv(text)));
      expect(where(error)).toEqual({ file: '<stream>', line: 5, column: 'weight', reason: 'invalidWeight' });
      const { graph, report } = await readTiesCsv(csv(text), SKIP);
      expect(graph.nodes()).toEqual(['a\nx', 'b', 'c']);
      expect(graphTies(graph)).toEqual([
        ['a\nx', 'b', 1],
        ['b', 'c', 2],
      ]);
      expect(report.rejectedRows.map((r) => r.line)).toEqual([5]);
    });

    it('counts a quoted CRLF and several quoted newlines in one row', async () => {
      const text = 'source,target,weight\r\n"a\r\nx","b\n\ny",1\r\nb,c,0\r\n';
      const error = await csvError(readTiesCsv(csv(text)));
      expect(where(error)).toEqual({ file: '<stream>', line: 6, column: 'weight', reason: 'nonPositiveWeight' });
    });

    it('counts the newlines of a quoted cell in a rejected row with too many cells', async () => {
      const text = 'source,target\n"a\nb",c,extra\nd,\n';
      const { report } = await readTiesCsv(csv(text), SKIP);
      expect(report.rejectedRows.map((r) => [r.line, r.reason])).toEqual([
        [2, 'columnCount'],
        [4, 'emptyId'],
      ]);
    });

    it('keeps exact line numbers across many chunks of a large file', async () => {
      const lines = ['source,target,weight'];
      const bad: number[] = [];
      for (let i = 0; i < 6000; i++) {
        if (i % 1000 === 500) lines.push('');
        if (i % 997 === 5) {
          bad.push(lines.length + 1);
          lines.push(`n${i},m${i}`);
        } else if (i % 1009 === 7) {
          bad.push(lines.length + 1);
          lines.push(`n${i},m${i},x`);
        } else if (i % 1013 === 9) {
          lines.push(`"n\n${i}",m${i},1`);
          lines.push('');
        } else {
          lines.push(`n${i},m${i},${i + 1}`);
        }
      }
      // Each quoted newline adds a physical line: shift the bad lines after it.
      const text = lines.join('\n') + '\n';
      const physical: number[] = [];
      let at = 1;
      for (let k = 1; k < lines.length; k++) {
        at++;
        if (bad.includes(k + 1)) physical.push(at);
        at += (lines[k]!.match(/\n/g) ?? []).length;
      }
      const path = writeCsv(text);
      const { report } = await readTiesCsv(path, SKIP);
      expect(report.rejected).toBe(bad.length);
      expect(report.rejectedRows.map((r) => r.line)).toEqual(physical);
    });
  });

  describe('ids', () => {
    it('keeps unicode ids exactly', async () => {
      const { graph } = await readTiesCsv(csv('source,target,weight\nJosé,北京,2\n😀,José,3\nZoë,Zoë,1\n'));
      expect(graph.nodes()).toEqual(['José', '北京', '😀', 'Zoë']);
      expect(graphTies(graph)).toEqual(sortTies([tie('José', '北京', 2, false), tie('😀', 'José', 3, false)]));
    });

    it('keeps quoted ids containing commas and quotes', async () => {
      const { graph } = await readTiesCsv(csv('source,target\n"Smith, Ann","say ""hi"""\n"Smith, Ann",b\n'));
      expect(graph.nodes()).toEqual(['Smith, Ann', 'say "hi"', 'b']);
      expect(graphTies(graph)).toEqual(sortTies([tie('Smith, Ann', 'say "hi"', 1, false), tie('Smith, Ann', 'b', 1, false)]));
    });

    it('keeps leading and trailing spaces in ids, so " a " and "a" are two people', async () => {
      const { graph } = await readTiesCsv(csv('source,target\n a ,b\na,b\n" a",b \n'));
      expect(graph.nodes()).toEqual([' a ', 'b', 'a', ' a', 'b ']);
      expect(graph.size).toBe(3);
    });

    it('reads __proto__, constructor and toString as ordinary ids of an index', async () => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      const toString = Object.prototype.toString;
      const text = 'source,target,weight\n__proto__,constructor,2\ntoString,__proto__,3\nconstructor,toString,1\na,__proto__,4\n';
      const { index, report } = await readTiesCsv(csv(text), { as: 'index' });
      expect(index.keys).toEqual(['__proto__', 'constructor', 'toString', 'a']);
      expect(index.has('__proto__')).toBe(true);
      expect(index.has('hasOwnProperty')).toBe(false);
      expect(indexTies(index)).toEqual(
        sortTies([
          tie('__proto__', 'constructor', 2, false),
          tie('toString', '__proto__', 3, false),
          tie('constructor', 'toString', 1, false),
          tie('a', '__proto__', 4, false),
        ]),
      );
      expect(index.degree(index.id('__proto__'))).toBe(3);
      expect(report.nodes).toBe(4);
      expect(report.ties).toBe(4);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
      expect(Object.prototype.toString).toBe(toString);
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    });

    it('reads a __proto__ header cell without touching Object.prototype', async () => {
      const { graph } = await readTiesCsv(csv('__proto__,source,target\npolluted,a,b\n'));
      expect(graphTies(graph)).toEqual([['a', 'b', 1]]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).a).toBeUndefined();
    });

    it('keeps a __proto__ id that only has a self-loop as a node of the graph', async () => {
      const { graph, report } = await readTiesCsv(csv('source,target\n__proto__,__proto__\n'));
      expect(graph.nodes()).toEqual(['__proto__']);
      expect(report.selfLoops).toBe(1);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    // graphology 0.26 keeps each node's adjacency in a plain object, so a tie at a node named like
    // an Object.prototype member is refused or silently lost there. The graph output refuses such
    // a tie with a typed error naming the line; the index output handles every id (tests above).
    for (const [text, line] of [
      ['source,target,weight\na,b,1\n__proto__,constructor,2\n', 3],
      ['source,target\na,b\nb,c\nc,toString\n', 4],
      ['source,target\n__proto__,a\n', 2],
    ] as const) {
      it(`refuses a tie at an Object.prototype id in graph output, at line ${line}`, async () => {
        const error = await readTiesCsv(csv(text)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(CsvFormatError);
        expect(error).toMatchObject({ code: 'E_CSV_FORMAT', line, reason: 'unsupportedId' });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        const { index } = await readTiesCsv(csv(text), { as: 'index' });
        expect(index.size).toBeGreaterThan(0);
      });
    }

    it('refuses a directed tie from a __proto__ source in graph output', async () => {
      const error = await readTiesCsv(csv('source,target\n__proto__,a\n'), { directed: true }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'E_CSV_FORMAT', line: 2, reason: 'unsupportedId' });
    });
  });

  describe('columns', () => {
    it('maps columns by header name', async () => {
      const { graph, report } = await readTiesCsv(csv('id,from,to,count\n1,a,b,3\n2,b,c,4\n'), {
        source: 'from',
        target: 'to',
        weight: 'count',
      });
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 3],
        ['b', 'c', 4],
      ]);
      expect(report.weightColumn).toBe('count');
    });

    it('maps columns by 0-based position in a headered file and reports the weight header name', async () => {
      const { graph, report } = await readTiesCsv(csv('id,from,to,count\n1,a,b,3\n2,b,c,4\n'), {
        source: 1,
        target: 2,
        weight: 3,
      });
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 3],
        ['b', 'c', 4],
      ]);
      expect(report.weightColumn).toBe('count');
    });

    it('reads a headerless file by position, the first line being line 1', async () => {
      const text = 'a,b,2\nb,c,3\nc,d,x\n';
      const error = await csvError(readTiesCsv(csv(text), { header: false, source: 0, target: 1, weight: 2 }));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: 2, reason: 'invalidWeight' });
      const { graph, report } = await readTiesCsv(csv(text), { header: false, source: 0, target: 1, weight: 2, ...SKIP });
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 2],
        ['b', 'c', 3],
      ]);
      expect(report.weightColumn).toBe(2);
      expect(report.rows).toBe(3);
      expect(report.rejectedRows.map((r) => r.line)).toEqual([3]);
    });

    it('gives every row of a headerless file weight 1 by default', async () => {
      const { graph, report } = await readTiesCsv(csv('a,b,2\nb,a,3\n'), { header: false, source: 0, target: 1 });
      expect(graphTies(graph)).toEqual([['a', 'b', 2]]);
      expect(report.weightColumn).toBeNull();
    });

    it('checks headerless rows against the width of the first row and counts blank lines', async () => {
      const text = '\na,b,2\n\nb,c,3,4\nc,d\nd,e,1\n';
      const opts = { header: false, source: 0, target: 1, weight: 2 } as const;
      const error = await csvError(readTiesCsv(csv(text), opts));
      expect(where(error)).toEqual({ file: '<stream>', line: 4, column: undefined, reason: 'columnCount' });
      const { graph, report } = await readTiesCsv(csv(text), { ...opts, ...SKIP });
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 2],
        ['d', 'e', 1],
      ]);
      expect(brief(report)).toEqual({
        ...cleanReport({ weightColumn: 2, rows: 4, accepted: 2, rejected: 2, blankLines: 2, nodes: 4, ties: 2 }),
        rejectedByReason: { columnCount: 2 },
        rejectedRows: [
          [4, 'columnCount', ['b', 'c', '3', '4']],
          [5, 'columnCount', ['c', 'd']],
        ],
      });
    });

    it('reads a semicolon-delimited file, where "1,5" is not a number', async () => {
      const text = 'source;target;weight\na;b;2\n"c;d";e;1,5\ne;f;3\n';
      const error = await csvError(readTiesCsv(csv(text), { delimiter: ';' }));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: 'weight', reason: 'invalidWeight' });
      const { graph } = await readTiesCsv(csv(text), { delimiter: ';', ...SKIP });
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 2],
        ['e', 'f', 3],
      ]);
    });

    it('reads a semicolon-delimited file with commas inside ids', async () => {
      const { graph } = await readTiesCsv(csv('source;target\nSmith, Ann;b\n'), { delimiter: ';' });
      expect(graph.nodes()).toEqual(['Smith, Ann', 'b']);
    });

    it('reads a tab-delimited file', async () => {
      const { graph, report } = await readTiesCsv(csv('source\ttarget\tweight\na b\tc\t2\nc\td\t0.25\n'), { delimiter: '\t' });
      expect(graphTies(graph)).toEqual([
        ['a b', 'c', 2],
        ['c', 'd', 0.25],
      ]);
      expect(report.weightColumn).toBe('weight');
    });

    it('uses the weight column by default when the header has one', async () => {
      const { graph, report } = await readTiesCsv(csv('target,weight,source\nb,5,a\n'));
      expect(graphTies(graph)).toEqual([['a', 'b', 5]]);
      expect(report.weightColumn).toBe('weight');
    });

    it('gives every row weight 1 when the header has no weight column', async () => {
      const { graph, index, report } = await (async () => {
        const g = await readTiesCsv(csv('source,target,count\na,b,5\nb,a,7\nb,c,9\n'));
        const i = await readTiesCsv(csv('source,target,count\na,b,5\nb,a,7\nb,c,9\n'), { as: 'index' });
        return { graph: g.graph, index: i.index, report: g.report };
      })();
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 2],
        ['b', 'c', 1],
      ]);
      expect(report.weightColumn).toBeNull();
      expect(index.weighted).toBe(false);
    });

    it('ignores the weight column with weight: null, so repeated rows sum to counts', async () => {
      const text = 'source,target,weight\na,b,5\nb,a,7\na,b,x\nb,c,-1\n';
      const { graph, report } = await readTiesCsv(csv(text), { weight: null });
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 3],
        ['b', 'c', 1],
      ]);
      expect(report).toEqual(
        cleanReport({ weightColumn: null, rows: 4, accepted: 4, duplicatesMerged: 2, pairsMerged: 1, ignoredColumns: ['weight'], nodes: 3, ties: 2 }),
      );
      const { index } = await readTiesCsv(csv(text), { weight: null, as: 'index' });
      expect(index.weighted).toBe(false);
      expect(indexTies(index)).toEqual(graphTies(graph));
    });
  });

  describe('direction', () => {
    const text = 'source,target,weight\na,b,1\nb,a,2\na,b,4\n';

    it('merges a–b and b–a into one undirected tie with the summed weight', async () => {
      const { graph, report } = await readTiesCsv(csv(text));
      expect(graph.type).toBe('undirected');
      expect(graphTies(graph)).toEqual([['a', 'b', 7]]);
      expect(report.ties).toBe(1);
      expect(report.duplicatesMerged).toBe(2);
      expect(report.accepted).toBe(3);
    });

    it('keeps a→b and b→a as two arcs with directed: true', async () => {
      const { graph, report } = await readTiesCsv(csv(text), { directed: true });
      expect(graph.type).toBe('directed');
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 5],
        ['b', 'a', 2],
      ]);
      expect(graph.outNeighbors('b')).toEqual(['a']);
      expect(report.ties).toBe(2);
      expect(report.duplicatesMerged).toBe(1);
    });
  });

  describe('duplicates', () => {
    const text = 'source,target,weight\na,b,1\nb,c,5\nb,a,4\na,b,2\n';

    it.each([
      ['sum', false, [['a', 'b', 7], ['b', 'c', 5]], 2],
      ['max', false, [['a', 'b', 4], ['b', 'c', 5]], 2],
      ['mean', false, [['a', 'b', 7 / 3], ['b', 'c', 5]], 2],
      ['sum', true, [['a', 'b', 3], ['b', 'a', 4], ['b', 'c', 5]], 1],
      ['max', true, [['a', 'b', 2], ['b', 'a', 4], ['b', 'c', 5]], 1],
      ['mean', true, [['a', 'b', 1.5], ['b', 'a', 4], ['b', 'c', 5]], 1],
    ] as const)('merges repeated pairs by %s (directed: %s)', async (duplicates, directed, ties, merged) => {
      const { graph, report } = await readTiesCsv(csv(text), { duplicates, directed });
      expect(graphTies(graph)).toEqual(sortTies(ties.map((t) => [...t] as Tie)));
      expect(report.duplicatesMerged).toBe(merged);
      expect(report.accepted).toBe(4);
      expect(report.rejected).toBe(0);
      const { index } = await readTiesCsv(csv(text), { duplicates, directed, as: 'index' });
      expect(indexTies(index)).toEqual(graphTies(graph));
    });

    it('sums by default', async () => {
      const { graph } = await readTiesCsv(csv(text));
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 7],
        ['b', 'c', 5],
      ]);
    });

    it("throws CsvFormatError at line 4 for a repeated pair with duplicates: 'error'", async () => {
      const error = await csvError(readTiesCsv(csv(text), { duplicates: 'error' }));
      expect(where(error)).toEqual({ file: '<stream>', line: 4, column: undefined, reason: 'duplicate' });
    });

    it("throws CsvFormatError at line 5 for a repeated arc with duplicates: 'error' and directed: true", async () => {
      const error = await csvError(readTiesCsv(csv(text), { duplicates: 'error', directed: true }));
      expect(where(error)).toEqual({ file: '<stream>', line: 5, column: undefined, reason: 'duplicate' });
    });

    it("rejects and reports the repeats with duplicates: 'error' in skip mode, keeping the first row", async () => {
      const { graph, report } = await readTiesCsv(csv(text), { duplicates: 'error', ...SKIP });
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 1],
        ['b', 'c', 5],
      ]);
      expect(report.rejectedRows.map((r) => [r.line, r.reason])).toEqual([
        [4, 'duplicate'],
        [5, 'duplicate'],
      ]);
      expect({ ...report, rejectedRows: [] }).toEqual(
        cleanReport({ rows: 4, accepted: 2, rejected: 2, nodes: 3, ties: 2, rejectedByReason: { duplicate: 2 } }),
      );
    });

    it("rejects only the repeated arc with duplicates: 'error', directed and skip mode", async () => {
      const { graph, report } = await readTiesCsv(csv(text), { duplicates: 'error', directed: true, ...SKIP });
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 1],
        ['b', 'a', 4],
        ['b', 'c', 5],
      ]);
      expect(report.rejectedRows.map((r) => [r.line, r.reason])).toEqual([[5, 'duplicate']]);
      expect(report.accepted).toBe(3);
      expect(report.rejected).toBe(1);
      expect(report.duplicatesMerged).toBe(0);
    });

    it("keeps the first row and rejects a repeat in an index with duplicates: 'error'", async () => {
      const { index, report } = await readTiesCsv(csv(text), { duplicates: 'error', as: 'index', ...SKIP });
      expect(indexTies(index)).toEqual([
        ['a', 'b', 1],
        ['b', 'c', 5],
      ]);
      expect(report.rejectedByReason).toEqual({ duplicate: 2 });
    });

    // Regression: a rejected duplicate once reported its stored pair, not its cells as read.
    it("reports the cells of a rejected duplicate as read, with duplicates: 'error'", async () => {
      const { report } = await readTiesCsv(csv(text), { duplicates: 'error', ...SKIP });
      expect(report.rejectedRows.map((r) => r.cells)).toEqual([
        ['b', 'a', '4'],
        ['a', 'b', '2'],
      ]);
    });

    // Regression: duplicates: 'error' once found repeats only after the whole file was read.
    it("throws at the first repeated row in file order with duplicates: 'error'", async () => {
      const first = await csvError(readTiesCsv(csv('source,target\na,b\nc,d\nc,d\na,b\n'), { duplicates: 'error' }));
      expect(where(first)).toEqual({ file: '<stream>', line: 4, column: undefined, reason: 'duplicate' });
      const beforeBadWeight = await csvError(
        readTiesCsv(csv('source,target,weight\na,b,1\nb,c,1\na,b,1\nc,d,x\n'), { duplicates: 'error' }),
      );
      expect(where(beforeBadWeight)).toEqual({ file: '<stream>', line: 4, column: undefined, reason: 'duplicate' });
    });
  });

  describe('self-loops', () => {
    it('drops self-loops, counts them, and keeps their nodes', async () => {
      const { graph, report } = await readTiesCsv(csv('source,target,weight\na,a,3\na,b,2\nc,c,1\nc,c,1\n'));
      expect(graph.nodes()).toEqual(['a', 'b', 'c']);
      expect(graphTies(graph)).toEqual([['a', 'b', 2]]);
      expect(graph.degree('c')).toBe(0);
      expect(report).toEqual(cleanReport({ rows: 4, accepted: 1, selfLoops: 3, nodes: 3, ties: 1 }));
    });

    it('keeps the nodes of self-loops in an index', async () => {
      const { index, report } = await readTiesCsv(csv('source,target\na,a\n'), { as: 'index' });
      expect(index.keys).toEqual(['a']);
      expect(index.size).toBe(0);
      expect(report.selfLoops).toBe(1);
    });

    it('rejects a self-loop with an invalid weight rather than counting it', async () => {
      const { graph, report } = await readTiesCsv(csv('source,target,weight\na,a,x\n'), SKIP);
      expect(graph.order).toBe(0);
      expect(report.selfLoops).toBe(0);
      expect(report.rejectedByReason).toEqual({ invalidWeight: 1 });
    });
  });

  describe('skip mode', () => {
    it('reports every reason with its line, and loses no valid row', async () => {
      const text = [
        'source,target,weight',
        'a,b,1', // 2
        'a,c,x', // 3 invalidWeight
        'a,d,', // 4 missingWeight
        'a,e,0', // 5 nonPositiveWeight
        'a,f,-2', // 6 nonPositiveWeight
        'a,g,Infinity', // 7 nonFiniteWeight
        'a,h', // 8 columnCount
        'a,i,1,1', // 9 columnCount
        ',j,1', // 10 emptyId
        '', // 11 blank
        'b,a,2', // 12 merged into a–b
        'k,k,1', // 13 self-loop
        'b,c,3', // 14
      ].join('\n');
      const { graph, report } = await readTiesCsv(csv(`${text}\n`), SKIP);
      expect(graph.nodes()).toEqual(['a', 'b', 'k', 'c']);
      expect(graphTies(graph)).toEqual([
        ['a', 'b', 3],
        ['b', 'c', 3],
      ]);
      expect(brief(report)).toEqual({
        ...cleanReport({
          rows: 12,
          accepted: 3,
          rejected: 8,
          blankLines: 1,
          selfLoops: 1,
          duplicatesMerged: 1,
          pairsMerged: 1,
          nodes: 4,
          ties: 2,
        }),
        rejectedByReason: { invalidWeight: 1, missingWeight: 1, nonPositiveWeight: 2, nonFiniteWeight: 1, columnCount: 2, emptyId: 1 },
        rejectedRows: [
          [3, 'invalidWeight', ['a', 'c', 'x']],
          [4, 'missingWeight', ['a', 'd', '']],
          [5, 'nonPositiveWeight', ['a', 'e', '0']],
          [6, 'nonPositiveWeight', ['a', 'f', '-2']],
          [7, 'nonFiniteWeight', ['a', 'g', 'Infinity']],
          [8, 'columnCount', ['a', 'h']],
          [9, 'columnCount', ['a', 'i', '1', '1']],
          [10, 'emptyId', ['', 'j', '1']],
        ],
      });
      expect(report.rows).toBe(report.accepted + report.rejected + report.selfLoops);
      for (const row of report.rejectedRows) expect(typeof row.message).toBe('string');
    });

    it('keeps the first 20 of 25 rejected rows with their lines and counts all 25', async () => {
      const path = join(FIXTURES, 'ties-25-invalid.csv');
      const { graph, report } = await readTiesCsv(path, SKIP);
      expect(graphTies(graph)).toEqual(
        sortTies(Array.from({ length: 10 }, (_, i) => [`g${i + 1}`, `h${i + 1}`, i + 1] as Tie)),
      );
      expect(graph.order).toBe(20);
      expect(report.rejectedRows).toHaveLength(20);
      expect(report.rejectedRows.map((r) => r.line)).toEqual([
        2, 3, 4, 6, 7, 8, 10, 11, 12, 15, 16, 17, 19, 20, 21, 23, 24, 25, 27, 28,
      ]);
      expect(report.rejectedRows.map((r) => r.reason).slice(0, 5)).toEqual([
        'invalidWeight',
        'missingWeight',
        'nonPositiveWeight',
        'columnCount',
        'emptyId',
      ]);
      expect(report.rejectedRows[3]!.cells).toEqual(['a4', 'b4']);
      expect({ ...report, rejectedRows: [] }).toEqual(
        cleanReport({
          file: path,
          rows: 35,
          accepted: 10,
          rejected: 25,
          blankLines: 1,
          nodes: 20,
          ties: 10,
          rejectedByReason: { invalidWeight: 5, missingWeight: 5, nonPositiveWeight: 5, columnCount: 5, emptyId: 5 },
        }),
      );
      const total = Object.values(report.rejectedByReason).reduce((a, b) => a + b, 0);
      expect(total).toBe(25);
    });

    it('throws at the first of the 25 invalid rows in throw mode', async () => {
      const error = await csvError(readTiesCsv(join(FIXTURES, 'ties-25-invalid.csv')));
      expect(where(error)).toEqual({
        file: join(FIXTURES, 'ties-25-invalid.csv'),
        line: 2,
        column: 'weight',
        reason: 'invalidWeight',
      });
    });

    it('truncates long cells of a rejected row to 200 characters', async () => {
      const long = 'x'.repeat(500);
      const { report } = await readTiesCsv(csv(`source,target,weight\na,b,${long}\n`), SKIP);
      expect(report.rejectedRows[0]!.cells[2]!.startsWith('x'.repeat(200))).toBe(true);
      expect(report.rejectedRows[0]!.cells[2]!.length).toBeLessThan(500);
    });
  });

  describe('as index', () => {
    const undirected = 'source,target,weight\nb,a,2\na,c,1\na,b,3\nc,c,9\nd,b,0.5\nc,a,4\n';

    it.each([false, true])('builds a CsrIndex equal in content to the graph (directed: %s)', async (directed) => {
      const { index, report } = await readTiesCsv(csv(undirected), { as: 'index', directed });
      const { graph, report: graphReport } = await readTiesCsv(csv(undirected), { directed });
      expect(index).toBeInstanceOf(CsrIndex);
      expect(index.directed).toBe(directed);
      expect(index.weighted).toBe(true);
      expect(index.keys).toEqual(graph.nodes());
      expect(index.keys).toEqual(['b', 'a', 'c', 'd']);
      expect(index.order).toBe(graph.order);
      expect(index.size).toBe(graph.size);
      expect(indexTies(index)).toEqual(graphTies(graph));
      expect(report).toEqual(graphReport);
    });

    it('holds the undirected ties with their merged weights', async () => {
      const { index } = await readTiesCsv(csv(undirected), { as: 'index' });
      expect(index.order).toBe(4);
      expect(index.size).toBe(3);
      expect(indexTies(index)).toEqual([
        ['a', 'b', 5],
        ['a', 'c', 5],
        ['b', 'd', 0.5],
      ]);
      expect(Array.from(index.tieStrengths).sort((x, y) => x - y)).toEqual([0.5, 5, 5]);
    });

    it('holds the directed arcs with their merged weights', async () => {
      const { index } = await readTiesCsv(csv(undirected), { as: 'index', directed: true });
      expect(index.size).toBe(5);
      expect(indexTies(index)).toEqual([
        ['a', 'b', 3],
        ['a', 'c', 1],
        ['b', 'a', 2],
        ['c', 'a', 4],
        ['d', 'b', 0.5],
      ]);
    });

    it('reports the same rejections for an index as for a graph', async () => {
      const text = 'source,target,weight\na,b,1\nb,c,x\n\nc,d\nd,e,2\n';
      const { index, report } = await readTiesCsv(csv(text), { as: 'index', ...SKIP });
      const { graph, report: graphReport } = await readTiesCsv(csv(text), SKIP);
      expect(report).toEqual(graphReport);
      expect(indexTies(index)).toEqual(graphTies(graph));
      expect(report.rejectedRows.map((r) => r.line)).toEqual([3, 5]);
    });
  });

  describe('options', () => {
    it('throws InvalidOptionError for an unknown option key', async () => {
      const error = await optionError(readTiesCsv(csv('source,target\n'), { dupes: 'sum' } as unknown as ReadTiesCsvOptions));
      expect(error.option).toBe('dupes');
    });

    it("throws InvalidOptionError for duplicates: 'first'", async () => {
      const error = await optionError(
        readTiesCsv(csv('source,target\n'), { duplicates: 'first' } as unknown as ReadTiesCsvOptions),
      );
      expect(error.option).toBe('duplicates');
    });

    it.each([
      ['onInvalidRow', 'ignore'],
      ['as', 'csr'],
      ['directed', 'yes'],
      ['header', 1],
      ['delimiter', ''],
      ['delimiter', 44],
    ])('throws InvalidOptionError for %s: %j', async (option, value) => {
      const error = await optionError(readTiesCsv(csv('source,target\n'), { [option]: value } as ReadTiesCsvOptions));
      expect(error.option).toBe(option);
    });

    it('throws InvalidOptionError for options that are not an object', async () => {
      const error = await optionError(readTiesCsv(csv('source,target\n'), 'skip' as unknown as ReadTiesCsvOptions));
      expect(error.option).toBe('options');
    });

    it('throws InvalidOptionError for a number as input', async () => {
      const error = await optionError(readTiesCsv(42 as unknown as string));
      expect(error.option).toBe('input');
    });

    it('throws InvalidOptionError for null as input', async () => {
      const error = await optionError(readTiesCsv(null as unknown as string));
      expect(error.option).toBe('input');
    });

    it('throws InvalidOptionError for a column name in a headerless file', async () => {
      const error = await optionError(readTiesCsv(csv('a,b\n'), { header: false }));
      expect(error.option).toBe('source');
    });

    it.each([-1, 1.5, Number.NaN])('throws InvalidOptionError for the column position %s', async (position) => {
      const error = await optionError(readTiesCsv(csv('a,b\n'), { header: false, source: position, target: 1 }));
      expect(error.option).toBe('source');
    });

    it('throws InvalidOptionError for a weight column that is neither a name, a position nor null', async () => {
      const error = await optionError(
        readTiesCsv(csv('source,target\na,b\n'), { weight: true } as unknown as ReadTiesCsvOptions),
      );
      expect(error.option).toBe('weight');
    });

    it('accepts undefined option values as the defaults', async () => {
      const { graph, report } = await readTiesCsv(csv('source,target,weight\na,b,2\n'), {
        weight: undefined,
        duplicates: undefined,
      });
      expect(graphTies(graph)).toEqual([['a', 'b', 2]]);
      expect(report.weightColumn).toBe('weight');
    });
  });
});
