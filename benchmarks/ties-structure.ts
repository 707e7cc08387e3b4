/**
 * Structural tie-measure benchmark: embeddedness, neighborhoodOverlap, neighborhoodJaccard,
 * bridges and localBridges on the seeded BENCHMARKS.md graphs (sizes S and M), from a prebuilt
 * index, next to the target and the peer figures of BENCHMARKS.md; then bridges and
 * localBridges on a path of 1,000,000 nodes (999,999 ties, every one a bridge), the case that
 * breaks a recursive depth-first search.
 *
 *   npx tsx benchmarks/ties-structure.ts                 # sizes S and M, then the path
 *   npx tsx benchmarks/ties-structure.ts --size M --repeats 5
 *
 * It prints figures and never asserts (it is not a test). The graph is generated with
 * `generateGraph` (seed 42) and indexed straight from its arrays with `csrFromEdges`, as
 * `buildIndex` does: once with distances of 1 (hops, as `getEdgeDistance: null`) and once without
 * distances (spans then use 1/strength, the library default). Each row is timed `--repeats`
 * times (default 3; the local-bridge rows on M once unless `--span-repeats N`): wall time (median
 * and min) and CPU time (user + system; above wall time means a second thread, e.g. the garbage
 * collector). "kernel" rows time the typed-array work alone; the public functions add building
 * one `{ source, target, value }` object per tie. The load average is printed before and after:
 * the machine is shared, and other jobs inflate the figures.
 *
 * Options: `--size S|M|both` (default both), `--repeats N` (3), `--seed N` (42),
 * `--span-repeats N` (the repeats of the localBridges rows on M; default 1; 0 skips them on
 * every size), `--path N` (nodes
 * of the path graph; default 1,000,000; 0 skips it).
 *
 * @module
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { bridgeTies } from '../src/core/bridges.js';
import { csrFromEdges, type CsrIndex } from '../src/core/csr.js';
import { commonNeighborCounts, overlapFromCommon } from '../src/core/overlap.js';
import { undirectedTies } from '../src/core/undirected-ties.js';
import { bridges } from '../src/ties/bridges.js';
import { embeddedness } from '../src/ties/embeddedness.js';
import { localBridges } from '../src/ties/local-bridges.js';
import { neighborhoodJaccard } from '../src/ties/neighborhood-jaccard.js';
import { neighborhoodOverlap } from '../src/ties/neighborhood-overlap.js';
import { BENCHMARK_SIZES, generateGraph, type BenchmarkSize } from './generate-graph.js';
import { loadLine, median, time, type Timing } from './harness.js';

/** Indexes an undirected edge list (the arrays are copied: csrFromEdges uses its input as scratch). */
function indexOf(n: number, m: number, sources: Uint32Array, targets: Uint32Array, weights: Float64Array, hops: boolean): CsrIndex {
  const keys = Array.from({ length: n }, (_, i) => `p${i}`);
  return csrFromEdges({
    directed: false,
    weighted: true,
    keys,
    idOf: new Map(keys.map((k, i) => [k, i])),
    m,
    sources: sources.slice(0, m),
    targets: targets.slice(0, m),
    strengths: weights.slice(0, m),
    distances: hops ? new Float64Array(m).fill(1) : null,
    strengthRule: 'sum',
  });
}

const TARGETS: Record<string, Partial<Record<BenchmarkSize, string>>> = {
  'embeddedness kernel (projection + common neighbours)': { M: 'target ≤ 0.5 s' },
  'overlap kernel (+ O_ij)': { M: 'target ≤ 0.5 s; graph-tool 0.41 s (2 threads) / 0.65 s, igraph 1.28 s, NetworkX 6.2 s, graphology 7.3 s' },
  'embeddedness(index), public': { M: 'target ≤ 0.5 s' },
  'neighborhoodOverlap(index), public': { M: 'target ≤ 0.5 s; peers as above' },
  'bridges kernel (iterative Tarjan)': { M: 'igraph/graph-tool components ≈ 0.06 s (BENCHMARKS.md, for scale)' },
};

function table(rows: [string, Timing][], size: BenchmarkSize | 'path'): void {
  const header = ['step', 'median s', 'min s', 'CPU s', 'result', 'target / peers'];
  const body = rows.map(([name, t]) => [
    name,
    median(t.wall).toFixed(3),
    Math.min(...t.wall).toFixed(3),
    median(t.cpu).toFixed(3),
    t.note,
    size === 'path' ? '' : (TARGETS[name]?.[size] ?? ''),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i >= 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(fmt(row));
}

function spanSummary(spans: { span: number }[]): string {
  let infinite = 0;
  let finite = 0;
  let max = 0;
  for (const { span } of spans) {
    if (span === Infinity) infinite++;
    else {
      finite++;
      if (span > max) max = span;
    }
  }
  return `${spans.length.toLocaleString('en')} local bridges (${infinite.toLocaleString('en')} global, ${finite.toLocaleString('en')} finite, max ${max.toFixed(2)})`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'both' },
      repeats: { type: 'string', default: '3' },
      seed: { type: 'string', default: '42' },
      'span-repeats': { type: 'string' },
      path: { type: 'string', default: '1000000' },
    },
  });
  const sizes: BenchmarkSize[] = values.size === 'both' ? ['S', 'M'] : [values.size.toUpperCase() as BenchmarkSize];
  const repeats = Number(values.repeats);
  const seed = Number(values.seed);
  const pathNodes = Number(values.path);
  const cpus = os.cpus();
  console.log('structural tie measures benchmark (embeddedness, neighborhoodOverlap, neighborhoodJaccard, bridges, localBridges)');
  console.log(`machine   ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}`);
  console.log(`load avg  ${loadLine()} (1 / 5 / 15 min) before`);

  for (const size of sizes) {
    const { n, m } = BENCHMARK_SIZES[size];
    const t0 = performance.now();
    const g = generateGraph({ n, m, seed });
    const hopsIndex = indexOf(g.n, g.m, g.sources, g.targets, g.weights, true);
    const index = indexOf(g.n, g.m, g.sources, g.targets, g.weights, false);
    console.log(
      `\n${size}: ${n.toLocaleString('en')} people, ${m.toLocaleString('en')} ties; graph and two indexes built in ` +
        `${((performance.now() - t0) / 1000).toFixed(2)} s`,
    );
    const spanRepeats = values['span-repeats'] !== undefined ? Number(values['span-repeats']) : size === 'M' ? 1 : repeats;
    const rows: [string, Timing][] = [];
    rows.push([
      'embeddedness kernel (projection + common neighbours)',
      time(repeats, () => `${commonNeighborCounts(undirectedTies(index)).length.toLocaleString('en')} ties`),
    ]);
    rows.push([
      'overlap kernel (+ O_ij)',
      time(repeats, () => {
        const ties = undirectedTies(index);
        return `${overlapFromCommon(ties, commonNeighborCounts(ties)).length.toLocaleString('en')} ties`;
      }),
    ]);
    rows.push(['embeddedness(index), public', time(repeats, () => `${embeddedness(index).length.toLocaleString('en')} ties`)]);
    rows.push(['neighborhoodOverlap(index), public', time(repeats, () => {
      const r = neighborhoodOverlap(index);
      let zero = 0;
      for (const t of r) if (t.value === 0) zero++;
      return `${r.length.toLocaleString('en')} ties, ${zero.toLocaleString('en')} with overlap 0`;
    })]);
    rows.push(['neighborhoodJaccard(index), public', time(repeats, () => `${neighborhoodJaccard(index).length.toLocaleString('en')} ties`)]);
    rows.push([
      'bridges kernel (iterative Tarjan)',
      time(repeats, () => {
        const b = bridgeTies(undirectedTies(index));
        let count = 0;
        for (let t = 0; t < b.length; t++) count += b[t]!;
        return `${count.toLocaleString('en')} bridges`;
      }),
    ]);
    rows.push(['bridges(index), public', time(repeats, () => `${bridges(index).length.toLocaleString('en')} bridges`)]);
    if (spanRepeats > 0) {
      rows.push(['localBridges(index), hops (bidirectional BFS)', time(spanRepeats, () => spanSummary(localBridges(hopsIndex)))]);
      rows.push(['localBridges(index), 1/strength (bidirectional Dijkstra)', time(spanRepeats, () => spanSummary(localBridges(index)))]);
    }
    table(rows, size);
  }

  if (pathNodes > 1) {
    const t0 = performance.now();
    const sources = new Uint32Array(pathNodes - 1);
    const targets = new Uint32Array(pathNodes - 1);
    for (let i = 0; i < pathNodes - 1; i++) {
      sources[i] = i;
      targets[i] = i + 1;
    }
    const weights = new Float64Array(pathNodes - 1).fill(1);
    const path = indexOf(pathNodes, pathNodes - 1, sources, targets, weights, false);
    console.log(
      `\npath: ${pathNodes.toLocaleString('en')} nodes, ${(pathNodes - 1).toLocaleString('en')} ties (a DFS ${pathNodes.toLocaleString('en')} deep); ` +
        `index built in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
    );
    const rows: [string, Timing][] = [];
    rows.push([
      'bridges kernel (iterative Tarjan)',
      time(repeats, () => {
        const b = bridgeTies(undirectedTies(path));
        let count = 0;
        for (let t = 0; t < b.length; t++) count += b[t]!;
        return `${count.toLocaleString('en')} bridges`;
      }),
    ]);
    rows.push(['bridges(index), public', time(repeats, () => `${bridges(path).length.toLocaleString('en')} bridges`)]);
    rows.push(['localBridges(index)', time(repeats, () => spanSummary(localBridges(path)))]);
    table(rows, 'path');
  }
  console.log(`\nload avg  ${loadLine()} (1 / 5 / 15 min) after`);
}

main();
