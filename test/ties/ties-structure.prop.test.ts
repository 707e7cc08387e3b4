/**
 * Property tests of the structural tie measures (STYLE.md §9, layers 3 and 4) on random graphs
 * (undirected and directed, parallel edges, self-loops, isolates, tricky node keys):
 *
 * - embeddedness and overlap equal the naive set formulas; Jaccard = (n + 2) / (k_i + k_j − n);
 * - overlap is 0 (or NaN, for an isolated dyad) exactly when the tie is a local bridge;
 * - every span equals a naive O(n²) Dijkstra with the tie removed (hops, 1/strength, weight as
 *   distance, and 'negLog', which gives zero distances);
 * - bridges equal the naive "removal disconnects" test, and are exactly the local bridges of
 *   span ∞;
 * - the graph and its index agree, assign equals compute, and reordering nodes and edges changes
 *   no tie's value.
 *
 * (The strong-triadic-closure local-bridge theorem is tested with the STC functions.)
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { bridges } from '../../src/ties/bridges.js';
import type { TieValue } from '../../src/define-metric.js';
import { assignEmbeddedness, embeddedness, embeddednessIndexed } from '../../src/ties/embeddedness.js';
import { localBridges, type LocalBridgesOptions } from '../../src/ties/local-bridges.js';
import { assignNeighborhoodJaccard, neighborhoodJaccard, neighborhoodJaccardIndexed } from '../../src/ties/neighborhood-jaccard.js';
import { assignNeighborhoodOverlap, neighborhoodOverlap, neighborhoodOverlapIndexed } from '../../src/ties/neighborhood-overlap.js';
import { arbGraph, arbReordered, toGraphology, type GraphDesc } from '../arbitraries.js';
import { naiveBridges, naiveCommon, naiveGraph, naiveLocalBridges, type NaiveGraph, type NaiveTie } from './structure-oracle.js';

const arbAny = (): fc.Arbitrary<GraphDesc> => arbGraph({ multi: true, selfLoops: true, maxNodes: 12 });
const arbProjection = fc.constantFrom('any' as const, 'mutual' as const);

function pairKey(a: string, b: string): string {
  return JSON.stringify([a, b].sort());
}

function byPair(values: TieValue[]): Map<string, number> {
  return new Map(values.map((t) => [pairKey(t.source, t.target), t.value]));
}

function expectRelClose(actual: number, expected: number, what: string): void {
  if (!Number.isFinite(expected)) {
    expect(actual, what).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

function degree(g: NaiveGraph, node: string): number {
  return g.adjacency.get(node)!.size;
}

/** The distance conventions checked against the oracle: library options and the oracle's tie length. */
function conventions(g: NaiveGraph): [string, LocalBridgesOptions, (tie: NaiveTie) => number][] {
  let sMax = 0;
  for (const t of g.ties) sMax = Math.max(sMax, t.strength);
  return [
    ['hops', { getEdgeDistance: null }, () => 1],
    ['inverse', {}, (t) => 1 / t.strength],
    ['weight', { getEdgeDistance: 'weight' }, (t) => t.weightDistance],
    ['negLog', { toDistance: 'negLog' }, (t) => Math.log(sMax / t.strength)],
  ];
}

describe('structural tie measures: properties', () => {
  test.prop([arbAny(), arbProjection], { numRuns: 100 })(
    'embeddedness, overlap and Jaccard equal the naive set formulas on every tie',
    (desc, projection) => {
      const g = naiveGraph(desc, projection);
      const index = buildIndex(toGraphology(desc));
      const common = embeddedness(index, { projection });
      const overlap = neighborhoodOverlap(index, { projection });
      const jaccard = neighborhoodJaccard(index, { projection });
      expect(common.map((t) => [t.source, t.target])).toEqual(g.ties.map((t) => [t.source, t.target]));
      g.ties.forEach((t, i) => {
        const n = naiveCommon(g, t.source, t.target);
        const ki = degree(g, t.source);
        const kj = degree(g, t.target);
        expect(common[i]!.value).toBe(n);
        const denominator = ki - 1 + (kj - 1) - n;
        if (denominator === 0) expect(overlap[i]!.value).toBeNaN();
        else expectRelClose(overlap[i]!.value, n / denominator, `overlap ${t.source}–${t.target}`);
        // Closed neighbourhoods as sets.
        const a = new Set([t.source, ...g.adjacency.get(t.source)!.keys()]);
        const b = new Set([t.target, ...g.adjacency.get(t.target)!.keys()]);
        const inter = [...a].filter((x) => b.has(x)).length;
        expectRelClose(jaccard[i]!.value, inter / new Set([...a, ...b]).size, `jaccard ${t.source}–${t.target}`);
        expect(jaccard[i]!.value).toBeGreaterThan(0);
        expect(jaccard[i]!.value).toBeLessThanOrEqual(1);
      });
    },
  );

  test.prop([arbAny(), arbProjection], { numRuns: 100 })(
    'overlap is 0 exactly when the tie is a local bridge (NaN for an isolated dyad, also a local bridge)',
    (desc, projection) => {
      const index = buildIndex(toGraphology(desc), { getEdgeDistance: null });
      const local = new Set(localBridges(index, { projection }).map((b) => pairKey(b.source, b.target)));
      const common = byPair(embeddedness(index, { projection }));
      for (const t of neighborhoodOverlap(index, { projection })) {
        const key = pairKey(t.source, t.target);
        expect(local.has(key), `${key} overlap ${t.value}`).toBe(t.value === 0 || Number.isNaN(t.value));
        expect(local.has(key)).toBe(common.get(key) === 0);
      }
    },
  );

  test.prop([arbAny(), arbProjection], { numRuns: 100 })(
    'every span equals a naive Dijkstra without the tie (hops, 1/strength, weight as distance, negLog)',
    (desc, projection) => {
      const g = naiveGraph(desc, projection);
      const graph = toGraphology(desc);
      for (const [name, options, length] of conventions(g)) {
        const expected = naiveLocalBridges(g, length);
        const actual = localBridges(graph, { ...options, projection });
        expect(actual.map((b) => [b.source, b.target]), name).toEqual(expected.map((b) => [b.source, b.target]));
        actual.forEach((b, i) => expectRelClose(b.span, expected[i]!.span, `${name} ${b.source}–${b.target}`));
      }
    },
  );

  test.prop([arbAny(), arbProjection], { numRuns: 100 })(
    'bridges equal the naive removal test and are exactly the local bridges of span Infinity',
    (desc, projection) => {
      const g = naiveGraph(desc, projection);
      const graph = toGraphology(desc);
      const found = bridges(graph, { projection });
      expect(found).toEqual(naiveBridges(g));
      const infinite = localBridges(graph, { projection, getEdgeDistance: null })
        .filter((b) => b.span === Infinity)
        .map(({ source, target }) => ({ source, target }));
      expect(found).toEqual(infinite);
    },
  );

  test.prop([arbGraph({ multi: true, selfLoops: true, maxNodes: 25, maxEdges: 15, directed: false })], { numRuns: 60 })(
    'spans on a ring of up to 25 nodes with random chords (long detours) equal the oracle',
    (desc) => {
      // Ring over the nodes plus the random edges: long cycles exercise deep bidirectional searches.
      const ring: GraphDesc = {
        ...desc,
        edges: [...desc.edges, ...desc.nodes.map((node, i): [string, string, number] => [node, desc.nodes[(i + 1) % desc.nodes.length]!, 1 + (i % 3)])],
      };
      if (ring.nodes.length < 2) return;
      const safe: GraphDesc = { ...ring, edges: ring.edges.filter(([u, v]) => !(u in Object.prototype) && !(v in Object.prototype)) };
      const g = naiveGraph(safe);
      const graph = toGraphology(safe);
      for (const [name, options, length] of conventions(g)) {
        const expected = naiveLocalBridges(g, length);
        const actual = localBridges(graph, options);
        expect(actual.length, name).toBe(expected.length);
        actual.forEach((b, i) => expectRelClose(b.span, expected[i]!.span, `${name} ${b.source}–${b.target}`));
      }
    },
  );

  test.prop([arbAny(), arbProjection], { numRuns: 60 })(
    'the graph and its index agree, indexed gives their values, and assign writes what compute returns',
    (desc, projection) => {
      const graph = toGraphology(desc);
      const index = buildIndex(graph);
      type Options = { projection: 'any' | 'mutual' };
      const cases: [
        (g: AbstractGraph | typeof index, o: Options) => TieValue[],
        (g: AbstractGraph, o: Options) => void,
        (i: typeof index, o: Options) => Float64Array,
        string,
        number,
      ][] = [
        [embeddedness, assignEmbeddedness, embeddednessIndexed, 'embeddedness', 0],
        [neighborhoodOverlap, assignNeighborhoodOverlap, neighborhoodOverlapIndexed, 'neighborhoodOverlap', Number.NaN],
        [neighborhoodJaccard, assignNeighborhoodJaccard, neighborhoodJaccardIndexed, 'neighborhoodJaccard', Number.NaN],
      ];
      for (const [compute, assign, indexed, attribute, notATie] of cases) {
        const rows = compute(graph, { projection });
        expect(compute(index, { projection })).toEqual(rows);
        expect(Array.from(indexed(index, { projection }))).toEqual(rows.map((t) => t.value));
        const perTie = byPair(rows);
        assign(graph, { projection });
        graph.forEachEdge((edge, attributes, source, target) => {
          const tie = perTie.get(pairKey(source, target));
          const expected = tie === undefined ? notATie : tie;
          expect(Object.is(attributes[attribute], expected), `${attribute} ${edge}`).toBe(true);
        });
      }
      expect(bridges(index, { projection })).toEqual(bridges(graph, { projection }));
      expect(localBridges(index, { projection })).toEqual(localBridges(graph, { projection }));
    },
  );

  test.prop([arbAny().chain((desc) => fc.tuple(fc.constant(desc), arbReordered(desc))), arbProjection], { numRuns: 60 })(
    'reordering nodes and edges changes no tie value, bridge or span',
    ([desc, reordered], projection) => {
      const a = toGraphology(desc);
      const b = toGraphology(reordered);
      for (const fn of [embeddedness, neighborhoodOverlap, neighborhoodJaccard]) {
        const x = byPair(fn(buildIndex(a), { projection }));
        const y = byPair(fn(buildIndex(b), { projection }));
        expect(y.size).toBe(x.size);
        for (const [key, value] of x) expect(Object.is(y.get(key), value), key).toBe(true);
      }
      const pairs = (list: { source: string; target: string }[]) => list.map((t) => pairKey(t.source, t.target)).sort();
      expect(pairs(bridges(b, { projection }))).toEqual(pairs(bridges(a, { projection })));
      const spans = (graph: AbstractGraph) =>
        new Map(localBridges(graph, { projection }).map((t) => [pairKey(t.source, t.target), t.span]));
      const sa = spans(a);
      const sb = spans(b);
      expect(sb.size).toBe(sa.size);
      for (const [key, span] of sa) expectRelClose(sb.get(key)!, span, key);
    },
  );
});
