/**
 * The built command (dist/cli.js) as a child process: help, exit codes, bad input as file:line,
 * demo writing a report, metrics as CSV on stdout. Run `npm run build` first (CI does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { krackhardtHighTech } from '../../src/datasets/krackhardt-high-tech.js';
import { constraint } from '../../src/brokerage/constraint.js';
import { communities } from '../../src/groups/communities.js';
import { readTiesCsv } from '../../src/io/read-ties-csv.js';

const cli = resolve(import.meta.dirname, '../../dist/cli.js');
let dir = '';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir, input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` before the CLI tests');
  dir = mkdtempSync(join(tmpdir(), 'tiestrength-cli-'));
  const g = krackhardtHighTech({ relation: 'all' });
  const lines = ['source,target,weight'];
  g.forEachEdge((_, a, s, t) => lines.push(`${s},${t},${(a as { weight: number }).weight}`));
  writeFileSync(join(dir, 'ties.csv'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'bad.csv'), 'source,target,weight\na,b,1\nc,d,-2\n');
  writeFileSync(join(dir, 'people.csv'), `id,department\n${g.nodes().map((n) => `${n},D${String(g.getNodeAttribute(n, 'department'))}`).join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tiestrength (built command)', () => {
  it.each(['report', 'metrics', 'ties', 'describe', 'demo'])('%s --help shows a worked example and exits 0', (cmd) => {
    const r = run([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: tiestrength ${cmd}`);
    expect(r.stdout).toMatch(/Example:\n\s+(npx )?tiestrength/);
  });

  it('exits 2 on a usage error (unknown option, unknown metric)', () => {
    expect(run(['report', 'ties.csv', '--no-such-option']).code).toBe(2);
    const r = run(['metrics', 'nope', '-i', 'ties.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown metric "nope"');
  });

  it('prints bad input as file:line: reason, without a stack, and exits 1', () => {
    const r = run(['describe', 'bad.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^bad\.csv:3: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const debug = run(['describe', 'bad.csv', '--debug']);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('exits 1 on a missing file', () => {
    const r = run(['describe', 'missing.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.csv');
  });

  it('metrics constraint writes CSV on stdout equal to constraint()', () => {
    const r = run(['metrics', 'constraint', 'effectiveSize', '-i', 'ties.csv', '--directed']);
    expect(r.code).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n');
    expect(head).toBe('node,constraint,effectiveSize');
    const c = constraint(krackhardtHighTech({ relation: 'all' }));
    expect(rows.length).toBe(21);
    for (const row of rows) {
      const [node, value] = row.split(',');
      expect(Number(value)).toBeCloseTo(c[node!]!, 12);
    }
  });

  it('metrics communities gives each person the community communities() finds, with --set options', async () => {
    // The graph as the command reads it (same node order, so the same partition for a seed).
    const { graph } = await readTiesCsv(join(dir, 'ties.csv'), { directed: true });
    const column = (stdout: string) => Object.fromEntries(stdout.trim().split('\n').slice(1).map((row) => [row.split(',')[0]!, Number(row.split(',')[1])]));
    const r = run(['metrics', 'communities', 'constraint', '-i', 'ties.csv', '--directed']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('node,communities,constraint');
    const { partition } = communities(graph);
    expect(column(r.stdout)).toEqual(partition);
    const finer = run(['metrics', 'communities', '-i', 'ties.csv', '--directed', '--set', 'resolution=2', '--set', 'iterations=5']);
    const expected = communities(graph, { resolution: 2, iterations: 5 }).partition;
    expect(column(finer.stdout)).toEqual(expected);
    expect(new Set(Object.values(expected)).size).toBeGreaterThan(new Set(Object.values(partition)).size);
    // metric.key=value goes to that metric only: constraint has no resolution or iterations.
    const scoped = run(['metrics', 'communities', 'constraint', '-i', 'ties.csv', '--directed', '--set', 'communities.resolution=2', '--set', 'communities.iterations=5']);
    expect(scoped.code).toBe(0);
    expect(column(scoped.stdout)).toEqual(expected);
    const c = constraint(graph);
    for (const row of scoped.stdout.trim().split('\n').slice(1)) expect(Number(row.split(',')[2])).toBeCloseTo(c[row.split(',')[0]!]!, 12);
    expect(run(['metrics', 'communities', 'constraint', '-i', 'ties.csv', '--set', 'resolution=2']).stderr).toContain('unknown option "resolution"');
    const stray = run(['metrics', 'communities', '-i', 'ties.csv', '--set', 'kStepReach.k=2']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('option --set kStepReach.k: "kStepReach" is not one of the metrics asked for (communities)');
  });

  it('metrics reads stdin and writes JSON', () => {
    const r = run(['metrics', 'neighborhoodOverlap', '--format', 'json'], readFileSync(join(dir, 'ties.csv'), 'utf8'));
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { source: string; target: string; neighborhoodOverlap: number | null }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!)).toEqual(['source', 'target', 'neighborhoodOverlap']);
  });

  it('describe prints the summary as text', () => {
    const r = run(['describe', 'ties.csv', '--people', 'people.csv', '--group', 'department']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('people / ties');
    expect(r.stdout).toContain('E-I index');
  });

  it('report writes one HTML file, the same bytes on a second run', () => {
    const args = ['report', 'ties.csv', '--people', 'people.csv', '--min-group-size', '3', '--permutations', '99', '--quiet'];
    expect(run([...args, '-o', 'a.html']).code).toBe(0);
    expect(run([...args, '-o', 'b.html']).code).toBe(0);
    const a = readFileSync(join(dir, 'a.html'), 'utf8');
    expect(a).toContain('<section id="silos"');
    expect(a).toContain('ties: ties.csv: ');
    expect(readFileSync(join(dir, 'b.html'), 'utf8').replace(/-o b\.html/, '-o a.html')).toBe(a);
  });

  it('demo writes the report of the embedded data', () => {
    const r = run(['demo', '--dataset', 'krackhardtHighTech', '-o', 'demo.html']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote demo.html');
    expect(readFileSync(join(dir, 'demo.html'), 'utf8')).toContain('<section id="picture"');
  });
});
