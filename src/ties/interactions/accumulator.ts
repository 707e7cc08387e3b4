/**
 * Per-pair accumulation of {@link tiesFromInteractions}: each event is validated and folded into
 * one record per pair as it arrives (typed-array columns over a {@link PairTable}), so a log of
 * any length is read in memory proportional to its distinct pairs.
 *
 * @internal
 * @module
 */
import { InvalidEventError, show } from '../../errors.js';
import { KeyInterner } from '../../core/key-interner.js';
import { growFloat64, growUint32, PairTable } from '../../core/pair-table.js';
import { toEpochMs } from '../../core/timestamp.js';
import { NAME, type Config, type InteractionEvent } from './options.js';
import type { RejectedEvent } from './results.js';

/**
 * @internal
 * An optional method of an async iterable of events returning an async iterable of event arrays:
 * {@link tiesFromInteractions} then pays one `await` per batch instead of one per event.
 */
export const EVENT_BATCHES: unique symbol = Symbol.for('tiestrength.eventBatches') as never;

/** @internal Reads an async iterable into the accumulator (batched when the source offers batches). */
export async function consumeAsync(events: AsyncIterable<unknown>, accumulator: InteractionAccumulator): Promise<void> {
  let index = 0;
  const batches = (events as { [EVENT_BATCHES]?: () => AsyncIterable<readonly unknown[]> })[EVENT_BATCHES];
  if (typeof batches === 'function') {
    for await (const batch of batches.call(events)) {
      for (let i = 0; i < batch.length; i++) accumulator.add(batch[i], index++);
    }
    return;
  }
  for await (const event of events) accumulator.add(event, index++);
}

/** Kept in a report: the first rejected events. */
const MAX_REPORTED_EVENTS = 20;

/** Distinct channels a pair record can hold (two 32-bit masks). */
const MAX_CHANNELS = 64;

/** Decay terms more than this many half-lives older than the pair's latest event are dropped (< 2^−1000 of it). */
const MAX_SHIFT = 1000;

/** 2^−k for k = 0…MAX_SHIFT, exact (repeated halving of 1 stays in the normal range). */
const POW2_NEG = (() => {
  const table = new Float64Array(MAX_SHIFT + 1);
  let x = 1;
  for (let k = 0; k <= MAX_SHIFT; k++, x /= 2) table[k] = x;
  return table;
})();

/** @internal Event flags: one-to-one, recipients given, duration given, channel given. */
export const ONE_TO_ONE = 1;
export const HAS_RECIPIENTS = 2;
export const HAS_DURATION = 4;
export const HAS_CHANNEL = 8;

/**
 * @internal
 * Folds events into one record per pair. Columns are typed arrays indexed by pair id, grown
 * with the {@link PairTable}; nothing is kept per event (except in the buffered mode, a window
 * without `asOf`).
 */
export class InteractionAccumulator {
  readonly ids = new KeyInterner();
  readonly table = new PairTable(1024);
  /** Index of the first event naming each person (for messages). */
  firstEvent = new Float64Array(1024);
  readonly channelNames: string[] = [];
  private readonly channelIds = new Map<string, number>();

  // Per-pair columns.
  capacity = 0;
  init0 = new Uint32Array(0); // initiated by the pair's first id
  init1 = new Uint32Array(0); // initiated by the pair's second id (undirected only)
  first = new Float64Array(0);
  last = new Float64Array(0);
  hi = new Float64Array(0); // decayed volume, compensated: hi + lo
  lo = new Float64Array(0);
  ref = new Float64Array(0); // deferred asOf: the power-of-two reference (in half-lives) of hi/lo
  oneToOne = new Uint32Array(0);
  durationMs = new Float64Array(0);
  chLow = new Uint32Array(0);
  chHigh = new Uint32Array(0);

  // Counts for the report.
  events = 0;
  accepted = 0;
  selfInteractions = 0;
  beforeWindow = 0;
  afterAsOf = 0;
  rejected = 0;
  readonly rejectedByReason: Record<string, number> = {};
  readonly rejectedEvents: RejectedEvent[] = [];
  /** Evidence flags over accepted events (HAS_*). */
  seen = 0;
  /** Latest time of a valid event between two people. */
  maxTime = -Infinity;

  /** Whether asOf was given (otherwise it is the last event's time, known at the end). */
  readonly asOfKnown: boolean;
  /** Whether accepted events are held until the end (a window without asOf). */
  readonly buffered: boolean;
  /** Whether decay is accumulated before asOf is known (no asOf, no window). */
  readonly decayDeferred: boolean;
  /** The id of the unnamed channel '', or −1. */
  private unnamed = -1;
  asOf: number;
  windowStart: number;
  private readonly invHalfLife: number;
  private readonly directed: boolean;
  private readonly skip: boolean;

  // The buffer of the buffered mode.
  private bufLength = 0;
  private bufA = new Uint32Array(0);
  private bufB = new Uint32Array(0);
  private bufT = new Float64Array(0);
  private bufDur = new Float64Array(0);
  private bufChannel = new Uint8Array(0);
  private bufFlags = new Uint8Array(0);

  constructor(private readonly config: Config) {
    this.directed = config.directed;
    this.skip = config.skipInvalid;
    this.asOf = config.asOf;
    this.asOfKnown = !Number.isNaN(config.asOf);
    this.buffered = !this.asOfKnown && Number.isFinite(config.windowMs);
    this.decayDeferred = !this.asOfKnown && !this.buffered;
    this.windowStart = this.asOfKnown ? config.asOf - config.windowMs : -Infinity;
    this.invHalfLife = 1 / config.halfLifeMs;
    this.grow(1024);
  }

  /** Validates one event and folds it in (or counts why not). */
  add(event: unknown, index: number): void {
    this.events++;
    if (typeof event !== 'object' || event === null) {
      this.reject(index, 'invalidEvent', `event ${index} is ${show(event)}, not an object { from, to, at }`, undefined, event);
      return;
    }
    const e = event as InteractionEvent;
    const from = e.from;
    const fromKey = typeof from === 'string' && from.length > 0 ? from : idKey(from);
    if (fromKey === null) return this.rejectId(index, 'from', from);
    const to = e.to;
    const toKey = typeof to === 'string' && to.length > 0 ? to : idKey(to);
    if (toKey === null) return this.rejectId(index, 'to', to);
    const at = e.at;
    const t = typeof at === 'number' ? (at >= -8.64e15 && at <= 8.64e15 ? at : Number.NaN) : toEpochMs(at);
    if (t !== t) {
      this.reject(
        index,
        'invalidTime',
        `event ${index}: at ${show(at instanceof Date ? 'Invalid Date' : at)} is not a valid Date, epoch milliseconds or ISO-8601 timestamp`,
        'at',
        at,
      );
      return;
    }
    let flags = ONE_TO_ONE;
    let channel = 0;
    const c = e.channel;
    if (c !== undefined && c !== null && c !== '') {
      if (typeof c !== 'string') {
        this.reject(index, 'invalidChannel', `event ${index}: channel ${show(c)} is not a string`, 'channel', c);
        return;
      }
      channel = this.channelIds.get(c) ?? this.newChannel(c);
      if (channel < 0) {
        this.reject(index, 'tooManyChannels', `event ${index}: channel ${show(c)} would be channel ${MAX_CHANNELS + 1}; at most ${MAX_CHANNELS} distinct channels (a channel is a medium such as email, chat, meeting)`, 'channel', c);
        return;
      }
      flags |= HAS_CHANNEL;
    } else {
      channel = this.unnamed >= 0 ? this.unnamed : (this.unnamed = this.channelIds.get('') ?? this.newChannel(''));
      if (channel < 0) {
        this.reject(index, 'tooManyChannels', `event ${index}: the unnamed channel would be channel ${MAX_CHANNELS + 1}; at most ${MAX_CHANNELS} distinct channels`, 'channel', c);
        return;
      }
    }
    let durationMs = 0;
    const d = e.durationSeconds;
    if (d !== undefined && d !== null) {
      if (typeof d !== 'number' || !(d >= 0) || d === Infinity) {
        this.reject(index, 'invalidDuration', `event ${index}: durationSeconds ${show(d)} is not a finite number ≥ 0`, 'durationSeconds', d);
        return;
      }
      durationMs = Math.round(d * 1000);
      flags |= HAS_DURATION;
    }
    const r = e.recipients;
    if (r !== undefined && r !== null) {
      if (typeof r !== 'number' || !Number.isInteger(r) || r < 1) {
        this.reject(index, 'invalidRecipients', `event ${index}: recipients ${show(r)} is not an integer ≥ 1`, 'recipients', r);
        return;
      }
      if (r !== 1) flags &= ~ONE_TO_ONE;
      flags |= HAS_RECIPIENTS;
    }
    if (fromKey === toKey) {
      this.selfInteractions++;
      return;
    }
    if (t > this.maxTime) this.maxTime = t;
    if (this.asOfKnown) {
      if (t > this.asOf) {
        this.afterAsOf++;
        return;
      }
      if (t < this.windowStart) {
        this.beforeWindow++;
        return;
      }
    }
    const a = this.intern(fromKey, index);
    const b = this.intern(toKey, index);
    if (this.buffered) this.hold(a, b, t, channel, durationMs, flags);
    else this.fold(a, b, t, channel, durationMs, flags);
  }

  private intern(key: string, index: number): number {
    const ids = this.ids;
    const before = ids.size;
    const id = ids.intern(key);
    if (id === before) {
      if (id === this.firstEvent.length) this.firstEvent = growFloat64(this.firstEvent, id * 2);
      this.firstEvent[id] = index;
    }
    return id;
  }

  private newChannel(name: string): number {
    if (this.channelNames.length === MAX_CHANNELS) return -1;
    const id = this.channelNames.length;
    this.channelNames.push(name);
    this.channelIds.set(name, id);
    return id;
  }

  /** Folds one accepted event into its pair's record. */
  private fold(a: number, b: number, t: number, channel: number, durationMs: number, flags: number): void {
    this.accepted++;
    this.seen |= flags;
    let x = a;
    let y = b;
    let forward = true;
    if (!this.directed && b < a) {
      x = b;
      y = a;
      forward = false;
    }
    const p = this.table.intern(x, y);
    if (p === this.capacity) this.grow(this.capacity * 2);
    const count = this.init0[p]! + this.init1[p]!;
    if (forward) this.init0[p]!++;
    else this.init1[p]!++;
    if (count === 0) {
      this.first[p] = t;
      this.last[p] = t;
    } else {
      if (t < this.first[p]!) this.first[p] = t;
      if (t > this.last[p]!) this.last[p] = t;
    }
    if (channel < 32) this.chLow[p]! |= 1 << channel;
    else this.chHigh[p]! |= 1 << (channel - 32);
    this.oneToOne[p]! += flags & ONE_TO_ONE;
    this.durationMs[p]! += durationMs;

    // Decayed volume. With a known asOf every term is 2^(−(asOf − t)/h), summed with Neumaier's
    // compensation. With asOf deferred, a term is 2^frac(t/h) · 2^(floor(t/h) − ref): its
    // mantissa depends on t alone, and the reference moves only by exact powers of two, so the
    // sum does not depend on the order in which the pair's events arrive (up to compensation).
    let term: number;
    if (!this.decayDeferred) {
      term = Math.pow(2, (t - this.asOf) * this.invHalfLife);
    } else {
      const q = t * this.invHalfLife;
      const n = Math.floor(q);
      const base = Math.pow(2, q - n);
      if (count === 0) {
        this.ref[p] = n;
        this.hi[p] = base;
        this.lo[p] = 0;
        return;
      }
      const ref = this.ref[p]!;
      if (n > ref) {
        const shift = n - ref;
        const scale = shift > MAX_SHIFT ? 0 : POW2_NEG[shift]!;
        this.hi[p]! *= scale;
        this.lo[p]! *= scale;
        this.ref[p] = n;
        term = base;
      } else {
        const lag = ref - n;
        if (lag > MAX_SHIFT) return;
        term = base * POW2_NEG[lag]!;
      }
    }
    const s = this.hi[p]!;
    const sum = s + term;
    this.lo[p]! += s >= term ? s - sum + term : term - sum + s;
    this.hi[p] = sum;
  }

  /** Buffered mode: keeps an event until the window is known. */
  private hold(a: number, b: number, t: number, channel: number, durationMs: number, flags: number): void {
    const i = this.bufLength++;
    if (i === this.bufA.length) {
      const size = Math.max(1024, i * 2);
      this.bufA = growUint32(this.bufA, size);
      this.bufB = growUint32(this.bufB, size);
      this.bufT = growFloat64(this.bufT, size);
      this.bufDur = growFloat64(this.bufDur, size);
      const c = new Uint8Array(size);
      c.set(this.bufChannel);
      this.bufChannel = c;
      const f = new Uint8Array(size);
      f.set(this.bufFlags);
      this.bufFlags = f;
    }
    this.bufA[i] = a;
    this.bufB[i] = b;
    this.bufT[i] = t;
    this.bufDur[i] = durationMs;
    this.bufChannel[i] = channel;
    this.bufFlags[i] = flags;
  }

  /** Fixes asOf (and the window) and, in buffered mode, folds the held events. */
  settle(): void {
    if (this.asOfKnown) return;
    this.asOf = this.maxTime === -Infinity ? Number.NaN : this.maxTime;
    if (!this.buffered) return;
    this.windowStart = this.asOf - this.config.windowMs;
    const start = this.windowStart;
    for (let i = 0; i < this.bufLength; i++) {
      const t = this.bufT[i]!;
      if (t < start) {
        this.beforeWindow++;
        continue;
      }
      this.fold(this.bufA[i]!, this.bufB[i]!, t, this.bufChannel[i]!, this.bufDur[i]!, this.bufFlags[i]!);
    }
    this.bufLength = 0;
    this.bufA = this.bufB = new Uint32Array(0);
    this.bufT = this.bufDur = new Float64Array(0);
  }

  /** The decayed volume of pair p at asOf. */
  decayed(p: number): number {
    const sum = this.hi[p]! + this.lo[p]!;
    return this.decayDeferred ? sum * Math.pow(2, this.ref[p]! - this.asOf * this.invHalfLife) : sum;
  }

  private grow(size: number): void {
    this.init0 = growUint32(this.init0, size);
    this.init1 = growUint32(this.init1, size);
    this.first = growFloat64(this.first, size);
    this.last = growFloat64(this.last, size);
    this.hi = growFloat64(this.hi, size);
    this.lo = growFloat64(this.lo, size);
    if (this.decayDeferred) this.ref = growFloat64(this.ref, size);
    this.oneToOne = growUint32(this.oneToOne, size);
    this.durationMs = growFloat64(this.durationMs, size);
    this.chLow = growUint32(this.chLow, size);
    this.chHigh = growUint32(this.chHigh, size);
    this.capacity = size;
  }

  private rejectId(index: number, field: 'from' | 'to', value: unknown): void {
    if (value === '') this.reject(index, 'emptyId', `event ${index}: empty ${field} id`, field, value);
    else this.reject(index, 'invalidId', `event ${index}: ${field} ${show(value)} is not a non-empty string or a finite number`, field, value);
  }

  private reject(index: number, reason: string, message: string, field: string | undefined, value: unknown): void {
    if (!this.skip) throw new InvalidEventError(`${NAME}: ${message}`, { index, reason, field, value });
    this.rejected++;
    this.rejectedByReason[reason] = (this.rejectedByReason[reason] ?? 0) + 1;
    if (this.rejectedEvents.length < MAX_REPORTED_EVENTS) this.rejectedEvents.push({ index, reason, message, field });
  }
}

/** An id as a key: a non-empty string, or a finite number as its string; otherwise `null`. */
function idKey(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 0 ? value : null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
