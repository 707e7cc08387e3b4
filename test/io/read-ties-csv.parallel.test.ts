/**
 * readTiesCsv's parallel path (worker threads parsing byte ranges of a file) must give exactly
 * what the single-thread path gives: the same node order, ties, CSR arrays, report (rejected rows
 * and their lines included) and errors. Each case reads a file with `threads: 1` and with workers,
 * and checks through the internal `parallelHooks.onPlan` which path actually ran.
 *
 * Files are kept small: `workers: n` (which ignores the 8 MiB threshold of `'auto'`) forces the
 * parallel path; one test reads a real 8 MiB file with the default `'auto'`.
 *
 * From the sources, readTiesCsv starts each worker from `src/runtime/worker.ts` through tsx's loader,
 * which costs about 0.3 s per worker. Most cases therefore start the same worker sources bundled
 * once by tsup (`parallelHooks.workerFile`); the cases marked "(tsx)" use the real route.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsrIndex, CsvFormatError, InvalidOptionError, readTiesCsv, type ReadTiesCsvOptions, type ReadTiesReport } from '../../src/index.js';
import type { ParallelPlan } from '../../src/io/ties-csv-parallel.js';

const execFileAsync = promisify(execFile);
const tmp = mkdtempSync(join(tmpdir(), 'tiestrength-read-ties-parallel-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** tsup's build(), imported untyped: tsup's declarations do not compile with skipLibCheck false. */
type Build = (options: Record<string, unknown>) => Promise<void>;

/** The worker sources bundled into one CommonJS file (fast-csv included), started by most cases. */
let bundledWorker: URL;
beforeAll(async () => {
  const tsup: string = 'tsup';
  const { build } = (await import(tsup)) as { build: Build };
  await build({
    entry: { worker: fileURLToPath(new URL('../../src/runtime/worker.ts', import.meta.url)) },
    format: ['cjs'],
    outDir: join(tmp, 'worker'),
    platform: 'node',
    target: 'node20',
    noExternal: [/.*/],
    config: false,
    dts: false,
    sourcemap: false,
    clean: false,
    silent: true,
  });
  bundledWorker = pathToFileURL(join(tmp, 'worker', 'worker.cjs'));
}, 60_000);

let fileCount = 0;
function writeCsv(text: string): string {
  const path = join(tmp, `ties-${++fileCount}.csv`);
  writeFileSync(path, text);
  return path;
}

/** A small seeded PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface GenSpec {
  rows: number;
  seed: number;
  /** Write a weight column. */
  weight: boolean;
  /** Share of blank lines (empty or whitespace-only). */
  blank?: number;
  /** Share of invalid rows. */
  bad?: number;
  /** Share of self-loops. */
  selfLoops?: number;
  crlf?: boolean;
  /** Byte-order mark and blank lines before the header. */
  preamble?: boolean;
}

const BAD_WEIGHTED = ['a,b', 'a,b,1,1', ',b,1', 'a,,2', 'a,b,x', 'a,b,', 'a,b,0', 'a,b,-1', 'a,b,Infinity', 'a,b,1e999', 'a,b, ', 'a,b,0x10'];
const BAD_UNWEIGHTED = ['a', 'a,b,c', ',b', 'a,'];

/** A quote-free edge list in which new ids keep appearing and pairs repeat. */
function generate(spec: GenSpec): string {
  const random = rng(spec.seed);
  const nl = spec.crlf ? '\r\n' : '\n';
  const lines: string[] = [];
  if (spec.preamble) lines.push('\uFEFF', '', '');
  lines.push(spec.weight ? 'source,target,weight' : 'source,target');
  const id = (i: number) => {
    const k = Math.floor(random() * (8 + i / 3));
    return k % 17 === 3 ? `Zoë${k}` : `p${k}`;
  };
  for (let i = 0; i < spec.rows; i++) {
    const r = random();
    if (r < (spec.blank ?? 0)) {
      lines.push(random() < 0.3 ? '   ' : '');
      continue;
    }
    if (r < (spec.blank ?? 0) + (spec.bad ?? 0)) {
      const pool = spec.weight ? BAD_WEIGHTED : BAD_UNWEIGHTED;
      lines.push(pool[Math.floor(random() * pool.length)]!.replace(/\ba\b/, id(i)));
      continue;
    }
    const s = id(i);
    const t = random() < (spec.selfLoops ?? 0) ? s : id(i);
    lines.push(spec.weight ? `${s},${t},${(1 + Math.floor(random() * 40)) / 4}` : `${s},${t}`);
  }
  // The BOM line is not a line: it prefixes the first blank line.
  const text = lines.join(nl) + nl;
  return spec.preamble ? text.replace(`\uFEFF${nl}`, '\uFEFF') : text;
}

type Result = Awaited<ReturnType<typeof readTiesCsv>>;

/** How workers start: the bundled worker, or readTiesCsv's own route (tsx from the sources). */
type Route = 'bundled' | 'tsx';

/** Reads with the options plus `workers`, recording the plans. */
async function read(
  path: string,
  options: ReadTiesCsvOptions,
  workers: number | 'auto',
  route: Route = 'bundled',
): Promise<{ outcome: Result | CsvFormatError; plans: ParallelPlan[] }> {
  const plans: ParallelPlan[] = [];
  const onPlan = (plan: ParallelPlan) => plans.push(plan);
  const parallelHooks = route === 'bundled' ? { onPlan, workerFile: bundledWorker } : { onPlan };
  const outcome = await readTiesCsv(path, { ...options, threads: workers, parallelHooks }).catch(
    (error: unknown) => {
      if (error instanceof CsvFormatError) return error;
      throw error;
    },
  );
  return { outcome, plans };
}

/** The arrays of an index, compared element by element (toEqual is slow on 10⁶ elements). */
const INDEX_ARRAYS = [
  'offsets',
  'neighbors',
  'strengths',
  'slotTies',
  'inOffsets',
  'inNeighbors',
  'inStrengths',
  'inSlotTies',
  'tieSources',
  'tieTargets',
  'tieStrengths',
] as const;

/** Everything observable of an index: scalars as they are, arrays as "same as the other index" checks. */
function indexParts(index: CsrIndex, other: CsrIndex | null) {
  const same = (a: ArrayLike<unknown>, b: ArrayLike<unknown>) => {
    if (a.length !== b.length) return `length ${a.length} ≠ ${b.length}`;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return `differs at ${i}`;
    return 'same';
  };
  const arrays: Record<string, string> = {};
  for (const name of ['keys', ...INDEX_ARRAYS] as const) arrays[name] = other === null ? 'same' : same(index[name], other[name]);
  return { directed: index.directed, weighted: index.weighted, order: index.order, size: index.size, stats: { ...index.stats }, arrays };
}

/** Everything observable of a result or an error; index arrays are compared with `other`'s. */
function observable(outcome: Result | CsvFormatError, other: Result | CsvFormatError | null = null) {
  if (outcome instanceof CsvFormatError) {
    const { message, file, line, column, reason, code } = outcome;
    return { error: { name: outcome.constructor.name, message, file, line, column, reason, code } };
  }
  if ('index' in outcome) {
    const otherIndex = other !== null && !(other instanceof CsvFormatError) && 'index' in other ? other.index : null;
    return { report: outcome.report, index: indexParts(outcome.index, otherIndex) };
  }
  const graph = outcome.graph;
  const edges: Array<[string, string, number]> = [];
  graph.forEachEdge((_edge, attributes, source, target) => edges.push([source, target, attributes.weight]));
  return { report: outcome.report, type: graph.type, nodes: graph.nodes(), edges };
}

/**
 * Reads `path` with `threads: 1` and with `workers`, expects the parallel path to have run
 * (unless `expectParallel` is false) and both outcomes to be identical. Returns both.
 */
async function expectSame(
  path: string,
  options: ReadTiesCsvOptions,
  workers: number | 'auto',
  expectParallel = true,
  route: Route = 'bundled',
) {
  const single = await read(path, options, 1);
  expect(single.plans).toEqual([{ mode: 'single', reason: 'threads: 1' }]);
  const parallel = await read(path, options, workers, route);
  if (expectParallel) {
    expect(parallel.plans.map((p) => p.mode)).toEqual(['parallel']);
  } else {
    expect(parallel.plans.map((p) => p.mode)).not.toContain('parallel');
  }
  expect(observable(parallel.outcome, single.outcome)).toEqual(observable(single.outcome));
  return { single, parallel };
}

function reportOf(outcome: Result | CsvFormatError): ReadTiesReport {
  if (outcome instanceof CsvFormatError) throw outcome;
  return outcome.report;
}

function rangesOf(plans: ParallelPlan[]): Array<{ start: number; end: number }> {
  const plan = plans.find((p) => p.mode === 'parallel');
  if (plan === undefined || plan.mode !== 'parallel') throw new Error(`no parallel plan in ${JSON.stringify(plans)}`);
  return plan.ranges;
}

const SKIP = { onInvalidRow: 'skip' } as const;
const INDEX = { as: 'index' } as const;

describe('readTiesCsv in parallel', () => {
  describe('equals the single-thread read', () => {
    it.each([
      ['weighted, undirected, skip', { rows: 3000, seed: 1, weight: true, blank: 0.05, bad: 0.02, selfLoops: 0.02 }, SKIP, 2],
      ['weighted, directed, skip', { rows: 3000, seed: 2, weight: true, blank: 0.05, bad: 0.02, selfLoops: 0.02 }, { ...SKIP, directed: true }, 3],
      ['unweighted (no weight column), skip', { rows: 3000, seed: 3, weight: false, blank: 0.03, bad: 0.01 }, SKIP, 4],
      ['weight column ignored with weight: null', { rows: 2000, seed: 4, weight: true, blank: 0.02 }, { weight: null }, 2],
      ['max of repeated pairs, directed', { rows: 2000, seed: 5, weight: true, selfLoops: 0.05 }, { duplicates: 'max', directed: true }, 3],
      ['mean of repeated pairs', { rows: 2000, seed: 6, weight: true, blank: 0.1 }, { duplicates: 'mean' }, 2],
      ['CRLF line ends, BOM and blank lines before the header', { rows: 2000, seed: 7, weight: true, blank: 0.05, bad: 0.02, crlf: true, preamble: true }, SKIP, 3],
      ['many workers for few lines', { rows: 12, seed: 8, weight: true, blank: 0.2, bad: 0.2 }, SKIP, 16],
    ] as const)('%s (index)', async (_name, spec, options, workers) => {
      const path = writeCsv(generate(spec));
      const { parallel } = await expectSame(path, { ...options, ...INDEX }, workers);
      const report = reportOf(parallel.outcome);
      expect(report.rows).toBeGreaterThan(0);
    });

    it.each([
      ['undirected, skip', { rows: 1500, seed: 11, weight: true, blank: 0.05, bad: 0.03, selfLoops: 0.03 }, SKIP, 2],
      ['directed, throw', { rows: 1500, seed: 12, weight: true, blank: 0.05, selfLoops: 0.03 }, { directed: true }, 3],
    ] as const)('%s (graph, tsx)', async (_name, spec, options, workers) => {
      const path = writeCsv(generate(spec));
      await expectSame(path, options, workers, true, 'tsx');
    });

    it('keeps the 20 lowest-line rejected rows across ranges and sums the counts per reason', async () => {
      // 5 bad rows in the first half, 40 in the second: the report lists 5 + 15.
      const lines = ['source,target,weight'];
      for (let i = 0; i < 2000; i++) {
        const bad = i < 1000 ? i % 200 === 17 : i % 25 === 3;
        lines.push(bad ? (i % 2 === 0 ? `p${i},q${i},x` : `p${i},q${i}`) : `p${i % 97},q${i % 89},${(i % 7) + 1}`);
      }
      const path = writeCsv(lines.join('\n') + '\n');
      const { parallel } = await expectSame(path, { ...SKIP, ...INDEX }, 2);
      const report = reportOf(parallel.outcome);
      expect(report.rejected).toBe(45);
      expect(report.rejectedRows).toHaveLength(20);
      expect(report.rejectedRows.filter((r) => r.line <= 1001)).toHaveLength(5);
      expect(report.rejectedByReason).toEqual({ columnCount: 25, invalidWeight: 20 });
    });

    it('numbers lines after ranges with blank lines, blank runs at the cut and whitespace-only lines', async () => {
      // Fixed-width rows around a run of blank lines placed at the middle byte of the data: the cut
      // of two ranges falls inside the run, so range 0 ends and range 1 starts with blank lines.
      for (const nl of ['\n', '\r\n']) {
        const row = (i: number) => `p${String(i % 500).padStart(4, '0')},q${String(i % 300).padStart(4, '0')},${(i % 9) + 1}`;
        const half = Array.from({ length: 600 }, (_, i) => (i % 50 === 49 ? ' '.repeat(row(i).length) : row(i)));
        const run = Array.from({ length: 30 }, (_, i) => (i % 3 === 1 ? '  ' : ''));
        const second = half.map((line, i) => (i === 5 ? 'p1,q1,bad' : line === '' ? line : line.replace(/^p/, 'r')));
        const text = ['source,target,weight', ...half, ...run, ...second].join(nl) + nl;
        const path = writeCsv(text);
        const { parallel } = await expectSame(path, { ...SKIP, ...INDEX }, 2);
        const [, cut] = rangesOf(parallel.plans);
        const written = readFileSync(path, 'latin1');
        // The cut follows a blank line and starts one.
        expect(written.slice(written.lastIndexOf('\n', cut!.start - 2) + 1, cut!.start).trim()).toBe('');
        expect(written.slice(cut!.start, written.indexOf('\n', cut!.start)).trim()).toBe('');
        const report = reportOf(parallel.outcome);
        expect(report.rejectedRows.map((r) => r.line)).toEqual([1 + 600 + 30 + 6]);
        // And in throw mode the error names that line too.
        const { parallel: thrown } = await expectSame(path, INDEX, 2);
        expect(thrown.outcome).toBeInstanceOf(CsvFormatError);
        expect((thrown.outcome as CsvFormatError).line).toBe(1 + 600 + 30 + 6);
      }
    });

    it('reads a row on each side of the cut exactly (bad rows at the end of range 0 and the start of range 1)', async () => {
      // Fixed-width rows: with two ranges the cut is at the middle row boundary.
      const row = (i: number, weight: string) => `p${String(i % 400).padStart(4, '0')},q${String(i % 300).padStart(4, '0')},${weight}`;
      const n = 1000;
      const build = (badLast: boolean, badFirst: boolean) =>
        ['source,target,weight', ...Array.from({ length: n }, (_, i) => row(i, (i === n / 2 - 1 && badLast) || (i === n / 2 && badFirst) ? 'x' : '1'))].join('\n') + '\n';
      for (const [badLast, badFirst] of [
        [true, true],
        [false, true],
        [true, false],
      ] as const) {
        const path = writeCsv(build(badLast, badFirst));
        const { parallel } = await expectSame(path, INDEX, 2);
        const [first, second] = rangesOf(parallel.plans);
        expect(first!.end).toBe(second!.start);
        const bytes = readFileSync(path);
        expect(bytes.subarray(second!.start, second!.start + 13).toString()).toBe(row(n / 2, badFirst ? 'x' : '1'));
        expect((parallel.outcome as CsvFormatError).line).toBe(badLast ? n / 2 + 1 : n / 2 + 2);
        await expectSame(path, { ...SKIP, ...INDEX }, 2);
      }
    });
  });

  describe("'throw' mode", () => {
    it('throws at the first invalid row of the file, whichever range holds it', async () => {
      const base = generate({ rows: 3000, seed: 21, weight: true, blank: 0.05 }).split('\n');
      for (const at of [0.1, 0.45, 0.55, 0.8, 0.99]) {
        const lines = [...base];
        const k = Math.floor(lines.length * at);
        lines[k] = 'p1,p2,heavy';
        lines[k + 40] = 'p1';
        const path = writeCsv(lines.join('\n'));
        for (const workers of [2, 4]) {
          const { parallel } = await expectSame(path, INDEX, workers);
          expect(parallel.outcome).toBeInstanceOf(CsvFormatError);
          expect((parallel.outcome as CsvFormatError).line).toBe(k + 1);
        }
      }
    });

    it('refuses a tie at an Object.prototype id in graph output at the same line', async () => {
      const lines = generate({ rows: 2000, seed: 22, weight: true, blank: 0.05 }).trimEnd().split('\n');
      lines.splice(1500, 0, 'a,constructor,2');
      lines.push('__proto__,b,1');
      const path = writeCsv(lines.join('\n') + '\n');
      const { parallel } = await expectSame(path, {}, 2);
      expect(parallel.outcome).toMatchObject({ reason: 'unsupportedId', line: 1501 });
      // The index handles every id.
      await expectSame(path, INDEX, 2);
    });

    it('throws the same header errors (missing column, duplicate name)', async () => {
      const body = generate({ rows: 500, seed: 23, weight: true }).split('\n').slice(1).join('\n');
      for (const [header, options] of [
        ['from,target,weight', {}],
        ['source,target,weight', { weight: 'count' }],
        ['source,target,source', {}],
        ['source,target,weight', { source: 5 }],
      ] as const) {
        const path = writeCsv(`${header}\n${body}`);
        const single = await read(path, options, 1);
        const parallel = await read(path, options, 2);
        expect(single.outcome).toBeInstanceOf(CsvFormatError);
        expect(observable(parallel.outcome)).toEqual(observable(single.outcome));
      }
    });
  });

  describe('columns and delimiters', () => {
    it('maps columns by name and position and reads other delimiters', async () => {
      const text = generate({ rows: 1500, seed: 31, weight: true, blank: 0.05, bad: 0.02 });
      const reordered = text
        .split('\n')
        .map((line, i) => {
          if (i === 0) return 'id;to;from;count';
          if (line.trim() === '') return line;
          const cells = line.split(',');
          return [String(i), cells[1] ?? '', cells[0] ?? '', ...cells.slice(2)].join(';');
        })
        .join('\n');
      const path = writeCsv(reordered);
      await expectSame(path, { delimiter: ';', source: 'from', target: 'to', weight: 'count', ...SKIP, ...INDEX }, 2);
      await expectSame(path, { delimiter: ';', source: 2, target: 1, weight: 3, ...SKIP, ...INDEX }, 3);
      const tabs = writeCsv(text.replaceAll(',', '\t'));
      await expectSame(tabs, { delimiter: '\t', ...SKIP }, 2);
    });

    it('names the input by the file option', async () => {
      const path = writeCsv(generate({ rows: 500, seed: 32, weight: true, bad: 0.05 }));
      const { parallel } = await expectSame(path, { file: 'emails.csv', ...INDEX }, 2);
      expect((parallel.outcome as CsvFormatError).file).toBe('emails.csv');
    });
  });

  describe('falls back to one thread', () => {
    it('for a file holding a double quote anywhere', async () => {
      const lines = generate({ rows: 3000, seed: 41, weight: true, blank: 0.02 }).split('\n');
      lines[2500] = '"p1",p2,3';
      const path = writeCsv(lines.join('\n'));
      const { parallel } = await expectSame(path, INDEX, 2, false);
      expect(parallel.plans).toEqual([{ mode: 'single', reason: 'double quote' }]);
      const header = writeCsv(`"source",target\na,b\n${'c,d\n'.repeat(100)}`);
      const quoted = await expectSame(header, INDEX, 2, false);
      expect(quoted.parallel.plans).toEqual([{ mode: 'single', reason: 'double quote' }]);
    });

    it("for header: false, duplicates: 'error', a stream and threads: 1", async () => {
      const text = generate({ rows: 800, seed: 42, weight: true, bad: 0.01 });
      const path = writeCsv(text);
      const headerless = await read(path, { header: false, source: 0, target: 1, weight: 2, ...SKIP }, 2);
      expect(headerless.plans).toEqual([{ mode: 'single', reason: 'header: false' }]);
      const dupes = await read(path, { duplicates: 'error', ...SKIP }, 2);
      expect(dupes.plans).toEqual([{ mode: 'single', reason: "duplicates: 'error'" }]);
      const plans: ParallelPlan[] = [];
      await readTiesCsv(Readable.from([text]), { threads: 4, ...SKIP, parallelHooks: { onPlan: (p) => plans.push(p) } });
      expect(plans).toEqual([{ mode: 'single', reason: 'stream input' }]);
    });

    it("for a file under 8 MiB with threads: 'auto'", async () => {
      const path = writeCsv(generate({ rows: 500, seed: 43, weight: true }));
      const { plans } = await read(path, INDEX, 'auto');
      expect(plans).toEqual([{ mode: 'single', reason: availableParallelism() < 2 ? 'one worker' : 'small file' }]);
    });

    it('for a header-only file, an empty file and a missing file, with the same result or error', async () => {
      for (const text of ['source,target\n', 'source,target', '', '\n\n\n']) {
        const path = writeCsv(text);
        await expectSame(path, INDEX, 2, false);
      }
      await expectSame(join(tmp, 'missing.csv'), INDEX, 2, false);
    });

    it('when a worker cannot start', async () => {
      const path = writeCsv(generate({ rows: 1000, seed: 44, weight: true, bad: 0.02 }));
      const single = await read(path, { ...SKIP, ...INDEX }, 1);
      const plans: ParallelPlan[] = [];
      const outcome = await readTiesCsv(path, {
        ...SKIP,
        ...INDEX,
        threads: 2,
        parallelHooks: { onPlan: (p) => plans.push(p), workerFile: new URL('file:///nonexistent/ties-csv-worker.js') },
      });
      expect(plans.at(-1)).toMatchObject({ mode: 'fallback' });
      expect(observable(outcome, single.outcome)).toEqual(observable(single.outcome));
    });
  });

  // Regression: workers once inherited the parent's Node flags, and `node --input-type=module -e`
  // (how the ingest benchmark runs) made every worker started from a file fail, so the read fell
  // back to one thread. (tsx is only there to import the sources; the worker is the bundled file.)
  it('starts workers from a process run with flags a worker cannot take', async () => {
    const path = writeCsv(generate({ rows: 500, seed: 45, weight: true }));
    const src = new URL('../../src/index.ts', import.meta.url).href;
    const code = `
      const { readTiesCsv } = await import(${JSON.stringify(src)});
      const plans = [];
      const { report } = await readTiesCsv(${JSON.stringify(path)}, { as: 'index', threads: 2, parallelHooks: { onPlan: (p) => plans.push(p.mode), workerFile: new URL(${JSON.stringify(bundledWorker.href)}) } });
      console.log(JSON.stringify({ plans, rows: report.rows }));`;
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const { stdout } = await execFileAsync(process.execPath, ['--import', tsx, '--input-type=module', '-e', code]);
    expect(JSON.parse(stdout.trim().split('\n').pop()!)).toEqual({ plans: ['parallel'], rows: 500 });
  }, 60_000);

  it("reads a file of 8 MiB or more in parallel with the default threads: 'auto' (tsx)", async () => {
    const lines = ['source,target,weight'];
    const random = rng(51);
    let bytes = 0;
    for (let i = 0; bytes < 8.3 * 2 ** 20; i++) {
      const line =
        i % 9973 === 5 ? `p${i},q${i},0` : i % 7919 === 11 ? '' : `p${Math.floor(random() * 20000)},p${Math.floor(random() * 20000)},${(1 + Math.floor(random() * 1000)) / 8}`;
      lines.push(line);
      bytes += line.length + 1;
    }
    const path = writeCsv(lines.join('\n') + '\n');
    const { parallel } = await expectSame(path, { ...SKIP, ...INDEX }, 'auto', availableParallelism() >= 2, 'tsx');
    if (availableParallelism() >= 2) expect(rangesOf(parallel.plans)).toHaveLength(Math.min(availableParallelism(), 4));
    expect(reportOf(parallel.outcome).rejected).toBeGreaterThan(20);
  }, 60_000);

  it.each([0, 1.5, 65, 'many', null, -2])('throws InvalidOptionError for threads: %j', async (threads) => {
    const error = await readTiesCsv(Readable.from(['source,target\n']), { threads } as unknown as ReadTiesCsvOptions).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).option).toBe('threads');
  });
});
