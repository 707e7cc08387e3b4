/**
 * `--engine duckdb` (issue 11): the command reads Parquet (and CSV, JSON) files and globs through
 * DuckDB, with the same results as the default CSV engine on the same rows. The command runs as a
 * child process from the sources (tsx), so the test does not depend on a fresh build. Slow suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { krackhardtHighTech } from '../../src/datasets/krackhardt-high-tech.js';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'src/cli/cli.ts');
let dir = '';

function run(args: string[], input?: string) {
  const r = spawnSync(tsx, [cli, ...args], { encoding: 'utf8', cwd: dir, input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function duck(...statements: string[]): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  for (const s of statements) await c.run(s);
  c.closeSync();
  db.closeSync();
}

function rows(csv: string): string[][] {
  return csv
    .trim()
    .split('\n')
    .map((line) => line.split(','));
}

/** Two CSV outputs with the same cells, numbers equal to 1e-9 (relative). */
function sameTable(a: string, b: string): void {
  const ra = rows(a);
  const rb = rows(b);
  expect(ra.length).toBe(rb.length);
  expect(ra[0]).toEqual(rb[0]);
  for (let i = 1; i < ra.length; i++) {
    for (let j = 0; j < ra[i]!.length; j++) {
      const x = ra[i]![j]!;
      const y = rb[i]![j]!;
      if (x !== '' && !Number.isNaN(Number(x))) expect(Math.abs(Number(x) - Number(y))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(Number(y))));
      else expect(x).toBe(y);
    }
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tiestrength-cli-duckdb-'));
  const g = krackhardtHighTech({ relation: 'all' });
  const lines = ['source,target,weight'];
  g.forEachEdge((_, a, s, t) => lines.push(`${s},${t},${(a as { weight: number }).weight}`));
  writeFileSync(join(dir, 'ties.csv'), `${lines.join('\n')}\n`);
  const events = ['from,to,at,channel'];
  const nodes = g.nodes();
  for (let i = 0; i < 400; i++) {
    const a = nodes[(i * 7) % nodes.length]!;
    const b = nodes[(i * 11 + 3) % nodes.length]!;
    events.push(`${a},${b},2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T0${i % 10}:00:00Z,${i % 3 === 0 ? 'email' : 'chat'}`);
  }
  writeFileSync(join(dir, 'events.csv'), `${events.join('\n')}\n`);
  await duck(
    `COPY (SELECT * FROM read_csv('${join(dir, 'ties.csv')}', all_varchar = true)) TO '${join(dir, 'ties.parquet')}' (FORMAT parquet)`,
    `COPY (SELECT "from", "to", CAST("at" AS TIMESTAMPTZ) AS "at", channel FROM read_csv('${join(dir, 'events.csv')}', all_varchar = true)) TO '${join(dir, 'events.parquet')}' (FORMAT parquet)`,
    `COPY (SELECT * FROM (VALUES ('a', 'b', 1.0), ('b', NULL, 2.0)) v(source, target, weight)) TO '${join(dir, 'bad.parquet')}' (FORMAT parquet)`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tiestrength --engine duckdb', () => {
  it('describe reads a Parquet file as the CSV engine reads the CSV', () => {
    const csv = run(['describe', 'ties.csv', '--directed', '--format', 'json']);
    const duck = run(['describe', 'ties.parquet', '--directed', '--format', 'json', '--engine', 'duckdb', '--memory-limit', '256MB']);
    expect(csv.code).toBe(0);
    expect(duck.code).toBe(0);
    expect(JSON.parse(duck.stdout)).toEqual(JSON.parse(csv.stdout));
  });

  it('metrics on a Parquet file equal metrics on the CSV', () => {
    const csv = run(['metrics', 'constraint', 'effectiveSize', '-i', 'ties.csv']);
    const duck = run(['metrics', 'constraint', 'effectiveSize', '-i', 'ties.parquet', '--engine', 'duckdb']);
    expect(duck.code).toBe(0);
    sameTable(duck.stdout, csv.stdout);
  });

  it('ties aggregates a Parquet log inside DuckDB, equal to the streaming JS path', () => {
    const csv = run(['ties', 'events.csv', '--half-life-days', '30']);
    const duck = run(['ties', 'events.parquet', '--half-life-days', '30', '--engine', 'duckdb', '--temp-directory', join(dir, 'spill')]);
    expect(csv.code).toBe(0);
    expect(duck.code, duck.stderr).toBe(0);
    sameTable(duck.stdout, csv.stdout);
    // DuckDB reads the CSV log too.
    sameTable(run(['ties', 'events.csv', '--half-life-days', '30', '--engine', 'duckdb']).stdout, csv.stdout);
  });

  it('prints a bad row as file: row N: reason and exits 1', () => {
    const r = run(['describe', 'bad.parquet', '--engine', 'duckdb']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.parquet: row 2: the target id \(column "target"\) is null/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 on a missing file, 2 on stdin, an unknown engine or a DuckDB option without the engine', () => {
    expect(run(['describe', 'missing-*.parquet', '--engine', 'duckdb']).code).toBe(1);
    expect(run(['describe', '-', '--engine', 'duckdb'], 'source,target\na,b\n').code).toBe(2);
    expect(run(['describe', 'ties.csv', '--engine', 'spark']).code).toBe(2);
    expect(run(['describe', 'ties.csv', '--memory-limit', '1GB']).code).toBe(2);
  });
});
