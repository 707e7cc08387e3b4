/**
 * L benchmark (issue 11, item 5): every near-linear metric family on the L graph of BENCHMARKS.md
 * (1,000,000 people, 10,000,000 ties), each call in its own child process with a 4 GB heap, with
 * wall time, CPU time and peak RSS.
 *
 *   npm run bench:large                                  # everything (takes a while)
 *   npm run bench:large -- --only burt,reach             # families or single measurements
 *   npm run bench:large -- --skip cascades,csv --repeats 2
 *   npm run bench:large -- --list                        # what can be measured
 *
 * - Data: the seeded L graph (benchmarks/generate-graph.ts, seed 42) is generated on demand into
 *   `benchmarks/.data/` (git-ignored): the arrays of its CsrIndex as raw binary files, which a child
 *   reads straight into typed arrays in about a second (regenerating and building the index takes
 *   about 18 s: `--only load` times both), and, for the CSV → index step only, `edges-L.csv`
 *   (shared with benchmarks/ingest.ts). See benchmarks/large/data.ts.
 * - The metrics run on a `CsrIndex`, never on a graphology graph: L as graphology objects does not
 *   fit in 4 GB (graphology's Louvain on L peaked at 5.3 GB, BENCHMARKS.md).
 * - Each measurement runs in a fresh `node --max-old-space-size=4096 --expose-gc` process
 *   (benchmarks/large/child.ts): load the index, untimed setup (e.g. the groups map), garbage
 *   collection, then the one timed call. Reported: wall seconds, CPU seconds (user + system, all
 *   threads of the process: above wall means worker threads or the parallel garbage collector),
 *   peak RSS of the whole process (`process.resourceUsage().maxRSS`, workers included; the loaded
 *   index alone is about 0.6 GB of it), and the 1-minute load average before and after: the
 *   machine is shared, so with `--repeats N` the best (lowest) wall time of N runs is kept, and
 *   the highest peak RSS.
 * - A call that exceeds `--timeout` (default 600 s) is killed and reported as such; one that runs
 *   out of heap or is killed reports how; the target is that every family stays within 4 GB.
 * - Library: dist/index.js when it is at least as new as every file under src/ (`npm run build`),
 *   otherwise the sources through tsx (said in the output); `--src` / `--dist` force either.
 * - Prints a Markdown table (family, call, time, CPU, peak RSS, the L peer figure of BENCHMARKS.md
 *   where one exists, load average) and the result line of every call; `--out FILE` also writes it.
 *
 * Options: `--only LIST`, `--skip LIST` (comma-separated measurement or family ids), `--repeats N`
 * (1), `--timeout S` (600), `--heap MB` (4096), `--seed N` (42), `--regenerate`, `--src`,
 * `--dist`, `--out FILE`, `--list`.
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ChildConfig, ChildReport } from './large/child.js';
import { DATA, ROOT, ensureCsr, ensureCsv } from './large/data.js';
import { FAMILIES, MEASUREMENTS, type Measurement } from './large/families.js';

const DIST_ENTRY = join(ROOT, 'dist', 'index.js');
const SRC_ENTRY = join(ROOT, 'src', 'index.ts');
const CHILD = join(ROOT, 'benchmarks', 'large', 'child.ts');
const GB4 = 4096;

/** What one measurement gave (best of its runs), or why it failed. */
interface Outcome {
  m: Measurement;
  report: ChildReport | null;
  /** Wall seconds of every successful run. */
  walls: number[];
  failure: string | null;
  loadBefore: number;
  loadAfter: number;
}

/** Newest modification time under a folder, and the file. */
function newestUnder(dir: string): { mtime: number; file: string } {
  let best = { mtime: 0, file: '' };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = newestUnder(full);
      if (sub.mtime > best.mtime) best = sub;
    } else {
      const mtime = statSync(full).mtimeMs;
      if (mtime > best.mtime) best = { mtime, file: full };
    }
  }
  return best;
}

/** Which build to measure, and why. */
function chooseEntry(forceSrc: boolean, forceDist: boolean): { entry: string; line: string } {
  if (forceSrc) return { entry: SRC_ENTRY, line: 'src/ through tsx (--src)' };
  let distTime = 0;
  try {
    distTime = statSync(DIST_ENTRY).mtimeMs;
  } catch {
    if (forceDist) throw new Error('--dist: dist/index.js is missing (npm run build)');
    return { entry: SRC_ENTRY, line: 'src/ through tsx (no dist/ build)' };
  }
  const newest = newestUnder(join(ROOT, 'src'));
  if (forceDist) return { entry: DIST_ENTRY, line: 'dist/index.js (--dist)' };
  if (newest.mtime > distTime) {
    return {
      entry: SRC_ENTRY,
      line: `src/ through tsx: dist/ is older than ${relative(ROOT, newest.file)} (npm run build, or --dist to measure it anyway)`,
    };
  }
  return { entry: DIST_ENTRY, line: `dist/index.js (built ${new Date(distTime).toISOString()}, newer than every src/ file)` };
}

/** Which communities algorithm the chosen build runs. */
function communitiesAlgorithm(entry: string): string {
  const text =
    entry === DIST_ENTRY ? readFileSync(DIST_ENTRY, 'utf8') : readFileSync(join(ROOT, 'src', 'groups', 'communities.ts'), 'utf8');
  return /leiden/i.test(text) ? 'Leiden on the index' : 'Louvain: graphology-communities-louvain on a graph built from the index';
}

const requireHere = createRequire(import.meta.url);
const load1 = () => os.loadavg()[0]!;

/** CPU seconds and peak RSS of a running process so far, from /proc (Linux; empty elsewhere). */
function procUsage(pid: number | undefined): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return `; by then CPU ${cpu.toFixed(0)} s, peak RSS ${hwm ? mb(Number(hwm[1])) : '?'}`;
  } catch {
    return '';
  }
}

/** Runs one measurement in a fresh process; resolves with its report or the reason it failed. */
function runChild(cfg: ChildConfig, heapMb: number, timeoutS: number): Promise<{ report: ChildReport | null; failure: string | null }> {
  const args = [
    `--max-old-space-size=${heapMb}`,
    '--expose-gc',
    '--import',
    pathToFileURL(requireHere.resolve('tsx')).href,
    CHILD,
  ];
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, TIESTRENGTH_LARGE_CHILD: JSON.stringify(cfg) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderrTail = '';
    let timedOut = false;
    let atKill = '';
    const timer = setTimeout(() => {
      timedOut = true;
      atKill = procUsage(child.pid);
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      process.stderr.write(d);
      stderrTail = (stderrTail + d).slice(-2000);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        resolvePromise({ report: null, failure: `killed after ${timeoutS} s (time limit${atKill})` });
        return;
      }
      if (code === 0) {
        try {
          resolvePromise({ report: JSON.parse(stdout.trim().split('\n').pop() ?? '') as ChildReport, failure: null });
        } catch {
          resolvePromise({ report: null, failure: `printed no result: ${stdout.slice(-300)}` });
        }
        return;
      }
      const oom = /heap out of memory|Allocation failed|Array buffer allocation failed|Invalid array length|RangeError: Map maximum size/i.exec(
        stderrTail,
      );
      const why = oom
        ? `out of memory (${oom[0]})`
        : signal === 'SIGKILL'
          ? 'killed (SIGKILL: the kernel\'s OOM killer?)'
          : `exited with ${signal ?? code}: ${stderrTail.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}`;
      resolvePromise({ report: null, failure: why });
    });
  });
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const secs = (s: number) => (s >= 100 ? s.toFixed(0) : s >= 10 ? s.toFixed(1) : s.toFixed(2));

/** The Markdown table and the result lines. */
function render(outcomes: Outcome[], header: string[]): string {
  const lines = [...header, ''];
  lines.push('| family | call | time | CPU | peak RSS | L peer (BENCHMARKS.md) | load avg (1 min) |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const o of outcomes) {
    const load = `${o.loadBefore.toFixed(1)}–${o.loadAfter.toFixed(1)}`;
    const fam = FAMILIES[o.m.family];
    if (o.report === null) {
      lines.push(`| ${fam} | \`${o.m.call}\` | **${o.failure}** | | | ${o.m.peer ?? '—'} | ${load} |`);
      continue;
    }
    const r = o.report;
    const over = r.maxRssKb / 1024 > GB4 ? ' (**over 4 GB**)' : '';
    const long = r.seconds > 600 ? ' (**over 10 min**)' : '';
    const runs = o.walls.length > 1 ? ` (best of ${o.walls.length})` : '';
    lines.push(
      `| ${fam} | \`${o.m.call}\` | ${secs(r.seconds)} s${runs}${long} | ${secs(r.cpuSeconds)} s | ${mb(r.maxRssKb)}${over} | ${o.m.peer ?? '—'} | ${load} |`,
    );
  }
  lines.push('', 'Results (a check that each call did its work) and the RSS just before the call (index loaded, setup done):', '');
  for (const o of outcomes) {
    if (o.report === null) lines.push(`- ${o.m.id}: ${o.failure}`);
    else {
      const r = o.report;
      const walls = o.walls.length > 1 ? `; runs ${o.walls.map(secs).join(', ')} s` : '';
      const setup = r.setupSeconds > 0.05 ? `, setup ${secs(r.setupSeconds)} s` : '';
      lines.push(`- ${o.m.id}: ${r.note} (before the call: RSS ${(r.rssBefore / 2 ** 20).toFixed(0)} MB, load ${secs(r.loadSeconds)} s${setup}${walls})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      skip: { type: 'string' },
      repeats: { type: 'string', default: '1' },
      timeout: { type: 'string', default: '600' },
      heap: { type: 'string', default: String(GB4) },
      seed: { type: 'string', default: '42' },
      regenerate: { type: 'boolean', default: false },
      src: { type: 'boolean', default: false },
      dist: { type: 'boolean', default: false },
      out: { type: 'string' },
      list: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.list) {
    for (const [fam, name] of Object.entries(FAMILIES)) {
      console.log(`${fam} (${name}): ${MEASUREMENTS.filter((m) => m.family === fam).map((m) => m.id).join(', ')}`);
    }
    return;
  }
  const split = (s: string | undefined) => (s === undefined ? [] : s.split(',').map((x) => x.trim()).filter(Boolean));
  const only = split(values.only);
  const skip = split(values.skip);
  const known = new Set<string>([...Object.keys(FAMILIES), ...MEASUREMENTS.map((m) => m.id)]);
  for (const name of [...only, ...skip]) {
    if (!known.has(name)) throw new RangeError(`unknown family or measurement ${name} (--list shows them)`);
  }
  const picks = (m: Measurement, list: string[]) => list.includes(m.id) || list.includes(m.family);
  const selected = MEASUREMENTS.filter((m) => (only.length === 0 || picks(m, only)) && !picks(m, skip));
  const repeats = Number(values.repeats);
  const timeout = Number(values.timeout);
  const heap = Number(values.heap);
  const seed = Number(values.seed);

  const { entry, line: entryLine } = chooseEntry(values.src, values.dist);
  const header = [
    `L benchmark: ${new Date().toISOString()}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ` +
      `${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`,
    `library: ${entryLine}`,
    `children: node --max-old-space-size=${heap} --expose-gc; time limit ${timeout} s; ${repeats} run(s) each`,
  ];
  for (const h of header) console.log(h);

  const csr = await ensureCsr('L', seed, values.regenerate);
  console.log(csr.note);
  header.push(
    `graph: L, seed ${seed}: ${csr.meta.n.toLocaleString('en')} people, ${csr.meta.m.toLocaleString('en')} ties, ` +
      `${csr.meta.communityCount.toLocaleString('en')} planted blocks (${relative(ROOT, DATA)}/, not committed)`,
  );
  let csv = '';
  if (selected.some((m) => m.input === 'csv')) {
    const c = await ensureCsv('L', seed, values.regenerate);
    console.log(c.note);
    csv = c.path;
  }
  const algorithm = communitiesAlgorithm(entry);

  const outcomes: Outcome[] = [];
  for (const m0 of selected) {
    const m = m0.id === 'communities' ? { ...m0, call: `${m0.call} [${algorithm}]` } : m0;
    const outcome: Outcome = { m, report: null, walls: [], failure: null, loadBefore: load1(), loadAfter: 0 };
    for (let r = 0; r < repeats; r++) {
      console.log(`\n${m.id} (${r + 1}/${repeats}): ${m.call}  [load ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}]`);
      const cfg: ChildConfig = { id: m.id, entry, csrDir: csr.dir, meta: csr.meta, csv };
      const { report, failure } = await runChild(cfg, heap, timeout);
      if (report === null) {
        console.log(`  failed: ${failure}`);
        outcome.failure = failure;
        break;
      }
      console.log(
        `  ${secs(report.seconds)} s, CPU ${secs(report.cpuSeconds)} s, peak RSS ${mb(report.maxRssKb)} ` +
          `(RSS before the call ${(report.rssBefore / 2 ** 20).toFixed(0)} MB; load ${secs(report.loadSeconds)} s): ${report.note}`,
      );
      outcome.walls.push(report.seconds);
      if (outcome.report === null || report.seconds < outcome.report.seconds) {
        const peak = Math.max(report.maxRssKb, outcome.report?.maxRssKb ?? 0);
        outcome.report = { ...report, maxRssKb: peak };
      } else {
        outcome.report.maxRssKb = Math.max(outcome.report.maxRssKb, report.maxRssKb);
      }
    }
    if (outcome.report !== null && outcome.failure !== null) outcome.report = null;
    outcome.loadAfter = load1();
    outcomes.push(outcome);
  }

  const text = render(outcomes, header);
  console.log(`\n${text}`);
  if (values.out !== undefined) {
    writeFileSync(values.out, text);
    console.log(`written to ${values.out}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

