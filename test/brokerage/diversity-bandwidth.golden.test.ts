/**
 * diversityBandwidth against golden values written by test/golden/generate_ego_profiles.py into
 * test/fixtures/golden/ego-profiles-<graph>.json: entropy diversity from igraph 0.10.2
 * `Graph.diversity(weights=...)`, 1 − C from NetworkX 2.8.8 `constraint` (cross-checked with
 * igraph), bandwidth = mean merged strength. Relative tolerance 1e-9; a JSON `null` stands for `NaN`.
 *
 * Conventions the golden files pin (METRICS.md §1.3, §3.14):
 * - parallel edges merged (summed), self-loops dropped, directed graphs symmetrised (a_ij + a_ji)
 *   before igraph and NetworkX are called (igraph's diversity refuses directed graphs and multigraphs);
 * - one contact → diversity 0 with either measure; isolate → NaN;
 * - unweighted = every merged tie (arc) strength 1. igraph's `diversity(weights=None)` returns 1
 *   for every vertex, isolates and pendants included (recorded in the provenance); we do not copy it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diversityBandwidth } from '../../src/brokerage/diversity-bandwidth.js';
import { buildIndex } from '../../src/core/build-index.js';
import { FIXTURES, fixtureData, fixtureGraph } from '../fixtures/graphs.js';

const RTOL = 1e-9;
const WEIGHTINGS = ['weighted', 'unweighted'] as const;

interface NodeGolden {
  constraintDiversity: number | null;
  entropyDiversity: number | null;
  bandwidth: number | null;
  contacts: number;
}

interface Golden {
  provenance: {
    generator: string;
    networkx: string;
    igraph: string;
    graph: { name: string; nodes: string[] };
    igraphUnweightedDiversity: { values: Record<string, number> };
  };
  values: Record<(typeof WEIGHTINGS)[number], { nodes: Record<string, NodeGolden> }>;
}

function golden(name: string): Golden {
  const path = fileURLToPath(new URL(`../fixtures/golden/ego-profiles-${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Golden;
}

function expectClose(actual: number | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNaN();
    return;
  }
  const scale = Math.max(Math.abs(expected), 1e-300);
  const error = Math.abs(actual! - expected);
  expect(error <= RTOL * scale || error <= 1e-15, `${what}: ${actual} vs ${expected}`).toBe(true);
}

describe('diversityBandwidth: golden values (igraph diversity, NetworkX constraint)', () => {
  describe.each(FIXTURES.map((name) => [name]))('%s', (name) => {
    const g = golden(name);

    it('records its provenance', () => {
      expect(g.provenance.generator).toBe('test/golden/generate_ego_profiles.py');
      expect(g.provenance.networkx).toMatch(/^\d+\.\d+/);
      expect(g.provenance.igraph).toMatch(/^\d+\.\d+/);
      expect(g.provenance.graph.nodes).toEqual(fixtureData(name).nodes);
    });

    it.each(WEIGHTINGS.map((w) => [w]))('matches the %s values, from the graph and from an index', (weighting) => {
      const getEdgeStrength = weighting === 'weighted' ? 'weight' : null;
      const expected = g.values[weighting].nodes;
      const graph = fixtureGraph(name);
      const index = buildIndex(graph, { getEdgeStrength });
      for (const diversity of ['constraint', 'entropy'] as const) {
        for (const result of [diversityBandwidth(graph, { diversity, getEdgeStrength }), diversityBandwidth(index, { diversity })]) {
          expect(Object.keys(result).sort()).toEqual(Object.keys(expected).sort());
          for (const [node, e] of Object.entries(expected)) {
            const r = result[node]!;
            expectClose(r.diversity, diversity === 'entropy' ? e.entropyDiversity : e.constraintDiversity, `${diversity} of ${node}`);
            expectClose(r.bandwidth, e.bandwidth, `bandwidth of ${node}`);
            expect(r.contacts).toBe(e.contacts);
          }
        }
      }
    });
  });

  it("departs from igraph's diversity(weights=None), which gives 1 to isolates and pendants (org z, c1)", () => {
    const g = golden('org');
    expect(g.provenance.igraphUnweightedDiversity.values.z).toBe(1);
    expect(g.provenance.igraphUnweightedDiversity.values.c1).toBe(1);
    const r = diversityBandwidth(fixtureGraph('org'), { diversity: 'entropy', getEdgeStrength: null });
    expect(r.z!.diversity).toBeNaN();
    expect(r.c1!.diversity).toBe(0);
  });
});
