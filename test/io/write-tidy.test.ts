/**
 * The writers through toRows: CSV (issue 12 item 6), Arrow IPC and Parquet (issue 10 item 2),
 * read back in Node with apache-arrow and hyparquet. The Python round trip (pandas, pyarrow) is
 * test/python/round-trip.python.ts, run by `npm run test:python`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterAll, describe, expect, it } from 'vitest';
import { brokerageRoles, constraint, InvalidOptionError, keyPersonRisk, siloReport, writeEdgeTableCsv, writeNodeTableCsv, edgeBetweenness } from '../../src/index.js';
import { toRows } from '../../src/tidy/index.js';
import { writeArrow } from '../../src/io/write-arrow.js';
import { writeParquet } from '../../src/io/write-parquet.js';
import { optionalModules } from '../../src/io/table-format.js';
import { TableWriteError } from '../../src/io/table-write-error.js';
import { tidyOrg } from '../tidy/fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'tiestrength-write-tidy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const g = tidyOrg();
const customers = { kinds: 'kind', accounts: 'account' } as const;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('CSV writers through toRows', () => {
  it('writeNodeTableCsv(keyPersonRisk(g).people, path) writes one row per person with dotted columns', async () => {
    const risk = keyPersonRisk(g, customers);
    const path = join(dir, 'risk.csv');
    const written = await writeNodeTableCsv(risk.people, path);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(written.rows).toBe(Object.keys(risk.people).length);
    expect(lines).toHaveLength(1 + Object.keys(risk.people).length);
    expect(lines[0]).toBe('node,fragmentationRisk,distanceFragmentationRisk,articulationPoint,pieces,exclusiveBrokerage,egoBetweenness,accountsLeftWithoutStrongTie');
    expect(lines.find((l) => l.startsWith('b2,'))).toContain(',true,');
  });

  it('writeNodeTableCsv(brokerageRoles(g).nodes) has columns such as liaison.z; the whole result too', async () => {
    const roles = brokerageRoles(g, { groups: 'department' });
    let text = '';
    const sink = { write: (chunk: string, cb: () => void) => ((text += chunk), cb(), true), on: () => sink, off: () => sink };
    await writeNodeTableCsv(roles.nodes, sink as never);
    const header = text.split('\n')[0]!.split(',');
    expect(header[0]).toBe('node');
    expect(header).toContain('liaison.z');
    expect(text.trimEnd().split('\n')).toHaveLength(1 + Object.keys(roles.nodes).length);
    text = '';
    await writeNodeTableCsv(roles, sink as never, { nodeColumn: 'person' });
    expect(text.split('\n')[0]!.startsWith('person,coordinator.raw')).toBe(true);
  });

  it('option table picks a table of a report', async () => {
    const path = join(dir, 'spanners.csv');
    const report = siloReport(g, { groups: 'department', minGroupSize: 1 });
    const written = await writeEdgeTableCsv(report, path, { table: 'spanners' });
    expect(written.columns).toEqual(['list', 'rank', 'node', 'group', 'score', 'z']);
    expect(written.rows).toBe(toRows(report, { table: 'spanners' }).length);
  });

  it('refuses per-person records read sideways, and a table option on plain input', async () => {
    const sideways = { a: { fragmentationRisk: 1, flags: [1, 2] }, b: { fragmentationRisk: 2, flags: [] } };
    const error = await rejection(writeNodeTableCsv(sideways as never, join(dir, 'x.csv')));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).option).toBe('table');
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
    const tableError = await rejection(writeNodeTableCsv({ x: { a: 1 } }, join(dir, 'y.csv'), { table: 'nodes' }));
    expect((tableError as InvalidOptionError).option).toBe('table');
  });

  it('writeNodeTableCsv(constraint(g)) writes node,value', async () => {
    const path = join(dir, 'c.csv');
    await writeNodeTableCsv(constraint(g), path);
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe('node,value');
  });
});

describe('writeArrow and writeParquet', () => {
  const risk = keyPersonRisk(g, customers);
  const rows = toRows(risk);

  it('writeArrow: the columns and types of toRows, read back with apache-arrow', async () => {
    const path = join(dir, 'risk.arrow');
    const written = await writeArrow(risk, path);
    expect(written.types).toMatchObject({ node: 'string', fragmentationRisk: 'float64', articulationPoint: 'boolean', distanceFragmentationRisk: 'float64', accountsLeftWithoutStrongTie: 'string' });
    const table = tableFromIPC(readFileSync(path));
    expect(table.schema.fields.map((f) => f.name)).toEqual(Object.keys(rows[0]!));
    expect(table.schema.fields.map((f) => String(f.type))).toEqual(['Utf8', 'Float64', 'Float64', 'Bool', 'Float64', 'Float64', 'Float64', 'Utf8']);
    expect(table.toArray().map((r) => r.toJSON())).toEqual(rows);
  });

  it('writeParquet: the columns and types of toRows, read back with hyparquet', async () => {
    const path = join(dir, 'risk.parquet');
    await writeParquet(risk, path);
    const bytes = readFileSync(path);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const meta = parquetMetadata(file);
    const leaves = meta.schema.slice(1).map((s) => [s.name, s.type]);
    expect(leaves).toEqual([
      ['node', 'BYTE_ARRAY'], ['fragmentationRisk', 'DOUBLE'], ['distanceFragmentationRisk', 'DOUBLE'], ['articulationPoint', 'BOOLEAN'],
      ['pieces', 'DOUBLE'], ['exclusiveBrokerage', 'DOUBLE'], ['egoBetweenness', 'DOUBLE'], ['accountsLeftWithoutStrongTie', 'BYTE_ARRAY'],
    ]);
    expect(await parquetReadObjects({ file })).toEqual(rows);
  });

  it('keeps NaN and nulls, and a tie metric keeps its order', async () => {
    const ties = edgeBetweenness(g);
    const path = join(dir, 'ties.arrow');
    await writeArrow(ties, path);
    const table = tableFromIPC(readFileSync(path));
    expect(table.toArray().map((r) => r.toJSON())).toEqual(ties.map((t) => ({ ...t })));
    const withNaN = [{ id: 'a', x: Number.NaN, y: null }, { id: 'b', x: 1, y: 2 }];
    await writeParquet(withNaN, join(dir, 'nan.parquet'));
    const bytes = readFileSync(join(dir, 'nan.parquet'));
    const back = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    expect(back[0]!.x).toBeNaN();
    expect(back[0]!.y).toBeNull();
  });

  it('options table and columns select what is written', async () => {
    const report = siloReport(g, { groups: 'department', minGroupSize: 1 });
    const written = await writeArrow(report, join(dir, 's.arrow'), { table: 'spanners', columns: ['node', 'z'] });
    expect(written.columns).toEqual(['node', 'z']);
    expect(tableFromIPC(readFileSync(join(dir, 's.arrow'))).numRows).toBe(toRows(report, { table: 'spanners' }).length);
  });

  it('a missing optional package rejects with TableWriteError naming it; the path is untouched', async () => {
    const original = optionalModules.parquet;
    optionalModules.parquet = () => Promise.reject(Object.assign(new Error("Cannot find package 'hyparquet-writer'"), { code: 'ERR_MODULE_NOT_FOUND' }));
    try {
      const path = join(dir, 'missing.parquet');
      const error = await rejection(writeParquet(risk, path));
      expect(error).toBeInstanceOf(TableWriteError);
      expect(error).toMatchObject({ code: 'E_TABLE_WRITE', reason: 'missingDependency', dependency: 'hyparquet-writer', format: 'parquet' });
      expect(existsSync(path)).toBe(false);
    } finally {
      optionalModules.parquet = original;
    }
  });

  it('an unwritable path rejects with reason unwritable and leaves the old file', async () => {
    const missingDir = join(dir, 'no', 'such', 'dir', 'x.arrow');
    expect(await rejection(writeArrow(risk, missingDir))).toMatchObject({ code: 'E_TABLE_WRITE', reason: 'unwritable' });
    const existing = join(dir, 'keep.arrow');
    writeFileSync(existing, 'old');
    expect((await rejection(writeArrow('nope' as never, existing))) as InvalidOptionError).toBeInstanceOf(InvalidOptionError);
    expect(readFileSync(existing, 'utf8')).toBe('old');
  });
});
