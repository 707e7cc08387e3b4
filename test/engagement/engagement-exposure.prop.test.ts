/**
 * Properties of engagementExposure on random graphs with random scores (STYLE.md §9, layer 3),
 * against a naive oracle. fast-check prints the seed and the shrunk counterexample on failure.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { assignEngagementExposure, engagementExposure } from '../../src/engagement/engagement-exposure.js';
import { arbGraph, toGraphology, type GraphDesc } from '../arbitraries.js';

const RUNS = { numRuns: 100 };

const arbCase = arbGraph({ multi: true, selfLoops: true, maxNodes: 12 }).chain((desc) =>
  fc.tuple(
    fc.constant(desc),
    fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }), { minLength: desc.nodes.length, maxLength: desc.nodes.length }),
    fc.integer({ min: 0, max: 10 }),
    fc.double({ min: 0.25, max: 8, noNaN: true }),
  ),
);

function scoresOf(desc: GraphDesc, scores: (number | undefined)[]): Record<string, number> {
  const out: Record<string, number> = {};
  desc.nodes.forEach((node, i) => {
    if (scores[i] !== undefined) Object.defineProperty(out, node, { value: scores[i], enumerable: true, writable: true, configurable: true });
  });
  return out;
}

function close(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

describe('engagementExposure: properties', () => {
  test.prop([arbCase], RUNS)('equals a naive oracle; counts add up; exposure lies between the lowest and highest colleague score', ([desc, raw, threshold, lambda]) => {
    fc.pre(desc.nodes.length === 0 || raw.some((x) => x !== undefined)); // nobody scored is refused (unit-tested)
    const engagement = scoresOf(desc, raw);
    const graph = toGraphology(desc);
    const result = engagementExposure(graph, { engagement, engagementThreshold: threshold, negativityWeight: lambda });
    // Naive: contacts with merged strengths a_ij + a_ji (self-loops dropped).
    const contacts = new Map(desc.nodes.map((v) => [v, new Map<string, number>()]));
    for (const [s, t, w] of desc.edges) {
      if (s === t) continue;
      contacts.get(s)!.set(t, (contacts.get(s)!.get(t) ?? 0) + w);
      contacts.get(t)!.set(s, (contacts.get(t)!.get(s) ?? 0) + w);
    }
    for (const [node, mine] of contacts) {
      let num = 0, den = 0, pnum = 0, pden = 0, down = 0, up = 0, skip = 0, downStrength = 0;
      let lo = Infinity, hi = -Infinity;
      for (const [j, w] of mine) {
        const e = Object.prototype.hasOwnProperty.call(engagement, j) ? engagement[j]! : undefined;
        if (e === undefined) {
          skip++;
          continue;
        }
        const l = e < threshold ? lambda : 1;
        if (e < threshold) {
          down++;
          downStrength += w;
        } else up++;
        num += l * w * e;
        den += l * w;
        pnum += w * e;
        pden += w;
        lo = Math.min(lo, e);
        hi = Math.max(hi, e);
      }
      const r = result[node]!;
      expect([r.contacts, r.engaged, r.disengaged, r.unscored]).toEqual([mine.size, up, down, skip]);
      expect(r.engaged + r.disengaged + r.unscored).toBe(r.contacts);
      const scored = up + down;
      expect(close(r.exposure, scored ? num / den : NaN), `exposure of ${node}`).toBe(true);
      expect(close(r.meanEngagement, scored ? pnum / pden : NaN)).toBe(true);
      expect(close(r.disengagedStrengthShare, scored ? downStrength / pden : NaN)).toBe(true);
      expect(close(r.balance, r.exposure - threshold)).toBe(true);
      if (scored) {
        expect(r.exposure).toBeGreaterThanOrEqual(lo - 1e-9);
        expect(r.exposure).toBeLessThanOrEqual(hi + 1e-9);
        // A negativity weight ≥ 1 can only pull the exposure down from the plain mean.
        if (lambda >= 1) expect(r.exposure).toBeLessThanOrEqual(r.meanEngagement + 1e-9);
      }
    }
  });

  test.prop([arbCase, fc.double({ min: 0.01, max: 100, noNaN: true })], RUNS)(
    'scaling every strength by c changes nothing; graph, index and assign agree',
    ([desc, raw, threshold, lambda], c) => {
      fc.pre(desc.nodes.length === 0 || raw.some((x) => x !== undefined));
      const engagement = scoresOf(desc, raw);
      const weighted = { ...desc, weighted: true };
      const graph = toGraphology(weighted);
      const base = engagementExposure(graph, { engagement, engagementThreshold: threshold, negativityWeight: lambda });
      const scaled = engagementExposure(toGraphology({ ...weighted, edges: weighted.edges.map(([s, t, w]) => [s, t, w * c]) }), {
        engagement,
        engagementThreshold: threshold,
        negativityWeight: lambda,
      });
      const indexed = engagementExposure(buildIndex(graph), { engagement, engagementThreshold: threshold, negativityWeight: lambda });
      expect(indexed).toEqual(base);
      for (const node of Object.keys(base)) {
        for (const key of ['exposure', 'meanEngagement', 'disengagedStrengthShare'] as const) {
          expect(close(scaled[node]![key], base[node]![key]), `${key} of ${node}`).toBe(true);
        }
      }
      assignEngagementExposure(graph, { engagement, engagementThreshold: threshold, negativityWeight: lambda });
      graph.forEachNode((node, attributes) => expect(Object.is(attributes.engagementExposure, base[node]!.exposure)).toBe(true));
    },
  );
});
