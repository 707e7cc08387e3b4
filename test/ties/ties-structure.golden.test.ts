/**
 * The structural tie measures against golden values from NetworkX 2.8.8 (bridges cross-checked
 * with igraph), written by test/golden/generate_ties_structure.py into
 * test/fixtures/golden/<metric>.<graph>.json, on every shared fixture; plus parity of
 * embeddedness with graphology-metrics' simmelianStrength. Counts and tie lists must match
 * exactly, ratios and spans to a relative 1e-9. JSON null stands for NaN (overlap) or Infinity (span).
 */
import * as graphologySimmelian from 'graphology-metrics/edge/simmelian-strength.js';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { bridges } from '../../src/ties/bridges.js';
import type { TieProjection } from '../../src/ties/edge-results.js';
import { assignEmbeddedness, embeddedness, embeddednessIndexed } from '../../src/ties/embeddedness.js';
import { localBridges, type LocalBridgesOptions } from '../../src/ties/local-bridges.js';
import { assignNeighborhoodJaccard, neighborhoodJaccard, neighborhoodJaccardIndexed } from '../../src/ties/neighborhood-jaccard.js';
import { assignNeighborhoodOverlap, neighborhoodOverlap, neighborhoodOverlapIndexed } from '../../src/ties/neighborhood-overlap.js';
import { FIXTURES, fixtureData, fixtureGraph, type FixtureName } from '../fixtures/graphs.js';
import { byEdge, expectClose, golden } from './structure-helpers.js';

type Projection = TieProjection;

interface Provenance {
  generator: string;
  networkx: string;
  igraph: string;
  python: string;
  function: string[];
  graph: { name: string; source: string; directed: boolean };
}

interface TieGolden {
  provenance: Provenance;
  values: Partial<Record<Projection, { source: string; target: string; value: number | null }[]>>;
}

type Convention = 'hops' | 'inverse' | 'weight';
interface LocalBridgesGolden {
  provenance: Provenance;
  values: Partial<Record<Projection, Record<Convention, { source: string; target: string; span: number | null }[]>>>;
}

interface BridgesGolden {
  provenance: Provenance;
  values: Partial<Record<Projection, { source: string; target: string }[]>>;
}

/** graphology-metrics' simmelianStrength (a CommonJS module: the function is the default or the module itself). */
type SimmelianStrength = (graph: AbstractGraph) => Record<string, number>;
const simmelianStrength: SimmelianStrength =
  (graphologySimmelian as unknown as { default?: SimmelianStrength }).default ??
  (graphologySimmelian as unknown as SimmelianStrength);

const TIE_METRICS = [
  { metric: 'embeddedness', fn: embeddedness, assign: assignEmbeddedness, indexed: embeddednessIndexed, notATie: 0 },
  { metric: 'neighborhood-overlap', fn: neighborhoodOverlap, assign: assignNeighborhoodOverlap, indexed: neighborhoodOverlapIndexed, notATie: Number.NaN },
  { metric: 'neighborhood-jaccard', fn: neighborhoodJaccard, assign: assignNeighborhoodJaccard, indexed: neighborhoodJaccardIndexed, notATie: Number.NaN },
] as const;

/** The library options of each distance convention of local-bridges.<graph>.json. */
const CONVENTIONS: Record<Convention, LocalBridgesOptions> = {
  hops: { getEdgeDistance: null },
  inverse: {},
  weight: { getEdgeDistance: 'weight' },
};

function projections(values: object): Projection[] {
  return Object.keys(values) as Projection[];
}

/** The golden value of the tie source–target (either order), or undefined when it is not a tie. */
function goldenOf(rows: { source: string; target: string; value: number | null }[], source: string, target: string) {
  return rows.find((r) => (r.source === source && r.target === target) || (r.source === target && r.target === source));
}

describe('structural tie measures: golden values (NetworkX 2.8.8)', () => {
  it('records its provenance in every golden file', () => {
    for (const name of FIXTURES) {
      for (const metric of ['embeddedness', 'neighborhood-overlap', 'neighborhood-jaccard', 'local-bridges', 'bridges']) {
        const { provenance } = golden<{ provenance: Provenance }>(metric, name);
        expect(provenance.generator).toBe('test/golden/generate_ties_structure.py');
        expect(provenance.networkx).toMatch(/^\d+\.\d+/);
        expect(provenance.igraph).toMatch(/^\d+\.\d+/);
        expect(provenance.python).toMatch(/^3\./);
        expect(provenance.graph.name).toBe(name);
        expect(provenance.graph.directed).toBe(fixtureData(name).directed);
        expect(provenance.function.length).toBeGreaterThan(0);
      }
    }
  });

  for (const { metric, fn, assign, indexed, notATie } of TIE_METRICS) {
    describe(metric, () => {
      it.each(FIXTURES.map((name) => [name] as [FixtureName]))(`matches ${metric}.%s.json from an index (tie list, in order)`, (name) => {
        const g = golden<TieGolden>(metric, name);
        const index = buildIndex(fixtureGraph(name));
        for (const projection of projections(g.values)) {
          const expected = g.values[projection]!;
          const actual = fn(index, { projection });
          expect(actual.map((t) => [t.source, t.target])).toEqual(expected.map((t) => [t.source, t.target]));
          actual.forEach((t, i) => expectClose(t.value, expected[i]!.value, `${name} ${projection} ${t.source}–${t.target}`));
          expect(fn(fixtureGraph(name), { projection })).toEqual(actual);
          const values = indexed(index, { projection });
          expect(values).toHaveLength(expected.length);
          values.forEach((v, i) => expectClose(v, expected[i]!.value, `${name} ${projection} indexed #${i}`));
        }
      });

      it.each(FIXTURES.map((name) => [name] as [FixtureName]))(`matches ${metric}.%s.json on every edge key through assign`, (name) => {
        const g = golden<TieGolden>(metric, name);
        const graph = fixtureGraph(name);
        for (const projection of projections(g.values)) {
          const rows = g.values[projection]!;
          const actual = byEdge(graph, assign as (g: AbstractGraph, o?: object) => void, { projection });
          expect(Object.keys(actual).sort()).toEqual(graph.edges().sort());
          graph.forEachEdge((edge, _attributes, source, target) => {
            const row = goldenOf(rows, source, target);
            if (row === undefined) {
              // A self-loop, or an unreciprocated arc under 'mutual': not a tie.
              expect(source === target || projection === 'mutual').toBe(true);
              expect(actual[edge]).toEqual(notATie);
            } else {
              expectClose(actual[edge]!, row.value, `${name} ${projection} ${edge}`);
            }
          });
        }
      });
    });
  }

  describe('embeddedness = graphology-metrics simmelianStrength', () => {
    it.each(FIXTURES.map((name) => [name] as [FixtureName]))('agrees on every edge of %s that is not a self-loop', (name) => {
      // The fixtures' only self-loop (messy: s–s) is at a node with no other tie, so no other
      // edge is affected by graphology counting s as its own neighbour.
      const graph = fixtureGraph(name);
      const ours = byEdge(graph, assignEmbeddedness as (g: AbstractGraph, o?: object) => void);
      const theirs = simmelianStrength(graph);
      let compared = 0;
      graph.forEachEdge((edge, _attributes, source, target) => {
        if (source === target) return;
        expect(ours[edge], edge).toBe(theirs[edge]);
        compared++;
      });
      expect(compared).toBeGreaterThan(0);
    });

    it('departs on a self-loop: graphology counts the node as its own neighbour', () => {
      const graph = fixtureGraph('messy');
      const loop = graph.edges('s', 's')[0]!;
      expect(simmelianStrength(graph)[loop]).toBe(1);
      expect(byEdge(graph, assignEmbeddedness as (g: AbstractGraph, o?: object) => void)[loop]).toBe(0);
      expect(embeddedness(graph).some((t) => t.source === 's' && t.target === 's')).toBe(false);
    });
  });

  describe('localBridges', () => {
    it.each(FIXTURES.map((name) => [name] as [FixtureName]))('matches local-bridges.%s.json: hops, 1/strength and weight-as-distance', (name) => {
      const g = golden<LocalBridgesGolden>('local-bridges', name);
      const graph = fixtureGraph(name);
      for (const projection of projections(g.values)) {
        for (const convention of Object.keys(CONVENTIONS) as Convention[]) {
          const expected = g.values[projection]![convention];
          const options = CONVENTIONS[convention];
          const fromGraph = localBridges(graph, { ...options, projection });
          const fromIndex = localBridges(buildIndex(graph, options), { projection });
          for (const actual of [fromGraph, fromIndex]) {
            expect(actual.map((b) => [b.source, b.target])).toEqual(expected.map((b) => [b.source, b.target]));
            actual.forEach((b, i) =>
              expectClose(b.span, expected[i]!.span, `${name} ${projection} ${convention} ${b.source}–${b.target}`, Infinity),
            );
          }
        }
      }
    });

    it('reproduces METRICS.md §3.3 for org: (a2, b2, 3), (a3, b1, 3), (b1, b2, 3), (b2, c1, ∞)', () => {
      const g = golden<LocalBridgesGolden>('local-bridges', 'org');
      expect(g.values.any!.hops).toEqual([
        { source: 'a2', target: 'b2', span: 3 },
        { source: 'a3', target: 'b1', span: 3 },
        { source: 'b1', target: 'b2', span: 3 },
        { source: 'b2', target: 'c1', span: null },
      ]);
    });
  });

  describe('bridges', () => {
    it.each(FIXTURES.map((name) => [name] as [FixtureName]))('matches bridges.%s.json (NetworkX, cross-checked with igraph)', (name) => {
      const g = golden<BridgesGolden>('bridges', name);
      const graph = fixtureGraph(name);
      for (const projection of projections(g.values)) {
        expect(bridges(graph, { projection })).toEqual(g.values[projection]);
        expect(bridges(buildIndex(graph), { projection })).toEqual(g.values[projection]);
      }
    });
  });
});
