/**
 * describeNetwork against golden values from NetworkX (cross-checked with igraph), written by
 * test/golden/generate_describe.py into test/fixtures/golden/describe.*.json. Counts must match
 * exactly; ratios and summaries to a relative 1e-9. A JSON `null` stands for `NaN`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import {
  describeNetwork,
  krackhardtHighTech,
  lazegaLawFirm,
  manufacturingEmail,
  readTiesCsv,
  type NetworkDescription,
} from '../../src/index.js';

const RTOL = 1e-9;

interface GoldenSummary {
  count: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
}

interface Golden {
  provenance: {
    generator: string;
    networkx: string;
    igraph: string;
    python: string;
    function: string[];
    params: { getEdgeStrength: string; groupAttribute: string | null };
    graph: {
      name: string;
      source: string;
      directed: boolean;
      edges?: [string, string, number][];
      groups?: Record<string, string>;
    };
  };
  values: {
    directed: boolean;
    people: number;
    ties: number;
    density: number | null;
    reciprocity: number | null;
    isolates: number;
    components: { count: number; largest: number; largestShare: number | null };
    strength: GoldenSummary & { total: number };
    degree: GoldenSummary;
    groups: {
      attribute: string;
      count: number;
      sizes: Record<string, number>;
      ungrouped: number;
      within: number;
      between: number;
      withinShare: number | null;
      ei: number | null;
    } | null;
    dropped?: { selfLoops: number; parallelEdgesMerged: number };
  };
}

function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url));
}

function golden(name: string): Golden {
  return JSON.parse(readFileSync(fixturePath(`golden/describe.${name}.json`), 'utf8')) as Golden;
}

/** `actual` equals `expected` to a relative 1e-9 (`null` in the JSON means `NaN`). */
function expectClose(actual: number, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNaN();
    return;
  }
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  expect(Math.abs(actual - expected) / scale, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(RTOL);
}

function expectSummary(actual: NetworkDescription['degree'], expected: GoldenSummary, what: string): void {
  expect(actual.count, `${what}.count`).toBe(expected.count);
  for (const key of ['min', 'q1', 'median', 'q3', 'max', 'mean'] as const) {
    expectClose(actual[key], expected[key], `${what}.${key}`);
  }
}

/** Checks a description against a golden file: counts exactly, the rest to RTOL. */
function expectGolden(d: NetworkDescription, g: Golden): void {
  const v = g.values;
  expect(d.directed).toBe(v.directed);
  expect(d.people).toBe(v.people);
  expect(d.ties).toBe(v.ties);
  expect(d.isolates).toBe(v.isolates);
  expect(d.components.count).toBe(v.components.count);
  expect(d.components.largest).toBe(v.components.largest);
  expectClose(d.density, v.density, 'density');
  expectClose(d.reciprocity, v.reciprocity, 'reciprocity');
  expectClose(d.components.largestShare, v.components.largestShare, 'components.largestShare');
  expectSummary(d.degree, v.degree, 'degree');
  expectSummary(d.strength, v.strength, 'strength');
  expectClose(d.strength.total, v.strength.total, 'strength.total');
  if (v.groups === null) {
    expect(d.groups).toBeNull();
  } else {
    expect(d.groups).not.toBeNull();
    const { withinShare, ei, ...counts } = d.groups!;
    const { withinShare: goldenShare, ei: goldenEi, ...goldenCounts } = v.groups;
    expect(counts).toEqual(goldenCounts);
    expectClose(withinShare, goldenShare, 'groups.withinShare');
    expectClose(ei, goldenEi, 'groups.ei');
  }
}

/** An UndirectedGraph from a golden file's inline edge list, with its groups as attribute `group`. */
function fromEdges(edges: readonly (readonly [string, string, number])[], nodes: readonly string[] = [], groups?: Record<string, string>): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node);
  for (const [u, v, weight] of edges) graph.mergeEdge(u, v, { weight });
  if (groups) for (const [node, group] of Object.entries(groups)) graph.mergeNode(node, { group });
  return graph;
}

// METRICS.md §1.4 F1: NetworkX's krackhardt_kite_graph(), unweighted.
const KITE: [string, string, number][] = (
  [
    [0, 1], [0, 2], [0, 3], [0, 5], [1, 3], [1, 4], [1, 6], [2, 3], [2, 5],
    [3, 4], [3, 5], [3, 6], [4, 6], [5, 6], [5, 7], [6, 7], [7, 8], [8, 9],
  ] as const
).map(([u, v]) => [String(u), String(v), 1]);

// METRICS.md §1.4 F2 "org": weighted, isolate z, groups A/B/C.
const ORG: [string, string, number][] = [
  ['a1', 'a2', 3], ['a1', 'a3', 2], ['a2', 'a3', 1], ['a3', 'b1', 1], ['b1', 'b2', 4], ['b2', 'c1', 1], ['a2', 'b2', 1],
];
const ORG_GROUPS: Record<string, string> = { a1: 'A', a2: 'A', a3: 'A', b1: 'B', b2: 'B', c1: 'C', z: 'C' };

// METRICS.md §1.4 F3 Borgatti (1997), weighted.
const BORGATTI: [string, string, number][] = [
  ['A', 'B', 2], ['A', 'F', 3], ['A', 'G', 5], ['A', 'E', 2], ['E', 'G', 8],
  ['F', 'G', 3], ['B', 'G', 4], ['B', 'D', 1], ['D', 'G', 3], ['G', 'C', 10],
];

/** Normalises an edge list for comparison: undirected pairs sorted, then the list sorted. */
function edgeSet(edges: readonly (readonly [string, string, number])[]): string[] {
  return edges.map(([u, v, w]) => `${[u, v].sort().join('–')}:${w}`).sort();
}

describe('describeNetwork', () => {
  describe('golden values (NetworkX, cross-checked with igraph)', () => {
    it('records its provenance in every golden file', () => {
      for (const name of [
        'krackhardt-advice', 'krackhardt-friendship', 'lazega-advice', 'lazega-all',
        'manufacturing-email', 'kite', 'org', 'borgatti1997', 'messy-directed',
      ]) {
        const { provenance } = golden(name);
        expect(provenance.generator).toBe('test/golden/generate_describe.py');
        expect(provenance.networkx).toMatch(/^\d+\.\d+/);
        expect(provenance.igraph).toMatch(/^\d+\.\d+/);
        expect(provenance.python).toMatch(/^3\./);
        expect(provenance.graph.name).toBe(name);
        expect(provenance.function.length).toBeGreaterThan(0);
      }
    });

    describe('directed datasets', () => {
      const cases: [string, () => AbstractGraph, string | null][] = [
        ['krackhardt-advice', () => krackhardtHighTech({ relation: 'advice' }), 'department'],
        ['krackhardt-friendship', () => krackhardtHighTech({ relation: 'friendship' }), 'department'],
        ['lazega-advice', () => lazegaLawFirm({ relation: 'advice' }), 'office'],
        ['lazega-all', () => lazegaLawFirm({ relation: 'all' }), 'practice'],
        ['manufacturing-email', () => manufacturingEmail(), null],
      ];
      it.each(cases)('matches describe.%s.json', (name, load, groupAttribute) => {
        const g = golden(name);
        expect(g.provenance.params.groupAttribute).toBe(groupAttribute);
        expectGolden(describeNetwork(load(), { groups: groupAttribute }), g);
      });

      it('gives krackhardtHighTech advice 190 ties, density 0.4524 and E-I 0.5158 by department', () => {
        // Spot values from the golden file, readable without opening it. The CEO (department '0')
        // counts as a one-person group, as in the package's data.
        const d = describeNetwork(krackhardtHighTech({ relation: 'advice' }), { groups: 'department' });
        expect(d.ties).toBe(190);
        expect(d.density).toBeCloseTo(190 / 420, 12);
        expect(d.groups!.within).toBe(46);
        expect(d.groups!.between).toBe(144);
        expect(d.groups!.ei).toBeCloseTo((144 - 46) / 190, 12);
      });
    });

    describe('undirected fixtures (METRICS.md §1.4)', () => {
      it('matches describe.kite.json for F1 Krackhardt kite (unweighted)', () => {
        const g = golden('kite');
        expect(edgeSet(KITE)).toEqual(edgeSet(g.provenance.graph.edges!));
        expectGolden(describeNetwork(fromEdges(KITE)), g);
        expectGolden(describeNetwork(fromEdges(KITE), { getEdgeStrength: null }), g);
      });

      it('matches describe.org.json for F2 org (weighted, isolate z, groups A/B/C)', () => {
        const g = golden('org');
        expect(edgeSet(ORG)).toEqual(edgeSet(g.provenance.graph.edges!));
        expect(ORG_GROUPS).toEqual(g.provenance.graph.groups);
        expectGolden(describeNetwork(fromEdges(ORG, Object.keys(ORG_GROUPS), ORG_GROUPS), { groups: 'group' }), g);
      });

      it('matches describe.borgatti1997.json for F3 Borgatti 1997 (weighted)', () => {
        const g = golden('borgatti1997');
        expect(edgeSet(BORGATTI)).toEqual(edgeSet(g.provenance.graph.edges!));
        expectGolden(describeNetwork(fromEdges(BORGATTI)), g);
      });
    });

    describe('messy directed graph (parallel arcs, self-loops, reciprocal arcs, in-only node, isolate)', () => {
      const csv = fixturePath('graphs/messy-directed.csv');

      it('matches describe.messy-directed.json when read with readTiesCsv({ directed: true })', async () => {
        const g = golden('messy-directed');
        const { graph, report } = await readTiesCsv(csv, { directed: true });
        expect(report.selfLoops).toBe(g.values.dropped!.selfLoops);
        expect(report.duplicatesMerged).toBe(g.values.dropped!.parallelEdgesMerged);
        expectGolden(describeNetwork(graph), g);
      });

      it('matches describe.messy-directed.json from the index (readTiesCsv({ as: "index" }))', async () => {
        const { index } = await readTiesCsv(csv, { directed: true, as: 'index' });
        expectGolden(describeNetwork(index), golden('messy-directed'));
      });

      it('matches describe.messy-directed.json on the raw MultiDirectedGraph and counts what it dropped', () => {
        const g = golden('messy-directed');
        const lines = readFileSync(csv, 'utf8').trim().split('\n').slice(1);
        const graph = new MultiDirectedGraph();
        for (const line of lines) {
          const [source, target, weight] = line.split(',') as [string, string, string];
          graph.mergeNode(source);
          graph.mergeNode(target);
          graph.addEdge(source, target, { weight: Number(weight) });
        }
        const d = describeNetwork(graph);
        expectGolden(d, g);
        expect(d.dropped).toEqual(g.values.dropped);
      });
    });
  });
});
