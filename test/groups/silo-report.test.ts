import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  brokerageRoles,
  constraint,
  eiIndex,
  InvalidGraphError,
  InvalidOptionError,
  lazegaLawFirm,
  modularity,
  siloReport,
} from '../../src/index.js';

describe('siloReport', () => {
  const advice = lazegaLawFirm({ relation: 'advice' });
  const report = siloReport(advice, { groupAttribute: 'office', top: 3 });

  it('reports E-I per office, largest first, equal to eiIndex', () => {
    const ei = eiIndex(advice, { groupAttribute: 'office' });
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
    const roles = brokerageRoles(advice, { groupAttribute: 'office' });
    const best = Object.entries(roles.nodes).sort(([, a], [, b]) => b.liaison.raw - a.liaison.raw)[0]!;
    expect(report.spanners.liaison[0]).toMatchObject({ node: best[0], score: best[1].liaison.raw });
    const c = constraint(advice);
    const lowest = Math.min(...Object.values(c).filter((x) => !Number.isNaN(x)));
    expect(report.spanners.lowestConstraint[0]!.score).toBe(lowest);
    expect(report.spanners.liaison).toHaveLength(3);
  });

  it('compares the formal modularity with Louvain on the same ties', () => {
    expect(report.modularity.formal).toBeCloseTo(modularity(advice, { groupAttribute: 'office' }), 12);
    expect(report.modularity.louvain).toBeGreaterThan(report.modularity.formal);
    expect(report.modularity.communities).toBeGreaterThan(1);
  });

  it('gives the same report on every call (seeded Louvain)', () => {
    expect(siloReport(advice, { groupAttribute: 'office', top: 3 })).toEqual(report);
  });

  it('siloReport(graph, { minGroupSize: 1 }) reports every group', () => {
    const all = siloReport(advice, { groupAttribute: 'office', minGroupSize: 1 });
    expect(all.groups.map((g) => g.group).sort()).toEqual(['Boston', 'Hartford', 'Providence']);
    expect(all.suppressed).toEqual({ groups: 0, people: 0 });
  });

  it('throws InvalidOptionError without groupAttribute, naming the option', () => {
    expect(() => siloReport(advice)).toThrow(InvalidOptionError);
    expect(() => siloReport(advice, {} as never)).toThrow(expect.objectContaining({ option: 'groupAttribute' }));
  });

  it('throws InvalidOptionError when a person has no group', () => {
    const g = new UndirectedGraph();
    g.addNode('a', { team: 'x' });
    g.addNode('b');
    g.addEdge('a', 'b');
    expect(() => siloReport(g, { groupAttribute: 'team' })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
  });

  it('throws InvalidGraphError on a non-graph and InvalidOptionError on a bad minGroupSize', () => {
    expect(() => siloReport(null as never, { groupAttribute: 'x' })).toThrow(InvalidGraphError);
    expect(() => siloReport(advice, { groupAttribute: 'office', minGroupSize: 0 })).toThrow(InvalidOptionError);
  });
});
