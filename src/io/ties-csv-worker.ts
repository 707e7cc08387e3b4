/**
 * Worker-thread entry of readTiesCsv's parallel path: reads the byte range in `workerData` (see
 * `ties-csv-range.ts`) and posts the result back, moving its typed arrays (no copy).
 *
 * Built by tsup as its own entry (`dist/ties-csv-worker.js` and `.cjs`); readTiesCsv starts it
 * from the file next to the running module. Posts `{ ok: true, result }` or `{ ok: false, message }`.
 *
 * @internal
 * @module
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { RANGE_TASK_KIND, readTiesRange, type RangeTask } from './ties-csv-range.js';

const task = workerData as RangeTask | undefined;
if (!isMainThread && parentPort !== null && task !== null && typeof task === 'object' && task.kind === RANGE_TASK_KIND) {
  const port = parentPort;
  readTiesRange(task).then(
    (result) => {
      const transfer = [result.sources.buffer, result.targets.buffer, result.weights.buffer, result.lines.buffer] as ArrayBuffer[];
      port.postMessage({ ok: true, result }, transfer);
    },
    (error: unknown) => {
      port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
    },
  );
}
