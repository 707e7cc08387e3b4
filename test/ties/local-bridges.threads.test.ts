/**
 * localBridges over worker threads (slow suite: starts workers): the span searches split into 64
 * fixed ranges give the same spans, bit for bit, on 1, 2 and 3 threads and with 'auto', weighted
 * and in hops, and they equal the naive oracle (a plain Dijkstra without the tie) on a sample.
 */
import { describe, expect, it } from 'vitest';
import { indexFromArrays } from '../../benchmarks/harness.js';
import type { CsrIndex } from '../../src/core/csr.js';
import { createRng } from '../../src/core/random.js';
import { localBridges } from '../../src/ties/local-bridges.js';

/** A seeded sparse random graph: 4,000 people, 12,000 ties, lognormal strengths, a few hubs. */
function randomIndex(): CsrIndex {
  const n = 4000;
  const rng = createRng(7);
  const seen = new Set<number>();
  const sources: number[] = [];
  const targets: number[] = [];
  const strengths: number[] = [];
  while (sources.length < 12_000) {
    const a = rng() < 0.1 ? Math.floor(rng() * 20) : Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a === b || seen.has(Math.min(a, b) * n + Math.max(a, b))) continue;
    seen.add(Math.min(a, b) * n + Math.max(a, b));
    sources.push(a);
    targets.push(b);
    const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    strengths.push(Math.exp(z));
  }
  return indexFromArrays(n, sources.length, Uint32Array.from(sources), Uint32Array.from(targets), Float64Array.from(strengths));
}

/** d(from, to) without the tie from–to, by a plain O(n²) Dijkstra on the index. */
function naiveSpan(index: CsrIndex, from: number, to: number): number {
  const n = index.order;
  const dist = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  dist[from] = 0;
  for (;;) {
    let x = -1;
    for (let i = 0; i < n; i++) if (done[i] === 0 && dist[i]! < Infinity && (x < 0 || dist[i]! < dist[x]!)) x = i;
    if (x < 0) return dist[to]!;
    done[x] = 1;
    for (let p = index.offsets[x]!; p < index.offsets[x + 1]!; p++) {
      const y = index.neighbors[p]!;
      if ((x === from && y === to) || (x === to && y === from)) continue;
      const alt = dist[x]! + 1 / index.strengths[p]!;
      if (alt < dist[y]!) dist[y] = alt;
    }
  }
}

describe('localBridges threads', () => {
  const index = randomIndex();

  it('gives identical spans on 1, 2 and 3 threads and with auto, weighted and in hops', () => {
    for (const getEdgeDistance of [undefined, null]) {
      const one = localBridges(index, { threads: 1, getEdgeDistance });
      expect(one.length).toBeGreaterThan(5000);
      expect(one.filter((b) => b.span !== Infinity).length).toBeGreaterThan(5000);
      for (const threads of [2, 3, 'auto'] as const) expect(localBridges(index, { threads, getEdgeDistance })).toEqual(one);
    }
  });

  it('equals a plain Dijkstra without the tie on a sample of the local bridges', () => {
    const found = localBridges(index, { threads: 2 });
    for (let i = 0; i < found.length; i += 400) {
      const { source, target, span } = found[i]!;
      const expected = naiveSpan(index, Number(source.slice(1)), Number(target.slice(1)));
      if (expected === Infinity) expect(span).toBe(Infinity);
      else expect(Math.abs(span - expected)).toBeLessThanOrEqual(1e-12 * expected);
    }
  });
});
