/**
 * Unit tests of hierarchy (STYLE.md §9, layer 1). No trustworthy peer: the golden values in
 * burt.golden.test.ts apply the formula to NetworkX local_constraint.
 */
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { assignHierarchy, hierarchy, HIERARCHY_DEFAULTS, hierarchyIndexed } from '../../src/brokerage/hierarchy.js';
import { kite, org, standardCases } from './burt-cases.js';

describe('hierarchy', () => {
  standardCases({
    name: 'hierarchy',
    compute: hierarchy as never,
    indexed: hierarchyIndexed as never,
    assign: assignHierarchy as never,
    defaults: HIERARCHY_DEFAULTS,
    attribute: 'hierarchy',
    pendant: 1,
    burt: true,
    isolate: Number.NaN,
  });

  it('returns 0.0455 for a2 in org (unweighted)', () => {
    // a2's contacts a1, a3, b2 (p = 1/3 each); p(a3,a1) = 1/3, p(a1,a3) = 1/2; b2 is tied to neither.
    // c(a2,a1) = (1/3 + 1/3·1/3)² = 64/324, c(a2,a3) = (1/3 + 1/3·1/2)² = 81/324, c(a2,b2) = 36/324; C = 181/324.
    // r = 3c/C = 192/181, 243/181, 108/181; H = Σ r ln r / (3 ln 3) = 0.0455.
    const r = [192 / 181, 243 / 181, 108 / 181];
    const expected = r.reduce((s, x) => s + x * Math.log(x), 0) / (3 * Math.log(3));
    expect(hierarchy(org(), { getEdgeStrength: null }).a2).toBeCloseTo(expected, 14);
    expect(expected).toBeCloseTo(0.0455, 4);
  });

  it('matches the METRICS.md org table (unweighted)', () => {
    const h = hierarchy(org(), { getEdgeStrength: null });
    const expected: Record<string, number> = { a1: 0, a2: 0.0455, a3: 0.0455, b1: 0, b2: 0, c1: 1.0 };
    for (const [node, value] of Object.entries(expected)) expect(Math.abs(h[node]! - value)).toBeLessThanOrEqual(5e-5);
    expect(h.z).toBeNaN();
  });

  it('returns 1.0 for a person with one contact (METRICS.md §1.3; EasyGraph returns 0)', () => {
    // The formula is 0/0 at k = 1; all constraint sits on the one contact.
    expect(hierarchy(org()).c1).toBe(1);
    expect(hierarchy(kite())['9']).toBe(1);
  });

  it('returns 0, never a negative rounding residue, when every contact constrains equally', () => {
    const star = new UndirectedGraph();
    for (const leaf of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) star.mergeEdge('hub', leaf, { weight: 0.1 });
    const h = hierarchy(star).hub!;
    expect(h).toBeGreaterThanOrEqual(0);
    expect(h).toBeLessThan(1e-30);
  });

  it('approaches 1 when one contact carries almost all the constraint', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('me', 'boss', { weight: 1000 });
    g.mergeEdge('me', 'x', { weight: 1 });
    g.mergeEdge('me', 'y', { weight: 1 });
    expect(hierarchy(g).me).toBeGreaterThan(0.9);
    expect(hierarchy(g).me).toBeLessThan(1);
  });
});
