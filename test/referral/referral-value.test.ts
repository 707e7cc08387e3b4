/**
 * referralValue: hand-computed cases on a path, exact expectations by enumerating every live-arc
 * world on the org fixture (test/oracles/cascade.naive.ts), consistency with independentCascade on
 * the same runs, the lenses' limits, common random numbers when a tie is added, and the standard
 * cases of STYLE.md §9.
 */
import { AbortedError } from '../../src/runtime/aborted-error.js';
import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { buildIndex } from '../../src/core/build-index.js';
import { InvalidGraphError, InvalidOptionError, NodeNotFoundError } from '../../src/errors.js';
import { communities } from '../../src/groups/communities.js';
import { independentCascade } from '../../src/referral/independent-cascade.js';
import { slotProbabilities } from '../../src/referral/probability.js';
import { referralValue, REFERRAL_VALUE_DEFAULTS } from '../../src/referral/referral-value.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { exactReferral, naiveCascadeGraph } from '../oracles/cascade.naive.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** a –(3)– b –(1)– c with values a 10, b 20, c 40. */
function path(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.addNode('a', { value: 10, team: 1 });
  g.addNode('b', { value: 20, team: 1 });
  g.addNode('c', { value: 40, team: 2 });
  g.addEdge('a', 'b', { weight: 3 });
  g.addEdge('b', 'c', { weight: 1 });
  return g;
}

/** org (METRICS.md F2) with values a1 1, a2 2, a3 3, b1 5, b2 8, c1 13, z 21. */
function org() {
  const g = fixtureGraph('org');
  const values: Record<string, number> = { a1: 1, a2: 2, a3: 3, b1: 5, b2: 8, c1: 13, z: 21 };
  for (const [node, value] of Object.entries(values)) g.setNodeAttribute(node, 'value', value);
  return g;
}

describe('referralValue', () => {
  describe('hand-computed on the path a –(3)– b –(1)– c, p = 0.5, strong ⇔ strength ≥ 2', () => {
    const runs = 40000;
    const options = { probability: 0.5, runs, strongTies: 2, groups: 'team' } as const;
    // Bounds: |X̂ − E X| ≤ 4 √(E[X²] / R), with E[X²] ≤ (max total value)².
    const tolerance = (maxValue: number) => 4 * Math.sqrt((maxValue * maxValue) / runs);

    it('RV_a = p·v_b + p²·v_c = 0.5·20 + 0.25·40 = 20; only b arrives over a strong last hop', async () => {
      const { a } = await referralValue(path(), options);
      expect(Math.abs(a!.value - 20)).toBeLessThan(tolerance(60));
      expect(Math.abs(a!.people - 0.75)).toBeLessThan(tolerance(2));
      // conversion: b (last hop a–b strong) 0.5·20 = 10; c's last hop b–c is weak
      expect(Math.abs(a!.conversion.value - 10)).toBeLessThan(tolerance(60));
      expect(a!.conversion.pathValue).toBe(a!.conversion.value);
      // novelty by team: only c (team 2) is outside a's team: 0.25·40 = 10
      expect(Math.abs(a!.novelty.value - 10)).toBeLessThan(tolerance(60));
      // everything arrives through a's only tie
      expect(a!.ties).toEqual([{ neighbor: 'b', strong: true, localBridge: true, value: a!.value, people: a!.people }]);
    });

    it('RV_c = p·v_b + p²·v_a = 0.5·20 + 0.25·10 = 12.5; a arrives over a strong last hop but not a strong chain', async () => {
      const { c } = await referralValue(path(), options);
      expect(Math.abs(c!.value - 12.5)).toBeLessThan(tolerance(30));
      expect(Math.abs(c!.conversion.value - 2.5)).toBeLessThan(tolerance(30));
      expect(c!.conversion.pathValue).toBe(0);
      expect(c!.novelty.value).toBe(c!.value); // a and b are both outside c's team
      expect(c!.novelty.share).toBe(1);
    });

    it('novelty: localBridge counts every chain here (no triangles: every tie is a local bridge)', async () => {
      const { b } = await referralValue(path(), { probability: 0.5, runs: 200, novelty: 'localBridge' });
      expect(b!.novelty.value).toBe(b!.value);
    });
  });

  describe('exact expectations by live-arc enumeration (org, 7 ties)', () => {
    const strongTies = 2; // a1–a2 (3), a1–a3 (2), b1–b2 (4)
    const strongPairs = new Set(['a1|a2', 'a1|a3', 'b1|b2']);
    const bridgePairs = new Set(['a2|b2', 'a3|b1', 'b1|b2', 'b2|c1']); // METRICS.md §3.3
    const groups: Record<string, number> = { a1: 0, a2: 0, a3: 0, b1: 1, b2: 1, c1: 2, z: 2 };

    it.each(['community', 'localBridge'] as const)('novelty %s: every lens within 4 SE bounds of the exact value', async (novelty) => {
      const g = org();
      const index = buildIndex(g);
      const probability = { min: 0.2, max: 0.9 };
      const naive = naiveCascadeGraph(index, slotProbabilities(index, probability, 'test'));
      const pair = (u: number, v: number) => [index.keys[u]!, index.keys[v]!].sort().join('|');
      const arcs = (set: Set<string>) => naive.out.map((list, u) => list.map((v) => set.has(pair(u, v))));
      const rules = {
        values: index.keys.map((key) => g.getNodeAttribute(key, 'value') as number),
        targets: index.keys.map(() => true),
        strong: arcs(strongPairs),
        ...(novelty === 'community' ? { community: index.keys.map((key) => groups[key]!) } : { bridge: arcs(bridgePairs) }),
      };
      const runs = 20000;
      const result = await referralValue(g, {
        probability,
        runs,
        strongTies,
        novelty,
        ...(novelty === 'community' ? { groups } : {}),
      });
      for (const [i, key] of index.keys.entries()) {
        const exact = exactReferral(naive, i, rules);
        const r = result[key]!;
        const bound = 4 * Math.sqrt((exact.valueVariance + exact.value ** 2) / runs) + 1e-12;
        expect(Math.abs(r.value - exact.value), `${key} value`).toBeLessThanOrEqual(4 * Math.sqrt(exact.valueVariance / runs) + 1e-12);
        expect(r.standardError).toBeCloseTo(Math.sqrt(exact.valueVariance / runs), 1);
        expect(Math.abs(r.conversion.value - exact.strongValue), `${key} conversion`).toBeLessThanOrEqual(bound);
        expect(Math.abs(r.conversion.pathValue - exact.pathValue), `${key} path`).toBeLessThanOrEqual(bound);
        expect(Math.abs(r.novelty.value - exact.novelValue), `${key} novelty`).toBeLessThanOrEqual(bound);
        expect(Math.abs(r.people - exact.people), `${key} people`).toBeLessThanOrEqual(4 * Math.sqrt(36 / runs));
        for (const tie of r.ties) {
          const k = naive.out[i]!.indexOf(index.id(tie.neighbor));
          expect(Math.abs(tie.value - exact.tieValue[k]!), `${key}→${tie.neighbor}`).toBeLessThanOrEqual(bound);
          expect(tie.strong).toBe(strongPairs.has([key, tie.neighbor].sort().join('|')));
          expect(tie.localBridge).toBe(bridgePairs.has([key, tie.neighbor].sort().join('|')));
        }
      }
    });
  });

  describe('consistency', () => {
    it('RV_i = Σ_{j ≠ i} P_i(j) · v_j with independentCascade from {i} on the same runs (common random numbers)', async () => {
      const g = org();
      const rv = await referralValue(g, { runs: 500, probability: 0.4 });
      for (const i of ['a1', 'b2', 'z']) {
        const ic = await independentCascade(g, [i], { runs: 500, probability: 0.4 });
        let expected = 0;
        let people = 0;
        for (const [j, p] of Object.entries(ic.activation)) {
          if (j === i) continue;
          expected += p * (g.getNodeAttribute(j, 'value') as number);
          people += p;
        }
        expect(rv[i]!.value).toBeCloseTo(expected, 9);
        expect(rv[i]!.people).toBeCloseTo(people, 9);
      }
    });

    it('the ties split the value: Σ ties.value = value, Σ ties.people = people; sorted by value', async () => {
      const rv = await referralValue(fixtureGraph('karate'), { values: { '5': 3, '16': 7, '26': 2, '33': 1 }, runs: 300 });
      for (const r of Object.values(rv)) {
        expect(r.ties.reduce((a, t) => a + t.value, 0)).toBeCloseTo(r.value, 9);
        expect(r.ties.reduce((a, t) => a + t.people, 0)).toBeCloseTo(r.people, 9);
        for (let q = 1; q < r.ties.length; q++) expect(r.ties[q]!.value).toBeLessThanOrEqual(r.ties[q - 1]!.value);
      }
    });

    it('strongTies: 0 makes conversion = value (every chain strong); Infinity makes it 0', async () => {
      const g = org();
      const all = await referralValue(g, { strongTies: 0, runs: 200 });
      const none = await referralValue(g, { strongTies: Infinity, runs: 200 });
      for (const key of g.nodes()) {
        expect(all[key]!.conversion.value).toBe(all[key]!.value);
        expect(all[key]!.conversion.pathValue).toBe(all[key]!.value);
        expect(none[key]!.conversion.value).toBe(0);
        expect(none[key]!.value).toBe(all[key]!.value);
      }
    });

    it('only people with a value count when reached (value and people); nodes restrict whose value is computed', async () => {
      const g = org();
      const all = await referralValue(g, { runs: 300, probability: 0.5 });
      const some = await referralValue(g, { runs: 300, probability: 0.5, values: { c1: 13 }, nodes: ['b2', 'a1'] });
      expect(Object.keys(some)).toEqual(['b2', 'a1']);
      const ic = await independentCascade(g, ['b2'], { runs: 300, probability: 0.5 });
      expect(some.b2!.value).toBeCloseTo(13 * ic.activation.c1!, 9);
      expect(some.b2!.people).toBeCloseTo(ic.activation.c1!, 9);
      expect(some.b2!.value).toBeLessThanOrEqual(all.b2!.value);
      // A getter that gives existing customers no value counts the others only: the same numbers.
      const getter = await referralValue(g, {
        runs: 300,
        probability: 0.5,
        values: (node, attributes) => (node === 'c1' ? (attributes.value as number) : undefined),
        nodes: ['b2', 'a1'],
      });
      expect(getter).toEqual(some);
    });

    it('one added tie (an index keeping node ids) changes RV only by what the new tie brings, run by run', async () => {
      const g = org();
      const g2 = org();
      g2.addEdge('c1', 'z', { weight: 1 }); // strength ≤ s_max: every other p is unchanged
      const values = Object.fromEntries(g.mapNodes((node, attributes) => [node, attributes.value as number]));
      const options = { runs: 2000, values, groups: { a1: 0, a2: 0, a3: 0, b1: 1, b2: 1, c1: 2, z: 2 } };
      const before = await referralValue(buildIndex(g), options);
      const after = await referralValue(buildIndex(g2), options);
      const reachZ = await independentCascade(g2, ['a1'], { runs: 2000 });
      // a1 now also reaches z (value 21), in exactly the runs where c1 is reached and c1 → z is live.
      expect(after.a1!.value - before.a1!.value).toBeCloseTo(21 * reachZ.activation.z!, 9);
      for (const key of g.nodes()) if (key !== 'z') expect(after[key]!.value).toBeGreaterThanOrEqual(before[key]!.value);
    });

    it('the same seed gives identical results; threads do not change them', async () => {
      const g = fixtureGraph('karate');
      const values = Object.fromEntries(g.mapNodes((node) => [node, Number(node) % 4]));
      const a = await referralValue(g, { values, runs: 100, threads: 1 });
      const b = await referralValue(g, { values, runs: 100, threads: 2 });
      expect(b).toEqual(a);
      const c = await referralValue(g, { values, runs: 100, seed: 5 });
      expect(c['0']!.value).not.toBe(a['0']!.value);
    });

    it('without community information, novelty uses the seeded communities of communities() (Leiden)', async () => {
      const g = fixtureGraph('karate');
      const values = Object.fromEntries(g.mapNodes((node) => [node, 1]));
      const implicit = await referralValue(g, { values, runs: 50, nodes: ['0', '33'] });
      const explicit = await referralValue(g, { values, runs: 50, nodes: ['0', '33'], groups: communities(g, { seed: 42 }).partition });
      expect(implicit).toEqual(explicit);
    });

    it('directed graphs follow arcs, and ties lists out-ties', async () => {
      const g = new DirectedGraph();
      for (const [node, value] of [['a', 0], ['b', 5], ['c', 7]] as const) g.addNode(node, { value });
      g.addEdge('a', 'b');
      g.addEdge('c', 'a');
      const rv = await referralValue(g, { probability: 1, runs: 10, novelty: 'localBridge' });
      expect(rv.a!.value).toBe(5);
      expect(rv.a!.ties.map((t) => t.neighbor)).toEqual(['b']);
      expect(rv.b!.value).toBe(0);
      expect(rv.c!.value).toBe(5);
    });
  });

  describe('groups, seed and rng, strength options', () => {
    it('groups as an attribute, a Map and a getter give the same novelty', async () => {
      const g = org();
      const team: Record<string, number> = { a1: 0, a2: 0, a3: 0, b1: 1, b2: 1, c1: 2, z: 2 };
      g.forEachNode((node) => g.setNodeAttribute(node, 'team', team[node]));
      const options = { runs: 200, probability: 0.5 };
      const byAttribute = await referralValue(g, { ...options, groups: 'team' });
      expect(await referralValue(g, { ...options, groups: new Map(Object.entries(team)) })).toEqual(byAttribute);
      expect(await referralValue(g, { ...options, groups: (node) => team[node] })).toEqual(byAttribute);
      expect(await referralValue(g, { ...options, groups: team })).toEqual(byAttribute);
    });

    it('rng is called once to draw the seed (of the coins and of the communities)', async () => {
      const g = fixtureGraph('karate');
      const values = Object.fromEntries(g.mapNodes((node) => [node, Number(node) % 3]));
      let calls = 0;
      const viaRng = await referralValue(g, { values, runs: 50, nodes: ['0', '33'], rng: () => (calls++, 0.75) });
      expect(calls).toBe(1);
      // seed = ⌊0.75 · 2³²⌋ = 3221225472
      expect(viaRng).toEqual(await referralValue(g, { values, runs: 50, nodes: ['0', '33'], seed: 3221225472 }));
    });

    it('getEdgeStrength: null works with an index; a misspelt edge attribute is refused', async () => {
      const g = org();
      const values = Object.fromEntries(g.mapNodes((node, attributes) => [node, attributes.value as number]));
      const options = { runs: 100, novelty: 'localBridge', getEdgeStrength: null } as const;
      const viaIndex = await referralValue(buildIndex(g), { ...options, values });
      expect(viaIndex).toEqual(await referralValue(g, options));
      // Unweighted: every p = 1, so a1 reaches its whole component {a2, a3, b1, b2, c1}: 2 + 3 + 5 + 8 + 13.
      expect(viaIndex.a1!.value).toBe(31);
      const error = await rejection(referralValue(g, { getEdgeStrength: 'wieght' }));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('getEdgeStrength');
    });
  });

  describe('progress and abort', () => {
    it('onProgress counts cascades (people × runs), increasing', async () => {
      const seen: { done: number; total: number }[] = [];
      await referralValue(org(), { runs: 10, onProgress: (p) => seen.push(p) });
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThan(seen[i - 1]!.done);
      expect(seen.at(-1)).toEqual({ done: 70, total: 70 });
    });

    it('rejects with signal.reason when aborted', async () => {
      const controller = new AbortController();
      const reason = new Error('stop');
      const error = await rejection(
        referralValue(fixtureGraph('karate'), { values: { '1': 1 }, signal: controller.signal, onProgress: () => controller.abort(reason) }),
      );
      // A typed AbortedError (E_ABORTED) whose cause is the signal's reason.
      expect(error).toBeInstanceOf(AbortedError);
      expect((error as AbortedError).cause).toBe(reason);
    });
  });

  describe('standard cases', () => {
    it('rejects with InvalidGraphError on a non-graph', async () => {
      expect(await rejection(referralValue(42 as never))).toBeInstanceOf(InvalidGraphError);
    });

    it.each([
      ['novelty', { novelty: 'fresh' }],
      ['groups', { novelty: 'localBridge', groups: { a: 1 } }],
      ['groups', { groups: 'missing' }],
      ['groups', { groups: { a: 1, b: 1 } }], // c has no group
      ['values', { values: 'ltv' }],
      ['seed', { seed: 1, rng: (): number => 0.5 }],
      ['rng', { rng: (): number => -0.5 }],
      ['communities', { communities: { a: 1, b: 1, c: 2 } }],
      ['communityAttribute', { communityAttribute: 'team' }],
      ['valueAttribute', { valueAttribute: 'value' }],
      ['targets', { targets: ['a'] }],
      ['people', { people: ['a'] }],
      ['strongTies', { strongTies: { method: 'nope' } }],
      ['runs', { runs: 0 }],
      ['values', { values: { a: Number.NaN } }],
      ['nodes', { nodes: 'a' }],
    ])('rejects with InvalidOptionError naming %s', async (option, options) => {
      const error = await rejection(referralValue(path(), options as never));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe(option);
    });

    it('a CsrIndex needs values (it holds no attributes), or an attribute name is refused', async () => {
      for (const options of [undefined, { values: 'value' }]) {
        const error = await rejection(referralValue(buildIndex(path()), options));
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe('values');
      }
    });

    it('the default attribute value carried by no node: every person counts 1 (RV = expected people reached)', async () => {
      const g = fixtureGraph('kite');
      const rv = await referralValue(g, { runs: 100, probability: 0.3 });
      const ones = await referralValue(g, { runs: 100, probability: 0.3, values: Object.fromEntries(g.mapNodes((node) => [node, 1])) });
      expect(rv).toEqual(ones);
      for (const r of Object.values(rv)) expect(r.value).toBe(r.people);
      const ic = await independentCascade(g, ['0'], { runs: 100, probability: 0.3 });
      expect(rv['0']!.value).toBeCloseTo(ic.expectedReach - 1, 9);
    });

    it('refuses a value attribute that you name and no person has (a misspelt name would give 0 everywhere)', async () => {
      for (const [graph, values] of [[path(), 'ltv'], [fixtureGraph('kite'), 'value']] as const) {
        const error = await rejection(referralValue(graph, { values }));
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe('values');
      }
    });

    it('rejects with NodeNotFoundError on an unknown key of nodes, values or groups', async () => {
      expect(await rejection(referralValue(path(), { nodes: ['x'] }))).toBeInstanceOf(NodeNotFoundError);
      expect(await rejection(referralValue(path(), { values: { x: 1 } }))).toBeInstanceOf(NodeNotFoundError);
      expect(await rejection(referralValue(path(), { groups: { a: 1, b: 1, c: 2, x: 3 } }))).toBeInstanceOf(NodeNotFoundError);
    });

    it('an empty graph gives {}', async () => {
      expect(await referralValue(new UndirectedGraph())).toEqual({});
    });

    it('an isolated person refers nothing: value 0, standard error 0, no ties', async () => {
      const { z } = await referralValue(org(), { runs: 20 });
      expect(z).toMatchObject({ value: 0, standardError: 0, people: 0, ties: [] });
      expect(z!.conversion.share).toBeNaN();
    });

    it('people without a value count 0 (in value and people) but still relay', async () => {
      const g = path();
      g.removeNodeAttribute('b', 'value');
      const { a } = await referralValue(g, { probability: 1, runs: 5 });
      expect(a!.value).toBe(40); // c, reached through b
      expect(a!.people).toBe(1); // b is reached but has no value
      expect(a!.ties).toEqual([{ neighbor: 'b', strong: true, localBridge: true, value: 40, people: 1 }]);
    });

    it('a graph and its index (with values) give the same result', async () => {
      const g = org();
      const values = Object.fromEntries(g.mapNodes((node, attributes) => [node, attributes.value as number]));
      const groups = { a1: 0, a2: 0, a3: 0, b1: 1, b2: 1, c1: 2, z: 2 };
      expect(await referralValue(buildIndex(g), { values, runs: 100, groups })).toEqual(await referralValue(g, { runs: 100, groups }));
    });

    it('exports frozen defaults', () => {
      expect(Object.isFrozen(REFERRAL_VALUE_DEFAULTS)).toBe(true);
      expect(REFERRAL_VALUE_DEFAULTS.values).toBe('value');
      expect(REFERRAL_VALUE_DEFAULTS.novelty).toBe('community');
    });
  });
});
