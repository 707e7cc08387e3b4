/**
 * Issue 12 ("Hard edges"), the writer items: each case reproduced the fault before the fix.
 * Errors are checked by class, code and location fields, never by message text.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  CsvWriteError,
  InvalidOptionError,
  readPeopleCsv,
  readTiesCsv,
  TieStrengthError,
  writeEdgeTableCsv,
  writeNodeTableCsv,
  type WriteEdgeTableCsvOptions,
} from '../../src/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'tiestrength-issue12-write-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let dirCount = 0;
function freshDir(): string {
  const dir = join(tmp, `d-${++dirCount}`);
  mkdirSync(dir);
  return dir;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

async function csvError(promise: Promise<unknown>): Promise<CsvWriteError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(CsvWriteError);
  expect(error).toBeInstanceOf(TieStrengthError);
  expect((error as CsvWriteError).code).toBe('E_CSV_WRITE');
  return error as CsvWriteError;
}

async function optionError(promise: Promise<unknown>): Promise<InvalidOptionError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(InvalidOptionError);
  expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
  return error as InvalidOptionError;
}

/** A Writable collecting what it receives. */
function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

function smallGraph(): UndirectedGraph {
  const graph = new UndirectedGraph();
  graph.mergeEdge('a', 'b', { weight: 2 });
  graph.mergeEdge('b', 'c', { weight: 1 });
  return graph;
}

describe('issue 12: writers', () => {
  // Issue 12 item 1: an unhandled 'error' event (ENOSPC) killed the process.
  describe('failing outputs', () => {
    it("rejects writeEdgeTableCsv(graph, '/dev/full') with CsvWriteError reason unwritable (ENOSPC)", async () => {
      const rows = Array.from({ length: 20_000 }, (_, i) => ({ source: `p${i}`, target: `q${i}`, weight: i + 1 }));
      const error = await csvError(writeEdgeTableCsv(rows, '/dev/full'));
      expect(error).toMatchObject({ file: '/dev/full', reason: 'unwritable' });
      expect((error.cause as NodeJS.ErrnoException).code).toBe('ENOSPC');
      const small = await csvError(writeEdgeTableCsv(smallGraph(), '/dev/full'));
      expect(small.reason).toBe('unwritable');
    });

    it('rejects when a Writable calls back with an error, without crashing the process', async () => {
      const broken = new Writable({
        write(_chunk, _encoding, callback) {
          callback(new Error('disk gone'));
        },
      });
      const error = await csvError(writeNodeTableCsv({ score: { a: 1, b: 2 } }, broken));
      expect(error).toMatchObject({ file: '<stream>', reason: 'unwritable' });
      await new Promise((resolve) => setTimeout(resolve, 20)); // the stream's own 'error' event has passed
    });

    it('rejects when a Writable is destroyed with an error', async () => {
      const stream = new Writable({
        write(_chunk, _encoding, callback) {
          setTimeout(() => stream.destroy(new Error('closed')), 1);
          setTimeout(callback, 5);
        },
      });
      const rows = Array.from({ length: 50_000 }, (_, i) => ({ node: `p${i}`, x: i }));
      const error = await csvError(writeNodeTableCsv(rows, stream));
      expect(error.reason).toBe('unwritable');
    });

    it('leaves no partial file and keeps the old content when a row fails mid-way', async () => {
      const dir = freshDir();
      const path = join(dir, 'out.csv');
      writeFileSync(path, 'old\n');
      const circular: Record<string, unknown> = { a: 1 };
      circular.self = circular;
      const rows = [...Array.from({ length: 30_000 }, (_, i) => ({ node: `p${i}`, x: i })), { node: 'z', x: circular }];
      const error = await csvError(writeNodeTableCsv(rows, path));
      expect(error).toMatchObject({ file: path, line: 30_002, column: 'x', reason: 'invalidCell' });
      expect(readFileSync(path, 'utf8')).toBe('old\n');
      expect(readdirSync(dir)).toEqual(['out.csv']);
    });

    it('writes a new file whole, through a temporary file that does not remain', async () => {
      const dir = freshDir();
      const path = join(dir, 'ties.csv');
      const result = await writeEdgeTableCsv(smallGraph(), path);
      expect(result).toEqual({ file: path, columns: ['source', 'target', 'weight'], rows: 2 });
      expect(readFileSync(path, 'utf8')).toBe('source,target,weight\na,b,2\nb,c,1\n');
      expect(readdirSync(dir)).toEqual(['ties.csv']);
    });
  });

  // Issue 12 item 15: BigInt or circular cells threw TypeError; EISDIR and ENOENT were plain Errors.
  describe('typed errors', () => {
    it('rejects a BigInt inside an object cell with reason invalidCell, line and column', async () => {
      const { stream } = collector();
      const error = await csvError(writeNodeTableCsv([{ node: 'a', data: { n: 1n } }], stream));
      expect(error).toMatchObject({ line: 2, column: 'data', reason: 'invalidCell' });
    });

    it('still writes a plain BigInt cell as its digits', async () => {
      const { stream, text } = collector();
      await writeNodeTableCsv([{ node: 'a', n: 12345678901234567890n }], stream);
      expect(text()).toBe('node,n\na,12345678901234567890\n');
    });

    it('rejects a circular cell with reason invalidCell', async () => {
      const cell: Record<string, unknown> = {};
      cell.me = cell;
      const { stream } = collector();
      const error = await csvError(writeEdgeTableCsv([{ source: 'a', target: 'b', cell }], stream));
      expect(error).toMatchObject({ line: 2, column: 'cell', reason: 'invalidCell' });
    });

    it('rejects a directory path (EISDIR) and a missing directory (ENOENT) with reason unwritable', async () => {
      const dir = freshDir();
      const isDir = await csvError(writeNodeTableCsv({ x: { a: 1 } }, dir));
      expect(isDir).toMatchObject({ file: dir, reason: 'unwritable' });
      expect((isDir.cause as NodeJS.ErrnoException).code).toBe('EISDIR');
      const missing = join(dir, 'no', 'such', 'out.csv');
      const noEnt = await csvError(writeEdgeTableCsv(smallGraph(), missing));
      expect(noEnt).toMatchObject({ file: missing, reason: 'unwritable' });
      expect((noEnt.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
      expect(existsSync(missing)).toBe(false);
    });
  });

  // Issue 12 item 7: column collisions silently overwrote a column or wrote a duplicate header.
  describe('column collisions', () => {
    it.each(['source', 'target'])("refuses edgeColumn: '%s'", async (edgeColumn) => {
      const error = await optionError(writeEdgeTableCsv(smallGraph(), collector().stream, { edgeColumn }));
      expect(error.option).toBe('edgeColumn');
    });

    it.each(['source', 'target', 'id', 'weight'])('refuses a metric named %s (a fixed column, the edge column or an attribute)', async (name) => {
      const graph = smallGraph();
      const values: Record<string, number> = {};
      graph.forEachEdge((edge) => (values[edge] = 1));
      const options: WriteEdgeTableCsvOptions = { edgeColumn: 'id', metrics: { [name]: values } };
      const error = await optionError(writeEdgeTableCsv(graph, collector().stream, options));
      expect(error.option).toBe('metrics');
    });

    it('refuses an edge attribute named source or target instead of dropping it', async () => {
      const graph = new UndirectedGraph();
      graph.mergeEdge('a', 'b', { source: 'email' });
      const error = await optionError(writeEdgeTableCsv(graph, collector().stream));
      expect(error.option).toBe('table');
    });

    it('refuses an edgeColumn that is also an edge attribute', async () => {
      const graph = new UndirectedGraph();
      graph.mergeEdge('a', 'b', { key: 'k1' });
      const error = await optionError(writeEdgeTableCsv(graph, collector().stream, { edgeColumn: 'key' }));
      expect(error.option).toBe('edgeColumn');
    });

    it('refuses a node attribute named like nodeColumn instead of dropping it', async () => {
      const graph = new UndirectedGraph();
      graph.addNode('a', { node: 'n-a', group: 'x' });
      const error = await optionError(writeNodeTableCsv(graph, collector().stream));
      expect(error.option).toBe('nodeColumn');
      const { text, stream } = collector();
      await writeNodeTableCsv(graph, stream, { nodeColumn: 'id' });
      expect(text()).toBe('id,node,group\na,n-a,x\n');
    });

    it('refuses a column named twice in columns', async () => {
      const error = await optionError(writeNodeTableCsv({ x: { a: 1 } }, collector().stream, { columns: ['node', 'x', 'node'] }));
      expect(error.option).toBe('columns');
    });
  });

  // Issue 12 item 8: the formula guard changed ids such as +44… and -7, which then read back as new people.
  describe('ids through write → read', () => {
    const ids = ['+44 20 7946 0000', '-7', '=SUM(A1)', '@home', 'plain', "'quoted", ' spaced '];

    it('keeps source and target ids exactly, while free text is still guarded', async () => {
      const graph = new UndirectedGraph();
      for (let i = 0; i + 1 < ids.length; i++) graph.mergeEdge(ids[i]!, ids[i + 1]!, { weight: i + 1, note: '=cmd()' });
      const path = join(freshDir(), 'ties.csv');
      await writeEdgeTableCsv(graph, path);
      expect(readFileSync(path, 'utf8')).toContain(",'=cmd()\n");
      const { graph: back } = await readTiesCsv(path);
      expect(back.nodes()).toEqual(graph.nodes());
      graph.forEachEdge((_e, attributes, source, target) => {
        expect(back.getEdgeAttribute(source, target, 'weight')).toBe(attributes.weight);
      });
    });

    it('keeps node ids exactly through writeNodeTableCsv → readPeopleCsv', async () => {
      const score = Object.fromEntries(ids.map((id, i) => [id, i]));
      const path = join(freshDir(), 'people.csv');
      await writeNodeTableCsv({ score }, path, { nodeColumn: 'id' });
      const { graph } = await readPeopleCsv(path);
      expect(graph.nodes()).toEqual(ids);
    });

    it("guards ids too with formulaGuard: 'all', and nothing with 'none'", async () => {
      const all = collector();
      await writeNodeTableCsv({ x: { '-7': '=1' } }, all.stream, { formulaGuard: 'all' });
      expect(all.text()).toBe("node,x\n'-7,'=1\n");
      const none = collector();
      await writeNodeTableCsv({ x: { '-7': '=1' } }, none.stream, { formulaGuard: 'none' });
      expect(none.text()).toBe('node,x\n-7,=1\n');
    });

    it('refuses an unknown formulaGuard', async () => {
      const error = await optionError(writeNodeTableCsv({ x: { a: 1 } }, collector().stream, { formulaGuard: 'off' } as never));
      expect(error.option).toBe('formulaGuard');
    });

    it('keeps NUL characters and whitespace-only text through write → read', async () => {
      const path = join(freshDir(), 'people.csv');
      await writeNodeTableCsv([{ id: 'a\u0000b', note: '  ' }], path);
      const { graph } = await readPeopleCsv(path);
      expect(graph.getNodeAttributes('a\u0000b')).toMatchObject({ note: '  ' });
    });
  });

  it.each([';;', '"', '\n'])('refuses delimiter %j in the writers', async (delimiter) => {
    expect((await optionError(writeNodeTableCsv({ x: { a: 1 } }, collector().stream, { delimiter }))).option).toBe('delimiter');
    expect((await optionError(writeEdgeTableCsv(smallGraph(), collector().stream, { delimiter }))).option).toBe('delimiter');
  });

  it('writes the same text as before for ordinary tables (fast-csv quoting)', async () => {
    const { stream, text } = collector();
    await writeNodeTableCsv({ score: { a: 0.1 + 0.2, 'b,c': NaN, 'd"e': -1.5 }, note: { a: 'x|y', 'b,c': 'line\nbreak', 'd"e': '=HYPERLINK("x")' } }, stream);
    expect(text()).toBe('node,score,note\na,0.30000000000000004,"x|y"\n"b,c",,"line\nbreak"\n"d""e",-1.5,"\'=HYPERLINK(""x"")"\n');
    void Readable;
  });
});
