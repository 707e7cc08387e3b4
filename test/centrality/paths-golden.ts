/**
 * Shared helpers of the path-centrality golden tests: reading the JSON written by
 * test/golden/generate_paths.py, the options of each distance mode, and relative comparison.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { FixtureName } from '../fixtures/graphs.js';

export const RTOL = 1e-9;

/** The distance modes of the generator and the tiestrength options that produce them. */
export type DistanceMode = 'hops' | 'weight' | 'inverse';

export const MODE_OPTIONS: Record<DistanceMode, { getEdgeDistance?: 'weight' | null }> = {
  hops: { getEdgeDistance: null },
  weight: { getEdgeDistance: 'weight' },
  inverse: {},
};

/** The fixtures the generator covers. */
export const PATH_FIXTURES: readonly FixtureName[] = [
  'kite',
  'org',
  'borgatti1997',
  'karate',
  'florentine',
  'random-weighted',
  'directed-weighted',
  'messy',
];

/** The provenance block every golden file carries. */
export interface Provenance {
  generator: string;
  networkx: string;
  igraph: string;
  python: string;
  function: string[];
  params: Record<string, unknown>;
  graph: { name: string; directed: boolean; nodes: string[]; edges: [string, string, number][] };
}

/** Reads test/fixtures/golden/<metric>.<graph>.json. */
export function readGolden<T>(metric: string, graph: string): T & { provenance: Provenance } {
  const url = new URL(`../fixtures/golden/${metric}.${graph}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T & { provenance: Provenance };
}

/** `actual` equals `expected` to a relative 1e-9 (absolute 1e-12 near 0); `null` means `NaN`. */
export function expectClose(actual: number | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNaN();
    return;
  }
  expect(actual, what).toBeTypeOf('number');
  const error = Math.abs(actual! - expected);
  expect(error <= RTOL * Math.abs(expected) || error <= 1e-12, `${what}: ${actual} vs ${expected}`).toBe(true);
}

/** Every node of `expected` matches `actual` (and no other key is present). */
export function expectNodesClose(actual: Record<string, number>, expected: Record<string, number | null>, what: string): void {
  expect(Object.keys(actual).sort(), `${what}: keys`).toEqual(Object.keys(expected).sort());
  for (const [node, value] of Object.entries(expected)) expectClose(actual[node], value, `${what} [${node}]`);
}
