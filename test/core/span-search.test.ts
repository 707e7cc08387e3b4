/**
 * The weighted span search of src/core/span-search.ts (spanAdjacency, centreSpans) against a
 * slow, obviously correct oracle: the tie removed, a plain O(n²) Dijkstra from one end. Every
 * tie of the graph is searched (the kernel does not need a local bridge), each from a centre
 * drawn at random among its two ends (so centres carry from one to many ties), with one
 * workspace reused across all centres, on graphs with hubs, equal distances and zero distances.
 */
import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { centreSpans, createSpanWorkspace, spanAdjacency } from '../../src/core/span-search.js';

interface Simple {
  n: number;
  /** Undirected ties [a, b, distance], a ≠ b, each pair once. */
  ties: [number, number, number][];
}

/** CSR arrays (neighbours sorted, as UndirectedTies has them) of a simple graph. */
function csr(g: Simple): { offsets: Uint32Array; neighbors: Uint32Array; slotDist: Float64Array } {
  const lists: [number, number][][] = Array.from({ length: g.n }, () => []);
  for (const [a, b, d] of g.ties) {
    lists[a]!.push([b, d]);
    lists[b]!.push([a, d]);
  }
  const offsets = new Uint32Array(g.n + 1);
  for (let x = 0; x < g.n; x++) offsets[x + 1] = offsets[x]! + lists[x]!.length;
  const neighbors = new Uint32Array(offsets[g.n]!);
  const slotDist = new Float64Array(offsets[g.n]!);
  for (let x = 0; x < g.n; x++) {
    lists[x]!.sort((p, q) => p[0] - q[0]).forEach(([y, d], i) => {
      neighbors[offsets[x]! + i] = y;
      slotDist[offsets[x]! + i] = d;
    });
  }
  return { offsets, neighbors, slotDist };
}

/** d_{G − skip}(from, to) by an O(n²) Dijkstra on a distance matrix. */
function oracle(g: Simple, skip: number, from: number, to: number): number {
  const w: number[][] = Array.from({ length: g.n }, () => new Array<number>(g.n).fill(Infinity));
  g.ties.forEach(([a, b, d], t) => {
    if (t === skip) return;
    w[a]![b] = d;
    w[b]![a] = d;
  });
  const dist = new Array<number>(g.n).fill(Infinity);
  const done = new Array<boolean>(g.n).fill(false);
  dist[from] = 0;
  for (;;) {
    let x = -1;
    for (let i = 0; i < g.n; i++) if (!done[i] && dist[i]! < Infinity && (x < 0 || dist[i]! < dist[x]!)) x = i;
    if (x < 0) return dist[to]!;
    done[x] = true;
    for (let y = 0; y < g.n; y++) if (dist[x]! + w[x]![y]! < dist[y]!) dist[y] = dist[x]! + w[x]![y]!;
  }
}

/**
 * Every tie's span by the kernel, one workspace for all: tie t is searched from centre a when
 * `fromSecond[t]` is false (from b otherwise), all ties of a centre in one call.
 */
function kernelSpans(g: Simple, fromSecond: boolean[] = []): number[] {
  const { offsets, neighbors, slotDist } = csr(g);
  const adjacency = spanAdjacency(offsets, neighbors, slotDist);
  const ws = createSpanWorkspace(adjacency);
  const byCentre = new Map<number, number[]>();
  g.ties.forEach(([a, b], t) => {
    const centre = adjacency.rank[fromSecond[t % Math.max(1, fromSecond.length)] ? b : a]!;
    byCentre.set(centre, [...(byCentre.get(centre) ?? []), t]);
  });
  const spans = new Array<number>(g.ties.length);
  for (const [centre, list] of byCentre) {
    // (centre, far end) per tie, as src/core/tie-span.ts lays the searches out.
    const ends = Uint32Array.from(list.flatMap((t) => {
      const [a, b] = g.ties[t]!;
      return [centre, adjacency.rank[a] === centre ? adjacency.rank[b]! : adjacency.rank[a]!];
    }));
    const out = new Float64Array(list.length);
    centreSpans(adjacency, centre, ends, 0, list.length, out, ws);
    list.forEach((t, i) => (spans[t] = out[i]!));
  }
  return spans;
}

/**
 * Random simple graphs: `n` nodes, a few hubs tied to many, random ties elsewhere; distances
 * drawn from small values (0, halves and integers: many equal path lengths, exact sums) or
 * from lognormal-like doubles.
 */
const graphs = fc
  .record({
    n: fc.integer({ min: 2, max: 40 }),
    hubs: fc.integer({ min: 0, max: 3 }),
    pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 160 }),
    exact: fc.boolean(),
    values: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 200 }),
    small: fc.array(fc.constantFrom(0, 0.5, 1, 1, 2, 3), { minLength: 1, maxLength: 200 }),
  })
  .map(({ n, hubs, pairs, exact, values, small }): Simple => {
    const seen = new Set<number>();
    const ties: [number, number, number][] = [];
    const add = (a: number, b: number) => {
      if (a === b || seen.has(Math.min(a, b) * n + Math.max(a, b))) return;
      seen.add(Math.min(a, b) * n + Math.max(a, b));
      const i = ties.length;
      ties.push([a, b, exact ? small[i % small.length]! : Math.exp(values[i % values.length]!)]);
    };
    for (let h = 0; h < Math.min(hubs, n); h++) for (let x = 0; x < n; x += 1 + (h % 2)) add(h, x);
    for (const [a, b] of pairs) add(a % n, b % n);
    return { n, ties };
  });

describe('weighted span search (centreSpans)', () => {
  test.prop([graphs, fc.array(fc.boolean(), { maxLength: 30 })], { numRuns: 400 })('equals a plain Dijkstra without the tie, for every tie', (g, fromSecond) => {
    const spans = kernelSpans(g, fromSecond);
    g.ties.forEach(([a, b], t) => {
      const expected = oracle(g, t, a, b);
      const got = spans[t]!;
      if (expected === Infinity || expected === 0) expect(got).toBe(expected);
      else expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-12 * expected);
    });
  });

  it('skips only the tie itself: a square gives every side the other three', () => {
    const g: Simple = { n: 4, ties: [[0, 1, 1], [1, 2, 2], [2, 3, 3], [3, 0, 4]] };
    expect(kernelSpans(g)).toEqual([9, 8, 7, 6]);
  });

  it('finds paths of length 0 and returns Infinity across a global bridge', () => {
    // 0–1 (0), 1–2 (0), 2–0 (5), 2–3 (1): span(2, 0) = 0 through 1; 2–3 is a global bridge.
    const g: Simple = { n: 4, ties: [[0, 1, 0], [1, 2, 0], [2, 0, 5], [2, 3, 1]] };
    expect(kernelSpans(g)).toEqual([5, 5, 0, Infinity]);
  });

  it('spanAdjacency renumbers nodes in breadth-first order and sorts each list by distance', () => {
    // A star around 3 (the hub, numbered 0) with a tail 0–4.
    const g: Simple = { n: 5, ties: [[3, 0, 2], [3, 1, 0.5], [3, 2, 1], [0, 4, 1]] };
    const { offsets, neighbors, slotDist } = csr(g);
    const adjacency = spanAdjacency(offsets, neighbors, slotDist);
    expect(Array.from(adjacency.rank)).toEqual([1, 2, 3, 0, 4]);
    const lists = Array.from({ length: 5 }, (_, x) => {
      const out: [number, number][] = [];
      for (let p = adjacency.offsets[x]!; p < adjacency.offsets[x + 1]!; p++) out.push([adjacency.arcs[2 * p]!, adjacency.arcs[2 * p + 1]!]);
      return out;
    });
    // Hub (new 0): ties to old 1 (0.5, new 2), old 2 (1, new 3), old 0 (2, new 1), by distance.
    expect(lists[0]).toEqual([[0.5, 2], [1, 3], [2, 1]]);
    expect(lists[1]).toEqual([[1, 4], [2, 0]]);
    expect(lists[4]).toEqual([[1, 1]]);
  });
});
