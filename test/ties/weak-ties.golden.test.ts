/**
 * classifyTies, strongTriadicClosureViolations, percolationCurve and overlapStrengthCorrelation
 * against golden values written by test/golden/generate_weak_ties.py (NetworkX 2.8.8, SciPy
 * 1.10, NumPy; brute force where no peer exists) into test/fixtures/golden/<metric>.<graph>.json.
 * Counts must match exactly, real values to a relative 1e-9; a JSON `null` stands for `NaN`.
 *
 * The percolation references rebuild the removal order with a Python port of the library's sfc32
 * generator and recompute the components from scratch at every step, so they check the order
 * convention (sort by key, equal keys in a seeded shuffle of the tie ids) and the union–find sweep.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AbstractGraph } from 'graphology-types';
import { buildIndex } from '../../src/core/build-index.js';
import { manufacturingEmail } from '../../src/datasets/manufacturing-email.js';
import { classifyTies, type ClassifyTiesMethod } from '../../src/ties/classify-ties.js';
import { overlapStrengthCorrelation, type OverlapStrengthCorrelation } from '../../src/ties/overlap-strength-correlation.js';
import { percolationCurve, type PercolationOrder, type PercolationPoint } from '../../src/ties/percolation-curve.js';
import { strongTriadicClosureViolations } from '../../src/ties/strong-triadic-closure.js';
import { FIXTURES, fixtureGraph } from '../fixtures/graphs.js';

const RTOL = 1e-9;
const GRAPHS = [...FIXTURES, 'manufacturing-email'] as const;
type Projection = 'any' | 'mutual';

interface Golden<Case> {
  provenance: { generator: string; graph: { name: string; directed: boolean } };
  cases: Case[];
}

type Nullable<T> = { [K in keyof T]: T[K] extends number ? number | null : T[K] };

function golden<Case>(metric: string, graph: string): Golden<Case> | null {
  try {
    return JSON.parse(readFileSync(new URL(`../fixtures/golden/${metric}.${graph}.json`, import.meta.url), 'utf8')) as Golden<Case>;
  } catch {
    return null;
  }
}

function graphOf(name: (typeof GRAPHS)[number]): AbstractGraph {
  return name === 'manufacturing-email' ? (manufacturingEmail() as unknown as AbstractGraph) : fixtureGraph(name);
}

/** `actual` equals `expected` to a relative 1e-9 (`null` means `NaN`). */
function close(actual: number, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNaN();
    return;
  }
  const scale = Math.max(1, Math.abs(expected));
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(RTOL * scale);
}

describe.each(GRAPHS)('weak-ties golden values on %s', (name) => {
  it('overlapStrengthCorrelation matches scipy.stats.spearmanr and rankdata deciles', () => {
    const file = golden<{ projection: Projection; values: Nullable<OverlapStrengthCorrelation> & { deciles: Nullable<OverlapStrengthCorrelation['deciles'][number]>[] } }>(
      'overlap-strength-correlation',
      name,
    )!;
    expect(file.provenance.generator).toBe('test/golden/generate_weak_ties.py');
    for (const { projection, values } of file.cases) {
      const got = overlapStrengthCorrelation(graphOf(name), { projection });
      close(got.rho, values.rho, `${projection} rho`);
      expect([got.ties, got.excluded]).toEqual([values.ties, values.excluded]);
      expect(got.deciles).toHaveLength(10);
      got.deciles.forEach((d, i) => {
        const e = values.deciles[i]!;
        expect([d.decile, d.ties]).toEqual([e.decile, e.ties]);
        close(d.minStrength, e.minStrength, `decile ${d.decile} min`);
        close(d.maxStrength, e.maxStrength, `decile ${d.decile} max`);
        close(d.meanStrength, e.meanStrength, `decile ${d.decile} mean strength`);
        close(d.meanOverlap, e.meanOverlap, `decile ${d.decile} mean overlap`);
      });
    }
  });

  it('classifyTies matches numpy.percentile, the exact Jenks optimum and the brute-force Granovetter–Freeman threshold', () => {
    const file = golden<{
      projection: Projection;
      method: ClassifyTiesMethod;
      params: Record<string, number>;
      threshold: number | null;
      counts: { strong: number; weak: number };
      violations: number | null;
    }>('classify-ties', name)!;
    for (const c of file.cases) {
      const got = classifyTies(graphOf(name), { method: c.method, projection: c.projection, ...c.params });
      close(got.threshold, c.threshold, `${c.method} ${JSON.stringify(c.params)} threshold`);
      expect(got.counts).toEqual(c.counts);
      expect(got.violations).toBe(c.violations);
    }
  });

  it('strongTriadicClosureViolations lists the brute-force forbidden triads', () => {
    const file = golden<{ projection: Projection; isStrong: number; triads: [string, string, string][] }>('strong-triadic-closure', name);
    if (file === null) return; // not generated for the e-mail data (tens of thousands of triads)
    for (const c of file.cases) {
      const got = strongTriadicClosureViolations(graphOf(name), { strongTies: c.isStrong, projection: c.projection });
      expect(got.map((t) => [t.node, ...t.pair])).toEqual(c.triads);
    }
  });

  it('percolationCurve matches components recomputed by NetworkX at every step, with the same seeded order', () => {
    const file = golden<{ projection: Projection; order: PercolationOrder; steps: number; seed: number; points: PercolationPoint[] }>(
      'percolation-curve',
      name,
    )!;
    const graph = graphOf(name);
    for (const c of file.cases) {
      const got = percolationCurve(graph, { order: c.order, steps: c.steps, seed: c.seed, projection: c.projection });
      expect(got).toHaveLength(c.points.length);
      got.forEach((p, i) => {
        const e = c.points[i]!;
        const what = `${c.projection} ${c.order} steps ${c.steps} seed ${c.seed} point ${i}`;
        expect(p.removedTies, what).toBe(e.removedTies);
        close(p.removedFraction, e.removedFraction, what);
        close(p.giantComponentFraction, e.giantComponentFraction, what);
        close(p.susceptibility, e.susceptibility, what);
      });
    }
  });

  it('gives the same values from a prebuilt index', () => {
    const graph = graphOf(name);
    const index = buildIndex(graph);
    expect(overlapStrengthCorrelation(index)).toEqual(overlapStrengthCorrelation(graph));
    expect(percolationCurve(index, { order: 'overlapAsc' })).toEqual(percolationCurve(graph, { order: 'overlapAsc' }));
    const fromIndex = classifyTies(index, { method: 'granovetterFreeman' });
    expect(fromIndex).toEqual(classifyTies(graph, { method: 'granovetterFreeman' }));
    expect(fromIndex.ties).toHaveLength(index.directed ? fromIndex.ties.length : index.size);
  });
});
