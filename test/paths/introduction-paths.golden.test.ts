/**
 * introductionPaths against NetworkX 2.8.8 `shortest_simple_paths` with weight −ln(s / s_max),
 * written by test/golden/generate_introduction_paths.py into test/fixtures/golden/paths-*.json.
 *
 * NetworkX orders equal-cost paths arbitrarily, so each case holds NetworkX's complete set of
 * paths at every cost level up to the k-th path, and `expected` = that set sorted by our
 * documented tie rule (costs within 1e-10 tie, then fewer hops, then node order). We check:
 * our paths equal `expected` exactly (node sequences), products to a relative 1e-9; our costs
 * per rank equal NetworkX's first k costs (its order is by cost, so ranks agree on cost); and
 * every path we return is one NetworkX enumerated at the same cost level.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { introductionPaths } from '../../src/paths/introduction-paths.js';
import { buildIndex } from '../../src/core/build-index.js';
import { fixtureGraph, type FixtureName } from '../fixtures/graphs.js';

const RTOL = 1e-9;

interface GoldenPath {
  path: string[];
  cost: number;
  probability: number;
  hops?: number;
  level?: number;
}

interface Golden {
  provenance: { generator: string; networkx: string; params: { k: number; sMax: number }; graph: { name: string } };
  cases: { from: string; to: string; complete: boolean; networkx: GoldenPath[]; levels: GoldenPath[]; expected: GoldenPath[] }[];
}

function golden(name: string): Golden {
  return JSON.parse(readFileSync(new URL(`../fixtures/golden/paths-${name}.json`, import.meta.url), 'utf8')) as Golden;
}

function expectClose(actual: number, expected: number, what: string): void {
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  expect(Math.abs(actual - expected) / scale, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(RTOL);
}

const GRAPHS: FixtureName[] = ['org', 'karate', 'random-weighted', 'directed-weighted', 'florentine'];

describe('introductionPaths golden parity (NetworkX shortest_simple_paths, weight −ln(s / s_max))', () => {
  it.each(GRAPHS)('paths-%s.json records its provenance', (name) => {
    const g = golden(name);
    expect(g.provenance.generator).toBe('test/golden/generate_introduction_paths.py');
    expect(g.provenance.networkx).toMatch(/^\d+\.\d+/);
    expect(g.provenance.graph.name).toBe(name);
    expect(g.cases.length).toBeGreaterThan(0);
  });

  describe.each(GRAPHS)('%s', (name) => {
    const g = golden(name);
    const graph = fixtureGraph(name);
    const index = buildIndex(graph);
    it.each(g.cases.map((c) => [`${c.from} → ${c.to}`, c] as const))('%s: the first k paths, products and tie order', (_, c) => {
      const k = g.provenance.params.k;
      for (const input of [graph, index]) {
        const got = introductionPaths(input, c.from, c.to, { limit: k });
        // Our tie rule applied to NetworkX's complete cost levels.
        expect(got.map((p) => p.path)).toEqual(c.expected.map((p) => p.path));
        got.forEach((p, i) => {
          expectClose(p.probability, c.expected[i]!.probability, `${c.from}→${c.to} #${i} probability`);
          expect(p.hops).toBe(p.path.length - 1);
        });
        // Rank by rank, the same products as NetworkX's own first k (equal-cost paths may be
        // permuted, their products are equal to the tolerance).
        expect(got.length).toBe(c.networkx.length);
        got.forEach((p, i) => expectClose(p.probability, c.networkx[i]!.probability, `${c.from}→${c.to} NetworkX rank ${i}`));
        // Every path we return is one NetworkX enumerated, at the same cost level.
        const levels = new Map(c.levels.map((l) => [l.path.join('\u0000'), l]));
        for (const p of got) expect(levels.has(p.path.join('\u0000')), p.path.join(' → ')).toBe(true);
      }
    });
  });
});
