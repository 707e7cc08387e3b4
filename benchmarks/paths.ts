/**
 * Path-centrality benchmark: wall time of betweenness (exact and sampled), edge betweenness,
 * closeness and harmonic closeness on the seeded benchmark graphs of BENCHMARKS.md, next to the
 * targets of issue 4. Prints figures and never asserts (not a test).
 *
 *   npx tsx benchmarks/paths.ts                 # S exact + M sampled (the targets)
 *   npx tsx benchmarks/paths.ts --all           # also weighted runs and closeness / harmonic on S
 *   npx tsx benchmarks/paths.ts --sources 512   # pivots for the sampled runs [256]
 *
 * The index is built straight from `generateGraph` arrays with `csrFromEdges` (no CSV, no
 * graphology), unweighted (every strength 1, so distances are hops and the kernels run BFS), or
 * with the generator's lognormal weights as strengths (distance 1/strength, Dijkstra) for the
 * weighted rows. CPU time counts every thread of the process. Each metric runs once, through its public wrapper on the index (which spreads
 * large jobs over worker threads, one per core, here 2), and betweenness also through the
 * kernel restricted to this thread (`threads: 1`), for the single-thread figure. The machine is
 * shared, so the load average is printed before and after.
 *
 * @module
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { csrFromEdges, type CsrIndex } from '../src/core/csr.js';
import { betweenness } from '../src/centrality/betweenness.js';
import { drawPivots } from '../src/centrality/path-options.js';
import { brandesSums } from '../src/core/brandes.js';
import { createRng, DEFAULT_SEED } from '../src/core/random.js';
import { edgeBetweenness } from '../src/centrality/edge-betweenness.js';
import { closeness } from '../src/centrality/closeness.js';
import { harmonicCloseness } from '../src/centrality/harmonic-closeness.js';
import { BENCHMARK_SIZES, generateGraph, type BenchmarkSize } from './generate-graph.js';

/** Targets of issue 4 and the peer figures of BENCHMARKS.md (seconds). */
const TARGETS = Object.freeze({
  exactS: { target: 14, peers: 'igraph 13.8 s, graph-tool 15.0 s (2 cores), graphology-metrics 38 s' },
  sampledM: { target: 10, peers: 'graph-tool 10.4 s (2 cores) / 18.8 s (1), graphology 33 s, NetworkX 80 s' },
});

function buildIndex(size: BenchmarkSize, weighted: boolean): CsrIndex {
  const { n, m } = BENCHMARK_SIZES[size];
  const g = generateGraph({ n, m });
  const keys = Array.from({ length: n }, (_, i) => `p${i}`);
  const idOf = new Map(keys.map((k, i) => [k, i]));
  return csrFromEdges({
    directed: false,
    weighted,
    keys,
    idOf,
    m: g.m,
    sources: g.sources,
    targets: g.targets,
    strengths: weighted ? g.weights : new Float64Array(g.m).fill(1),
    distances: null,
    strengthRule: 'sum',
  });
}

function time<T>(label: string, run: () => T, target?: { target: number; peers: string }): T {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = run();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  let line = `${label.padEnd(72)} ${seconds.toFixed(2).padStart(7)} s wall ${cpuSeconds.toFixed(2).padStart(7)} s CPU`;
  if (target) line += `   target ≤ ${target.target} s: ${seconds <= target.target ? 'met' : 'NOT met'}  (${target.peers})`;
  console.log(line);
  return result;
}

function load(): string {
  return os.loadavg().map((x) => x.toFixed(2)).join(' ');
}

function main(): void {
  const { values } = parseArgs({
    options: { all: { type: 'boolean', default: false }, sources: { type: 'string', default: '256' } },
  });
  const k = Number(values.sources);
  console.log(`${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}`);
  console.log(`load average before: ${load()}`);

  const s = buildIndex('S', false);
  console.log(`S: ${s.order} people, ${s.size} ties (unweighted: BFS)`);
  const hops = { slots: null, inSlots: null, unit: 1 };
  time('betweenness, exact, unweighted, S, single thread (kernel)', () =>
    brandesSums(s, hops, { sources: null, nodes: true, ties: false, endpoints: false, threads: 1 }),
  TARGETS.exactS);
  time('betweenness, exact, unweighted, S, worker threads (public)', () => betweenness(s), TARGETS.exactS);
  if (values.all) {
    time('edgeBetweenness, exact, unweighted, S', () => edgeBetweenness(s));
    time('closeness, unweighted, S', () => closeness(s));
    time('harmonicCloseness, unweighted, S', () => harmonicCloseness(s));
    const sw = buildIndex('S', true);
    time('betweenness, exact, weighted (d = 1/strength), S', () => betweenness(sw));
    time('closeness, weighted, S', () => closeness(sw));
  }

  const m = buildIndex('M', false);
  console.log(`M: ${m.order} people, ${m.size} ties (unweighted: BFS)`);
  const pivots = drawPivots(m.order, k, createRng(DEFAULT_SEED));
  time(`betweenness, ${k} sampled sources, unweighted, M, single thread (kernel)`, () =>
    brandesSums(m, hops, { sources: pivots, nodes: true, ties: false, endpoints: false, threads: 1 }),
  TARGETS.sampledM);
  time(`betweenness, ${k} sampled sources, unweighted, M, worker threads (public)`, () =>
    betweenness(m, { samples: k }),
  TARGETS.sampledM);
  if (values.all) {
    const mw = buildIndex('M', true);
    time(`betweenness, ${k} sampled sources, weighted (d = 1/strength), M`, () => betweenness(mw, { samples: k }));
  }
  console.log(`load average after: ${load()}`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main();
