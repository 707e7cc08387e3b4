/**
 * readInteractionsCsv: stream an interaction log (who, with whom, when, and optionally the
 * channel, duration and number of recipients) from CSV as events for {@link tiesFromInteractions}.
 *
 * @module
 */
import { Readable, Transform, pipeline, type TransformCallback } from 'node:stream';
import { InvalidOptionError, show } from '../errors.js';
import { MAX_EPOCH_MS, parseIsoTimestamp } from '../core/timestamp.js';
import { assertBoolean, assertEnum, assertString, resolveOptions } from '../options.js';
import { EVENT_BATCHES } from '../ties/interactions/accumulator.js';
import type { InteractionEvent } from '../ties/ties-from-interactions.js';
import {
  assertDelimiter,
  isBlankId,
  openInput,
  parseDecimal,
  Rejections,
  resolveColumn,
  RowProblem,
  streamCsvRows,
  type ColumnSpec,
  type RejectedRow,
} from './csv-rows.js';

const NAME = 'tiestrength/readInteractionsCsv';

/** How the timestamp column is written. */
export type TimeFormat = 'iso' | 'epochMs' | 'epochSeconds';

/** Options of {@link readInteractionsCsv}: where each field is, and how to read the file. */
export interface ReadInteractionsCsvOptions {
  /** The initiator column (sender, caller, organiser): a header name or a 0-based position. [`'from'`] */
  from?: ColumnSpec;
  /** The recipient column. [`'to'`] */
  to?: ColumnSpec;
  /** The timestamp column. [`'at'`] */
  at?: ColumnSpec;
  /** The channel column, or `null` for none. By default `'channel'` is used when the header has it. */
  channel?: ColumnSpec | null;
  /** The duration column (seconds), or `null` for none. By default `'durationSeconds'` is used when the header has it. */
  durationSeconds?: ColumnSpec | null;
  /** The recipients column (an integer ≥ 1), or `null` for none. By default `'recipients'` is used when the header has it. */
  recipients?: ColumnSpec | null;
  /**
   * How timestamps are written: ISO-8601 text (`'2024-03-01T09:15:00Z'`; a date-time without an
   * offset is UTC), epoch milliseconds, or epoch seconds (kept to the millisecond). [`'iso'`]
   */
  timeFormat?: TimeFormat;
  /** Whether the first line is a header. [`true`] */
  header?: boolean;
  /** The cell delimiter. [`','`] */
  delimiter?: string;
  /** Throw {@link CsvFormatError} at the first invalid row, or skip and report invalid rows. [`'throw'`] */
  onInvalidRow?: 'throw' | 'skip';
  /** The name used for the input in messages and the report. [the path, or `'<stream>'`] */
  file?: string;
}

/** Defaults of {@link readInteractionsCsv}. */
export const READ_INTERACTIONS_CSV_DEFAULTS = Object.freeze({
  from: 'from' as ColumnSpec,
  to: 'to' as ColumnSpec,
  at: 'at' as ColumnSpec,
  channel: undefined as ColumnSpec | null | undefined,
  durationSeconds: undefined as ColumnSpec | null | undefined,
  recipients: undefined as ColumnSpec | null | undefined,
  timeFormat: 'iso' as TimeFormat,
  header: true,
  delimiter: ',',
  onInvalidRow: 'throw' as 'throw' | 'skip',
  file: undefined as string | undefined,
});

/** What {@link readInteractionsCsv} read and rejected in one pass over the input. */
export interface ReadInteractionsReport {
  /** The input's name. */
  file: string;
  /** The columns used (header names, or positions in a headerless file); `null` for an absent optional field. */
  columns: {
    /** The initiator column. */
    from: string | number;
    /** The recipient column. */
    to: string | number;
    /** The timestamp column. */
    at: string | number;
    /** The channel column, or `null` when there is none. */
    channel: string | number | null;
    /** The duration (seconds) column, or `null` when there is none. */
    durationSeconds: string | number | null;
    /** The recipients column, or `null` when there is none. */
    recipients: string | number | null;
  };
  /** How timestamps were read. */
  timeFormat: TimeFormat;
  /** Data rows read (header and blank lines excluded). */
  rows: number;
  /** Rows passed on as events. */
  accepted: number;
  /** Rows rejected (see `rejectedByReason` and `rejectedRows`). */
  rejected: number;
  /** Blank lines skipped. */
  blankLines: number;
  /** Rejected rows per reason: `columnCount`, `emptyId`, `missingTime`, `invalidTime`, `invalidDuration`, `invalidRecipients`. */
  rejectedByReason: Record<string, number>;
  /** The first 20 rejected rows, with their lines. */
  rejectedRows: RejectedRow[];
}

/** The events of an interaction log, streamed from CSV: an async iterable with the report of its last complete read. */
export interface InteractionsCsv extends AsyncIterable<InteractionEvent> {
  /** The report of the last pass read to the end, or `null` before that. */
  readonly report: ReadInteractionsReport | null;
}

/**
 * Streams an interaction log from CSV, one event per row, for {@link tiesFromInteractions}: the
 * file is read in chunks as the consumer asks for events, so a 10-million-row log never sits in
 * memory.
 *
 * Each row is `from,to,at[,channel][,durationSeconds][,recipients]` (columns mapped by name or
 * position). An invalid row (wrong number of cells, empty id, missing or unreadable timestamp,
 * negative or non-numeric duration, recipients not an integer ≥ 1) throws {@link CsvFormatError}
 * with its file and line when the consumer reaches it, or with `onInvalidRow: 'skip'` is skipped
 * and reported: counts per reason and the first 20 rejected rows with their lines, exactly as
 * `readTiesCsv` does.
 *
 * @remarks
 * - Lazy: nothing is read until the result is iterated. A path is opened anew on every iteration
 *   (so one result can feed several calls); a stream can be iterated once.
 * - Backpressure: reading pauses while about 8,000 parsed events wait for the consumer.
 * - Empty cells in the optional columns mean "not given"; ids are kept exactly as written.
 * - Timestamps: `'iso'` accepts ISO-8601 dates and date-times only (a date-time without an offset
 *   is read as UTC, so results do not depend on the machine's time zone); `'epochMs'` and
 *   `'epochSeconds'` accept strict decimal numbers. A bad timestamp is a bad row, never `NaN`.
 * - Self-interactions are passed on (and counted by {@link tiesFromInteractions}).
 * - A malformed file (unclosed quote, duplicate header names, empty file, missing column) always
 *   throws, also in `'skip'` mode.
 *
 * @param input The file path, or a Readable stream of CSV text.
 * @param options The {@link ReadInteractionsCsvOptions}: the column mapping and format.
 * @returns An async iterable of {@link InteractionEvent}s with a `report` once read to the end.
 * @throws {@link InvalidOptionError} On a bad option or input (immediately).
 * @throws {@link CsvFormatError} While iterating: on a malformed file, or an invalid row in `'throw'` mode (with `file`, `line`, `column`, `reason`).
 *
 * @example
 * import { writeFile } from 'node:fs/promises';
 * await writeFile('log.csv', 'from,to,timestamp\nana,ben,1704067200\nben,ana,1704931200\nana,cruz,1705795200\n');
 * const events = readInteractionsCsv('log.csv', { at: 'timestamp', timeFormat: 'epochSeconds' });
 * const { graph } = await tiesFromInteractions(events, { halfLifeDays: 30 });
 * graph.size;                                           //=> 2
 * graph.getEdgeAttribute('ana', 'ben', 'interactions'); //=> 2
 * events.report?.rejected;                              //=> 0
 */
export function readInteractionsCsv(input: string | Readable, options?: ReadInteractionsCsvOptions): InteractionsCsv {
  const opts = resolveOptions(NAME, READ_INTERACTIONS_CSV_DEFAULTS, options);
  assertBoolean(NAME, 'header', opts.header);
  assertDelimiter(NAME, opts.delimiter);
  assertEnum(NAME, 'timeFormat', opts.timeFormat, ['iso', 'epochMs', 'epochSeconds'] as const);
  assertEnum(NAME, 'onInvalidRow', opts.onInvalidRow, ['throw', 'skip'] as const);
  if (opts.file !== undefined) assertString(NAME, 'file', opts.file);
  // A stream is checked (and named) now; a path is opened when iterated.
  const opened = typeof input === 'string' ? null : openInput(input, opts.file, NAME);
  return new InteractionsCsvSource(input, opened, opts);
}

type Options = typeof READ_INTERACTIONS_CSV_DEFAULTS & ReadInteractionsCsvOptions;

/** Parsed events waiting for the consumer above which reading pauses. */
const HIGH_WATER = 8192;

/** @internal The result of {@link readInteractionsCsv}. */
class InteractionsCsvSource implements InteractionsCsv {
  report: ReadInteractionsReport | null = null;
  private used = false;

  constructor(
    private readonly input: string | Readable,
    private readonly opened: { stream: Readable; file: string } | null,
    private readonly opts: Options,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<InteractionEvent> {
    const pass = this.open();
    return {
      next: () => pass.next(),
      return: () => {
        pass.close();
        return Promise.resolve({ done: true, value: undefined });
      },
    };
  }

  /** @internal Events in arrays, one `await` per batch (read by tiesFromInteractions). */
  [EVENT_BATCHES](): AsyncIterable<InteractionEvent[]> {
    const pass = this.open();
    return {
      [Symbol.asyncIterator]: () => ({
        next: async () => {
          const batch = await pass.nextBatch();
          return batch === null ? { done: true, value: undefined } : { done: false, value: batch };
        },
        return: () => {
          pass.close();
          return Promise.resolve({ done: true, value: undefined });
        },
      }),
    };
  }

  private open(): Pass {
    if (this.opened !== null) {
      if (this.used) {
        throw new InvalidOptionError(`${NAME}: ${this.opened.file}: a stream input can be read once; pass a file path to read it again`, 'input');
      }
      this.used = true;
      return new Pass(this.opened.stream, this.opened.file, this.opts, (report) => (this.report = report));
    }
    const { stream, file } = openInput(this.input, this.opts.file, NAME);
    return new Pass(stream, file, this.opts, (report) => (this.report = report));
  }
}

/**
 * @internal
 * Passes chunks on while the consumer keeps up; holds the next chunk while too many parsed events
 * wait, which stops the source (backpressure) until {@link Gate.release}.
 */
class Gate extends Transform {
  private held: { chunk: unknown; callback: TransformCallback } | null = null;

  constructor(private readonly full: () => boolean) {
    // Object mode: chunks pass through as they come; streamCsvRows refuses anything but text or
    // bytes with a typed error (an object-mode stream of rows once crashed here).
    super({ objectMode: true });
  }

  override _transform(chunk: unknown, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.full()) this.held = { chunk, callback };
    else callback(null, chunk);
  }

  release(): void {
    const held = this.held;
    if (held !== null) {
      this.held = null;
      held.callback(null, held.chunk);
    }
  }
}

/** @internal One read of the input: parses rows into a queue the consumer drains. */
class Pass {
  private queue: InteractionEvent[] = [];
  private head = 0;
  private ended = false;
  private failed = false;
  private error: unknown = undefined;
  private wake: (() => void) | null = null;
  private readonly gate: Gate;

  constructor(source: Readable, file: string, opts: Options, onReport: (report: ReadInteractionsReport) => void) {
    this.gate = new Gate(() => this.queue.length - this.head >= HIGH_WATER);
    pipeline(source, this.gate, () => {});
    const rejections = new Rejections(NAME, file, opts.onInvalidRow === 'skip');
    let fromKey: string | number = 0;
    let toKey: string | number = 1;
    let atKey: string | number = 2;
    let channelKey: string | number | null = null;
    let durationKey: string | number | null = null;
    let recipientsKey: string | number | null = null;
    const columns: ReadInteractionsReport['columns'] = {
      from: 0,
      to: 1,
      at: 2,
      channel: null,
      durationSeconds: null,
      recipients: null,
    };
    const format = opts.timeFormat;
    const queue = () => this.queue;

    streamCsvRows(this.gate, {
      prefix: NAME,
      file,
      header: opts.header,
      delimiter: opts.delimiter,
      onColumns: (names) => {
        const column = (spec: ColumnSpec, option: string) => resolveColumn(spec, option, names, opts.header, NAME, file);
        const optional = (spec: ColumnSpec | null | undefined, option: string) => {
          const chosen = spec === undefined ? (opts.header && names.includes(option) ? option : null) : spec;
          return chosen === null ? null : column(chosen, option);
        };
        const from = column(opts.from, 'from');
        const to = column(opts.to, 'to');
        const at = column(opts.at, 'at');
        const channel = optional(opts.channel, 'channel');
        const duration = optional(opts.durationSeconds, 'durationSeconds');
        const recipients = optional(opts.recipients, 'recipients');
        fromKey = from.key;
        toKey = to.key;
        atKey = at.key;
        channelKey = channel?.key ?? null;
        durationKey = duration?.key ?? null;
        recipientsKey = recipients?.key ?? null;
        columns.from = from.label;
        columns.to = to.label;
        columns.at = at.label;
        columns.channel = channel?.label ?? null;
        columns.durationSeconds = duration?.label ?? null;
        columns.recipients = recipients?.label ?? null;
      },
      onRow: (row) => {
        const cells = row as Record<string | number, string>;
        const from = cells[fromKey]!;
        const to = cells[toKey]!;
        if (isBlankId(from) || isBlankId(to)) {
          const blank = isBlankId(from);
          return new RowProblem('emptyId', `${blank ? 'from' : 'to'} id is empty or only spaces`, blank ? columns.from : columns.to);
        }
        const atText = cells[atKey]!;
        const at = parseTime(atText, format);
        if (at !== at) return timeProblem(atText, format, columns.at);
        let channel: string | undefined;
        if (channelKey !== null) {
          const text = cells[channelKey]!;
          if (text !== '') channel = text;
        }
        let durationSeconds: number | undefined;
        if (durationKey !== null) {
          const text = cells[durationKey]!;
          if (text !== '') {
            const value = parseDecimal(text);
            if (!(value >= 0) || value === Infinity) {
              return new RowProblem(
                'invalidDuration',
                `duration ${show(text)} in column ${show(columns.durationSeconds)} is not a finite number of seconds ≥ 0`,
                columns.durationSeconds!,
              );
            }
            durationSeconds = value;
          }
        }
        let recipients: number | undefined;
        if (recipientsKey !== null) {
          const text = cells[recipientsKey]!;
          if (text !== '') {
            const value = parseDecimal(text);
            if (!Number.isInteger(value) || value < 1) {
              return new RowProblem(
                'invalidRecipients',
                `recipients ${show(text)} in column ${show(columns.recipients)} is not an integer ≥ 1`,
                columns.recipients!,
              );
            }
            recipients = value;
          }
        }
        queue().push({ from, to, at, channel, durationSeconds, recipients });
        if (this.wake !== null) this.signal();
      },
      onReject: (line, problem, cells) => rejections.reject(line, problem, cells),
    }).then(
      (result) => {
        onReport({
          file,
          columns,
          timeFormat: format,
          rows: result.rows,
          accepted: result.rows - rejections.total,
          rejected: rejections.total,
          blankLines: result.blankLines,
          rejectedByReason: rejections.counts,
          rejectedRows: rejections.rows,
        });
        this.ended = true;
        this.signal();
      },
      (error: unknown) => {
        this.failed = true;
        this.error = error;
        this.signal();
      },
    );
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = null;
    if (wake !== null) wake();
  }

  private waitForEvents(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  /** Takes the queued events; releases the reader when the queue empties. */
  private drained(): void {
    this.queue = [];
    this.head = 0;
    this.gate.release();
  }

  async next(): Promise<IteratorResult<InteractionEvent>> {
    for (;;) {
      if (this.head < this.queue.length) {
        const value = this.queue[this.head++]!;
        if (this.head === this.queue.length) this.drained();
        return { done: false, value };
      }
      if (this.failed) {
        this.failed = false;
        this.ended = true;
        throw this.error;
      }
      if (this.ended) return { done: true, value: undefined };
      await this.waitForEvents();
    }
  }

  async nextBatch(): Promise<InteractionEvent[] | null> {
    for (;;) {
      if (this.head < this.queue.length) {
        const batch = this.head === 0 ? this.queue : this.queue.slice(this.head);
        this.drained();
        return batch;
      }
      if (this.failed) {
        this.failed = false;
        this.ended = true;
        throw this.error;
      }
      if (this.ended) return null;
      await this.waitForEvents();
    }
  }

  /** Stops reading (the consumer left early). */
  close(): void {
    this.ended = true;
    this.queue = [];
    this.head = 0;
    this.gate.destroy();
  }
}

/** @internal Epoch milliseconds of a timestamp cell, or `NaN`. */
function parseTime(text: string, format: TimeFormat): number {
  if (format === 'iso') {
    const c0 = text.charCodeAt(0);
    const c1 = text.charCodeAt(text.length - 1);
    return parseIsoTimestamp(c0 === 32 || c1 === 32 || c0 === 9 || c1 === 9 ? text.trim() : text);
  }
  const value = parseDecimal(text);
  const ms = format === 'epochSeconds' ? Math.round(value * 1000) : value;
  return Math.abs(ms) <= MAX_EPOCH_MS ? ms : Number.NaN;
}

function timeProblem(text: string, format: TimeFormat, column: string | number): RowProblem {
  if (/^\s*$/.test(text)) return new RowProblem('missingTime', `empty timestamp in column ${show(column)}`, column);
  const expected =
    format === 'iso'
      ? 'an ISO-8601 date or date-time (e.g. 2024-03-01T09:15:00Z)'
      : format === 'epochMs'
        ? 'epoch milliseconds'
        : 'epoch seconds';
  return new RowProblem('invalidTime', `timestamp ${show(text)} in column ${show(column)} is not ${expected} (timeFormat: '${format}')`, column);
}
