/**
 * Unit tests of recommendIntroductions: the standard cases (STYLE.md §9), hand-computed values
 * on F2 "org" with the arithmetic, and the oracle test of METRICS.md §3.13: every incremental Δ
 * (constraint and 2-step reach, both endpoints) equals a full recomputation on the graph with
 * the tie added (`constraint` and a breadth-first search); referral value equals referralValue
 * called on that graph with the same seed.
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { recommendIntroductions, RECOMMEND_INTRODUCTIONS_DEFAULTS } from '../../src/recommend/recommend-introductions.js';
import { constraint } from '../../src/brokerage/constraint.js';
import { referralValue } from '../../src/referral/referral-value.js';
import { buildIndex } from '../../src/core/build-index.js';
import { arbGraph, toGraphology } from '../arbitraries.js';

/** METRICS.md §1.4 F2 "org". */
function org(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const n of ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'z']) g.addNode(n);
  const edges: [string, string, number][] = [
    ['a1', 'a2', 3], ['a1', 'a3', 2], ['a2', 'a3', 1], ['a3', 'b1', 1], ['b1', 'b2', 4], ['b2', 'c1', 1], ['a2', 'b2', 1],
  ];
  for (const [u, v, weight] of edges) g.addEdge(u, v, { weight });
  return g;
}

async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code?: string; option?: string };
    return `${e.code}${e.option ? `:${e.option}` : ''}`;
  }
  return 'no error';
}

/** The merged graph with the tie person–candidate of `strength` added (both arcs when directed). */
function withTie(graph: AbstractGraph, u: string, w: string, strength: number): AbstractGraph {
  const copy = graph.copy();
  if (graph.type === 'directed' || (graph.type !== 'undirected' && graph.directedSize > 0)) {
    copy.addDirectedEdge(u, w, { weight: strength });
    copy.addDirectedEdge(w, u, { weight: strength });
  } else {
    copy.addUndirectedEdge(u, w, { weight: strength });
  }
  return copy;
}

/** People within two steps of v along arcs (v excluded), by breadth-first search on graphology. */
function naiveReach2(graph: AbstractGraph, v: string): number {
  const out = (x: string) => (graph.type === 'directed' ? graph.outNeighbors(x) : graph.neighbors(x));
  const seen = new Set<string>([v]);
  for (const x of out(v)) {
    seen.add(x);
    for (const y of out(x)) seen.add(y);
  }
  return seen.size - 1;
}

/** Hop distances from v along arcs. */
function naiveDistances(graph: AbstractGraph, v: string): Map<string, number> {
  const out = (x: string) => (graph.type === 'directed' ? graph.outNeighbors(x) : graph.neighbors(x));
  const dist = new Map([[v, 0]]);
  const queue = [v];
  while (queue.length) {
    const x = queue.shift()!;
    for (const y of out(x)) {
      if (!dist.has(y)) {
        dist.set(y, dist.get(x)! + 1);
        queue.push(y);
      }
    }
  }
  return dist;
}

describe('recommendIntroductions', () => {
  describe('standard cases', () => {
    it('rejects a non-graph with InvalidGraphError', async () => {
      expect(await errorOf(recommendIntroductions({} as never, 'a'))).toBe('E_INVALID_GRAPH');
    });

    it('rejects an absent person with NodeNotFoundError (also on an empty graph)', async () => {
      expect(await errorOf(recommendIntroductions(org(), 'nobody'))).toBe('E_NODE_NOT_FOUND');
      expect(await errorOf(recommendIntroductions(new UndirectedGraph(), 'a'))).toBe('E_NODE_NOT_FOUND');
    });

    it('returns [] for an isolate, and for a person whose whole component is their contacts', async () => {
      expect(await recommendIntroductions(org(), 'z')).toEqual([]);
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b');
      g.mergeEdge('a', 'c');
      g.mergeEdge('b', 'c');
      expect(await recommendIntroductions(g, 'a')).toEqual([]);
    });

    it('ignores self-loops, and gives the same result for the graph and an index', async () => {
      const g = org();
      const looped = new UndirectedGraph({ allowSelfLoops: true });
      looped.import(g.export());
      looped.addEdge('a1', 'a1', { weight: 9 });
      const expected = await recommendIntroductions(g, 'a1');
      expect(await recommendIntroductions(looped, 'a1')).toEqual(expected);
      expect(await recommendIntroductions(buildIndex(g), 'a1')).toEqual(expected);
    });

    it('has frozen defaults: constraint, 10, median strength, ≤ 3 hops, seed 42', () => {
      expect(Object.isFrozen(RECOMMEND_INTRODUCTIONS_DEFAULTS)).toBe(true);
      expect(RECOMMEND_INTRODUCTIONS_DEFAULTS).toMatchObject({ objective: 'constraint', limit: 10, newTieStrength: 'median', maxHops: 3, seed: 42 });
    });

    it('rejects bad options with InvalidOptionError naming the option', async () => {
      const g = org();
      expect(await errorOf(recommendIntroductions(g, 'a1', { objective: 'closure' as never }))).toBe('E_INVALID_OPTION:objective');
      expect(await errorOf(recommendIntroductions(g, 'a1', { limit: 0 }))).toBe('E_INVALID_OPTION:limit');
      expect(await errorOf(recommendIntroductions(g, 'a1', { maxHops: 1 }))).toBe('E_INVALID_OPTION:maxHops');
      expect(await errorOf(recommendIntroductions(g, 'a1', { maxDistance: 2 } as never))).toBe('E_INVALID_OPTION:maxDistance');
      expect(await errorOf(recommendIntroductions(g, 'a1', { candidates: 'b1' as never }))).toBe('E_INVALID_OPTION:candidates');
      expect(await errorOf(recommendIntroductions(g, 'a1', { candidates: ['nobody'] }))).toBe('E_NODE_NOT_FOUND');
      expect(await errorOf(recommendIntroductions(g, 'a1', { seed: 0.5 }))).toBe('E_INVALID_OPTION:seed');
      expect(await errorOf(recommendIntroductions(g, 'a1', { seed: 1, rng: () => 0.5 }))).toBe('E_INVALID_OPTION:seed');
      expect(await errorOf(recommendIntroductions(g, 'a1', { getEdgeStrength: 'wieght' }))).toBe('E_INVALID_OPTION:getEdgeStrength');
      expect(await errorOf(recommendIntroductions(buildIndex(g), 'a1', { getEdgeStrength: 'weight' }))).toBe('E_INVALID_OPTION:getEdgeStrength');
      expect(await errorOf(recommendIntroductions(g, 'a1', { newTieStrength: 0 }))).toBe('E_INVALID_OPTION:newTieStrength');
      expect(await errorOf(recommendIntroductions(g, 'a1', { newTieStrength: 'mean' as never }))).toBe('E_INVALID_OPTION:newTieStrength');
      expect(await errorOf(recommendIntroductions(g, 'a1', { objective: 'referralValue', referralValue: { walkers: 3 } as never }))).toBe(
        'E_INVALID_OPTION:walkers',
      );
    });
  });

  describe('F2 org, person a1 (median tie strength 1)', () => {
    it("objective 'constraint' ranks c1 first: C(a1) 0.7604 → 0.5558", async () => {
      // With a1–c1 (s = 1): S_a1 = 3 + 2 + 1 = 6, so p(a1,a2) = 1/2, p(a1,a3) = 1/3, p(a1,c1) = 1/6; S_c1 = 1 + 1 = 2.
      // c(a2) = (1/2 + p(a1,a3)·p(a3,a2))² = (1/2 + 1/3·1/4)² = (7/12)² = 0.340278
      // c(a3) = (1/3 + p(a1,a2)·p(a2,a3))² = (1/3 + 1/2·1/5)² = (13/30)² = 0.187778
      // c(c1) = (1/6)² = 0.027778 (c1 shares no contact with a1);  C = 0.555833, gain = 0.7604 − 0.555833 = 0.204567.
      const recs = await recommendIntroductions(org(), 'a1');
      expect(recs.map((r) => r.candidate)).toEqual(['c1', 'b1', 'b2']);
      const [top] = recs;
      expect(top!.forPerson.constraint.before).toBeCloseTo(0.7604, 12);
      expect(top!.forPerson.constraint.after).toBeCloseTo(49 / 144 + 169 / 900 + 1 / 36, 12);
      expect(top!.gain).toBeCloseTo(0.7604 - (49 / 144 + 169 / 900 + 1 / 36), 12);
      // c1 was a pendant on b2 (C = 1); with a1 (s 1) too its two contacts share nothing: C = 1/4 + 1/4.
      expect(top!.forCandidate.constraint).toEqual({ before: 1, after: 0.5, change: -0.5 });
      expect(top!.distance).toBe(3);
      // Warmest 3-hop chain a1 → a2 → b2 → c1 = 3/4 · 1/4 · 1/4 (a1 → a3 → b1 is not 3 hops to c1).
      expect(top!.through).toBe('a2');
      expect(top!.introductionProbability).toBeCloseTo(0.046875, 15);
    });

    it("objective 'reach': b2 adds c1 (+1), c1 adds itself (+1), b1 adds nobody new", async () => {
      // R₂(a1) = {a2, a3, b1, b2} = 4. Meeting b2: b2 and its contacts a2, b1, c1 → c1 new: +1.
      // Meeting c1: c1 itself is new, its contact b2 is not: +1. Meeting b1: b1, a3, b2 all known: 0.
      // Tie on gain 1: the warmer introduction first (b2 via a2: 3/4 · 1/4 = 0.1875 > 0.046875).
      const recs = await recommendIntroductions(org(), 'a1', { objective: 'reach' });
      expect(recs.map((r) => [r.candidate, r.gain])).toEqual([['b2', 1], ['c1', 1], ['b1', 0]]);
      expect(recs[0]!.forPerson.reach).toEqual({ before: 4, after: 5, change: 1 });
      // b2's side: R₂(b2) = {a2, b1, c1, a1, a3} = 5 already.
      expect(recs[0]!.forCandidate.reach).toEqual({ before: 5, after: 5, change: 0 });
    });

    it('through: the best common contact at distance 2 ranks by p_uv·p_vw (METRICS.md §3.12)', async () => {
      // a1 → b2: via a2 only (a1–a2 3/4 · a2–b2 1/4 = 0.1875). a1 → b1: via a3 (2/4 · 1/4 = 0.125).
      const recs = await recommendIntroductions(org(), 'a1', { objective: 'reach' });
      const byCandidate = Object.fromEntries(recs.map((r) => [r.candidate, r]));
      expect(byCandidate.b2!.through).toBe('a2');
      expect(byCandidate.b2!.introductionProbability).toBeCloseTo(0.1875, 15);
      expect(byCandidate.b1!.through).toBe('a3');
      expect(byCandidate.b1!.introductionProbability).toBeCloseTo(0.125, 15);
    });

    it('limit, maxHops and newTieStrength', async () => {
      expect((await recommendIntroductions(org(), 'a1', { limit: 1 })).length).toBe(1);
      expect((await recommendIntroductions(org(), 'a1', { maxHops: 2 })).map((r) => r.candidate).sort()).toEqual(['b1', 'b2']);
      const strong = await recommendIntroductions(org(), 'a1', { newTieStrength: 4 });
      const [c1] = strong.filter((r) => r.candidate === 'c1');
      // S_a1 = 9: p = 1/3, 2/9, 4/9; c(a2) = (1/3 + 2/9·1/4)², c(a3) = (2/9 + 1/3·1/5)², c(c1) = (4/9)².
      const expected = (1 / 3 + 2 / 9 / 4) ** 2 + (2 / 9 + 1 / 15) ** 2 + (4 / 9) ** 2;
      expect(c1!.forPerson.constraint.after).toBeCloseTo(expected, 12);
    });
  });

  describe('candidates and strength options', () => {
    it('candidates restricts the choice to those people (still 2…maxHops hops away and not yet a contact)', async () => {
      const all = await recommendIntroductions(org(), 'a1', { objective: 'reach' });
      const some = await recommendIntroductions(org(), 'a1', { objective: 'reach', candidates: ['c1', 'b1', 'a2', 'z'] });
      // a2 is a contact and z is unreachable: neither is recommended.
      expect(some.map((r) => r.candidate)).toEqual(['c1', 'b1']);
      expect(some).toEqual(all.filter((r) => r.candidate === 'c1' || r.candidate === 'b1'));
      expect(await recommendIntroductions(org(), 'a1', { candidates: [] })).toEqual([]);
    });

    it('recommendIntroductions(index, node, { getEdgeStrength: null }) equals the unweighted graph', async () => {
      const g = org();
      const viaIndex = await recommendIntroductions(buildIndex(g), 'a1', { getEdgeStrength: null });
      expect(viaIndex).toEqual(await recommendIntroductions(g, 'a1', { getEdgeStrength: null }));
      // Unweighted: every p = 1.
      for (const r of viaIndex) expect(r.introductionProbability).toBe(1);
      expect(viaIndex).not.toEqual(await recommendIntroductions(g, 'a1'));
    });
  });

  describe('oracle: incremental Δ = full recomputation with the tie added', () => {
    test.prop([arbGraph({ maxNodes: 9, maxEdges: 16 }), fc.nat(), fc.constantFrom<number | 'median'>('median', 0.5, 3)], { numRuns: 100 })(
      'constraint and 2-step reach at both ends; candidates are the people at distance 2…3 not yet tied',
      async (desc, pick, newTieStrength) => {
        const graph = toGraphology(desc);
        if (graph.order === 0) return;
        const person = graph.nodes()[pick % graph.order]!;
        const recs = await recommendIntroductions(graph, person, { limit: 1000, newTieStrength });
        const dist = naiveDistances(graph, person);
        const expected = graph.nodes().filter((v) => {
          const d = dist.get(v);
          return d !== undefined && d >= 2 && d <= 3 && !graph.hasEdge(person, v) && !graph.hasEdge(v, person);
        });
        expect(recs.map((r) => r.candidate).sort()).toEqual(expected.sort());
        const before = constraint(graph);
        const strengths = buildIndex(graph).tieStrengths.slice().sort((a, b) => a - b);
        const mid = strengths.length >> 1;
        const s =
          newTieStrength !== 'median' ? newTieStrength : strengths.length % 2 ? strengths[mid]! : (strengths[mid - 1]! + strengths[mid]!) / 2;
        for (const r of recs) {
          const after = constraint(withTie(graph, person, r.candidate, s));
          const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
          close(r.forPerson.constraint.before, before[person]!);
          close(r.forPerson.constraint.after, after[person]!);
          close(r.forCandidate.constraint.before, before[r.candidate]!);
          close(r.forCandidate.constraint.after, after[r.candidate]!);
          const g2 = withTie(graph, person, r.candidate, s);
          expect(r.forPerson.reach).toEqual({
            before: naiveReach2(graph, person),
            after: naiveReach2(g2, person),
            change: naiveReach2(g2, person) - naiveReach2(graph, person),
          });
          expect(r.forCandidate.reach.after - r.forCandidate.reach.before).toBe(naiveReach2(g2, r.candidate) - naiveReach2(graph, r.candidate));
          expect(r.gain).toBe(-r.forPerson.constraint.change);
          expect(dist.get(r.candidate)).toBe(r.distance);
        }
        for (let i = 1; i < recs.length; i++) expect(recs[i]!.gain).toBeLessThanOrEqual(recs[i - 1]!.gain);
      },
    );
  });

  describe("objective 'referralValue'", () => {
    /** A chain a–b–c–d–e with values on d and e; strengths 2 except c–d 1. */
    function chain(directed: boolean): AbstractGraph {
      const g = directed ? new DirectedGraph() : new UndirectedGraph();
      const edges: [string, string, number][] = [['a', 'b', 2], ['b', 'c', 2], ['c', 'd', 1], ['d', 'e', 2]];
      for (const [u, v, weight] of edges) {
        g.mergeEdge(u, v, { weight });
        if (directed) g.mergeEdge(v, u, { weight });
      }
      g.mergeNodeAttributes('d', { value: 10 });
      g.mergeNodeAttributes('e', { value: 100 });
      return g;
    }

    it.each([false, true])('equals referralValue on the graph with the tie added, same seed (directed: %s)', async (directed) => {
      const g = chain(directed);
      const settings = { runs: 400, seed: 7 };
      const recs = await recommendIntroductions(g, 'a', { objective: 'referralValue', referralValue: { runs: 400 }, seed: 7, newTieStrength: 2 });
      expect(recs.map((r) => r.candidate).sort()).toEqual(['c', 'd']);
      const base = await referralValue(g, { ...settings, novelty: 'localBridge', nodes: ['a', 'c', 'd'] });
      for (const r of recs) {
        const after = await referralValue(withTie(g, 'a', r.candidate, 2), { ...settings, novelty: 'localBridge', nodes: ['a', r.candidate] });
        expect(r.forPerson.referralValue!.before).toBeCloseTo(base.a!.value, 9);
        expect(r.forPerson.referralValue!.after).toBeCloseTo(after.a!.value, 9);
        expect(r.forCandidate.referralValue!.before).toBeCloseTo(base[r.candidate]!.value, 9);
        expect(r.forCandidate.referralValue!.after).toBeCloseTo(after[r.candidate]!.value, 9);
        expect(r.gain).toBe(r.forPerson.referralValue!.change);
      }
      // Meeting d (value 10, next to e with 100) beats meeting c.
      expect(recs[0]!.candidate).toBe('d');
      expect(recs[0]!.gain).toBeGreaterThan(0);
    });

    it('passes the probability option on to the simulation (a non-default curve gives referralValue’s numbers)', async () => {
      const g = chain(false);
      const probability = { min: 0.1, max: 0.6, gamma: 2 };
      const settings = { runs: 300, seed: 3 };
      const recs = await recommendIntroductions(g, 'a', { objective: 'referralValue', referralValue: { runs: 300 }, seed: 3, newTieStrength: 2, probability });
      const base = await referralValue(g, { ...settings, probability, novelty: 'localBridge', nodes: ['a'] });
      expect(recs[0]!.forPerson.referralValue!.before).toBeCloseTo(base.a!.value, 9);
      for (const r of recs) {
        const after = await referralValue(withTie(g, 'a', r.candidate, 2), { ...settings, probability, novelty: 'localBridge', nodes: ['a'] });
        expect(r.forPerson.referralValue!.after).toBeCloseTo(after.a!.value, 9);
      }
      const constant = await recommendIntroductions(g, 'a', { objective: 'referralValue', referralValue: { runs: 300 }, seed: 3, probability: 1 });
      // p = 1 everywhere: a reaches d and e whatever the new tie, so no gain.
      for (const r of constant) expect(r.gain).toBe(0);
    });

    it('a new tie stronger than every existing one does not weaken the others (s_max stays the graph’s)', async () => {
      const g = chain(false);
      const recs = await recommendIntroductions(g, 'a', { objective: 'referralValue', referralValue: { runs: 300 }, newTieStrength: 100 });
      // With s_max rescaled to 100, every other p would drop 50-fold and the gains turn negative.
      for (const r of recs) {
        expect(r.forPerson.referralValue!.change).toBeGreaterThanOrEqual(0);
        expect(r.forCandidate.referralValue!.change).toBeGreaterThanOrEqual(0);
      }
      expect(recs[0]!.gain).toBeGreaterThan(0);
    });

    it('refuses a value attribute that no person has, as referralValue does, and the old settings names', async () => {
      expect(await errorOf(recommendIntroductions(chain(false), 'a', { objective: 'referralValue', referralValue: { values: 'ltv' } }))).toBe(
        'E_INVALID_OPTION:referralValue.values',
      );
      for (const old of ['valueAttribute', 'targets', 'seed']) {
        const settings = { [old]: old === 'targets' ? ['e'] : old === 'seed' ? 1 : 'value' };
        expect(await errorOf(recommendIntroductions(chain(false), 'a', { objective: 'referralValue', referralValue: settings as never }))).toBe(
          `E_INVALID_OPTION:${old}`,
        );
      }
    });

    it('referralValue.values in any form: only people with a value count (a Map, a getter, the attribute)', async () => {
      const g = chain(false);
      const options = { objective: 'referralValue', newTieStrength: 2 } as const;
      const byAttribute = await recommendIntroductions(g, 'a', { ...options, referralValue: { runs: 200 } });
      const byMap = await recommendIntroductions(g, 'a', { ...options, referralValue: { runs: 200, values: new Map([['d', 10], ['e', 100]]) } });
      const byGetter = await recommendIntroductions(g, 'a', { ...options, referralValue: { runs: 200, values: (_node, attributes) => attributes.value as number | undefined } });
      expect(byMap).toEqual(byAttribute);
      expect(byGetter).toEqual(byAttribute);
      // Only e counts: meeting d (next to e) still beats meeting c.
      const onlyE = await recommendIntroductions(g, 'a', { ...options, referralValue: { runs: 200, values: { e: 100 } } });
      expect(onlyE[0]!.candidate).toBe('d');
      expect(onlyE[0]!.forPerson.referralValue!.before).toBeLessThan(byAttribute[0]!.forPerson.referralValue!.before);
    });

    it('a graph without value attributes ranks by the expected number of people reached (every person counts 1)', async () => {
      const g = chain(false);
      g.forEachNode((node) => g.removeNodeAttribute(node, 'value'));
      const recs = await recommendIntroductions(g, 'a', { objective: 'referralValue', referralValue: { runs: 200 }, newTieStrength: 2 });
      const ones = await recommendIntroductions(g, 'a', {
        objective: 'referralValue',
        referralValue: { runs: 200, values: Object.fromEntries(g.mapNodes((node) => [node, 1])) },
        newTieStrength: 2,
      });
      expect(recs).toEqual(ones);
      const base = await referralValue(g, { runs: 200, novelty: 'localBridge', nodes: ['a'] });
      expect(recs[0]!.forPerson.referralValue!.before).toBeCloseTo(base.a!.people, 9);
    });

    it('rng is called once to draw the seed of the simulations; other objectives never call it', async () => {
      const g = chain(false);
      let calls = 0;
      const rng = () => (calls++, 0.5);
      const viaRng = await recommendIntroductions(g, 'a', { objective: 'referralValue', referralValue: { runs: 100 }, rng });
      expect(calls).toBe(1);
      expect(viaRng).toEqual(await recommendIntroductions(g, 'a', { objective: 'referralValue', referralValue: { runs: 100 }, seed: 2147483648 }));
      await recommendIntroductions(g, 'a', { rng });
      expect(calls).toBe(1);
    });

    it('works on an index with values as a record and getEdgeStrength: null', async () => {
      const g = chain(false);
      const values = { d: 10, e: 100 };
      const options = { objective: 'referralValue', getEdgeStrength: null, referralValue: { runs: 100, values } } as const;
      const viaIndex = await recommendIntroductions(buildIndex(g), 'a', options);
      expect(viaIndex).toEqual(await recommendIntroductions(g, 'a', options));
      // Unweighted with p = 1: a already reaches d and e, so no introduction adds value.
      for (const r of viaIndex) expect(r.gain).toBe(0);
      expect(await errorOf(recommendIntroductions(buildIndex(g), 'a', { objective: 'referralValue' }))).toBe('E_INVALID_OPTION:referralValue.values');
    });

    it('common random numbers: adding a tie never lowers RV (same worlds), and repeated calls agree', async () => {
      const g = chain(false);
      const a = await recommendIntroductions(g, 'a', { objective: 'referralValue', referralValue: { runs: 200 } });
      const b = await recommendIntroductions(g, 'a', { objective: 'referralValue', referralValue: { runs: 200 } });
      expect(a).toEqual(b);
      for (const r of a) expect(r.forPerson.referralValue!.change).toBeGreaterThanOrEqual(0);
    });

    it('reports progress per candidate and rejects with signal.reason when aborted', async () => {
      const seen: number[] = [];
      await recommendIntroductions(chain(false), 'a', {
        objective: 'referralValue',
        referralValue: { runs: 50 },
        onProgress: ({ done, total }) => {
          seen.push(done);
          expect(total).toBe(2);
        },
      });
      expect(seen).toEqual([1, 2]);
      const controller = new AbortController();
      controller.abort(new Error('stop'));
      await expect(
        recommendIntroductions(chain(false), 'a', { objective: 'referralValue', signal: controller.signal }),
      ).rejects.toThrow('stop');
    });

    it('leaves referralValue null for the other objectives', async () => {
      const [r] = await recommendIntroductions(org(), 'a1');
      expect(r!.forPerson.referralValue).toBeNull();
      expect(r!.forCandidate.referralValue).toBeNull();
    });
  });
});
