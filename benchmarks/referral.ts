/**
 * Diffusion and referral-value benchmark: wall time of independentCascade, referralValue and
 * influenceMaximization on the seeded benchmark graphs of BENCHMARKS.md, next to the target of
 * issue 5 (independent cascade, 10,000 runs from one seed on S ≤ 5 s). Prints figures and never
 * asserts (not a test).
 *
 *   npx tsx benchmarks/referral.ts            # S and M
 *   npx tsx benchmarks/referral.ts --no-m     # S only
 *
 * The index is built straight from `generateGraph` arrays with `csrFromEdges` (no graphology),
 * with the generator's lognormal(0, 1) weights as strengths, so the default probability
 * p = s / s_max is small on most ties (s_max ≈ 70 on S). Each call goes through the public
 * wrapper on the index; `threads: 1` rows stay on this thread, the others use `'auto'` (worker
 * threads when the work is estimated above 0.25 s). The seed person is the best-connected one
 * (the largest cascades). CPU time counts every thread of the process; the machine is shared, so
 * the load average is printed before and after.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import type { CsrIndex } from '../src/core/csr.js';
import { independentCascade } from '../src/referral/independent-cascade.js';
import { influenceMaximization } from '../src/referral/influence-maximization.js';
import { referralValue } from '../src/referral/referral-value.js';
import { benchmarkIndex, loadLine, machineLine, startClock } from './harness.js';

const TARGET_IC_S = 5;

async function time<T>(label: string, run: () => Promise<T>, describe: (result: T) => string, target?: number): Promise<T> {
  const stop = startClock();
  const result = await run();
  const { wall: seconds, cpu } = stop();
  let line = `${label.padEnd(78)} ${seconds.toFixed(2).padStart(7)} s wall ${cpu.toFixed(2).padStart(7)} s CPU  ${describe(result)}`;
  if (target !== undefined) line += `   target ≤ ${target} s: ${seconds <= target ? 'met' : 'NOT met'}`;
  console.log(line);
  return result;
}

/** The node with the most ties. */
function hub(index: CsrIndex): string {
  let best = 0;
  for (let v = 1; v < index.order; v++) if (index.degree(v) > index.degree(best)) best = v;
  return index.keys[best]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'no-m': { type: 'boolean', default: false } } });
  console.log(machineLine());
  console.log(`load average before: ${loadLine()}`);

  const s = benchmarkIndex('S');
  const seed = hub(s);
  console.log(`S: ${s.order} people, ${s.size} ties; seed ${seed} (degree ${s.degree(s.id(seed))})`);
  const reach = (r: { expectedReach: number; standardError: number }) => `σ = ${r.expectedReach.toFixed(3)} ± ${r.standardError.toFixed(3)}`;
  await time('independentCascade, 10,000 runs, 1 seed, S, default p = s/s_max, 1 thread', () => independentCascade(s, [seed], { runs: 10_000, threads: 1 }), reach, TARGET_IC_S);
  await time('independentCascade, 10,000 runs, 1 seed, S, default p = s/s_max, auto', () => independentCascade(s, [seed], { runs: 10_000 }), reach, TARGET_IC_S);
  await time("independentCascade, 10,000 runs, 1 seed, S, 'weightedCascade', 1 thread", () => independentCascade(s, [seed], { runs: 10_000, probability: 'weightedCascade', threads: 1 }), reach);
  await time('independentCascade, 10,000 runs, 1 seed, S, p = 0.1 (supercritical), 1 thread', () => independentCascade(s, [seed], { runs: 10_000, probability: 0.1, threads: 1 }), reach);
  await time('independentCascade, 10,000 runs, 1 seed, S, p = 0.1 (supercritical), auto', () => independentCascade(s, [seed], { runs: 10_000, probability: 0.1 }), reach);

  const values100: Record<string, number> = {};
  for (let v = 0; v < s.order; v++) values100[s.keys[v]!] = (v * 7919) % 1000;
  const people = s.keys.slice(0, 100);
  const rv = (r: Record<string, { value: number }>) => `RV(${people[0]}) = ${r[people[0]!]!.value.toFixed(1)}`;
  await time('referralValue, 100 people × 1000 runs, S, novelty localBridge, 1 thread', () => referralValue(s, { values: values100, nodes: people, novelty: 'localBridge', threads: 1 }), rv);
  await time('referralValue, 100 people × 1000 runs, S, novelty community (Louvain), auto', () => referralValue(s, { values: values100, nodes: people }), rv);
  await time("referralValue, 100 people × 1000 runs, S, 'weightedCascade', localBridge, auto", () => referralValue(s, { values: values100, nodes: people, probability: 'weightedCascade', novelty: 'localBridge' }), rv);
  await time('referralValue, 1 person × 1000 runs, S (the recommendIntroductions call)', () => referralValue(s, { values: values100, nodes: [seed], novelty: 'localBridge' }), (r) => `RV = ${r[seed]!.value.toFixed(1)}`);
  await time('referralValue, everyone (10,000) × 1000 runs, S, localBridge, auto', () => referralValue(s, { values: values100, novelty: 'localBridge' }), rv);
  await time('influenceMaximization, seedCount = 5, 200 runs, S, default p, auto', () => influenceMaximization(s, { seedCount: 5, runs: 200 }), (r) => `spread ${r.spread.toFixed(2)}, ${r.evaluations} evaluations`);
  await time('influenceMaximization, seedCount = 5, 200 runs, S, weightedCascade, auto', () => influenceMaximization(s, { seedCount: 5, runs: 200, probability: 'weightedCascade' }), (r) => `spread ${r.spread.toFixed(2)}, ${r.evaluations} evaluations`);

  if (!values['no-m']) {
    const m = benchmarkIndex('M');
    const seedM = hub(m);
    console.log(`M: ${m.order} people, ${m.size} ties; seed ${seedM} (degree ${m.degree(m.id(seedM))})`);
    await time('independentCascade, 300 runs, 1 seed, M, default p, auto', () => independentCascade(m, [seedM], { runs: 300 }), reach);
    await time("independentCascade, 300 runs, 1 seed, M, 'weightedCascade', auto", () => independentCascade(m, [seedM], { runs: 300, probability: 'weightedCascade' }), reach);
    await time('independentCascade, 300 runs, 1 seed, M, p = 0.1 (supercritical), 1 thread', () => independentCascade(m, [seedM], { runs: 300, probability: 0.1, threads: 1 }), reach);
    await time('independentCascade, 300 runs, 1 seed, M, p = 0.1 (supercritical), auto', () => independentCascade(m, [seedM], { runs: 300, probability: 0.1 }), reach);
  }
  console.log(`load average after: ${loadLine()}`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();
