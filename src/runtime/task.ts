/**
 * The shape of a task the thread runtime runs: a named setup (registered in `tasks.ts` for the
 * worker entry, imported directly by the calling thread) that turns the job's data into a chunk
 * runner. The same function runs a chunk on the calling thread and in a worker.
 *
 * @internal
 * @module
 */

/** @internal Runs the chunks of one job. */
export interface TaskRunner<R = unknown> {
  /**
   * Runs steps [`from`, `to`) of chunk `chunk` (every step when absent), counting finished units
   * in `progress[chunk]` (`Atomics.add`) when given. The steps of a chunk run in order, so
   * running them in slices gives what one call gives.
   */
  run(chunk: number, progress: Int32Array | null, from?: number, to?: number): R;
  /** How many steps chunk `chunk` has (lets the calling thread run a chunk in slices). */
  steps?(chunk: number): number;
}

/** @internal Builds a chunk runner from a job's data (once per thread). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TaskSetup<D = any, R = unknown> = (data: D) => TaskRunner<R>;

/** @internal A one-shot asynchronous task (a worker runs it once and posts the result, moving `transfer`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SingleTask<D = any, R = unknown> = (data: D) => Promise<{ result: R; transfer: ArrayBuffer[] }>;

/** @internal The `ArrayBuffer`s of the typed arrays among an object's values (to move, not copy, a result). */
export function transferables(result: unknown): ArrayBuffer[] {
  const transfer: ArrayBuffer[] = [];
  if (result !== null && typeof result === 'object') {
    for (const value of Object.values(result as Record<string, unknown>)) {
      if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer && !transfer.includes(value.buffer)) transfer.push(value.buffer);
    }
  }
  return transfer;
}
