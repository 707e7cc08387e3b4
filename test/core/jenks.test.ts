/**
 * Two-class Jenks natural breaks (src/core/jenks.ts): hand cases. The optimum against a brute
 * force is a property in test/ties/classify-ties.test.ts; parity with an exact rational brute
 * force is in the golden tests.
 */
import { describe, expect, it } from 'vitest';
import { jenksTwoClassThreshold } from '../../src/core/jenks.js';

const jenks = (xs: number[]) => jenksTwoClassThreshold(Float64Array.from(xs).sort());

describe('jenksTwoClassThreshold', () => {
  it('splits 1, 2, 10, 11 into {1, 2} | {10, 11}: SSE 0.5 + 0.5 = 1 beats 0 + 48.7 and 48.7 + 0', () => {
    expect(jenks([11, 1, 10, 2])).toBe(10);
  });

  it('never splits equal values: 1, 5, 5, 5 → {1} | {5, 5, 5}', () => {
    expect(jenks([5, 1, 5, 5])).toBe(5);
  });

  it('takes the lowest split on an exact tie: 0, 1, 2 → {0} | {1, 2} (SSE 0.5 either way)', () => {
    expect(jenks([0, 1, 2])).toBe(1);
  });

  it('returns the only value with fewer than two distinct values, NaN with none', () => {
    expect(jenks([3, 3, 3])).toBe(3);
    expect(jenks([7])).toBe(7);
    expect(jenks([])).toBeNaN();
  });

  it('isolates a heavy tail: 1 × 20, 2 × 10, 100 → {100} alone', () => {
    expect(jenks([...Array(20).fill(1), ...Array(10).fill(2), 100])).toBe(100);
  });
});
