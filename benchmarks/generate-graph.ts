/**
 * Seeded generator of the benchmark graphs of BENCHMARKS.md, and a streaming CSV writer for
 * them.
 *
 * Model (degree-corrected stochastic block model, BENCHMARKS.md "Benchmark graphs"):
 *
 *   1. Communities: sizes s ∈ {20, …, smax}, smax = max(200, ⌊n/100⌋), drawn with
 *      P(s) ∝ s^−2 until the n people are used up. People are laid out community by community.
 *   2. Degree propensities: θ_i = xmin · U^(−1/(γ−1)) with γ = 2.5 (a Pareto tail, so
 *      P(k) ~ k^−2.5), capped at √(⟨k⟩·n) with ⟨k⟩ = 2m/n. θ is in units of expected degree:
 *      xmin is solved so that E[min(θ, cap)] = ⟨k⟩.
 *   3. Every person first gets one tie inside their community, to a partner drawn by θ
 *      within the community (no isolates).
 *   4. The remaining ties are drawn one at a time: with probability 0.8 inside a community
 *      (community drawn ∝ Σθ over its members, both endpoints ∝ θ within it), otherwise across
 *      the whole graph (both endpoints ∝ θ). Self-loops and duplicate pairs are dropped and
 *      drawing continues until exactly m distinct undirected ties exist.
 *   5. Weights: lognormal(0, 1), i.e. exp(Z) with Z standard normal (Box–Muller).
 *   6. Ids: a uniformly random permutation of 0…n−1 relabels the people, and the tie list is
 *      shuffled, so neither ids nor row order leak the community layout.
 *
 * Everything is drawn from one sfc32 stream (`createRng(seed)`), in the order above, so a
 * (n, m, seed) triple always gives the same graph.
 *
 * Implementation: typed arrays throughout; θ-weighted draws use Walker/Vose alias tables
 * (one over everybody, one per community stored side by side in shared arrays, one over
 * communities), so every draw is O(1); duplicates are detected with an open-addressing hash
 * set on the packed pair key min·n + max (< 2^53 for n < 9.4·10^7) in a Float64Array.
 *
 * CLI:
 *
 *   npx tsx benchmarks/generate-graph.ts --size M --out benchmarks/.data/edges-M.csv --stats
 *
 * Options: `--size S|M|L` (default S), `--n`, `--m` (override the size), `--seed` (default
 * 42), `--out PATH` (write `source,target,weight`; omitted: generate only), `--ids PREFIX`
 * (id prefix, default `p`; `--ids ''` writes plain integers), `--stats` (print degree and
 * community statistics to compare with BENCHMARKS.md).
 *
 * @module
 */
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, createRng, shuffleInPlace } from '../src/core/random.js';

/** The benchmark sizes of BENCHMARKS.md. */
export const BENCHMARK_SIZES = Object.freeze({
  S: Object.freeze({ n: 10_000, m: 50_000 }),
  M: Object.freeze({ n: 100_000, m: 1_000_000 }),
  L: Object.freeze({ n: 1_000_000, m: 10_000_000 }),
});

/** A benchmark size name. */
export type BenchmarkSize = keyof typeof BENCHMARK_SIZES;

/** Model constants (BENCHMARKS.md). */
export const MODEL = Object.freeze({
  /** Smallest community. */
  minCommunitySize: 20,
  /** Largest community is max(this, ⌊n / largestCommunityDivisor⌋). */
  largestCommunityFloor: 200,
  largestCommunityDivisor: 100,
  /** P(community size s) ∝ s^−communitySizeExponent. */
  communitySizeExponent: 2,
  /** Degree exponent γ: P(k) ~ k^−γ. */
  degreeExponent: 2.5,
  /** Share of the ties after the first round drawn inside a community. */
  insideShare: 0.8,
});

/** Options of {@link generateGraph}. */
export interface GenerateGraphOptions {
  /** Number of people, at least 2. */
  n: number;
  /** Number of distinct undirected ties, at least n (every person gets one tie first). */
  m: number;
  /** Seed of the sfc32 stream. Default 42 (`DEFAULT_SEED`). */
  seed?: number;
}

/** A generated benchmark graph: an undirected, weighted edge list over ids 0…n−1. */
export interface BenchmarkGraph {
  /** Number of people (ids 0…n−1). */
  n: number;
  /** Number of ties (rows). */
  m: number;
  /** One endpoint of each tie. */
  sources: Uint32Array;
  /** The other endpoint of each tie (never equal to the source; no pair repeats). */
  targets: Uint32Array;
  /** Lognormal(0, 1) weight of each tie. */
  weights: Float64Array;
  /** Planted community of each person id (0…communityCount−1). */
  community: Uint32Array;
  /** Number of planted communities. */
  communityCount: number;
  /** What generating took: raw draws, self-loops dropped and duplicates dropped. */
  draws: { total: number; selfLoops: number; duplicates: number };
}

/**
 * Fills `prob`/`alias` over [from, to) with a Walker alias table (Vose's method) for the
 * weights `w[from…to)`. `alias` holds absolute indices. `small` and `large` are scratch
 * stacks of at least `to − from` entries.
 */
function buildAlias(
  w: Float64Array,
  from: number,
  to: number,
  prob: Float64Array,
  alias: Uint32Array,
  small: Uint32Array,
  large: Uint32Array,
): void {
  const len = to - from;
  let total = 0;
  for (let i = from; i < to; i++) total += w[i]!;
  let ns = 0;
  let nl = 0;
  const scale = len / total;
  for (let i = from; i < to; i++) {
    const p = w[i]! * scale;
    prob[i] = p;
    alias[i] = i;
    if (p < 1) small[ns++] = i;
    else large[nl++] = i;
  }
  while (ns > 0 && nl > 0) {
    const s = small[--ns]!;
    const l = large[nl - 1]!;
    alias[s] = l;
    const pl = prob[l]! + prob[s]! - 1;
    prob[l] = pl;
    if (pl < 1) {
      nl--;
      small[ns++] = l;
    }
  }
  // Leftovers are 1 up to rounding.
  while (nl > 0) prob[large[--nl]!] = 1;
  while (ns > 0) prob[small[--ns]!] = 1;
}

/** The Pareto scale xmin with E[min(xmin · U^(−1/α), cap)] = mean (α = γ − 1 > 1). */
function paretoScale(mean: number, alpha: number, cap: number): number {
  // E[min(X, cap)] = xmin·α/(α−1) − xmin^α · cap^(1−α) / (α−1) for xmin ≤ cap; increasing in xmin.
  const f = (x: number) => (x * alpha) / (alpha - 1) - (x ** alpha * cap ** (1 - alpha)) / (alpha - 1);
  let lo = 0;
  let hi = Math.min(cap, (mean * (alpha - 1)) / alpha * 2);
  if (f(hi) < mean) return Math.min(cap, mean); // cap too low to reach the mean: θ ≈ constant
  for (let it = 0; it < 100; it++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < mean) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Generates a benchmark graph of BENCHMARKS.md (see the module comment for the model).
 *
 * @param options The size `n`, `m` and the `seed`.
 * @returns The edge list in typed arrays, with the planted communities.
 * @throws RangeError If n < 2, m < n, or m is too close to the number of possible pairs.
 */
export function generateGraph(options: GenerateGraphOptions): BenchmarkGraph {
  const { n, m } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(n) || n < 2 || n >= 2 ** 32) {
    throw new RangeError(`generateGraph: n must be an integer in [2, 2^32), got ${n}`);
  }
  if (!Number.isInteger(m) || m < n) {
    throw new RangeError(`generateGraph: m must be an integer ≥ n = ${n}, got ${m}`);
  }
  if (m > (n * (n - 1)) / 4 || n * n >= 2 ** 53) {
    throw new RangeError(`generateGraph: m = ${m} is too dense for n = ${n} (at most n(n−1)/4)`);
  }
  const rng = createRng(seed);

  // 1. Community sizes, P(s) ∝ s^−2 on [smin, smax], by inverse CDF over the integer sizes.
  const smin = MODEL.minCommunitySize;
  const smax = Math.max(MODEL.largestCommunityFloor, Math.floor(n / MODEL.largestCommunityDivisor));
  const sizeCdf = new Float64Array(smax - smin + 1);
  let acc = 0;
  for (let s = smin; s <= smax; s++) {
    acc += s ** -MODEL.communitySizeExponent;
    sizeCdf[s - smin] = acc;
  }
  const starts: number[] = [0];
  let placed = 0;
  while (placed < n) {
    const r = rng() * acc;
    let lo = 0;
    let hi = sizeCdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sizeCdf[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    let size = smin + lo;
    if (placed + size > n) size = n - placed;
    if (size < smin && starts.length > 1) {
      // A remainder smaller than smin joins the previous community.
      starts[starts.length - 1] = n;
    } else {
      starts.push(placed + size);
    }
    placed += size;
  }
  const communityCount = starts.length - 1;
  const commStart = Uint32Array.from(starts);
  const commOf = new Uint32Array(n);
  for (let c = 0; c < communityCount; c++) commOf.fill(c, commStart[c]!, commStart[c + 1]!);

  // 2. Degree propensities: Pareto(α = γ − 1) scaled to mean ⟨k⟩ after the cap.
  const meanDegree = (2 * m) / n;
  const cap = Math.sqrt(meanDegree * n);
  const alpha = MODEL.degreeExponent - 1;
  const xmin = paretoScale(meanDegree, alpha, cap);
  const theta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = xmin * (1 - rng()) ** (-1 / alpha);
    theta[i] = t < cap ? t : cap;
  }

  // Alias tables: everyone, each community (side by side), communities by total θ.
  const small = new Uint32Array(n);
  const large = new Uint32Array(n);
  const gProb = new Float64Array(n);
  const gAlias = new Uint32Array(n);
  buildAlias(theta, 0, n, gProb, gAlias, small, large);
  const cProb = new Float64Array(n);
  const cAlias = new Uint32Array(n);
  const commTheta = new Float64Array(communityCount);
  for (let c = 0; c < communityCount; c++) {
    const from = commStart[c]!;
    const to = commStart[c + 1]!;
    buildAlias(theta, from, to, cProb, cAlias, small, large);
    let t = 0;
    for (let i = from; i < to; i++) t += theta[i]!;
    commTheta[c] = t;
  }
  const kProb = new Float64Array(communityCount);
  const kAlias = new Uint32Array(communityCount);
  buildAlias(commTheta, 0, communityCount, kProb, kAlias, small, large);

  const sampleGlobal = (): number => {
    const i = Math.floor(rng() * n);
    return rng() < gProb[i]! ? i : gAlias[i]!;
  };
  const sampleIn = (c: number): number => {
    const from = commStart[c]!;
    const i = from + Math.floor(rng() * (commStart[c + 1]! - from));
    return rng() < cProb[i]! ? i : cAlias[i]!;
  };
  const sampleCommunity = (): number => {
    const i = Math.floor(rng() * communityCount);
    return rng() < kProb[i]! ? i : kAlias[i]!;
  };

  // Duplicate detection: open addressing, linear probing, load ≤ 0.625.
  let capacity = 16;
  while (capacity * 0.625 < m) capacity *= 2;
  const mask = capacity - 1;
  const keys = new Float64Array(capacity).fill(-1);
  const sources = new Uint32Array(m);
  const targets = new Uint32Array(m);
  let e = 0;
  let duplicates = 0;
  let selfLoops = 0;
  let total = 0;
  /** Adds tie {u, v} (u ≠ v) unless present; returns whether it was added. */
  const addTie = (u: number, v: number): boolean => {
    const a = u < v ? u : v;
    const b = u < v ? v : u;
    const key = a * n + b;
    let h = Math.imul(a, 0x9e3779b1) ^ b;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const k = keys[h]!;
      if (k === key) {
        duplicates++;
        return false;
      }
      if (k < 0) break;
      h = (h + 1) & mask;
    }
    keys[h] = key;
    sources[e] = a;
    targets[e] = b;
    e++;
    return true;
  };

  // 3. One tie inside the community for everyone.
  for (let i = 0; i < n; i++) {
    const c = commOf[i]!;
    if (commStart[c + 1]! - commStart[c]! < 2) continue; // guard only: every community has ≥ 2 people when n ≥ 2
    let j = sampleIn(c);
    total++;
    while (j === i) {
      selfLoops++;
      j = sampleIn(c);
      total++;
    }
    addTie(i, j);
  }

  // 4. The rest: 0.8 inside a community, 0.2 across the graph, until m distinct ties.
  const maxDraws = 200 * m + 1_000_000;
  const inside = MODEL.insideShare;
  while (e < m) {
    if (++total > maxDraws) {
      throw new RangeError(`generateGraph: gave up after ${maxDraws} draws (${e} of ${m} ties); m is too dense`);
    }
    let u: number;
    let v: number;
    if (rng() < inside) {
      const c = sampleCommunity();
      u = sampleIn(c);
      v = sampleIn(c);
    } else {
      u = sampleGlobal();
      v = sampleGlobal();
    }
    if (u === v) {
      selfLoops++;
      continue;
    }
    addTie(u, v);
  }

  // 5. Weights: lognormal(0, 1) by Box–Muller, two normals per pair of draws.
  const weights = new Float64Array(m);
  for (let i = 0; i < m; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - rng()));
    const phi = 2 * Math.PI * rng();
    weights[i] = Math.exp(r * Math.cos(phi));
    if (i + 1 < m) weights[i + 1] = Math.exp(r * Math.sin(phi));
  }

  // 6. Relabel people by a random permutation, then shuffle the rows.
  const perm = new Uint32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  shuffleInPlace(rng, perm);
  const community = new Uint32Array(n);
  for (let i = 0; i < n; i++) community[perm[i]!] = commOf[i]!;
  for (let k = 0; k < m; k++) {
    sources[k] = perm[sources[k]!]!;
    targets[k] = perm[targets[k]!]!;
  }
  for (let k = m - 1; k > 0; k--) {
    const j = Math.floor(rng() * (k + 1));
    const s = sources[k]!;
    sources[k] = sources[j]!;
    sources[j] = s;
    const t = targets[k]!;
    targets[k] = targets[j]!;
    targets[j] = t;
    const w = weights[k]!;
    weights[k] = weights[j]!;
    weights[j] = w;
  }

  return {
    n,
    m,
    sources,
    targets,
    weights,
    community,
    communityCount,
    draws: { total, selfLoops, duplicates },
  };
}

/** Options of {@link writeEdgeListCsv}. */
export interface WriteEdgeListCsvOptions {
  /** Prefix of every id: `'p'` (default) writes `p123`; `''` writes plain integers. */
  ids?: string;
}

/**
 * Writes a graph as CSV rows `source,target,weight` under a header line, streaming in
 * chunks and waiting for `drain` when the stream buffer is full. Weights are written with
 * JavaScript's shortest round-trip formatting, so reading them back gives the same doubles.
 *
 * @param path The file to write (created or truncated).
 * @param graph The graph, as returned by {@link generateGraph}.
 * @param options The id format.
 * @returns A promise that resolves once the file is completely written and closed.
 */
export async function writeEdgeListCsv(
  path: string,
  graph: Pick<BenchmarkGraph, 'm' | 'sources' | 'targets' | 'weights'>,
  options: WriteEdgeListCsvOptions = {},
): Promise<void> {
  const prefix = options.ids ?? 'p';
  const { m, sources, targets, weights } = graph;
  const out = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    let chunk = 'source,target,weight\n';
    const rowsPerChunk = 16_384;
    for (let start = 0; start < m; start += rowsPerChunk) {
      const end = Math.min(m, start + rowsPerChunk);
      for (let k = start; k < end; k++) {
        chunk += `${prefix}${sources[k]!},${prefix}${targets[k]!},${weights[k]!}\n`;
      }
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
    if (chunk.length > 0) out.write(chunk);
    out.end();
    await finished(out);
  } catch (error) {
    out.destroy();
    throw error;
  }
}

/** Degree and community statistics, to compare with BENCHMARKS.md. */
export interface GraphStats {
  n: number;
  m: number;
  meanDegree: number;
  medianDegree: number;
  maxDegree: number;
  minDegree: number;
  isolates: number;
  sumDegreeSquared: number;
  communityCount: number;
  smallestCommunity: number;
  largestCommunity: number;
  /** Share of ties whose endpoints are in the same planted community. */
  insideShare: number;
  /** Median and mean of the weights. */
  medianWeight: number;
  meanWeight: number;
}

/** Computes {@link GraphStats} of a generated graph. */
export function graphStats(graph: BenchmarkGraph): GraphStats {
  const { n, m, sources, targets, weights, community, communityCount } = graph;
  const degree = new Uint32Array(n);
  let inside = 0;
  let weightSum = 0;
  for (let k = 0; k < m; k++) {
    const s = sources[k]!;
    const t = targets[k]!;
    degree[s]!++;
    degree[t]!++;
    if (community[s] === community[t]) inside++;
    weightSum += weights[k]!;
  }
  let sumSq = 0;
  let max = 0;
  let min = Infinity;
  let isolates = 0;
  for (let i = 0; i < n; i++) {
    const d = degree[i]!;
    sumSq += d * d;
    if (d > max) max = d;
    if (d < min) min = d;
    if (d === 0) isolates++;
  }
  const median = (sorted: ArrayLike<number>) => {
    const len = sorted.length;
    const h = len >>> 1;
    return len % 2 === 1 ? sorted[h]! : (sorted[h - 1]! + sorted[h]!) / 2;
  };
  const sizes = new Uint32Array(communityCount);
  for (let i = 0; i < n; i++) sizes[community[i]!]!++;
  sizes.sort();
  return {
    n,
    m,
    meanDegree: (2 * m) / n,
    medianDegree: median(degree.sort()),
    maxDegree: max,
    minDegree: min,
    isolates,
    sumDegreeSquared: sumSq,
    communityCount,
    smallestCommunity: sizes[0] ?? 0,
    largestCommunity: sizes[communityCount - 1] ?? 0,
    insideShare: inside / m,
    medianWeight: median(Float64Array.from(weights).sort()),
    meanWeight: weightSum / m,
  };
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: 'S' },
      n: { type: 'string' },
      m: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string' },
      ids: { type: 'string', default: 'p' },
      stats: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const sizeName = values.size.toUpperCase();
  if (!(sizeName in BENCHMARK_SIZES)) {
    throw new RangeError(`--size must be S, M or L, got ${values.size}`);
  }
  const preset = BENCHMARK_SIZES[sizeName as BenchmarkSize];
  const n = values.n === undefined ? preset.n : Number(values.n);
  const m = values.m === undefined ? preset.m : Number(values.m);
  const seed = Number(values.seed);

  let t0 = performance.now();
  const graph = generateGraph({ n, m, seed });
  const generateMs = performance.now() - t0;
  console.log(
    `generated n=${n} m=${m} seed=${seed} in ${(generateMs / 1000).toFixed(2)} s ` +
      `(${graph.draws.total} draws, ${graph.draws.selfLoops} self-loops and ${graph.draws.duplicates} duplicates dropped)`,
  );

  if (values.out !== undefined) {
    const path = resolve(values.out);
    mkdirSync(dirname(path), { recursive: true });
    t0 = performance.now();
    await writeEdgeListCsv(path, graph, { ids: values.ids });
    const writeMs = performance.now() - t0;
    const bytes = statSync(path).size;
    console.log(`wrote ${path}: ${(bytes / 1e6).toFixed(1)} MB in ${(writeMs / 1000).toFixed(2)} s`);
  }

  if (values.stats) {
    const s = graphStats(graph);
    console.log(
      [
        `mean degree        ${s.meanDegree.toFixed(2)}`,
        `median degree      ${s.medianDegree}`,
        `max degree         ${s.maxDegree} (cap on θ: ${Math.sqrt(s.meanDegree * n).toFixed(0)})`,
        `min degree         ${s.minDegree} (isolates: ${s.isolates})`,
        `Σ deg²             ${s.sumDegreeSquared.toExponential(3)}`,
        `communities        ${s.communityCount} (sizes ${s.smallestCommunity}…${s.largestCommunity})`,
        `ties inside        ${(100 * s.insideShare).toFixed(1)} %`,
        `weight median/mean ${s.medianWeight.toFixed(3)} / ${s.meanWeight.toFixed(3)} (lognormal(0,1): 1 / 1.649)`,
      ].join('\n'),
    );
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
