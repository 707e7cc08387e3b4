/**
 * independentCascade: hand-computed cases (p = 0, p = 1, the path i–j–k), the exact expected reach
 * by enumerating every live-arc world on small fixtures (test/oracles/cascade.naive.ts; the Monte
 * Carlo estimate must lie within three standard errors), reproducibility, threads, abort, progress
 * and the standard cases of STYLE.md §9.
 */
import { AbortedError } from '../../src/runtime/aborted-error.js';
import { describe, expect, it } from 'vitest';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { buildIndex } from '../../src/core/build-index.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, InvalidWeightError, NodeNotFoundError } from '../../src/errors.js';
import { slotProbabilities } from '../../src/referral/probability.js';
import { independentCascade, INDEPENDENT_CASCADE_DEFAULTS } from '../../src/referral/independent-cascade.js';
import { Graph } from '../arbitraries.js';
import { fixtureGraph, type FixtureName } from '../fixtures/graphs.js';
import { exactCascade, naiveCascadeGraph } from '../oracles/cascade.naive.js';

/** a – b – c, unit strengths. */
function path(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.mergeEdge('a', 'b', { weight: 1 });
  g.mergeEdge('b', 'c', { weight: 1 });
  return g;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('independentCascade', () => {
  describe('hand-computed', () => {
    it('p = 1: σ(S) = the number of people reachable from S, with standard error 0', async () => {
      const g = fixtureGraph('org'); // component {a1…c1} of 6, isolate z
      const r = await independentCascade(g, ['a1'], { probability: 1, runs: 50 });
      expect(r.expectedReach).toBe(6);
      expect(r.standardError).toBe(0);
      expect(r.activation).toEqual({ a1: 1, a2: 1, a3: 1, b1: 1, b2: 1, c1: 1, z: 0 });
    });

    it('p = 1 on a directed graph follows arcs only', async () => {
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'c');
      g.mergeEdge('d', 'a');
      const r = await independentCascade(g, ['a'], { probability: 1, runs: 10 });
      expect(r.expectedReach).toBe(3);
      expect(r.activation).toEqual({ a: 1, b: 1, c: 1, d: 0 });
    });

    it('p = 0: σ(S) = |S|', async () => {
      const r = await independentCascade(fixtureGraph('karate'), ['0', '33', '0'], { probability: 0, runs: 20 });
      expect(r.seeds).toEqual(['0', '33']);
      expect(r.expectedReach).toBe(2);
      expect(r.standardError).toBe(0);
    });

    it('getEdgeStrength: null makes every default p = s / s_max = 1', async () => {
      const r = await independentCascade(fixtureGraph('kite'), ['9'], { getEdgeStrength: null, runs: 5 });
      expect(r.expectedReach).toBe(10);
    });

    it.each([0.2, 0.5, 0.8])('path i–j–k with constant p = %s: σ({i}) = 1 + p + p²', async (p) => {
      const r = await independentCascade(path(), ['a'], { probability: p, runs: 20000 });
      const exact = 1 + p + p * p;
      // |A| ∈ {1, 2, 3} with probabilities 1 − p, p(1 − p), p²
      const variance = (1 - p) * 1 + p * (1 - p) * 4 + p * p * 9 - exact * exact;
      expect(Math.abs(r.expectedReach - exact)).toBeLessThan(3 * Math.sqrt(variance / 20000));
      expect(r.standardError).toBeCloseTo(Math.sqrt(variance / 20000), 3);
      expect(Math.abs(r.activation.b! - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / 20000));
      expect(Math.abs(r.activation.c! - p * p)).toBeLessThan(4 * Math.sqrt((p * p * (1 - p * p)) / 20000));
    });
  });

  describe('exact expected reach by live-arc enumeration (≤ 16 coins)', () => {
    const cases: [FixtureName, string[], unknown][] = [
      ['org', ['a1'], undefined], // p = s / s_max
      ['org', ['b2', 'z'], { min: 0.1, max: 0.9, gamma: 2 }],
      ['org', ['a3'], 'weightedCascade'], // asymmetric p: one coin per arc (14 arcs)
      ['borgatti1997', ['A'], undefined],
      ['borgatti1997', ['D'], { min: 0.2, max: 0.7, gamma: 0.5 }],
      ['directed-weighted', ['a'], undefined],
      ['directed-weighted', ['f', 'g'], 0.4],
      ['messy', [], 0.5],
    ];
    it.each(cases)('%s from %j (probability %j): within 3 SE of the exact σ, and every activation within 4 SE', async (name, seeds, probability) => {
      const g = fixtureGraph(name);
      const index = buildIndex(g);
      const probs = slotProbabilities(index, probability, 'test');
      const exact = exactCascade(naiveCascadeGraph(index, probs), seeds.map((s) => index.id(s)));
      const runs = 20000;
      const r = await independentCascade(g, seeds, { probability: probability as never, runs });
      const se = Math.sqrt(exact.variance / runs);
      expect(Math.abs(r.expectedReach - exact.reach)).toBeLessThanOrEqual(3 * se + 1e-12);
      expect(r.standardError).toBeCloseTo(se, 2);
      index.keys.forEach((key, v) => {
        const p = Math.min(1, exact.activation[v]!); // float sums may give 1 + 1e-16
        expect(Math.abs(r.activation[key]! - p), key).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / runs) + 1e-12);
      });
    });
  });

  describe('reproducibility and threads', () => {
    it('the same seed gives identical results; another seed a different one', async () => {
      const g = fixtureGraph('karate');
      const a = await independentCascade(g, ['0'], { probability: 0.2, runs: 300, seed: 7 });
      const b = await independentCascade(g, ['0'], { probability: 0.2, runs: 300, seed: 7 });
      const c = await independentCascade(g, ['0'], { probability: 0.2, runs: 300, seed: 8 });
      expect(b).toEqual(a);
      expect(c.expectedReach).not.toBe(a.expectedReach);
    });

    it('1 thread and 2 threads give identical results', async () => {
      const g = fixtureGraph('random-weighted');
      const options = { probability: { min: 0.05, max: 0.6 }, runs: 2000, values: { '0': 3.5, '1': 1.25 } };
      const one = await independentCascade(g, ['0', '5'], { ...options, threads: 1 });
      const two = await independentCascade(g, ['0', '5'], { ...options, threads: 2 });
      expect(two).toEqual(one);
    });

    it('a graph and its prebuilt index give the same result', async () => {
      const g = fixtureGraph('florentine');
      const seeds = [g.nodes()[0]!];
      expect(await independentCascade(buildIndex(g), seeds, { runs: 200 })).toEqual(await independentCascade(g, seeds, { runs: 200 }));
    });
  });

  describe('values', () => {
    it('expectedValue = Σ_v P(v active) · value_v, seeds included; missing values count 0', async () => {
      const g = path();
      g.setNodeAttribute('a', 'ltv', 10);
      g.setNodeAttribute('c', 'ltv', 100);
      const r = await independentCascade(g, ['a'], { probability: 0.5, runs: 4000, values: 'ltv' });
      expect(r.expectedValue).toBeCloseTo(10 + 100 * r.activation.c!, 9);
      expect(r.valueStandardError).toBeGreaterThan(0);
      const byRecord = await independentCascade(buildIndex(g), ['a'], { probability: 0.5, runs: 4000, values: { a: 10, c: 100 } });
      expect(byRecord).toEqual(r);
    });

    it('values accepts a Map and a getter, with the same result as the attribute', async () => {
      const g = path();
      g.setNodeAttribute('a', 'ltv', 10);
      g.setNodeAttribute('c', 'ltv', 100);
      const options = { probability: 0.5, runs: 500 };
      const byAttribute = await independentCascade(g, ['a'], { ...options, values: 'ltv' });
      const byMap = await independentCascade(buildIndex(g), ['a'], { ...options, values: new Map([['a', 10], ['c', 100]]) });
      const byGetter = await independentCascade(g, ['a'], { ...options, values: (_node, attributes) => attributes.ltv as number | undefined });
      expect(byMap).toEqual(byAttribute);
      expect(byGetter).toEqual(byAttribute);
    });

    it('refuses a values attribute that no node carries (misspelt), and an attribute name with an index', async () => {
      const g = path();
      g.setNodeAttribute('a', 'ltv', 10);
      for (const call of [independentCascade(g, ['a'], { values: 'ltw' }), independentCascade(buildIndex(g), ['a'], { values: 'ltv' })]) {
        const error = await rejection(call);
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe('values');
      }
      expect(await rejection(independentCascade(g, ['a'], { values: { nobody: 1 } }))).toBeInstanceOf(NodeNotFoundError);
    });
  });

  describe('seed and rng', () => {
    it('rng is called once to draw the seed of the coins: the result equals that seed', async () => {
      const g = fixtureGraph('karate');
      let calls = 0;
      const rng = () => {
        calls++;
        return 0.25;
      };
      const viaRng = await independentCascade(g, ['0'], { probability: 0.2, runs: 200, rng });
      expect(calls).toBe(1);
      // seed = ⌊0.25 · 2³²⌋ = 1073741824
      expect(viaRng).toEqual(await independentCascade(g, ['0'], { probability: 0.2, runs: 200, seed: 1073741824 }));
    });

    it('without seed or rng the seed is 42 (DEFAULT_SEED)', async () => {
      const g = fixtureGraph('karate');
      expect(await independentCascade(g, ['0'], { probability: 0.2, runs: 100 })).toEqual(
        await independentCascade(g, ['0'], { probability: 0.2, runs: 100, seed: 42 }),
      );
    });

    it.each([
      ['seed', { seed: 1, rng: (): number => 0.5 }],
      ['rng', { rng: (): number => 1 }],
      ['rng', { rng: 'random' }],
    ])('rejects with InvalidOptionError naming %s', async (option, options) => {
      const error = await rejection(independentCascade(path(), ['a'], options as never));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe(option);
    });
  });

  describe('strength options', () => {
    it('getEdgeStrength: null works with an index (every p = 1 under the default rule)', async () => {
      const g = fixtureGraph('kite');
      const r = await independentCascade(buildIndex(g), ['9'], { getEdgeStrength: null, runs: 5 });
      expect(r).toEqual(await independentCascade(g, ['9'], { getEdgeStrength: null, runs: 5 }));
      expect(r.expectedReach).toBe(10);
    });

    it('refuses an edge attribute no edge carries (misspelt), and an attribute name with an index', async () => {
      for (const call of [
        independentCascade(path(), ['a'], { getEdgeStrength: 'wieght' }),
        independentCascade(buildIndex(path()), ['a'], { getEdgeStrength: 'weight' }),
      ]) {
        const error = await rejection(call);
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe('getEdgeStrength');
      }
    });
  });

  describe('progress and abort', () => {
    it('onProgress is called with increasing done, ending at the number of runs', async () => {
      const seen: { done: number; total: number }[] = [];
      await independentCascade(fixtureGraph('karate'), ['0'], { runs: 1000, onProgress: (p) => seen.push(p) });
      expect(seen.length).toBe(16);
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThan(seen[i - 1]!.done);
      expect(seen.at(-1)).toEqual({ done: 1000, total: 1000 });
    });

    it('rejects with signal.reason when aborted before or during the runs', async () => {
      const g = fixtureGraph('karate');
      const before = new AbortController();
      before.abort(new Error('cancelled'));
      await expect(independentCascade(g, ['0'], { signal: before.signal })).rejects.toThrow('cancelled');
      const during = new AbortController();
      const reason = new Error('stop');
      const error = await rejection(
        independentCascade(g, ['0'], { runs: 5000, signal: during.signal, onProgress: (p) => p.done > 1000 && during.abort(reason) }),
      );
      // A typed AbortedError (E_ABORTED) whose cause is the signal's reason.
      expect(error).toBeInstanceOf(AbortedError);
      expect((error as AbortedError).cause).toBe(reason);
    });
  });

  describe('standard cases', () => {
    it('rejects with InvalidGraphError on a non-graph', async () => {
      const error = await rejection(independentCascade({} as never, []));
      expect(error).toBeInstanceOf(InvalidGraphError);
    });

    it('rejects with GraphTypeNotSupportedError on a mixed graph', async () => {
      const g = new Graph();
      g.mergeEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expect(await rejection(independentCascade(g, ['a']))).toBeInstanceOf(GraphTypeNotSupportedError);
    });

    it('rejects with NodeNotFoundError on an unknown seed', async () => {
      const error = await rejection(independentCascade(path(), ['a', 'nobody']));
      expect(error).toBeInstanceOf(NodeNotFoundError);
      expect((error as NodeNotFoundError).node).toBe('nobody');
    });

    it.each([
      ['runs', { runs: 0 }],
      ['runs', { runs: 1.5 }],
      ['seed', { seed: 0.5 }],
      ['threads', { threads: 0 }],
      ['probability', { probability: 1.5 }],
      ['probability', { probability: { min: 0.5, max: 0.2 } }],
      ['onProgress', { onProgress: 'yes' }],
      ['signal', { signal: {} }],
      ['colour', { colour: 'red' }],
      ['values', { values: { a: 'ten' } }],
    ])('rejects with InvalidOptionError naming %s', async (option, options) => {
      const error = await rejection(independentCascade(path(), ['a'], options as never));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe(option);
    });

    it('rejects a seed list given as a string', async () => {
      expect(await rejection(independentCascade(path(), 'a' as never))).toBeInstanceOf(InvalidOptionError);
    });

    it('rejects with InvalidWeightError on a zero strength', async () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: 0 });
      expect(await rejection(independentCascade(g, ['a']))).toBeInstanceOf(InvalidWeightError);
    });

    it('an empty graph gives reach 0 and no activations', async () => {
      const r = await independentCascade(new UndirectedGraph(), []);
      expect(r).toEqual({ seeds: [], expectedReach: 0, standardError: 0, runs: 1000, activation: {} });
    });

    it('an isolated seed reaches only itself', async () => {
      const r = await independentCascade(fixtureGraph('org'), ['z'], { probability: 1, runs: 10 });
      expect(r.expectedReach).toBe(1);
      expect(r.activation.z).toBe(1);
    });

    it('ignores self-loops and merges parallel edges (strengths summed)', async () => {
      const multi = new MultiUndirectedGraph();
      for (const node of ['a', 'b', 'c']) multi.addNode(node);
      multi.addEdge('a', 'a', { weight: 5 });
      multi.addEdge('a', 'b', { weight: 1 });
      multi.addEdge('a', 'b', { weight: 1 });
      multi.addEdge('b', 'c', { weight: 4 });
      const simple = new UndirectedGraph();
      simple.mergeEdge('a', 'b', { weight: 2 });
      simple.mergeEdge('b', 'c', { weight: 4 });
      // p = s / s_max: a–b 0.5, b–c 1 (the self-loop's 5 is not a strength)
      const r = await independentCascade(multi, ['a'], { runs: 400 });
      expect(r).toEqual(await independentCascade(simple, ['a'], { runs: 400 }));
      expect(r.activation.c).toBe(r.activation.b);
    });

    it('exports frozen defaults', () => {
      expect(Object.isFrozen(INDEPENDENT_CASCADE_DEFAULTS)).toBe(true);
      expect(INDEPENDENT_CASCADE_DEFAULTS.runs).toBe(1000);
      expect(INDEPENDENT_CASCADE_DEFAULTS.seed).toBe(42);
    });
  });
});
