/**
 * Gould–Fernandez brokerage benchmark (issue 4, item 3): raw role counts on the seeded benchmark
 * graphs, from an index, next to the target (S ≤ 2 s; R sna 7.4 s, its C core about 0.8 s).
 *
 *   npx tsx benchmarks/brokerage.ts                 # sizes S and M, 5 repeats
 *   npx tsx benchmarks/brokerage.ts --size S --repeats 9 --permutations 100
 *
 * For each size: generate the graph (BENCHMARKS.md model, seed 42), build the CsrIndex straight
 * from the typed arrays with `csrFromEdges` (undirected, unweighted: G–F is binary), give every
 * person one of 20 groups uniformly at random (seeded), then time, each `--repeats` times
 * (median and min wall time):
 *
 *   kernel     `brokerageCounts` alone: the raw counts (the target);
 *   analytic   `brokerageRoles(index, { groups })`: counts + sna's analytic null model + the
 *              result objects (n × 6 scores);
 *   partial    `brokerageRoles(index, { groups, partialCredit: true, nullModel: 'none' })`;
 *   permute    `brokerageRoles(index, { groups, nullModel: 'permutation', permutations })`, once
 *              (`--permutations`, default 20; 0 skips it).
 *
 * It prints the machine and load average (the machine is shared: other jobs inflate figures) and
 * never asserts timings.
 *
 * @module
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { brokerageRoles } from '../src/brokerage/brokerage-roles.js';
import { brokerageCounts, brokerageScratch, ROLE_COLUMNS } from '../src/core/brokerage-kernel.js';
import { csrFromEdges, type CsrIndex } from '../src/core/csr.js';
import { createRng, randomInt } from '../src/core/random.js';
import { BENCHMARK_SIZES, generateGraph, type BenchmarkSize } from './generate-graph.js';

const GROUPS = 20;
const TARGET_S = 2; // seconds, issue 4
const SNA_S = 7.4; // seconds, R sna on S (BENCHMARKS.md)

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', multiple: true },
    repeats: { type: 'string', default: '5' },
    permutations: { type: 'string', default: '20' },
    seed: { type: 'string', default: '42' },
  },
});
const sizes = (args.size ?? ['S', 'M']) as BenchmarkSize[];
const repeats = Number(args.repeats);
const permutations = Number(args.permutations);
const seed = Number(args.seed);

function buildIndex(size: BenchmarkSize): CsrIndex {
  const { n, m } = BENCHMARK_SIZES[size];
  const g = generateGraph({ n, m, seed });
  const keys = Array.from({ length: n }, (_, i) => `p${i}`);
  const idOf = new Map(keys.map((k, i) => [k, i]));
  return csrFromEdges({
    directed: false,
    weighted: false,
    keys,
    idOf,
    m: g.m,
    sources: g.sources,
    targets: g.targets,
    strengths: new Float64Array(g.m).fill(1),
    distances: null,
    strengthRule: 'max',
  });
}

function time(fn: () => unknown, runs: number): { median: number; min: number } {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    t.push((performance.now() - start) / 1000);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)]!, min: t[0]! };
}

const fmt = (s: number) => `${s.toFixed(3)} s`;

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
console.log(`load average before: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);

for (const size of sizes) {
  const index = buildIndex(size);
  const rng = createRng(seed);
  const groupOf = new Int32Array(index.order);
  const groups: Record<string, string> = {};
  for (let v = 0; v < index.order; v++) {
    groupOf[v] = randomInt(rng, GROUPS);
    groups[index.keys[v]!] = `g${groupOf[v]}`;
  }
  let twoPaths = 0;
  for (let v = 0; v < index.order; v++) twoPaths += index.degree(v) * index.degree(v);
  console.log(`\nsize ${size}: ${index.order} people, ${index.size} ties (${2 * index.size} arcs), ${GROUPS} random groups, Σ deg² = ${twoPaths}`);

  const out = new Float64Array(index.order * ROLE_COLUMNS);
  const scratch = brokerageScratch(index.order);
  brokerageCounts(index, groupOf, false, out, scratch); // warm-up
  const kernel = time(() => brokerageCounts(index, groupOf, false, out, scratch), repeats);
  let total = 0;
  for (let v = 0; v < index.order; v++) total += out[v * ROLE_COLUMNS + 5]!;
  const target = size === 'S' ? `   target ≤ ${TARGET_S} s (R sna ${SNA_S} s): ${kernel.median <= TARGET_S ? 'met' : 'NOT met'}` : '';
  console.log(`  kernel (raw counts)        median ${fmt(kernel.median)}  min ${fmt(kernel.min)}  brokered ordered pairs ${total}${target}`);
  const analytic = time(() => brokerageRoles(index, { groups }), repeats);
  console.log(`  brokerageRoles analytic    median ${fmt(analytic.median)}  min ${fmt(analytic.min)}`);
  const partial = time(() => brokerageRoles(index, { groups, partialCredit: true, nullModel: 'none' }), repeats);
  console.log(`  brokerageRoles partial     median ${fmt(partial.median)}  min ${fmt(partial.min)}`);
  if (permutations > 0) {
    const permuted = time(() => brokerageRoles(index, { groups, nullModel: 'permutation', permutations }), 1);
    console.log(`  permutation (${permutations} runs)      ${fmt(permuted.median)}  (${fmt(permuted.median / (permutations + 1))} per count)`);
  }
}
console.log(`\nload average after: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
