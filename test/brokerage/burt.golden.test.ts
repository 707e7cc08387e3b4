/**
 * Burt's measures and ego betweenness against golden values from NetworkX 2.8.8 (cross-checked
 * with igraph 0.10.2 for constraint), written by test/golden/generate_burt.py into
 * test/fixtures/golden/<metric>.<graph>.json. Relative tolerance 1e-9 (with an absolute floor of
 * 1e-12 for values that are 0 up to rounding, such as the hierarchy of equal dyadic
 * constraints). A JSON `null` stands for `NaN`.
 *
 * Conventions the golden files pin (METRICS.md §1.3, §3.6, §3.7):
 * - directed graphs are symmetrised (contacts in ∪ out, strength a_ij + a_ji) before NetworkX is
 *   called, so in-only nodes have values (NetworkX #2661 would make them NaN);
 * - parallel edges are merged (strengths summed) and self-loops dropped before NetworkX is called;
 * - effective size is NetworkX's per-node formula (NetworkX 3.x's sparse default path is wrong on
 *   weighted and directed graphs, PR #8906);
 * - hierarchy of a node with one contact is 1.0 (EasyGraph: 0);
 * - model 'ego' is the whole-network formula on the subgraph induced by {i} ∪ N(i);
 * - ego betweenness is betweenness inside the induced ego network, also on directed graphs, where
 *   it can exceed the 2-step formula of METRICS.md §3.7 (recorded in the provenance).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph, MultiUndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { buildIndex } from '../../src/core/build-index.js';
import type { CsrIndex } from '../../src/core/csr.js';
import { constraint } from '../../src/brokerage/constraint.js';
import { dyadicConstraint } from '../../src/brokerage/dyadic-constraint.js';
import { effectiveSize } from '../../src/brokerage/effective-size.js';
import { efficiency } from '../../src/brokerage/efficiency.js';
import { egoBetweenness } from '../../src/brokerage/ego-betweenness.js';
import { hierarchy } from '../../src/brokerage/hierarchy.js';
import { redundancy } from '../../src/brokerage/redundancy.js';
import { FIXTURES, fixtureData, fixtureGraph, type FixtureName } from '../fixtures/graphs.js';

const RTOL = 1e-9;
const ATOL = 1e-12;
const EXTRA = ['triad', 'weighted-triangle', 'multigraph'] as const;
const GRAPHS: readonly string[] = [...FIXTURES, ...EXTRA];
const MODELS = ['whole', 'ego'] as const;
const WEIGHTINGS = ['weighted', 'unweighted'] as const;

type Model = (typeof MODELS)[number];
type Weighting = (typeof WEIGHTINGS)[number];
type NodeValues = Record<string, number | null>;

interface Provenance {
  generator: string;
  networkx: string;
  igraph: string;
  python: string;
  function: string[];
  params: Record<string, unknown>;
  graph: { name: string; directed: boolean; nodes: string[]; edges?: [string, string, number][]; file?: string };
  crossChecks?: Record<Weighting, { igraphConstraint: { agreesOn: string[]; disagreesOn: Record<string, unknown> } }>;
  twoStepFormula?: { values: Record<string, number>; differsOn: Record<string, number> };
}

interface Golden<V> {
  provenance: Provenance;
  values: V;
}

type BurtGolden = Golden<Record<Model, Record<Weighting, NodeValues>>>;
type DyadicGolden = Golden<Record<Model, Record<Weighting, Record<string, Record<string, number>>>>>;

function golden<V>(metric: string, graph: string): Golden<V> {
  const path = fileURLToPath(new URL(`../fixtures/golden/${metric}.${graph}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Golden<V>;
}

/** The graph of a golden file: a shared fixture, or the inline edge list of the provenance. */
function graphOf(name: string, provenance: Provenance): AbstractGraph {
  if ((FIXTURES as readonly string[]).includes(name)) {
    const data = fixtureData(name as FixtureName);
    expect(provenance.graph.nodes).toEqual(data.nodes);
    return fixtureGraph(name as FixtureName);
  }
  const graph = provenance.graph.directed ? new MultiDirectedGraph() : new MultiUndirectedGraph();
  for (const node of provenance.graph.nodes) graph.addNode(node);
  for (const [u, v, weight] of provenance.graph.edges!) graph.addEdge(u, v, { weight });
  return graph;
}

function expectClose(actual: number | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNaN();
    return;
  }
  expect(actual, what).toBeTypeOf('number');
  expect(Math.abs(actual! - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(RTOL * Math.abs(expected) + ATOL);
}

function expectNodeValues(actual: Record<string, number>, expected: NodeValues, what: string): void {
  expect(Object.keys(actual).sort(), `${what}: nodes`).toEqual(Object.keys(expected).sort());
  for (const [node, value] of Object.entries(expected)) expectClose(actual[node], value, `${what} of ${node}`);
}

const BURT: [string, (input: AbstractGraph | CsrIndex, options?: { model?: Model; getEdgeStrength?: null }) => Record<string, number>][] = [
  ['constraint', constraint],
  ['effective-size', effectiveSize],
  ['efficiency', efficiency],
  ['hierarchy', hierarchy],
  ['redundancy', redundancy],
];

const strengthOption = (weighting: Weighting) => (weighting === 'weighted' ? {} : { getEdgeStrength: null });

describe('Burt measures: golden values (NetworkX 2.8.8 per-node formulas; igraph 0.10.2 for constraint)', () => {
  it('records its provenance in every golden file', () => {
    for (const name of GRAPHS) {
      for (const metric of ['constraint', 'dyadic-constraint', 'effective-size', 'efficiency', 'hierarchy', 'redundancy', 'ego-betweenness']) {
        const { provenance } = golden(metric, name);
        expect(provenance.generator).toBe('test/golden/generate_burt.py');
        expect(provenance.networkx).toMatch(/^\d+\.\d+/);
        expect(provenance.igraph).toMatch(/^\d+\.\d+/);
        expect(provenance.graph.name).toBe(name);
        expect(provenance.function.length).toBeGreaterThan(0);
      }
    }
  });

  it('agrees with igraph constraint on every node of every graph (also directed, symmetrised as a_ij + a_ji)', () => {
    for (const name of GRAPHS) {
      const { provenance } = golden('constraint', name);
      for (const weighting of WEIGHTINGS) {
        expect(provenance.crossChecks![weighting].igraphConstraint.disagreesOn, `${name} ${weighting}`).toEqual({});
      }
    }
  });

  for (const [metric, fn] of BURT) {
    describe(metric, () => {
      it.each(GRAPHS.map((g) => [g]))(`matches ${metric}.%s.json (both models, weighted and unweighted)`, (name) => {
        const g = golden<BurtGolden['values']>(metric, name);
        const graph = graphOf(name, g.provenance);
        for (const model of MODELS) {
          for (const weighting of WEIGHTINGS) {
            expectNodeValues(fn(graph, { model, ...strengthOption(weighting) }), g.values[model][weighting], `${name} ${model} ${weighting}`);
          }
        }
      });

      it(`gives the golden values from a prebuilt index too (${metric}.directed-weighted.json)`, () => {
        const g = golden<BurtGolden['values']>(metric, 'directed-weighted');
        const graph = graphOf('directed-weighted', g.provenance);
        expectNodeValues(fn(buildIndex(graph)), g.values.whole.weighted, 'index, weighted');
        expectNodeValues(fn(buildIndex(graph, { getEdgeStrength: null }), { model: 'ego' }), g.values.ego.unweighted, 'index, ego, unweighted');
      });
    });
  }

  describe('dyadic-constraint', () => {
    it.each(GRAPHS.map((g) => [g]))('matches dyadic-constraint.%s.json for every node (both models, weighted and unweighted)', (name) => {
      const g = golden<DyadicGolden['values']>('dyadic-constraint', name);
      const graph = graphOf(name, g.provenance);
      for (const model of MODELS) {
        for (const weighting of WEIGHTINGS) {
          for (const [node, expected] of Object.entries(g.values[model][weighting])) {
            expectNodeValues(dyadicConstraint(graph, node, { model, ...strengthOption(weighting) }), expected, `${name} ${model} ${weighting} c(${node}, ·)`);
          }
        }
      }
    });
  });
});

describe('egoBetweenness: golden values (NetworkX 2.8.8 betweenness on the induced ego subgraph)', () => {
  it.each(GRAPHS.map((g) => [g]))('matches ego-betweenness.%s.json', (name) => {
    const g = golden<NodeValues>('ego-betweenness', name);
    const graph = graphOf(name, g.provenance);
    expectNodeValues(egoBetweenness(graph), g.values, name);
    expectNodeValues(egoBetweenness(buildIndex(graph)), g.values, `${name} (index)`);
  });

  it('counts geodesics longer than 2 through ego on directed graphs: b = 2 and c = 5, not the 2-step formula\'s 1 and 4', () => {
    // Convention chosen: betweenness inside the induced ego network (Everett & Borgatti's
    // definition and the NetworkX parity reference). In b's ego network {a, b, c, h}, the only
    // shortest path c → h is c → a → b → h, through b; the 2-step formula of METRICS.md §3.7 only
    // sums pairs j → b → k and misses it.
    const g = golden<NodeValues>('ego-betweenness', 'directed-weighted');
    expect(g.provenance.twoStepFormula!.differsOn).toEqual({ b: 1, c: 4 });
    const values = egoBetweenness(graphOf('directed-weighted', g.provenance));
    expect(values.b).toBe(2);
    expect(values.c).toBe(5);
  });
});
