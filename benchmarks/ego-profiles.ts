/**
 * Ego-profile benchmark (issue 5, items 7 and 8): diversityBandwidth for everyone (both diversity
 * measures), engagementExposure for everyone, and moderatelyWeakTies for the best-connected
 * person, on the seeded benchmark graphs of BENCHMARKS.md, from a prebuilt index.
 *
 *   npx tsx benchmarks/ego-profiles.ts                  # sizes S and M, 3 repeats
 *   npx tsx benchmarks/ego-profiles.ts --size M --repeats 5
 *
 * It prints figures and never asserts (it is not a test). The index is built straight from the
 * `generateGraph` arrays with `csrFromEdges` (no CSV, no graphology) and is not timed. Engagement
 * scores are seeded integers 1–5 (`createRng`), one person in ten unscored; threshold 3. Each
 * figure is the median of `--repeats` runs after one warm-up, wall and CPU time (user + system);
 * the load average is printed before and after, since the machine is shared (2 cores).
 *
 * Target: the issue sets none for these; the Burt kernel (constraint for everyone on M) is the
 * reference: ≤ 4.5 s (igraph's C constraint alone 4.5–5.4 s on this machine).
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { diversityBandwidth } from '../src/brokerage/diversity-bandwidth.js';
import { createRng } from '../src/core/random.js';
import { engagementExposure } from '../src/engagement/engagement-exposure.js';
import { moderatelyWeakTies } from '../src/ties/moderately-weak-ties.js';
import type { BenchmarkSize } from './generate-graph.js';
import { benchmarkIndex, loadLine, machineLine, median, time as timeRuns } from './harness.js';

const TARGETS: Record<string, Partial<Record<BenchmarkSize, string>>> = {
  "diversityBandwidth (diversity 'constraint')": { M: 'no target; constraint for everyone ≤ 4.5 s (issue 4)' },
  "diversityBandwidth (diversity 'entropy')": { M: 'no target' },
  engagementExposure: { M: 'no target' },
};

interface Timing {
  wall: number;
  cpu: number;
}

/** Median wall and CPU seconds of `repeats` runs of `run`, after one warm-up. */
function time(repeats: number, run: () => unknown): Timing {
  run();
  const t = timeRuns(repeats, () => {
    run();
    return '';
  });
  return { wall: median(t.wall), cpu: median(t.cpu) };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      size: { type: 'string' },
      repeats: { type: 'string', default: '3' },
      seed: { type: 'string', default: '42' },
    },
  });
  const sizes: BenchmarkSize[] = values.size ? [values.size.toUpperCase() as BenchmarkSize] : ['S', 'M'];
  const repeats = Number(values.repeats);
  const seed = Number(values.seed);
  console.log(`machine: ${machineLine()}`);
  console.log(`load average before: ${loadLine()}`);
  for (const size of sizes) {
    const t0 = performance.now();
    const index = benchmarkIndex(size, seed);
    const rng = createRng(seed);
    const engagement: Record<string, number> = {};
    for (const key of index.keys) if (rng() >= 0.1) engagement[key] = 1 + Math.floor(5 * rng());
    let hub = 0;
    for (let v = 1; v < index.order; v++) if (index.degree(v) > index.degree(hub)) hub = v;
    const buildSeconds = (performance.now() - t0) / 1000;
    console.log(
      `\nsize ${size}: ${index.order} people, ${index.size} ties (generated and indexed in ${buildSeconds.toFixed(2)} s, ` +
        `not timed); median of ${repeats}`,
    );
    const rows: [string, Timing][] = [
      ["diversityBandwidth (diversity 'constraint')", time(repeats, () => diversityBandwidth(index))],
      ["diversityBandwidth (diversity 'entropy')", time(repeats, () => diversityBandwidth(index, { diversity: 'entropy' }))],
      ['engagementExposure', time(repeats, () => engagementExposure(index, { engagement, engagementThreshold: 3 }))],
      [
        `moderatelyWeakTies (hub, ${index.degree(hub)} ties)`,
        time(repeats, () => moderatelyWeakTies(index, index.keys[hub]!)),
      ],
    ];
    const width = Math.max(...rows.map(([name]) => name.length));
    console.log(`  ${'metric'.padEnd(width)}  ${'wall s'.padStart(7)}  ${'CPU s'.padStart(7)}`);
    for (const [name, t] of rows) {
      const target = TARGETS[name]?.[size];
      console.log(`  ${name.padEnd(width)}  ${t.wall.toFixed(3).padStart(7)}  ${t.cpu.toFixed(3).padStart(7)}${target ? `   ${target}` : ''}`);
    }
  }
  console.log(`\nload average after: ${loadLine()}`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main();
