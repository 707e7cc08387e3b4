/**
 * Key-person risk and customer coverage benchmark (issue 5, items 5 and 6), from an index, next
 * to the target: keyPersonRisk for all 10,000 people of S ≤ 30 s.
 *
 *   npx tsx benchmarks/key-person.ts                  # sizes S and M, 3 repeats
 *   npx tsx benchmarks/key-person.ts --size S --repeats 5 --distance 3
 *
 * For each size: generate the graph (BENCHMARKS.md model, seed 42), build the CsrIndex straight
 * from the typed arrays with `csrFromEdges` (undirected, lognormal strengths), then time (median
 * and min wall time of `--repeats` runs):
 *
 *   default      `keyPersonRisk(index)`: ΔF, articulation points, pieces, exclusive brokerage and
 *                ego betweenness for everyone (the target; no customers);
 *   customers    `keyPersonRisk(index, { kinds, accounts })` with a seeded 20 % of the people made
 *                customer contacts in accounts of about 5 (Jenks strong-tie rule);
 *   coverage     `customerCoverage(index, { kinds, accounts })` on the same split;
 *   distance     `keyPersonRisk(index, { distanceWeighted: true, nodes })` for `--distance` people
 *                (default 2 on S, 0 on M), once, with the per-person cost (O(n·m) each).
 *
 * It prints the machine and load average (2 cores shared with other engineers: other jobs
 * inflate figures) and never asserts timings.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { createRng, randomInt } from '../src/core/random.js';
import { customerCoverage } from '../src/customers/customer-coverage.js';
import { keyPersonRisk } from '../src/reach/key-person-risk.js';
import type { BenchmarkSize } from './generate-graph.js';
import { benchmarkIndex, loadLine, machineLine, median, time as timeRuns } from './harness.js';

const TARGET_S = 30; // seconds, issue 5: keyPersonRisk for all 10,000 people of S

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', multiple: true },
    repeats: { type: 'string', default: '3' },
    distance: { type: 'string' },
    seed: { type: 'string', default: '42' },
  },
});
const sizes = (args.size ?? ['S', 'M']) as BenchmarkSize[];
const repeats = Number(args.repeats);
const seed = Number(args.seed);

/** Median and min wall seconds of `runs` runs of `fn`. */
function time(fn: () => unknown, runs: number): { median: number; min: number } {
  const { wall } = timeRuns(runs, () => {
    fn();
    return '';
  });
  return { median: median(wall), min: Math.min(...wall) };
}

const fmt = (s: number) => `${s.toFixed(3)} s`;

console.log(`machine: ${machineLine()}`);
console.log(`load average before: ${loadLine()}`);

for (const size of sizes) {
  const index = benchmarkIndex(size, seed);
  console.log(`\nsize ${size}: ${index.order} people, ${index.size} ties`);
  keyPersonRisk(index); // warm-up
  const base = time(() => keyPersonRisk(index), repeats);
  const r = keyPersonRisk(index);
  const people = Object.values(r.people);
  const points = people.filter((p) => p.articulationPoint).length;
  const exclusive = people.reduce((s, p) => s + p.exclusiveBrokerage, 0);
  const target = size === 'S' ? `   target ≤ ${TARGET_S} s: ${base.median <= TARGET_S ? 'met' : 'NOT met'}` : '';
  console.log(`  keyPersonRisk (everyone)        median ${fmt(base.median)}  min ${fmt(base.min)}  F = ${r.fragmentation.toFixed(6)}, ${points} articulation points, Σ exclusive pairs ${exclusive}${target}`);

  // A seeded fifth of the people become customer contacts, in accounts of about 5.
  const rng = createRng(seed);
  const kinds: Record<string, string> = {};
  const accounts: Record<string, string> = {};
  const accountCount = Math.max(1, Math.round(index.order / 25));
  for (const key of index.keys) {
    if (rng() < 0.2) {
      kinds[key] = 'customer';
      accounts[key] = `acct${randomInt(rng, accountCount)}`;
    } else {
      kinds[key] = 'employee';
    }
  }
  const withCustomers = time(() => keyPersonRisk(index, { kinds, accounts }), repeats);
  const rc = keyPersonRisk(index, { kinds, accounts });
  const holders = Object.values(rc.people).filter((p) => p.accountsLeftWithoutStrongTie.length > 0).length;
  console.log(`  keyPersonRisk (+ customers)     median ${fmt(withCustomers.median)}  min ${fmt(withCustomers.min)}  ${holders} people hold an account alone`);
  const coverage = time(() => customerCoverage(index, { kinds, accounts }), repeats);
  const cov = customerCoverage(index, { kinds, accounts });
  const single = cov.accounts.filter((a) => a.singleThreaded).length;
  console.log(`  customerCoverage                median ${fmt(coverage.median)}  min ${fmt(coverage.min)}  ${cov.accounts.length} accounts, ${single} single-threaded, threshold ${cov.threshold.toFixed(4)}`);

  const k = Number(args.distance ?? (size === 'S' ? 2 : 0));
  if (k > 0) {
    const nodes = index.keys.slice(0, k) as string[];
    const dist = time(() => keyPersonRisk(index, { distanceWeighted: true, nodes }), 1);
    console.log(`  distanceWeighted, ${k} people     ${fmt(dist.median)}  (baseline D_F + ${k} removals; ≈ ${fmt(dist.median / (k + 1))} per all-pairs pass, so everyone ≈ ${((dist.median / (k + 1)) * index.order / 3600).toFixed(1)} h)`);
  }
}
console.log(`\nload average after: ${loadLine()}`);
