/**
 * reachEfficiency against golden values from NetworkX 2.8.8 (2-step reach count over the number of
 * contacts), written by test/golden/generate_reach.py into test/fixtures/golden/reach-<graph>.json;
 * relative 1e-9, `null` meaning `NaN` (no contacts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index.js';
import { reachEfficiency } from '../../src/reach/reach-efficiency.js';
import { FIXTURES, fixtureGraph, type FixtureName } from '../fixtures/graphs.js';

interface ReachCase {
  direction: 'out' | 'in';
  via: 'any' | 'strong' | 'weak';
  strongTies: number | null;
  reachEfficiency: Record<string, number | null>;
}

function golden(name: FixtureName): { provenance: { generator: string }; values: { cases: ReachCase[] } } {
  return JSON.parse(readFileSync(new URL(`../fixtures/golden/reach-${name}.json`, import.meta.url), 'utf8'));
}

function expectClose(actual: number, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNaN();
    return;
  }
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}

describe('reachEfficiency golden values (NetworkX 2.8.8)', () => {
  it.each(FIXTURES)('matches reach-%s.json', (name) => {
    const g = golden(name);
    expect(g.provenance.generator).toBe('test/golden/generate_reach.py');
    const graph = fixtureGraph(name);
    const index = buildIndex(graph);
    for (const c of g.values.cases) {
      const options = { via: c.via, direction: c.direction, ...(c.strongTies === null ? {} : { strongTies: c.strongTies }) };
      for (const input of [graph, index]) {
        const got = reachEfficiency(input, options);
        for (const [v, expected] of Object.entries(c.reachEfficiency)) expectClose(got[v]!, expected, `${name} ${c.direction} ${c.via} ${v}`);
      }
    }
  });
});
