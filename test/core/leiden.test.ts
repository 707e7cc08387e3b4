/**
 * Tests of the Leiden kernel (src/core/leiden.ts): known partitions, the connectedness guarantee
 * (a fast-check property over random graphs: every community induces a connected subgraph, and
 * Leiden's own refinement already guaranteed it, without the final split), determinism, invariance
 * under a change of strength unit, isolates, directed input, and the label helpers.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import type { CsrIndex } from '../../src/core/csr.js';
import { leidenKernel, LEIDEN_ITERATIONS } from '../../src/core/leiden.js';
import { AggregateBuffers, aggregateGraph, baseGraph, orderByCommunity, permuteGraph, type LeidenGraph } from '../../src/core/leiden/graph.js';
import { createWorkspace, moveNodesFast, moveNodesFastSlots, twinSlots, type LeidenWorkspace } from '../../src/core/leiden/move.js';
import { createRefineWorkspace, drawCandidate, refinePartition } from '../../src/core/leiden/refine.js';
import { connectedParts, renumberBySize, renumberDense } from '../../src/core/leiden/labels.js';
import { modularityKernel } from '../../src/core/modularity.js';
import { createRng, shuffleInPlace } from '../../src/core/random.js';
import { communities } from '../../src/groups/communities.js';

/** `k` cliques of `size` people in a ring, neighbouring cliques joined by one tie. */
function ringOfCliques(k: number, size: number): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) g.mergeEdge(`${c}.${i}`, `${c}.${j}`);
    g.mergeEdge(`${c}.0`, `${(c + 1) % k}.${size - 1}`);
  }
  return g;
}

/** Whether every community of `communityOf` induces a (weakly) connected subgraph of the index. */
function everyCommunityConnected(index: CsrIndex, communityOf: Int32Array): boolean {
  const n = index.order;
  const seen = new Uint8Array(n);
  const done = new Set<number>();
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    const c = communityOf[s]!;
    if (done.has(c)) return false; // a second part of a community already visited
    done.add(c);
    const stack = [s];
    seen[s] = 1;
    while (stack.length > 0) {
      const v = stack.pop()!;
      const lists: [Uint32Array, Uint32Array][] = [[index.offsets, index.neighbors]];
      if (index.directed) lists.push([index.inOffsets, index.inNeighbors]);
      for (const [offsets, neighbors] of lists) {
        for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
          const u = neighbors[e]!;
          if (!seen[u] && communityOf[u] === c) {
            seen[u] = 1;
            stack.push(u);
          }
        }
      }
    }
  }
  return true;
}

/**
 * n nodes in `groups` planted groups (node v in group v mod groups): a tie inside a group with
 * probability `density`, across with `across`, its strength drawn by `strength` from the same generator.
 */
function plantedGraph(
  { n, groups, density, across, directed, seed }: { n: number; groups: number; density: number; across: number; directed: boolean; seed: number },
  strength: (rng: () => number) => number,
): UndirectedGraph | DirectedGraph {
  const rng = createRng(seed);
  const g = directed ? new DirectedGraph() : new UndirectedGraph();
  for (let v = 0; v < n; v++) g.addNode(String(v));
  for (let u = 0; u < n; u++) {
    for (let v = directed ? 0 : u + 1; v < n; v++) {
      if (u !== v && rng() < (u % groups === v % groups ? density : across)) g.addEdge(String(u), String(v), { weight: strength(rng) });
    }
  }
  return g;
}

/** Strengths 1, 2 or 3: every sum exact. */
const integerStrength = (rng: () => number) => 1 + Math.floor(3 * rng());

/** A random graph on n nodes: planted groups with dense insides, sparse across, random strengths. */
const arbCommunityGraph = fc
  .record({
    n: fc.integer({ min: 1, max: 60 }),
    groups: fc.integer({ min: 1, max: 6 }),
    density: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
    across: fc.double({ min: 0, max: 0.1, noNaN: true }),
    directed: fc.boolean(),
    weighted: fc.boolean(),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  })
  .map(({ weighted, ...shape }) => plantedGraph(shape, weighted ? (rng) => Math.exp(3 * (rng() - 0.5)) : () => 1));

/** Community graphs with hubs of degree above 96, whose neighbours' weights go to the large table. */
const arbHubGraph = fc
  .record({
    n: fc.integer({ min: 120, max: 320 }),
    hubs: fc.integer({ min: 1, max: 4 }),
    reach: fc.double({ min: 0.5, max: 1, noNaN: true }),
    directed: fc.boolean(),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  })
  .map(({ n, hubs, reach, directed, seed }) => {
    const rng = createRng(seed);
    const g = directed ? new DirectedGraph() : new UndirectedGraph();
    for (let v = 0; v < n; v++) g.addNode(String(v));
    const tie = (u: number, v: number) => {
      if (u !== v && !g.hasEdge(String(u), String(v))) g.addEdge(String(u), String(v), { weight: Math.exp(3 * (rng() - 0.5)) });
    };
    for (let h = 0; h < hubs; h++) for (let v = 0; v < n; v++) if (rng() < reach) tie(h, v);
    for (let v = 0; v < n; v++) for (let t = 0; t < 3; t++) tie(v, (v + 1 + Math.floor(rng() * 8)) % n);
    return g;
  });

describe('leidenKernel', () => {
  it('finds the cliques of a ring of cliques (each one community, modularity as computed by hand)', () => {
    const index = buildIndex(ringOfCliques(6, 5));
    const { communityOf, sizes } = leidenKernel(index, 1, createRng(42));
    expect(sizes).toEqual([5, 5, 5, 5, 5, 5]);
    for (let c = 0; c < 6; c++) {
      const ids = [0, 1, 2, 3, 4].map((i) => index.id(`${c}.${i}`));
      expect(new Set(ids.map((id) => communityOf[id])).size).toBe(1);
    }
    // m = 6·10 + 6 = 66; each clique: L = 10, K = 2·10 + 2 = 22. Q = 6·(10/66 − (22/132)²).
    expect(modularityKernel(index, communityOf, sizes.length, 1)).toBeCloseTo(6 * (10 / 66 - (22 / 132) ** 2), 12);
  });

  it('puts everything connected in one community at γ = 0 and isolates alone', () => {
    const g = ringOfCliques(3, 4);
    g.addNode('alone');
    const index = buildIndex(g);
    const { sizes, communityOf } = leidenKernel(index, 0, createRng(1));
    expect(sizes).toEqual([12, 1]);
    expect(communityOf[index.id('alone')]).toBe(1);
  });

  it('gives everyone a community of their own without ties', () => {
    const g = new UndirectedGraph();
    for (const v of ['a', 'b', 'c']) g.addNode(v);
    expect(leidenKernel(buildIndex(g), 1, createRng(1))).toEqual({ communityOf: Int32Array.of(0, 1, 2), sizes: [1, 1, 1], iterations: 0, splits: 0 });
  });

  it('is deterministic for a generator and runs at most LEIDEN_ITERATIONS iterations', () => {
    const index = buildIndex(ringOfCliques(8, 4));
    const a = leidenKernel(index, 1, createRng(7));
    expect(leidenKernel(index, 1, createRng(7))).toEqual(a);
    expect(a.iterations).toBeLessThanOrEqual(LEIDEN_ITERATIONS);
    expect(leidenKernel(index, 1, createRng(7), 5).iterations).toBeLessThanOrEqual(5);
  });

  it('does not depend on the unit of strength (θ is measured in mean strengths)', () => {
    const g = new UndirectedGraph();
    const rng = createRng(3);
    for (let i = 0; i < 80; i++) g.addNode(String(i));
    for (let i = 0; i < 80; i++) {
      for (let j = i + 1; j < 80; j++) if (rng() < (i % 4 === j % 4 ? 0.3 : 0.03)) g.addEdge(String(i), String(j), { weight: 1 + 9 * rng() });
    }
    const scaled = g.copy();
    scaled.updateEachEdgeAttributes((_e, attributes) => ({ weight: (attributes.weight as number) * 1000 }));
    const a = leidenKernel(buildIndex(g), 1, createRng(5));
    const b = leidenKernel(buildIndex(scaled), 1, createRng(5));
    expect(b.communityOf).toEqual(a.communityOf);
  });

  it('optimises directed modularity on a directed graph (two directed cycles joined by one arc)', () => {
    const g = new DirectedGraph();
    for (const cycle of [['a', 'b', 'c', 'd'], ['e', 'f', 'g', 'h']]) {
      for (let i = 0; i < 4; i++) {
        g.mergeEdge(cycle[i]!, cycle[(i + 1) % 4]!);
        g.mergeEdge(cycle[i]!, cycle[(i + 2) % 4]!);
      }
    }
    g.addEdge('d', 'e');
    const index = buildIndex(g);
    const { communityOf, sizes } = leidenKernel(index, 1, createRng(42));
    expect(sizes).toEqual([4, 4]);
    expect(communityOf[index.id('a')]).not.toBe(communityOf[index.id('e')]);
    // m = 17 arcs; each side: L = 8, K_out = 8 (+1 for the side of d), K_in = 8 (+1 for the side of e).
    expect(modularityKernel(index, communityOf, 2, 1)).toBeCloseTo(16 / 17 - (9 * 8 + 8 * 9) / 17 ** 2, 12);
  });

  it('splits a community that local moving left in pieces when refinement merges nothing (no final split needed)', () => {
    // Found by the property below: at γ = 4, 3 and 6 join 0's community, 0 leaves for 9's, and at
    // the next level refinement merges nothing; aggregating {3, 6} as one node kept it for good.
    const g = new DirectedGraph();
    for (let v = 0; v < 10; v++) g.addNode(String(v));
    const arcs: [number, number, number][] = [[0, 9, 2.192], [1, 7, 0.227], [2, 5, 2.973], [3, 0, 1.063], [4, 7, 2.733], [5, 2, 1.655], [6, 0, 1.508], [7, 1, 0.291]];
    for (const [u, v, w] of arcs) g.addEdge(String(u), String(v), { weight: w });
    const index = buildIndex(g);
    const result = leidenKernel(index, 4, createRng(699));
    expect(result.splits).toBe(0);
    expect(everyCommunityConnected(index, result.communityOf)).toBe(true);
    expect(result.communityOf[index.id('3')]).not.toBe(result.communityOf[index.id('6')]);
  });

  fcTest.prop([arbCommunityGraph, fc.constantFrom(0.25, 0.5, 1, 2, 4), fc.integer({ min: 0, max: 1000 })], { numRuns: 150 })(
    'every community induces a connected subgraph, by Leiden itself (no split needed), and Q is what modularity() says',
    (graph, resolution, seed) => {
      const index = buildIndex(graph);
      const result = leidenKernel(index, resolution, createRng(seed));
      expect(result.splits).toBe(0);
      expect(everyCommunityConnected(index, result.communityOf)).toBe(true);
      const found = communities(graph, { resolution, seed });
      expect(found.sizes).toEqual(result.sizes);
      for (let v = 0; v < index.order; v++) expect(found.partition[index.keys[v]!]).toBe(result.communityOf[v]);
      // Never worse than everyone alone (Q of singletons), the start of local moving.
      if (index.size > 0) {
        const singletons = new Int32Array(index.order).map((_, i) => i);
        expect(found.modularity).toBeGreaterThanOrEqual(modularityKernel(index, singletons, index.order, resolution) - 1e-12);
      }
    },
  );
});

/** Level 0 of `index` and the gain constant c at resolution 1 (see src/core/leiden/move.ts); `null` without ties. */
function levelZero(index: CsrIndex): { base: LeidenGraph; c: number } | null {
  const base = baseGraph(index);
  const total = base.outWeight.reduce((x, y) => x + y, 0);
  return total === 0 ? null : { base, c: index.directed ? 1 / total : 1 / (2 * total) };
}

/** Refines `communityOf` (dense ids) on `index` (with ties) at resolution 1; returns the refined label of each node. */
function refine(index: CsrIndex, communityOf: Int32Array, seed: number, theta: number, external?: (values: Float64Array) => void): Int32Array {
  const { base, c } = levelZero(index)!;
  const n = base.n;
  const work: LeidenWorkspace = createWorkspace(n);
  for (let v = 0; v < n; v++) {
    work.outTotal[communityOf[v]!]! += base.outWeight[v]!;
    if (index.directed) work.inTotal[communityOf[v]!]! += base.inWeight[v]!;
  }
  work.inside.set(insideWeights(base, communityOf)); // as local moving leaves them
  const refinedOf = new Int32Array(n);
  const refineWork = createRefineWorkspace(n);
  refinePartition(base, communityOf, refinedOf, c, theta, createRng(seed), work, refineWork);
  external?.(refineWork.external);
  return refinedOf;
}

describe('refinePartition', () => {
  it('merges every clique of a ring of cliques into one refined community, whatever the order of the nodes', () => {
    // Cliques added in an interleaved order, so that no community's members have consecutive ids.
    const cliques = 7;
    const size = 5;
    const g = new UndirectedGraph();
    for (let i = 0; i < size; i++) for (let c = 0; c < cliques; c++) g.addNode(`${c}.${i}`);
    ringOfCliques(cliques, size).forEachEdge((_, __, u, v) => g.addEdge(u, v));
    const index = buildIndex(g);
    const communityOf = new Int32Array(index.order).map((_, v) => Number(index.keys[v]!.split('.')[0]));
    for (let seed = 0; seed < 10; seed++) {
      const refinedOf = refine(index, communityOf, seed, 1e-9);
      for (let v = 0; v < index.order; v++) {
        for (let u = 0; u < index.order; u++) expect(refinedOf[u] === refinedOf[v]).toBe(communityOf[u] === communityOf[v]);
      }
    }
  });

  fcTest.prop([arbCommunityGraph, fc.integer({ min: 0, max: 1000 })], { numRuns: 60 })(
    'every refined community is connected and lies inside one community of local moving',
    (graph, seed) => {
      const index = buildIndex(graph);
      const level = levelZero(index);
      if (level === null) return;
      const communityOf = new Int32Array(index.order).map((_, i) => i);
      moveNodesFast(level.base, communityOf, level.c, createRng(seed), createWorkspace(index.order));
      renumberDense(communityOf, index.order, new Int32Array(index.order));
      let external: Float64Array = new Float64Array(0);
      const refinedOf = refine(index, communityOf, seed, 0.01, (values) => (external = values));
      for (let v = 0; v < index.order; v++) expect(communityOf[refinedOf[v]!]).toBe(communityOf[v]);
      expect(everyCommunityConnected(index, refinedOf)).toBe(true);
      // What the next level starts from: W(R, S − R) of each refined community R, at its representative.
      const { base } = level;
      const expected = new Map<number, number>();
      for (let v = 0; v < base.n; v++) {
        for (let e = base.offsets[v]!; e < base.offsets[v + 1]!; e++) {
          const u = base.neighbors[e]!;
          if (communityOf[u] === communityOf[v] && refinedOf[u] !== refinedOf[v]) expected.set(refinedOf[v]!, (expected.get(refinedOf[v]!) ?? 0) + base.weights[e]!);
        }
      }
      for (const r of new Set(refinedOf)) expect(external[r]).toBeCloseTo(expected.get(r) ?? 0, 9);
    },
  );
});

describe('drawCandidate', () => {
  /** The draw with every weight computed: −1 (alone) or the index whose cumulative weight passes u · total. */
  function exactDraw(gains: number[], theta: number, u: number): number {
    const max = Math.max(...gains);
    const weights = [Math.exp(-max / theta), ...gains.map((g) => Math.exp((g - max) / theta))];
    let x = u * weights.reduce((s, w) => s + w, 0);
    for (let t = 0; t < weights.length; t++) if ((x -= weights[t]!) < 0) return t - 1;
    return gains.length - 1;
  }

  fcTest.prop(
    [fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 1, maxLength: 12 }), fc.double({ min: 0.001, max: 0.5, noNaN: true }), fc.integer({ min: 1, max: 2 ** 32 - 1 })],
    { numRuns: 500 },
  )('draws what computing every exp(Δ / θ) draws, for every draw of the generator but 0', (gains, theta, k) => {
    // The generator draws k / 2^32. At u = 0 the exact draw stays alone however small that term
    // is (e^−37 of the best: 1 in 10^16), where drawCandidate, whose term is 0, takes the first candidate.
    const u = k / 2 ** 32;
    const maxGain = Math.max(...gains);
    expect(drawCandidate(Float64Array.from(gains), gains.length, maxGain, theta, u)).toBe(exactDraw(gains, theta, u));
  });

  it('never draws a candidate 37 θ or more below the best, nor stays alone when the best gain is that large', () => {
    const theta = 0.01;
    const gains = [0.2, 1, 0.99, 0.5];
    const drawn = new Set<number>();
    for (let i = 0; i < 10_000; i++) drawn.add(drawCandidate(Float64Array.from(gains), 4, 1, theta, i / 10_000));
    // exp(−1) : exp(0): both drawn; 0.2 and 0.5 are 80 and 50 θ below; alone is 100 θ below.
    expect([...drawn].sort()).toEqual([1, 2]);
    // With every gain at 0, alone and each candidate are equally likely.
    const zero = [0, 0, 0];
    expect([0, 0.2, 0.3, 0.6, 0.99].map((u) => drawCandidate(Float64Array.from(zero), 3, 0, theta, u))).toEqual([-1, -1, 0, 1, 2]);
  });
});

describe('the hand-off between levels', () => {
  /** Planted groups with integer strengths 1–3: every sum exact, so kept and fresh W(v, own) are equal. */
  const arbIntegerGraph = fc
    .record({
      n: fc.integer({ min: 8, max: 120 }),
      groups: fc.integer({ min: 2, max: 8 }),
      across: fc.double({ min: 0, max: 0.08, noNaN: true }),
      directed: fc.boolean(),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    })
    .map((shape) => plantedGraph({ ...shape, density: 0.4 }, integerStrength));

  fcTest.prop([arbIntegerGraph, fc.integer({ min: 0, max: 1000 }), fc.boolean()], { numRuns: 80 })(
    'each level taking W(v, own) from the refinement gives the partition of summing them afresh',
    (graph, seed, large) => {
      const index = buildIndex(graph);
      const reorder = large ? 0 : Infinity;
      const handed = leidenKernel(index, 1, createRng(seed), LEIDEN_ITERATIONS, reorder, true);
      const summed = leidenKernel(index, 1, createRng(seed), LEIDEN_ITERATIONS, reorder, false);
      expect(handed).toEqual(summed);
    },
  );

  it('the same on 60 fixed planted graphs (six of which tell a level that kept stale values apart)', () => {
    for (let seed = 0; seed < 30; seed++) {
      for (const directed of [false, true]) {
        const g = plantedGraph({ n: 30 + (seed % 5) * 20, groups: 3 + (seed % 4), density: 0.4, across: 0.04, directed, seed }, integerStrength);
        const index = buildIndex(g);
        for (const reorder of [Infinity, 0]) {
          const handed = leidenKernel(index, 1, createRng(seed), LEIDEN_ITERATIONS, reorder, true);
          expect(handed).toEqual(leidenKernel(index, 1, createRng(seed), LEIDEN_ITERATIONS, reorder, false));
        }
      }
    }
  });
});

describe('the large-graph path (slot communities, renumbering by community)', () => {
  fcTest.prop([fc.oneof(arbCommunityGraph, arbHubGraph), fc.integer({ min: 0, max: 1000 })], { numRuns: 80 })(
    'moveNodesFastSlots makes exactly the moves of moveNodesFast (hubs of degree > 96 included)',
    (graph, seed) => {
      const index = buildIndex(graph);
      const level = levelZero(index);
      if (level === null) return;
      const { base, c } = level;
      const plain = new Int32Array(index.order).map((_, i) => i);
      const slots = plain.slice();
      const movesPlain = moveNodesFast(base, plain, c, createRng(seed), createWorkspace(index.order));
      const movesSlots = moveNodesFastSlots(base, slots, c, createRng(seed), createWorkspace(index.order), twinSlots(base));
      expect(slots).toEqual(plain);
      expect(movesSlots).toBe(movesPlain);
    },
  );

  fcTest.prop([arbCommunityGraph, fc.integer({ min: 0, max: 1000 })], { numRuns: 60 })(
    'forced on small graphs, it returns connected communities of the same quality class',
    (graph, seed) => {
      const index = buildIndex(graph);
      const forced = leidenKernel(index, 1, createRng(seed), LEIDEN_ITERATIONS, 0);
      expect(forced.splits).toBe(0);
      expect(everyCommunityConnected(index, forced.communityOf)).toBe(true);
      expect(forced.sizes.reduce((x, y) => x + y, 0)).toBe(index.order);
      for (let c = 1; c < forced.sizes.length; c++) expect(forced.sizes[c]).toBeLessThanOrEqual(forced.sizes[c - 1]!);
    },
  );

  it('twinSlots pairs the two slots of every tie; permuteGraph renames nodes and keeps ties', () => {
    const index = buildIndex(ringOfCliques(4, 4));
    const base = baseGraph(index);
    const twin = twinSlots(base);
    for (let v = 0; v < base.n; v++) {
      for (let e = base.offsets[v]!; e < base.offsets[v + 1]!; e++) {
        expect(twin[twin[e]!]).toBe(e);
        expect(base.neighbors[twin[e]!]).toBe(v);
      }
    }
    const communityOf = new Int32Array(base.n).map((_, v) => Number(index.keys[v]!.split('.')[0]));
    const { order, newOf } = orderByCommunity(communityOf, base.n);
    for (let i = 1; i < base.n; i++) expect(communityOf[order[i]!]).toBeGreaterThanOrEqual(communityOf[order[i - 1]!]!);
    const permuted = permuteGraph(base, order, newOf);
    for (let v = 0; v < base.n; v++) {
      const before = Array.from(base.neighbors.subarray(base.offsets[v]!, base.offsets[v + 1]!), (u) => newOf[u]).sort();
      const i = newOf[v]!;
      expect(Array.from(permuted.neighbors.subarray(permuted.offsets[i]!, permuted.offsets[i + 1]!)).sort()).toEqual(before);
      expect(permuted.outWeight[i]).toBe(base.outWeight[v]);
    }
    expect(base.rowWeight).toBe(base.outWeight);
    expect(permuted.rowWeight).toBe(permuted.outWeight);
  });
});

/**
 * Leiden's fast local moving written plainly, every visit reading all of the node's ties (no
 * skipped visits, no slots, no tables): the oracle of moveNodesFast and moveNodesFastSlots. The same
 * random order, queue, sums in tie order, tie-breaks (first community met) and empty-community
 * stack, so that both must match it move for move. Returns the number of moves.
 */
function plainLocalMoving(graph: LeidenGraph, communityOf: Int32Array, c: number, rng: () => number): number {
  const { n, offsets, neighbors, weights, outWeight, inWeight } = graph;
  const directed = outWeight !== inWeight;
  const counts = new Int32Array(n);
  const outTotal = new Float64Array(n);
  const inTotal = directed ? new Float64Array(n) : outTotal;
  for (let v = 0; v < n; v++) {
    counts[communityOf[v]!]!++;
    outTotal[communityOf[v]!]! += outWeight[v]!;
    if (directed) inTotal[communityOf[v]!]! += inWeight[v]!;
  }
  const empty: number[] = [];
  for (let k = n - 1; k >= 0; k--) if (counts[k] === 0) empty.push(k);
  const fifo = Array.from(shuffleInPlace(rng, new Int32Array(n).map((_, v) => v)));
  const queued = new Uint8Array(n).fill(1);
  let moves = 0;
  for (let head = 0; head < fifo.length; head++) {
    const v = fifo[head]!;
    queued[v] = 0;
    const own = communityOf[v]!;
    const [a, b] = [outWeight[v]!, inWeight[v]!];
    const into = new Map<number, number>(); // W(v, C), communities in the order first met
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const k = communityOf[neighbors[e]!]!;
      into.set(k, (into.get(k) ?? 0) + weights[e]!);
    }
    outTotal[own]! -= a;
    if (directed) inTotal[own]! -= b;
    if (--counts[own]! === 0) outTotal[own] = inTotal[own] = 0;
    let best = own;
    let bestGain = (into.get(own) ?? 0) - c * (a * inTotal[own]! + b * outTotal[own]!);
    for (const [k, w] of into) {
      if (k === own) continue;
      const gain = w - c * (a * inTotal[k]! + b * outTotal[k]!);
      if (gain > bestGain) [best, bestGain] = [k, gain];
    }
    if (bestGain < 0 && counts[own]! > 0) best = empty.pop()!;
    outTotal[best]! += a;
    if (directed) inTotal[best]! += b;
    counts[best]!++;
    if (best === own) continue;
    communityOf[v] = best;
    moves++;
    if (counts[own] === 0) empty.push(own);
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const u = neighbors[e]!;
      if (queued[u] === 0 && communityOf[u] !== best) {
        queued[u] = 1;
        fifo.push(u);
      }
    }
  }
  return moves;
}

/** W(v, own) of every node, summed afresh. */
function insideWeights(graph: LeidenGraph, communityOf: Int32Array): number[] {
  return Array.from({ length: graph.n }, (_, v) => {
    let w = 0;
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) if (communityOf[graph.neighbors[e]!] === communityOf[v]) w += graph.weights[e]!;
    return w;
  });
}

/** Slots whose two ends are in one community. */
function insideSlots(graph: LeidenGraph, communityOf: Int32Array): number {
  let count = 0;
  for (let v = 0; v < graph.n; v++) for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) if (communityOf[graph.neighbors[e]!] === communityOf[v]) count++;
  return count;
}

describe('local moving skips the visits whose outcome is certain, and moves exactly as reading every tie does', () => {
  /**
   * Runs moveNodesFast, moveNodesFastSlots when `slots` (it needs lists sorted by id, as level 0's
   * are) and the oracle on `graph` from `start`; checks moves, partition and the kept W(v, own).
   */
  function expectSameMoves(graph: LeidenGraph, start: Int32Array, seed: number, slots: boolean): void {
    const total = graph.outWeight.reduce((x, y) => x + y, 0);
    if (total === 0) return;
    const c = graph.outWeight !== graph.inWeight ? 1 / total : 1 / (2 * total);
    const expected = start.slice();
    const expectedMoves = plainLocalMoving(graph, expected, c, createRng(seed));
    const plain = start.slice();
    const work = createWorkspace(graph.n);
    expect(moveNodesFast(graph, plain, c, createRng(seed), work)).toBe(expectedMoves);
    expect(plain).toEqual(expected);
    const exact = insideWeights(graph, plain);
    for (let v = 0; v < graph.n; v++) expect(work.inside[v]).toBeCloseTo(exact[v]!, 9);
    if (!slots) return;
    const bySlot = start.slice();
    expect(moveNodesFastSlots(graph, bySlot, c, createRng(seed), createWorkspace(graph.n), twinSlots(graph))).toBe(expectedMoves);
    expect(bySlot).toEqual(expected);
  }

  fcTest.prop([fc.oneof(arbCommunityGraph, arbHubGraph), fc.integer({ min: 0, max: 1000 })], { numRuns: 80 })(
    'level 0, from singletons and from a random partition',
    (graph, seed) => {
      const base = baseGraph(buildIndex(graph));
      expectSameMoves(base, new Int32Array(base.n).map((_, v) => v), seed, true);
      const rng = createRng(seed + 1);
      const groups = Math.min(base.n, 1 + Math.floor(rng() * 5)); // ids in [0, n)
      expectSameMoves(base, new Int32Array(base.n).map(() => Math.floor(rng() * groups)), seed, true);
    },
  );

  fcTest.prop([arbCommunityGraph, fc.integer({ min: 0, max: 1000 })], { numRuns: 60 })(
    'an aggregated level (ties inside a node dropped: its list weighs less than its strength)',
    (graph, seed) => {
      const base = baseGraph(buildIndex(graph));
      if (base.n < 2) return;
      const rng = createRng(seed);
      const pairs = Math.ceil(base.n / 2);
      const level = aggregateGraph(base, new Int32Array(base.n).map((_, v) => v >> 1), pairs);
      expectSameMoves(level, new Int32Array(pairs).map((_, v) => v), seed, false);
      expectSameMoves(level, new Int32Array(pairs).map(() => Math.floor(rng() * Math.min(3, pairs))), seed, false);
    },
  );

  it('a settled ring of cliques: a second run reads each tie once to start, then skips every visit', () => {
    const base = baseGraph(buildIndex(ringOfCliques(8, 6)));
    const c = 1 / (2 * base.outWeight.reduce((x, y) => x + y, 0));
    const communityOf = new Int32Array(base.n).map((_, v) => v);
    const work = createWorkspace(base.n);
    moveNodesFast(base, communityOf, c, createRng(3), work);
    expect(new Set(communityOf).size).toBe(8);
    // Counts the reads of tie weights: the start of a run sums W(v, own), reading each tie inside
    // a community once (48 · 5 of 256 slots); a visit that read a node's ties would add its degree.
    let reads = 0;
    const counted = new Proxy(base.weights, {
      get: (target, key) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return (target as unknown as Record<string | symbol, unknown>)[key];
      },
    });
    expect(moveNodesFast({ ...base, weights: counted }, communityOf, c, createRng(4), work)).toBe(0);
    expect(reads).toBe(insideSlots(base, communityOf));
    expect(reads).toBe(240);
  });
});

describe('Leiden helpers', () => {
  it('baseGraph merges out- and in-lists of a directed index (w_uv + w_vu) and keeps both strengths', () => {
    const g = new DirectedGraph();
    g.mergeEdge('a', 'b', { weight: 2 });
    g.mergeEdge('b', 'a', { weight: 3 });
    g.mergeEdge('c', 'a', { weight: 5 });
    const index = buildIndex(g);
    const base = baseGraph(index);
    const a = index.id('a');
    const list = Array.from(base.neighbors.subarray(base.offsets[a]!, base.offsets[a + 1]!));
    const weights = Array.from(base.weights.subarray(base.offsets[a]!, base.offsets[a + 1]!));
    expect(list).toEqual([index.id('b'), index.id('c')]);
    expect(weights).toEqual([5, 5]);
    expect(base.outWeight[a]).toBe(2);
    expect(base.inWeight[a]).toBe(8);
    // Its list weighs out- plus in-strength; renumbering carries the weights along.
    expect(Array.from(base.rowWeight)).toEqual(Array.from(base.outWeight, (o, v) => o + base.inWeight[v]!));
    expect(base.rowWeight[a]).toBe(10);
    const order = Int32Array.of(2, 0, 1);
    const newOf = Int32Array.of(1, 2, 0);
    const permuted = permuteGraph(base, order, newOf);
    expect(Array.from(permuted.rowWeight)).toEqual([base.rowWeight[2], base.rowWeight[0], base.rowWeight[1]]);
  });

  it('aggregateGraph sums ties between groups, drops ties inside, sums strengths', () => {
    const index = buildIndex(ringOfCliques(3, 3));
    const base = baseGraph(index);
    const groupOf = new Int32Array(index.order).map((_, v) => Number(index.keys[v]!.split('.')[0]));
    const agg = aggregateGraph(base, groupOf, 3);
    expect(agg.n).toBe(3);
    expect(Array.from(agg.outWeight)).toEqual([8, 8, 8]);
    // Only the ties to other groups are listed: 2 of each group's strength 8.
    expect(Array.from(agg.rowWeight)).toEqual([2, 2, 2]);
    for (let g = 0; g < 3; g++) {
      expect(agg.offsets[g + 1]! - agg.offsets[g]!).toBe(2);
      expect(Array.from(agg.weights.subarray(agg.offsets[g]!, agg.offsets[g + 1]!))).toEqual([1, 1]);
    }
  });

  it('aggregateGraph writes into a buffer when it is long enough, and the levels of a run alternate between two', () => {
    const index = buildIndex(ringOfCliques(4, 3));
    const base = baseGraph(index);
    const pairOf = new Int32Array(index.order).map((_, v) => Math.floor(Number(index.keys[v]!.split('.')[0]) / 2));
    const cliqueOf = new Int32Array(index.order).map((_, v) => Number(index.keys[v]!.split('.')[0]));
    const fresh = aggregateGraph(base, cliqueOf, 4);
    const buffers = new AggregateBuffers();
    const first = buffers.for(base);
    first.weights.fill(-7);
    const level1 = aggregateGraph(base, cliqueOf, 4, first);
    expect(level1).toEqual(fresh);
    expect(level1.neighbors.buffer).toBe(first.neighbors.buffer);
    expect(level1.weights.buffer).toBe(first.weights.buffer);
    // The next level goes to the other buffer, and the one after back to the first.
    const second = buffers.for(level1);
    expect(second.neighbors.buffer).not.toBe(first.neighbors.buffer);
    const level2 = aggregateGraph(level1, Int32Array.of(0, 0, 1, 1), 2, second);
    expect(Array.from(level2.neighbors)).toEqual([1, 0]);
    expect(Array.from(level2.weights)).toEqual([2, 2]);
    expect(level2.neighbors.buffer).toBe(second.neighbors.buffer);
    expect(buffers.for(level2)).toBe(first);
    // Too short a buffer: new arrays, the buffer untouched.
    const short = { neighbors: new Uint32Array(2), weights: new Float64Array(2).fill(-1) };
    const own = aggregateGraph(base, pairOf, 2, short);
    expect(own.neighbors.buffer).not.toBe(short.neighbors.buffer);
    expect(Array.from(short.weights)).toEqual([-1, -1]);
    expect(Array.from(own.weights)).toEqual([2, 2]);
  });

  it('connectedParts splits a community made of two pieces; renumberDense and renumberBySize', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b');
    g.mergeEdge('c', 'd');
    g.mergeEdge('b', 'c');
    const index = buildIndex(g);
    const base = baseGraph(index);
    // Community 0 = {a, d} (no tie inside: two parts), community 1 = {b, c} (connected).
    const communityOf = new Int32Array(4).map((_, v) => (['a', 'd'].includes(index.keys[v]!) ? 0 : 1));
    const { labels, extra } = connectedParts(base, communityOf);
    expect(extra).toBe(1);
    expect(new Set(labels).size).toBe(3);
    expect(labels[index.id('a')]).not.toBe(labels[index.id('d')]);
    expect(labels[index.id('b')]).toBe(labels[index.id('c')]);
    const dense = Int32Array.of(3, 1, 3, 2);
    expect(renumberDense(dense, 4, new Int32Array(4))).toBe(3);
    expect(Array.from(dense)).toEqual([0, 1, 0, 2]);
    expect(renumberBySize(Int32Array.of(5, 2, 2, 5, 2, 8))).toEqual({ communityOf: Int32Array.of(1, 0, 0, 1, 0, 2), sizes: [3, 2, 1] });
  });
});
