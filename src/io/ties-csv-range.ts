/**
 * One byte range of a ties file, read in a worker thread: the file's header line followed by the
 * range's bytes are streamed through {@link streamCsvRows}, so the range is parsed by fast-csv
 * with the single-thread reader's settings, and each row goes through the same row callback. Ids
 * are interned locally; the main thread maps them to global ids in file order.
 *
 * The stream is read as headerless (`header: false`, rows as arrays, cells by position), which
 * spares fast-csv an object per row; it gives what the headered read gives, because the header
 * line comes first: it fixes the width every row is checked against (a row of another width is
 * rejected as `columnCount`, with the same message and cells), and it is then dropped, not
 * counted. Blank and whitespace-only lines are blank lines in both modes. The header was already
 * checked by the main thread (duplicate names, columns).
 *
 * Lines are relative: the header is line 1 and the range's first line is line 2. The main thread
 * turns them into file lines (it knows how many lines the earlier ranges held).
 *
 * This module must not import graphology: the workers load it.
 *
 * @internal
 * @module
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { KeyInterner } from '../core/key-interner.js';
import { Rejections, streamCsvRows, type RejectedRow } from './csv-rows.js';
import { EdgeBuffer, READ_TIES_NAME, tieRowHandler, type TieColumns, type TieRowSink } from './ties-csv-rows.js';

/** @internal Marks the data a worker thread of readTiesCsv receives. */
export const RANGE_TASK_KIND = 'tiestrength/readTiesCsv/range';

/** @internal What a worker reads: one byte range of a headered, quote-free ties file. */
export interface RangeTask {
  kind: typeof RANGE_TASK_KIND;
  /** The file path. */
  path: string;
  /** The name of the input in messages. */
  file: string;
  /** First byte of the range (a line start). */
  start: number;
  /** One past the last byte of the range (a line start, or the file size). */
  end: number;
  /** The header line's bytes, line end included. */
  header: Uint8Array;
  delimiter: string;
  columns: TieColumns;
  directed: boolean;
  /** `onInvalidRow: 'skip'`. */
  skip: boolean;
}

/** @internal The first invalid row of a range in `'throw'` mode (line relative to the range). */
export interface RangeRowError {
  line: number;
  reason: string;
  message: string;
  column: string | number | undefined;
}

/** @internal What a worker returns for its range. Lines are relative (see the module notes). */
export interface RangeResult {
  /** Data rows read (blank lines excluded). */
  rows: number;
  blankLines: number;
  selfLoops: number;
  /** Rows left out by `select`. */
  unselected: number;
  /** Rows kept as edges: the used length of the arrays below. */
  length: number;
  /** Local ids (indexes into `keys`). */
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
  lines: Uint32Array;
  /** Local id → key, in order of first appearance in the range. */
  keys: string[];
  /** Rejected rows (`'skip'` mode): the total, the counts per reason, the first 20 with relative lines. */
  rejected: { total: number; counts: Record<string, number>; rows: RejectedRow[] };
  /** The first invalid row in `'throw'` mode; reading stopped there. */
  error: RangeRowError | null;
}

/** Thrown inside the row callbacks to stop at the first invalid row in `'throw'` mode. */
const STOP = Symbol('stop');

/** The header line, then the range's bytes, as one stream. */
function rangeStream(task: RangeTask): Readable {
  const { path, start, end, header } = task;
  return Readable.from(
    (async function* () {
      yield Buffer.from(header.buffer, header.byteOffset, header.byteLength);
      if (end > start) yield* createReadStream(path, { start, end: end - 1 });
    })(),
    { objectMode: false },
  );
}

/**
 * @internal
 * Reads one byte range (see {@link RangeTask}). Rejects only on an unexpected failure (an
 * unreadable file, a parse error): the main thread then reads the file on one thread, which
 * reports the failure exactly.
 */
export async function readTiesRange(task: RangeTask): Promise<RangeResult> {
  const ids = new KeyInterner();
  const sink: TieRowSink = { ids, edges: new EdgeBuffer(), selfLoops: 0, unselected: 0 };
  const rejections = new Rejections(READ_TIES_NAME, task.file, true);
  let error: RangeRowError | null = null;
  // Cells by position (rows are arrays); labels for messages as the main thread resolved them.
  const { columns } = task;
  const byPosition: TieColumns = {
    ...columns,
    sourceKey: columns.sourcePosition,
    targetKey: columns.targetPosition,
    weightKey: columns.weightPosition,
    select: columns.select.map((column) => ({ ...column, key: column.position })),
  };
  const handler = tieRowHandler(byPosition, sink, task.directed, null);
  let result: { rows: number; blankLines: number };
  try {
    result = await streamCsvRows(rangeStream(task), {
      prefix: READ_TIES_NAME,
      file: task.file,
      header: false,
      delimiter: task.delimiter,
      // Line 1 is the header line (see the module notes).
      onRow: (row, context) => (context.line === 1 ? undefined : handler(row, context)),
      onReject: (line, problem, cells) => {
        if (!task.skip) {
          error = { line, reason: problem.reason, message: problem.message, column: problem.column };
          throw STOP;
        }
        rejections.reject(line, problem, cells);
      },
    });
  } catch (caught) {
    if (caught !== STOP) throw caught;
    result = { rows: 0, blankLines: 0 };
  }
  const { edges } = sink;
  return {
    // The header line was read as a row.
    rows: Math.max(0, result.rows - 1),
    blankLines: result.blankLines,
    selfLoops: sink.selfLoops,
    unselected: sink.unselected,
    length: edges.length,
    sources: edges.sources,
    targets: edges.targets,
    weights: edges.weights,
    lines: edges.lines,
    keys: ids.keys,
    rejected: { total: rejections.total, counts: rejections.counts, rows: rejections.rows },
    error,
  };
}
