/**
 * toRows and toTables: the cell rules, the table option, refusals, and the brand staying invisible.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { brokerageRoles, constraint, edgeBetweenness, InvalidOptionError, introductionPaths, keyPersonRisk, siloReport, strongTriadicClosureViolations } from '../../src/index.js';
import { toRows, toTables } from '../../src/tidy/index.js';
import { tidyOrg } from './fixture.js';

const g = tidyOrg();
const optionError = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionError);
    return error as InvalidOptionError;
  }
  throw new Error('expected an InvalidOptionError');
};

describe('toRows', () => {
  it('toRows(nodeMetric) gives { node, value } per person, in the metric order', () => {
    const c = constraint(g);
    expect(toRows(c)).toEqual(Object.keys(c).map((node) => ({ node, value: c[node] })));
  });

  it('toRows(tieMetric) gives the TieValue rows unchanged', () => {
    const ties = edgeBetweenness(g);
    expect(toRows(ties)).toEqual(ties.map((t) => ({ ...t })));
  });

  it('brokerageRoles: one row per person with dotted columns such as liaison.z', () => {
    const result = brokerageRoles(g, { groups: 'department' });
    const rows = toRows(result);
    expect(rows.map((r) => r.node)).toEqual(Object.keys(result.nodes));
    const a3 = rows.find((r) => r.node === 'a3')!;
    expect(a3['liaison.z']).toBe(result.nodes.a3!.liaison.z);
    expect(a3['total.raw']).toBe(result.nodes.a3!.total.raw);
    expect(Object.keys(a3)).not.toContain('liaison');
    expect(toRows(result.nodes)).toEqual(rows);
  });

  it('keyPersonRisk: people by default, the list of accounts joined with ";", summary on request', () => {
    const result = keyPersonRisk(g, { kinds: 'kind', accounts: 'account' });
    const rows = toRows(result);
    expect(rows).toHaveLength(Object.keys(result.people).length);
    const b2 = rows.find((r) => r.node === 'b2')!;
    expect(b2.articulationPoint).toBe(result.people.b2!.articulationPoint);
    expect(b2.accountsLeftWithoutStrongTie).toBe(result.people.b2!.accountsLeftWithoutStrongTie.join(';'));
    expect(toRows(result, { table: 'summary' })).toEqual([{ fragmentation: result.fragmentation, distanceFragmentation: null }]);
    expect(toRows(result.people)).toEqual(rows);
    expect(toRows(result, { listSeparator: '|' }).find((r) => r.node === 'b2')!.accountsLeftWithoutStrongTie).toBe(
      result.people.b2!.accountsLeftWithoutStrongTie.join('|'),
    );
  });

  it('siloReport: groups first; spanners as one long table with list and rank', () => {
    const report = siloReport(g, { groups: 'department', minGroupSize: 1 });
    const tables = toTables(report);
    expect(Object.keys(tables)).toEqual(['groups', 'spanners', 'density', 'summary', 'notes']);
    expect(tables.groups).toEqual(report.groups.map((x) => ({ ...x })));
    expect(tables.spanners!.filter((s) => s.list === 'liaison').map((s) => s.node)).toEqual(report.spanners.liaison.map((s) => s.node));
    expect(tables.density).toHaveLength(report.density.groups.length ** 2);
    expect(tables.summary![0]!['modularity.detected']).toBe(report.modularity.detected);
  });

  it('introductionPaths: paths with the route joined, and their ties with rank and step', () => {
    const paths = introductionPaths(g, 'a1', 'c1');
    const tables = toTables(paths);
    expect(tables.paths![0]).toMatchObject({ rank: 1, path: paths[0]!.path.join(';'), hops: paths[0]!.hops });
    expect(tables.ties!.filter((t) => t.rank === 1)).toHaveLength(paths[0]!.ties.length);
    expect(tables.ties![0]).toMatchObject({ rank: 1, step: 1, source: 'a1' });
  });

  it('a forbidden triad\'s pair is two columns, pair.0 and pair.1', () => {
    const triads = strongTriadicClosureViolations(g, { strongTies: 1 });
    expect(triads.length).toBeGreaterThan(0);
    expect(toRows(triads)[0]).toEqual({ node: triads[0]!.node, 'pair.0': triads[0]!.pair[0], 'pair.1': triads[0]!.pair[1] });
  });

  it('reads a result after a JSON round trip (no brand) the same way', () => {
    const result = brokerageRoles(g, { groups: 'department' });
    const copy = JSON.parse(JSON.stringify(result));
    // NaN (an undefined z) becomes null through JSON; everything else is the same.
    expect(toRows(copy)).toEqual(JSON.parse(JSON.stringify(toRows(result))));
  });

  it('flattens arrays of plain row objects, nested objects as dotted columns', () => {
    expect(toRows([{ id: 'a', score: { x: 1, y: 2 }, tags: ['p', 'q'] }])).toEqual([{ id: 'a', 'score.x': 1, 'score.y': 2, tags: 'p;q' }]);
  });

  it('refuses values that are not results, with option "result"', () => {
    for (const bad of ['text', null, undefined, [1, 2], new Map(), () => 1]) expect(optionError(() => toRows(bad)).option).toBe('result');
    expect(optionError(() => toRows([{ a: [{ b: 1 }] }])).option).toBe('result');
  });

  it('refuses a table the result lacks, listing the tables', () => {
    const error = optionError(() => toRows(siloReport(g, { groups: 'department' }), { table: 'people' }));
    expect(error.option).toBe('table');
    expect(error.message).toContain('"spanners"');
  });

  it('refuses unknown options and a non-string listSeparator', () => {
    expect(optionError(() => toRows(constraint(g), { tabel: 'x' } as never)).option).toBe('tabel');
    expect(optionError(() => toRows(constraint(g), { listSeparator: 1 as never })).option).toBe('listSeparator');
  });
});

describe('the result brand', () => {
  it('is invisible to Object.keys, JSON, spreading, structuredClone and toEqual', () => {
    const c = constraint(g);
    const plain = { ...c };
    expect(Object.keys(c)).toEqual(Object.keys(plain));
    expect(JSON.stringify(c)).toBe(JSON.stringify(plain));
    expect(c).toEqual(plain);
    expect(c).toStrictEqual(plain);
    expect(structuredClone(c)).toEqual(plain);
    expect(Object.getOwnPropertySymbols(c).every((s) => !Object.getOwnPropertyDescriptor(c, s)!.enumerable)).toBe(true);
    const report = keyPersonRisk(g);
    expect(report).toEqual(JSON.parse(JSON.stringify(report)));
    const ties = edgeBetweenness(g);
    expect(ties).toEqual(ties.map((t) => ({ ...t })));
    expect(Object.getOwnPropertySymbols(ties).map((s) => s.description)).toEqual(['tiestrength.result', 'nodejs.util.inspect.custom']);
  });
});

describe('printing (util.inspect.custom)', () => {
  // A child process prints the results the way a REPL user sees them (issue 10 item 3).
  const script = `
    const { UndirectedGraph } = await import('graphology');
    const api = await import(${JSON.stringify(new URL('../../src/index.ts', import.meta.url).pathname)});
    const g = new UndirectedGraph();
    for (const [u, v, w, d1, d2] of [['a1','a2',3,'A','A'],['a1','a3',2,'A','A'],['a2','a3',1,'A','A'],['a3','b1',1,'A','B'],['b1','b2',4,'B','B'],['b2','c1',1,'B','C'],['a2','b2',1,'A','B']]) {
      g.mergeNode(u, { department: d1 }); g.mergeNode(v, { department: d2 }); g.addEdge(u, v, { weight: w });
    }
    console.log(api.brokerageRoles(g, { groups: 'department' }));
    console.log('---');
    console.log(api.siloReport(g, { groups: 'department', minGroupSize: 1 }));
    console.log('---');
    console.log(api.keyPersonRisk(g));
    console.log('---');
    console.log({ nested: api.constraint(g) });
    console.log('---');
    console.table(api.constraint(g));
  `;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: new URL('../..', import.meta.url).pathname,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const [roles, silos, risk, nested, table] = out.split('---\n');

  it('shows no [Object] and says how to get the rest', () => {
    expect(out).not.toContain('[Object]');
    for (const part of [roles, silos, risk]) expect(part).toContain('toRows(result)');
  });

  it('brokerageRoles: kind, sizes and the first rows with dotted columns', () => {
    expect(roles).toMatch(/^brokerageRoles: report, tables nodes \(6\)/);
    expect(roles).toContain('coordinator.raw');
    expect(roles).toContain('  a1 ');
    expect(roles!.split('\n').length).toBeLessThan(15);
  });

  it('siloReport and keyPersonRisk: a summary line and a small table', () => {
    expect(silos).toMatch(/^siloReport: report, tables groups \(3\), spanners/);
    expect(silos).toContain('network.ei: ');
    expect(risk).toMatch(/^keyPersonRisk: report, tables people \(6\)/);
    expect(risk).toContain('fragmentation: ');
    expect(risk!.split('\n').length).toBeLessThan(15);
  });

  it('a nested node metric prints as its summary; console.table is unchanged', () => {
    expect(nested).toContain('constraint: node metric, 6 rows');
    expect(table).toContain('│ a1');
    expect(table).toContain('Values');
  });
});
