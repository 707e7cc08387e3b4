/**
 * Yen's k shortest simple paths (src/core/yen.ts) against the naive oracle
 * (test/oracles/paths-introduction.naive.ts): every simple path enumerated, sorted by the same
 * documented total order, first k. Random graphs with few distinct probabilities (many ties, so
 * the tie rules are exercised), p = 1 ties (cost 0), unusable ties, hop caps, both objectives.
 */
import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { csrFromEdges, type CsrIndex } from '../../src/core/csr.js';
import { comparePaths, inSlotToOutSlot, YEN_BOTTLENECK, YEN_PRODUCT, yenPaths, type YenGraph } from '../../src/core/yen.js';
import { naiveKPaths, type NaiveArc } from '../oracles/paths-introduction.naive.js';

/** A CSR index of ids 0…n−1 from [u, v, strength] triples (merged by summing). */
function indexOf(n: number, directed: boolean, edges: readonly (readonly [number, number, number])[]): CsrIndex {
  const keys = Array.from({ length: n }, (_, i) => `n${i}`);
  return csrFromEdges({
    directed,
    weighted: true,
    keys,
    idOf: new Map(keys.map((k, i) => [k, i])),
    m: edges.length,
    sources: Uint32Array.from(edges.map((e) => e[0])),
    targets: Uint32Array.from(edges.map((e) => e[1])),
    strengths: Float64Array.from(edges.map((e) => e[2])),
    distances: null,
    strengthRule: 'sum',
  });
}

/** The Yen graph with p = s / 4 capped at 1 (strength ≥ 4: p = 1, cost 0) and strength 5 unusable. */
function yenGraphOf(index: CsrIndex): { graph: YenGraph; arcs: NaiveArc[] } {
  const slots = index.neighbors.length;
  const cost = new Float64Array(slots);
  const width = new Float64Array(slots);
  const arcs: NaiveArc[] = [];
  for (let u = 0; u < index.order; u++) {
    for (let slot = index.offsets[u]!; slot < index.offsets[u + 1]!; slot++) {
      const s = index.strengths[slot]!;
      const p = s === 5 ? 0 : Math.min(1, s / 4);
      cost[slot] = p === 0 ? Infinity : p === 1 ? 0 : -Math.log(p);
      width[slot] = p;
      arcs.push({ from: u, to: index.neighbors[slot]!, cost: cost[slot]!, width: p });
    }
  }
  const graph = {
    order: index.order,
    offsets: index.offsets,
    neighbors: index.neighbors,
    inOffsets: index.inOffsets,
    inNeighbors: index.inNeighbors,
    cost,
    width,
  };
  return { graph, arcs };
}

const arbCase = fc
  .record({
    n: fc.integer({ min: 2, max: 8 }),
    directed: fc.boolean(),
    k: fc.integer({ min: 1, max: 8 }),
    maxHops: fc.oneof(fc.constant(Infinity), fc.integer({ min: 1, max: 4 })),
    objective: fc.constantFrom('product' as const, 'bottleneck' as const),
  })
  .chain((c) =>
    fc.record({
      c: fc.constant(c),
      edges: fc.uniqueArray(
        fc.tuple(fc.nat(c.n - 1), fc.nat(c.n - 1), fc.integer({ min: 1, max: 5 })).filter(([u, v]) => u !== v),
        { maxLength: 20, selector: ([u, v]) => (c.directed ? `${u}>${v}` : `${Math.min(u, v)}-${Math.max(u, v)}`) },
      ),
      s: fc.nat(c.n - 1),
      t: fc.nat(c.n - 1),
    }),
  );

describe('yenPaths (core/yen.ts)', () => {
  test.prop([arbCase], { numRuns: 300 })('equals the naive enumeration of simple paths, sorted by the tie rule', ({ c, edges, s, t }) => {
    const index = indexOf(c.n, c.directed, edges);
    const { graph, arcs } = yenGraphOf(index);
    const inToOut = inSlotToOutSlot(index.order, index.offsets, index.neighbors, index.inOffsets);
    const objective = c.objective === 'bottleneck' ? YEN_BOTTLENECK : YEN_PRODUCT;
    const got = yenPaths(graph, inToOut, s, t, c.k, c.maxHops, objective);
    const want = naiveKPaths(c.n, arcs, s, t, c.k, c.maxHops, c.objective);
    expect(got.map((p) => p.nodes)).toEqual(want.map((p) => p.nodes));
    for (let i = 0; i < got.length; i++) {
      expect(got[i]!.cost).toBe(want[i]!.cost);
      expect(got[i]!.bottleneck).toBe(want[i]!.bottleneck);
      if (i > 0) expect(comparePaths(got[i - 1]!, got[i]!, objective)).toBeLessThan(0);
    }
  });

  it('inSlotToOutSlot maps each in-slot x ← v to the out-slot of v → x', () => {
    const index = indexOf(4, true, [[0, 1, 1], [2, 1, 1], [1, 3, 1], [3, 0, 1], [0, 3, 1]]);
    const map = inSlotToOutSlot(index.order, index.offsets, index.neighbors, index.inOffsets);
    for (let x = 0; x < index.order; x++) {
      for (let q = index.inOffsets[x]!; q < index.inOffsets[x + 1]!; q++) {
        const slot = map[q]!;
        const v = index.inNeighbors[q]!;
        expect(slot).toBeGreaterThanOrEqual(index.offsets[v]!);
        expect(slot).toBeLessThan(index.offsets[v + 1]!);
        expect(index.neighbors[slot]).toBe(x);
      }
    }
  });

  it('returns the zero-hop path when source = target, and [] when the target is unreachable', () => {
    const index = indexOf(3, false, [[0, 1, 2]]);
    const { graph } = yenGraphOf(index);
    const inToOut = inSlotToOutSlot(index.order, index.offsets, index.neighbors, index.inOffsets);
    expect(yenPaths(graph, inToOut, 1, 1, 3, Infinity, YEN_PRODUCT)).toEqual([
      { nodes: [1], slots: [], cost: 0, hops: 0, bottleneck: Infinity },
    ]);
    expect(yenPaths(graph, inToOut, 0, 2, 3, Infinity, YEN_PRODUCT)).toEqual([]);
  });

  it('honours a hop cap even when the warmest path is longer (the layered search)', () => {
    // 0–1–2–3 with p = 1 (cost 0) and the direct 0–3 with p = 1/4: uncapped, the 3-hop path wins;
    // with maxHops 2 only 0–3 qualifies (the layered search must find it).
    const index = indexOf(4, false, [[0, 1, 4], [1, 2, 4], [2, 3, 4], [0, 3, 1]]);
    const { graph } = yenGraphOf(index);
    const inToOut = inSlotToOutSlot(index.order, index.offsets, index.neighbors, index.inOffsets);
    expect(yenPaths(graph, inToOut, 0, 3, 5, Infinity, YEN_PRODUCT).map((p) => p.nodes)).toEqual([[0, 1, 2, 3], [0, 3]]);
    expect(yenPaths(graph, inToOut, 0, 3, 5, 2, YEN_PRODUCT).map((p) => p.nodes)).toEqual([[0, 3]]);
    expect(yenPaths(graph, inToOut, 0, 3, 5, 2, YEN_BOTTLENECK).map((p) => p.nodes)).toEqual([[0, 3]]);
  });
});
