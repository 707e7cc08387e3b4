/**
 * Property tests of disparityFilter and disparityBackbone (STYLE.md §9, layer 3): scores lie in
 * [0, 1]; they equal a naive per-tie oracle (METRICS.md §3.5, directed and undirected); they do
 * not change when every strength is scaled, when nodes are renamed or when nodes and edges are
 * inserted in another order; graphology-metrics agrees on undirected simple graphs; the graph and
 * the index agree; a multigraph scores as its merged simple graph; the backbone keeps exactly the
 * ties scoring below α, all nodes, and grows with α.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import * as graphologyDisparity from 'graphology-metrics/edge/disparity.js';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { disparityBackbone } from '../../src/ties/disparity-backbone.js';
import { assignDisparityFilter, disparityFilter } from '../../src/ties/disparity-filter.js';
import { byEdge as valuesByEdge } from './structure-helpers.js';
import { arbGraph, arbReordered, relabelDesc, toGraphology, type GraphDesc } from '../arbitraries.js';

type GraphologyDisparity = (graph: AbstractGraph) => Record<string, number>;
const graphologyMetricsDisparity: GraphologyDisparity =
  (graphologyDisparity as unknown as { default?: GraphologyDisparity }).default ??
  (graphologyDisparity as unknown as GraphologyDisparity);

const RUNS = { numRuns: 100 };

function relClose(a: number, b: number, tol = 1e-9): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}

function pairKey(directed: boolean, u: string, v: string): string {
  return JSON.stringify(directed ? [u, v] : [u, v].sort());
}

/** Naive oracle straight from the definition, on the description (parallel edges summed, self-loops dropped). */
function naiveScores(desc: GraphDesc): Map<string, number> {
  const w = new Map<string, number>();
  for (const [u, v, weight] of desc.edges) {
    if (u === v) continue;
    const key = pairKey(desc.directed, u, v);
    w.set(key, (w.get(key) ?? 0) + weight);
  }
  const out = new Map<string, { s: number; k: number }>();
  const inn = new Map<string, { s: number; k: number }>();
  const add = (m: Map<string, { s: number; k: number }>, node: string, weight: number) => {
    const e = m.get(node) ?? { s: 0, k: 0 };
    e.s += weight;
    e.k += 1;
    m.set(node, e);
  };
  for (const [key, weight] of w) {
    const [u, v] = JSON.parse(key) as [string, string];
    add(out, u, weight);
    add(desc.directed ? inn : out, v, weight);
  }
  const scores = new Map<string, number>();
  for (const [key, weight] of w) {
    const [u, v] = JSON.parse(key) as [string, string];
    const a = out.get(u)!;
    const b = (desc.directed ? inn : out).get(v)!;
    scores.set(key, Math.min((1 - weight / a.s) ** (a.k - 1), (1 - weight / b.s) ** (b.k - 1)));
  }
  return scores;
}

/** The score of every graphology edge, as assignDisparityFilter writes it. */
function scoresByEdge(graph: AbstractGraph): Record<string, number> {
  return valuesByEdge(graph, assignDisparityFilter as (g: AbstractGraph, o?: object) => void);
}

/** Score per merged pair, from assignDisparityFilter on the graph. */
function scoresByPair(desc: GraphDesc, graph: AbstractGraph = toGraphology(desc)): Map<string, number> {
  const byEdge = scoresByEdge(graph);
  const out = new Map<string, number>();
  graph.forEachEdge((edge, _a, s, t) => {
    if (s !== t) out.set(pairKey(desc.directed, s, t), byEdge[edge]!);
  });
  return out;
}

const arbAny = arbGraph({ multi: true, selfLoops: true, maxNodes: 10 });

describe('disparityFilter properties', () => {
  test.prop([arbAny], RUNS)('equals the naive oracle, lies in [0, 1], and gives self-loops NaN', (desc) => {
    const graph = toGraphology(desc);
    const byEdge = scoresByEdge(graph);
    const oracle = naiveScores(desc);
    graph.forEachEdge((edge, _a, s, t) => {
      const value = byEdge[edge]!;
      if (s === t) {
        expect(value).toBeNaN();
        return;
      }
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
      expect(relClose(value, oracle.get(pairKey(desc.directed, s, t))!)).toBe(true);
    });
  });

  test.prop([arbAny, fc.double({ min: 1e-3, max: 1e3, noNaN: true })], RUNS)('does not change when every strength is scaled by c', (desc, c) => {
    const scaled: GraphDesc = { ...desc, weighted: true, edges: desc.edges.map(([u, v, w]) => [u, v, w * c]) };
    const a = scoresByPair(desc);
    const b = scoresByPair(scaled);
    for (const [key, value] of a) expect(relClose(value, b.get(key)!, 1e-9)).toBe(true);
  });

  test.prop([arbAny.chain((d) => arbReordered(d).map((r) => [d, r] as const))], RUNS)(
    'does not depend on node or edge insertion order, nor on node names',
    ([desc, reordered]) => {
      const a = scoresByPair(desc);
      const b = scoresByPair(reordered);
      for (const [key, value] of a) expect(relClose(value, b.get(key)!, 1e-12)).toBe(true);
      const renamed = relabelDesc(desc, (k) => `n:${k}`);
      const c = scoresByPair(renamed);
      for (const [key, value] of a) {
        const [u, v] = JSON.parse(key) as [string, string];
        expect(c.get(pairKey(desc.directed, `n:${u}`, `n:${v}`))).toBe(value);
      }
    },
  );

  test.prop([arbGraph({ directed: false, multi: false, maxNodes: 12 })], RUNS)(
    'matches graphology-metrics edge disparity on undirected simple graphs to 1e-9',
    (desc) => {
      const graph = toGraphology(desc);
      const ours = scoresByEdge(graph);
      const theirs = graphologyMetricsDisparity(graph);
      for (const edge of Object.keys(theirs)) expect(relClose(ours[edge]!, theirs[edge]!)).toBe(true);
    },
  );

  test.prop([arbAny], RUNS)('gives the same scores from the graph and from its index', (desc) => {
    const graph = toGraphology(desc);
    const byPair = scoresByPair(desc, graph);
    const byTie = disparityFilter(buildIndex(graph));
    expect(byTie.length).toBe(byPair.size);
    expect(disparityFilter(graph)).toEqual(byTie);
    for (const t of byTie) expect(t.value).toBe(byPair.get(pairKey(desc.directed, t.source, t.target)));
  });
});

describe('disparityBackbone properties', () => {
  test.prop([arbAny, fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true })], RUNS)(
    'keeps exactly the ties scoring below α, every node, and more ties at a larger α',
    (desc, a1, a2) => {
      const graph = toGraphology(desc);
      const [low, high] = a1 <= a2 ? [a1, a2] : [a2, a1];
      const scores = scoresByPair(desc, graph);
      const small = disparityBackbone(graph, { alpha: low });
      const large = disparityBackbone(graph, { alpha: high });
      const expected = [...scores].filter(([, s]) => s < low).map(([k]) => k).sort();
      expect(small.graph.mapEdges((_e, _a, s, t) => pairKey(desc.directed, s, t)).sort()).toEqual(expected);
      expect(small.kept + small.dropped).toBe(scores.size);
      expect(small.graph.order).toBe(graph.order);
      expect(large.kept).toBeGreaterThanOrEqual(small.kept);
      small.graph.forEachEdge((_e, _a, s, t) => expect(large.graph.hasEdge(s, t)).toBe(true));
      const fromIndex = disparityBackbone(buildIndex(graph), { alpha: low });
      expect(fromIndex.kept).toBe(small.kept);
      if (scores.size > 0) {
        expect(small.strengthKept).toBeGreaterThanOrEqual(0);
        expect(small.strengthKept).toBeLessThanOrEqual(1 + 1e-12);
      }
    },
  );
});
