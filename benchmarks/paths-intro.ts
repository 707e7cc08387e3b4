/**
 * Warm-introduction benchmark: wall time of introductionPaths (k = 5, Yen's algorithm, both
 * objectives, with and without a hop cap) between seeded random pairs on the S and M graphs of
 * BENCHMARKS.md, and of recommendIntroductions on S. Prints, never asserts (not a test).
 *
 * Target (goal-directed spur searches): on M, k = 5, at most 1 s per call for 'product' and a
 * few seconds for 'bottleneck'. Before them (one full label-setting search per spur node), the
 * medians on M were 3.9 s ('product') and 15.5 s ('bottleneck'; 11.3 s with maxHops 4), load
 * average about 3.5 on 2 shared cores.
 *
 *   npx tsx benchmarks/paths-intro.ts              # S and M
 *   npx tsx benchmarks/paths-intro.ts --pairs 20   # pairs per size [10]
 *   npx tsx benchmarks/paths-intro.ts --no-m       # S only
 *
 * The index is built straight from `generateGraph` arrays with `csrFromEdges` (no graphology), the
 * generator's lognormal weights as strengths (p = s / s_max). The machine is shared: the load
 * average is printed before and after.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import type { CsrIndex } from '../src/core/csr.js';
import { createRng, DEFAULT_SEED, randomInt } from '../src/core/random.js';
import { introductionPaths } from '../src/paths/introduction-paths.js';
import { recommendIntroductions } from '../src/recommend/recommend-introductions.js';
import { BENCHMARK_SIZES, type BenchmarkSize } from './generate-graph.js';
import { benchmarkIndex, loadLine, median } from './harness.js';

function line(label: string, seconds: number[], note = ''): void {
  const total = seconds.reduce((a, b) => a + b, 0);
  console.log(
    `${label.padEnd(64)} median ${(median(seconds) * 1000).toFixed(1).padStart(8)} ms  max ${(Math.max(...seconds) * 1000).toFixed(1).padStart(8)} ms  total ${total.toFixed(2).padStart(6)} s  ${note}`,
  );
}

/** The target printed next to a line (M only; S has none). */
const TARGETS: Record<'product' | 'bottleneck', string> = { product: 'target ≤ 1 s', bottleneck: 'target ≤ a few s' };

function pathsOn(size: BenchmarkSize, index: CsrIndex, pairs: number): void {
  const rng = createRng(DEFAULT_SEED);
  const chosen: [string, string][] = [];
  for (let i = 0; i < pairs; i++) chosen.push([index.keys[randomInt(rng, index.order)]!, index.keys[randomInt(rng, index.order)]!]);
  const { n, m } = BENCHMARK_SIZES[size];
  for (const objective of ['product', 'bottleneck'] as const) {
    for (const maxHops of [Infinity, 4]) {
      const times: number[] = [];
      let hops = 0;
      let found = 0;
      for (const [from, to] of chosen) {
        const t0 = performance.now();
        const paths = introductionPaths(index, from, to, { limit: 5, objective, maxHops });
        times.push((performance.now() - t0) / 1000);
        found += paths.length;
        for (const p of paths) hops += p.hops;
      }
      const cap = maxHops === Infinity ? '' : `, maxHops ${maxHops}`;
      const target = size === 'M' ? `; ${TARGETS[objective]}` : '';
      line(`introductionPaths k=5 ${objective}${cap}, ${size} (${n} people, ${m} ties)`, times, `${found} paths, mean ${(hops / Math.max(1, found)).toFixed(1)} hops, ${pairs} pairs${target}`);
    }
  }
}

async function recommendOn(index: CsrIndex, people: number): Promise<void> {
  const rng = createRng(DEFAULT_SEED + 1);
  const chosen = Array.from({ length: people }, () => index.keys[randomInt(rng, index.order)]!);
  // Lifetime values for referral value: one person in ten is a customer worth 1…1000.
  const values: Record<string, number> = {};
  for (let v = 0; v < index.order; v++) if (rng() < 0.1) values[index.keys[v]!] = 1 + Math.floor(rng() * 1000);
  for (const [objective, maxDistance, extra] of [
    ['constraint', 3, {}],
    ['reach', 3, {}],
    ['referralValue', 2, { referralValue: { runs: 100, values } }],
  ] as const) {
    const times: number[] = [];
    let candidates = 0;
    const list = objective === 'referralValue' ? chosen.slice(0, 2) : chosen;
    for (const person of list) {
      const t0 = performance.now();
      const recs = await recommendIntroductions(index, person, { objective, maxHops: maxDistance, limit: 100000, ...extra });
      times.push((performance.now() - t0) / 1000);
      candidates += recs.length;
    }
    const what = objective === 'referralValue' ? ' (100 runs)' : '';
    line(`recommendIntroductions ${objective}${what}, maxHops ${maxDistance}, S`, times, `${(candidates / list.length).toFixed(0)} candidates per person, ${list.length} people`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { pairs: { type: 'string', default: '10' }, 'no-m': { type: 'boolean', default: false } } });
  const pairs = Number(values.pairs);
  console.log(`Node ${process.version}; load average ${loadLine()}`);
  let t0 = performance.now();
  const s = benchmarkIndex('S');
  console.log(`built S index in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  pathsOn('S', s, pairs);
  await recommendOn(s, 5);
  if (!values['no-m']) {
    t0 = performance.now();
    const m = benchmarkIndex('M');
    console.log(`built M index in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
    pathsOn('M', m, Math.max(3, Math.floor(pairs / 2)));
  }
  console.log(`load average after: ${loadLine()}`);
}

await main();
