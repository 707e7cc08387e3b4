import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  brokerageRoles,
  buildIndex,
  constraint,
  eiIndex,
  InvalidGraphError,
  InvalidOptionError,
  lazegaLawFirm,
  modularity,
  siloReport,
} from '../../src/index.js';
import { createRng } from '../../src/core/random.js';

describe('siloReport', () => {
  const advice = lazegaLawFirm({ relation: 'advice' });
  const report = siloReport(advice, { groups: 'office', limit: 3 });

  it('reports E-I per office, largest first, equal to eiIndex', () => {
    const ei = eiIndex(advice, { groups: 'office', getEdgeStrength: null });
    expect(report.groups.map((g) => g.group)).toEqual(['Boston', 'Hartford']);
    expect(report.groups[0]).toEqual({ group: 'Boston', ...ei.groups.Boston });
    expect(report.network).toEqual(ei.network);
  });

  it('suppresses Providence (4 lawyers < 5) from every group-level output, without naming it', () => {
    expect(report.suppressed).toEqual({ groups: 1, people: 4 });
    expect(report.density.groups).toEqual(['Boston', 'Hartford']);
    expect(report.density.matrix).toHaveLength(2);
    expect(JSON.stringify(report)).not.toContain('Providence');
    expect(report.notes[0]).toMatch(/1 group with fewer than 5 people \(4 people\)/);
  });

  it('lists spanners from a suppressed group with group null', () => {
    const providence = new Set(advice.filterNodes((_n, a) => a.office === 'Providence'));
    const all = [...report.spanners.liaison, ...report.spanners.gatekeeper, ...report.spanners.representative, ...report.spanners.lowestConstraint];
    for (const s of all) expect(s.group === null).toBe(providence.has(s.node));
  });

  it('ranks liaisons by Gould–Fernandez raw count and the least constrained by Burt constraint', () => {
    const roles = brokerageRoles(advice, { groups: 'office' });
    const best = Object.entries(roles.nodes).sort(([, a], [, b]) => b.liaison.raw - a.liaison.raw)[0]!;
    expect(report.spanners.liaison[0]).toMatchObject({ node: best[0], score: best[1].liaison.raw });
    const c = constraint(advice);
    const lowest = Math.min(...Object.values(c).filter((x) => !Number.isNaN(x)));
    expect(report.spanners.lowestConstraint[0]!.score).toBe(lowest);
    expect(report.spanners.liaison).toHaveLength(3);
  });

  it('compares the formal modularity with Louvain on the same ties', () => {
    expect(report.modularity.formal).toBeCloseTo(modularity(advice, { groups: 'office' }), 12);
    expect(report.modularity.detected).toBeGreaterThan(report.modularity.formal);
    expect(report.modularity.communities).toBeGreaterThan(1);
  });

  it('gives the same report on every call (seeded Louvain)', () => {
    expect(siloReport(advice, { groups: 'office', limit: 3 })).toEqual(report);
    expect(siloReport(advice, { groups: 'office', limit: 3, seed: 42 })).toEqual(report);
    expect(siloReport(advice, { groups: 'office', limit: 3, rng: createRng(42) })).toEqual(report);
    expect(report.attribute).toBe('office');
  });

  it('accepts groups as a Record or Map, on the graph and on a prebuilt index', () => {
    const offices: Record<string, string> = {};
    advice.forEachNode((node, attributes) => (offices[node] = attributes.office as string));
    const fromRecord = siloReport(advice, { groups: offices, limit: 3 });
    expect(fromRecord).toEqual({ ...report, attribute: null });
    expect(siloReport(buildIndex(advice), { groups: new Map(Object.entries(offices)), limit: 3 })).toEqual(fromRecord);
  });

  it('refuses a misspelt group attribute, the removed options groupAttribute and top, and a bad rng', () => {
    expect(() => siloReport(advice, { groups: 'ofice' as never })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION', option: 'groups' }));
    expect(() => siloReport(advice, { groupAttribute: 'office' } as never)).toThrow(
      expect.objectContaining({ code: 'E_INVALID_OPTION', option: 'groupAttribute' }),
    );
    expect(() => siloReport(advice, { groups: 'office', top: 3 } as never)).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION', option: 'top' }));
    expect(() => siloReport(advice, { groups: 'office', rng: () => 2 })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION', option: 'rng' }));
    expect(() => siloReport(advice, { groups: 'office', seed: 1, rng: Math.random })).toThrow(
      expect.objectContaining({ code: 'E_INVALID_OPTION', option: 'seed' }),
    );
    expect(() => siloReport(advice, { groups: 'office', limit: -1 })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION', option: 'limit' }));
  });

  it('siloReport(graph, { minGroupSize: 1 }) reports every group', () => {
    const all = siloReport(advice, { groups: 'office', minGroupSize: 1 });
    expect(all.groups.map((g) => g.group).sort()).toEqual(['Boston', 'Hartford', 'Providence']);
    expect(all.suppressed).toEqual({ groups: 0, people: 0 });
  });

  it('throws InvalidOptionError without groups, naming the option', () => {
    expect(() => siloReport(advice)).toThrow(InvalidOptionError);
    expect(() => siloReport(advice, {})).toThrow(expect.objectContaining({ option: 'groups' }));
  });

  it('throws InvalidOptionError when a person has no group', () => {
    const g = new UndirectedGraph();
    g.addNode('a', { team: 'x' });
    g.addNode('b');
    g.addEdge('a', 'b');
    expect(() => siloReport(g, { groups: 'team' })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
  });

  it('throws InvalidGraphError on a non-graph and InvalidOptionError on a bad minGroupSize', () => {
    expect(() => siloReport(null as never, { groups: 'x' })).toThrow(InvalidGraphError);
    expect(() => siloReport(advice, { groups: 'office', minGroupSize: 0 })).toThrow(InvalidOptionError);
  });
});
