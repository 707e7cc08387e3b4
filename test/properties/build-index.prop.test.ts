/**
 * Properties of buildIndex on random graphs (STYLE.md §9, layers 3 and 4): the CSR layout equals
 * the naive merged adjacency of test/oracles/adjacency.naive.ts, and is invariant under node
 * and edge reordering. fast-check prints the seed and the shrunk counterexample on failure.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { buildIndex, type CsrIndex } from '../../src/index.js';
import { arbGraph, arbReordered, relabelDesc, toGraphology, type GraphDesc } from '../arbitraries.js';
import { naiveAdjacency } from '../oracles/adjacency.naive.js';

const RUNS = { numRuns: 100 };
const REL = 1e-12;

/** Random graphs of every kind: directed or not, with parallel edges and self-loops. */
const anyGraph = arbGraph({ multi: true, selfLoops: true, maxNodes: 12 });

/** |a − b| ≤ rel · max(|a|, |b|). */
function close(a: number, b: number, rel = REL): boolean {
  return a === b || Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b));
}

/** The adjacency of an index by node key: node → neighbour → strength (out and in). */
function indexAdjacency(ix: CsrIndex) {
  const read = (offsets: Uint32Array, neighbors: Uint32Array, strengths: Float64Array) => {
    const out = new Map<string, Map<string, number>>();
    for (let u = 0; u < ix.order; u++) {
      const row = new Map<string, number>();
      for (let p = offsets[u]!; p < offsets[u + 1]!; p++) row.set(ix.keys[neighbors[p]!]!, strengths[p]!);
      out.set(ix.keys[u]!, row);
    }
    return out;
  };
  return {
    out: read(ix.offsets, ix.neighbors, ix.strengths),
    in: read(ix.inOffsets, ix.inNeighbors, ix.inStrengths),
  };
}

/** Asserts two node → neighbour → strength maps have the same keys and close strengths. */
function expectSameAdjacency(
  actual: Map<string, Map<string, number>>,
  expected: Map<string, Map<string, number>>,
  what: string,
): void {
  expect([...actual.keys()].sort(), `${what}: nodes`).toEqual([...expected.keys()].sort());
  for (const [u, row] of expected) {
    const got = actual.get(u)!;
    expect([...got.keys()].sort(), `${what}: neighbours of ${JSON.stringify(u)}`).toEqual([...row.keys()].sort());
    for (const [v, s] of row) {
      const a = got.get(v)!;
      expect(close(a, s), `${what}: strength ${JSON.stringify(u)} → ${JSON.stringify(v)} is ${a}, expected ${s}`).toBe(true);
    }
  }
}

/** The merged ties by node key: 'source\u0000target' → strength (undirected: keys in sorted order). */
function tiesByKey(ix: CsrIndex): Map<string, number> {
  const out = new Map<string, number>();
  for (let t = 0; t < ix.size; t++) {
    let s = ix.keys[ix.tieSources[t]!]!;
    let v = ix.keys[ix.tieTargets[t]!]!;
    if (!ix.directed && v < s) [s, v] = [v, s];
    out.set(`${s}\u0000${v}`, ix.tieStrengths[t]!);
  }
  return out;
}

function expectSameTies(actual: Map<string, number>, expected: Map<string, number>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [pair, s] of expected) expect(close(actual.get(pair)!, s), pair).toBe(true);
}

describe('buildIndex properties', () => {
  test.prop([anyGraph], RUNS)('reproduces the naive merged adjacency and summed strengths', (desc) => {
    const ix = buildIndex(toGraphology(desc));
    const naive = naiveAdjacency(desc);
    const got = indexAdjacency(ix);
    expect(ix.directed).toBe(desc.directed);
    expect(ix.keys).toEqual(desc.nodes);
    expectSameAdjacency(got.out, naive.out, 'out');
    expectSameAdjacency(got.in, naive.in, 'in');
  });

  test.prop([anyGraph], RUNS)('counts ties, dropped self-loops and merged parallel edges', (desc) => {
    const ix = buildIndex(toGraphology(desc));
    const naive = naiveAdjacency(desc);
    expect(ix.order).toBe(desc.nodes.length);
    expect(ix.size).toBe(naive.size);
    expect(ix.stats.selfLoopsDropped).toBe(naive.selfLoops);
    expect(ix.stats.parallelEdgesMerged).toBe(naive.parallelEdges);
    expect(ix.neighbors.length).toBe(desc.directed ? naive.size : 2 * naive.size);
    expect(ix.inNeighbors.length).toBe(ix.neighbors.length);
  });

  test.prop([anyGraph], RUNS)('has well-formed offsets and strictly increasing neighbour lists', (desc) => {
    const ix = buildIndex(toGraphology(desc));
    for (const [offsets, neighbors] of [
      [ix.offsets, ix.neighbors],
      [ix.inOffsets, ix.inNeighbors],
    ] as const) {
      expect(offsets.length).toBe(ix.order + 1);
      expect(offsets[0]).toBe(0);
      expect(offsets[ix.order]).toBe(neighbors.length);
      for (let u = 0; u < ix.order; u++) {
        expect(offsets[u + 1]!).toBeGreaterThanOrEqual(offsets[u]!);
        for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
          expect(neighbors[p]).not.toBe(u);
          expect(neighbors[p]!).toBeLessThan(ix.order);
          if (p > offsets[u]!) expect(neighbors[p]!).toBeGreaterThan(neighbors[p - 1]!);
        }
      }
    }
    for (let u = 0; u < ix.order; u++) {
      expect(ix.degree(u)).toBe(ix.offsets[u + 1]! - ix.offsets[u]!);
      expect(ix.inDegree(u)).toBe(ix.inOffsets[u + 1]! - ix.inOffsets[u]!);
    }
  });

  test.prop([anyGraph], RUNS)('in-adjacency is the transpose of out-adjacency', (desc) => {
    const ix = buildIndex(toGraphology(desc));
    const { out, in: inn } = indexAdjacency(ix);
    const transpose = new Map<string, Map<string, number>>(ix.keys.map((k) => [k, new Map()]));
    for (const [u, row] of out) for (const [v, s] of row) transpose.get(v)!.set(u, s);
    expectSameAdjacency(inn, transpose, 'transpose');
    if (!ix.directed) expectSameAdjacency(out, transpose, 'symmetry');
  });

  test.prop([anyGraph], RUNS)('lists each tie once and links every slot to its tie', (desc) => {
    const ix = buildIndex(toGraphology(desc));
    const seen = new Uint32Array(ix.size);
    const inSeen = new Uint32Array(ix.size);
    for (let t = 0; t < ix.size; t++) {
      const s = ix.tieSources[t]!;
      const v = ix.tieTargets[t]!;
      if (!ix.directed) expect(s).toBeLessThan(v);
      else expect(s).not.toBe(v);
      // Ties are sorted by (source, target), hence distinct.
      if (t > 0) {
        const ps = ix.tieSources[t - 1]!;
        const pt = ix.tieTargets[t - 1]!;
        expect(ps < s || (ps === s && pt < v)).toBe(true);
      }
    }
    for (let u = 0; u < ix.order; u++) {
      for (let p = ix.offsets[u]!; p < ix.offsets[u + 1]!; p++) {
        const t = ix.slotTies[p]!;
        const v = ix.neighbors[p]!;
        seen[t]!++;
        expect(ix.strengths[p]).toBe(ix.tieStrengths[t]);
        const ends = [ix.tieSources[t], ix.tieTargets[t]];
        expect(ix.directed ? ends : ends.sort((a, b) => a! - b!)).toEqual(ix.directed ? [u, v] : [Math.min(u, v), Math.max(u, v)]);
      }
      for (let p = ix.inOffsets[u]!; p < ix.inOffsets[u + 1]!; p++) {
        const t = ix.inSlotTies[p]!;
        inSeen[t]!++;
        expect(ix.inStrengths[p]).toBe(ix.tieStrengths[t]);
        if (ix.directed) {
          expect(ix.tieTargets[t]).toBe(u);
          expect(ix.tieSources[t]).toBe(ix.inNeighbors[p]);
        }
      }
    }
    const perTie = ix.directed ? 1 : 2;
    expect(Array.from(seen).every((c) => c === perTie)).toBe(true);
    expect(Array.from(inSeen).every((c) => c === perTie)).toBe(true);
  });

  test.prop([anyGraph.chain((desc) => fc.tuple(fc.constant(desc), arbReordered(desc)))], RUNS)(
    'reordering nodes and edges gives the same merged ties up to relabelling',
    ([desc, reordered]) => {
      const a = buildIndex(toGraphology(desc));
      const b = buildIndex(toGraphology(reordered));
      expect(b.keys).toEqual(reordered.nodes);
      expectSameTies(tiesByKey(b), tiesByKey(a));
      expect(b.stats).toEqual(a.stats);
      for (const key of desc.nodes) {
        expect(b.degree(b.id(key))).toBe(a.degree(a.id(key)));
        expect(b.inDegree(b.id(key))).toBe(a.inDegree(a.id(key)));
      }
    },
  );

  test.prop([anyGraph], RUNS)('renaming nodes renames the ties and keeps ids', (desc) => {
    const rename = (key: string) => `n:${key}`;
    const a = buildIndex(toGraphology(desc));
    const b = buildIndex(toGraphology(relabelDesc(desc, rename)));
    expect(b.keys).toEqual(a.keys.map(rename));
    expect(Array.from(b.offsets)).toEqual(Array.from(a.offsets));
    expect(Array.from(b.neighbors)).toEqual(Array.from(a.neighbors));
    expect(Array.from(b.strengths)).toEqual(Array.from(a.strengths));
  });

  test.prop([anyGraph], RUNS)('a mixed Graph holding one kind of edge gives the same index as the typed class', (desc) => {
    const typed = buildIndex(toGraphology(desc));
    const mixed = buildIndex(toGraphology(desc, { mixed: true }));
    // With no edges a mixed graph is read as undirected.
    expect(mixed.directed).toBe(desc.edges.length > 0 ? desc.directed : false);
    expect(Array.from(mixed.offsets)).toEqual(Array.from(typed.offsets));
    expect(Array.from(mixed.neighbors)).toEqual(Array.from(typed.neighbors));
    expect(Array.from(mixed.strengths)).toEqual(Array.from(typed.strengths));
  });

  test.prop([arbGraph({ multi: false, selfLoops: false, maxNodes: 12 })], RUNS)(
    'a simple graph keeps every edge as its own tie with its own strength',
    (desc: GraphDesc) => {
      const ix = buildIndex(toGraphology(desc));
      expect(ix.size).toBe(desc.edges.length);
      expect(ix.stats).toEqual({ selfLoopsDropped: 0, parallelEdgesMerged: 0 });
      const ties = tiesByKey(ix);
      for (const [s, t, w] of desc.edges) {
        const [a, b] = !desc.directed && t < s ? [t, s] : [s, t];
        expect(ties.get(`${a}\u0000${b}`)).toBe(w);
      }
    },
  );

  test.prop([anyGraph], RUNS)('getEdgeStrength: null marks the index unweighted and keeps the layout', (desc) => {
    const weighted = buildIndex(toGraphology(desc));
    const unweighted = buildIndex(toGraphology(desc), { getEdgeStrength: null });
    expect(unweighted.weighted).toBe(false);
    expect(Array.from(unweighted.neighbors)).toEqual(Array.from(weighted.neighbors));
    expect(Array.from(unweighted.offsets)).toEqual(Array.from(weighted.offsets));
    // Simple graphs: every strength is 1. (Multigraphs: see the .fails test in build-index.test.ts.)
    if (unweighted.stats.parallelEdgesMerged === 0) {
      expect(Array.from(unweighted.strengths).every((s) => s === 1)).toBe(true);
    }
  });
});
