/**
 * The three slow spots of issue 11 (item 6), ours and the peers in the same run:
 *
 * 1. Neighbourhood overlap of every tie on M (100,000 people, 1,000,000 ties): our kernel
 *    (`commonNeighborCounts` + `overlapFromCommon`, what `neighborhoodOverlapIndexed` runs) and the
 *    public `neighborhoodOverlapIndexed`, against graph-tool 2.45 `vertex_similarity(g, 'jaccard',
 *    vertex_pairs=edges)` on 2 and 1 OpenMP threads and igraph 0.10 `similarity_jaccard(pairs=…)`
 *    (the same common-neighbour count per tie; Debian's python3-graph-tool and python3-igraph,
 *    run by /usr/bin/python3 on the same edge list, graph already loaded).
 * 2. Weighted `localBridges` spans on M (distances 1/strength, the default): the whole call,
 *    once per entry of `--span-threads` (default `1,auto`), or skipped (`--spans none`).
 * 3. `influenceMaximization` with default options on SNAP email-Eu-core (1,005 people, 25,571
 *    arcs, read from `--eu-core DIR`, default ../shared/data/snap-email-eu-core; skipped when
 *    absent; never copied into the repository), on one thread and with `threads: 'auto'`, and the
 *    first pass the old way (one cascade per candidate and run) on 50 runs, scaled to 1,000.
 *
 *   npx tsx benchmarks/slow-spots.ts
 *   npx tsx benchmarks/slow-spots.ts --repeats 5 --only overlap,spans
 *
 * Options: `--repeats N` (5: every row is timed N times; best and median printed), `--only
 * overlap,spans,influence`, `--spans full|none`, `--span-threads 1,2,auto,async:2` (thread counts of the full call; `async:N`: localBridgesAsync with N), `--span-runs N`
 * (1: runs of each; best and median printed when more), `--dist` (the spans from the built package, dist/index.js,
 * as users run it: through tsx each worker compiles the sources when it starts), `--no-peers` (skip Python), `--eu-core DIR`.
 *
 * Prints figures, never asserts (not a test). The machine is shared: every row carries the load
 * average (1 / 5 / 15 min) when it ended and the CPU time; take the best of several runs. The M
 * edge list for Python goes to benchmarks/.data/slow-spots-M.u32 (git-ignored).
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { csrFromEdges, type CsrIndex } from '../src/core/csr.js';
import { indexFromArrays } from './harness.js';
import { cascadeSeedKey, coinThresholds, simulateSingleSeeds } from '../src/core/cascade.js';
import { commonNeighborCounts, overlapFromCommon } from '../src/core/overlap.js';
import { undirectedTies } from '../src/core/undirected-ties.js';
import { slotProbabilities } from '../src/referral/probability.js';
import { influenceMaximization } from '../src/referral/influence-maximization.js';
import { localBridges } from '../src/ties/local-bridges.js';
import { localBridgesAsync } from '../src/ties/ties-async.js';
import { neighborhoodOverlapIndexed } from '../src/ties/neighborhood-overlap.js';
import { BENCHMARK_SIZES, generateGraph } from './generate-graph.js';
import { loadLine, machineLine, median, startClock } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const PYTHON = '/usr/bin/python3';

interface Row {
  wall: number[];
  cpu: number[];
  loads: string[];
  note: string;
}

function row(label: string, r: Row, extra = ''): void {
  const best = Math.min(...r.wall);
  const cpu = r.cpu[r.wall.indexOf(best)]!;
  console.log(
    `${label.padEnd(72)} best ${best.toFixed(3).padStart(8)} s  median ${median(r.wall).toFixed(3).padStart(8)} s  ` +
      `CPU ${cpu.toFixed(3).padStart(8)} s  load ${r.loads[r.wall.indexOf(best)]}  ${r.note}${extra ? `  ${extra}` : ''}`,
  );
}

async function timeRow(repeats: number, fn: () => string | Promise<string>): Promise<Row> {
  const r: Row = { wall: [], cpu: [], loads: [], note: '' };
  for (let i = 0; i < repeats; i++) {
    const stop = startClock();
    r.note = await fn();
    const t = stop();
    r.wall.push(t.wall);
    r.cpu.push(t.cpu);
    r.loads.push(loadLine());
  }
  return r;
}

const PEERS_PY = String.raw`
import json, os, sys, time
import numpy as np
out = {}
edges = np.fromfile(sys.argv[1], dtype=np.uint32).reshape(-1, 2).astype(np.int64)
n = int(sys.argv[2]); repeats = int(sys.argv[3])
def load(): return '%.2f / %.2f / %.2f' % os.getloadavg()
try:
    import graph_tool.all as gt
    g = gt.Graph(directed=False); g.add_vertex(n); g.add_edge_list(edges)
    pairs = g.get_edges()
    for threads in (2, 1):
        gt.openmp_set_num_threads(threads)
        times = []; cpus = []; loads = []
        for _ in range(repeats):
            t0 = time.perf_counter(); c0 = time.process_time()
            s = gt.vertex_similarity(g, 'jaccard', vertex_pairs=pairs)
            times.append(time.perf_counter() - t0); cpus.append(time.process_time() - c0); loads.append(load())
        out['graph-tool %s, %d thread%s' % (gt.__version__.split()[0], threads, '' if threads == 1 else 's')] = [times, cpus, loads]
except Exception as e:
    out['graph-tool'] = str(e)
try:
    import igraph as ig
    g = ig.Graph(n=n, edges=edges.tolist())
    pairs = g.get_edgelist()
    times = []; cpus = []; loads = []
    for _ in range(repeats):
        t0 = time.perf_counter(); c0 = time.process_time()
        s = g.similarity_jaccard(pairs=pairs)
        times.append(time.perf_counter() - t0); cpus.append(time.process_time() - c0); loads.append(load())
    out['igraph %s' % ig.__version__] = [times, cpus, loads]
except Exception as e:
    out['igraph'] = str(e)
print(json.dumps(out))
`;

function indexOf(n: number, m: number, sources: Uint32Array, targets: Uint32Array, weights: Float64Array): CsrIndex {
  return indexFromArrays(n, m, sources.slice(0, m), targets.slice(0, m), weights.slice(0, m));
}

async function overlapSection(index: CsrIndex, g: ReturnType<typeof generateGraph>, repeats: number, peers: boolean): Promise<void> {
  console.log('\n1. neighbourhood overlap, every tie, M (graph already loaded)');
  const kernel = await timeRow(repeats, () => {
    const ties = undirectedTies(index);
    const overlap = overlapFromCommon(ties, commonNeighborCounts(ties));
    return `${overlap.length.toLocaleString('en')} ties`;
  });
  row('ours: kernel (commonNeighborCounts + overlapFromCommon), 1 thread', kernel);
  row('ours: neighborhoodOverlapIndexed(index), 1 thread', await timeRow(repeats, () => `${neighborhoodOverlapIndexed(index).length.toLocaleString('en')} ties`));
  if (!peers) return;
  const file = join(here, '.data', 'slow-spots-M.u32');
  mkdirSync(dirname(file), { recursive: true });
  const pairs = new Uint32Array(2 * g.m);
  for (let i = 0; i < g.m; i++) {
    pairs[2 * i] = g.sources[i]!;
    pairs[2 * i + 1] = g.targets[i]!;
  }
  writeFileSync(file, pairs);
  const py = spawnSync(PYTHON, ['-c', PEERS_PY, file, String(g.n), String(repeats)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (py.status !== 0) {
    console.log(`peers: ${PYTHON} failed: ${py.stderr.trim().split('\n').pop()}`);
    return;
  }
  const results = JSON.parse(py.stdout) as Record<string, [number[], number[], string[]] | string>;
  for (const [name, value] of Object.entries(results)) {
    if (typeof value === 'string') {
      console.log(`${name}: not measured (${value})`);
      continue;
    }
    const [wall, cpu, loads] = value;
    const label = `${name}: ${name.startsWith('igraph') ? 'similarity_jaccard(pairs)' : "vertex_similarity('jaccard')"} on every tie`;
    row(label, { wall, cpu, loads, note: '(Python child process, same edge list)' });
  }
}

/** `--span-threads` entries: `auto`, a number, or `async:` and either (localBridgesAsync). */
async function spansSection(index: CsrIndex, mode: string, spanThreads: string[], runs: number, dist: boolean): Promise<void> {
  console.log('\n2. localBridges, weighted (distance 1/strength, the default), M');
  if (mode === 'none') return;
  // The built package as users run it: through tsx a worker compiles the sources when it starts.
  const lib = dist
    ? ((await import(pathToFileURL(join(here, '..', 'dist', 'index.js')).href)) as { localBridges: typeof localBridges; localBridgesAsync: typeof localBridgesAsync })
    : { localBridges, localBridgesAsync };
  const from = dist ? 'dist/index.js' : 'src/ through tsx';
  for (const entry of spanThreads) {
    // `async:2`: localBridgesAsync with threads 2 (its worker spreads the spans).
    const isAsync = entry.startsWith('async:');
    const count = isAsync ? entry.slice('async:'.length) : entry;
    const threads = count === 'auto' ? 'auto' : Number(count);
    const walls: number[] = [];
    for (let r = 0; r < runs; r++) {
      const stop = startClock();
      const found = isAsync ? await lib.localBridgesAsync(index, { threads }) : lib.localBridges(index, { threads });
      const t = stop();
      walls.push(t.wall);
      let finite = 0;
      for (const b of found) if (b.span !== Infinity) finite++;
      console.log(
        `ours: localBridges${isAsync ? 'Async' : ''}(index, { threads: ${threads} }), whole call, ${from}`.padEnd(80) +
          `${t.wall.toFixed(1)} s wall, ${t.cpu.toFixed(1)} s CPU (all threads), load ${loadLine()}  ` +
          `${found.length.toLocaleString('en')} local bridges, ${finite.toLocaleString('en')} finite spans (target ≤ 10 s)`,
      );
    }
    if (runs > 1) console.log(`  ${isAsync ? 'async, ' : ''}threads ${threads}: best ${Math.min(...walls).toFixed(1)} s, median ${median(walls).toFixed(1)} s of ${runs} runs`);
  }
}

async function influenceSection(dir: string, repeats: number): Promise<void> {
  console.log('\n3. influenceMaximization, default options, SNAP email-Eu-core');
  const file = join(dir, 'edges.csv');
  if (!existsSync(file)) {
    console.log(`skipped: ${file} not found (--eu-core DIR)`);
    return;
  }
  const lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
  const ids = new Map<string, number>();
  const id = (k: string) => ids.get(k) ?? (ids.set(k, ids.size), ids.size - 1);
  const src: number[] = [];
  const dst: number[] = [];
  for (const line of lines) {
    const [a, b] = line.split(',') as [string, string];
    src.push(id(a));
    dst.push(id(b));
  }
  const keys = [...ids.keys()];
  const index = csrFromEdges({
    directed: true,
    weighted: false,
    keys,
    idOf: ids,
    m: src.length,
    sources: Uint32Array.from(src),
    targets: Uint32Array.from(dst),
    strengths: new Float64Array(src.length).fill(1),
    distances: null,
    strengthRule: 'sum',
  });
  console.log(`${index.order.toLocaleString('en')} people, ${index.size.toLocaleString('en')} arcs (self-loops dropped)`);
  const describe = (r: Awaited<ReturnType<typeof influenceMaximization>>) =>
    `seeds ${r.seeds.map((s) => s.node).join(', ')}; spread ${r.spread.toFixed(1)} ± ${r.spreadStandardError.toFixed(2)}; ${r.evaluations} evaluations`;
  row('ours: influenceMaximization(index), threads: 1', await timeRow(repeats, async () => describe(await influenceMaximization(index, { threads: 1 }))));
  row("ours: influenceMaximization(index), threads: 'auto'", await timeRow(repeats, async () => describe(await influenceMaximization(index))));
  row(
    "ours: the same with probability: 'weightedCascade', threads: 1",
    await timeRow(repeats, async () => describe(await influenceMaximization(index, { threads: 1, probability: 'weightedCascade' }))),
  );
  // The first pass the old way: one cascade per candidate and run (a candidate list under an
  // eighth of the people takes that path), on a slice of the candidates and 50 runs, scaled.
  const thresholds = coinThresholds(slotProbabilities(index, undefined, 'benchmark'));
  const slice = Uint32Array.from({ length: Math.floor(index.order / 8) - 1 }, (_, v) => v);
  const old = await timeRow(1, async () => {
    const first = await simulateSingleSeeds(index, thresholds, slice, null, { runs: 50, seedKey: cascadeSeedKey(42), threads: 1 });
    return `${first.reach.length} candidates × 50 runs`;
  });
  const scale = (index.order / slice.length) * (1000 / 50);
  row(
    'before: first pass, one cascade per candidate and run',
    old,
    `→ all ${index.order} candidates × 1,000 runs ≈ ${(old.wall[0]! * scale).toFixed(0)} s wall, ≈ ${(old.cpu[0]! * scale).toFixed(0)} s CPU`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      repeats: { type: 'string', default: '5' },
      only: { type: 'string', default: 'overlap,spans,influence' },
      spans: { type: 'string', default: 'full' },
      'span-threads': { type: 'string', default: '1,auto' },
      'span-runs': { type: 'string', default: '1' },
      dist: { type: 'boolean', default: false },
      'no-peers': { type: 'boolean', default: false },
      'eu-core': { type: 'string', default: resolve(here, '../../shared/data/snap-email-eu-core') },
    },
  });
  const repeats = Number(values.repeats);
  const only = new Set(values.only.split(','));
  console.log('issue 11, item 6: three slow spots, ours and the peers in the same run');
  console.log(`machine   ${machineLine()}`);
  console.log(`load avg  ${loadLine()} (1 / 5 / 15 min) before; best of ${repeats} runs per row`);
  if (only.has('overlap') || only.has('spans')) {
    const { n, m } = BENCHMARK_SIZES.M;
    const g = generateGraph({ n, m });
    const index = indexOf(g.n, g.m, g.sources, g.targets, g.weights);
    if (only.has('overlap')) await overlapSection(index, g, repeats, !values['no-peers']);
    if (only.has('spans')) await spansSection(index, values.spans, values['span-threads'].split(','), Number(values['span-runs']), values.dist);
  }
  if (only.has('influence')) await influenceSection(values['eu-core'], Math.min(repeats, 3));
  console.log(`\nload avg  ${loadLine()} (1 / 5 / 15 min) after`);
}

await main();
