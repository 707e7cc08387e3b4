/**
 * Runs a whole synchronous metric on one worker thread, for the `…Async` twins whose kernel is
 * not split into chunks (constraint and the Burt family, closeness, reach efficiency, key-person
 * risk, neighbourhood overlap, communities, …): the calling thread stays free, `signal`
 * terminates the worker at once, `onProgress` reports `{ done: 0, total: 1 }` then
 * `{ done: 1, total: 1 }`.
 *
 * - The input crosses as data: a {@link CsrIndex} as its typed arrays (copied), a graphology
 *   graph as `graph.export()` (which costs time on the calling thread for a large graph: build a
 *   `CsrIndex` once with `buildIndex` and pass it). The worker rebuilds it and calls the same
 *   public function with the same options, so results are the synchronous function's.
 * - Options holding a function (a getter, `rng`, a predicate) cannot cross to a thread: the call
 *   then runs on the calling thread, as it does with `threads: 1`, in a browser, or where no
 *   worker can start.
 * - An error thrown in the worker is rethrown here with its class (`InvalidOptionError`, …) and
 *   fields.
 * - The worker may start workers of its own, up to the call's `threads` in all (node.ts
 *   `allowThreadsInWorker`): a function that spreads its chunks over threads (`localBridges`'
 *   spans) does so there as on the main thread, since this thread only waits.
 *
 * @internal
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import { CsrIndex, isCsrIndex, type CsrParts } from '../core/csr.js';
import * as errors from '../errors.js';
import { tidyResult } from '../tidy/brand.js';
import type { ResultBrand } from '../tidy/symbols.js';
import { abortedError } from './aborted-error.js';
import { sharedBuffer, toShared, yieldToEventLoop } from './node.js';
import { splitRuntimeOptions, type RuntimeOptions } from './options.js';
import { resolveThreadCount, spawnWorker, workerEntry } from './spawn.js';
import { metricPrefixes } from '../define-metric.js';
import { brandOf } from '../tidy/symbols.js';
import { decodeValue, encodeValue, graphToColumns, type Encoded, type GraphColumns } from './columns.js';

/** @internal The input of a call, as data. */
export type CallInput = { kind: 'index'; parts: IndexParts } | { kind: 'graph'; data: GraphColumns };

/**
 * @internal
 * An index as data: its arrays (in shared memory) and its keys as one string with the end of
 * each key, which a worker receives in one copy instead of cloning 10⁵ strings one by one.
 */
export type IndexParts = Omit<CsrParts, 'idOf' | 'keys'> & { keysText: string; keyEnds: Uint32Array };

/** @internal An argument that is a graph or an index, as data (`tieChurn`'s second snapshot). */
export interface InputArg {
  tiestrengthInput: CallInput;
}

/** @internal What the worker's `call` task receives. */
export interface CallData {
  name: string;
  input: CallInput;
  args: unknown[];
  /** The options, encoded ({@link encodeValue}). */
  options: Encoded;
  /** Threads the call may keep busy, the worker among them (`threads` of the call, `'auto'` resolved). */
  threads: number;
}

/** @internal What the worker's `call` task posts back: the value in columns (columns.ts) and its brand. */
export interface CallResult {
  value: Encoded;
  brand: ResultBrand | null;
  /** Workers the call started in its worker (tests: that `threads` reached the call). */
  workers: number;
}

let lastCallWorkers = 0;

/** @internal Workers the last call run by {@link callOffThread} on a worker started there (tests). */
export function lastOffThreadWorkers(): number {
  return lastCallWorkers;
}

/** @internal A thrown error as data. */
export interface ErrorData {
  name: string;
  message: string;
  stack?: string;
  fields: Record<string, unknown>;
}

/** Index data with its arrays in shared memory, per index: copied once, then shared with every worker without a copy. */
const sharedParts = new WeakMap<CsrIndex, IndexParts>();

/**
 * @internal
 * The data of an input (see the module notes): an index as its arrays in shared memory, a graph
 * as columns built in slices between turns of the event loop (their buffers added to `transfer`).
 */
export async function inputData(input: AbstractGraph | CsrIndex, transfer: ArrayBuffer[], signal?: AbortSignal): Promise<CallInput> {
  if (!isCsrIndex(input)) return { kind: 'graph', data: await graphToColumns(input as AbstractGraph, transfer, signal) };
  return indexData(input);
}

/** @internal An index's data, its arrays copied to shared memory once per index. */
export function indexData(input: CsrIndex): CallInput {
  const cached = sharedParts.get(input);
  if (cached) return { kind: 'index', parts: cached };
  // Arrays the index shares (an undirected index's in-arcs are its out-arcs) stay shared.
  const copies = new Map<unknown, unknown>();
  const shared = <T extends Uint32Array | Float64Array | null>(array: T): T => {
    if (array === null || typeof SharedArrayBuffer !== 'function') return array;
    let copy = copies.get(array) as T | undefined;
    if (copy === undefined) {
      const Ctor = array.constructor as new (buffer: SharedArrayBuffer) => T;
      copy = new Ctor(toShared(array as Uint32Array | Float64Array));
      copies.set(array, copy);
    }
    return copy;
  };
  const i = input;
  const keys = i.keys;
  const keyEnds = new Uint32Array(sharedBuffer(4 * keys.length));
  let end = 0;
  for (let k = 0; k < keys.length; k++) {
    end += keys[k]!.length;
    keyEnds[k] = end;
  }
  const parts: IndexParts = {
    keysText: keys.join(''),
    keyEnds,
    directed: i.directed,
    weighted: i.weighted,
    offsets: shared(i.offsets),
    neighbors: shared(i.neighbors),
    strengths: shared(i.strengths),
    distances: shared(i.distances),
    slotTies: shared(i.slotTies),
    inOffsets: shared(i.inOffsets),
    inNeighbors: shared(i.inNeighbors),
    inStrengths: shared(i.inStrengths),
    inDistances: shared(i.inDistances),
    inSlotTies: shared(i.inSlotTies),
    tieSources: shared(i.tieSources),
    tieTargets: shared(i.tieTargets),
    tieStrengths: shared(i.tieStrengths),
    tieDistances: shared(i.tieDistances),
    stats: { ...i.stats },
  };
  sharedParts.set(input, parts);
  return { kind: 'index', parts };
}

/** @internal Rebuilds a CsrIndex from its data (the worker side). */
export function indexFromData(data: IndexParts): CsrIndex {
  const { keysText, keyEnds, ...parts } = data;
  const keys = new Array<string>(keyEnds.length);
  let start = 0;
  for (let k = 0; k < keyEnds.length; k++) {
    keys[k] = keysText.slice(start, keyEnds[k]);
    start = keyEnds[k]!;
  }
  return new CsrIndex({ ...parts, keys, idOf: new Map(keys.map((key, id) => [key, id])) });
}

/** @internal An error as data (the worker side). */
export function errorData(error: unknown): ErrorData {
  if (error instanceof Error) {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(error)) {
      try {
        structuredClone(value);
        fields[key] = value;
      } catch {
        // not cloneable: left out
      }
    }
    return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}), fields };
  }
  return { name: 'Error', message: String(error), fields: {} };
}

/** @internal The error of {@link errorData}, with its tiestrength class where it has one. */
export function errorFromData(data: ErrorData): Error {
  const Class = (errors as Record<string, unknown>)[data.name];
  const error: Error =
    typeof Class === 'function' && Class.prototype instanceof Error ? Object.create(Class.prototype as object) : new Error(data.message);
  Object.defineProperty(error, 'message', { value: data.message, writable: true, configurable: true, enumerable: false });
  if (data.stack) Object.defineProperty(error, 'stack', { value: data.stack, writable: true, configurable: true, enumerable: false });
  Object.assign(error, data.fields);
  return error;
}

/** @internal Whether a value is a graphology graph or a CsrIndex (an argument that crosses as data). */
export function isGraphOrIndex(value: unknown): value is AbstractGraph | CsrIndex {
  if (isCsrIndex(value)) return true;
  const g = value as Partial<AbstractGraph> | null;
  return g !== null && typeof g === 'object' && typeof g.nodeEntries === 'function' && typeof g.edgeEntries === 'function' && typeof g.order === 'number';
}

/** @internal Whether a value holds a function (which cannot be structured-cloned). */
export function holdsFunction(value: unknown, depth = 0): boolean {
  if (typeof value === 'function') return true;
  if (value === null || typeof value !== 'object' || depth > 3 || ArrayBuffer.isView(value)) return false;
  if (value instanceof Map) return [...value.values()].some((v) => holdsFunction(v, depth + 1));
  return Object.values(value as Record<string, unknown>).some((v) => holdsFunction(v, depth + 1));
}

/**
 * @internal
 * Calls the public function `name` of src/`family`/ (`fn` here) on `input` with `args` and the
 * options, off the calling thread where it can (see the module notes). Messages carry the prefix of
 * its `…Async` twin.
 */
export async function callOffThread<R>(
  family: string,
  name: string,
  fn: (input: AbstractGraph | CsrIndex, ...rest: never[]) => R,
  input: AbstractGraph | CsrIndex,
  options: (object & RuntimeOptions) | undefined,
  args: unknown[] = [],
): Promise<R> {
  const prefix = metricPrefixes(family, name).async;
  const { rest, runtime } = splitRuntimeOptions(prefix, options);
  const { signal, onProgress } = runtime;
  if (signal?.aborted) throw abortedError(signal, prefix);
  onProgress?.({ done: 0, total: 1 });
  const here = async (): Promise<R> => {
    await yieldToEventLoop();
    if (signal?.aborted) throw abortedError(signal, prefix);
    const value = (fn as (...all: unknown[]) => R)(input, ...args, ...(rest === undefined ? [] : [rest]));
    onProgress?.({ done: 1, total: 1 });
    return value;
  };
  if (runtime.threads === 1 || holdsFunction(rest) || holdsFunction(args.filter((a) => !isGraphOrIndex(a))) || workerEntry() === null) return here();
  // The input (and any argument that is a graph or an index) as data; a graph in slices.
  const transfer: ArrayBuffer[] = [];
  let data: CallData;
  try {
    // Options travel as columns too: a record of 10⁵ groups or kinds clones slowly on this thread.
    // The worker may spread the call's own chunks (localBridges' spans, reach counts) over the
    // threads asked for: this thread only waits.
    const threads = resolveThreadCount(runtime.threads, Number.POSITIVE_INFINITY);
    data = { name, input: await inputData(input, transfer, signal), args: [], options: encodeValue(rest, transfer, 3, false), threads };
    for (const arg of args) data.args.push(isGraphOrIndex(arg) ? ({ tiestrengthInput: await inputData(arg, transfer, signal) } satisfies InputArg) : arg);
  } catch (error) {
    if (signal?.aborted) throw abortedError(signal, prefix);
    throw error;
  }
  if (signal?.aborted) throw abortedError(signal, prefix);
  const worker = spawnWorker({ mode: 'single', task: 'call', data }, { transfer });
  if (worker === null) return here();
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    let answered = false;
    const settle = (fail: boolean, value: unknown): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      if (fail) reject(value);
      else resolve(value as R);
    };
    const onAbort = (): void => settle(true, abortedError(signal!, prefix));
    signal?.addEventListener('abort', onAbort);
    worker.on('message', (message: { ok: true; result: CallResult } | { ok: false; error: ErrorData }) => {
      if (!message.ok) {
        settle(true, errorFromData(message.error));
        return;
      }
      const { value, brand, workers } = message.result;
      lastCallWorkers = workers;
      answered = true;
      void worker.terminate();
      decodeValue(value).then(
        (decoded) => {
          if (settled) return;
          onProgress?.({ done: 1, total: 1 });
          settle(false, brand && brandOf(decoded) === undefined ? tidyResult(brand.shape, decoded, brand.name) : decoded);
        },
        (error: unknown) => settle(true, error),
      );
    });
    worker.on('error', (error) => settle(true, error));
    worker.on('exit', (code) => {
      if (!answered) settle(true, new Error(`${prefix}: the worker thread exited with code ${code} before answering`));
    });
  });
}
