/**
 * `tiestrength ties`: the ties built from interactions, as CSV (one row per tie, every attribute).
 *
 * @internal
 * @module
 */
import type { Writable } from 'node:stream';
import type { AbstractGraph } from 'graphology-types';
import { writeEdgeTableCsv } from '../io/write-edge-table-csv.js';

/** @internal Writes the graph's ties. */
export async function writeTies(graph: AbstractGraph, output: string | NodeJS.WritableStream): Promise<void> {
  await writeEdgeTableCsv(graph, output as string | Writable);
}
