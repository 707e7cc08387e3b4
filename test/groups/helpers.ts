/**
 * Shared helpers of the group-measure tests: the small hand-checked graphs and tolerant comparisons.
 */
import { readFileSync } from 'node:fs';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { expect } from 'vitest';

/** The error `fn` throws (fails the test when it does not throw). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** Asserts that `fn` throws an error of class `type` with `code` (and `option`, when given). */
export function expectThrows(fn: () => unknown, type: abstract new (...args: never[]) => Error, code: string, option?: string): Error {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(type);
  expect((error as { code: string }).code).toBe(code);
  if (option !== undefined) expect((error as { option: string }).option).toBe(option);
  return error as Error;
}

/** METRICS.md §1.4 F2 "org": weighted, isolate z, groups A = {a1, a2, a3}, B = {b1, b2}, C = {c1, z}. */
export const ORG_GROUPS: Record<string, string> = { a1: 'A', a2: 'A', a3: 'A', b1: 'B', b2: 'B', c1: 'C', z: 'C' };
export const ORG_EDGES: [string, string, number][] = [
  ['a1', 'a2', 3], ['a1', 'a3', 2], ['a2', 'a3', 1], ['a3', 'b1', 1], ['b1', 'b2', 4], ['b2', 'c1', 1], ['a2', 'b2', 1],
];

/** F2 "org" with its groups in node attribute `group`. */
export function org(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [node, group] of Object.entries(ORG_GROUPS)) g.addNode(node, { group });
  for (const [u, v, weight] of ORG_EDGES) g.addEdge(u, v, { weight });
  return g;
}

/** F4 directed triad 0→1, 0→2, 1→0, 2→1 with groups 0, 1 in X and 2 in Y. */
export function triad(): DirectedGraph {
  const g = new DirectedGraph();
  g.addNode('0', { group: 'X' });
  g.addNode('1', { group: 'X' });
  g.addNode('2', { group: 'Y' });
  for (const [u, v] of [['0', '1'], ['0', '2'], ['1', '0'], ['2', '1']] as const) g.addEdge(u, v);
  return g;
}

/** `actual` equals `expected` to a relative `rtol` (`null` or `NaN` expected means `NaN`). */
export function expectClose(actual: number, expected: number | null, what: string, rtol = 1e-9): void {
  if (expected === null || Number.isNaN(expected)) {
    expect(actual, what).toBeNaN();
    return;
  }
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  if (expected === 0) {
    expect(Math.abs(actual), `${what}: ${actual} vs 0`).toBeLessThanOrEqual(1e-15);
    return;
  }
  expect(Math.abs(actual - expected) / scale, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(rtol);
}

/** Reads a golden file of test/fixtures/golden/. */
export function golden<T>(metric: string, graph: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/golden/${metric}.${graph}.json`, import.meta.url), 'utf8')) as T;
}
