/**
 * disparityFilter and disparityBackbone against golden values written by
 * test/golden/generate_disparity.py into test/fixtures/golden/disparity.*.json: the paper's
 * integral and its closed form (checked against each other in the generator), on every shared
 * fixture (METRICS.md §1.3 merging: parallel edges summed, self-loops dropped). Relative tolerance
 * 1e-9; kept/dropped counts exactly.
 */
import { readFileSync } from 'node:fs';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { disparityBackbone } from '../../src/ties/disparity-backbone.js';
import { assignDisparityFilter, disparityFilter } from '../../src/ties/disparity-filter.js';
import { byEdge as valuesByEdge } from './structure-helpers.js';
import { FIXTURES, fixtureGraph, type FixtureName } from '../fixtures/graphs.js';

interface GoldenTie {
  source: string;
  target: string;
  score: number;
  alphaSource: number;
  alphaTarget: number;
}

interface Golden {
  provenance: { generator: string; networkx: string; scipy: string; python: string; function: string[]; graph: { name: string; directed: boolean } };
  values: {
    ties: GoldenTie[];
    backbone: Record<string, { kept: number; dropped: number; strengthKept: number | null; ties: [string, string][] }>;
  };
}

function golden(name: FixtureName): Golden {
  return JSON.parse(readFileSync(new URL(`../fixtures/golden/disparity.${name}.json`, import.meta.url), 'utf8')) as Golden;
}

function pairKey(directed: boolean, u: string, v: string): string {
  return directed ? `${u}\u0000${v}` : [u, v].sort().join('\u0000');
}

function expectRelClose(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9);
}

describe('disparityFilter golden values (generate_disparity.py: integral = closed form)', () => {
  it('records its provenance', () => {
    for (const name of FIXTURES) {
      const { provenance } = golden(name);
      expect(provenance.generator).toBe('test/golden/generate_disparity.py');
      expect(provenance.networkx).toMatch(/^\d+\.\d+/);
      expect(provenance.scipy).toMatch(/^\d+\.\d+/);
      expect(provenance.graph.name).toBe(name);
    }
  });

  for (const name of FIXTURES) {
    it(`matches disparity.${name}.json edge by edge (graph) and tie by tie (index)`, () => {
      const g = golden(name);
      const graph = fixtureGraph(name);
      const directed = g.provenance.graph.directed;
      const expected = new Map(g.values.ties.map((t) => [pairKey(directed, t.source, t.target), t.score]));
      const byEdge = valuesByEdge(graph, assignDisparityFilter as (g: AbstractGraph, o?: object) => void);
      let checked = 0;
      graph.forEachEdge((edge, _attributes, source, target) => {
        if (source === target) {
          expect(byEdge[edge], `self-loop ${edge}`).toBeNaN();
          return;
        }
        expectRelClose(byEdge[edge]!, expected.get(pairKey(directed, source, target))!, `${name} ${source}–${target}`);
        checked++;
      });
      expect(checked).toBeGreaterThanOrEqual(g.values.ties.length);
      const byTie = disparityFilter(buildIndex(graph));
      expect(byTie).toHaveLength(g.values.ties.length);
      expect(disparityFilter(graph)).toEqual(byTie);
      for (const t of byTie) expectRelClose(t.value, expected.get(pairKey(directed, t.source, t.target))!, `${name} tie ${t.source}–${t.target}`);
    });

    it(`keeps the golden backbone of ${name} at α = 0.05, 0.2, 0.5`, () => {
      const g = golden(name);
      const directed = g.provenance.graph.directed;
      const graph = fixtureGraph(name);
      const index = buildIndex(graph);
      for (const [alphaText, expected] of Object.entries(g.values.backbone)) {
        const alpha = Number(alphaText);
        const fromGraph = disparityBackbone(graph, { alpha });
        const fromIndex = disparityBackbone(index, { alpha });
        for (const result of [fromGraph, fromIndex]) {
          expect([result.kept, result.dropped], `${name} α=${alpha}`).toEqual([expected.kept, expected.dropped]);
          if (expected.strengthKept === null) expect(result.strengthKept).toBeNaN();
          else if (expected.strengthKept === 0) expect(result.strengthKept).toBe(0);
          else expectRelClose(result.strengthKept, expected.strengthKept, `${name} strengthKept α=${alpha}`);
        }
        const want = expected.ties.map(([u, v]) => pairKey(directed, u, v)).sort();
        expect(fromGraph.graph.mapEdges((_e, _a, s, t) => pairKey(directed, s, t)).sort()).toEqual(want);
        const { tieSources, tieTargets, keys } = fromIndex.index;
        expect(Array.from(tieSources, (s, t) => pairKey(directed, keys[s]!, keys[tieTargets[t]!]!)).sort()).toEqual(want);
        expect(fromGraph.graph.order).toBe(graph.order);
      }
    });
  }
});
