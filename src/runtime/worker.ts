/**
 * The worker entry: the one file every thread the library starts runs (built as `dist/worker.js`
 * and `dist/worker.cjs`). It imports its kernels from the task registry; see spawn.ts for how it
 * is found and the modes of {@link WorkerInit}.
 *
 * @internal
 * @module
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { WORKER_KIND, type WorkerInit } from './spawn.js';
import { transferables, type TaskRunner } from './task.js';
import { errorData } from './off-thread.js';
import { SINGLE_TASKS, TASKS } from './tasks.js';

const RUNNING = 1;
const DONE = 2;
const FAILED = 3;

const init = workerData as WorkerInit | undefined;
if (!isMainThread && parentPort !== null && init !== null && typeof init === 'object' && init.kind === WORKER_KIND) {
  const port = parentPort;
  const errorText = (error: unknown): string => String(error instanceof Error ? (error.stack ?? error.message) : error);
  const setup = (): TaskRunner => {
    const task = TASKS[init.task];
    if (task === undefined) throw new Error(`unknown task ${init.task}`);
    return task(init.data);
  };

  if (init.mode === 'messages') {
    const progress = init.progress ? new Int32Array(init.progress) : null;
    let runner: TaskRunner | null = null;
    port.on('message', (chunk: number) => {
      if (chunk === init.dieOnChunk) process.exit(1);
      try {
        runner ??= setup();
        const result = runner.run(chunk, progress);
        port.postMessage({ chunk, ok: true, result }, transferables(result));
      } catch (error) {
        port.postMessage({ chunk, ok: false, error: errorText(error) });
      }
    });
  } else if (init.mode === 'claim') {
    claim(init, setup, errorText);
  } else if (init.mode === 'supervise') {
    supervise(init);
  } else if (init.mode === 'single') {
    const task = SINGLE_TASKS[init.task];
    if (task === undefined) port.postMessage({ ok: false, message: `unknown task ${init.task}` });
    else {
      task(init.data).then(
        ({ result, transfer }) => port.postMessage({ ok: true, result }, transfer),
        (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error), error: errorData(error) }),
      );
    }
  }
}

/** Claims free chunks one at a time from the shared control block, flagging each running → done (or failed). */
function claim(d: WorkerInit, setup: () => TaskRunner, errorText: (error: unknown) => string): void {
  const control = d.control!;
  const next = new Int32Array(control.next);
  const state = new Int32Array(control.state);
  const progress = new Int32Array(control.progress);
  const owner = new Int32Array(control.owner);
  let runner: TaskRunner | null = null;
  for (;;) {
    const c = Atomics.add(next, 0, 1);
    if (c >= control.chunks) break;
    Atomics.store(owner, c, 1 + d.slot!);
    Atomics.store(state, c, RUNNING);
    if (c === d.dieOnChunk) process.exit(1);
    try {
      runner ??= setup();
      runner.run(c, progress);
      Atomics.store(state, c, DONE);
    } catch (error) {
      const text = new TextEncoder().encode(errorText(error));
      new Uint8Array(control.error).set(text.subarray(0, control.error.byteLength));
      Atomics.store(state, c, FAILED);
    }
    Atomics.notify(state, c);
  }
}

/**
 * Starts the claiming workers and watches them: the caller waits in `Atomics.wait` and cannot see
 * a worker die, so when one exits, the chunk it was running is marked failed (the caller reruns
 * it) and the caller is woken. When the last one exits, every chunk not done is marked failed.
 */
function supervise(d: WorkerInit): void {
  const control = d.control!;
  const state = new Int32Array(control.state);
  const owner = new Int32Array(control.owner);
  const alive = new Int32Array(control.alive);
  const next = new Int32Array(control.next);
  const count = d.count!;
  let running = 0;
  const wake = (): void => {
    Atomics.notify(next, 0);
    for (let c = 0; c < control.chunks; c++) Atomics.notify(state, c);
  };
  for (let slot = 0; slot < count; slot++) {
    let worker: Worker;
    try {
      worker = new Worker(new URL(d.entry!), {
        workerData: { ...d, mode: 'claim', slot } satisfies WorkerInit,
        execArgv: [],
      });
    } catch {
      continue;
    }
    running++;
    worker.on('error', () => {});
    worker.on('exit', () => {
      running--;
      Atomics.store(alive, 0, running);
      for (let c = 0; c < control.chunks; c++) {
        const s = Atomics.load(state, c);
        const mine = Atomics.load(owner, c) === 1 + slot;
        if ((mine && s === RUNNING) || (running === 0 && s !== DONE && s !== FAILED && Atomics.load(owner, c) !== 0)) {
          Atomics.store(state, c, FAILED);
        }
      }
      wake();
    });
  }
  Atomics.store(alive, 0, running);
  wake();
}
