import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import {
  buildIndex,
  CsvFormatError,
  InvalidGraphError,
  InvalidOptionError,
  readPeopleCsv,
  readTiesCsv,
  TieStrengthError,
  type ReadPeopleCsvOptions,
  type ReadPeopleReport,
} from '../../src/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'tiestrength-read-people-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A one-chunk stream of CSV text. */
function csv(text: string): Readable {
  return Readable.from([text]);
}

let fileCount = 0;
/** Writes `text` to a fresh file in the temp dir and returns its path. */
function writeCsv(text: string): string {
  const path = join(tmp, `people-${++fileCount}.csv`);
  writeFileSync(path, text);
  return path;
}

/** Every node with its attributes, in node order. */
function people(graph: AbstractGraph): [string, Attributes][] {
  return graph.nodes().map((node) => [node, graph.getNodeAttributes(node)]);
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
function brief(report: ReadPeopleReport) {
  return { ...report, rejectedRows: report.rejectedRows.map((r) => [r.line, r.reason, r.cells]) };
}

/** A report with no rejections, for the given counts. */
function cleanReport(counts: Partial<ReadPeopleReport>): ReadPeopleReport {
  return {
    file: '<stream>',
    rows: 0,
    accepted: 0,
    rejected: 0,
    blankLines: 0,
    matched: 0,
    added: 0,
    missing: 0,
    columns: [],
    kinds: { employee: 0, customer: 0 },
    groups: null,
    rejectedByReason: {},
    rejectedRows: [],
    ...counts,
  };
}

const SKIP = { onInvalidRow: 'skip' } as const satisfies ReadPeopleCsvOptions;

describe('readPeopleCsv', () => {
  describe('attaching', () => {
    it('attaches attributes to the nodes of a ties graph, adds absent people, counts missing ones', async () => {
      const { graph: ties } = await readTiesCsv(join(FIXTURES, 'ties.csv'));
      ties.setNodeAttribute('alice', 'title', 'CEO');
      const path = join(FIXTURES, 'people.csv');
      const { graph, report } = await readPeopleCsv(path, { group: 'department', columnTypes: { zip: 'string' } }, ties);
      expect(graph).toBe(ties);
      expect(people(graph)).toEqual([
        ['alice', { title: 'CEO', department: '10', age: 34, zip: '02134', kind: 'employee' }],
        ['bob', { department: '20', age: 41, zip: '10001', kind: 'employee' }],
        ['carol', {}],
        ['dave', {}],
        ['erin', { age: 29, kind: 'customer' }],
      ]);
      expect(graph.degree('erin')).toBe(0);
      expect(graph.size).toBe(3);
      expect(report).toEqual(
        cleanReport({
          file: path,
          rows: 3,
          accepted: 3,
          matched: 2,
          added: 1,
          missing: 2,
          columns: [
            { name: 'department', type: 'string' },
            { name: 'age', type: 'number' },
            { name: 'zip', type: 'string' },
          ],
          kinds: { employee: 2, customer: 1 },
          groups: { '10': 1, '20': 1 },
        }),
      );
    });

    it('overwrites attributes of the same name and keeps the others', async () => {
      const graph = new UndirectedGraph();
      graph.addNode('a', { age: 1, kind: 'customer', note: 'kept' });
      await readPeopleCsv(csv('id,age\na,2\n'), {}, graph);
      expect(graph.getNodeAttributes('a')).toEqual({ age: 2, kind: 'employee', note: 'kept' });
    });

    it('returns a new UndirectedGraph without a graph argument', async () => {
      const { graph, report } = await readPeopleCsv(csv('id,kind\na,customer\nb,employee\n'));
      expect(graph).toBeInstanceOf(UndirectedGraph);
      expect(graph.type).toBe('undirected');
      expect(people(graph)).toEqual([
        ['a', { kind: 'customer' }],
        ['b', { kind: 'employee' }],
      ]);
      expect(report).toEqual(cleanReport({ rows: 2, accepted: 2, added: 2, kinds: { employee: 1, customer: 1 } }));
    });

    it('returns a new DirectedGraph with directed: true', async () => {
      const { graph } = await readPeopleCsv(csv('id\na\n'), { directed: true });
      expect(graph).toBeInstanceOf(DirectedGraph);
      expect(graph.type).toBe('directed');
      expect(graph.nodes()).toEqual(['a']);
    });

    it('uses the given graph whatever directed says', async () => {
      const given = new DirectedGraph();
      given.addNode('a', { x: 1 });
      const { graph, report } = await readPeopleCsv(csv('id,y\na,2\nb,3\n'), { directed: false }, given);
      expect(graph).toBe(given);
      expect(people(graph)).toEqual([
        ['a', { x: 1, y: 2, kind: 'employee' }],
        ['b', { y: 3, kind: 'employee' }],
      ]);
      expect([report.matched, report.added, report.missing]).toEqual([1, 1, 0]);
    });

    it('reads a header-only file: nothing attached, every node missing', async () => {
      const graph = new UndirectedGraph();
      graph.addNode('a');
      const { report } = await readPeopleCsv(csv('id,kind,dept\n'), { group: 'dept' }, graph);
      expect(report).toEqual(cleanReport({ missing: 1, groups: {}, columns: [{ name: 'dept', type: 'string' }] }));
      expect(graph.getNodeAttributes('a')).toEqual({});
    });

    it('reads a file written to a temp dir and names it in report.file', async () => {
      const path = writeCsv('id,kind\r\na,customer\r\n');
      const { graph, report } = await readPeopleCsv(path);
      expect(people(graph)).toEqual([['a', { kind: 'customer' }]]);
      expect(report.file).toBe(path);
    });

    it('uses the file option as the name of the input', async () => {
      const { report } = await readPeopleCsv(csv('id\na\n'), { file: 'hr.csv' });
      expect(report.file).toBe('hr.csv');
      const error = await csvError(readPeopleCsv(csv('id\n\n""\n'), { file: 'hr.csv' }));
      expect(where(error)).toEqual({ file: 'hr.csv', line: 3, column: 'id', reason: 'emptyId' });
    });
  });

  describe('kind', () => {
    it('reads the kind column and counts people per kind', async () => {
      const { graph, report } = await readPeopleCsv(csv('id,kind\na,employee\nb,customer\nc,customer\n'));
      expect(people(graph).map(([id, a]) => [id, a.kind])).toEqual([
        ['a', 'employee'],
        ['b', 'customer'],
        ['c', 'customer'],
      ]);
      expect(report.kinds).toEqual({ employee: 1, customer: 2 });
      expect(report.columns).toEqual([]);
    });

    it('reads a kind column under another name', async () => {
      const { graph, report } = await readPeopleCsv(csv('id,type\na,customer\n'), { kind: 'type' });
      expect(people(graph)).toEqual([['a', { kind: 'customer' }]]);
      expect(report.columns).toEqual([]);
    });

    it('gives everyone defaultKind when there is no kind column', async () => {
      const plain = await readPeopleCsv(csv('id,age\na,30\n'));
      expect(people(plain.graph)).toEqual([['a', { age: 30, kind: 'employee' }]]);
      const customers = await readPeopleCsv(csv('id,age\na,30\nb,40\n'), { defaultKind: 'customer' });
      expect(people(customers.graph).map(([, a]) => a.kind)).toEqual(['customer', 'customer']);
      expect(customers.report.kinds).toEqual({ employee: 0, customer: 2 });
    });

    it('throws CsvFormatError at line 3 for a kind other than employee or customer', async () => {
      const error = await csvError(readPeopleCsv(csv('id,kind\na,employee\nb,boss\nc,customer\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: 'kind', reason: 'invalidKind' });
    });

    it.each(['Employee', 'employee ', '', 'customers'])('rejects the kind %j', async (kind) => {
      const { graph, report } = await readPeopleCsv(csv(`id,kind\na,"${kind}"\nb,customer\n`), SKIP);
      expect(graph.nodes()).toEqual(['b']);
      expect(brief(report).rejectedRows).toEqual([[2, 'invalidKind', ['a', kind]]]);
      expect(report.rejectedByReason).toEqual({ invalidKind: 1 });
    });
  });

  describe('group', () => {
    it('keeps a numeric group column as text and reports group sizes', async () => {
      const { graph, report } = await readPeopleCsv(csv('id,dept,age\na,10,1\nb,010,2\nc,10,3\nd,,4\n'), { group: 'dept' });
      expect(people(graph).map(([id, a]) => [id, a.dept])).toEqual([
        ['a', '10'],
        ['b', '010'],
        ['c', '10'],
        ['d', undefined],
      ]);
      expect(graph.getNodeAttributes('d')).not.toHaveProperty('dept');
      expect(report.groups).toEqual({ '10': 2, '010': 1 });
      expect(report.columns).toEqual([
        { name: 'dept', type: 'string' },
        { name: 'age', type: 'number' },
      ]);
    });

    it('keeps a group column as text even when columnTypes says number', async () => {
      const { graph } = await readPeopleCsv(csv('id,dept\na,7\n'), { group: 'dept', columnTypes: { dept: 'number' } });
      expect(graph.getNodeAttribute('a', 'dept')).toBe('7');
    });

    it('counts groups named __proto__ and constructor as ordinary groups', async () => {
      const { report } = await readPeopleCsv(csv('id,dept\na,__proto__\nb,constructor\nc,__proto__\n'), { group: 'dept' });
      expect(Object.entries(report.groups!)).toEqual([
        ['__proto__', 2],
        ['constructor', 1],
      ]);
      expect(Object.getPrototypeOf(report.groups)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).constructor).toBe(Object);
    });

    it('reads the group by position in a headerless file', async () => {
      const { graph, report } = await readPeopleCsv(csv('a,customer,7\nb,employee,7\n'), {
        header: false,
        id: 0,
        kind: 1,
        group: 2,
      });
      expect(people(graph)).toEqual([
        ['a', { '2': '7', kind: 'customer' }],
        ['b', { '2': '7', kind: 'employee' }],
      ]);
      expect(report.groups).toEqual({ '7': 2 });
    });

    it('reports groups as null without a group column', async () => {
      const { report } = await readPeopleCsv(csv('id,dept\na,1\n'));
      expect(report.groups).toBeNull();
    });
  });

  describe('column types', () => {
    it('reads a column as numbers when every non-empty cell is a decimal number', async () => {
      const { graph, report } = await readPeopleCsv(csv('id,v,w,s\na,1e3, 2 ,-1\nb,.5,,+3\nc,,,x\n'));
      expect(people(graph)).toEqual([
        ['a', { v: 1000, w: 2, s: '-1', kind: 'employee' }],
        ['b', { v: 0.5, s: '+3', kind: 'employee' }],
        ['c', { s: 'x', kind: 'employee' }],
      ]);
      expect(report.columns).toEqual([
        { name: 'v', type: 'number' },
        { name: 'w', type: 'number' },
        { name: 's', type: 'string' },
      ]);
    });

    it('reads a column with a non-numeric cell as text, numbers included', async () => {
      const { graph } = await readPeopleCsv(csv('id,level\na,3\nb,senior\n'));
      expect(graph.getNodeAttribute('a', 'level')).toBe('3');
      expect(graph.getNodeAttribute('b', 'level')).toBe('senior');
    });

    it('reads a column of empty cells as text and sets no attribute', async () => {
      const { graph, report } = await readPeopleCsv(csv('id,v\na,\nb,\n'));
      expect(people(graph)).toEqual([
        ['a', { kind: 'employee' }],
        ['b', { kind: 'employee' }],
      ]);
      expect(report.columns).toEqual([{ name: 'v', type: 'string' }]);
    });

    it('sets no attribute for an empty cell (never "" or NaN)', async () => {
      const { graph } = await readPeopleCsv(csv('id,age,city\na,,\nb,3,Oslo\n'));
      const a = graph.getNodeAttributes('a');
      expect(a).toEqual({ kind: 'employee' });
      expect('age' in a).toBe(false);
      expect('city' in a).toBe(false);
    });

    it('reads a column with a leading-zero code as text by default (no silent 02134 → 2134)', async () => {
      const { graph, report } = await readPeopleCsv(csv('id,zip\na,02134\nb,10001\n'));
      expect(graph.getNodeAttribute('a', 'zip')).toBe('02134');
      expect(graph.getNodeAttribute('b', 'zip')).toBe('10001');
      expect(report.columns).toEqual([{ name: 'zip', type: 'string' }]);
    });

    it('still reads 0, 0.5, -0.25 and 1e3 as numbers', async () => {
      const { graph, report } = await readPeopleCsv(csv('id,v\na,0\nb,0.5\nc,-0.25\nd,1e3\n'));
      expect(report.columns).toEqual([{ name: 'v', type: 'number' }]);
      expect(['a', 'b', 'c', 'd'].map((id) => graph.getNodeAttribute(id, 'v'))).toEqual([0, 0.5, -0.25, 1000]);
    });

    it('reads a column of 20-digit account numbers as text, not rounded numbers', async () => {
      const { graph, report } = await readPeopleCsv(csv('id,account\na,12345678901234567890\nb,42\n'));
      expect(report.columns).toEqual([{ name: 'account', type: 'string' }]);
      expect(graph.getNodeAttribute('a', 'account')).toBe('12345678901234567890');
      expect(graph.getNodeAttribute('b', 'account')).toBe('42');
    });

    it('reads an exact large integer (2^53) as a number', async () => {
      const { graph } = await readPeopleCsv(csv('id,v\na,9007199254740992\n'));
      expect(graph.getNodeAttribute('a', 'v')).toBe(2 ** 53);
    });

    it("rejects a 20-digit integer in a column declared 'number' instead of rounding it", async () => {
      const error = await csvError(
        readPeopleCsv(csv('id,account\na,1\nb,12345678901234567890\n'), { columnTypes: { account: 'number' } }),
      );
      expect(error.line).toBe(3);
      expect(error.message).toMatch(/more digits than a number holds exactly/);
    });

    it("keeps reading a leading-zero code as a number when the column is declared 'number'", async () => {
      const { graph } = await readPeopleCsv(csv('id,zip\na,02134\n'), { columnTypes: { zip: 'number' } });
      expect(graph.getNodeAttribute('a', 'zip')).toBe(2134);
    });

    it("keeps a zip code '02134' as text with columnTypes", async () => {
      const { graph, report } = await readPeopleCsv(csv('id,zip,age\na,02134,1\nb,10001,2\n'), {
        columnTypes: { zip: 'string' },
      });
      expect(people(graph)).toEqual([
        ['a', { zip: '02134', age: 1, kind: 'employee' }],
        ['b', { zip: '10001', age: 2, kind: 'employee' }],
      ]);
      expect(report.columns).toEqual([
        { name: 'zip', type: 'string' },
        { name: 'age', type: 'number' },
      ]);
    });

    it('throws CsvFormatError at line 3 for text in a column declared number', async () => {
      const error = await csvError(readPeopleCsv(csv('id,age\na,1\nb,x1\nc,2\n'), { columnTypes: { age: 'number' } }));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: 'age', reason: 'invalidNumber' });
    });

    it('rejects and reports text in a column declared number in skip mode', async () => {
      const { graph, report } = await readPeopleCsv(csv('id,age\na,1\nb,x1\nc,\n'), {
        columnTypes: { age: 'number' },
        ...SKIP,
      });
      expect(people(graph)).toEqual([
        ['a', { age: 1, kind: 'employee' }],
        ['c', { kind: 'employee' }],
      ]);
      expect(brief(report)).toEqual({
        ...cleanReport({
          rows: 3,
          accepted: 2,
          rejected: 1,
          added: 2,
          columns: [{ name: 'age', type: 'number' }],
          kinds: { employee: 2, customer: 0 },
        }),
        rejectedByReason: { invalidNumber: 1 },
        rejectedRows: [[3, 'invalidNumber', ['b', 'x1']]],
      });
    });
  });

  describe('bad input', () => {
    it('throws CsvFormatError at line 3 for a duplicate id', async () => {
      const error = await csvError(readPeopleCsv(csv('id,x\na,1\na,2\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: 'id', reason: 'duplicateId' });
    });

    it('throws CsvFormatError at line 3 for an empty id', async () => {
      const error = await csvError(readPeopleCsv(csv('id,x\na,1\n,2\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: 'id', reason: 'emptyId' });
    });

    it('throws CsvFormatError at line 3 for a row with too few or too many cells', async () => {
      const few = await csvError(readPeopleCsv(csv('id,x\na,1\nb\n')));
      expect(where(few)).toEqual({ file: '<stream>', line: 3, column: undefined, reason: 'columnCount' });
      const many = await csvError(readPeopleCsv(csv('id,x\na,1\nb,2,3\n')));
      expect(where(many)).toEqual({ file: '<stream>', line: 3, column: undefined, reason: 'columnCount' });
    });

    it('skips and reports duplicate and empty ids, keeping the first row of an id', async () => {
      const { graph, report } = await readPeopleCsv(csv('id,x\na,1\na,2\n,3\nb,4\n'), SKIP);
      expect(people(graph)).toEqual([
        ['a', { x: 1, kind: 'employee' }],
        ['b', { x: 4, kind: 'employee' }],
      ]);
      expect(brief(report)).toEqual({
        ...cleanReport({
          rows: 4,
          accepted: 2,
          rejected: 2,
          added: 2,
          columns: [{ name: 'x', type: 'number' }],
          kinds: { employee: 2, customer: 0 },
        }),
        rejectedByReason: { duplicateId: 1, emptyId: 1 },
        rejectedRows: [
          [3, 'duplicateId', ['a', '2']],
          [4, 'emptyId', ['', '3']],
        ],
      });
    });

    it('decides column types from accepted rows only', async () => {
      const { graph, report } = await readPeopleCsv(csv('id,kind,age\na,employee,30\nb,boss,old\n'), SKIP);
      expect(graph.getNodeAttribute('a', 'age')).toBe(30);
      expect(report.columns).toEqual([{ name: 'age', type: 'number' }]);
    });

    it('skips and reports every reason with its line, and loses no valid row', async () => {
      const text = [
        'id,kind,age',
        'a,employee,30', // 2
        'b,boss,31', // 3 invalidKind
        '', // 4 blank
        'c,customer', // 5 columnCount
        ',employee,1', // 6 emptyId
        'a,customer,2', // 7 duplicateId
        'd,customer,', // 8
        'e,employee,40,x', // 9 columnCount
      ].join('\n');
      const graph = new UndirectedGraph();
      graph.mergeEdge('a', 'z');
      const { report } = await readPeopleCsv(csv(`${text}\n`), SKIP, graph);
      expect(people(graph)).toEqual([
        ['a', { age: 30, kind: 'employee' }],
        ['z', {}],
        ['d', { kind: 'customer' }],
      ]);
      expect(brief(report)).toEqual({
        ...cleanReport({
          rows: 7,
          accepted: 2,
          rejected: 5,
          blankLines: 1,
          matched: 1,
          added: 1,
          missing: 1,
          columns: [{ name: 'age', type: 'number' }],
          kinds: { employee: 1, customer: 1 },
        }),
        rejectedByReason: { invalidKind: 1, columnCount: 2, emptyId: 1, duplicateId: 1 },
        rejectedRows: [
          [3, 'invalidKind', ['b', 'boss', '31']],
          [5, 'columnCount', ['c', 'customer']],
          [6, 'emptyId', ['', 'employee', '1']],
          [7, 'duplicateId', ['a', 'customer', '2']],
          [9, 'columnCount', ['e', 'employee', '40', 'x']],
        ],
      });
      expect(report.rows).toBe(report.accepted + report.rejected);
    });

    it('keeps the first 20 of 25 rejected rows and counts all 25', async () => {
      const lines = ['id,age'];
      for (let i = 0; i < 25; i++) lines.push(i % 2 === 0 ? `,${i}` : `p${i},1,extra`);
      lines.push('ok,1');
      const { graph, report } = await readPeopleCsv(csv(lines.join('\n') + '\n'), SKIP);
      expect(people(graph)).toEqual([['ok', { age: 1, kind: 'employee' }]]);
      expect(report.rejected).toBe(25);
      expect(report.rejectedByReason).toEqual({ emptyId: 13, columnCount: 12 });
      expect(report.rejectedRows).toHaveLength(20);
      expect(report.rejectedRows.map((r) => r.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
      expect(report.rejectedRows.map((r) => r.reason).slice(0, 2)).toEqual(['emptyId', 'columnCount']);
      expect(report.rows).toBe(26);
      expect(report.accepted).toBe(1);
    });

    // Regression: declared-number cells were once checked in a second pass, so throw mode reported a later row.
    it('throws at the first invalid row in file order, a bad number before a later empty id', async () => {
      const error = await csvError(readPeopleCsv(csv('id,age\na,1\nb,x\nc,2\n,5\n'), { columnTypes: { age: 'number' } }));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: 'age', reason: 'invalidNumber' });
    });

    it('throws CsvFormatError at line 1 when the header lacks the id column', async () => {
      const error = await csvError(readPeopleCsv(csv('name,x\na,1\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 1, column: 'id', reason: 'missingColumn' });
    });

    it('throws CsvFormatError at line 1 when the header lacks a mapped kind or group column', async () => {
      const kind = await csvError(readPeopleCsv(csv('id\na\n'), { kind: 'kind' }));
      expect(where(kind)).toEqual({ file: '<stream>', line: 1, column: 'kind', reason: 'missingColumn' });
      const group = await csvError(readPeopleCsv(csv('id\na\n'), { group: 'department' }));
      expect(where(group)).toEqual({ file: '<stream>', line: 1, column: 'department', reason: 'missingColumn' });
    });

    it('throws CsvFormatError at line 1 for an empty file', async () => {
      const error = await csvError(readPeopleCsv(csv('')));
      expect(where(error)).toEqual({ file: '<stream>', line: 1, column: undefined, reason: 'emptyFile' });
    });

    it('throws CsvFormatError for an unclosed quote even with onInvalidRow skip', async () => {
      const error = await csvError(readPeopleCsv(csv('id,note\na,x\n"b,y\n'), SKIP));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: undefined, reason: 'malformed' });
    });

    it('throws CsvFormatError for a duplicate header even with onInvalidRow skip', async () => {
      const error = await csvError(readPeopleCsv(csv('id,x,x\na,1,2\n'), SKIP));
      expect(where(error)).toEqual({ file: '<stream>', line: 1, column: 'x', reason: 'duplicateHeader' });
    });

    it('throws CsvFormatError with reason unreadable for a path that does not exist', async () => {
      const path = join(tmp, 'missing.csv');
      const error = await csvError(readPeopleCsv(path));
      expect(where(error)).toEqual({ file: path, line: undefined, column: undefined, reason: 'unreadable' });
    });

    it('leaves a given graph untouched when the read throws', async () => {
      const graph = new UndirectedGraph();
      graph.addNode('a', { age: 1 });
      await csvError(readPeopleCsv(csv('id,age\na,2\nb,3\nb,4\n'), {}, graph));
      expect(people(graph)).toEqual([['a', { age: 1 }]]);
    });
  });

  describe('line numbers', () => {
    it('skips blank lines, counts them, and keeps later line numbers exact', async () => {
      const text = 'id,kind\n\na,employee\n\n\nb,boss\n';
      const error = await csvError(readPeopleCsv(csv(text)));
      expect(where(error)).toEqual({ file: '<stream>', line: 6, column: 'kind', reason: 'invalidKind' });
      const { report } = await readPeopleCsv(csv(text), SKIP);
      expect(report.blankLines).toBe(3);
      expect(report.rows).toBe(2);
      expect(report.rejectedRows.map((r) => r.line)).toEqual([6]);
    });

    it('accepts a byte-order mark and CRLF line ends', async () => {
      const text = '\uFEFFid,kind\r\na,customer\r\n\r\nb,boss\r\n';
      const { graph, report } = await readPeopleCsv(csv(text), SKIP);
      expect(people(graph)).toEqual([['a', { kind: 'customer' }]]);
      expect(report.blankLines).toBe(1);
      expect(brief(report).rejectedRows).toEqual([[4, 'invalidKind', ['b', 'boss']]]);
    });

    it('keeps a quoted newline in a cell and counts lines after it exactly', async () => {
      const text = 'id,note\n"a\nb","x\r\ny"\nc,ok\nc,dup\n';
      const error = await csvError(readPeopleCsv(csv(text)));
      expect(where(error)).toEqual({ file: '<stream>', line: 6, column: 'id', reason: 'duplicateId' });
      const { graph } = await readPeopleCsv(csv(text), SKIP);
      expect(people(graph)).toEqual([
        ['a\nb', { note: 'x\r\ny', kind: 'employee' }],
        ['c', { note: 'ok', kind: 'employee' }],
      ]);
    });

    it('reads a headerless file by position, the first line being line 1', async () => {
      const text = 'a,1,x\nb,2,y\n,3,z\n';
      const error = await csvError(readPeopleCsv(csv(text), { header: false, id: 0 }));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: 0, reason: 'emptyId' });
      const { graph, report } = await readPeopleCsv(csv(text), { header: false, id: 0, ...SKIP });
      expect(people(graph)).toEqual([
        ['a', { '1': 1, '2': 'x', kind: 'employee' }],
        ['b', { '1': 2, '2': 'y', kind: 'employee' }],
      ]);
      expect(report.columns).toEqual([
        { name: '1', type: 'number' },
        { name: '2', type: 'string' },
      ]);
    });

    it('reads a semicolon- or tab-delimited file', async () => {
      const semi = await readPeopleCsv(csv('id;city\nSmith, Ann;Oslo\n'), { delimiter: ';' });
      expect(people(semi.graph)).toEqual([['Smith, Ann', { city: 'Oslo', kind: 'employee' }]]);
      const tab = await readPeopleCsv(csv('id\tdept\na b\t1\n'), { delimiter: '\t', group: 'dept' });
      expect(people(tab.graph)).toEqual([['a b', { dept: '1', kind: 'employee' }]]);
    });
  });

  describe('ids and column names', () => {
    it('reads __proto__, constructor and toString as ordinary ids', async () => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      const { graph, report } = await readPeopleCsv(csv('id,age\n__proto__,1\nconstructor,2\ntoString,3\n'));
      expect(people(graph)).toEqual([
        ['__proto__', { age: 1, kind: 'employee' }],
        ['constructor', { age: 2, kind: 'employee' }],
        ['toString', { age: 3, kind: 'employee' }],
      ]);
      expect(report.added).toBe(3);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).age).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    });

    it('matches __proto__ and constructor ids to existing nodes', async () => {
      const graph = new UndirectedGraph();
      graph.addNode('__proto__');
      graph.addNode('constructor');
      const { report } = await readPeopleCsv(csv('id,age\n__proto__,1\nconstructor,2\n'), {}, graph);
      expect([report.matched, report.added, report.missing]).toEqual([2, 0, 0]);
      expect(graph.getNodeAttribute('__proto__', 'age')).toBe(1);
    });

    it('rejects a repeated __proto__ id as a duplicate', async () => {
      const error = await csvError(readPeopleCsv(csv('id\n__proto__\n__proto__\n')));
      expect(where(error)).toEqual({ file: '<stream>', line: 3, column: 'id', reason: 'duplicateId' });
    });

    it('keeps ids with commas, quotes, unicode and surrounding spaces exactly', async () => {
      const { graph, report } = await readPeopleCsv(csv('id\n"Smith, Ann"\n"say ""hi"""\nJosé\n北京\n a \na\n'));
      expect(graph.nodes()).toEqual(['Smith, Ann', 'say "hi"', 'José', '北京', ' a ', 'a']);
      expect(report.added).toBe(6);
    });

    it('reads a column named __proto__ as an ordinary own attribute', async () => {
      const { graph, report } = await readPeopleCsv(csv('id,__proto__,constructor\na,polluted,x\nb,5,y\n'));
      for (const node of ['a', 'b']) {
        const attributes = graph.getNodeAttributes(node);
        expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
        expect(Object.prototype.hasOwnProperty.call(attributes, '__proto__')).toBe(true);
        expect(Object.keys(attributes)).toEqual(['__proto__', 'constructor', 'kind']);
      }
      expect(Object.getOwnPropertyDescriptor(graph.getNodeAttributes('a'), '__proto__')!.value).toBe('polluted');
      expect(Object.getOwnPropertyDescriptor(graph.getNodeAttributes('b'), '__proto__')!.value).toBe('5');
      expect(graph.getNodeAttribute('a', 'constructor')).toBe('x');
      expect(report.columns).toEqual([
        { name: '__proto__', type: 'string' },
        { name: 'constructor', type: 'string' },
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    });

    it('writes a __proto__ column as an own attribute of an existing node', async () => {
      const graph = new UndirectedGraph();
      graph.addNode('a', { keep: true });
      await readPeopleCsv(csv('id,__proto__\na,7\n'), {}, graph);
      const attributes = graph.getNodeAttributes('a');
      expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(attributes, '__proto__')!.value).toBe(7);
      expect(attributes.keep).toBe(true);
    });
  });

  describe('options', () => {
    it('throws InvalidOptionError for an unknown option key', async () => {
      const error = await optionError(readPeopleCsv(csv('id\n'), { groups: 'dept' } as unknown as ReadPeopleCsvOptions));
      expect(error.option).toBe('groups');
    });

    it.each([
      ['defaultKind', 'boss'],
      ['onInvalidRow', 'ignore'],
      ['header', 'yes'],
      ['directed', 1],
      ['delimiter', ''],
      ['columnTypes', 'zip'],
      ['columnTypes', null],
    ])('throws InvalidOptionError for %s: %j', async (option, value) => {
      const error = await optionError(readPeopleCsv(csv('id\na\n'), { [option]: value } as ReadPeopleCsvOptions));
      expect(error.option).toBe(option);
    });

    it('throws InvalidOptionError for a columnTypes entry other than number or string', async () => {
      const error = await optionError(
        readPeopleCsv(csv('id,zip\na,1\n'), { columnTypes: { zip: 'date' } } as unknown as ReadPeopleCsvOptions),
      );
      expect(error.option).toBe('columnTypes.zip');
    });

    it('throws InvalidOptionError for columnTypes naming a column the header lacks', async () => {
      const error = await optionError(readPeopleCsv(csv('id,age\na,1\n'), { columnTypes: { zip: 'string' } }));
      expect(error.option).toBe('columnTypes');
    });

    it('throws InvalidOptionError for a number as input', async () => {
      const error = await optionError(readPeopleCsv(42 as unknown as string));
      expect(error.option).toBe('input');
    });

    it('throws InvalidOptionError for a column name in a headerless file', async () => {
      const error = await optionError(readPeopleCsv(csv('a\n'), { header: false }));
      expect(error.option).toBe('id');
    });

    it('throws InvalidGraphError for a graph argument that is not a graphology graph', async () => {
      const error = await readPeopleCsv(csv('id\na\n'), {}, { nodes: 1 } as unknown as UndirectedGraph).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidGraphError);
      expect((error as InvalidGraphError).code).toBe('E_INVALID_GRAPH');
    });

    it('throws InvalidGraphError for a CsrIndex as the graph argument', async () => {
      const index = buildIndex(new UndirectedGraph());
      const error = await readPeopleCsv(csv('id\na\n'), {}, index as unknown as UndirectedGraph).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidGraphError);
    });
  });
});
