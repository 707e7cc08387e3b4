/**
 * Properties of Burt's measures and ego betweenness on random graphs (STYLE.md §9, layer 3;
 * METRICS.md §3.6). fast-check prints the seed and the shrunk counterexample on failure.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { AbstractGraph } from 'graphology-types';
import { assignConstraint, constraint } from '../../src/brokerage/constraint.js';
import { dyadicConstraint } from '../../src/brokerage/dyadic-constraint.js';
import { assignEffectiveSize, effectiveSize } from '../../src/brokerage/effective-size.js';
import { assignEfficiency, efficiency } from '../../src/brokerage/efficiency.js';
import { assignEgoBetweenness, egoBetweenness } from '../../src/brokerage/ego-betweenness.js';
import { assignHierarchy, hierarchy } from '../../src/brokerage/hierarchy.js';
import { assignRedundancy, redundancy } from '../../src/brokerage/redundancy.js';
import { buildIndex } from '../../src/core/build-index.js';
import type { CsrIndex } from '../../src/core/csr.js';
import { arbGraph, arbReordered, relabelDesc, toGraphology, type GraphDesc } from '../arbitraries.js';

const RUNS = { numRuns: 100 };
type Model = 'whole' | 'ego';
type Options = { model?: Model; getEdgeStrength?: string | null };
type Compute = (input: AbstractGraph | CsrIndex, options?: Options) => Record<string, number>;

const BURT: [string, Compute][] = [
  ['constraint', constraint as Compute],
  ['effectiveSize', effectiveSize as Compute],
  ['efficiency', efficiency as Compute],
  ['hierarchy', hierarchy as Compute],
  ['redundancy', redundancy as Compute],
];

const anyGraph = arbGraph({ multi: true, selfLoops: true, maxNodes: 12 });
const arbModel = fc.constantFrom<Model>('whole', 'ego');

/** Both NaN, or equal to a relative 1e-9 (absolute floor 1e-12 for values that are 0 up to rounding). */
function close(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>, what: string): void {
  expect(Object.keys(actual).sort(), what).toEqual(Object.keys(expected).sort());
  for (const key of Object.keys(expected)) {
    expect(close(actual[key], expected[key]), `${what} of ${JSON.stringify(key)}: ${actual[key]} vs ${expected[key]}`).toBe(true);
  }
}

/** Distinct contacts of each node (in ∪ out), self-loops excluded. */
function contacts(desc: GraphDesc): Map<string, Set<string>> {
  const out = new Map(desc.nodes.map((v) => [v, new Set<string>()]));
  for (const [s, t] of desc.edges) {
    if (s === t) continue;
    out.get(s)!.add(t);
    out.get(t)!.add(s);
  }
  return out;
}

describe('Burt measures: properties', () => {
  test.prop([arbGraph({ directed: false, weighted: false, maxNodes: 12 })], RUNS)(
    'unweighted undirected: ES = n − 2t/n, RD = 2t/n, EF = ES/n, and 1 ≤ ES ≤ n (Borgatti 1997)',
    (desc) => {
      const graph = toGraphology(desc);
      const es = effectiveSize(graph);
      const rd = redundancy(graph);
      const ef = efficiency(graph);
      const n = contacts(desc);
      for (const [v, alters] of n) {
        const k = alters.size;
        if (k === 0) {
          expect(es[v]).toBeNaN();
          continue;
        }
        let t = 0;
        for (const a of alters) for (const b of alters) if (a < b && n.get(a)!.has(b)) t++;
        expect(close(es[v], k - (2 * t) / k), `ES of ${JSON.stringify(v)}`).toBe(true);
        expect(close(rd[v], (2 * t) / k)).toBe(true);
        expect(close(ef[v], (k - (2 * t) / k) / k)).toBe(true);
        expect(es[v]!).toBeGreaterThanOrEqual(1 - 1e-12);
        expect(es[v]!).toBeLessThanOrEqual(k + 1e-12);
      }
    },
  );

  test.prop([anyGraph, arbModel, fc.double({ min: 1e-3, max: 1e3, noNaN: true })], RUNS)(
    'scaling every strength by c > 0 changes no measure (both models, directed or not)',
    (desc, model, c) => {
      const scaled: GraphDesc = { ...desc, weighted: true, edges: desc.edges.map(([s, t, w]) => [s, t, w * c]) };
      const g = toGraphology({ ...desc, weighted: true });
      const h = toGraphology(scaled);
      for (const [name, fn] of BURT) expectClose(fn(h, { model }), fn(g, { model }), name);
      const first = desc.nodes[0];
      if (first !== undefined) expectClose(dyadicConstraint(h, first, { model }), dyadicConstraint(g, first, { model }), 'dyadicConstraint');
    },
  );

  test.prop([anyGraph.chain((d) => fc.tuple(fc.constant(d), arbReordered(d))), arbModel], RUNS)(
    'relabelling nodes permutes the results (renamed keys, shuffled node and edge order)',
    ([desc, reordered], model) => {
      const rename = (key: string) => `person:${desc.nodes.indexOf(key)}`;
      const g = toGraphology(desc);
      const h = toGraphology(relabelDesc(reordered, rename));
      for (const [name, fn] of [...BURT, ['egoBetweenness', egoBetweenness as Compute] as [string, Compute]]) {
        const options = name === 'egoBetweenness' ? undefined : { model };
        const before = fn(g, options);
        const after = fn(h, options);
        const permuted = Object.fromEntries(Object.entries(before).map(([k, v]) => [rename(k), v]));
        expectClose(after, permuted, name);
      }
    },
  );

  test.prop([anyGraph, arbModel], RUNS)('assign equals compute for every measure', (desc, model) => {
    const graph = toGraphology(desc);
    const pairs: [Compute, (g: AbstractGraph, o: Options & { attribute: string }) => void, string][] = [
      [constraint as Compute, assignConstraint as never, 'C'],
      [effectiveSize as Compute, assignEffectiveSize as never, 'ES'],
      [efficiency as Compute, assignEfficiency as never, 'EF'],
      [hierarchy as Compute, assignHierarchy as never, 'H'],
      [redundancy as Compute, assignRedundancy as never, 'RD'],
    ];
    for (const [compute, assign, attribute] of pairs) {
      const expected = compute(graph, { model });
      assign(graph, { model, attribute });
      graph.forEachNode((node, attributes) => expect(close(attributes[attribute] as number, expected[node])).toBe(true));
    }
    const eb = egoBetweenness(graph);
    assignEgoBetweenness(graph);
    graph.forEachNode((node, attributes) => expect(attributes.egoBetweenness).toBe(eb[node]));
  });

  test.prop([anyGraph, arbModel], RUNS)('a graph and its prebuilt index give the same values', (desc, model) => {
    const graph = toGraphology(desc);
    const index = buildIndex(graph);
    for (const [name, fn] of BURT) expectClose(fn(index, { model }), fn(graph, { model }), name);
    expectClose(egoBetweenness(index), egoBetweenness(graph), 'egoBetweenness');
  });

  test.prop([anyGraph, arbModel], RUNS)(
    'ranges: 0 ≤ H ≤ 1, 0 ≤ RD ≤ k − 1, 1 ≤ ES ≤ k, 1/k ≤ EF ≤ 1, C ≥ 1/k, and k = 1 gives C = ES = EF = H = 1',
    (desc, model) => {
      const graph = toGraphology(desc);
      const [c, es, ef, h, rd] = BURT.map(([, fn]) => fn(graph, { model }));
      for (const [v, alters] of contacts(desc)) {
        const k = alters.size;
        const eps = 1e-12;
        if (k === 0) {
          for (const m of [c, es, ef, h, rd]) expect(m![v]).toBeNaN();
          continue;
        }
        expect(h![v]!).toBeGreaterThanOrEqual(0);
        expect(h![v]!).toBeLessThanOrEqual(1 + eps);
        expect(rd![v]!).toBeGreaterThanOrEqual(0);
        expect(rd![v]!).toBeLessThanOrEqual(k - 1 + eps);
        expect(es![v]!).toBeGreaterThanOrEqual(1 - eps);
        expect(ef![v]!).toBeGreaterThanOrEqual(1 / k - eps);
        expect(ef![v]!).toBeLessThanOrEqual(1 + eps);
        expect(c![v]!).toBeGreaterThanOrEqual(1 / k - eps); // Σ_j p_ij² ≥ 1/k
        if (k === 1) for (const m of [c, es, ef, h]) expect(m![v]).toBeCloseTo(1, 12);
      }
    },
  );

  test.prop([anyGraph], RUNS)(
    "model 'ego' equals the whole-network value of i in the subgraph induced by {i} ∪ N(i)",
    (desc) => {
      const graph = toGraphology(desc);
      const alters = contacts(desc);
      const ego = BURT.map(([name, fn]) => [name, fn(graph, { model: 'ego' })] as const);
      for (const [v, n] of alters) {
        const members = new Set([v, ...n]);
        const sub: GraphDesc = {
          ...desc,
          nodes: desc.nodes.filter((x) => members.has(x)),
          edges: desc.edges.filter(([s, t]) => members.has(s) && members.has(t)),
        };
        const subGraph = toGraphology(sub);
        for (const [name, values] of ego) {
          const fn = BURT.find(([x]) => x === name)![1];
          expect(close(values[v], fn(subGraph, { model: 'whole' })[v]), `${name} of ${JSON.stringify(v)}`).toBe(true);
        }
      }
    },
  );

  test.prop([arbGraph({ directed: false, maxNodes: 12 })], RUNS)(
    'undirected ego betweenness lies in [0, k(k − 1)/2] and is k(k − 1)/2 exactly when no two contacts are tied',
    (desc) => {
      const eb = egoBetweenness(toGraphology(desc));
      for (const [v, n] of contacts(desc)) {
        const k = n.size;
        const pairs = k < 2 ? 0 : (k * (k - 1)) / 2;
        expect(eb[v]!).toBeGreaterThanOrEqual(0);
        expect(eb[v]!).toBeLessThanOrEqual(pairs + 1e-12);
        let tied = false;
        for (const a of n) for (const b of n) if (a !== b && contacts(desc).get(a)!.has(b)) tied = true;
        if (!tied) expect(eb[v]).toBe(pairs);
      }
    },
  );
});
