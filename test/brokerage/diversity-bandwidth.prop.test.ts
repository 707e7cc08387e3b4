/**
 * Properties of diversityBandwidth on random graphs (STYLE.md §9, layer 3; METRICS.md §3.14).
 * fast-check prints the seed and the shrunk counterexample on failure.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { assignDiversityBandwidth, diversityBandwidth } from '../../src/brokerage/diversity-bandwidth.js';
import { constraint } from '../../src/brokerage/constraint.js';
import { buildIndex } from '../../src/core/build-index.js';
import { arbGraph, arbReordered, toGraphology, type GraphDesc } from '../arbitraries.js';

const RUNS = { numRuns: 100 };
const anyGraph = arbGraph({ multi: true, selfLoops: true, maxNodes: 12 });

function close(a: number | undefined, b: number | undefined, rtol = 1e-9): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= rtol * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

function scaled(desc: GraphDesc, c: number): GraphDesc {
  return { ...desc, weighted: true, edges: desc.edges.map(([s, t, w]) => [s, t, w * c]) };
}

describe('diversityBandwidth: properties', () => {
  test.prop([anyGraph], RUNS)('entropy diversity lies in [0, 1], and is NaN exactly for isolates', (desc) => {
    for (const profile of Object.values(diversityBandwidth(toGraphology(desc), { diversity: 'entropy' }))) {
      if (profile.contacts === 0) {
        expect(profile.diversity).toBeNaN();
        expect(profile.bandwidth).toBeNaN();
      } else {
        expect(profile.diversity).toBeGreaterThanOrEqual(0);
        expect(profile.diversity).toBeLessThanOrEqual(1);
        expect(profile.bandwidth).toBeGreaterThan(0);
      }
    }
  });

  test.prop([anyGraph], RUNS)("constraint diversity is 1 − constraint(graph), at most 1", (desc) => {
    const graph = toGraphology(desc);
    const c = constraint(graph);
    for (const [node, profile] of Object.entries(diversityBandwidth(graph))) {
      expect(close(profile.diversity, 1 - c[node]!), node).toBe(true);
      if (profile.contacts > 0) expect(profile.diversity).toBeLessThanOrEqual(1 + 1e-12);
    }
  });

  test.prop([anyGraph, fc.double({ min: 0.01, max: 100, noNaN: true })], RUNS)(
    'scaling every strength by c leaves diversity unchanged and multiplies bandwidth by c',
    (desc, c) => {
      const weighted = { ...desc, weighted: true };
      for (const diversity of ['constraint', 'entropy'] as const) {
        const before = diversityBandwidth(toGraphology(weighted), { diversity });
        const after = diversityBandwidth(toGraphology(scaled(weighted, c)), { diversity });
        for (const node of Object.keys(before)) {
          expect(close(after[node]!.diversity, before[node]!.diversity, 1e-8), `${diversity} ${node}`).toBe(true);
          expect(close(after[node]!.bandwidth, before[node]!.bandwidth * c), node).toBe(true);
        }
      }
    },
  );

  test.prop([anyGraph.chain((desc) => fc.tuple(fc.constant(desc), arbReordered(desc)))], RUNS)(
    'does not depend on node or edge order; graph, index and assign agree',
    ([desc, reordered]) => {
      for (const diversity of ['constraint', 'entropy'] as const) {
        const graph = toGraphology(desc);
        const a = diversityBandwidth(graph, { diversity });
        const b = diversityBandwidth(buildIndex(toGraphology(reordered)), { diversity });
        expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
        for (const node of Object.keys(a)) {
          expect(close(a[node]!.diversity, b[node]!.diversity), node).toBe(true);
          expect(close(a[node]!.bandwidth, b[node]!.bandwidth), node).toBe(true);
          expect(a[node]!.contacts).toBe(b[node]!.contacts);
        }
        assignDiversityBandwidth(graph, { diversity });
        graph.forEachNode((node, attributes) => {
          expect(Object.is(attributes.diversity, a[node]!.diversity)).toBe(true);
          expect(Object.is(attributes.bandwidth, a[node]!.bandwidth)).toBe(true);
        });
      }
    },
  );
});
