/**
 * slotProbabilities (src/referral/probability.ts): strength → probability, the `probability`
 * option shared by the cascade, referral and warm-introduction functions.
 */
import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { InvalidOptionError } from '../../src/errors.js';
import { slotProbabilities } from '../../src/referral/probability.js';
import { fixtureGraph } from '../fixtures/graphs.js';

const P = 'test';

describe('slotProbabilities', () => {
  const org = buildIndex(fixtureGraph('org')); // s_max = 4 (b1–b2)
  /** p of the attempt u → v. */
  const pOf = (index: typeof org, p: Float64Array, u: string, v: string) => {
    const a = index.id(u);
    for (let s = index.offsets[a]!; s < index.offsets[a + 1]!; s++) if (index.keys[index.neighbors[s]!] === v) return p[s]!;
    throw new Error('no such tie');
  };

  it('defaults to s / s_max', () => {
    const p = slotProbabilities(org, undefined, P);
    expect(pOf(org, p, 'a1', 'a2')).toBe(3 / 4);
    expect(pOf(org, p, 'b2', 'b1')).toBe(1);
    expect(pOf(org, p, 'b2', 'c1')).toBe(1 / 4);
  });

  it('power curve p = min + (max − min)(s / s_max)^γ', () => {
    const p = slotProbabilities(org, { min: 0.1, max: 0.5, gamma: 2 }, P);
    // a1–a2: 0.1 + 0.4 · (3/4)² = 0.325
    expect(pOf(org, p, 'a1', 'a2')).toBeCloseTo(0.325, 15);
    expect(pOf(org, p, 'b1', 'b2')).toBeCloseTo(0.5, 15);
  });

  it('a constant, and a function of (strength, maxStrength)', () => {
    expect([...slotProbabilities(org, 0.3, P)].every((x) => x === 0.3)).toBe(true);
    const p = slotProbabilities(org, (s: number, max: number) => (s === max ? 0.9 : 0.1), P);
    expect(pOf(org, p, 'b1', 'b2')).toBe(0.9);
    expect(pOf(org, p, 'a1', 'a2')).toBe(0.1);
  });

  it("'weightedCascade' gives 1 / in-degree of the target (undirected: its degree)", () => {
    const p = slotProbabilities(org, 'weightedCascade', P);
    expect(pOf(org, p, 'a1', 'a2')).toBe(1 / 3); // a2 has 3 contacts
    expect(pOf(org, p, 'b2', 'c1')).toBe(1); // c1 has 1 contact
    const g = new DirectedGraph();
    g.mergeEdge('a', 'c');
    g.mergeEdge('b', 'c');
    g.mergeEdge('c', 'a');
    const d = buildIndex(g, { getEdgeStrength: null });
    const q = slotProbabilities(d, 'weightedCascade', P);
    expect(pOf(d, q, 'a', 'c')).toBe(1 / 2);
    expect(pOf(d, q, 'c', 'a')).toBe(1);
  });

  it('directed: each arc uses its own strength', () => {
    const g = new DirectedGraph();
    g.mergeEdge('a', 'b', { weight: 1 });
    g.mergeEdge('b', 'a', { weight: 4 });
    const d = buildIndex(g);
    const p = slotProbabilities(d, undefined, P);
    expect(pOf(d, p, 'a', 'b')).toBe(0.25);
    expect(pOf(d, p, 'b', 'a')).toBe(1);
  });

  it('refuses out-of-range or malformed rules, naming the option (and the tie for a function)', () => {
    for (const bad of [-0.1, 1.5, Number.NaN, null, 'linear', { min: 0.5, max: 0.2 }, { max: 2 }, { gamma: 0 }, { lo: 0 }]) {
      expect(() => slotProbabilities(org, bad, P)).toThrow(InvalidOptionError);
    }
    expect(() => slotProbabilities(org, () => 2, P)).toThrow(/returned 2 for the tie "a1" → "a2"/);
  });
});
