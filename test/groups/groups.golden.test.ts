/**
 * The group measures against golden values written by test/golden/generate_groups.py into
 * test/fixtures/golden/{ei-index,group-mixing-matrix,modularity,communities,bridging-ties}.<graph>.json
 * (NetworkX 2.8.8, cross-checked with igraph 0.10.2 where it has the measure; see the generator's
 * docstring). Counts must match exactly, the rest to a relative 1e-9. JSON `null` stands for `NaN`.
 */
import { describe, expect, it } from 'vitest';
import { bridgingTies, type BridgingTie } from '../../src/groups/bridging-ties.js';
import { communities } from '../../src/groups/communities.js';
import { eiIndex } from '../../src/groups/ei-index.js';
import { groupMixingMatrix } from '../../src/groups/group-mixing-matrix.js';
import { modularity } from '../../src/groups/modularity.js';
import { fixtureGraph, FIXTURES, type FixtureName } from '../fixtures/graphs.js';
import { expectClose, golden } from './helpers.js';

const GENERATOR = 'test/golden/generate_groups.py';
const GROUPED: [FixtureName, string][] = [
  ['org', 'group'],
  ['karate', 'club'],
  ['directed-weighted', 'group'],
  ['messy', 'group'],
];

interface Provenance {
  generator: string;
  networkx: string;
  igraph: string;
  python: string;
  function: string[];
  params: Record<string, unknown>;
  graph: { name: string; directed: boolean };
}

type GoldenEi = { ei: number | null; external: number; internal: number };
interface EiGolden {
  provenance: Provenance;
  values: Record<string, { network: GoldenEi; groups: Record<string, GoldenEi & { size: number }>; nodes: Record<string, GoldenEi> }>;
}
interface MixingGolden {
  provenance: Provenance;
  values: { groups: string[]; sizes: number[]; count: number[][]; density: (number | null)[][]; strength: number[][] };
}
interface ModularityGolden {
  provenance: Provenance;
  values: Record<string, number>;
}
interface CommunitiesGolden {
  provenance: Provenance;
  values: Record<
    string,
    { options: { resolution: number; getEdgeStrength?: null; seed?: number }; partition: Record<string, number>; count: number; sizes: number[]; modularity: number }
  >;
}
type GoldenTie = Omit<BridgingTie, 'overlap' | 'sourceGroup' | 'targetGroup'> & { overlap: number | null; sourceGroup?: string; targetGroup?: string };
interface BridgingGolden {
  provenance: Provenance;
  values: { ties: GoldenTie[]; groupAttribute?: GoldenTie[]; communities: GoldenTie[] };
}

function expectProvenance(p: Provenance, graph: string): void {
  expect(p.generator).toBe(GENERATOR);
  expect(p.networkx).toBe('2.8.8');
  expect(p.igraph).toMatch(/^0\.10/);
  expect(p.python).toMatch(/^3\./);
  expect(p.graph.name).toBe(graph);
  expect(p.function.length).toBeGreaterThan(0);
}

function expectEi(actual: { ei: number; external: number; internal: number }, expected: GoldenEi, what: string): void {
  expectClose(actual.external, expected.external, `${what}.external`);
  expectClose(actual.internal, expected.internal, `${what}.internal`);
  expectClose(actual.ei, expected.ei, `${what}.ei`);
}

function expectTies(actual: BridgingTie[], expected: GoldenTie[], what: string): void {
  expect(actual.map((t) => `${t.source}–${t.target}`), what).toEqual(expected.map((t) => `${t.source}–${t.target}`));
  actual.forEach((tie, i) => {
    const e = expected[i]!;
    expect(tie.common, `${what} ${tie.source}–${tie.target} common`).toBe(e.common);
    expectClose(tie.strength, e.strength, `${what} ${tie.source}–${tie.target} strength`);
    expectClose(tie.overlap, e.overlap, `${what} ${tie.source}–${tie.target} overlap`);
    if (e.sourceGroup !== undefined) expect([tie.sourceGroup, tie.targetGroup]).toEqual([e.sourceGroup, e.targetGroup]);
  });
}

describe('group measures: golden values (NetworkX 2.8.8, igraph 0.10.2)', () => {
  describe.each(GROUPED)('%s (groups: %s)', (name, attribute) => {
    it(`eiIndex matches ei-index.${name}.json (counts from NetworkX edge lists, METRICS.md §3.9 formulas)`, () => {
      const g = golden<EiGolden>('ei-index', name);
      expectProvenance(g.provenance, name);
      const graph = fixtureGraph(name);
      for (const [variant, expected] of Object.entries(g.values)) {
        const result = eiIndex(graph, {
          groups: attribute,
          getEdgeStrength: variant.startsWith('weighted') ? 'weight' : null,
          rescaled: variant.endsWith('rescaled'),
        });
        expectEi(result.network, expected.network, `${variant} network`);
        expect(Object.keys(result.groups)).toEqual(Object.keys(expected.groups));
        for (const [group, value] of Object.entries(expected.groups)) {
          expectEi(result.groups[group]!, value, `${variant} group ${group}`);
          expect(result.groups[group]!.size).toBe(value.size);
        }
        expect(Object.keys(result.nodes)).toEqual(Object.keys(expected.nodes));
        for (const [node, value] of Object.entries(expected.nodes)) {
          const actual = { ei: result.nodes[node]!, external: result.nodeExternal[node]!, internal: result.nodeInternal[node]! };
          expectEi(actual, value, `${variant} node ${node}`);
        }
      }
    });

    it(`groupMixingMatrix matches group-mixing-matrix.${name}.json (counts = networkx.attribute_mixing_matrix)`, () => {
      const g = golden<MixingGolden>('group-mixing-matrix', name);
      expectProvenance(g.provenance, name);
      const graph = fixtureGraph(name);
      for (const measure of ['count', 'density', 'strength'] as const) {
        const result = groupMixingMatrix(graph, { groups: attribute, measure });
        expect(result.groups).toEqual(g.values.groups);
        expect(result.sizes).toEqual(g.values.sizes);
        const expected = g.values[measure];
        result.matrix.forEach((row, i) => row.forEach((x, j) => expectClose(x, expected[i]![j]!, `${measure}[${i}][${j}]`)));
      }
    });

    it(`modularity of the formal groups matches networkx community.modularity (modularity.${name}.json)`, () => {
      const g = golden<ModularityGolden>('modularity', name);
      expectProvenance(g.provenance, name);
      const graph = fixtureGraph(name);
      expect(Object.keys(g.values).length).toBe(6);
      for (const [key, expected] of Object.entries(g.values)) {
        const [, weighting, resolution] = /^(weighted|unweighted)-resolution-(.+)$/.exec(key)!;
        const q = modularity(graph, {
          groups: attribute,
          resolution: Number(resolution),
          getEdgeStrength: weighting === 'weighted' ? 'weight' : null,
        });
        expectClose(q, expected, key);
      }
    });
  });

  describe.each(FIXTURES.map((name) => [name]))('%s', (name) => {
    it(`communities returns the pinned partition, and its modularity equals NetworkX's (communities.${name}.json)`, () => {
      const g = golden<CommunitiesGolden>('communities', name);
      expectProvenance(g.provenance, name);
      const graph = fixtureGraph(name);
      for (const [setting, expected] of Object.entries(g.values)) {
        const result = communities(graph, expected.options);
        expect(result.partition, setting).toEqual(expected.partition);
        expect(result.count).toBe(expected.count);
        expect(result.sizes).toEqual(expected.sizes);
        expectClose(result.modularity, expected.modularity, `${setting} modularity`);
      }
    });

    it(`bridgingTies matches networkx.common_neighbors and the overlap formula (bridging-ties.${name}.json)`, () => {
      const g = golden<BridgingGolden>('bridging-ties', name);
      expectProvenance(g.provenance, name);
      const graph = fixtureGraph(name);
      // Every tie: each node in its own group makes every tie a bridging tie.
      const own = Object.fromEntries(graph.nodes().map((v) => [v, v]));
      expectTies(bridgingTies(graph, { groups: own }), g.values.ties, 'all ties');
      const attribute = GROUPED.find(([n]) => n === name)?.[1];
      if (attribute !== undefined) expectTies(bridgingTies(graph, { groups: attribute }), g.values.groupAttribute!, 'formal groups');
      expectTies(bridgingTies(graph, { groups: communities(graph).partition }), g.values.communities, 'communities');
    });
  });
});
