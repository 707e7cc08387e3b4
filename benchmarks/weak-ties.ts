/**
 * Weak-ties benchmark: percolationCurve (every order), overlapStrengthCorrelation, classifyTies
 * (every method) and strongTriadicClosureViolations on the seeded BENCHMARKS.md graphs, from a
 * prebuilt index, next to the issue's target (a 20-step percolation curve on M ≤ 2 s).
 *
 *   npx tsx benchmarks/weak-ties.ts                 # sizes S and M
 *   npx tsx benchmarks/weak-ties.ts --size M --repeats 5
 *
 * It prints figures and never asserts (it is not a test). Everything runs in this one process: the
 * graph is generated with `generateGraph` (seed 42) and the index built straight from its arrays
 * with `csrFromEdges` (as `buildIndex` does). Each step is timed `--repeats` times (default 3):
 * wall time (median and min) and CPU time (user + system, median; above wall time means a second
 * thread, e.g. the garbage collector). The percolation curve is also split into its parts (the
 * removal order, the union–find sweep). The load average is printed before and after: the machine
 * is shared, and other jobs inflate the figures.
 *
 * Options: `--size S|M|both` (default both), `--repeats N` (3), `--seed N` (42), `--steps N` (20).
 *
 * @module
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { csrFromEdges, type CsrIndex } from '../src/core/csr.js';
import { percolationSweep } from '../src/core/percolation.js';
import { createRng } from '../src/core/random.js';
import { undirectedTies } from '../src/core/undirected-ties.js';
import { classifyTies } from '../src/ties/classify-ties.js';
import { overlapStrengthCorrelation } from '../src/ties/overlap-strength-correlation.js';
import { percolationCurve, removalOrder, type PercolationOrder } from '../src/ties/percolation-curve.js';
import { strongTriadicClosureViolations } from '../src/ties/strong-triadic-closure.js';
import { BENCHMARK_SIZES, generateGraph, type BenchmarkSize } from './generate-graph.js';
import { loadLine, median, time, type Timing } from './harness.js';

function indexOf(size: BenchmarkSize, seed: number): CsrIndex {
  const g = generateGraph({ ...BENCHMARK_SIZES[size], seed });
  const keys = Array.from({ length: g.n }, (_, i) => `p${i}`);
  const idOf = new Map(keys.map((k, i) => [k, i]));
  return csrFromEdges({
    directed: false,
    weighted: true,
    keys,
    idOf,
    m: g.m,
    sources: g.sources,
    targets: g.targets,
    strengths: g.weights,
    distances: null,
    strengthRule: 'sum',
  });
}

const TARGETS: Record<string, Partial<Record<BenchmarkSize, string>>> = {
  'percolationCurve weakFirst': { M: 'issue 3: ≤ 2 s (20 steps, from an index); no peer implements it' },
  'percolationCurve overlapAsc': { M: 'issue 3: ≤ 2 s; overlap alone: graph-tool 0.41 s, igraph 1.28 s' },
  '  of which: union–find sweep': { M: 'connected components once: igraph 0.066 s, graph-tool 0.060 s' },
};

function main(): void {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'both' },
      repeats: { type: 'string', default: '3' },
      seed: { type: 'string', default: '42' },
      steps: { type: 'string', default: '20' },
    },
  });
  const sizes: BenchmarkSize[] = values.size === 'both' ? ['S', 'M'] : [values.size.toUpperCase() as BenchmarkSize];
  const repeats = Number(values.repeats);
  const seed = Number(values.seed);
  const steps = Number(values.steps);
  const cpus = os.cpus();
  console.log('weak-ties benchmark (percolationCurve, overlapStrengthCorrelation, classifyTies, strongTriadicClosureViolations)');
  console.log(`machine   ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}`);
  console.log(`load avg  ${loadLine()} (1 / 5 / 15 min) before`);

  for (const size of sizes) {
    const { n, m } = BENCHMARK_SIZES[size];
    const t0 = performance.now();
    const index = indexOf(size, seed);
    console.log(
      `\n${size}: ${n.toLocaleString('en')} people, ${m.toLocaleString('en')} ties; index built in ${((performance.now() - t0) / 1000).toFixed(2)} s; ${steps} steps`,
    );
    const rows: [string, Timing][] = [];
    const fallsApart = (order: PercolationOrder) => {
      const curve = percolationCurve(index, { order, steps });
      const at = curve.find((p) => p.giantComponentFraction < 0.5);
      return `R_GC < 0.5 at f = ${at ? at.removedFraction.toFixed(2) : '—'}; R_GC(0.5) = ${curve[Math.floor(steps / 2)]!.giantComponentFraction.toFixed(3)}`;
    };
    for (const order of ['weakFirst', 'strongFirst', 'random', 'overlapAsc', 'overlapDesc'] as const) {
      rows.push([`percolationCurve ${order}`, time(repeats, () => fallsApart(order))]);
    }
    const ties = undirectedTies(index);
    rows.push([
      '  of which: weakFirst order (shuffle + sort)',
      time(repeats, () => `${removalOrder(ties, 'weakFirst', createRng(42)).length.toLocaleString('en')} ties ordered`),
    ]);
    const order = removalOrder(ties, 'weakFirst', createRng(42));
    rows.push([
      '  of which: union–find sweep',
      time(repeats, () => `R_GC(0) = ${percolationSweep(index.order, ties.tieSources, ties.tieTargets, order, steps).giant[0]!.toFixed(4)}`),
    ]);
    rows.push([
      'overlapStrengthCorrelation',
      time(repeats, () => {
        const r = overlapStrengthCorrelation(index);
        return `ρ ${r.rho.toFixed(4)}, ⟨O⟩ decile 1 ${r.deciles[0]!.meanOverlap.toFixed(4)}, decile 10 ${r.deciles[9]!.meanOverlap.toFixed(4)}`;
      }),
    ]);
    let gfThreshold = Number.NaN;
    for (const method of ['quantile', 'jenks', 'granovetterFreeman'] as const) {
      rows.push([
        `classifyTies ${method} (+ ties array)`,
        time(repeats, () => {
          const r = classifyTies(index, { method });
          if (method === 'granovetterFreeman') gfThreshold = r.threshold;
          return `ℓ ${r.threshold.toFixed(3)}, ${r.counts.strong.toLocaleString('en')} strong${r.violations === null ? '' : `, V ${r.violations}`}`;
        }),
      ]);
    }
    rows.push([
      'strongTriadicClosureViolations at ℓ(GF)',
      time(repeats, () => `${strongTriadicClosureViolations(index, { strongTies: gfThreshold }).length} triads`),
    ]);
    rows.push([
      'strongTriadicClosureViolations at q(0.9)',
      time(repeats, () => {
        const { threshold } = classifyTies(index, { method: 'quantile', quantile: 0.9 });
        return `${strongTriadicClosureViolations(index, { strongTies: threshold }).length.toLocaleString('en')} triads (incl. classify)`;
      }),
    ]);

    const header = ['step', 'median s', 'min s', 'CPU s', 'result', 'target / peers'];
    const body = rows.map(([name, t]) => [name, median(t.wall).toFixed(3), Math.min(...t.wall).toFixed(3), median(t.cpu).toFixed(3), t.note, TARGETS[name]?.[size] ?? '']);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
    const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 || i >= 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
    console.log(fmt(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of body) console.log(fmt(row));
  }
  console.log(`\nload avg  ${loadLine()} (1 / 5 / 15 min) after`);
}

main();
