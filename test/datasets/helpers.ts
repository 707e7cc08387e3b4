/**
 * Shared helpers of the dataset tests: density, the source-data folder, and a tiny CSV reader
 * for the independent comparison with the published files (skipped when they are absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AbstractGraph } from 'graphology-types';

/** The folder of the published source CSVs; the comparison tests are skipped when it is absent. */
export const DATA_DIR = process.env.TIESTRENGTH_DATA_DIR ?? '/work/shared/data';

/** Whether the published files of a dataset folder are available. */
export function hasSource(folder: string): boolean {
  return existsSync(join(DATA_DIR, folder, 'edges.csv')) && existsSync(join(DATA_DIR, folder, 'nodes.csv'));
}

/** Reads a published CSV as records keyed by header (the files have no quoting). */
export function readSource(folder: string, file: string): Record<string, string>[] {
  const lines = readFileSync(join(DATA_DIR, folder, file), 'utf8').trimEnd().split('\n');
  const header = (lines[0] ?? '').split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  });
}

/** Directed density without self-loops: m / (n(n − 1)). */
export function density(graph: AbstractGraph): number {
  return graph.size / (graph.order * (graph.order - 1));
}

/** How many edges have each weight, as `{ weight: count }`. */
export function weightHistogram(graph: AbstractGraph): Record<number, number> {
  const histogram: Record<number, number> = {};
  graph.forEachEdge((_edge, attributes) => {
    const weight = attributes.weight as number;
    histogram[weight] = (histogram[weight] ?? 0) + 1;
  });
  return histogram;
}
