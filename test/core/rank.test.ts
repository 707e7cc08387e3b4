/**
 * The ranking kernels of src/core/rank.ts against naive versions (comparator sorts, O(n²)
 * mid-ranks), plus hand cases.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, shuffleInPlace } from '../../src/core/random.js';
import { denseLevels, midRanks, orderByKey, pearson, sortedOrder } from '../../src/core/rank.js';

/** Spearman's ρ as overlapStrengthCorrelation computes it: Pearson's r of the mid-ranks. */
const spearman = (x: ArrayLike<number>, y: ArrayLike<number>): number => (x.length < 2 ? Number.NaN : pearson(midRanks(x), midRanks(y)));

const arbValues = fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { maxLength: 60 });

/** Mid-rank the slow way: 1 + (number smaller) + (number equal − 1)/2. */
function naiveMidRanks(values: number[]): number[] {
  return values.map((x) => 1 + values.filter((y) => y < x).length + (values.filter((y) => y === x).length - 1) / 2);
}

function naivePearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('rank kernels', () => {
  it('denseLevels: levels into the sorted distinct values, with counts (−0 and +0 are one value, +0)', () => {
    const { levels, distinct, counts } = denseLevels([3, 1, 3, 2, -0, 0]);
    expect(Array.from(distinct)).toEqual([0, 1, 2, 3]);
    expect(Object.is(distinct[0], 0)).toBe(true);
    expect(Array.from(levels)).toEqual([3, 1, 3, 2, 0, 0]);
    expect(Array.from(counts)).toEqual([2, 1, 1, 2]);
  });

  it('midRanks averages the ranks of ties: [10, 20, 20, 30] → [1, 2.5, 2.5, 4]', () => {
    expect(Array.from(midRanks([10, 20, 20, 30]))).toEqual([1, 2.5, 2.5, 4]);
    expect(Array.from(midRanks([]))).toEqual([]);
  });

  it('spearman: perfect monotone association is 1 whatever the spacing; NaN for a constant or < 2 values', () => {
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toBe(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(spearman([1], [1])).toBeNaN();
    expect(pearson([1, 2], [5, 5])).toBeNaN();
  });

  test.prop([fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(-0, 0, 1, -1, Number.MIN_VALUE, -Number.MAX_VALUE)), { maxLength: 80 })], {
    numRuns: 200,
  })('sortedOrder (radix sort on the IEEE-754 bits) is a stable numeric sort over the whole double range', (keys) => {
    const expected = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
    expect(Array.from(sortedOrder(keys))).toEqual(expected);
  });

  it('sortedOrder handles 70,000 keys (more than one radix bucket range) and an empty input', () => {
    const rng = createRng(5);
    const keys = Array.from({ length: 70_000 }, () => Math.floor(rng() * 1000) / 7 - 50);
    const order = Array.from(sortedOrder(keys));
    let unsorted = 0;
    for (let p = 1; p < order.length; p++) {
      const [a, b] = [order[p - 1]!, order[p]!];
      if (!(keys[a]! < keys[b]! || (keys[a] === keys[b] && a < b))) unsorted++;
    }
    expect(unsorted).toBe(0);
    expect(new Set(order).size).toBe(keys.length);
    expect(Array.from(sortedOrder([]))).toEqual([]);
  });

  test.prop([arbValues], { numRuns: 100 })('midRanks equals the naive mid-ranks', (values) => {
    expect(Array.from(midRanks(values))).toEqual(naiveMidRanks(values));
  });

  test.prop([arbValues, fc.integer()], { numRuns: 100 })(
    'orderByKey sorts by key, equal keys in their order in the tie-break sequence',
    (keys, seed) => {
      const sequence = shuffleInPlace(createRng(seed), Uint32Array.from(keys, (_, i) => i));
      const position = new Map(Array.from(sequence, (t, p) => [t, p]));
      const expected = Array.from(sequence).sort((a, b) => keys[a]! - keys[b]! || position.get(a)! - position.get(b)!);
      expect(Array.from(orderByKey(keys, sequence))).toEqual(expected);
    },
  );

  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.double({ min: -100, max: 100, noNaN: true })), { minLength: 2, maxLength: 40 })], {
    numRuns: 100,
  })('spearman equals Pearson of the naive mid-ranks', (pairs) => {
    const x = pairs.map(([a]) => a);
    const y = pairs.map(([, b]) => b);
    const rx = naiveMidRanks(x);
    const ry = naiveMidRanks(y);
    const expected = naivePearson(rx, ry);
    const got = spearman(x, y);
    if (Number.isNaN(expected)) expect(got).toBeNaN();
    else expect(got).toBeCloseTo(expected, 12);
  });
});
