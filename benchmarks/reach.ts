/**
 * Reach benchmark: wall time of 2-step reach for everyone (kStepReach), reach efficiency, reach over
 * strong or weak ties, 3-step reach and distance-weighted reach on the seeded benchmark graphs of
 * BENCHMARKS.md, next to the target of issue 5 (2-step reach for everyone on M ≤ 1.2 s; igraph
 * 2.3 s, a plain typed-array BFS with a visited-stamp array 1.23 s). Prints figures and never
 * asserts (not a test).
 *
 *   npx tsx benchmarks/reach.ts           # S and M
 *   npx tsx benchmarks/reach.ts --all     # also 3-step reach and distance-weighted reach on S
 *   npx tsx benchmarks/reach.ts --repeats 5
 *
 * The index is built straight from `generateGraph` arrays with `csrFromEdges` (no CSV, no
 * graphology), with the generator's lognormal weights as strengths (they only matter to tell strong
 * from weak ties). Each row reports the median wall time over `--repeats` runs (default 3) and the
 * CPU time of the last run (all threads of the process). The public wrapper spreads large jobs over
 * worker threads (one per core) when the 1-minute load average is below the core count; the kernel
 * rows with `threads: 1` and one thread per core (forced) give both figures whatever the load, and
 * a plain queue BFS with a visited-stamp array (the baseline named in the issue) runs in the same
 * process for the ratio. The machine is shared, so the load average is printed before and after.
 *
 * @module
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { CsrIndex } from '../src/core/csr.js';
import * as reachCore from '../src/core/reach.js';
import { reachCounts } from '../src/core/reach.js';
import { kStepReach } from '../src/reach/k-step-reach.js';
import { reachEfficiency } from '../src/reach/reach-efficiency.js';
import { distanceWeightedReach } from '../src/reach/distance-weighted-reach.js';
import { benchmarkIndex, loadLine, machineLine, median, time } from './harness.js';

/** Target of issue 5 and the peer figures of BENCHMARKS.md (seconds). */
const TARGET_M = { target: 1.2, peers: 'igraph 2.29 s, graph-tool 3.2 s, NetworkX 14 s, graphology 92 s; plain typed-array BFS 1.23 s' };

/** The baseline of the issue: a queue BFS to depth 2 from every node with a visited-stamp array. */
function plainBfsReach(index: CsrIndex, k: number): Float64Array {
  const n = index.order;
  const { offsets, neighbors } = index;
  const out = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n);
  const queue = new Uint32Array(n);
  for (let s = 0; s < n; s++) {
    stamp[s] = s;
    depth[s] = 0;
    queue[0] = s;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      const dv = depth[v]!;
      if (dv === k) continue;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
        const w = neighbors[p]!;
        if (stamp[w] !== s) {
          stamp[w] = s;
          depth[w] = dv + 1;
          queue[tail++] = w;
        }
      }
    }
    out[s] = tail - 1;
  }
  return out;
}

function row(label: string, repeats: number, run: () => string, target?: { target: number; peers: string }): number {
  const t = time(repeats, run);
  const wall = median(t.wall);
  let line = `${label.padEnd(64)} ${wall.toFixed(3).padStart(7)} s wall ${t.cpu[t.cpu.length - 1]!.toFixed(2).padStart(6)} s CPU`;
  if (t.note) line += `  ${t.note}`;
  if (target) line += `   target ≤ ${target.target} s: ${wall <= target.target ? 'met' : 'NOT met'}  (${target.peers})`;
  console.log(line);
  if (reachCore.lastReachWorkerError !== null) console.log(`  (a worker range failed and ran on the main thread: ${reachCore.lastReachWorkerError.split('\n')[0]})`);
  return wall;
}

function main(): void {
  const { values } = parseArgs({ options: { all: { type: 'boolean', default: false }, repeats: { type: 'string', default: '3' } } });
  const repeats = Math.max(1, Number(values.repeats));
  console.log(machineLine());
  console.log(`load average before: ${loadLine()}`);
  for (const size of ['S', 'M'] as const) {
    const index = benchmarkIndex(size);
    console.log(`${size}: ${index.order} people, ${index.size} ties; median of ${repeats}`);
    const adj = { offsets: index.offsets, neighbors: index.neighbors, slotDist: null };
    const target = size === 'M' ? TARGET_M : undefined;
    let reference: Float64Array | null = null;
    const baseline = row(`plain typed-array BFS, visited stamps, k = 2, ${size} (baseline)`, repeats, () => {
      reference = plainBfsReach(index, 2);
      return '';
    });
    const single = row(`kStepReach kernel, k = 2, ${size}, single thread`, repeats, () => {
      const { counts } = reachCounts(adj, 2, { threads: 1 });
      return counts.every((c, i) => c === reference![i]) ? '' : 'MISMATCH with the baseline';
    });
    const cores = os.availableParallelism();
    row(`kStepReach kernel, k = 2, ${size}, ${cores} threads (forced)`, repeats, () => {
      const { counts, workerChunks } = reachCounts(adj, 2, { threads: cores });
      return `${workerChunks}/${reachCore.REACH_CHUNKS} ranges on workers` + (counts.every((c, i) => c === reference![i]) ? '' : ' MISMATCH');
    }, target);
    const publicWall = row(`kStepReach(index) k = 2, ${size}, public ('auto' threads: ${os.loadavg()[0]! < cores ? cores : 1} at this load)`, repeats, () => {
      const r = kStepReach(index);
      const mean = Object.values(r).reduce((a, b) => a + b, 0) / index.order;
      return `mean share ${mean.toFixed(4)}`;
    }, target);
    console.log(
      `  speed-up vs the plain BFS: ${(baseline / single).toFixed(2)}× single thread, ${(baseline / publicWall).toFixed(2)}× public` +
        (size === 'M' ? `; vs igraph's 2.29 s: ${(2.29 / publicWall).toFixed(2)}× (peer figure from BENCHMARKS.md, not this run)` : ''),
    );
    row(`reachEfficiency(index), ${size}`, repeats, () => {
      reachEfficiency(index);
      return '';
    });
    row(`kStepReach(index, { via: 'weak' }) (Jenks), ${size}`, repeats, () => {
      kStepReach(index, { via: 'weak' });
      return '';
    });
    row(`kStepReach(index, { via: 'strong' }) (Jenks), ${size}`, repeats, () => {
      kStepReach(index, { via: 'strong' });
      return '';
    });
    if (values.all && size === 'S') {
      row(`kStepReach(index, { k: 3 }), ${size}`, 1, () => {
        kStepReach(index, { k: 3 });
        return '';
      });
      row(`distanceWeightedReach(index) hops, ${size}`, 1, () => {
        distanceWeightedReach(index);
        return '';
      });
      row(`distanceWeightedReach(index, { toDistance: 'inverse' }), ${size}`, 1, () => {
        distanceWeightedReach(index, { toDistance: 'inverse' });
        return '';
      });
    }
  }
  console.log(`load average after: ${loadLine()}`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main();
