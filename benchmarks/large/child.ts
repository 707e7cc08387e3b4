/**
 * One measurement of benchmarks/large.ts, in a process of its own (started with
 * `node --max-old-space-size=4096 --expose-gc --import tsx`): loads the library (dist/index.js or
 * src/index.ts), the stored L index (or nothing, or the CSV path), runs the untimed setup, collects
 * garbage, then times the one call and prints a JSON line: wall and CPU seconds (all threads of the
 * process, workers included), the load time, the RSS after loading and the peak RSS of the process
 * (`process.resourceUsage().maxRSS`, which covers worker threads too: they live in this process).
 *
 * Configuration: the environment variable TIESTRENGTH_LARGE_CHILD (JSON, see {@link ChildConfig}).
 *
 * @module
 */
import { pathToFileURL } from 'node:url';
import { readArray, type CsrArrayName, type CsrMeta } from './data.js';
import { MEASUREMENTS, type Context, type Library } from './families.js';

/** What the parent passes. */
export interface ChildConfig {
  id: string;
  /** The library entry to import (a path). */
  entry: string;
  csrDir: string;
  meta: CsrMeta;
  csv: string;
}

/** What the child prints (one JSON line, the last line of its stdout). */
export interface ChildReport {
  id: string;
  seconds: number;
  cpuSeconds: number;
  loadSeconds: number;
  setupSeconds: number;
  /** RSS after loading and setup, just before the call, bytes. */
  rssBefore: number;
  /** Peak RSS of the process, KB. */
  maxRssKb: number;
  note: string;
}

async function main(): Promise<void> {
  const cfg = JSON.parse(process.env.TIESTRENGTH_LARGE_CHILD ?? '') as ChildConfig;
  const m = MEASUREMENTS.find((x) => x.id === cfg.id);
  if (m === undefined) throw new Error(`unknown measurement ${cfg.id}`);
  const lib = (await import(pathToFileURL(cfg.entry).href)) as Library;

  const cpuLoad0 = process.cpuUsage();
  let t0 = performance.now();
  let index = undefined as unknown as Context['index'];
  let community: Uint32Array = new Uint32Array(0);
  if (m.input === 'index') {
    const { n } = cfg.meta;
    const read = (name: CsrArrayName) => readArray(cfg.csrDir, name, cfg.meta.lengths[name]);
    const offsets = read('offsets') as Uint32Array;
    const neighbors = read('neighbors') as Uint32Array;
    const strengths = read('strengths') as Float64Array;
    const slotTies = read('slotTies') as Uint32Array;
    community = read('community') as Uint32Array;
    const keys = new Array<string>(n);
    for (let i = 0; i < n; i++) keys[i] = `p${i}`;
    const idOf = new Map<string, number>();
    for (let i = 0; i < n; i++) idOf.set(keys[i]!, i);
    // The constructor is internal (not in the published types): the parts are those csrFromEdges
    // gives an undirected index, read back from disk.
    const Ctor = lib.CsrIndex as unknown as new (parts: unknown) => Context['index'];
    index = new Ctor({
      directed: false,
      weighted: true,
      keys,
      idOf,
      offsets,
      neighbors,
      strengths,
      distances: null,
      slotTies,
      inOffsets: offsets,
      inNeighbors: neighbors,
      inStrengths: strengths,
      inDistances: null,
      inSlotTies: slotTies,
      tieSources: read('tieSources'),
      tieTargets: read('tieTargets'),
      tieStrengths: read('tieStrengths'),
      tieDistances: null,
      stats: cfg.meta.stats,
    });
  }
  const loadSeconds = (performance.now() - t0) / 1000;
  const loadCpu = process.cpuUsage(cpuLoad0);

  t0 = performance.now();
  const base = { lib, index, community, csv: cfg.csv };
  const prepared = m.setup === undefined ? undefined : m.setup(base);
  const setupSeconds = (performance.now() - t0) / 1000;
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;

  let seconds: number;
  let cpuSeconds: number;
  let note: string;
  if (m.id === 'load') {
    // The step is the load itself.
    seconds = loadSeconds;
    cpuSeconds = (loadCpu.user + loadCpu.system) / 1e6;
    note = await m.run({ ...base, prepared });
  } else {
    const cpu0 = process.cpuUsage();
    t0 = performance.now();
    note = await m.run({ ...base, prepared });
    seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    cpuSeconds = (cpu.user + cpu.system) / 1e6;
  }
  const report: ChildReport = {
    id: m.id,
    seconds,
    cpuSeconds,
    loadSeconds,
    setupSeconds,
    rssBefore,
    maxRssKb: process.resourceUsage().maxRSS,
    note,
  };
  process.stdout.write(`\n${JSON.stringify(report)}\n`);
  // Worker pools and timers must not keep the process (and the parent) waiting.
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
