/**
 * The L benchmark graph on disk, for benchmarks/large.ts: generated on demand (seeded,
 * benchmarks/generate-graph.ts) into `benchmarks/.data/` (git-ignored, never committed), in two
 * forms:
 *
 * - `L-csr/`: the arrays of its CsrIndex (offsets, neighbours, strengths, slot ties and the tie
 *   lists), one raw little-endian file each, plus the generator's planted communities and a
 *   `meta.json`. A child process reads them straight into typed arrays (`fs.readSync` into the
 *   array: no parse, no copy) and wraps them in a `CsrIndex`, which is faster than generating
 *   the graph again and building the index from its edge arrays (both are timed by
 *   `npm run bench:large -- --only load`).
 * - `edges-L.csv` (+ `edges-L.meta.json`, the format benchmarks/ingest.ts uses, so the two share
 *   the file): `source,target,weight` rows with ids `p<id>`, for the CSV → index step. Written only
 *   when that step runs.
 *
 * Keys are `p0 … p999999` (the generator's ids), so the index's dense id i is the generator's
 * person i and `community[i]` is that person's planted block.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCHMARK_SIZES, generateGraph, writeEdgeListCsv, type BenchmarkGraph, type BenchmarkSize } from '../generate-graph.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const ROOT = resolve(HERE, '..', '..');
/** Where generated data goes (git-ignored). */
export const DATA = join(ROOT, 'benchmarks', '.data');

/** The arrays of a CsrIndex that are stored, with their element type. */
export const CSR_ARRAYS = Object.freeze({
  offsets: 'u32',
  neighbors: 'u32',
  strengths: 'f64',
  slotTies: 'u32',
  tieSources: 'u32',
  tieTargets: 'u32',
  tieStrengths: 'f64',
  community: 'u32',
} as const);

/** Name of a stored array. */
export type CsrArrayName = keyof typeof CSR_ARRAYS;

/** What `meta.json` of the stored index says. */
export interface CsrMeta {
  format: number;
  size: string;
  n: number;
  m: number;
  seed: number;
  /** sha1 of generate-graph.ts and src/core/csr.ts when written: a change to either rebuilds. */
  sources: string;
  /** Number of elements of each array. */
  lengths: Record<CsrArrayName, number>;
  communityCount: number;
  stats: { selfLoopsDropped: number; parallelEdgesMerged: number };
  generateSeconds: number;
  buildSeconds: number;
  writtenAt: string;
}

const FORMAT = 1;

/** sha1 over the files that decide the stored arrays. */
function sourcesHash(): string {
  const h = createHash('sha1');
  for (const file of ['benchmarks/generate-graph.ts', 'src/core/csr.ts']) h.update(readFileSync(join(ROOT, file)));
  return h.digest('hex').slice(0, 16);
}

/** The folder of the stored index of a size. */
export function csrDir(size: BenchmarkSize, seed: number): string {
  return join(DATA, `${size}-csr-seed${seed}`);
}

function readMeta(path: string): CsrMeta | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as CsrMeta;
  } catch {
    return null;
  }
}

/** Writes a typed array's bytes to a file (in 64 MB pieces). */
function writeArray(path: string, array: Uint32Array | Float64Array): void {
  const fd = openSync(path, 'w');
  try {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    const piece = 64 << 20;
    for (let at = 0; at < bytes.length; at += piece) {
      let view = bytes.subarray(at, Math.min(bytes.length, at + piece));
      while (view.length > 0) view = view.subarray(writeSync(fd, view));
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads a stored array straight into a new typed array (no intermediate Buffer). */
export function readArray(dir: string, name: CsrArrayName, length: number): Uint32Array | Float64Array {
  const array = CSR_ARRAYS[name] === 'f64' ? new Float64Array(length) : new Uint32Array(length);
  const bytes = new Uint8Array(array.buffer);
  const fd = openSync(join(dir, `${name}.bin`), 'r');
  try {
    let at = 0;
    while (at < bytes.length) {
      const got = readSync(fd, bytes, at, Math.min(bytes.length - at, 64 << 20), at);
      if (got === 0) throw new Error(`${name}.bin is shorter than ${bytes.length} bytes`);
      at += got;
    }
  } finally {
    closeSync(fd);
  }
  return array;
}

/**
 * Makes sure the stored index of `size` (seed `seed`) is on disk and current; returns its folder
 * and a line saying whether it was reused or built.
 */
export async function ensureCsr(size: BenchmarkSize, seed: number, regenerate = false): Promise<{ dir: string; meta: CsrMeta; note: string }> {
  const dir = csrDir(size, seed);
  const metaPath = join(dir, 'meta.json');
  const hash = sourcesHash();
  const { n, m } = BENCHMARK_SIZES[size];
  const old = regenerate ? null : readMeta(metaPath);
  if (
    old !== null &&
    old.format === FORMAT &&
    old.n === n &&
    old.m === m &&
    old.seed === seed &&
    old.sources === hash &&
    (Object.keys(CSR_ARRAYS) as CsrArrayName[]).every((k) => {
      const p = join(dir, `${k}.bin`);
      return existsSync(p) && statSync(p).size === old.lengths[k] * (CSR_ARRAYS[k] === 'f64' ? 8 : 4);
    })
  ) {
    return { dir, meta: old, note: `${relative(ROOT, dir)}: reused (seed ${seed}, written ${old.writtenAt})` };
  }
  // Built in this process from the sources (tsx): the arrays are the same whichever build reads them.
  const { indexFromArrays } = await import('../harness.js');
  mkdirSync(dir, { recursive: true });
  rmSync(metaPath, { force: true });
  let t0 = performance.now();
  const g = generateGraph({ n, m, seed });
  const generateSeconds = (performance.now() - t0) / 1000;
  const community = g.community;
  const communityCount = g.communityCount;
  t0 = performance.now();
  const index = indexFromArrays(n, g.m, g.sources, g.targets, g.weights);
  const buildSeconds = (performance.now() - t0) / 1000;
  const arrays: Record<CsrArrayName, Uint32Array | Float64Array> = {
    offsets: index.offsets,
    neighbors: index.neighbors,
    strengths: index.strengths,
    slotTies: index.slotTies,
    tieSources: index.tieSources,
    tieTargets: index.tieTargets,
    tieStrengths: index.tieStrengths,
    community,
  };
  const lengths = {} as Record<CsrArrayName, number>;
  for (const name of Object.keys(arrays) as CsrArrayName[]) {
    writeArray(join(dir, `${name}.bin`), arrays[name]);
    lengths[name] = arrays[name].length;
  }
  const meta: CsrMeta = {
    format: FORMAT,
    size,
    n,
    m,
    seed,
    sources: hash,
    lengths,
    communityCount,
    stats: { ...index.stats },
    generateSeconds,
    buildSeconds,
    writtenAt: new Date().toISOString(),
  };
  writeFileSync(`${metaPath}.tmp`, `${JSON.stringify(meta, null, 2)}\n`);
  renameSync(`${metaPath}.tmp`, metaPath);
  return {
    dir,
    meta,
    note: `${relative(ROOT, dir)}: generated in ${generateSeconds.toFixed(1)} s, index built in ${buildSeconds.toFixed(1)} s, written`,
  };
}

/** What `edges-<size>.meta.json` says (the format of benchmarks/ingest.ts). */
interface CsvMeta {
  size: string;
  n: number;
  m: number;
  seed: number;
  ids: string;
  bytes: number;
  rows: number;
  generator: string;
  writtenAt: string;
}

/**
 * Makes sure `benchmarks/.data/edges-<size>.csv` is the seeded edge list (ids `p<id>`), reusing it
 * when its metadata (shared with benchmarks/ingest.ts) matches; returns its path and a note.
 */
export async function ensureCsv(size: BenchmarkSize, seed: number, regenerate = false): Promise<{ path: string; note: string }> {
  const { n, m } = BENCHMARK_SIZES[size];
  mkdirSync(DATA, { recursive: true });
  const path = join(DATA, `edges-${size}.csv`);
  const metaPath = join(DATA, `edges-${size}.meta.json`);
  if (!regenerate && existsSync(path)) {
    const bytes = statSync(path).size;
    let meta: Partial<CsvMeta> | null = null;
    try {
      meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Partial<CsvMeta>;
    } catch {
      meta = null;
    }
    if (meta !== null && meta.n === n && meta.m === m && meta.seed === seed && meta.ids === 'p' && meta.bytes === bytes) {
      return { path, note: `${relative(ROOT, path)}: reused (${(bytes / 1e6).toFixed(0)} MB, seed ${seed})` };
    }
  }
  const t0 = performance.now();
  const graph: BenchmarkGraph = generateGraph({ n, m, seed });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeEdgeListCsv(tmp, graph, { ids: 'p' });
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  const bytes = statSync(path).size;
  const meta: CsvMeta = {
    size,
    n,
    m,
    seed,
    ids: 'p',
    bytes,
    rows: m,
    generator: 'benchmarks/generate-graph.ts',
    writtenAt: new Date().toISOString(),
  };
  writeFileSync(`${metaPath}.${process.pid}.tmp`, `${JSON.stringify(meta, null, 2)}\n`);
  renameSync(`${metaPath}.${process.pid}.tmp`, metaPath);
  return {
    path,
    note: `${relative(ROOT, path)}: generated and written (${(bytes / 1e6).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  };
}
