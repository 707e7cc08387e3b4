/**
 * The `CsrIndex` of a large graphology graph, built on a worker thread for the `…Async` twins
 * that compute on an index (betweenness, edge betweenness, closeness, harmonic closeness):
 * `toIndex` on the calling thread walks a million edges in one block (about a second on M). Here
 * the calling thread only walks the graph into columns, in slices of a few milliseconds
 * (columns.ts); the worker rebuilds the graph, builds the index and hands its arrays back in
 * shared memory. The index is the one `toIndex` builds, so results are unchanged.
 *
 * @internal
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import { toIndex, type BuildIndexOptions } from '../core/build-index.js';
import { isCsrIndex, type CsrIndex } from '../core/csr.js';
import { abortedError } from './aborted-error.js';
import { graphToColumns, type GraphColumns } from './columns.js';
import { errorFromData, holdsFunction, indexData, indexFromData, type ErrorData, type IndexParts } from './off-thread.js';
import { singleAnswer, spawnWorker, workerEntry } from './spawn.js';

/** @internal What the `toIndex` task receives. */
export interface ToIndexData {
  graph: GraphColumns;
  options: BuildIndexOptions;
  prefix: string;
}

/** Graphs with fewer edges are indexed on the calling thread (a few milliseconds, less than a worker's start-up). */
let OFF_THREAD_MIN_EDGES = 100_000;

/** @internal Tests: build the index on a worker from this many edges on; `undefined` restores the default. */
export function setIndexOffThreadMinEdges(edges: number | undefined): void {
  OFF_THREAD_MIN_EDGES = edges ?? 100_000;
}

/** @internal The worker side: rebuilds the graph, indexes it, returns the index's data. */
export function toIndexTask(d: ToIndexData, fromColumns: (columns: GraphColumns) => AbstractGraph): IndexParts {
  const index = toIndex(fromColumns(d.graph), d.options, d.prefix);
  const data = indexData(index);
  if (data.kind !== 'index') throw new Error('unreachable');
  return data.parts;
}

/**
 * @internal
 * `toIndex(input, options, prefix)` without blocking the calling thread for long: an index as
 * `toIndex` gives it; a large graph indexed on a worker (unless `threads` is 1, a getter option
 * holds a function, or no worker can start: then here). Rejects with an `AbortedError` when
 * `signal` aborts.
 */
export async function toIndexAsync(
  input: AbstractGraph | CsrIndex,
  options: BuildIndexOptions | undefined,
  prefix: string,
  runtime: { threads?: number | 'auto' | undefined; signal?: AbortSignal | undefined },
): Promise<CsrIndex> {
  const { signal } = runtime;
  const graph = input as Partial<AbstractGraph>;
  const opts: BuildIndexOptions = {};
  if (options?.getEdgeStrength !== undefined) opts.getEdgeStrength = options.getEdgeStrength;
  if (options?.getEdgeDistance !== undefined) opts.getEdgeDistance = options.getEdgeDistance;
  if (
    isCsrIndex(input) ||
    runtime.threads === 1 ||
    typeof graph.size !== 'number' ||
    typeof graph.edgeEntries !== 'function' ||
    graph.size < OFF_THREAD_MIN_EDGES ||
    holdsFunction(opts) ||
    workerEntry() === null
  ) {
    return toIndex(input, options, prefix);
  }
  const transfer: ArrayBuffer[] = [];
  let data: ToIndexData;
  try {
    data = { graph: await graphToColumns(input as AbstractGraph, transfer, signal), options: opts, prefix };
  } catch (error) {
    if (signal?.aborted) throw abortedError(signal, prefix);
    throw error;
  }
  if (signal?.aborted) throw abortedError(signal, prefix);
  const worker = spawnWorker({ mode: 'single', task: 'toIndex', data }, { transfer });
  if (worker === null) return toIndex(input, options, prefix);
  return singleAnswer<IndexParts, CsrIndex>(
    worker,
    signal,
    prefix,
    'indexing',
    (result) => indexFromData(result),
    (message) => (message.error ? errorFromData(message.error as ErrorData) : new Error(`${prefix}: ${message.message}`)),
  );
}
