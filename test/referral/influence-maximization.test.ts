/**
 * influenceMaximization: CELF must pick exactly the seeds of plain greedy (test/oracles/
 * cascade.naive.ts naiveGreedy) on the same coin worlds, since common random numbers make the
 * estimate monotone submodular; plus the standard cases of STYLE.md §9.
 */
import { AbortedError } from '../../src/runtime/aborted-error.js';
import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { buildIndex } from '../../src/core/build-index.js';
import { cascadeSeedKey } from '../../src/core/cascade.js';
import { createRng } from '../../src/core/random.js';
import { InvalidGraphError, InvalidOptionError, NodeNotFoundError } from '../../src/errors.js';
import { independentCascade } from '../../src/referral/independent-cascade.js';
import { influenceMaximization, INFLUENCE_MAXIMIZATION_DEFAULTS } from '../../src/referral/influence-maximization.js';
import { slotProbabilities } from '../../src/referral/probability.js';
import { arbGraph, toGraphology } from '../arbitraries.js';
import { fixtureGraph, type FixtureName } from '../fixtures/graphs.js';
import { coinWorlds, naiveCascadeGraph, naiveGreedy } from '../oracles/cascade.naive.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** The greedy oracle's picks on a graph, as node keys and per-run gains. */
function greedy(graph: Parameters<typeof buildIndex>[0], k: number, runs: number, seed: number, probability: unknown, values: number[] | null) {
  const index = buildIndex(graph);
  const g = naiveCascadeGraph(index, slotProbabilities(index, probability, 'test'));
  const { seeds, gains } = naiveGreedy(g, coinWorlds(g, cascadeSeedKey(seed), runs), k, values);
  return { seeds: seeds.map((v) => index.keys[v]!), gains: gains.map((x) => x / runs) };
}

describe('influenceMaximization', () => {
  describe('CELF = plain greedy on the same runs', () => {
    const cases: [FixtureName, number, unknown][] = [
      ['karate', 4, 0.1],
      ['karate', 3, undefined],
      ['kite', 3, 0.3],
      ['florentine', 3, { min: 0.1, max: 0.8 }],
      ['directed-weighted', 3, undefined],
      ['random-weighted', 4, 'weightedCascade'],
    ];
    it.each(cases)('%s, seedCount = %s, probability %j', async (name, k, probability) => {
      const graph = fixtureGraph(name);
      const runs = 60;
      const celf = await influenceMaximization(graph, { seedCount: k, runs, probability: probability as never });
      const oracle = greedy(graph, k, runs, 42, probability, null);
      expect(celf.seeds.map((s) => s.node)).toEqual(oracle.seeds);
      celf.seeds.forEach((s, i) => expect(s.gain).toBe(oracle.gains[i]));
      expect(celf.evaluations).toBeLessThanOrEqual(graph.order * k);
    });

    it('with values: maximises the expected activated value (integer values, exact sums)', async () => {
      const graph = fixtureGraph('karate');
      const values: Record<string, number> = {};
      graph.forEachNode((node) => (values[node] = (Number(node) * 7) % 5));
      const celf = await influenceMaximization(graph, { seedCount: 3, runs: 50, probability: 0.15, values });
      const index = buildIndex(graph);
      const oracle = greedy(graph, 3, 50, 42, 0.15, index.keys.map((key) => values[key]!));
      expect(celf.objective).toBe('value');
      expect(celf.seeds.map((s) => s.node)).toEqual(oracle.seeds);
      celf.seeds.forEach((s, i) => expect(s.gain).toBeCloseTo(oracle.gains[i]!, 12));
    });

    test.prop([arbGraph({ maxNodes: 9 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 99 })], { numRuns: 60 })(
      'on random graphs',
      async (desc, k, seed) => {
        const graph = toGraphology(desc);
        const celf = await influenceMaximization(graph, { seedCount: k, runs: 25, seed, probability: { min: 0.1, max: 0.9 } });
        const oracle = greedy(graph, k, 25, seed, { min: 0.1, max: 0.9 }, null);
        expect(celf.seeds.map((s) => s.node)).toEqual(oracle.seeds);
      },
    );
  });

  it('the final spread equals independentCascade from the chosen seeds on the same runs, exactly', async () => {
    const graph = fixtureGraph('karate');
    const best = await influenceMaximization(graph, { seedCount: 3, runs: 400, probability: 0.1, seed: 3 });
    const check = await independentCascade(graph, best.seeds.map((s) => s.node), { runs: 400, probability: 0.1, seed: 3 });
    expect(best.spread).toBe(check.expectedReach);
    expect(best.spreadStandardError).toBeCloseTo(check.standardError, 12);
    expect(best.seeds.at(-1)!.spread).toBeCloseTo(best.spread, 12);
    // cumulative spread = running sum of gains
    expect(best.seeds[1]!.spread).toBeCloseTo(best.seeds[0]!.gain + best.seeds[1]!.gain, 12);
  });

  it('gains never increase (submodularity) and spread never decreases (monotonicity)', async () => {
    const best = await influenceMaximization(fixtureGraph('random-weighted'), { seedCount: 8, runs: 200 });
    for (let i = 1; i < best.seeds.length; i++) {
      expect(best.seeds[i]!.gain).toBeLessThanOrEqual(best.seeds[i - 1]!.gain);
      expect(best.seeds[i]!.spread).toBeGreaterThanOrEqual(best.seeds[i - 1]!.spread);
    }
  });

  it('p = 1 picks one seed per component, largest component first', async () => {
    const best = await influenceMaximization(fixtureGraph('org'), { seedCount: 2, probability: 1, runs: 5 });
    expect(best.seeds).toEqual([
      { node: 'a1', gain: 6, spread: 6 },
      { node: 'z', gain: 1, spread: 7 },
    ]);
  });

  it('defaults on a flooding graph of SNAP EU-core size (1,005 people, 25,000 arcs, every p = 1): the reachability greedy, in one pass per world', async () => {
    // A seeded directed graph shaped like email-Eu-core: a strongly connected core of 800 people,
    // 205 on the rim that only send (or only receive), unweighted, so the default p = s / s_max is 1.
    const rng = createRng(11);
    const g = new DirectedGraph();
    const n = 1005;
    for (let v = 0; v < n; v++) g.addNode(String(v));
    for (let v = 0; v < 800; v++) g.mergeEdge(String(v), String((v + 1) % 800));
    while (g.size < 25_000) {
      const a = Math.floor(rng() * n);
      const b = Math.floor(rng() * 800);
      if (a === b) continue;
      if (a >= 900) g.mergeEdge(String(b), String(a)); // receivers
      else g.mergeEdge(String(a), String(b));
    }
    const started = performance.now();
    const result = await influenceMaximization(g, { threads: 1 });
    const seconds = (performance.now() - started) / 1000;
    // Oracle: p = 1 makes every run the same world, so f(S) = |people reachable from S|.
    const out = Array.from({ length: n }, (_, v) => g.outNeighbors(String(v)).map(Number));
    const covered = new Uint8Array(n);
    const seen = new Int32Array(n).fill(-1);
    let search = 0;
    const newlyReached = (s: number): number[] => {
      if (covered[s] === 1) return [];
      search++;
      seen[s] = search;
      const queue = [s];
      for (let i = 0; i < queue.length; i++) {
        for (const w of out[queue[i]!]!) {
          if (covered[w] === 0 && seen[w] !== search) {
            seen[w] = search;
            queue.push(w);
          }
        }
      }
      return queue;
    };
    const expected: { node: string; gain: number }[] = [];
    for (let round = 0; round < 5; round++) {
      let best = -1;
      let bestGain = -1;
      for (let v = 0; v < n; v++) {
        const gain = newlyReached(v).length;
        if (gain > bestGain) [best, bestGain] = [v, gain];
      }
      for (const w of newlyReached(best)) covered[w] = 1;
      expected.push({ node: String(best), gain: bestGain });
    }
    expect(result.seeds.map(({ node, gain }) => ({ node, gain }))).toEqual(expected);
    expect(result.runs).toBe(1000);
    expect(result.spread).toBe(covered.reduce((a, x) => a + x, 0));
    expect(result.spreadStandardError).toBe(0);
    expect([result.probabilityRule, result.distinctStrengths]).toEqual(['strengthCurve', 1]);
    // One cascade per candidate and run took 79 s on EU-core; the component pass well under 1 s.
    // A loose bound (a shared machine is slow): fails only if the first pass goes back to R × C cascades.
    expect(seconds).toBeLessThan(30);
  });

  it('candidates restrict the choice; seedCount larger than the candidates picks them all', async () => {
    const best = await influenceMaximization(fixtureGraph('kite'), { seedCount: 5, candidates: ['8', '9'], probability: 0.5, runs: 50 });
    expect(best.seeds.map((s) => s.node).sort()).toEqual(['8', '9']);
  });

  it('the same seed gives identical results; threads do not change them', async () => {
    const graph = fixtureGraph('karate');
    const a = await influenceMaximization(graph, { seedCount: 3, runs: 100, threads: 1 });
    const b = await influenceMaximization(graph, { seedCount: 3, runs: 100, threads: 2 });
    expect(b).toEqual(a);
  });

  it('reports progress with increasing done, and rejects when aborted', async () => {
    const seen: number[] = [];
    const result = await influenceMaximization(fixtureGraph('karate'), { seedCount: 2, runs: 50, onProgress: (p) => seen.push(p.done) });
    expect(result.seeds.length).toBe(2);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]!);
    expect(seen.at(-1)).toBe(34 + 2);
    const controller = new AbortController();
    const reason = new Error('stop');
    const error = await rejection(
      influenceMaximization(fixtureGraph('karate'), { seedCount: 3, runs: 50, signal: controller.signal, onProgress: (p) => p.done >= 10 && controller.abort(reason) }),
    );
    // A typed AbortedError (E_ABORTED) whose cause is the signal's reason.
    expect(error).toBeInstanceOf(AbortedError);
    expect((error as AbortedError).cause).toBe(reason);
  });

  describe('values, seed and rng, strength options', () => {
    it('refuses negative values (CELF is exact for non-negative values only; issue 12 item 11)', async () => {
      const graph = fixtureGraph('karate');
      const values: Record<string, number> = {};
      graph.forEachNode((node) => (values[node] = node === '3' ? -1 : 1));
      const error = await rejection(influenceMaximization(graph, { seedCount: 2, runs: 10, values }));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
      expect((error as InvalidOptionError).option).toBe('values');
      values['3'] = 0;
      expect((await influenceMaximization(graph, { seedCount: 2, runs: 10, values })).objective).toBe('value');
    });

    it('reports the probability rule and the number of distinct tie strengths (an unweighted graph floods)', async () => {
      const unweighted = new UndirectedGraph();
      for (const [a, b] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['x', 'y']]) unweighted.mergeEdge(a!, b!);
      const flood = await influenceMaximization(unweighted, { seedCount: 1, runs: 20 });
      expect(flood.probabilityRule).toBe('strengthCurve');
      expect(flood.distinctStrengths).toBe(1);
      expect(flood.spread).toBe(4); // every p = 1: the seed's whole component
      const wc = await influenceMaximization(unweighted, { seedCount: 1, runs: 20, probability: 'weightedCascade' });
      expect(wc.probabilityRule).toBe('weightedCascade');
      expect(wc.distinctStrengths).toBe(1);
      const weighted = new UndirectedGraph();
      weighted.mergeEdge('a', 'b', { weight: 1 });
      weighted.mergeEdge('b', 'c', { weight: 3 });
      weighted.mergeEdge('c', 'd', { weight: 3 });
      const r = await influenceMaximization(weighted, { seedCount: 1, runs: 20 });
      expect(r.distinctStrengths).toBe(2);
      expect((await influenceMaximization(weighted, { seedCount: 1, runs: 20, probability: 0.3 })).probabilityRule).toBe('constant');
      expect((await influenceMaximization(weighted, { seedCount: 1, runs: 20, probability: (s, m) => s / m / 2 })).probabilityRule).toBe('function');
      expect((await influenceMaximization(new UndirectedGraph(), { seedCount: 1, runs: 5 })).distinctStrengths).toBe(0);
    });

    it('values as an attribute, a Map and a getter pick the same seeds; a misspelt attribute is refused', async () => {
      const graph = fixtureGraph('karate');
      graph.forEachNode((node) => graph.setNodeAttribute(node, 'ltv', (Number(node) * 7) % 5));
      const options = { seedCount: 2, runs: 40, probability: 0.15 };
      const byAttribute = await influenceMaximization(graph, { ...options, values: 'ltv' });
      expect(byAttribute.objective).toBe('value');
      const map = new Map(graph.mapNodes((node, attributes) => [node, attributes.ltv as number] as const));
      expect(await influenceMaximization(buildIndex(graph), { ...options, values: map })).toEqual(byAttribute);
      expect(await influenceMaximization(graph, { ...options, values: (_node, attributes) => attributes.ltv as number })).toEqual(byAttribute);
      const error = await rejection(influenceMaximization(graph, { ...options, values: 'ltw' }));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('values');
    });

    it('rng is called once to draw the seed; seed and rng together are refused', async () => {
      const graph = fixtureGraph('kite');
      let calls = 0;
      const viaRng = await influenceMaximization(graph, { seedCount: 2, runs: 30, probability: 0.3, rng: () => (calls++, 0.5) });
      expect(calls).toBe(1);
      expect(viaRng).toEqual(await influenceMaximization(graph, { seedCount: 2, runs: 30, probability: 0.3, seed: 2147483648 }));
      const error = await rejection(influenceMaximization(graph, { seed: 1, rng: () => 0.5 }));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('seed');
    });

    it('getEdgeStrength: null works with an index; a misspelt edge attribute is refused', async () => {
      const g = fixtureGraph('florentine');
      expect(await influenceMaximization(buildIndex(g), { seedCount: 2, runs: 30, getEdgeStrength: null })).toEqual(
        await influenceMaximization(g, { seedCount: 2, runs: 30, getEdgeStrength: null }),
      );
      const error = await rejection(influenceMaximization(fixtureGraph('kite'), { getEdgeStrength: 'wieght' }));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('getEdgeStrength');
    });
  });

  describe('standard cases', () => {
    it('rejects with InvalidGraphError on a non-graph', async () => {
      expect(await rejection(influenceMaximization(null as never))).toBeInstanceOf(InvalidGraphError);
    });

    it.each([
      ['seedCount', { seedCount: 0 }],
      ['seedCount', { seedCount: 1.5 }],
      ['runs', { runs: -1 }],
      ['probability', { probability: -0.1 }],
      ['candidates', { candidates: 'a' }],
    ])('rejects with InvalidOptionError naming %s', async (option, options) => {
      const error = await rejection(influenceMaximization(fixtureGraph('kite'), options as never));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe(option);
    });

    it('rejects with NodeNotFoundError on an unknown candidate', async () => {
      expect(await rejection(influenceMaximization(fixtureGraph('kite'), { candidates: ['x'] }))).toBeInstanceOf(NodeNotFoundError);
    });

    it('an empty graph picks no seeds', async () => {
      const r = await influenceMaximization(new UndirectedGraph());
      expect(r.seeds).toEqual([]);
      expect(r.spread).toBe(0);
    });

    it('a graph and its index give the same result', async () => {
      const g = fixtureGraph('florentine');
      expect(await influenceMaximization(buildIndex(g), { seedCount: 2, runs: 50 })).toEqual(await influenceMaximization(g, { seedCount: 2, runs: 50 }));
    });

    it('rejects the old option names k and valueAttribute as unknown', async () => {
      for (const [option, options] of [['k', { k: 2 }], ['valueAttribute', { valueAttribute: 'value' }]] as const) {
        const error = await rejection(influenceMaximization(fixtureGraph('kite'), options as never));
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe(option);
      }
    });

    it('exports frozen defaults', () => {
      expect(Object.isFrozen(INFLUENCE_MAXIMIZATION_DEFAULTS)).toBe(true);
      expect(INFLUENCE_MAXIMIZATION_DEFAULTS.seedCount).toBe(5);
    });
  });
});
