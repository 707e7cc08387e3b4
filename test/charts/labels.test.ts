import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/index.js';
import { linearScale, niceDomain, placeLabels, type LabelPlacement } from '../../src/charts/labels.js';
import { renderSvg } from '../../src/report/render-svg.js';

const PREFERRED: LabelPlacement = { align: 'left', dx: 6, dy: -6 };
const OPTIONS = { fontSize: 12, bold: true, preferred: PREFERRED, marker: 10, width: 560, height: 320 };

/** Boxes of the rendered labels: anchor and middle from the SVG, width estimated as the placement does (0.68 em bold, 0.62 em plain). */
function renderedLabels(svg: string, names: readonly string[], em = 0.68): { name: string; left: number; right: number; top: number; bottom: number }[] {
  const pattern = new RegExp(`<text[^>]*text-anchor="(start|middle|end)"[^>]*translate\\(([-\\d.]+),([-\\d.]+)\\)[^>]*>(${names.join('|')})</text>`, 'g');
  return [...svg.matchAll(pattern)].map(([, anchor, x, y, name]) => {
    const w = name!.length * 12 * em;
    const left = anchor === 'start' ? Number(x) : anchor === 'end' ? Number(x) - w : Number(x) - w / 2;
    return { name: name!, left, right: left + w, top: Number(y) - 7.2, bottom: Number(y) + 7.2 };
  });
}

function overlapping(boxes: { left: number; right: number; top: number; bottom: number }[]): number {
  let pairs = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5) pairs++;
    }
  }
  return pairs;
}

describe('niceDomain', () => {
  it('gives the domains Vega draws with nice: true (values from vega.scale("linear").nice())', () => {
    expect(niceDomain(0, 36.2)).toEqual([0, 40]);
    expect(niceDomain(0, 0.93)).toEqual([0, 1]);
    expect(niceDomain(139000, 597000)).toEqual([100000, 600000]);
    expect(niceDomain(278000, 590000)).toEqual([250000, 600000]);
    expect(niceDomain(0.0123, 0.0456)).toEqual([0.01, 0.05]);
    expect(niceDomain(-3.2, 7.9)).toEqual([-4, 8]);
    expect(niceDomain(0, 1234567)).toEqual([0, 1300000]);
  });

  it('linearScale maps the domain onto the pixels, inside the padding, y flipped', () => {
    const x = linearScale([3, 36.2], 560, { zero: true, nice: true, flip: false });
    expect(x.domain).toEqual([0, 40]);
    expect(x.toPixel(20)).toBe(280);
    const y = linearScale([2, 4], 100, { zero: false, nice: false, padding: 10, flip: true });
    expect([y.toPixel(2), y.toPixel(4)]).toEqual([90, 10]);
  });
});

describe('placeLabels', () => {
  it('keeps the preferred position for labels with room', () => {
    const points = [
      { x: 100, y: 100, text: 'ana' },
      { x: 300, y: 200, text: 'ben' },
    ];
    expect(placeLabels(points, OPTIONS)).toEqual([PREFERRED, PREFERRED]);
  });

  it('moves the labels of points on top of each other apart, near their point, the same way each time', () => {
    const points = ['emp-009', 'emp-022', 'emp-023', 'emp-011'].map((text, i) => ({ x: 400 + i, y: 300 - i, text }));
    const placed = placeLabels(points, OPTIONS);
    expect(new Set(placed.map((p) => JSON.stringify(p))).size).toBe(4);
    expect(placeLabels(points, OPTIONS)).toEqual(placed);
    for (const p of placed) expect(Math.abs(p.dy)).toBeLessThanOrEqual(50);
  });
});

describe('charts place their labels apart', () => {
  it('constraintVsEffectiveSize: three brokers at one point get three labels that do not overlap, where Vega draws them', async () => {
    const rows = [
      ...Array.from({ length: 50 }, (_, i) => ({ label: `p${i}`, constraint: (i % 10) / 10, effectiveSize: i % 7 })),
      ...['ana', 'ben', 'cy'].map((label) => ({ label, constraint: 0.05, effectiveSize: 20, highlight: true })),
    ];
    const labels = renderedLabels(await renderSvg(charts.constraintVsEffectiveSize(rows), 'c'), ['ana', 'ben', 'cy']);
    expect(labels.map((l) => l.name).sort()).toEqual(['ana', 'ben', 'cy']);
    expect(overlapping(labels)).toBe(0);
  });

  it('referralLenses: two leaders a few pixels apart get labels that do not overlap', async () => {
    const rows = [
      ...Array.from({ length: 40 }, (_, i) => ({ label: `p${i}`, conversion: 140_000 + i * 4000, novelty: 280_000 + i * 7000 })),
      { label: 'emp-009', conversion: 308_000, novelty: 573_000, highlight: true },
      { label: 'emp-026', conversion: 309_000, novelty: 566_000, highlight: true },
    ];
    const labels = renderedLabels(await renderSvg(charts.referralLenses(rows), 'r'), ['emp-009', 'emp-026']);
    expect(labels).toHaveLength(2);
    expect(overlapping(labels)).toBe(0);
  });

  it('groupNetwork: brokers stacked along one edge get labels that do not overlap', async () => {
    const nodes = [
      { group: 'Sales', x: 0, y: 10, people: 40, ei: 0.2 },
      { group: 'Customers', x: 0, y: 0, people: 300, ei: 0.8 },
      { group: 'Support', x: -8, y: 2, people: 30, ei: -0.1 },
    ];
    const brokers = ['emp-022', 'emp-023', 'emp-009', 'emp-011'].map((label, i) => ({ label, x: 0.05 * i, y: 8 - 0.3 * i }));
    const spec = charts.groupNetwork({ nodes, links: [{ source: 'Sales', target: 'Customers', ties: 250 }], brokers });
    const labels = renderedLabels(await renderSvg(spec, 'n'), ['emp-022', 'emp-023', 'emp-009', 'emp-011'], 0.62);
    expect(labels).toHaveLength(4);
    expect(overlapping(labels)).toBe(0);
  });
});
