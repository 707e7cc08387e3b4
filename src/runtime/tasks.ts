/**
 * The task registry of the worker entry: name → the kernel's task setup, imported from the module
 * that defines the kernel (the calling thread imports the same function). Imported by
 * `worker.ts` only, so that nothing here reaches a browser bundle.
 *
 * @internal
 * @module
 */
import { brandesTask } from '../core/brandes.js';
import { referralTask, singleSeedTask, spreadTask } from '../core/cascade.js';
import { reachTask } from '../core/reach.js';
import { sweepTask } from '../core/distance-sweep.js';
import { spanTask } from '../core/tie-span.js';
import { readTiesRange, type RangeTask } from '../io/ties-csv-range.js';
import { runCall } from './calls.js';
import { relabelTask, type RelabelData } from './relabel.js';
import { toIndexTask, type ToIndexData } from './index-async.js';
import { graphFromColumns, type GraphColumns } from './columns.js';
import { DirectedGraph } from 'graphology';
import type { CallData } from './off-thread.js';
import type { SingleTask, TaskSetup } from './task.js';
import { testTasks } from './test-tasks.js';

/** @internal Chunk tasks, by name. */
export const TASKS: Readonly<Record<string, TaskSetup>> = {
  brandes: brandesTask,
  reach: reachTask,
  sweep: sweepTask,
  span: spanTask,
  spread: spreadTask,
  referral: referralTask,
  singleSeed: singleSeedTask,
  ...testTasks,
};

/** @internal One-shot tasks, by name. */
export const SINGLE_TASKS: Readonly<Record<string, SingleTask>> = {
  call: (data: CallData) => runCall(data),
  // async, so that a throw rejects (and reaches the caller with its class) instead of killing the worker
  relabel: async (data: RelabelData) => ({ result: relabelTask(data), transfer: [] }),
  toIndex: async (data: ToIndexData) => ({
    // graphology's base class (DirectedGraph extends it): the caller's type, multi and self-loop settings.
    result: toIndexTask(data, (columns: GraphColumns) => graphFromColumns(columns, Object.getPrototypeOf(DirectedGraph) as never)),
    transfer: [],
  }),
  tiesCsvRange: async (task: RangeTask) => {
    const result = await readTiesRange(task);
    return { result, transfer: [result.sources.buffer, result.targets.buffer, result.weights.buffer, result.lines.buffer] as ArrayBuffer[] };
  },
};
