/**
 * Community detection benchmark (issue 11 item 4): our Leiden on the index against our Louvain
 * (`communities(index, { algorithm: 'louvain' })`, which builds a graphology graph from the index
 * first), graphology-communities-louvain alone on an already built graphology graph, and
 * `communities(graph)` on a graphology graph (index built from the graph, then Leiden); with igraph's
 * Leiden and multilevel in the same run when /usr/bin/python3 has igraph.
 *
 *   npm run bench:communities                      # M: 100,000 people, 1,000,000 ties
 *   npm run bench:communities -- --size L          # L: 1,000,000 people, 10,000,000 ties
 *   npm run bench:communities -- --size L --only leiden,igraph-leiden --repeats 1
 *
 * The graph (seeded BENCHMARKS.md model, benchmarks/generate-graph.ts) is generated once and cached
 * as raw little-endian arrays in benchmarks/.data/communities-<size>-seed<seed>/ (git-ignored).
 * Every measurement runs in a fresh child process that reads the arrays, builds what it needs
 * untimed (the index with `csrFromEdges`, as `buildIndex` does; a graphology graph for the
 * graphology rows), then times the method once: wall time, CPU time (user + system), Q (our
 * modularity kernel on the returned partition, at γ = 1, weighted), the number of communities, and
 * the child's peak RSS (its whole life: data, index and method; `before` is the RSS once the input
 * was built). Each method runs `--repeats` times (default 3 on M, 1 on L), interleaved; the table
 * shows the best and the median wall time, because the machine is shared: the load average is
 * printed next to every run, and our medians are also given as ratios to the peers of the same
 * run, and at the host speed at which the issue's table measured igraph's multilevel.
 *
 * Methods (`--only` takes a comma-separated subset):
 *   leiden               leidenKernel on the index (what communities(index) runs)
 *   leiden-dist          communities(index) from the built package (dist/index.js, one tsup bundle:
 *                        what users run; `npm run build` first): Leiden plus the result object.
 *                        Code run through tsx, as every other row, is one module per file and
 *                        measured 5–10 % slower than the same code bundled
 *   leiden-unweighted    the same with every strength 1 (getEdgeStrength: null)
 *   louvain-ours         communities(index, { algorithm: 'louvain' }): graphology graph from the index + Louvain
 *   graphology-louvain   graphology-communities-louvain on a prebuilt graphology graph (BENCHMARKS.md's peer figure)
 *   leiden-from-graph    communities(graph): buildIndex(graph) + Leiden, the path of graphology input
 *   igraph-leiden        python-igraph community_leiden(objective_function='modularity', weights, n_iterations=2)
 *   igraph-multilevel    python-igraph community_multilevel(weights)
 *
 * Options: `--size S|M|L` (M), `--repeats N`, `--seed N` (42), `--only a,b`, `--no-python`.
 * Prints figures and never asserts (it is not a test).
 *
 * @module
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvainImport from 'graphology-communities-louvain';
import { buildIndex } from '../src/core/build-index.js';
import { csrFromEdges, type CsrIndex } from '../src/core/csr.js';
import { leidenKernel } from '../src/core/leiden.js';
import { modularityKernel } from '../src/core/modularity.js';
import { createRng } from '../src/core/random.js';
import { communities } from '../src/groups/communities.js';
import { BENCHMARK_SIZES, generateGraph, type BenchmarkSize } from './generate-graph.js';

type Louvain = typeof louvainImport.default;
const louvain: Louvain = (louvainImport as unknown as { default?: Louvain }).default ?? (louvainImport as unknown as Louvain);

const HERE = dirname(fileURLToPath(import.meta.url));
const PYTHON = '/usr/bin/python3';
const METHODS = [
  'leiden',
  'leiden-dist',
  'leiden-unweighted',
  'louvain-ours',
  'graphology-louvain',
  'leiden-from-graph',
  'igraph-leiden',
  'igraph-multilevel',
] as const;
type Method = (typeof METHODS)[number];

/** What a child reports. */
interface Measurement {
  method: Method;
  wall: number;
  cpu: number;
  q: number;
  count: number;
  peakMb: number;
  beforeMb: number;
  load: string;
}

const PEERS: Partial<Record<BenchmarkSize, string>> = {
  M: 'issue 11: ours (old path) 9.1 s (Q 0.7385), igraph 4.75 s, graphology 2.3 s (BENCHMARKS.md: Q 0.7384)',
  L: 'issue 11: ours (old path) 132 s, 5.3 GB; igraph 86.7 s, 2.1 GB (Q 0.7368); graphology 94.6 s, 5.3 GB',
};
/** igraph's multilevel (Louvain) in the issue's table, measured on this machine when the targets were set. */
const ISSUE_MULTILEVEL_S: Partial<Record<BenchmarkSize, number>> = { M: 4.75, L: 86.7 };
const TARGETS: Partial<Record<BenchmarkSize, string>> = {
  M: 'target: ≤ 1.5 s with Q ≥ 0.738',
  L: 'target: ≤ 30 s and ≤ 2 GB',
};

function loadLine(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
}

function dataDir(size: BenchmarkSize, seed: number): string {
  return resolve(HERE, '.data', `communities-${size}-seed${seed}`);
}

/** Generates the graph once and stores sources, targets (uint32) and weights (float64). */
function ensureData(size: BenchmarkSize, seed: number): string {
  const dir = dataDir(size, seed);
  const meta = join(dir, 'meta.json');
  const { n, m } = BENCHMARK_SIZES[size];
  if (existsSync(meta)) {
    const stored = JSON.parse(readFileSync(meta, 'utf8')) as { n: number; m: number; seed: number };
    if (stored.n === n && stored.m === m && stored.seed === seed) return dir;
  }
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const g = generateGraph({ n, m, seed });
  writeFileSync(join(dir, 'sources.bin'), g.sources);
  writeFileSync(join(dir, 'targets.bin'), g.targets);
  writeFileSync(join(dir, 'weights.bin'), g.weights);
  writeFileSync(meta, JSON.stringify({ n, m, seed, generator: 'benchmarks/generate-graph.ts', writtenAt: new Date().toISOString() }));
  console.log(`generated ${size} (seed ${seed}) in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${dir}`);
  return dir;
}

function readArrays(dir: string): { n: number; m: number; sources: Uint32Array; targets: Uint32Array; weights: Float64Array } {
  const { n, m } = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { n: number; m: number };
  const buffer = (name: string) => {
    const b = readFileSync(join(dir, name));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };
  return { n, m, sources: new Uint32Array(buffer('sources.bin')), targets: new Uint32Array(buffer('targets.bin')), weights: new Float64Array(buffer('weights.bin')) };
}

function indexFrom(data: ReturnType<typeof readArrays>, weighted: boolean): CsrIndex {
  const keys = Array.from({ length: data.n }, (_, i) => String(i));
  const idOf = new Map(keys.map((k, i) => [k, i]));
  return csrFromEdges({
    directed: false,
    weighted,
    keys,
    idOf,
    m: data.m,
    sources: data.sources,
    targets: data.targets,
    strengths: weighted ? data.weights : new Float64Array(data.m).fill(1),
    distances: null,
    strengthRule: 'sum',
  });
}

function graphFrom(data: ReturnType<typeof readArrays>): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let v = 0; v < data.n; v++) graph.addNode(String(v));
  for (let t = 0; t < data.m; t++) graph.addEdge(String(data.sources[t]!), String(data.targets[t]!), { weight: data.weights[t]! });
  return graph;
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

/** Runs one method in this (child) process and prints its measurement as JSON. */
async function child(method: Method, dir: string): Promise<void> {
  const data = readArrays(dir);
  if (method === 'leiden-dist') {
    const built = resolve(HERE, '..', 'dist', 'index.js');
    if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first`);
    const dist = (await import(pathToFileURL(built).href)) as { communities: typeof communities };
    const index = indexFrom(data, true);
    const beforeMb = process.memoryUsage().rss / 2 ** 20;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = dist.communities(index);
    const wall = (performance.now() - t0) / 1000;
    report({ method, wall, cpu: cpuSeconds(process.cpuUsage(c0)), q: result.modularity, count: result.count, beforeMb });
    return;
  }
  // The Q of every method is scored on the weighted index (the unweighted row: on its own index).
  let index: CsrIndex | undefined = method === 'leiden-from-graph' || method === 'graphology-louvain' ? undefined : indexFrom(data, method !== 'leiden-unweighted');
  const graph = method === 'leiden-from-graph' || method === 'graphology-louvain' ? graphFrom(data) : undefined;
  const beforeMb = process.memoryUsage().rss / 2 ** 20;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let communityOf: Int32Array;
  let count: number;
  if (method === 'leiden' || method === 'leiden-unweighted') {
    const result = leidenKernel(index!, 1, createRng(42));
    communityOf = result.communityOf;
    count = result.sizes.length;
  } else if (method === 'louvain-ours' || method === 'leiden-from-graph') {
    const result = communities((index ?? graph)!, method === 'louvain-ours' ? { algorithm: 'louvain' } : {});
    const wall = (performance.now() - t0) / 1000;
    const cpu = cpuSeconds(process.cpuUsage(c0));
    // Q as communities() reports it (our modularity kernel on the same index).
    report({ method, wall, cpu, q: result.modularity, count: result.count, beforeMb });
    return;
  } else {
    const mapping = louvain(graph!, { getEdgeWeight: 'weight', rng: createRng(42) });
    const wall = (performance.now() - t0) / 1000;
    const cpu = cpuSeconds(process.cpuUsage(c0));
    index = indexFrom(data, true);
    communityOf = new Int32Array(data.n);
    const ids = new Map<number, number>();
    for (let v = 0; v < data.n; v++) {
      const c = mapping[String(v)]!;
      let d = ids.get(c);
      if (d === undefined) ids.set(c, (d = ids.size));
      communityOf[v] = d;
    }
    report({ method, wall, cpu, q: modularityKernel(index, communityOf, ids.size, 1), count: ids.size, beforeMb });
    return;
  }
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(process.cpuUsage(c0));
  report({ method, wall, cpu, q: modularityKernel(index!, communityOf, count, 1), count, beforeMb });
}

function report(partial: Omit<Measurement, 'peakMb' | 'load'>): void {
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ...partial, peakMb, load: loadLine() }) + '\n');
}

const PYTHON_CHILD = String.raw`
import array, json, os, resource, sys, time
import igraph
method, folder = sys.argv[1], sys.argv[2]
meta = json.load(open(os.path.join(folder, 'meta.json')))
def read(name, code):
    a = array.array(code)
    with open(os.path.join(folder, name), 'rb') as f:
        a.frombytes(f.read())
    return a
sources, targets, weights = read('sources.bin', 'I'), read('targets.bin', 'I'), read('weights.bin', 'd')
g = igraph.Graph(n=meta['n'], edges=list(zip(sources, targets)))
del sources, targets
weights = list(weights)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
c0, t0 = time.process_time(), time.perf_counter()
if method == 'igraph-leiden':
    part = g.community_leiden(objective_function='modularity', weights=weights, n_iterations=2)
else:
    part = g.community_multilevel(weights=weights)
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
q = igraph.GraphBase.modularity(g, part.membership, weights, 1.0, False)
print(json.dumps(dict(method=method, wall=wall, cpu=cpu, q=q, count=len(part), beforeMb=before,
    peakMb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    load=' / '.join('%.2f' % x for x in os.getloadavg()))))
`;

function hasIgraph(): boolean {
  if (!existsSync(PYTHON)) return false;
  const r = spawnSync(PYTHON, ['-c', 'import igraph; print(igraph.__version__)'], { encoding: 'utf8' });
  return r.status === 0;
}

function runChild(method: Method, dir: string): Measurement | string {
  const python = method.startsWith('igraph');
  const [command, args] = python
    ? [PYTHON, ['-c', PYTHON_CHILD, method, dir]]
    : [process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', method, '--dir', dir]];
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) return `failed (exit ${r.status ?? r.signal}): ${(r.stderr || '').trim().split('\n').slice(-3).join(' | ')}`;
  const line = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as Measurement;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'M' },
      repeats: { type: 'string' },
      seed: { type: 'string', default: '42' },
      only: { type: 'string' },
      'no-python': { type: 'boolean', default: false },
      child: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  if (values.child !== undefined) {
    await child(values.child as Method, values.dir!);
    return;
  }
  const size = values.size.toUpperCase() as BenchmarkSize;
  if (!(size in BENCHMARK_SIZES)) throw new Error(`--size must be S, M or L; got ${values.size}`);
  const seed = Number(values.seed);
  const repeats = Number(values.repeats ?? (size === 'L' ? 1 : 3));
  let methods: Method[] = values.only ? (values.only.split(',') as Method[]) : [...METHODS];
  for (const m of methods) if (!METHODS.includes(m)) throw new Error(`unknown method ${m}; known: ${METHODS.join(', ')}`);
  const igraphVersion = !values['no-python'] && hasIgraph()
    ? execFileSync(PYTHON, ['-c', 'import igraph; print(igraph.__version__)'], { encoding: 'utf8' }).trim()
    : undefined;
  if (igraphVersion === undefined) methods = methods.filter((m) => !m.startsWith('igraph'));

  const cpus = os.cpus();
  const { n, m } = BENCHMARK_SIZES[size];
  console.log('communities benchmark (issue 11 item 4)');
  console.log(`machine   ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}` +
    (igraphVersion ? `, python-igraph ${igraphVersion}` : ', no python-igraph (igraph rows skipped)'));
  console.log(`graph     ${size}: ${n.toLocaleString('en')} people, ${m.toLocaleString('en')} ties (seed ${seed}); ${TARGETS[size] ?? ''}`);
  console.log(`peers     ${PEERS[size] ?? '—'}`);
  console.log(`load avg  ${loadLine()} (1 / 5 / 15 min) before`);
  const dir = ensureData(size, seed);

  const results = new Map<Method, Measurement[]>();
  for (let r = 0; r < repeats; r++) {
    for (const method of methods) {
      const result = runChild(method, dir);
      if (typeof result === 'string') {
        console.log(`  run ${r + 1} ${method.padEnd(19)} ${result}`);
        continue;
      }
      console.log(
        `  run ${r + 1} ${method.padEnd(19)} ${result.wall.toFixed(3).padStart(8)} s wall ${result.cpu.toFixed(3).padStart(8)} s CPU  ` +
          `Q ${result.q.toFixed(4)}  ${String(result.count).padStart(6)} communities  peak ${result.peakMb.toFixed(0)} MB  load ${result.load}`,
      );
      results.set(method, [...(results.get(method) ?? []), result]);
    }
  }
  console.log(`\n${'method'.padEnd(19)}  ${'best s'.padStart(8)}  ${'median s'.padStart(8)}  ${'CPU s'.padStart(7)}  ${'Q'.padStart(6)}  ${'communities'.padStart(11)}  ${'peak MB'.padStart(8)}  ${'input MB'.padStart(8)}`);
  for (const method of methods) {
    const runs = results.get(method);
    if (!runs || runs.length === 0) continue;
    const best = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
    const median = medianWall(runs);
    console.log(
      `${method.padEnd(19)}  ${best.wall.toFixed(3).padStart(8)}  ${median.toFixed(3).padStart(8)}  ${best.cpu.toFixed(3).padStart(7)}  ` +
        `${best.q.toFixed(4)}  ${String(best.count).padStart(11)}  ${Math.max(...runs.map((x) => x.peakMb)).toFixed(0).padStart(8)}  ${best.beforeMb.toFixed(0).padStart(8)}`,
    );
  }
  // The host's speed moves by tens of percent within an hour: our medians as ratios to the peers'
  // of the same run, and at the speed at which the issue's table measured igraph's multilevel.
  const peer = (method: Method): number | undefined => (results.get(method)?.length ? medianWall(results.get(method)!) : undefined);
  const leidenPeer = peer('igraph-leiden');
  const multilevelPeer = peer('igraph-multilevel');
  const reference = ISSUE_MULTILEVEL_S[size];
  if (leidenPeer !== undefined || multilevelPeer !== undefined) {
    console.log('\nours against the peers of this run (medians)');
    for (const method of methods) {
      const ours = method.startsWith('igraph') ? undefined : peer(method);
      if (ours === undefined) continue;
      const parts: string[] = [];
      if (leidenPeer !== undefined) parts.push(`${(ours / leidenPeer).toFixed(2)} of igraph Leiden's`);
      if (multilevelPeer !== undefined) {
        parts.push(`${(ours / multilevelPeer).toFixed(2)} of igraph multilevel's`);
        if (reference !== undefined) parts.push(`${((ours / multilevelPeer) * reference).toFixed(2)} s at the speed of the issue's table (multilevel ${reference} s)`);
      }
      console.log(`  ${method.padEnd(19)} ${parts.join(', ')}`);
    }
  }
  console.log(`\nload avg  ${loadLine()} (1 / 5 / 15 min) after`);
}

/** The median wall time of some runs (the lower one of an even count). */
function medianWall(runs: Measurement[]): number {
  const walls = runs.map((x) => x.wall).sort((a, b) => a - b);
  return walls[Math.floor((walls.length - 1) / 2)]!;
}

await main();
