/**
 * strongTieMask (src/ties/strong-ties.ts): the one `strongTies` rule of the reach, referral and
 * customer functions. Each form (threshold, classifyTies rule, attribute, predicate) against
 * classifyTies on F2 "org", the directed projection, and the errors.
 */
import { DirectedGraph, MultiUndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { InvalidOptionError } from '../../src/errors.js';
import { assignClassifyTies, classifyTies } from '../../src/ties/classify-ties.js';
import { strongProjectedTies, strongTieMask } from '../../src/ties/strong-ties.js';
import { undirectedTies } from '../../src/core/undirected-ties.js';
import { DEFAULT_STRONG_TIE_RULE } from '../../src/index.js';
import { fixtureGraph } from '../fixtures/graphs.js';

const P = 'test';

/** The strong ties as sorted 'u–v' labels. */
function strongPairs(index: ReturnType<typeof buildIndex>, strong: Uint8Array): string[] {
  const out: string[] = [];
  for (let t = 0; t < index.size; t++) {
    if (strong[t] === 1) out.push(`${index.keys[index.tieSources[t]!]}–${index.keys[index.tieTargets[t]!]}`);
  }
  return out.sort();
}

describe('strongTieMask', () => {
  const org = fixtureGraph('org'); // a1–a2 3, a1–a3 2, a2–a3 1, a3–b1 1, b1–b2 4, b2–c1 1, a2–b2 1
  const index = buildIndex(org);

  it('a threshold ℓ marks the ties with strength ≥ ℓ', () => {
    const { strong, threshold } = strongTieMask(org, index, 2, P);
    expect(threshold).toBe(2);
    expect(strongPairs(index, strong)).toEqual(['a1–a2', 'a1–a3', 'b1–b2']);
  });

  it('the default rule is classifyTies’ default (Jenks), with its threshold', () => {
    const expected = classifyTies(index);
    const { strong, threshold } = strongTieMask(org, index, undefined, P);
    expect(threshold).toBe(expected.threshold);
    expect(strong.reduce((a, b) => a + b, 0)).toBe(expected.counts.strong);
  });

  it('a classifyTies rule gives classifyTies’ threshold (Granovetter–Freeman on org: ℓ = 2)', () => {
    const { threshold } = strongTieMask(org, index, { method: 'granovetterFreeman' }, P);
    expect(threshold).toBe(2);
    expect(strongTieMask(org, index, { method: 'quantile', quantile: 1 }, P).threshold).toBe(4);
  });

  it('an attribute written by assignClassifyTies and a predicate give the same ties', () => {
    const g = fixtureGraph('org');
    assignClassifyTies(g, { method: 'threshold', threshold: 3 });
    expect(strongPairs(index, strongTieMask(g, index, 'tie', P).strong)).toEqual(['a1–a2', 'b1–b2']);
    const byPredicate = strongTieMask(g, index, (_e: string, attributes: Record<string, unknown>) => (attributes['weight'] as number) >= 3, P);
    expect(strongPairs(index, byPredicate.strong)).toEqual(['a1–a2', 'b1–b2']);
    expect(byPredicate.threshold).toBeNaN();
  });

  it('parallel edges: the tie is strong when any of its edges is', () => {
    const g = new MultiUndirectedGraph();
    g.mergeEdge('a', 'b', { tie: 'weak' });
    g.mergeEdge('a', 'b', { tie: 'strong' });
    g.mergeEdge('b', 'c', { tie: 'weak' });
    const idx = buildIndex(g, { getEdgeStrength: null });
    expect(strongPairs(idx, strongTieMask(g, idx, 'tie', P).strong)).toEqual(['a–b']);
  });

  it('directed: thresholds compare the projected strength a_ij + a_ji, and both arcs share the class', () => {
    const g = new DirectedGraph();
    g.mergeEdge('a', 'b', { weight: 1 });
    g.mergeEdge('b', 'a', { weight: 2 }); // projected a–b = 3
    g.mergeEdge('b', 'c', { weight: 2 }); // projected b–c = 2
    const idx = buildIndex(g);
    expect(strongPairs(idx, strongTieMask(g, idx, 3, P).strong)).toEqual(['a–b', 'b–a']);
    g.setEdgeAttribute('a', 'b', 'tie', 'strong');
    g.setEdgeAttribute('b', 'a', 'tie', 'weak');
    g.setEdgeAttribute('b', 'c', 'tie', 'weak');
    expect(strongPairs(idx, strongTieMask(g, idx, 'tie', P).strong)).toEqual(['a–b', 'b–a']);
  });

  it('refuses bad rules with InvalidOptionError naming the option', () => {
    const bad: unknown[] = [Number.NaN, null, [], { method: 'median' }, { method: 'jenks', quantile: 0.5 }, { method: 'threshold' }, { method: 'quantile', quantile: 2 }, { method: 'jenks', extra: 1 }];
    for (const rule of bad) {
      expect(() => strongTieMask(org, index, rule, P)).toThrow(InvalidOptionError);
    }
    try {
      strongTieMask(org, index, { method: 'median' }, P, 'via');
    } catch (error) {
      expect((error as InvalidOptionError).option).toBe('via');
    }
  });

  it('refuses an attribute that no edge carries (a misspelling) with InvalidOptionError naming the option', () => {
    const g = fixtureGraph('org');
    assignClassifyTies(g);
    let error: unknown;
    try {
      strongTieMask(g, index, 'ties', P);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
    expect((error as InvalidOptionError).option).toBe('strongTies');
    expect(() => strongTieMask(g, index, 'tie', P)).not.toThrow();
    expect(() => strongProjectedTies(g, index, undirectedTies(index, 'any'), 'ties', P)).toThrow(InvalidOptionError);
  });

  it('strongProjectedTies judges the projected ties: rules choose their threshold over them', () => {
    const g = new DirectedGraph();
    g.mergeEdge('a', 'b', { weight: 1 });
    g.mergeEdge('b', 'a', { weight: 2 }); // projected a–b = 3
    g.mergeEdge('b', 'c', { weight: 2 }); // projected b–c = 2 (any only)
    const idx = buildIndex(g);
    const any = undirectedTies(idx, 'any');
    expect(Array.from(strongProjectedTies(g, idx, any, 3, P).strong)).toEqual([1, 0]);
    // 'mutual' keeps a–b only: the quantile-0 rule's threshold is its strength, 3.
    const mutual = undirectedTies(idx, 'mutual');
    expect(strongProjectedTies(g, idx, mutual, { method: 'quantile', quantile: 0 }, P).threshold).toBe(3);
    expect(strongProjectedTies(g, idx, any, { method: 'quantile', quantile: 0 }, P).threshold).toBe(2);
    g.setEdgeAttribute('a', 'b', 'tie', 'weak');
    g.setEdgeAttribute('b', 'a', 'tie', 'strong');
    expect(Array.from(strongProjectedTies(g, idx, mutual, 'tie', P).strong)).toEqual([1]); // b→c has no class: not a mutual tie, not read
    expect(DEFAULT_STRONG_TIE_RULE).toEqual({ method: 'jenks' });
  });

  it('an attribute or predicate needs a graph; a non-class attribute value is refused with the edge', () => {
    expect(() => strongTieMask(index, index, 'tie', P)).toThrow(/CsrIndex holds no edge attributes/);
    expect(() => strongTieMask(org, index, 'weight', P)).toThrow(/expected 'strong', 'weak', true or false/);
    expect(() => strongTieMask(org, index, () => 'yes' as unknown as boolean, P)).toThrow(/predicate return "yes"/);
  });
});
