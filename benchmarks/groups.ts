/**
 * Group-measure benchmark: eiIndex, groupMixingMatrix, modularity, communities (Louvain) and
 * bridgingTies (with the common-neighbour / overlap kernel) on the seeded BENCHMARKS.md graphs,
 * from a prebuilt index, next to the peer figures of BENCHMARKS.md.
 *
 *   npx tsx benchmarks/groups.ts                 # sizes S and M
 *   npx tsx benchmarks/groups.ts --size M --repeats 5
 *
 * It prints figures and never asserts (it is not a test). Everything runs in this one process:
 * the graph is generated with `generateGraph` (seed 42), the index built straight from its arrays
 * with `csrFromEdges` (as `buildIndex` does), and the groups are the planted communities of the
 * generator (one "department" per planted community, so about 75 % of ties are internal). Each
 * step is timed `--repeats` times (default 3; communities on M once unless `--louvain-repeats N`):
 * wall time (median and min) and CPU time (user + system, median; above wall time means a second
 * thread, e.g. the garbage collector). The load average is printed before and after: the machine
 * is shared, and other jobs inflate the figures.
 *
 * communities() is split into its two parts: building the graphology graph from the index
 * (`UndirectedGraph`, one `addEdgeWithKey` per tie) and Louvain itself; BENCHMARKS.md's
 * graphology figure (2.3 s) is Louvain alone on an already loaded graph.
 *
 * Options: `--size S|M|both` (default both), `--repeats N` (3), `--seed N` (42),
 * `--permutations N` (100: the R of the timed permutation test), `--louvain-repeats N` (the
 * repeats of the two communities rows; default `--repeats` on S, 1 on M).
 *
 * @module
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { UndirectedGraph } from 'graphology';
import { csrFromEdges, type CsrIndex } from '../src/core/csr.js';
import { commonNeighborCounts, overlapFromCommon } from '../src/core/overlap.js';
import { undirectedTies } from '../src/core/undirected-ties.js';
import { bridgingTies } from '../src/groups/bridging-ties.js';
import { communities } from '../src/groups/communities.js';
import { eiIndex } from '../src/groups/ei-index.js';
import { groupMixingMatrix } from '../src/groups/group-mixing-matrix.js';
import { modularity } from '../src/groups/modularity.js';
import { BENCHMARK_SIZES, generateGraph, type BenchmarkSize } from './generate-graph.js';
import { loadLine, median, time, type Timing } from './harness.js';

function indexOf(size: BenchmarkSize, seed: number): { index: CsrIndex; groups: Record<string, number>; communityCount: number } {
  const g = generateGraph({ ...BENCHMARK_SIZES[size], seed });
  const keys = Array.from({ length: g.n }, (_, i) => `p${i}`);
  const idOf = new Map(keys.map((k, i) => [k, i]));
  const index = csrFromEdges({
    directed: false,
    weighted: true,
    keys,
    idOf,
    m: g.m,
    sources: g.sources,
    targets: g.targets,
    strengths: g.weights,
    distances: null,
    strengthRule: 'sum',
  });
  const groups: Record<string, number> = {};
  for (let i = 0; i < g.n; i++) groups[keys[i]!] = g.community[i]!;
  return { index, groups, communityCount: g.communityCount };
}

/** The graphology graph communities() builds (same loop), timed on its own. */
function graphologyGraph(index: CsrIndex): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let v = 0; v < index.order; v++) graph.addNode(v);
  for (let t = 0; t < index.size; t++) {
    graph.addEdgeWithKey(t, index.tieSources[t]!, index.tieTargets[t]!, { weight: index.tieStrengths[t]! });
  }
  return graph;
}

const PEERS: Record<string, Partial<Record<BenchmarkSize, string>>> = {
  'communities (Louvain), total': { M: 'graphology 2.3 s (Q 0.7384, graph loaded), igraph 5.6 s (Q 0.7386), NetworkX 59 s' },
  '  of which: graphology graph from the index': { M: 'graphology addEdge from CSV rows: 10–20 s (BENCHMARKS.md)' },
  'overlap kernel, every tie': { M: 'igraph 1.28 s, graph-tool 0.41 s (2 threads), NetworkX 6.2 s, graphology 7.3 s' },
};

function main(): void {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'both' },
      repeats: { type: 'string', default: '3' },
      seed: { type: 'string', default: '42' },
      permutations: { type: 'string', default: '100' },
      'louvain-repeats': { type: 'string' },
    },
  });
  const sizes: BenchmarkSize[] = values.size === 'both' ? ['S', 'M'] : [values.size.toUpperCase() as BenchmarkSize];
  const repeats = Number(values.repeats);
  const seed = Number(values.seed);
  const permutations = Number(values.permutations);
  const cpus = os.cpus();
  console.log('group measures benchmark (eiIndex, groupMixingMatrix, modularity, communities, bridgingTies)');
  console.log(`machine   ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}`);
  console.log(`load avg  ${loadLine()} (1 / 5 / 15 min) before`);

  for (const size of sizes) {
    const { n, m } = BENCHMARK_SIZES[size];
    const t0 = performance.now();
    const { index, groups, communityCount } = indexOf(size, seed);
    console.log(
      `\n${size}: ${n.toLocaleString('en')} people, ${m.toLocaleString('en')} ties; index and groups built in ` +
        `${((performance.now() - t0) / 1000).toFixed(2)} s; groups = ${communityCount} planted communities`,
    );
    const rows: [string, Timing][] = [];
    rows.push(['eiIndex', time(repeats, () => `network EI ${eiIndex(index, { groups, getEdgeStrength: null }).network.ei.toFixed(4)}`)]);
    rows.push(['eiIndex, weighted + rescaled', time(repeats, () => `EI* ${eiIndex(index, { groups, rescaled: true }).network.ei.toFixed(4)}`)]);
    rows.push([
      `eiIndex, ${permutations} permutations`,
      time(repeats, () => `p ${eiIndex(index, { groups, permutations }).permutation.pLess.toFixed(4)} (p≤)`),
    ]);
    rows.push(['groupMixingMatrix (density)', time(repeats, () => `${groupMixingMatrix(index, { groups, measure: 'density' }).groups.length} groups`)]);
    rows.push(['modularity (planted partition)', time(repeats, () => `Q ${modularity(index, { groups }).toFixed(4)}`)]);
    rows.push([
      'overlap kernel, every tie',
      time(repeats, () => {
        const ties = undirectedTies(index);
        const overlap = overlapFromCommon(ties, commonNeighborCounts(ties));
        return `${overlap.length.toLocaleString('en')} ties`;
      }),
    ]);
    rows.push(['bridgingTies (planted partition)', time(repeats, () => `${bridgingTies(index, { groups }).length.toLocaleString('en')} bridging ties`)]);
    const louvainRepeats = values['louvain-repeats'] !== undefined ? Number(values['louvain-repeats']) : size === 'M' ? 1 : repeats;
    rows.push(['communities (Louvain), total', time(louvainRepeats, () => {
      const c = communities(index);
      return `Q ${c.modularity.toFixed(4)}, ${c.count} communities`;
    })]);
    rows.push(['  of which: graphology graph from the index', time(louvainRepeats, () => `${graphologyGraph(index).size.toLocaleString('en')} edges`)]);

    const header = ['step', 'median s', 'min s', 'CPU s', 'result', 'peers (BENCHMARKS.md)'];
    const body = rows.map(([name, t]) => [
      name,
      median(t.wall).toFixed(3),
      Math.min(...t.wall).toFixed(3),
      median(t.cpu).toFixed(3),
      t.note,
      PEERS[name]?.[size] ?? '',
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
    const fmt = (cells: string[]) =>
      cells.map((c, i) => (i === 0 || i >= 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
    console.log(fmt(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of body) console.log(fmt(row));
  }
  console.log(`\nload avg  ${loadLine()} (1 / 5 / 15 min) after`);
}

main();
