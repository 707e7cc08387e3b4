/**
 * The thread runtime (issue 9): worker start-up cost, and for each heavy metric the time the
 * calling thread is blocked (the longest gap between two turns of its event loop) with the
 * synchronous function and with its `…Async` twin, next to both wall times.
 *
 *   npm run build && npx tsx benchmarks/runtime.ts            # M graph (S for closeness)
 *   npx tsx benchmarks/runtime.ts --size S                    # everything on S
 *   npx tsx benchmarks/runtime.ts --only betweenness,constraint
 *
 * Uses dist/ when present (like ingest.ts): the workers then start from dist/worker.js.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { benchmarkIndex, loadLine, machineLine } from './harness.js';

const args = process.argv.slice(2);
const argOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const size = (argOf('--size') ?? 'M') as 'S' | 'M';
const only = argOf('--only')?.split(',');
const distUrl = new URL('../dist/index.js', import.meta.url);
const useDist = existsSync(distUrl) && !args.includes('--src');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const lib: any = useDist ? await import(distUrl.href) : await import('../src/index.js');

console.log(machineLine());
console.log(loadLine());
console.log(`library: ${useDist ? 'dist/index.js (workers from dist/worker.js)' : 'sources through tsx (workers through tsx)'}`);

// --- worker start-up -----------------------------------------------------------------------
async function startup(entry: URL, label: string, repeats = 5): Promise<void> {
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
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
  console.log(`worker start-up to first result (${label}): median ${times[repeats >> 1]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms`);
}
if (existsSync(new URL('../dist/worker.js', import.meta.url))) await startup(new URL('../dist/worker.js', import.meta.url), 'dist/worker.js');
await startup(new URL('../src/runtime/worker-tsx.mjs', import.meta.url), 'sources through tsx', 3);

// --- blocking ------------------------------------------------------------------------------
/** Runs `fn` and returns its wall time and the longest event-loop gap meanwhile (ms). */
async function measure(fn: () => unknown): Promise<{ wall: number; block: number }> {
  let last = performance.now();
  let block = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    block = Math.max(block, now - last);
    last = now;
  }, 1);
  await new Promise((r) => setTimeout(r, 5));
  last = performance.now();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  block = Math.max(block, performance.now() - last);
  clearInterval(timer);
  return { wall, block };
}

console.log(`building the ${size} index …`);
const index = benchmarkIndex(size);
const small = size === 'S' ? index : benchmarkIndex('S');
const cases: [string, string, unknown, object][] = [
  ['betweenness', 'betweenness, 256 sampled sources, unweighted', index, { samples: 256, getEdgeDistance: null }],
  ['kStepReach', '2-step reach, everyone', index, { k: 2 }],
  ['constraint', 'constraint, everyone', index, {}],
  ['neighborhoodOverlap', 'neighbourhood overlap, every tie', index, {}],
  ['keyPersonRisk', 'keyPersonRisk, everyone', index, {}],
  ['communities', 'communities (Louvain)', index, {}],
  ['reachEfficiency', 'reach efficiency, everyone', index, {}],
  ['closeness', 'closeness, everyone (S)', small, {}],
  ['edgeBetweenness', 'edge betweenness, 64 sampled sources (S)', small, { samples: 64 }],
];
// neighborhoodOverlapAsync is not in the package's barrel yet: from the sources then (imported here, not timed).
const tiesTwins = (await import('../src/ties/ties-async.js')) as Record<string, unknown>;
console.log(`\n| metric | size | sync: wall = blocked | async: wall | async: event loop blocked at most |`);
console.log(`|---|---|---|---|---|`);
for (const [name, label, input, options] of cases) {
  if (only && !only.includes(name)) continue;
  const sync = await measure(() => lib[name](input, options));
  const twin = lib[`${name}Async`] ?? tiesTwins[`${name}Async`];
  const async = await measure(() => (twin as (i: unknown, o: object) => Promise<unknown>)(input, options));
  const sizeOf = input === index ? size : 'S';
  console.log(`| ${label} | ${sizeOf} | ${(sync.wall / 1000).toFixed(2)} s | ${(async.wall / 1000).toFixed(2)} s | ${async.block.toFixed(0)} ms |`);
}
console.log(loadLine());
