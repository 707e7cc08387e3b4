/**
 * The independent-cascade kernels (src/core/cascade.ts) and their chunk runner
 * (src/runtime/run-async.ts) against the naive oracles of test/oracles/cascade.naive.ts, which
 * rebuild the same live-arc worlds from the exported coin function (STYLE.md §9, layer 4).
 */
import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { buildIndex, type CsrIndex } from '../../src/index.js';
import {
  CASCADE_CHUNKS,
  cascadeCoin,
  cascadeRunKey,
  cascadeSeedKey,
  coinThresholds,
  COIN_SCALE,
  createCoverState,
  marginalGain,
  REFERRAL_FIELD as F,
  REFERRAL_FIELDS,
  simulateReferral,
  simulateSingleSeeds,
  simulateSpread,
  singleSeedChunk,
} from '../../src/core/cascade.js';
import { meanAndError } from '../../src/core/cascade-options.js';
import { arbGraph, toGraphology } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import {
  coinWorlds,
  naiveCascadeGraph,
  reachSets,
  referralInWorld,
  type NaiveCascadeGraph,
} from '../oracles/cascade.naive.js';

/** Deterministic pseudo-random probabilities per slot, some exactly 0 and 1. */
function slotProbabilities(index: CsrIndex, salt: number): Float64Array {
  const p = new Float64Array(index.neighbors.length);
  for (let s = 0; s < p.length; s++) {
    const x = cascadeCoin(salt, 0, s, 7) / COIN_SCALE;
    p[s] = x < 0.1 ? 0 : x > 0.9 ? 1 : x;
  }
  return p;
}

const one = { threads: 1 as const };

describe('cascade coins', () => {
  it('are deterministic 32-bit integers, distinct across seeds, runs and arcs', () => {
    const k = cascadeSeedKey(42);
    expect(cascadeCoin(k, 0, 1, 2)).toBe(cascadeCoin(k, 0, 1, 2));
    expect(Number.isInteger(cascadeCoin(k, 3, 1, 2))).toBe(true);
    const seen = new Set<number>();
    for (let r = 0; r < 20; r++) for (let u = 0; u < 20; u++) for (let v = 0; v < 20; v++) seen.add(cascadeCoin(k, r, u, v));
    expect(seen.size).toBe(8000);
    expect(cascadeSeedKey(42)).not.toBe(cascadeSeedKey(43));
    expect(cascadeSeedKey(-1)).not.toBe(cascadeSeedKey(2 ** 32 - 1));
    expect(cascadeRunKey(k, 0)).not.toBe(cascadeRunKey(k, 1));
  });

  it('are uniform enough: the share of coins below p·2^32 is p within 1 %', () => {
    const k = cascadeSeedKey(7);
    let below = 0;
    const N = 200_000;
    for (let i = 0; i < N; i++) if (cascadeCoin(k, i >>> 8, i & 255, 3) < 0.3 * COIN_SCALE) below++;
    expect(Math.abs(below / N - 0.3)).toBeLessThan(0.01);
  });
});

describe('simulateSpread', () => {
  test.prop([arbGraph({ maxNodes: 10 }), fc.integer({ min: 0, max: 1000 })], { numRuns: 60 })(
    'counts every node exactly as the oracle does in the same coin worlds',
    async (desc, salt) => {
      const index = buildIndex(toGraphology(desc));
      if (index.order === 0) return;
      const probs = slotProbabilities(index, salt);
      const g = naiveCascadeGraph(index, probs);
      const seeds = [0, Math.floor(index.order / 2)].filter((v, i, a) => a.indexOf(v) === i);
      const seedKey = cascadeSeedKey(salt);
      const runs = 37;
      const totals = await simulateSpread(index, coinThresholds(probs), Uint32Array.from(seeds), null, { runs, seedKey, threads: 1 });
      const sets = reachSets(g, seeds, coinWorlds(g, seedKey, runs));
      const counts = new Array<number>(index.order).fill(0);
      for (const set of sets) for (const v of set) counts[v]!++;
      expect(Array.from(totals.counts)).toEqual(counts);
      expect(totals.reach[0]).toBe(sets.reduce((a, s) => a + s.size, 0));
      expect(totals.reach[1]).toBe(sets.reduce((a, s) => a + s.size ** 2, 0));
    },
  );

  it('gives identical results on 1 thread and with worker threads (the worker path included)', async () => {
    const index = buildIndex(fixtureGraph('karate'));
    const thresholds = coinThresholds(new Float64Array(index.neighbors.length).fill(0.2));
    const values = Float64Array.from({ length: index.order }, (_, v) => (v * 37) % 11 + 0.25);
    const run = { runs: 500, seedKey: cascadeSeedKey(5) };
    const single = await simulateSpread(index, thresholds, Uint32Array.of(0, 33), values, { ...run, threads: 1 });
    const workers = await simulateSpread(index, thresholds, Uint32Array.of(0, 33), values, { ...run, threads: 2 });
    expect(workers.workerChunks).toBe(CASCADE_CHUNKS);
    expect(single.workerChunks).toBe(0);
    expect(workers.counts).toEqual(single.counts);
    expect(workers.reach).toEqual(single.reach);
    expect(workers.value).toEqual(single.value); // float sums: bit for bit, chunk order
  });
});

describe('simulateReferral', () => {
  /** Oracle sums over the coin worlds for each person. */
  function oracleSums(g: NaiveCascadeGraph, people: number[], seedKey: number, runs: number, rules: Parameters<typeof referralInWorld>[3]) {
    const worlds = coinWorlds(g, seedKey, runs);
    return people.map((i) => {
      const sums = new Float64Array(REFERRAL_FIELDS);
      const tieValue = g.out[i]!.map(() => 0);
      const tiePeople = g.out[i]!.map(() => 0);
      for (const live of worlds) {
        const o = referralInWorld(g, i, live, rules);
        sums[F.value]! += o.value;
        sums[F.value2]! += o.value ** 2;
        sums[F.people]! += o.people;
        sums[F.people2]! += o.people ** 2;
        sums[F.strongValue]! += o.strongValue;
        sums[F.strongValue2]! += o.strongValue ** 2;
        sums[F.strongPeople]! += o.strongPeople;
        sums[F.pathValue]! += o.pathValue;
        sums[F.pathPeople]! += o.pathPeople;
        sums[F.novelValue]! += o.novelValue;
        sums[F.novelValue2]! += o.novelValue ** 2;
        sums[F.novelPeople]! += o.novelPeople;
        o.tieValue.forEach((x, k) => (tieValue[k]! += x));
        o.tiePeople.forEach((x, k) => (tiePeople[k]! += x));
      }
      return { sums, tieValue, tiePeople };
    });
  }

  test.prop([arbGraph({ maxNodes: 9 }), fc.integer({ min: 0, max: 1000 }), fc.boolean()], { numRuns: 50 })(
    'attributes every activation to its chain exactly as the oracle does (both novelty rules)',
    async (desc, salt, byCommunity) => {
      const index = buildIndex(toGraphology(desc));
      const n = index.order;
      if (n === 0) return;
      const probs = slotProbabilities(index, salt);
      const g = naiveCascadeGraph(index, probs);
      const values = Array.from({ length: n }, (_, v) => (v % 3) * 2.5);
      const targets = Array.from({ length: n }, (_, v) => v % 4 !== 1);
      const strongSlots = Uint8Array.from({ length: index.neighbors.length }, (_, p) => (index.slotTies[p]! % 2 === 0 ? 1 : 0));
      const bridgeSlots = Uint8Array.from({ length: index.neighbors.length }, (_, p) => (index.slotTies[p]! % 3 === 0 ? 1 : 0));
      const community = Int32Array.from({ length: n }, (_, v) => v % 2);
      const bySlot = (mask: Uint8Array) => g.out.map((list, u) => list.map((_, k) => mask[index.offsets[u]! + k] === 1));
      const rules = {
        values,
        targets,
        strong: bySlot(strongSlots),
        ...(byCommunity ? { community: Array.from(community) } : { bridge: bySlot(bridgeSlots) }),
      };
      const people = Array.from({ length: n }, (_, v) => v);
      const seedKey = cascadeSeedKey(salt);
      const runs = 23;
      const totals = await simulateReferral(
        {
          n,
          offsets: index.offsets,
          neighbors: index.neighbors,
          thresholds: coinThresholds(probs),
          strongSlots,
          bridgeSlots: byCommunity ? null : bridgeSlots,
          community: byCommunity ? community : null,
          values: Float64Array.from(values),
          targets: Uint8Array.from(targets, (t) => (t ? 1 : 0)),
          people: Uint32Array.from(people),
        },
        { runs, seedKey, threads: 1 },
      );
      const expected = oracleSums(g, people, seedKey, runs, rules);
      people.forEach((i, k) => {
        const got = totals.fields.subarray(REFERRAL_FIELDS * k, REFERRAL_FIELDS * (k + 1));
        for (let f = 0; f < REFERRAL_FIELDS; f++) expect(got[f]).toBeCloseTo(expected[k]!.sums[f]!, 9);
        const tv = Array.from(totals.tieValue.subarray(totals.tieStart[k]!, totals.tieStart[k + 1]!));
        const tp = Array.from(totals.tiePeople.subarray(totals.tieStart[k]!, totals.tieStart[k + 1]!));
        tv.forEach((x, q) => expect(x).toBeCloseTo(expected[k]!.tieValue[q]!, 9));
        expect(tp).toEqual(expected[k]!.tiePeople);
      });
    },
  );
});

describe('worker threads', () => {
  it('simulateReferral and simulateSingleSeeds give identical results on worker threads', async () => {
    const index = buildIndex(fixtureGraph('karate'));
    const n = index.order;
    const thresholds = coinThresholds(slotProbabilities(index, 11));
    const values = Float64Array.from({ length: n }, (_, v) => ((v * 13) % 7) + 0.1);
    const data = {
      n,
      offsets: index.offsets,
      neighbors: index.neighbors,
      thresholds,
      strongSlots: Uint8Array.from({ length: index.neighbors.length }, (_, p) => p % 2),
      bridgeSlots: Uint8Array.from({ length: index.neighbors.length }, (_, p) => (p % 5 === 0 ? 1 : 0)),
      community: null,
      values,
      targets: new Uint8Array(n).fill(1),
      people: Uint32Array.from({ length: n }, (_, v) => v),
    };
    const run = { runs: 80, seedKey: cascadeSeedKey(4) };
    const here = await simulateReferral(data, { ...run, threads: 1 });
    const there = await simulateReferral(data, { ...run, threads: 2 });
    expect(there.workerChunks).toBe(CASCADE_CHUNKS);
    expect(there.fields).toEqual(here.fields);
    expect(there.tieValue).toEqual(here.tieValue);
    expect(there.tiePeople).toEqual(here.tiePeople);
    const candidates = Uint32Array.from({ length: n }, (_, v) => v);
    const a = await simulateSingleSeeds(index, thresholds, candidates, values, { ...run, threads: 1 });
    const b = await simulateSingleSeeds(index, thresholds, candidates, values, { ...run, threads: 2 });
    expect(b.workerChunks).toBe(CASCADE_CHUNKS);
    expect(b.reach).toEqual(a.reach);
    expect(b.value).toEqual(a.value);
  });
});

describe('influence maximisation kernels', () => {
  it('singleSeedChunk (both splits) and marginalGain with nothing covered: counts agree exactly, values to rounding', async () => {
    const index = buildIndex(fixtureGraph('karate'));
    const thresholds = coinThresholds(new Float64Array(index.neighbors.length).fill(0.15));
    const values = Float64Array.from({ length: index.order }, (_, v) => 0.1 * ((v * 7) % 13));
    const candidates = Uint32Array.from({ length: index.order }, (_, v) => v);
    const run = { runs: 64, seedKey: cascadeSeedKey(9), threads: 1 as const };
    const data = { n: index.order, offsets: index.offsets, neighbors: index.neighbors, thresholds, values, candidates, seedKey: run.seedKey, runs: run.runs, chunks: 1 };
    const byCandidates = singleSeedChunk({ ...data, split: 'candidates' }, 0, {});
    const byRuns = singleSeedChunk({ ...data, split: 'runs' }, 0, {});
    const first = await simulateSingleSeeds(index, thresholds, candidates, values, run); // all candidates: split by runs
    const state = createCoverState(index.order, run.runs);
    const out = new Float64Array(2);
    for (const v of candidates) {
      marginalGain(index.offsets, index.neighbors, thresholds, values, run.seedKey, state, v, false, out);
      expect(byCandidates.reach[v]).toBe(out[0]);
      expect(byCandidates.value[v]).toBe(out[1]); // same visiting order: bit for bit
      expect(byRuns.reach[v]).toBe(out[0]);
      expect(byRuns.value[v]).toBeCloseTo(out[1]!, 9);
      expect(first.reach[v]).toBe(out[0]);
      expect(first.value[v]).toBeCloseTo(out[1]!, 9);
    }
  });

  test.prop([arbGraph({ maxNodes: 12 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 5 })], { numRuns: 80 })(
    'singleSeedChunk split by runs (live worlds, strong components) equals the oracle reach sets',
    async (desc, salt, chunks) => {
      const index = buildIndex(toGraphology(desc));
      const n = index.order;
      if (n === 0) return;
      const probs = slotProbabilities(index, salt); // some exactly 0 and 1: flooding components
      const g = naiveCascadeGraph(index, probs);
      const seedKey = cascadeSeedKey(salt);
      const runs = 19;
      const values = Float64Array.from({ length: n }, (_, v) => ((v * 5) % 7) * 0.3);
      // Every other node as a candidate, in a shuffled order (ids need not be sorted).
      const candidates = Uint32Array.from(Array.from({ length: n }, (_, v) => v).filter((v) => v % 2 === salt % 2).reverse());
      const data = { n, offsets: index.offsets, neighbors: index.neighbors, thresholds: coinThresholds(probs), values, candidates, seedKey, runs, chunks, split: 'runs' as const };
      const reach = new Float64Array(candidates.length);
      const value = new Float64Array(candidates.length);
      const scratch = {};
      for (let c = 0; c < chunks; c++) {
        const part = singleSeedChunk(data, c, scratch);
        part.reach.forEach((x, k) => (reach[k]! += x));
        part.value.forEach((x, k) => (value[k]! += x));
      }
      const worlds = coinWorlds(g, seedKey, runs);
      candidates.forEach((s, k) => {
        const sets = reachSets(g, [s], worlds);
        expect(reach[k]).toBe(sets.reduce((a, set) => a + set.size, 0));
        expect(value[k]).toBeCloseTo(sets.reduce((a, set) => a + [...set].reduce((b, v) => b + values[v]!, 0), 0), 9);
      });
    },
  );

  it('simulateSingleSeeds splits by candidates when they are few, with the same counts', async () => {
    const index = buildIndex(fixtureGraph('karate'));
    const thresholds = coinThresholds(new Float64Array(index.neighbors.length).fill(0.3));
    const run = { runs: 40, seedKey: cascadeSeedKey(2), threads: 1 as const };
    const few = Uint32Array.of(0, 5, 33); // 3 of 34 < an eighth: one cascade per candidate and run
    const all = Uint32Array.from({ length: index.order }, (_, v) => v);
    const a = await simulateSingleSeeds(index, thresholds, few, null, run);
    const b = await simulateSingleSeeds(index, thresholds, all, null, run);
    expect(Array.from(a.reach)).toEqual([b.reach[0], b.reach[5], b.reach[33]]);
  });

  it('marginalGain counts the nodes newly reached in each world', async () => {
    const index = buildIndex(fixtureGraph('kite'));
    const probs = new Float64Array(index.neighbors.length).fill(0.35);
    const g = naiveCascadeGraph(index, probs);
    const seedKey = cascadeSeedKey(3);
    const runs = 40;
    const worlds = coinWorlds(g, seedKey, runs);
    const state = createCoverState(index.order, runs);
    const out = new Float64Array(2);
    const thresholds = coinThresholds(probs);
    marginalGain(index.offsets, index.neighbors, thresholds, null, seedKey, state, 0, true, out);
    expect(out[0]).toBe(reachSets(g, [0], worlds).reduce((a, s) => a + s.size, 0));
    marginalGain(index.offsets, index.neighbors, thresholds, null, seedKey, state, 9, false, out);
    const both = reachSets(g, [0, 9], worlds).reduce((a, s) => a + s.size, 0);
    const alone = reachSets(g, [0], worlds).reduce((a, s) => a + s.size, 0);
    expect(out[0]).toBe(both - alone);
  });
});

describe('meanAndError', () => {
  it('is the mean and the standard error of the mean', () => {
    // values 1, 2, 3: mean 2, s² = 1, SE = √(1/3)
    const [mean, se] = meanAndError(6, 14, 3);
    expect(mean).toBe(2);
    expect(se).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect(meanAndError(5, 25, 1)[1]).toBeNaN();
  });
});
