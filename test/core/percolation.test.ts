/**
 * The percolation sweep kernel (src/core/percolation.ts) on hand cases; its agreement with the
 * naive oracle on random graphs is in test/ties/percolation-curve.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { percolationSweep } from '../../src/core/percolation.js';

describe('percolationSweep', () => {
  it('adds ties back in reverse removal order: a 4-cycle removed 0, 1, 2, 3', () => {
    // Ties 0: 0–1, 1: 1–2, 2: 2–3, 3: 3–0. After 1 removal the rest is a path (R = 1); after 2:
    // 2–3, 3–0 → {0, 2, 3}, {1}: R = 3/4, S = 1/4; after 3: 3–0 → {0, 3}, {1}, {2}: R = 1/2, S = 2/4.
    const sweep = percolationSweep(4, Uint32Array.of(0, 1, 2, 3), Uint32Array.of(1, 2, 3, 0), Uint32Array.of(0, 1, 2, 3), 4);
    expect(Array.from(sweep.removedTies)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(sweep.giant)).toEqual([1, 1, 0.75, 0.5, 0.25]);
    expect(Array.from(sweep.susceptibility)).toEqual([0, 0, 0.25, 0.5, 0]);
  });

  it('takes ⌊i·m/steps⌋ ties per step with more steps than ties', () => {
    const sweep = percolationSweep(2, Uint32Array.of(0), Uint32Array.of(1), Uint32Array.of(0), 3);
    expect(Array.from(sweep.removedTies)).toEqual([0, 0, 0, 1]);
    expect(Array.from(sweep.giant)).toEqual([1, 1, 1, 0.5]);
  });
});
