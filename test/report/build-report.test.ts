import { describe, expect, it } from 'vitest';
import { brokerageRoles } from '../../src/brokerage/brokerage-roles.js';
import { constraint } from '../../src/brokerage/constraint.js';
import { krackhardtHighTech } from '../../src/datasets/krackhardt-high-tech.js';
import { syntheticCompany } from '../../src/datasets/synthetic-company.js';
import { InvalidOptionError } from '../../src/errors.js';
import { eiIndex } from '../../src/groups/ei-index.js';
import { describeNetwork } from '../../src/network/describe-network.js';
import { kStepReach } from '../../src/reach/k-step-reach.js';
import { buildReport, renderReport } from '../../src/report/build-report.js';
import { customerCoverage } from '../../src/customers/customer-coverage.js';
import { overlapStrengthCorrelation } from '../../src/ties/overlap-strength-correlation.js';
import { percolationCurve } from '../../src/ties/percolation-curve.js';

const dept = (_: string, a: Record<string, unknown>) => `D${String(a.department)}`;
const graph = krackhardtHighTech({ relation: 'all' });
const rendered = await renderReport(graph, { groups: dept, minGroupSize: 3, permutations: 199 });
const section = (id: string) => rendered.sections.find((s) => s.id === id)!;
const table = (id: string, caption: RegExp) => section(id).tables.find((t) => caption.test(t.caption))!.table;

/** Reads a table of the HTML back: the rows of the n-th table of a section. */
function htmlTable(html: string, sectionId: string, n: number): string[][] {
  const body = html.slice(html.indexOf(`<section id="${sectionId}"`));
  const tables = body.slice(0, body.indexOf('</section>')).split('<table')[n + 1]!;
  const rows = tables.slice(0, tables.indexOf('</table>')).split('<tr>').slice(2);
  return rows.map((r) => [...r.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!));
}

describe('buildReport', () => {
  it('renders every core section, with an SVG chart each', () => {
    expect(rendered.sections.map((s) => s.id)).toEqual(['overview', 'silos', 'brokers', 'weak-strong', 'reach', 'key-person', 'picture']);
    for (const s of rendered.sections) {
      expect(rendered.html).toContain(`<section id="${s.id}"`);
      expect(s.answer.length).toBeGreaterThan(0);
    }
    expect(rendered.html.match(/<svg /g)!.length).toBe(rendered.sections.reduce((n, s) => n + s.figures.length, 0));
  });

  it('is self-contained: no http(s) URL outside the Vega-Lite $schema, no external resource', () => {
    expect(rendered.html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(rendered.html).not.toMatch(/<link /);
  });

  it('gives the same bytes for the same input and options', async () => {
    const again = await buildReport(krackhardtHighTech({ relation: 'all' }), { groups: dept, minGroupSize: 3, permutations: 199 });
    expect(again.replace(/(id="|url\(#)[^"')]+/g, '')).toBe(rendered.html.replace(/(id="|url\(#)[^"')]+/g, ''));
  });

  it('reports the numbers of describeNetwork', () => {
    const d = describeNetwork(graph);
    const rows = Object.fromEntries(table('overview', /summary/).rows.map(([k, v]) => [k, v]));
    expect(rows.people).toBe(d.people);
    expect(rows.ties).toBe(d.ties);
    expect(rows.density).toBe(d.density);
    expect(rows['strength: median']).toBe(d.strength.median);
    // The HTML table holds the same values.
    const html = Object.fromEntries(htmlTable(rendered.html, 'overview', 0).map(([k, v]) => [k, v]));
    expect(Number(html.density)).toBeCloseTo(d.density, 10);
  });

  it('reports the E-I of eiIndex per group', () => {
    const groups = Object.fromEntries(graph.nodes().map((n) => [n, dept(n, graph.getNodeAttributes(n) as never)]));
    const ei = eiIndex(graph, { groups, getEdgeStrength: null });
    const rescaled = eiIndex(graph, { groups, getEdgeStrength: null, rescaled: true });
    const t = table('silos', /E-I by group/);
    expect(t.rows.length).toBeGreaterThan(0);
    for (const row of t.rows) {
      const g = row[0] as string;
      expect(row[6]).toBe(ei.groups[g]!.ei);
      expect(row[8]).toBe(rescaled.groups[g]!.ei);
      expect(row[2]).toBe(ei.groups[g]!.internal);
      expect(row[3]).toBe(ei.groups[g]!.external);
    }
  });

  it('reports the brokerage and constraint of brokerageRoles and constraint', () => {
    const groups = Object.fromEntries(graph.nodes().map((n) => [n, dept(n, graph.getNodeAttributes(n) as never)]));
    const roles = brokerageRoles(graph, { groups, nullModel: 'none' });
    const c = constraint(graph);
    for (const row of table('brokers', /brokers/).rows) {
      const node = row[0] as string;
      expect(row[2]).toBe(roles.nodes[node]!.liaison.raw);
      expect(row[7]).toBe(c[node]);
    }
  });

  it('reports the percolation curves, overlap deciles and reach of the library', () => {
    const weak = percolationCurve(graph, { order: 'weakFirst', steps: 20, seed: 42 });
    const rows = table('weak-strong', /Percolation/).rows.filter((r) => r[0] === 'weakFirst');
    expect(rows.map((r) => r[2])).toEqual(weak.map((p) => p.giantComponentFraction));
    const corr = overlapStrengthCorrelation(graph);
    expect(table('weak-strong', /decile/).rows.map((r) => r[5])).toEqual(corr.deciles.map((d) => d.meanOverlap));
    const reach = Object.values(kStepReach(graph, { k: 2, via: 'weak', normalized: false })).sort((a, b) => a - b);
    const weakRow = table('reach', /reached/).rows.find((r) => r[0] === 'weak ties only')!;
    expect(weakRow[1]).toBe(reach[0]);
    expect(weakRow[5]).toBe(reach[reach.length - 1]);
  });

  it('adds Customers and Engagement when the data has them, with customerCoverage numbers', async () => {
    const company = syntheticCompany();
    const g = company.graph;
    const r = await renderReport(g, {
      groups: (_: string, a: Record<string, unknown>) => (a.kind === 'customer' ? 'Customers' : String(a.department)),
      kinds: 'kind',
      accounts: 'account',
      values: 'lifetimeValue',
      engagement: 'engagement',
      engagementThreshold: 2.5,
      permutations: 99,
      runs: 50,
    });
    const ids = r.sections.map((s) => s.id);
    expect(ids).toContain('customers');
    expect(ids).toContain('engagement');
    const coverage = customerCoverage(g, { kinds: 'kind', accounts: 'account' });
    const accounts = r.sections.find((s) => s.id === 'customers')!.tables[0]!.table.rows;
    expect(accounts.map((row) => row[3])).toEqual(coverage.accounts.map((a) => a.strongThreads));
  });

  it('pseudonymize replaces every name with a stable keyed pseudonym; aggregateOnly names nobody', async () => {
    const a = await buildReport(graph, { groups: dept, minGroupSize: 3, permutations: 9, pseudonymize: 'k1' });
    const b = await buildReport(graph, { groups: dept, minGroupSize: 3, permutations: 9, pseudonymize: 'k1' });
    const pseudonyms = (html: string) => [...new Set(html.match(/P-[0-9A-Z]{8}/g))].sort();
    expect(pseudonyms(a).length).toBeGreaterThan(0);
    expect(pseudonyms(a)).toEqual(pseudonyms(b));
    const agg = await renderReport(graph, { groups: dept, minGroupSize: 3, permutations: 9, aggregateOnly: true });
    const brokers = agg.sections.find((s) => s.id === 'brokers')!;
    expect(brokers.tables[0]!.table.columns[0]).toBe('group');
  });

  it('suppresses groups under minGroupSize and says so', async () => {
    const r = await renderReport(graph, { groups: dept, permutations: 9 });
    const t = r.sections.find((s) => s.id === 'silos')!.tables[0]!.table;
    for (const row of t.rows) expect(row[1] as number).toBeGreaterThanOrEqual(5);
    expect(t.note).toMatch(/left out/);
  });

  it('refuses unknown options and bad values (InvalidOptionError)', async () => {
    await expect(buildReport(graph, { minGroupSize: 0 })).rejects.toBeInstanceOf(InvalidOptionError);
    await expect(buildReport(graph, { nope: 1 } as never)).rejects.toMatchObject({ code: 'E_INVALID_OPTION' });
  });
});
