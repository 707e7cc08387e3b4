/**
 * Interactions benchmark: `tiesFromInteractions` over a seeded interaction log, in memory and
 * streamed from CSV, with wall time and peak RSS next to the targets of issue 3.
 *
 *   npx tsx benchmarks/interactions.ts                     # 1M events in memory; 10M streamed from CSV
 *   npx tsx benchmarks/interactions.ts --no-csv            # in-memory figures only
 *   npx tsx benchmarks/interactions.ts --events 200000 --csv-rows 1000000
 *
 * It prints figures and never asserts (exit code 1 only when a step crashes). It is not a test.
 *
 * The log: the seeded benchmark graph of BENCHMARKS.md (`generateGraph`) gives who talks to whom;
 * each event picks a tie with probability ∝ its lognormal weight (Walker alias table), a
 * direction (per tie: balanced, mostly one way, or strictly one way), a time uniform over the 365
 * days before 2024-01-01, a channel (email 60 %, chat 30 %, meeting 7 %, call 3 %), a duration
 * for meetings and calls (5–60 min) and a number of recipients (1 for chats and calls; e-mails
 * 70 % one-to-one; meetings 2–9). Seed 42 unless `--seed`.
 *
 * Steps, each in a FRESH child process so that every peak RSS belongs to one measurement (the
 * child measures wall and CPU time around the call only, and `process.resourceUsage().maxRSS`):
 *
 *   memory/numbers   1M events (graph S: 10,000 people, 50,000 ties) generated in the child with
 *                    `at` as epoch ms, then `tiesFromInteractions(events)` to a graphology graph,
 *                    and again with `as: 'index'`. Target: ≤ 6 s.
 *   memory/iso       the same with `at` as ISO-8601 strings (parsing included).
 *   csv/index        `tiesFromInteractions(readInteractionsCsv(file), { as: 'index' })` on a
 *                    10M-row CSV (graph M: 100,000 people, 1,000,000 ties) in
 *                    `benchmarks/.data/interactions-<rows>.csv`, generated once and reused.
 *                    Target: ≤ 1.5 GB peak RSS.
 *   csv/graph        the same to a graphology graph (`--csv-graph`; slow and memory-hungry on M).
 *
 * Options: `--events N` (1,000,000), `--csv-rows N` (10,000,000), `--seed N` (42), `--no-csv`,
 * `--csv-graph`, `--regenerate` (rewrite the CSV), `--repeats N` (in-memory steps, default 3; the
 * median is printed).
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRng } from '../src/core/random.js';
import { BENCHMARK_SIZES, generateGraph, type BenchmarkGraph } from './generate-graph.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const DATA = join(HERE, '.data');
const SELF = fileURLToPath(import.meta.url);
const T_END = Date.UTC(2024, 0, 1);
const YEAR_MS = 365 * 86_400_000;
const CHANNELS = ['email', 'chat', 'meeting', 'call'] as const;

/** Targets of issue 3. */
const TARGETS = Object.freeze({ millionEventsSeconds: 6, tenMillionPeakMb: 1536 });

// ---------------------------------------------------------------------------------------------
// The seeded log

/** One generated event, in flat form. */
interface FlatEvent {
  from: number;
  to: number;
  at: number;
  channel: number;
  durationSeconds: number; // −1: none
  recipients: number;
}

/** A seeded event generator over a benchmark graph (see the module comment). */
function eventSource(graph: BenchmarkGraph, seed: number): () => FlatEvent {
  const rng = createRng(seed + 1);
  const { m, sources, targets, weights } = graph;
  // Walker alias table over tie weights.
  const prob = new Float64Array(m);
  const alias = new Uint32Array(m);
  let total = 0;
  for (let k = 0; k < m; k++) total += weights[k]!;
  const small: number[] = [];
  const large: number[] = [];
  for (let k = 0; k < m; k++) {
    prob[k] = (weights[k]! * m) / total;
    alias[k] = k;
    (prob[k]! < 1 ? small : large).push(k);
  }
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large[large.length - 1]!;
    alias[s] = l;
    prob[l] = prob[l]! + prob[s]! - 1;
    if (prob[l]! < 1) {
      large.pop();
      small.push(l);
    }
  }
  for (const k of small) prob[k] = 1;
  for (const k of large) prob[k] = 1;
  // Direction per tie: 70 % balanced, 20 % mostly one way, 10 % strictly one way.
  const forward = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const r = rng();
    forward[k] = r < 0.7 ? 0.5 : r < 0.9 ? 0.9 : 1;
  }
  const event: FlatEvent = { from: 0, to: 0, at: 0, channel: 0, durationSeconds: -1, recipients: 1 };
  return () => {
    const i = Math.floor(rng() * m);
    const k = rng() < prob[i]! ? i : alias[i]!;
    const fwd = rng() < forward[k]!;
    event.from = fwd ? sources[k]! : targets[k]!;
    event.to = fwd ? targets[k]! : sources[k]!;
    event.at = T_END - Math.floor(rng() * YEAR_MS);
    const c = rng();
    const channel = c < 0.6 ? 0 : c < 0.9 ? 1 : c < 0.97 ? 2 : 3;
    event.channel = channel;
    event.durationSeconds = channel >= 2 ? 300 + Math.floor(rng() * 3300) : -1;
    event.recipients = channel === 0 ? (rng() < 0.7 ? 1 : 2 + Math.floor(rng() * 8)) : channel === 2 ? 2 + Math.floor(rng() * 8) : 1;
    return event;
  };
}

/** `count` events as objects, `at` as epoch ms or ISO strings; ids `p<id>` share strings. */
function generateEvents(graph: BenchmarkGraph, count: number, seed: number, iso: boolean) {
  const next = eventSource(graph, seed);
  const names = Array.from({ length: graph.n }, (_, i) => `p${i}`);
  const events = new Array<{ from: string; to: string; at: number | string; channel: string; durationSeconds?: number; recipients: number }>(count);
  for (let i = 0; i < count; i++) {
    const e = next();
    events[i] = {
      from: names[e.from]!,
      to: names[e.to]!,
      at: iso ? new Date(e.at).toISOString() : e.at,
      channel: CHANNELS[e.channel]!,
      ...(e.durationSeconds >= 0 ? { durationSeconds: e.durationSeconds } : {}),
      recipients: e.recipients,
    };
  }
  return events;
}

/** Writes `rows` events as CSV (`from,to,at,channel,durationSeconds,recipients`, ISO times) to a temp file renamed into place. */
async function writeEventsCsv(path: string, graph: BenchmarkGraph, rows: number, seed: number): Promise<void> {
  const next = eventSource(graph, seed);
  const tmp = `${path}.tmp-${process.pid}`;
  const out = createWriteStream(tmp, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let chunk = 'from,to,at,channel,durationSeconds,recipients\n';
  for (let i = 0; i < rows; i++) {
    const e = next();
    chunk += `p${e.from},p${e.to},${new Date(e.at).toISOString()},${CHANNELS[e.channel]},${e.durationSeconds >= 0 ? e.durationSeconds : ''},${e.recipients}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(chunk);
  out.end();
  await finished(out);
  renameSync(tmp, path);
}

/** Makes sure the CSV of `rows` events is on disk (reused when its metadata matches). */
async function ensureCsv(rows: number, seed: number, regenerate: boolean): Promise<string> {
  mkdirSync(DATA, { recursive: true });
  const label = rows % 1_000_000 === 0 ? `${rows / 1_000_000}M` : String(rows);
  const path = join(DATA, `interactions-${label}.csv`);
  const metaPath = join(DATA, `interactions-${label}.meta.json`);
  const size = rows >= 5_000_000 ? 'M' : 'S';
  const meta = { rows, seed, graph: size, ...BENCHMARK_SIZES[size], generator: 'benchmarks/interactions.ts v1' };
  if (!regenerate && existsSync(path) && existsSync(metaPath)) {
    try {
      const old = JSON.parse(readFileSync(metaPath, 'utf8')) as typeof meta & { bytes: number };
      if (JSON.stringify({ ...old, bytes: undefined }) === JSON.stringify({ ...meta, bytes: undefined }) && statSync(path).size === old.bytes) return path;
    } catch {
      // regenerate
    }
  }
  const t0 = performance.now();
  console.log(`writing ${relative(ROOT, path)} (${rows.toLocaleString('en')} events over graph ${size})…`);
  const graph = generateGraph({ ...BENCHMARK_SIZES[size], seed });
  await writeEventsCsv(path, graph, rows, seed);
  writeFileSync(metaPath, JSON.stringify({ ...meta, bytes: statSync(path).size }, null, 2));
  console.log(`  written in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${(statSync(path).size / 1e6).toFixed(0)} MB`);
  return path;
}

// ---------------------------------------------------------------------------------------------
// Children

type Step = 'memory-graph' | 'memory-index' | 'memory-iso-graph' | 'memory-iso-index' | 'csv-index' | 'csv-graph';

interface ChildConfig {
  step: Step;
  events: number;
  seed: number;
  file: string | null;
}

interface ChildResult {
  step: Step;
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  events: number;
  people: number;
  ties: number;
  setupSeconds: number;
}

async function child(cfg: ChildConfig): Promise<void> {
  const { tiesFromInteractions } = await import('../src/ties/ties-from-interactions.js');
  const { readInteractionsCsv } = await import('../src/io/read-interactions-csv.js');
  const t00 = performance.now();
  let events: ReturnType<typeof generateEvents> | null = null;
  if (cfg.step.startsWith('memory')) {
    const graph = generateGraph({ ...BENCHMARK_SIZES.S, seed: cfg.seed });
    events = generateEvents(graph, cfg.events, cfg.seed, cfg.step.startsWith('memory-iso'));
  }
  const setupSeconds = (performance.now() - t00) / 1000;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const as = cfg.step.endsWith('index') ? 'index' : 'graph';
  const result = await (events !== null
    ? tiesFromInteractions(events, { as })
    : tiesFromInteractions(readInteractionsCsv(cfg.file!), { as }));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const { report } = result;
  const out: ChildResult = {
    step: cfg.step,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    events: report.events,
    people: report.people,
    ties: report.ties,
    setupSeconds,
  };
  process.stdout.write(`\n${JSON.stringify(out)}\n`);
}

const requireHere = createRequire(import.meta.url);

function runChild(cfg: ChildConfig): Promise<ChildResult> {
  const tsx = pathToFileURL(requireHere.resolve('tsx')).href;
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(process.execPath, ['--max-old-space-size=4096', '--import', tsx, SELF, '--child'], {
      cwd: ROOT,
      env: { ...process.env, TIESTRENGTH_BENCH_CHILD: JSON.stringify(cfg) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (d: string) => (stdout += d));
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      if (code !== 0) return reject(new Error(`child ${cfg.step} exited with ${signal ?? code}\n${stdout}`));
      try {
        resolvePromise(JSON.parse(stdout.trim().split('\n').pop() ?? '') as ChildResult);
      } catch {
        reject(new Error(`child ${cfg.step} printed no result:\n${stdout}`));
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Main

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      'csv-rows': { type: 'string', default: '10000000' },
      seed: { type: 'string', default: '42' },
      'no-csv': { type: 'boolean', default: false },
      'csv-graph': { type: 'boolean', default: false },
      regenerate: { type: 'boolean', default: false },
      repeats: { type: 'string', default: '3' },
      child: { type: 'boolean', default: false },
    },
  });
  if (values.child) return child(JSON.parse(process.env.TIESTRENGTH_BENCH_CHILD!) as ChildConfig);
  const events = Number(values.events);
  const csvRows = Number(values['csv-rows']);
  const seed = Number(values.seed);
  const repeats = Number(values.repeats);
  const cpus = os.cpus();
  console.log(`machine: ${cpus[0]?.model ?? '?'} × ${cpus.length}, Node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const rows: string[][] = [];
  const row = (name: string, r: ChildResult[], target: string) => {
    rows.push([
      name,
      r[0]!.events.toLocaleString('en'),
      r[0]!.people.toLocaleString('en'),
      r[0]!.ties.toLocaleString('en'),
      median(r.map((x) => x.seconds)).toFixed(2),
      Math.min(...r.map((x) => x.seconds)).toFixed(2),
      median(r.map((x) => x.cpuSeconds)).toFixed(2),
      Math.max(...r.map((x) => x.maxRssMb)).toFixed(0),
      target,
    ]);
    console.log(`  ${rows[rows.length - 1]!.join('  ')}`);
  };
  for (const step of ['memory-graph', 'memory-index', 'memory-iso-graph', 'memory-iso-index'] as const) {
    const results: ChildResult[] = [];
    for (let i = 0; i < repeats; i++) results.push(await runChild({ step, events, seed, file: null }));
    row(step, results, `≤ ${TARGETS.millionEventsSeconds} s (1M events)`);
  }
  if (!values['no-csv']) {
    const file = await ensureCsv(csvRows, seed, values.regenerate);
    row('csv-index', [await runChild({ step: 'csv-index', events: csvRows, seed, file })], `≤ ${TARGETS.tenMillionPeakMb} MB peak (10M events)`);
    if (values['csv-graph']) row('csv-graph', [await runChild({ step: 'csv-graph', events: csvRows, seed, file })], '—');
  }
  const header = ['step', 'events', 'people', 'ties', 'median s', 'min s', 'CPU s', 'peak RSS MB', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  console.log();
  console.log(header.map((h, i) => h.padEnd(widths[i]!)).join('  '));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  console.log(`load average after: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
