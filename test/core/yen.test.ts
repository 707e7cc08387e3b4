/**
 * Yen's k shortest simple paths (src/core/yen.ts) against two oracles:
 * - the naive oracle (test/oracles/paths-introduction.naive.ts): every simple path enumerated,
 *   sorted by the same documented total order, first k (graphs of ≤ 8 nodes);
 * - the reference kernel (test/paths/yen-reference.ts): the kernel as it was before its spur
 *   searches became goal-directed (a full label-setting search backwards from the target per
 *   spur node, no Lawler refinement, no pruning), on graphs of up to 60 nodes where enumeration
 *   is hopeless. The goal-directed kernel must return exactly the same paths.
 * Random graphs with few distinct probabilities (many ties, so the tie rules are exercised),
 * constant probabilities (every path of a length ties), p = 1 ties (cost 0), unusable ties, hop
 * caps, both objectives, directed and undirected.
 */
import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { csrFromEdges, type CsrIndex } from '../../src/core/csr.js';
import { comparePaths, inSlotToOutSlot, inSlotValues, YEN_BOTTLENECK, YEN_PRODUCT, yenPaths, type YenGraph } from '../../src/core/yen.js';
import { referenceYenPaths } from '../paths/yen-reference.js';
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

/**
 * How a tie's probability is made: `strength`: p = s / 4 capped at 1 (strength ≥ 4: p = 1, cost
 * 0) and strength 5 unusable; `constant`: p = 1/2 everywhere (every path of a length ties);
 * `cascade`: p = 1 / in-degree of the arc's head (different both ways along an undirected tie).
 */
type Rule = 'strength' | 'constant' | 'cascade';

/** The Yen graph of `index` under `rule`, its in-slot map and the naive oracle's arcs. */
function yenGraphOf(index: CsrIndex, rule: Rule = 'strength'): { graph: YenGraph; inToOut: Uint32Array; arcs: NaiveArc[] } {
  const slots = index.neighbors.length;
  const cost = new Float64Array(slots);
  const width = new Float64Array(slots);
  const arcs: NaiveArc[] = [];
  for (let u = 0; u < index.order; u++) {
    for (let slot = index.offsets[u]!; slot < index.offsets[u + 1]!; slot++) {
      const s = index.strengths[slot]!;
      const v = index.neighbors[slot]!;
      const p =
        rule === 'constant' ? 0.5 : rule === 'cascade' ? 1 / (index.inOffsets[v + 1]! - index.inOffsets[v]!) : s === 5 ? 0 : Math.min(1, s / 4);
      cost[slot] = p === 0 ? Infinity : p === 1 ? 0 : -Math.log(p);
      width[slot] = p;
      arcs.push({ from: u, to: v, cost: cost[slot]!, width: p });
    }
  }
  const inToOut = inSlotToOutSlot(index.order, index.offsets, index.neighbors, index.inOffsets);
  const graph = {
    order: index.order,
    offsets: index.offsets,
    neighbors: index.neighbors,
    inOffsets: index.inOffsets,
    inNeighbors: index.inNeighbors,
    cost,
    width,
    inCost: inSlotValues(inToOut, cost),
    inWidth: inSlotValues(inToOut, width),
  };
  return { graph, inToOut, arcs };
}

const arbObjective = fc.constantFrom('product' as const, 'bottleneck' as const);
const arbRule = fc.constantFrom<Rule>('strength', 'strength', 'constant', 'cascade');

/** The number of possible ties (ordered pairs when directed). */
const pairs = (c: { n: number; directed: boolean }) => (c.directed ? c.n * (c.n - 1) : (c.n * (c.n - 1)) / 2);

/**
 * A random graph of 2…`maxNodes` nodes, endpoints, k, hop cap, objective and rule; ties: up to 20
 * (fast-check's default sizes) when `dense` is false, else n to 3n (average degree 2 to 6).
 */
function arbCase(maxNodes: number, dense: boolean, maxK: number, maxCap: number) {
  return fc
    .record({
      n: fc.integer({ min: 2, max: maxNodes }),
      directed: fc.boolean(),
      k: fc.integer({ min: 1, max: maxK }),
      maxHops: fc.oneof(fc.constant(Infinity), fc.integer({ min: 1, max: maxCap })),
      objective: arbObjective,
      rule: arbRule,
    })
    .chain((c) =>
      fc.record({
        c: fc.constant(c),
        edges: fc.uniqueArray(
          fc.tuple(fc.nat(c.n - 1), fc.nat(c.n - 1), fc.integer({ min: 1, max: 5 })).filter(([u, v]) => u !== v),
          {
            ...(dense ? { minLength: Math.min(c.n, pairs(c)), maxLength: Math.min(3 * c.n, pairs(c)), size: 'max' as const } : { maxLength: 20 }),
            selector: ([u, v]) => (c.directed ? `${u}>${v}` : `${Math.min(u, v)}-${Math.max(u, v)}`),
          },
        ),
        s: fc.nat(c.n - 1),
        t: fc.nat(c.n - 1),
      }),
    );
}

describe('yenPaths (core/yen.ts)', () => {
  test.prop([arbCase(8, false, 8, 4)], { numRuns: 300 })('equals the naive enumeration of simple paths, sorted by the tie rule', ({ c, edges, s, t }) => {
    const index = indexOf(c.n, c.directed, edges);
    const { graph, arcs } = yenGraphOf(index, c.rule);
    const objective = c.objective === 'bottleneck' ? YEN_BOTTLENECK : YEN_PRODUCT;
    const got = yenPaths(graph, s, t, c.k, c.maxHops, objective);
    const want = naiveKPaths(c.n, arcs, s, t, c.k, c.maxHops, c.objective);
    expect(got.map((p) => p.nodes)).toEqual(want.map((p) => p.nodes));
    for (let i = 0; i < got.length; i++) {
      expect(got[i]!.cost).toBe(want[i]!.cost);
      expect(got[i]!.bottleneck).toBe(want[i]!.bottleneck);
      if (i > 0) expect(comparePaths(got[i - 1]!, got[i]!, objective)).toBeLessThan(0);
    }
  });

  test.prop([arbCase(60, true, 12, 6)], { numRuns: 200 })(
    'returns exactly the paths of the reference kernel (full backward search per spur node) on larger graphs',
    ({ c, edges, s, t }) => {
      // The goal-directed searches, Lawler's refinement, the deferred bottleneck searches with
      // their acceptance floor and the pruned hop-capped search must change no result.
      const index = indexOf(c.n, c.directed, edges);
      const { graph, inToOut } = yenGraphOf(index, c.rule);
      const objective = c.objective === 'bottleneck' ? YEN_BOTTLENECK : YEN_PRODUCT;
      expect(yenPaths(graph, s, t, c.k, c.maxHops, objective)).toEqual(referenceYenPaths(graph, inToOut, s, t, c.k, c.maxHops, objective));
    },
  );

  it('breaks the ties of a grid with one probability everywhere by node order, as the naive enumeration', () => {
    // 4 × 4 grid, p = 1/2 on every tie: the 20 shortest corner-to-corner paths (6 hops) all tie
    // on cost and hops, so the order is the node order alone; the bottleneck order ties on
    // width too. Corner 0 to corner 15 has 184 simple paths.
    const edges: [number, number, number][] = [];
    for (let r = 0; r < 4; r++) {
      for (let col = 0; col < 4; col++) {
        const v = 4 * r + col;
        if (col < 3) edges.push([v, v + 1, 1]);
        if (r < 3) edges.push([v, v + 4, 1]);
      }
    }
    const index = indexOf(16, false, edges);
    const { graph, arcs } = yenGraphOf(index, 'constant');
    for (const objective of ['product', 'bottleneck'] as const) {
      for (const [s, t] of [[0, 15], [5, 12], [15, 0]] as const) {
        const got = yenPaths(graph, s, t, 40, Infinity, objective === 'product' ? YEN_PRODUCT : YEN_BOTTLENECK);
        expect(got.map((p) => p.nodes)).toEqual(naiveKPaths(16, arcs, s, t, 40, Infinity, objective).map((p) => p.nodes));
      }
    }
  });

  it('inSlotValues gives each in-slot the value of the arc behind it', () => {
    const index = indexOf(4, true, [[0, 1, 1], [2, 1, 2], [1, 3, 3], [3, 0, 4], [0, 3, 5]]);
    const values = Float64Array.from(index.strengths);
    const inToOut = inSlotToOutSlot(index.order, index.offsets, index.neighbors, index.inOffsets);
    const byIn = inSlotValues(inToOut, values);
    for (let x = 0; x < index.order; x++) {
      for (let q = index.inOffsets[x]!; q < index.inOffsets[x + 1]!; q++) expect(byIn[q]).toBe(values[inToOut[q]!]);
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
    expect(yenPaths(graph, 1, 1, 3, Infinity, YEN_PRODUCT)).toEqual([{ nodes: [1], slots: [], cost: 0, hops: 0, bottleneck: Infinity }]);
    expect(yenPaths(graph, 0, 2, 3, Infinity, YEN_PRODUCT)).toEqual([]);
    expect(yenPaths(graph, 0, 2, 3, Infinity, YEN_BOTTLENECK)).toEqual([]);
  });

  it('honours a hop cap even when the warmest path is longer (the layered search)', () => {
    // 0–1–2–3 with p = 1 (cost 0) and the direct 0–3 with p = 1/4: uncapped, the 3-hop path wins;
    // with maxHops 2 only 0–3 qualifies (the layered search must find it).
    const index = indexOf(4, false, [[0, 1, 4], [1, 2, 4], [2, 3, 4], [0, 3, 1]]);
    const { graph } = yenGraphOf(index);
    expect(yenPaths(graph, 0, 3, 5, Infinity, YEN_PRODUCT).map((p) => p.nodes)).toEqual([[0, 1, 2, 3], [0, 3]]);
    expect(yenPaths(graph, 0, 3, 5, 2, YEN_PRODUCT).map((p) => p.nodes)).toEqual([[0, 3]]);
    expect(yenPaths(graph, 0, 3, 5, 2, YEN_BOTTLENECK).map((p) => p.nodes)).toEqual([[0, 3]]);
  });
});
