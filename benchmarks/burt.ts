/**
 * Burt benchmark: constraint, effective size and hierarchy for everyone (the issue's target), and
 * the other Burt measures and ego betweenness, on the seeded benchmark graphs of BENCHMARKS.md,
 * from a prebuilt index.
 *
 *   npx tsx benchmarks/burt.ts                  # sizes S and M, 3 repeats
 *   npx tsx benchmarks/burt.ts --size M --repeats 5
 *
 * It prints figures and never asserts (it is not a test). The index is built straight from the
 * `generateGraph` arrays with `csrFromEdges` (no CSV, no graphology), and is not part of the
 * timings. Each public function is timed from the index to its `Record<node, number>` result (so
 * `index.collect` is included); the shared kernel pass is also timed alone. Each figure is the
 * median of `--repeats` runs after one warm-up run, as wall time and as CPU time (user + system)
 * of this process; the load average is printed before and after, since the machine is shared:
 * when other jobs keep both cores busy, wall time inflates far more than CPU time.
 *
 * Target (issue 4): constraint + effective size + hierarchy for everyone on M ≤ 4.5 s (igraph's C
 * constraint alone: 4.5–5.4 s on this machine; NetworkX about 13 h).
 *
 * @module
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { constraint } from '../src/brokerage/constraint.js';
import { effectiveSize } from '../src/brokerage/effective-size.js';
import { efficiency } from '../src/brokerage/efficiency.js';
import { egoBetweenness } from '../src/brokerage/ego-betweenness.js';
import { hierarchy } from '../src/brokerage/hierarchy.js';
import { redundancy } from '../src/brokerage/redundancy.js';
import { csrFromEdges, type CsrIndex } from '../src/core/csr.js';
import {
  BURT_CONSTRAINT,
  BURT_EFFECTIVE_SIZE,
  BURT_HIERARCHY,
  burtKernel,
  egoContacts,
} from '../src/core/ego.js';
import { BENCHMARK_SIZES, generateGraph, type BenchmarkSize } from './generate-graph.js';

const TARGETS: Record<string, Partial<Record<BenchmarkSize, string>>> = {
  'constraint + effectiveSize + hierarchy': { M: '≤ 4.5 s (igraph constraint alone 4.5–5.4 s)', S: '(igraph constraint alone 0.023 s)' },
  constraint: { M: 'igraph 4.5–5.4 s', S: 'igraph 0.023 s' },
};

function indexOf(size: BenchmarkSize, seed: number): CsrIndex {
  const { n, m } = BENCHMARK_SIZES[size];
  const g = generateGraph({ n, m, seed });
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
    sources: g.sources,
    targets: g.targets,
    strengths: g.weights,
    distances: null,
    strengthRule: 'sum',
  });
}

/** A timing: median wall time and median CPU time (user + system) in seconds. */
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

function sumDegreeSquared(index: CsrIndex): number {
  let s = 0;
  for (let v = 0; v < index.order; v++) s += index.degree(v) ** 2;
  return s;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      size: { type: 'string' },
      repeats: { type: 'string', default: '3' },
      seed: { type: 'string', default: '42' },
      'no-ego-betweenness': { type: 'boolean', default: false },
    },
  });
  const sizes: BenchmarkSize[] = values.size ? [values.size.toUpperCase() as BenchmarkSize] : ['S', 'M'];
  const repeats = Number(values.repeats);
  const seed = Number(values.seed);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}`);
  console.log(`load average before: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  for (const size of sizes) {
    const t0 = performance.now();
    const index = indexOf(size, seed);
    const buildSeconds = (performance.now() - t0) / 1000;
    console.log(
      `\nsize ${size}: ${index.order} people, ${index.size} ties, Σ deg² = ${sumDegreeSquared(index).toExponential(3)} ` +
        `(generated and indexed in ${buildSeconds.toFixed(2)} s, not timed below); median of ${repeats}`,
    );
    const rows: [string, Timing][] = [];
    const c = time(repeats, () => constraint(index));
    const es = time(repeats, () => effectiveSize(index));
    const h = time(repeats, () => hierarchy(index));
    rows.push(['constraint', c], ['effectiveSize', es], ['hierarchy', h]);
    rows.push(['constraint + effectiveSize + hierarchy', { wall: c.wall + es.wall + h.wall, cpu: c.cpu + es.cpu + h.cpu }]);
    rows.push([
      'one shared pass (burtKernel, all three)',
      time(repeats, () => burtKernel(egoContacts(index), 'whole', BURT_CONSTRAINT | BURT_EFFECTIVE_SIZE | BURT_HIERARCHY)),
    ]);
    rows.push(['efficiency', time(repeats, () => efficiency(index))]);
    rows.push(['redundancy', time(repeats, () => redundancy(index))]);
    rows.push(["constraint, model 'ego'", time(repeats, () => constraint(index, { model: 'ego' }))]);
    if (!values['no-ego-betweenness']) rows.push(['egoBetweenness', time(repeats, () => egoBetweenness(index))]);
    const width = Math.max(...rows.map(([name]) => name.length));
    console.log(`  ${'metric'.padEnd(width)}  ${'wall s'.padStart(7)}  ${'CPU s'.padStart(7)}`);
    for (const [name, t] of rows) {
      const target = TARGETS[name]?.[size];
      console.log(
        `  ${name.padEnd(width)}  ${t.wall.toFixed(3).padStart(7)}  ${t.cpu.toFixed(3).padStart(7)}${target ? `   target/peer: ${target}` : ''}`,
      );
    }
  }
  console.log(`\nload average after: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main();
