/**
 * Properties of moderatelyWeakTies on random graphs (STYLE.md §9, layer 3; METRICS.md §3.15),
 * against a naive oracle (sets of neighbours, O(k²) percentiles).
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { moderatelyWeakTies } from '../../src/ties/moderately-weak-ties.js';
import { arbGraph, toGraphology, type GraphDesc } from '../arbitraries.js';

const RUNS = { numRuns: 100 };
const anyGraph = arbGraph({ multi: true, selfLoops: true, minNodes: 1, maxNodes: 12 });

/** Contacts (in ∪ out) with merged strengths a_ij + a_ji, self-loops dropped. */
function contacts(desc: GraphDesc): Map<string, Map<string, number>> {
  const out = new Map(desc.nodes.map((v) => [v, new Map<string, number>()]));
  for (const [s, t, w] of desc.edges) {
    if (s === t) continue;
    out.get(s)!.set(t, (out.get(s)!.get(t) ?? 0) + w);
    out.get(t)!.set(s, (out.get(t)!.get(s) ?? 0) + w);
  }
  return out;
}

const arbCase = anyGraph.chain((desc) =>
  fc.tuple(
    fc.constant(desc),
    fc.constantFrom(...desc.nodes),
    fc.constantFrom('embeddedness' as const, 'strength' as const),
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
  ),
);

describe('moderatelyWeakTies: properties', () => {
  test.prop([arbCase], RUNS)('equals a naive oracle: common neighbours, mid-rank percentiles, band filter', ([desc, ego, measure, [x, y]]) => {
    const band: [number, number] = [Math.min(x, y), Math.max(x, y)];
    const c = contacts(desc);
    const mine = c.get(ego)!;
    const k = mine.size;
    const rows = [...mine].map(([j, strength]) => ({
      contact: j,
      strength,
      embeddedness: [...c.get(j)!.keys()].filter((q) => mine.has(q)).length,
    }));
    const value = (r: (typeof rows)[number]) => (measure === 'embeddedness' ? r.embeddedness : r.strength);
    const expected = new Map(
      rows.map((r) => {
        const below = rows.filter((q) => value(q) < value(r)).length;
        const equal = rows.filter((q) => value(q) === value(r)).length;
        return [r.contact, { ...r, percentile: (below + equal / 2) / k }];
      }),
    );
    const graph = toGraphology(desc);
    const all = moderatelyWeakTies(graph, ego, { measure, band: [0, 1] });
    expect(all.length).toBe(k);
    let sum = 0;
    for (const t of all) {
      const e = expected.get(t.contact)!;
      expect(t.embeddedness).toBe(e.embeddedness);
      expect(Math.abs(t.strength - e.strength)).toBeLessThanOrEqual(1e-12 * e.strength);
      expect(t.percentile).toBeCloseTo(e.percentile, 14);
      expect(t.percentile).toBeGreaterThan(0);
      expect(t.percentile).toBeLessThan(1);
      sum += t.percentile;
    }
    // Mid-rank percentiles average exactly ½: Σ (r − ½) / k = (k(k+1)/2 − k/2) / k = k/2.
    if (k > 0) expect(sum / k).toBeCloseTo(0.5, 12);
    // Sorted by percentile ascending.
    for (let i = 1; i < all.length; i++) expect(all[i]!.percentile).toBeGreaterThanOrEqual(all[i - 1]!.percentile);
    const selected = moderatelyWeakTies(buildIndex(graph), ego, { measure, band });
    expect(selected).toEqual(all.filter((t) => t.percentile >= band[0] && t.percentile <= band[1]));
  });
});
