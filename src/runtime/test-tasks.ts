/**
 * Two tiny tasks for the runtime's own tests (test/runtime/): they exercise the runner without a
 * kernel. Cheap to carry in the worker entry.
 *
 * @internal
 * @module
 */
import type { TaskRunner, TaskSetup } from './task.js';

/** @internal `test/sum`: chunk c of `{ n }` gives `{ x: [n·1000 + c] }`; `{ n, spin }` spins `spin` ms per step (10 steps a chunk). */
function sumTask(data: { n: number; spin?: number; failInWorker?: boolean }): TaskRunner<{ x: Float64Array }> {
  return {
    steps: data.spin ? () => 10 : undefined,
    run: (chunk, progress, from = 0, to = 10) => {
      if (data.failInWorker) {
        const wt = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');
        if (!wt.isMainThread) throw new Error('boom');
      }
      if (data.spin) {
        for (let s = from; s < to; s++) {
          const until = performance.now() + data.spin;
          while (performance.now() < until);
          if (progress !== null) Atomics.add(progress, chunk, 1);
        }
      }
      const x = new Float64Array(1);
      x[0] = data.n * 1000 + chunk;
      return { x };
    },
  };
}

/** @internal The test tasks, by name. */
export const testTasks: Readonly<Record<string, TaskSetup>> = { 'test/sum': sumTask };
