/**
 * Disparity benchmark: the disparity score of every tie, the backbone, tie churn between two
 * snapshots and multiplex fusion, on the seeded benchmark graphs of BENCHMARKS.md, from a
 * prebuilt index; graphology-metrics' disparity on the same graph as the peer figure.
 *
 *   npx tsx benchmarks/disparity.ts                  # sizes S and M, 3 repeats
 *   npx tsx benchmarks/disparity.ts --size M --repeats 5 --no-peer
 *
 * It prints figures and never asserts (it is not a test). Indexes are built straight from the
 * `generateGraph` arrays with `csrFromEdges` (no CSV, no graphology) and are not part of the
 * timings. Each public function is timed from the index to its result: `disparityFilter(index)`
 * includes building one `{ source, target, value }` object per tie; the kernel alone
 * (`disparityScores`, a Float64Array by tie id) is timed too. The "after" snapshot of `tieChurn`
 * is the same graph with 10% of its ties dropped, the others' strengths scaled by a random factor
 * in [0.5, 2], and 10% new ties; `combineRelations` fuses those two snapshots as two layers (into a
 * graphology graph on S only: on M building the graph alone takes tens of seconds). Each figure is the median of `--repeats` runs after one warm-up,
 * as wall time and as CPU time (user + system) of this process; the load average is printed
 * before and after, since the machine is shared.
 *
 * Target: the issue sets none for disparity; for scale, its target for overlap and embeddedness
 * of every tie on M is ≤ 0.5 s.
 *
 * @module
 */
import * as graphologyDisparity from 'graphology-metrics/edge/disparity.js';
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { csrFromEdges, type CsrIndex } from '../src/core/csr.js';
import { disparityScores } from '../src/core/disparity.js';
import { createRng } from '../src/core/random.js';
import { combineRelations } from '../src/ties/combine-relations.js';
import { disparityBackbone } from '../src/ties/disparity-backbone.js';
import { disparityFilter } from '../src/ties/disparity-filter.js';
import { tieChurn } from '../src/ties/tie-churn.js';
import { BENCHMARK_SIZES, generateGraph, type BenchmarkGraph, type BenchmarkSize } from './generate-graph.js';

type GraphologyDisparity = (graph: AbstractGraph) => Record<string, number>;
const peerDisparity: GraphologyDisparity =
  (graphologyDisparity as unknown as { default?: GraphologyDisparity }).default ??
  (graphologyDisparity as unknown as GraphologyDisparity);

function indexFrom(n: number, m: number, sources: Uint32Array, targets: Uint32Array, weights: Float64Array): CsrIndex {
  const keys = new Array<string>(n);
  const idOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    keys[i] = `p${i}`;
    idOf.set(keys[i]!, i);
  }
  return csrFromEdges({
    directed: false,
    weighted: true,
    keys,
    idOf,
    m,
    sources: sources.slice(0, m),
    targets: targets.slice(0, m),
    strengths: weights.slice(0, m),
    distances: null,
    strengthRule: 'sum',
  });
}

/** The "after" snapshot: 90% of the ties kept with strengths × U[0.5, 2], plus 10% new random ties. */
function perturbed(g: BenchmarkGraph, seed: number): CsrIndex {
  const rng = createRng(seed);
  const { n, m } = g;
  const extra = Math.floor(m / 10);
  const sources = new Uint32Array(m + extra);
  const targets = new Uint32Array(m + extra);
  const weights = new Float64Array(m + extra);
  let e = 0;
  for (let t = 0; t < m; t++) {
    if (rng() < 0.1) continue;
    sources[e] = g.sources[t]!;
    targets[e] = g.targets[t]!;
    weights[e++] = g.weights[t]! * (0.5 + 1.5 * rng());
  }
  for (let k = 0; k < extra; k++) {
    sources[e] = Math.floor(rng() * n);
    targets[e] = Math.floor(rng() * n);
    weights[e++] = 1;
  }
  return indexFrom(n, e, sources, targets, weights);
}

interface Timing {
  wall: number;
  cpu: number;
}

/** Median wall and CPU time of `repeats` runs after one warm-up. */
function time(repeats: number, run: () => unknown): Timing {
  run();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    walls.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1e6);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  return { wall: median(walls), cpu: median(cpus) };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      size: { type: 'string' },
      repeats: { type: 'string', default: '3' },
      seed: { type: 'string', default: '42' },
      'no-peer': { type: 'boolean', default: false },
    },
  });
  const sizes: BenchmarkSize[] = values.size ? [values.size.toUpperCase() as BenchmarkSize] : ['S', 'M'];
  const repeats = Number(values.repeats);
  const seed = Number(values.seed);
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
  console.log(`load average before: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  for (const size of sizes) {
    const { n, m } = BENCHMARK_SIZES[size];
    const t0 = performance.now();
    const g = generateGraph({ n, m, seed });
    const index = indexFrom(n, m, g.sources, g.targets, g.weights);
    const after = perturbed(g, seed + 1);
    console.log(
      `\nsize ${size}: ${index.order} people, ${index.size} ties (after: ${after.size}); generated and indexed in ` +
        `${((performance.now() - t0) / 1000).toFixed(2)} s, not timed below; median of ${repeats}`,
    );
    const rows: [string, Timing, string?][] = [];
    rows.push(['disparityScores kernel (Float64Array by tie)', time(repeats, () => disparityScores(index)), size === 'M' ? 'no target (overlap target on M: ≤ 0.5 s)' : undefined]);
    rows.push(['disparityFilter(index) (objects per tie)', time(repeats, () => disparityFilter(index))]);
    const backbone = disparityBackbone(index, { alpha: 0.05 });
    rows.push([`disparityBackbone(index, α 0.05) (${backbone.kept} kept)`, time(repeats, () => disparityBackbone(index, { alpha: 0.05 }))]);
    const churn = tieChurn(index, after);
    rows.push([
      `tieChurn(index, after) (${churn.counts.bridgesBefore} bridges, ${churn.counts.bridgesLost} lost)`,
      time(repeats, () => tieChurn(index, after)),
    ]);
    rows.push(["combineRelations({ a, b }, { as: 'index' })", time(repeats, () => combineRelations({ a: index, b: after }, { as: 'index' }))]);
    if (size === 'S') rows.push(['combineRelations({ a, b }) → graphology graph', time(repeats, () => combineRelations({ a: index, b: after }))]);
    if (!values['no-peer']) {
      const t1 = performance.now();
      const graph = new UndirectedGraph();
      for (let v = 0; v < n; v++) graph.addNode(index.keys[v]!);
      for (let t = 0; t < index.size; t++) {
        graph.addEdge(index.keys[index.tieSources[t]!]!, index.keys[index.tieTargets[t]!]!, { weight: index.tieStrengths[t]! });
      }
      console.log(`  (graphology graph built in ${((performance.now() - t1) / 1000).toFixed(2)} s, not timed)`);
      rows.push(['peer: graphology-metrics edge.disparity(graph)', time(repeats, () => peerDisparity(graph))]);
      rows.push(['disparityFilter(graph) (same graph, index built inside)', time(repeats, () => disparityFilter(graph))]);
    }
    const width = Math.max(...rows.map(([name]) => name.length));
    console.log(`  ${'metric'.padEnd(width)}  ${'wall s'.padStart(7)}  ${'CPU s'.padStart(7)}`);
    for (const [name, t, note] of rows) {
      console.log(`  ${name.padEnd(width)}  ${t.wall.toFixed(3).padStart(7)}  ${t.cpu.toFixed(3).padStart(7)}${note ? `   ${note}` : ''}`);
    }
  }
  console.log(`\nload average after: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main();
