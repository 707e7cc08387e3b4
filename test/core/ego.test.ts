/**
 * The ego-network kernels of src/core/ego.ts: the contact lists (in ∪ out, mutual strengths),
 * and every kernel against the naive oracle of test/oracles/burt.naive.ts on random graphs
 * (STYLE.md §9, layer 4). fast-check prints the seed and the shrunk counterexample on failure.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { buildIndex } from '../../src/core/build-index.js';
import {
  BURT_CONSTRAINT,
  BURT_EFFECTIVE_SIZE,
  BURT_EFFICIENCY,
  BURT_HIERARCHY,
  BURT_REDUNDANCY,
  burtKernel,
  dyadicConstraintKernel,
  egoBetweennessKernel,
  egoContacts,
  type BurtModel,
} from '../../src/core/ego.js';
import { arbGraph, toGraphology } from '../arbitraries.js';
import { naiveBurt, naiveEgoBetweenness } from '../oracles/burt.naive.js';

const RUNS = { numRuns: 100 };
const ALL = BURT_CONSTRAINT | BURT_REDUNDANCY | BURT_EFFECTIVE_SIZE | BURT_EFFICIENCY | BURT_HIERARCHY;

/** Both NaN, or |a − b| ≤ 1e-9 · max(|a|, |b|) + 1e-12 (the absolute floor covers hierarchy ≈ 0). */
function close(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

/** Random graphs of every kind: directed or not, parallel edges, self-loops, isolates. */
const anyGraph = arbGraph({ multi: true, selfLoops: true, maxNodes: 10 });

describe('egoContacts', () => {
  it('merges out- and in-neighbours of a directed graph, summing the strengths of reciprocal arcs', () => {
    const g = new DirectedGraph();
    g.mergeEdge('a', 'b', { weight: 2 });
    g.mergeEdge('b', 'a', { weight: 1 });
    g.mergeEdge('c', 'a', { weight: 3 }); // a has c as an in-neighbour only
    g.mergeEdge('a', 'd', { weight: 4 });
    const index = buildIndex(g);
    const c = egoContacts(index);
    const a = index.id('a');
    const list = (v: number) =>
      Array.from(c.neighbors.subarray(c.offsets[v]!, c.offsets[v + 1]!), (x, p) => [index.keys[x], c.strengths[c.offsets[v]! + p]]);
    expect(list(a)).toEqual([['b', 3], ['c', 3], ['d', 4]]);
    expect(list(index.id('c'))).toEqual([['a', 3]]); // an out-only node
    expect(list(index.id('d'))).toEqual([['a', 4]]); // an in-only node is not isolated (NetworkX #2661)
    expect(c.totals[a]).toBe(10);
    expect(c.maxima[a]).toBe(4);
    expect(c.maxDegree).toBe(3);
  });

  it('reuses the adjacency of an undirected index (w_ij = a_ij; the factor 2 of a_ij + a_ji cancels in every ratio)', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b', { weight: 2 });
    g.addNode('z');
    const index = buildIndex(g);
    const c = egoContacts(index);
    expect(c.neighbors).toBe(index.neighbors);
    expect(c.strengths).toBe(index.strengths);
    expect(c.totals[index.id('z')]).toBe(0);
    expect(c.maxima[index.id('z')]).toBe(0);
  });
});

describe('burtKernel', () => {
  it('writes only the requested outputs and NaN for isolates', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b');
    g.addNode('z');
    const index = buildIndex(g);
    const v = burtKernel(egoContacts(index), 'whole', BURT_HIERARCHY);
    expect(v.constraint).toBeNull();
    expect(v.redundancy).toBeNull();
    expect(v.effectiveSize).toBeNull();
    expect(v.efficiency).toBeNull();
    expect(Array.from(v.hierarchy!)).toEqual([1, 1, NaN]);
  });

  test.prop([anyGraph, fc.constantFrom<BurtModel>('whole', 'ego'), fc.boolean()], RUNS)(
    'equals the naive formulas of every measure, for both models, weighted or not',
    (desc, model, weighted) => {
      const index = buildIndex(toGraphology(desc), { getEdgeStrength: weighted ? 'weight' : null });
      const v = burtKernel(egoContacts(index), model, ALL);
      const expected = naiveBurt(desc, weighted, model);
      for (let i = 0; i < index.order; i++) {
        const e = expected.get(index.keys[i]!)!;
        const what = `${JSON.stringify(index.keys[i])} (${model}, ${weighted ? 'weighted' : 'unweighted'})`;
        expect(close(v.constraint![i]!, e.constraint), `constraint of ${what}: ${v.constraint![i]} vs ${e.constraint}`).toBe(true);
        expect(close(v.redundancy![i]!, e.redundancy), `redundancy of ${what}`).toBe(true);
        expect(close(v.effectiveSize![i]!, e.effectiveSize), `effective size of ${what}`).toBe(true);
        expect(close(v.efficiency![i]!, e.efficiency), `efficiency of ${what}`).toBe(true);
        expect(close(v.hierarchy![i]!, e.hierarchy), `hierarchy of ${what}: ${v.hierarchy![i]} vs ${e.hierarchy}`).toBe(true);
      }
    },
  );

  test.prop([anyGraph, fc.constantFrom<BurtModel>('whole', 'ego')], RUNS)(
    'gives the same values whichever outputs are requested together',
    (desc, model) => {
      const c = egoContacts(buildIndex(toGraphology(desc)));
      const all = burtKernel(c, model, ALL);
      expect(burtKernel(c, model, BURT_CONSTRAINT).constraint).toEqual(all.constraint);
      expect(burtKernel(c, model, BURT_EFFECTIVE_SIZE).effectiveSize).toEqual(all.effectiveSize);
      expect(burtKernel(c, model, BURT_HIERARCHY).hierarchy).toEqual(all.hierarchy);
    },
  );
});

describe('dyadicConstraintKernel', () => {
  test.prop([anyGraph.filter((d) => d.nodes.length > 0), fc.constantFrom<BurtModel>('whole', 'ego'), fc.nat()], RUNS)(
    'equals the naive c_ij of one node, aligned with its contact list',
    (desc, model, pick) => {
      const index = buildIndex(toGraphology(desc));
      const c = egoContacts(index);
      const node = pick % index.order;
      const values = dyadicConstraintKernel(c, node, model);
      const expected = naiveBurt(desc, true, model).get(index.keys[node]!)!.dyadic;
      expect(values.length).toBe(expected.size);
      for (let a = 0; a < values.length; a++) {
        const j = index.keys[c.neighbors[c.offsets[node]! + a]!]!;
        expect(expected.has(j)).toBe(true);
        expect(close(values[a]!, expected.get(j)!), `c(${index.keys[node]}, ${j})`).toBe(true);
      }
    },
  );
});

describe('egoBetweennessKernel', () => {
  test.prop([anyGraph], RUNS)('equals betweenness inside the induced ego network (naive all-pairs search)', (desc) => {
    const index = buildIndex(toGraphology(desc));
    const values = egoBetweennessKernel(index, egoContacts(index));
    const expected = naiveEgoBetweenness(desc);
    for (let i = 0; i < index.order; i++) {
      const e = expected.get(index.keys[i]!)!;
      expect(close(values[i]!, e), `${JSON.stringify(index.keys[i])}: ${values[i]} vs ${e}`).toBe(true);
    }
  });

  test.prop([arbGraph({ directed: true, maxNodes: 12, maxEdges: 60 })], RUNS)(
    'equals the naive value on denser directed graphs (geodesics longer than 2 through ego)',
    (desc) => {
      const index = buildIndex(toGraphology(desc));
      const values = egoBetweennessKernel(index, egoContacts(index));
      const expected = naiveEgoBetweenness(desc);
      for (let i = 0; i < index.order; i++) expect(close(values[i]!, expected.get(index.keys[i]!)!)).toBe(true);
    },
  );
});
