/**
 * The report's time and file size on the benchmark graphs (run on demand; not a test):
 * buildReport on S (10,000 people, 50,000 ties) and M (100,000 people, 1,000,000 ties), groups =
 * the planted communities, from an index built straight from the generated arrays.
 * Targets (issue 14): S ≤ 15 s, M ≤ 90 s, file ≤ 5 MB on M.
 *
 *   npx tsx benchmarks/report.ts            # S and M
 *   npx tsx benchmarks/report.ts --size S   # one size
 */
import { parseArgs } from 'node:util';
import { csrFromEdges } from '../src/core/csr.js';
import { buildReport } from '../src/report/build-report.js';
import { BENCHMARK_SIZES, generateGraph, type BenchmarkSize } from './generate-graph.js';
import { loadLine, machineLine, startClock } from './harness.js';

const { values } = parseArgs({ options: { size: { type: 'string', multiple: true } } });
const sizes = (values.size ?? ['S', 'M']) as BenchmarkSize[];
const targets: Record<string, number> = { S: 15, M: 90 };

console.log(machineLine());
console.log(loadLine());
for (const size of sizes) {
  const { n, m } = BENCHMARK_SIZES[size];
  const g = generateGraph({ n, m });
  const keys = Array.from({ length: n }, (_, i) => `p${i}`);
  const index = csrFromEdges({
    directed: false,
    weighted: true,
    keys,
    idOf: new Map(keys.map((k, i) => [k, i])),
    m: g.m,
    sources: g.sources,
    targets: g.targets,
    strengths: g.weights,
    distances: null,
    strengthRule: 'sum',
  });
  const groups: Record<string, string> = {};
  for (let i = 0; i < n; i++) groups[keys[i]!] = `Group ${g.community[i]! + 1}`;
  const steps: string[] = [];
  let last = startClock();
  const stop = startClock();
  const html = await buildReport(index, {
    groups,
    onProgress: ({ step }) => {
      const t = last();
      if (steps.length > 0) steps[steps.length - 1] += ` ${t.wall.toFixed(1)}s`;
      steps.push(step);
      last = startClock();
    },
  });
  steps[steps.length - 1] += ` ${last().wall.toFixed(1)}s`;
  const t = stop();
  const mb = Buffer.byteLength(html) / 1e6;
  console.log(
    `report on ${size} (${n.toLocaleString('en')} people, ${g.m.toLocaleString('en')} ties, ${g.communityCount} groups): ` +
      `${t.wall.toFixed(1)} s wall, ${t.cpu.toFixed(1)} s CPU (target ≤ ${targets[size]} s); file ${mb.toFixed(2)} MB${size === 'M' ? ' (target ≤ 5 MB)' : ''}`,
  );
  console.log(`  steps: ${steps.join(', ')}`);
}
console.log(loadLine());
