import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/index.js';
import { krackhardtHighTech } from '../../src/datasets/krackhardt-high-tech.js';
import { groupMixingMatrix } from '../../src/groups/group-mixing-matrix.js';
import { overlapStrengthCorrelation } from '../../src/ties/overlap-strength-correlation.js';
import { renderSvg } from '../../src/report/render-svg.js';

const graph = krackhardtHighTech({ relation: 'all' });

describe('charts', () => {
  it('returns plain JSON Vega-Lite specs built from results', () => {
    const spec = charts.groupMixing(groupMixingMatrix(graph, { groups: 'department' }));
    expect(spec.$schema).toMatch(/vega-lite\/v6/);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('bins large inputs so the spec stays small (strengthDistribution, constraintVsEffectiveSize)', () => {
    const strengths = Float64Array.from({ length: 100_000 }, (_, i) => 1 + (i % 97));
    const spec = charts.strengthDistribution(strengths, { bins: 30 }) as unknown as { data: { values: unknown[] } };
    expect(spec.data.values.length).toBe(30);
    const rows = Array.from({ length: 5000 }, (_, i) => ({ label: `p${i}`, constraint: (i % 50) / 50, effectiveSize: i % 40 }));
    const scatter = JSON.stringify(charts.constraintVsEffectiveSize(rows));
    expect(scatter.length).toBeLessThan(100_000);
  });

  it('communitiesVsGroups lists communities in natural order (C2 before C10), in the legend and the stacks', async () => {
    const rows = ['C10', 'C2', 'smaller communities', 'C1'].map((community, i) => ({ group: 'Sales', community, people: i + 1 }));
    const spec = charts.communitiesVsGroups(rows) as unknown as { encoding: { color: { sort: string[] } } };
    expect(spec.encoding.color.sort).toEqual(['C1', 'C2', 'C10', 'smaller communities']);
    const svg = await renderSvg(charts.communitiesVsGroups(rows), 'legend');
    const legend = [...svg.matchAll(/>(C\d+|smaller communities)</g)].map((m) => m[1]);
    expect(legend).toEqual(['C1', 'C2', 'C10', 'smaller communities']);
  });

  it('every chart renders to a non-empty SVG', async () => {
    const corr = overlapStrengthCorrelation(graph);
    const specs = [
      charts.overlapByStrength(corr.deciles),
      charts.percolation([{ order: 'weakFirst', removedFraction: 0, giantComponentFraction: 1 }, { order: 'weakFirst', removedFraction: 1, giantComponentFraction: 0 }]),
      charts.rankedBars([{ label: 'a', value: 2 }, { label: 'b', value: 1 }], { reference: 1.5 }),
      charts.eiByGroup([{ group: 'x', ei: -0.2, expected: 0.3, p: 0.01 }]),
      charts.histogram([1, 2, 2, 3], { reference: 2 }),
      charts.groupNetwork({ nodes: [{ group: 'a', x: 0, y: 0, people: 5, ei: 0.1 }, { group: 'b', x: 1, y: 1, people: 8, ei: -0.4 }], links: [{ source: 'a', target: 'b', ties: 3 }] }),
    ];
    for (const [i, spec] of specs.entries()) {
      const svg = await renderSvg(spec, `t${i}`);
      expect(svg).toMatch(/^<svg /);
      expect(svg.length).toBeGreaterThan(500);
    }
  });
});
