/**
 * The thread runtime (issue 9): worker start-up cost; for each heavy metric the time the calling
 * thread is blocked with the synchronous function and with its `…Async` twin (the longest event
 * loop delay, from `perf_hooks.monitorEventLoopDelay`, and the longest gap between two 1 ms
 * timer ticks), next to both wall times; and how a graphology graph (not an index) is best sent
 * to a worker.
 *
 *   npx tsx benchmarks/runtime.ts                               # everything, M graph (S where noted)
 *   npx tsx benchmarks/runtime.ts --only betweenness,keyPersonRisk
 *   npx tsx benchmarks/runtime.ts --size S                      # everything on S
 *   npx tsx benchmarks/runtime.ts --transfer                    # only the graph-transfer comparison
 *   npx tsx benchmarks/runtime.ts --dist                        # the built package (npm run build first)
 *
 * By default the library runs from the sources and its workers from the worker entry bundled
 * once with tsup into a temporary directory (as the tests do), so that a stale dist/ is never
 * measured. Each figure is the best of `--repeats` runs (default 2) and the load average is
 * printed next to it: the machine is shared, and other jobs inflate wall times (blocking times
 * much less).
 */
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { generateGraph, BENCHMARK_SIZES } from './generate-graph.js';
import { benchmarkIndex, loadLine, machineLine } from './harness.js';
import { bundledWorker } from '../test/runtime/bundled-worker.js';
import { setWorkerEntry } from '../src/runtime/spawn.js';
import { graphFromColumns, graphToColumns } from '../src/runtime/columns.js';
import { toIndex } from '../src/core/build-index.js';

const args = process.argv.slice(2);
const argOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const size = (argOf('--size') ?? 'M') as 'S' | 'M';
const only = argOf('--only')?.split(',');
const repeats = Number(argOf('--repeats') ?? 2);
const useDist = args.includes('--dist') && existsSync(new URL('../dist/index.js', import.meta.url));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const lib: any = useDist ? await import(new URL('../dist/index.js', import.meta.url).href) : await import('../src/index.js');
const load = (): string => os.loadavg()[0]!.toFixed(1);

console.log(machineLine());
console.log(loadLine());
if (!useDist) setWorkerEntry(await bundledWorker());
console.log(`library: ${useDist ? 'dist/index.js (workers from dist/worker.js)' : 'sources through tsx, workers from the entry bundled with tsup'}`);

// --- worker start-up -----------------------------------------------------------------------
async function startup(entry: URL, label: string, count = 5): Promise<void> {
  const times: number[] = [];
  for (let r = 0; r < count; r++) {
    const t0 = performance.now();
    const worker = new Worker(entry, {
      execArgv: [],
      workerData: { kind: 'tiestrength/worker', mode: 'messages', task: 'test/sum', data: { n: 1 } },
    });
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
      worker.postMessage(0);
    });
    times.push(performance.now() - t0);
    await worker.terminate();
  }
  times.sort((a, b) => a - b);
  console.log(`worker start-up to first result (${label}): median ${times[count >> 1]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms (load ${load()})`);
}

// --- blocking ------------------------------------------------------------------------------
interface Measure {
  wall: number;
  /** Longest event-loop delay seen by monitorEventLoopDelay (ms). */
  delay: number;
  /** Longest gap between two ticks of a 1 ms interval (ms). */
  gap: number;
}

/** Runs `fn` and returns its wall time and how long the event loop was blocked at most meanwhile. */
async function measure(fn: () => unknown): Promise<Measure> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let last = performance.now();
  let gap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 1);
  await new Promise((r) => setTimeout(r, 20));
  histogram.enable();
  last = performance.now();
  gap = 0;
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  gap = Math.max(gap, performance.now() - last);
  await new Promise((r) => setTimeout(r, 5));
  histogram.disable();
  clearInterval(timer);
  return { wall, delay: histogram.max / 1e6, gap };
}

async function best(fn: () => unknown): Promise<Measure> {
  let out: Measure | null = null;
  for (let r = 0; r < repeats; r++) {
    const m = await measure(fn);
    out = out === null ? m : { wall: Math.min(out.wall, m.wall), delay: Math.min(out.delay, m.delay), gap: Math.min(out.gap, m.gap) };
  }
  return out!;
}

function company(n: number, m: number): { index: unknown; groups: Record<string, number>; kinds: Record<string, string>; accounts: Record<string, string>; engagement: Record<string, number>; after: unknown } {
  const g = generateGraph({ n, m });
  const keys = Array.from({ length: n }, (_, i) => `p${i}`);
  const index = benchmarkIndex(n === BENCHMARK_SIZES.M.n ? 'M' : 'S');
  const after = benchmarkIndex(n === BENCHMARK_SIZES.M.n ? 'M' : 'S', 43);
  const groups: Record<string, number> = {};
  const kinds: Record<string, string> = {};
  const accounts: Record<string, string> = {};
  const engagement: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    groups[keys[i]!] = g.community[i]!;
    kinds[keys[i]!] = i % 5 === 0 ? 'customer' : 'employee';
    if (i % 5 === 0) accounts[keys[i]!] = `a${Math.floor(i / 25)}`;
    engagement[keys[i]!] = ((i * 7919) % 100) / 20;
  }
  return { index, groups, kinds, accounts, engagement, after };
}

async function blocking(): Promise<void> {
  console.log(`\nbuilding the ${size} index and node data …`);
  const big = company(BENCHMARK_SIZES[size].n, BENCHMARK_SIZES[size].m);
  const small = size === 'S' ? big : company(BENCHMARK_SIZES.S.n, BENCHMARK_SIZES.S.m);
  const last = `p${BENCHMARK_SIZES[size].n - 1}`;
  const { groups, kinds, accounts, engagement } = big;
  // [name, label, input, extra arguments, options, size label]
  const cases: [string, string, unknown, unknown[], object, 'M' | 'S'][] = [
    ['betweenness', 'betweenness, 256 sampled sources, unweighted', big.index, [], { samples: 256, getEdgeDistance: null }, size],
    ['edgeBetweenness', 'edge betweenness, 64 sampled sources', big.index, [], { samples: 64, getEdgeDistance: null }, size],
    ['closeness', 'closeness, everyone (S)', small.index, [], {}, 'S'],
    ['harmonicCloseness', 'harmonic closeness, everyone (S)', small.index, [], {}, 'S'],
    ['kStepReach', '2-step reach, everyone', big.index, [], { k: 2 }, size],
    ['constraint', 'constraint, everyone', big.index, [], {}, size],
    ['effectiveSize', 'effective size, everyone', big.index, [], {}, size],
    ['redundancy', 'redundancy, everyone', big.index, [], {}, size],
    ['neighborhoodOverlap', 'neighbourhood overlap, every tie', big.index, [], {}, size],
    ['keyPersonRisk', 'keyPersonRisk, everyone', big.index, [], {}, size],
    ['communities', 'communities', big.index, [], {}, size],
    ['reachEfficiency', 'reach efficiency, everyone', big.index, [], {}, size],
    ['distanceWeightedReach', 'distance-weighted reach, everyone (S; O(n m) on M)', small.index, [], {}, 'S'],
    ['localBridges', 'local bridges (S)', small.index, [], {}, 'S'],
    ['percolationCurve', 'percolation curve, 20 steps', big.index, [], {}, size],
    ['bridges', 'bridges', big.index, [], {}, size],
    ['classifyTies', 'classifyTies (Jenks)', big.index, [], {}, size],
    ['disparityFilter', 'disparity filter', big.index, [], {}, size],
    ['tieChurn', 'tie churn between two snapshots', big.index, [big.after], {}, size],
    ['overlapStrengthCorrelation', 'overlap–strength correlation', big.index, [], {}, size],
    ['strongTriadicClosureViolations', 'strong triadic closure violations', big.index, [], {}, size],
    ['siloReport', 'silo report (planted communities as groups)', big.index, [], { groups }, size],
    ['eiIndex', 'E-I index, 100 permutations', big.index, [], { groups, permutations: 100 }, size],
    ['groupMixingMatrix', 'group mixing matrix', big.index, [], { groups }, size],
    ['modularity', 'modularity of the groups', big.index, [], { groups }, size],
    ['bridgingTies', 'bridging ties', big.index, [], { groups }, size],
    ['describeNetwork', 'describeNetwork with groups', big.index, [], { groups }, size],
    ['introductionPaths', 'introduction paths, one pair', big.index, ['p1', last], {}, size],
    ['customerCoverage', 'customer coverage (every 5th person a customer)', big.index, [], { kinds, accounts }, size],
    ['groupDistanceWeightedReach', 'group distance-weighted reach, 50 people', big.index, [Array.from({ length: 50 }, (_, i) => `p${i}`)], {}, size],
    ['engagementExposure', 'engagement exposure', big.index, [], { engagement, engagementThreshold: 2.5 }, size],
  ];
  const floor = await best(() => new Promise((r) => setTimeout(r, 3000)));
  console.log(`noise floor: event loop delay while idle for 3 s, at the same load: ${floor.delay.toFixed(0)} ms (load ${load()})`);
  console.log(`\n| metric | size | sync: wall = blocked | async: wall | async: event loop blocked at most (delay / timer gap) | load |`);
  console.log(`|---|---|---|---|---|---|`);
  for (const [name, label, input, extra, options, sizeOf] of cases) {
    if (only && !only.includes(name)) continue;
    const sync = await best(() => lib[name](input, ...extra, options));
    const twin = lib[`${name}Async`] as (...a: unknown[]) => Promise<unknown>;
    const async = await best(() => twin(input, ...extra, options));
    console.log(
      `| ${label} | ${sizeOf} | ${(sync.wall / 1000).toFixed(2)} s | ${(async.wall / 1000).toFixed(2)} s | ${async.delay.toFixed(0)} / ${async.gap.toFixed(0)} ms | ${load()} |`,
    );
  }
}

// --- a graph (not an index) crossing to a worker ---------------------------------------------
async function transfer(): Promise<void> {
  const { n, m } = BENCHMARK_SIZES[size];
  console.log(`\nbuilding the ${size} graphology graph (${n} people, ${m} ties) …`);
  const g = generateGraph({ n, m });
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`p${i}`, { department: `d${g.community[i]! % 20}` });
  for (let t = 0; t < g.m; t++) graph.addEdge(`p${g.sources[t]}`, `p${g.targets[t]}`, { weight: g.weights[t]! });
  console.log(`| how | calling thread blocked at most | elapsed | worker rebuilds | load |`);
  console.log(`|---|---|---|---|---|`);
  const row = (how: string, m: Measure, rebuild: string): void =>
    console.log(`| ${how} | ${m.delay.toFixed(0)} ms | ${m.wall.toFixed(0)} ms | ${rebuild} | ${load()} |`);
  // (a) graph.export() and its structured clone (what postMessage does with it), in one piece.
  row('graph.export() + structured clone (before)', await best(() => structuredClone((graph as AbstractGraph).export())), 'graph.import(): graphology');
  // (b) the CsrIndex built here (toIndex), its arrays copied to shared memory.
  row('toIndex on the calling thread, arrays shared', await best(() => toIndex(graph, undefined, 'bench')), 'nothing (but attributes are lost)');
  // (d) columns in slices (the runtime's choice), then the structured clone of the columns with transfer.
  let cloned: unknown = null;
  const sliced = await best(async () => {
    const list: ArrayBuffer[] = [];
    const columns = await graphToColumns(graph as AbstractGraph, list);
    cloned = structuredClone(columns, { transfer: list });
  });
  const t0 = performance.now();
  graphFromColumns(cloned as never, UndirectedGraph as never);
  const rebuild = performance.now() - t0;
  row('columns in slices + transfer (now)', sliced, `${rebuild.toFixed(0)} ms (timed here; in the runtime it runs in the worker)`);
}

if (!only && !args.includes('--transfer')) {
  if (useDist && existsSync(new URL('../dist/worker.js', import.meta.url))) await startup(new URL('../dist/worker.js', import.meta.url), 'dist/worker.js');
  await startup(await bundledWorker(), 'the entry bundled with tsup');
  await startup(new URL('../src/runtime/worker-tsx.mjs', import.meta.url), 'sources through tsx', 3);
}
if (!args.includes('--transfer')) await blocking();
if (!only || args.includes('--transfer')) await transfer();
console.log(loadLine());
