/**
 * readTiesCsv's parallel path: a large, headered, quote-free CSV file is cut at line starts into
 * byte ranges, each parsed with fast-csv in a worker thread (the library's worker entry, task
 * `tiesCsvRange`: `ties-csv-range.ts`), and the
 * results are merged in file order so that everything observable (node order, ties, report, the
 * error thrown) is exactly what the single-thread reader gives.
 *
 * Why the file must hold no double quote: only a quoted field can hold a newline, so without
 * quotes every newline ends a row (a cut after a newline never splits a row) and every row or
 * blank line spans exactly one line (a range's line count is its rows plus its blank lines, which
 * is how the single-thread reader counts lines too).
 *
 * Merging: global ids by first appearance (range 0's keys in order, then the new keys of range 1,
 * …), which is the single-thread order; local ids remapped; arrays concatenated in range order;
 * lines made absolute from the line counts of the earlier ranges. In `'throw'` mode the first
 * invalid row of the first range that has one is the first invalid row of the file.
 *
 * @internal
 * @module
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { KeyInterner } from '../core/key-interner.js';
import { spawnWorker } from '../runtime/spawn.js';
import { MAX_REPORTED_ROWS, Rejections, RowProblem, streamCsvRows, type ColumnSpec, type RejectedRow } from './csv-rows.js';
import { RANGE_TASK_KIND, type RangeResult, type RangeTask } from './ties-csv-range.js';
import { READ_TIES_NAME, resolveTieColumns, type SelectRule, type TieColumns } from './ties-csv-rows.js';

/** @internal Smallest file `threads: 'auto'` reads in parallel (8 MiB, about 250,000 rows). */
export const PARALLEL_MIN_BYTES = 8 * 2 ** 20;

/** @internal Most workers `threads: 'auto'` starts. */
export const AUTO_MAX_WORKERS = 4;

/** @internal Most workers an explicit `threads` option may ask for. */
export const MAX_WORKERS = 64;

/**
 * Young generation of each worker, MB. fast-csv makes short-lived objects for every cell and row:
 * with V8's default (16 MB semi-spaces) a worker reading 500,000 rows runs about 200 scavenges;
 * with 96 MB (32 MB semi-spaces) about 120, for some 20 MB more memory per worker.
 */
const WORKER_YOUNG_GENERATION_MB = 96;

/** The header line must end within the first HEAD_BYTES bytes. */
const HEAD_BYTES = 1 << 20;
/** Chunk size of the quote scan and the search for line starts. */
const SCAN_BYTES = 1 << 20;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** @internal What the parallel path decided, for tests (see {@link ParallelHooks}). */
export type ParallelPlan =
  | { mode: 'parallel'; ranges: Array<{ start: number; end: number }> }
  | { mode: 'single'; reason: string }
  | { mode: 'fallback'; reason: string };

/** @internal Test hooks of readTiesCsv's parallel path. */
export interface ParallelHooks {
  /** The size from which `threads: 'auto'` reads in parallel. [{@link PARALLEL_MIN_BYTES}] */
  minBytes?: number;
  /** Called with each decision: parallel (with the ranges), single-thread and why, or a fallback and why. */
  onPlan?: (plan: ParallelPlan) => void;
  /** Start this file as the worker entry (tests: src/runtime/worker.ts bundled once, or a missing file to test the fallback). */
  workerFile?: URL;
}

/** @internal The options of readTiesCsv the parallel path needs. */
export interface ParallelOptions {
  source: ColumnSpec;
  target: ColumnSpec;
  weight: ColumnSpec | null | undefined;
  delimiter: string;
  directed: boolean;
  skip: boolean;
  /** Whether the first line of each row is needed (graph output). */
  wantLines: boolean;
  /** `'auto'` or a worker count ≥ 2 (capped at the machine's cores). */
  workers: number | 'auto';
  /** The `select` option, or `null`. */
  select: SelectRule | null;
}

/** @internal What the parallel path read: the inputs of `csrFromEdges` and of the report. */
export interface ParallelRead {
  columns: TieColumns;
  ids: KeyInterner;
  m: number;
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
  /** File line of each row (only with `wantLines`). */
  lines: Uint32Array | null;
  rows: number;
  blankLines: number;
  selfLoops: number;
  unselected: number;
  /** The header's column names. */
  columnNames: string[];
  rejected: { total: number; counts: Record<string, number>; rows: RejectedRow[] };
}

/**
 * @internal
 * Reads a ties file in parallel, or returns `null` when it does not qualify (or a worker could not
 * run) and the caller must read it on one thread. Throws what the single-thread reader would throw
 * for the header (a missing column, a duplicate name) and for the first invalid row (`'throw'` mode).
 */
export async function readTiesParallel(
  path: string,
  file: string,
  options: ParallelOptions,
  hooks: ParallelHooks | undefined,
): Promise<ParallelRead | null> {
  const decline = (reason: string): null => {
    hooks?.onPlan?.({ mode: 'single', reason });
    return null;
  };
  const auto = options.workers === 'auto';
  // Never more workers than cores (issue 12: 64 workers on 2 cores took 18 s and 2.1 GB; 2 took 2 s, 0.26 GB).
  const cores = availableParallelism();
  const count = auto ? Math.min(cores, AUTO_MAX_WORKERS) : Math.min(options.workers as number, cores);
  if (count < 2) return decline('one worker');
  // A delimiter that is a line end or a quote would break the reasoning of the module notes.
  if (options.delimiter.length !== 1 || options.delimiter === '\n' || options.delimiter === '\r' || options.delimiter === '"') {
    return decline('delimiter');
  }
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return decline('not a regular file');
    size = info.size;
  } catch {
    return decline('cannot stat the file');
  }
  if (auto && size < (hooks?.minBytes ?? PARALLEL_MIN_BYTES)) return decline('small file');

  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    return decline('cannot open the file');
  }
  let workers: Worker[] = [];
  try {
    // The header: the first line after a byte-order mark and leading line ends (the line that
    // streamCsvRows takes as the header), resolved by streamCsvRows itself so that every header
    // rule and error is the single-thread one.
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    const headLength = (await handle.read(head, 0, head.length, 0)).bytesRead;
    let p = headLength >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    while (p < headLength && (head[p] === LF || head[p] === CR)) p++;
    const headerEnd = head.indexOf(LF, p);
    if (p === headLength || headerEnd === -1 || headerEnd >= headLength) return decline('no header line in the first MiB');
    let blank = true;
    for (let i = p; i < headerEnd && blank; i++) if (head[i]! > 0x20) blank = false;
    if (blank) return decline('blank header line');
    if (head.subarray(0, headerEnd).includes(QUOTE)) return decline('double quote');
    const columns = await resolveHeader(head.subarray(0, headerEnd + 1), file, options);
    if (columns === null) return decline('unexpected header parse');
    const { columns: tieColumns, leadingBlankLines, names: columnNames } = columns;

    // Cut the data (after the header line) at line starts into `count` ranges of about equal size.
    const dataStart = headerEnd + 1;
    if (dataStart >= size) return decline('no data rows');
    const cuts = [dataStart];
    for (let i = 1; i < count; i++) {
      const target = dataStart + Math.floor(((size - dataStart) * i) / count);
      if (target <= cuts[cuts.length - 1]!) continue;
      const cut = await nextLineStart(handle, target, size);
      if (cut > cuts[cuts.length - 1]! && cut < size) cuts.push(cut);
    }
    cuts.push(size);
    if (cuts.length < 3) return decline('fewer than two ranges');
    const ranges = cuts.slice(0, -1).map((start, i) => ({ start, end: cuts[i + 1]! }));

    // Start the workers, then scan the data for a double quote while they boot.
    const header = new Uint8Array(head.subarray(p, headerEnd + 1));
    const tasks: RangeTask[] = ranges.map(({ start, end }) => ({
      kind: RANGE_TASK_KIND,
      path,
      file,
      start,
      end,
      header,
      delimiter: options.delimiter,
      columns: tieColumns,
      directed: options.directed,
      skip: options.skip,
    }));
    const started = startWorkers(tasks, hooks?.workerFile);
    if (started === null) {
      hooks?.onPlan?.({ mode: 'fallback', reason: 'cannot start a worker' });
      return null;
    }
    workers = started.workers;
    if (await containsByte(handle, QUOTE, dataStart, size)) return decline('double quote');
    hooks?.onPlan?.({ mode: 'parallel', ranges });

    const outcomes = await started.outcomes;
    const results: RangeResult[] = [];
    for (const outcome of outcomes) {
      if (outcome === 'cancelled') break;
      if (!outcome.ok) {
        hooks?.onPlan?.({ mode: 'fallback', reason: outcome.message });
        return null;
      }
      results.push(outcome.result);
      if (outcome.result.error !== null) break;
    }
    return merge(results, tieColumns, columnNames, leadingBlankLines, file, options.wantLines);
  } finally {
    for (const worker of workers) void worker.terminate();
    await handle.close();
  }
}

/** Resolves the columns from the header line's bytes, with streamCsvRows; `null` if anything is unexpected. */
async function resolveHeader(
  bytes: Buffer,
  file: string,
  options: ParallelOptions,
): Promise<{ columns: TieColumns; leadingBlankLines: number; names: string[] } | null> {
  let columns: TieColumns | null = null;
  let columnNames: string[] = [];
  let unexpected = false;
  const result = await streamCsvRows(Readable.from([Buffer.from(bytes)]), {
    prefix: READ_TIES_NAME,
    file,
    header: true,
    delimiter: options.delimiter,
    onColumns: (names) => {
      columnNames = names;
      columns = resolveTieColumns(
        { source: options.source, target: options.target, weight: options.weight, header: true, select: options.select },
        names,
        file,
      );
    },
    onRow: () => {
      unexpected = true;
    },
    onReject: () => {
      unexpected = true;
    },
  });
  if (columns === null || unexpected || result.rows !== 0) return null;
  return { columns, leadingBlankLines: result.blankLines, names: columnNames };
}

/** The first line start at or after `at` (the byte after the first newline from `at − 1`), or `size`. */
async function nextLineStart(handle: FileHandle, at: number, size: number): Promise<number> {
  const buffer = Buffer.alloc(Math.min(SCAN_BYTES, 1 << 16));
  for (let position = at - 1; position < size; ) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) break;
    const i = buffer.subarray(0, bytesRead).indexOf(LF);
    if (i !== -1) return position + i + 1;
    position += bytesRead;
  }
  return size;
}

/** Whether bytes [from, to) of the file hold `byte`. */
async function containsByte(handle: FileHandle, byte: number, from: number, to: number): Promise<boolean> {
  const buffer = Buffer.allocUnsafe(Math.min(SCAN_BYTES, Math.max(1, to - from)));
  for (let position = from; position < to; ) {
    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, to - position), position);
    if (bytesRead === 0) break;
    if (buffer.subarray(0, bytesRead).includes(byte)) return true;
    position += bytesRead;
  }
  return false;
}

type Outcome = { ok: true; result: RangeResult } | { ok: false; message: string } | 'cancelled';

/**
 * Starts one worker per task. `outcomes` resolve with each worker's outcome, in task order. Once
 * a range reports an invalid row (`'throw'` mode), the later ranges are cancelled (terminated):
 * the error of an earlier range wins. Returns `null` if a worker cannot be created.
 */
function startWorkers(tasks: RangeTask[], workerFile: URL | undefined): { workers: Worker[]; outcomes: Promise<Outcome[]> } | null {
  const workers: Worker[] = [];
  const outcomes: Array<Promise<Outcome>> = [];
  const cancel: Array<() => void> = [];
  try {
    for (let i = 0; i < tasks.length; i++) {
      const worker = createWorker(tasks[i]!, workerFile);
      workers.push(worker);
      outcomes.push(
        new Promise<Outcome>((resolve) => {
          let settled = false;
          const settle = (outcome: Outcome) => {
            if (settled) return;
            settled = true;
            resolve(outcome);
            if (outcome !== 'cancelled' && outcome.ok && outcome.result.error !== null) {
              for (let j = i + 1; j < cancel.length; j++) cancel[j]!();
            }
          };
          cancel[i] = () => {
            settle('cancelled');
            void worker.terminate();
          };
          worker.on('message', (message: { ok: true; result: RangeResult } | { ok: false; message: string }) => settle(message));
          worker.on('error', (error: Error) => settle({ ok: false, message: `worker error: ${error.message}` }));
          worker.on('exit', (code) => settle({ ok: false, message: `worker exited with code ${code} before reporting` }));
        }),
      );
    }
  } catch {
    for (const worker of workers) void worker.terminate();
    return null;
  }
  return { workers, outcomes: Promise.all(outcomes) };
}

/**
 * Starts the worker for a task: the library's one worker entry (src/runtime/spawn.ts), running
 * its `tiesCsvRange` task. Throws when no worker can start.
 */
function createWorker(task: RangeTask, workerFile: URL | undefined): Worker {
  const worker = spawnWorker(
    { mode: 'single', task: 'tiesCsvRange', data: task },
    { youngGenerationMb: WORKER_YOUNG_GENERATION_MB, entry: workerFile },
  );
  if (worker === null) throw new Error('no worker entry');
  return worker;
}

/** Merges the ranges' results in file order (see the module notes). `results` ends at the first range with an error. */
function merge(
  results: RangeResult[],
  columns: TieColumns,
  columnNames: string[],
  leadingBlankLines: number,
  file: string,
  wantLines: boolean,
): ParallelRead {
  // Range k's relative line 2 (its first line) is file line bases[k]; the header is line
  // 1 + leadingBlankLines, as streamCsvRows counts it.
  const bases: number[] = [];
  let base = 2 + leadingBlankLines;
  for (const r of results) {
    bases.push(base);
    if (r.error !== null) {
      const line = base + r.error.line - 2;
      new Rejections(READ_TIES_NAME, file, false).reject(line, new RowProblem(r.error.reason, r.error.message, r.error.column), []);
    }
    base += r.rows + r.blankLines;
  }

  const ids = new KeyInterner();
  let m = 0;
  for (const r of results) m += r.length;
  const sources = new Uint32Array(m);
  const targets = new Uint32Array(m);
  const weights = new Float64Array(m);
  const lines = wantLines ? new Uint32Array(m) : null;
  const counts: Record<string, number> = {};
  const rejectedRows: RejectedRow[] = [];
  let total = 0;
  let rows = 0;
  let blankLines = leadingBlankLines;
  let selfLoops = 0;
  let unselected = 0;
  let offset = 0;
  results.forEach((r, k) => {
    const { keys, length } = r;
    const remap = new Uint32Array(keys.length);
    let identity = true;
    for (let i = 0; i < keys.length; i++) {
      const id = ids.intern(keys[i]!);
      remap[i] = id;
      if (id !== i) identity = false;
    }
    if (identity) {
      sources.set(r.sources.subarray(0, length), offset);
      targets.set(r.targets.subarray(0, length), offset);
    } else {
      const s = r.sources;
      const t = r.targets;
      for (let i = 0; i < length; i++) {
        sources[offset + i] = remap[s[i]!]!;
        targets[offset + i] = remap[t[i]!]!;
      }
    }
    weights.set(r.weights.subarray(0, length), offset);
    const shift = bases[k]! - 2;
    if (lines !== null) {
      const l = r.lines;
      for (let i = 0; i < length; i++) lines[offset + i] = l[i]! + shift;
    }
    for (const [reason, n] of Object.entries(r.rejected.counts)) counts[reason] = (counts[reason] ?? 0) + n;
    for (const row of r.rejected.rows) if (rejectedRows.length < MAX_REPORTED_ROWS) rejectedRows.push({ ...row, line: row.line + shift });
    total += r.rejected.total;
    rows += r.rows;
    blankLines += r.blankLines;
    selfLoops += r.selfLoops;
    unselected += r.unselected;
    offset += length;
  });
  return {
    columns,
    ids,
    m,
    sources,
    targets,
    weights,
    lines,
    rows,
    blankLines,
    selfLoops,
    unselected,
    columnNames,
    rejected: { total, counts, rows: rejectedRows },
  };
}
