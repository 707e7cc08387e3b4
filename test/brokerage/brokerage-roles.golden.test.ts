/**
 * brokerageRoles against golden values from R sna 2.7-1 `brokerage(A, cl)`, written by
 * test/golden/generate_brokerage.R into test/fixtures/golden/brokerage.*.json. Raw counts must match
 * exactly; expected values, standard deviations and z to a relative 1e-9. A JSON `null` stands for
 * `NaN` (sna's 0/0 z where sd = 0).
 *
 * Convention named here: undirected graphs are compared with `undirected: 'sna'` (each edge two
 * arcs, so representative ≡ gatekeeper), which is what sna does with an undirected network object
 * and with a symmetric matrix (the generator checks both agree). Self-loops are dropped before
 * counting (sna would count one as an arc in its density; the generator checks that too).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { buildIndex, krackhardtHighTech, lazegaLawFirm } from '../../src/index.js';
import {
  BROKERAGE_ROLES,
  brokerageRoles,
  type BrokerageRoleScores,
} from '../../src/brokerage/brokerage-roles.js';
import { fixtureGraph } from '../fixtures/graphs.js';

const RTOL = 1e-9;

interface GoldenRow {
  raw: number[];
  expected: (number | null)[];
  sd: (number | null)[];
  z: (number | null)[];
}

interface Golden {
  provenance: {
    generator: string;
    R: string;
    sna: string;
    function: string;
    params: { groupAttribute: string; undirected: string; nullModel: string };
    graph: {
      name: string;
      directed: boolean;
      nodes: number;
      arcs: number;
      density: number;
      edges?: [string, string][];
      groups?: Record<string, string>;
    };
    roles: string[];
    snaColumns: string[];
    checks: string[];
  };
  values: {
    nodes: Record<string, GoldenRow & { group: string }>;
    network: GoldenRow;
    groups: Record<string, { size: number; expected: number[]; sd: number[] }>;
  };
}

function golden(name: string): Golden {
  return JSON.parse(readFileSync(new URL(`../fixtures/golden/brokerage.${name}.json`, import.meta.url), 'utf8')) as Golden;
}

function expectClose(actual: number, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNaN();
    return;
  }
  if (expected === 0) {
    expect(Math.abs(actual), `${what}: ${actual} vs 0`).toBeLessThanOrEqual(1e-12);
    return;
  }
  expect(Math.abs(actual - expected) / Math.abs(expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(RTOL);
}

function expectRow(actual: BrokerageRoleScores, row: GoldenRow, what: string): void {
  BROKERAGE_ROLES.forEach((role, r) => {
    expect(actual[role].raw, `${what}.${role}.raw`).toBe(row.raw[r]);
    expectClose(actual[role].expected, row.expected[r]!, `${what}.${role}.expected`);
    expectClose(actual[role].sd, row.sd[r]!, `${what}.${role}.sd`);
    expectClose(actual[role].z, row.z[r]!, `${what}.${role}.z`);
  });
}

/** The seeded random graph with 12 groups whose arcs and groups are stored in its golden file. */
function randomGroups(): AbstractGraph {
  const { edges, groups } = golden('random-groups').provenance.graph;
  const graph = new DirectedGraph();
  for (const [node, group] of Object.entries(groups!)) graph.addNode(node, { group });
  for (const [u, v] of edges!) graph.addEdge(u, v);
  return graph;
}

const CASES: [string, () => AbstractGraph, string][] = [
  ['random-groups', randomGroups, 'group'],
  ['org', () => fixtureGraph('org'), 'group'],
  ['directed-weighted', () => fixtureGraph('directed-weighted'), 'group'],
  ['messy', () => fixtureGraph('messy'), 'group'],
  ['karate', () => fixtureGraph('karate'), 'club'],
  ['krackhardt-advice', () => krackhardtHighTech({ relation: 'advice' }), 'department'],
  ['lazega-advice', () => lazegaLawFirm({ relation: 'advice' }), 'office'],
];

describe('brokerageRoles', () => {
  describe('golden values (R sna 2.7-1 brokerage)', () => {
    it.each(CASES)('records its provenance in brokerage.%s.json', (name, _load, attribute) => {
      const { provenance } = golden(name);
      expect(provenance.generator).toBe('test/golden/generate_brokerage.R');
      expect(provenance.sna).toBe('2.7.1');
      expect(provenance.graph.name).toBe(name);
      expect(provenance.params.groupAttribute).toBe(attribute);
      expect(provenance.roles).toEqual([...BROKERAGE_ROLES]);
      expect(provenance.checks).toContain('rawCountsBruteForce');
      if (!provenance.graph.directed) expect(provenance.checks).toContain('undirectedNetworkObject');
    });

    it.each(CASES)("matches brokerage.%s.json (undirected: 'sna', nullModel: 'analytic')", (name, load, attribute) => {
      const g = golden(name);
      const graph = load();
      const result = brokerageRoles(graph, { groups: attribute });
      expect(Object.keys(result.nodes).sort()).toEqual(Object.keys(g.values.nodes).sort());
      for (const [node, row] of Object.entries(g.values.nodes)) expectRow(result.nodes[node]!, row, node);
      expectRow(result.network, g.values.network, 'network');
      expectClose(result.density, g.provenance.graph.density, 'density');
      const sizes = Object.fromEntries(Object.entries(g.values.groups).map(([label, { size }]) => [label, size]));
      expect(result.groupSizes).toEqual(sizes);
    });

    it.each(CASES)('matches brokerage.%s.json from a CsrIndex with the groups as a record', (name, load, attribute) => {
      const g = golden(name);
      const graph = load();
      const groups: Record<string, string> = {};
      graph.forEachNode((node, attributes) => {
        groups[node] = String(attributes[attribute]);
      });
      const result = brokerageRoles(buildIndex(graph), { groups });
      for (const [node, row] of Object.entries(g.values.nodes)) expectRow(result.nodes[node]!, row, node);
      expectRow(result.network, g.values.network, 'network');
    });

    it('reproduces the METRICS.md §3.8 reference values for org (d = 14/42)', () => {
      const r = brokerageRoles(fixtureGraph('org'), { groups: 'group' });
      expect(r.density).toBeCloseTo(14 / 42, 15);
      expect(BROKERAGE_ROLES.map((role) => r.nodes.b2![role].raw)).toEqual([0, 0, 2, 2, 2, 6]);
      expect(r.nodes.b2!.representative.z).toBeCloseTo(2.173, 4);
      expect(r.nodes.b2!.liaison.z).toBeCloseTo(1.0067, 4);
      expect(r.nodes.b2!.total.z).toBeCloseTo(1.7442, 4);
      const groupA = [0.1481, 0.2963, 0.5926, 0.5926, 0.5926, 2.2222];
      const groupsBC = [0, 0.5926, 0.3704, 0.3704, 0.8889, 2.2222];
      BROKERAGE_ROLES.forEach((role, i) => {
        expect(r.nodes.a1![role].expected).toBeCloseTo(groupA[i]!, 4);
        expect(r.nodes.b1![role].expected).toBeCloseTo(groupsBC[i]!, 4);
        expect(r.nodes.z![role].expected).toBeCloseTo(groupsBC[i]!, 4);
      });
      expect(r.nodes.c1!.coordinator.z).toBeNaN();
      expect(BROKERAGE_ROLES.map((role) => r.network[role].raw)).toEqual([0, 0, 7, 7, 2, 16]);
      const z = [-0.603, -1.4306, 1.6704, 1.6704, -1.1713, 0.0705];
      BROKERAGE_ROLES.forEach((role, i) => expect(r.network[role].z).toBeCloseTo(z[i]!, 4));
    });
  });
});
