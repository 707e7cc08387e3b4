/**
 * Unit tests of engagementExposure (STYLE.md §9, layer 1): the standard cases and hand-computed
 * exposures with the arithmetic in comments. No peer library computes this measure; the
 * hand-computed cases pin it. Properties are in engagement-exposure.prop.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { buildIndex } from '../../src/core/build-index.js';
import {
  assignEngagementExposure,
  ENGAGEMENT_EXPOSURE_DEFAULTS,
  engagementExposure,
} from '../../src/engagement/engagement-exposure.js';
import {
  GraphTypeNotSupportedError,
  InvalidGraphError,
  InvalidOptionError,
  InvalidWeightError,
  NodeNotFoundError,
  type TieStrengthError,
} from '../../src/errors.js';
import { Graph } from '../arbitraries.js';

function thrown(fn: () => unknown): TieStrengthError {
  try {
    fn();
  } catch (error) {
    return error as TieStrengthError;
  }
  throw new Error('expected the call to throw');
}

/**
 * a is tied to b (strength 2, score 4), c (1, score 2) and d (1, score 4); scale 1–5, threshold 3.
 * a has score 5 (never used for a's own exposure); z is isolated with score 1; k is a customer (no
 * score) tied to b.
 */
function team(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.addNode('a', { engagement: 5 });
  g.addNode('b', { engagement: 4 });
  g.addNode('c', { engagement: 2 });
  g.addNode('d', { engagement: 4 });
  g.addNode('z', { engagement: 1 });
  g.addNode('k', { kind: 'customer' });
  g.addEdge('a', 'b', { weight: 2 });
  g.addEdge('a', 'c', { weight: 1 });
  g.addEdge('a', 'd', { weight: 1 });
  g.addEdge('b', 'k', { weight: 3 });
  return g;
}

const SCORES = { a: 5, b: 4, c: 2, d: 4, z: 1 };

describe('engagementExposure', () => {
  describe('standard cases (STYLE.md §9)', () => {
    it('engagementExposure(notAGraph) throws InvalidGraphError', () => {
      for (const input of [null, undefined, 42, 'graph', {}, []]) {
        const error = thrown(() => engagementExposure(input as never, { engagementThreshold: 3 }));
        expect(error).toBeInstanceOf(InvalidGraphError);
        expect(error.code).toBe('E_INVALID_GRAPH');
      }
      expect(thrown(() => assignEngagementExposure(buildIndex(team()) as never, { engagementThreshold: 3 }))).toBeInstanceOf(InvalidGraphError);
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expect(thrown(() => engagementExposure(g, { engagementThreshold: 3 }))).toBeInstanceOf(GraphTypeNotSupportedError);
    });

    it('returns {} for an empty graph', () => {
      expect(engagementExposure(new UndirectedGraph(), { engagementThreshold: 3 })).toEqual({});
    });

    it('gives an isolate NaN exposure, balance, mean and shares, and 0 counts', () => {
      const z = engagementExposure(team(), { engagementThreshold: 3 }).z!;
      for (const key of ['exposure', 'balance', 'meanEngagement', 'engagedShare', 'disengagedShare', 'disengagedStrengthShare'] as const) {
        expect(z[key], key).toBeNaN();
      }
      expect([z.contacts, z.engaged, z.disengaged, z.unscored]).toEqual([0, 0, 0, 0]);
    });

    it('ignores self-loops: a person is not their own colleague', () => {
      const g = new MultiUndirectedGraph();
      g.import(team().export());
      const before = engagementExposure(g, { engagementThreshold: 3 });
      g.addEdge('a', 'a', { weight: 10 });
      g.addEdge('z', 'z', { weight: 1 });
      const after = engagementExposure(g, { engagementThreshold: 3 });
      expect(after.a).toEqual(before.a);
      expect(after.z!.exposure).toBeNaN();
    });

    it('assignEngagementExposure writes exposure (attribute engagementExposure by default)', () => {
      const g = team();
      const expected = engagementExposure(g, { engagementThreshold: 3 });
      assignEngagementExposure(g, { engagementThreshold: 3 });
      g.forEachNode((node, attributes) => expect(Object.is(attributes.engagementExposure, expected[node]!.exposure), node).toBe(true));
      assignEngagementExposure(g, { engagementThreshold: 3, attribute: 'X' });
      expect(g.getNodeAttribute('a', 'X')).toBe(3.2);
      // assignEngagementExposure's own prefix and checks: a graph only, a usable attribute name.
      expect(thrown(() => assignEngagementExposure(buildIndex(team()) as never, { engagementThreshold: 3, engagement: SCORES }))).toBeInstanceOf(
        InvalidGraphError,
      );
      expect((thrown(() => assignEngagementExposure(g, { engagementThreshold: 3, attribute: '__proto__' })) as InvalidOptionError).option).toBe('attribute');
    });

    it('gives the same result for a graph and its prebuilt index with an engagement record or map', () => {
      const expected = engagementExposure(team(), { engagementThreshold: 3 });
      expect(engagementExposure(buildIndex(team()), { engagementThreshold: 3, engagement: SCORES })).toEqual(expected);
      expect(engagementExposure(buildIndex(team()), { engagementThreshold: 3, engagement: new Map(Object.entries(SCORES)) })).toEqual(expected);
      // A record, a map or a getter also works on a graph, in place of the attribute.
      expect(engagementExposure(team(), { engagementThreshold: 3, engagement: SCORES })).toEqual(expected);
      expect(engagementExposure(team(), { engagementThreshold: 3, engagement: new Map(Object.entries(SCORES)) })).toEqual(expected);
      expect(engagementExposure(team(), { engagementThreshold: 3, engagement: (_node, a) => a['engagement'] as number | undefined })).toEqual(expected);
    });

    it('getEdgeStrength: null works with an index (unweighted)', () => {
      // Unweighted: a's X = (4 + 2·2 + 4) / (1 + 2 + 1) = 3.
      const r = engagementExposure(buildIndex(team()), { engagementThreshold: 3, engagement: SCORES, getEdgeStrength: null });
      expect(r.a!.exposure).toBe(3);
      expect(r).toEqual(engagementExposure(team(), { engagementThreshold: 3, getEdgeStrength: null }));
    });

    it('validates its options', () => {
      const cases: [Record<string, unknown>, string][] = [
        [{}, 'engagementThreshold'],
        [{ engagementThreshold: Number.NaN }, 'engagementThreshold'],
        [{ engagementThreshold: '3' }, 'engagementThreshold'],
        [{ engagementThreshold: 3, negativityWeight: 0 }, 'negativityWeight'],
        [{ engagementThreshold: 3, negativityWeight: -2 }, 'negativityWeight'],
        [{ engagementThreshold: 3, negativityWeight: Number.POSITIVE_INFINITY }, 'negativityWeight'],
        [{ engagementThreshold: 3, negativityWeight: '2' }, 'negativityWeight'],
        [{ engagementThreshold: 3, missing: 'zero' }, 'missing'],
        [{ engagementThreshold: 3, engagement: '' }, 'engagement'],
        [{ engagementThreshold: 3, attribute: '' }, 'attribute'],
        [{ engagementThreshold: 3, engagement: [1, 2] }, 'engagement'],
        [{ engagementThreshold: 3, engagement: 42 }, 'engagement'],
        [{ engagementThreshold: 3, getEdgeStrength: 'wieght' }, 'getEdgeStrength'],
        // The old option names are unknown options now.
        [{ threshold: 3 }, 'threshold'],
        [{ engagementThreshold: 3, engagementAttribute: 'engagement' }, 'engagementAttribute'],
        [{ engagementThreshold: 3, engagement: { ...SCORES, b: '4' } }, 'engagement'],
        [{ engagementThreshold: 3, treshold: 3 }, 'treshold'],
      ];
      for (const [options, option] of cases) {
        const error = thrown(() => assignEngagementExposure(team(), options as never));
        expect(error, JSON.stringify(options)).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option, JSON.stringify(options)).toBe(option);
      }
      // The written attribute's name means nothing to the compute function: refused, not ignored.
      expect((thrown(() => engagementExposure(team(), { engagementThreshold: 3, attribute: 'x' } as never)) as InvalidOptionError).option).toBe('attribute');
    });

    it('refuses an attribute name or a getter as engagement on an index (the default too): pass a Record or Map', () => {
      expect((thrown(() => engagementExposure(buildIndex(team()), { engagementThreshold: 3 })) as InvalidOptionError).option).toBe('engagement');
      expect((thrown(() => engagementExposure(buildIndex(team()), { engagementThreshold: 3, engagement: () => 3 })) as InvalidOptionError).option).toBe(
        'engagement',
      );
      expect((thrown(() => engagementExposure(buildIndex(team()), { engagementThreshold: 3, getEdgeStrength: 'weight', engagement: SCORES })) as InvalidOptionError).option).toBe(
        'getEdgeStrength',
      );
    });

    it('throws NodeNotFoundError when the engagement record names an unknown person', () => {
      expect(thrown(() => engagementExposure(team(), { engagementThreshold: 3, engagement: { ...SCORES, ghost: 3 } }))).toBeInstanceOf(NodeNotFoundError);
    });

    it('throws InvalidOptionError on a non-numeric engagement attribute', () => {
      const g = team();
      g.setNodeAttribute('c', 'engagement', 'low');
      expect((thrown(() => engagementExposure(g, { engagementThreshold: 3 })) as InvalidOptionError).option).toBe('engagement');
    });

    it('refuses a graph where nobody has a score (a misspelt attribute or an empty record)', () => {
      expect((thrown(() => engagementExposure(team(), { engagementThreshold: 3, engagement: 'engagment' })) as InvalidOptionError).option).toBe('engagement');
      expect((thrown(() => engagementExposure(team(), { engagementThreshold: 3, engagement: {} })) as InvalidOptionError).option).toBe('engagement');
      expect((thrown(() => engagementExposure(team(), { engagementThreshold: 3, engagement: new Map() })) as InvalidOptionError).option).toBe('engagement');
    });

    it('throws InvalidWeightError on a zero strength', () => {
      const g = team();
      g.setEdgeAttribute('a', 'b', 'weight', 0);
      expect(thrown(() => engagementExposure(g, { engagementThreshold: 3 }))).toBeInstanceOf(InvalidWeightError);
    });

    it('exports frozen defaults with no threshold and negativityWeight 2', () => {
      expect(Object.isFrozen(ENGAGEMENT_EXPOSURE_DEFAULTS)).toBe(true);
      expect(ENGAGEMENT_EXPOSURE_DEFAULTS.engagementThreshold).toBeUndefined();
      expect(ENGAGEMENT_EXPOSURE_DEFAULTS.engagement).toBe('engagement');
      expect(ENGAGEMENT_EXPOSURE_DEFAULTS.attribute).toBe('engagementExposure');
      expect(ENGAGEMENT_EXPOSURE_DEFAULTS.negativityWeight).toBe(2);
      expect(ENGAGEMENT_EXPOSURE_DEFAULTS.missing).toBe('skip');
    });
  });

  describe('hand-computed', () => {
    it('gives a exposure 3.2 on a 1–5 scale with threshold 3', () => {
      // b: w 2, e 4 (engaged, λ 1) → λw = 2, λwe = 8
      // c: w 1, e 2 (disengaged, λ 2) → λw = 2, λwe = 4
      // d: w 1, e 4 (engaged)         → λw = 1, λwe = 4
      // X = (8 + 4 + 4) / (2 + 2 + 1) = 16 / 5 = 3.2; balance 0.2.
      // Plain mean (λ 1): (8 + 2 + 4) / 4 = 3.5. Disengaged strength share 1 / 4.
      const a = engagementExposure(team(), { engagementThreshold: 3 }).a!;
      expect(a.exposure).toBe(3.2);
      expect(a.balance).toBeCloseTo(0.2, 15);
      expect(a.meanEngagement).toBe(3.5);
      expect(a).toMatchObject({ contacts: 3, engaged: 2, disengaged: 1, unscored: 0, disengagedStrengthShare: 0.25 });
      expect(a.engagedShare).toBeCloseTo(2 / 3, 15);
      expect(a.disengagedShare).toBeCloseTo(1 / 3, 15);
    });

    it('one disengaged colleague offsets two engaged ones (negativityWeight 2): balance 0', () => {
      // Equal strengths; p at 2 (1 below θ = 3), q and r at 4 (1 above).
      // X = (2·2 + 4 + 4) / (2 + 1 + 1) = 12 / 4 = 3 = θ, so balance = 0.
      // With a third engaged colleague s at 4: X = (4 + 12) / 5 = 3.2 > θ.
      const g = new UndirectedGraph();
      for (const [node, score] of [['p', 2], ['q', 4], ['r', 4]] as const) g.addNode(node, { engagement: score });
      for (const node of ['p', 'q', 'r']) g.mergeEdge('me', node);
      expect(engagementExposure(g, { engagementThreshold: 3 }).me!.balance).toBe(0);
      g.addNode('s', { engagement: 4 });
      g.mergeEdge('me', 's');
      expect(engagementExposure(g, { engagementThreshold: 3 }).me!.exposure).toBeCloseTo(3.2, 15);
      // negativityWeight 3: one disengaged offsets three engaged: X = (3·2 + 3·4) / (3 + 3) = 3.
      expect(engagementExposure(g, { engagementThreshold: 3, negativityWeight: 3 }).me!.balance).toBe(0);
    });

    it('negativityWeight 1 gives the plain strength-weighted mean', () => {
      const a = engagementExposure(team(), { engagementThreshold: 3, negativityWeight: 1 }).a!;
      expect(a.exposure).toBe(a.meanEngagement);
    });

    it('skips colleagues without a score and counts them (missing: skip, the default)', () => {
      // b's contacts: a (w 2, e 5) and the customer k (no score). X = 5; unscored 1.
      // k's only contact is b (e 4): X = 4.
      const r = engagementExposure(team(), { engagementThreshold: 3 });
      expect(r.b).toMatchObject({ exposure: 5, meanEngagement: 5, contacts: 2, engaged: 1, disengaged: 0, unscored: 1, disengagedStrengthShare: 0 });
      expect(r.k).toMatchObject({ exposure: 4, contacts: 1, engaged: 1 });
    });

    it("engagementExposure(graph, { missing: 'error' }) refuses a person without a score", () => {
      const error = thrown(() => engagementExposure(team(), { engagementThreshold: 3, missing: 'error' }));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('engagement');
    });

    it('treats a score equal to the threshold as engaged', () => {
      const g = new UndirectedGraph();
      g.addNode('p', { engagement: 3 });
      g.mergeEdge('me', 'p');
      expect(engagementExposure(g, { engagementThreshold: 3 }).me).toMatchObject({ exposure: 3, balance: 0, engaged: 1, disengaged: 0 });
    });

    it('uses in- ∪ out-neighbours with strength a_ij + a_ji on directed graphs', () => {
      // me→p 1, p→me 2 (w = 3, e 2, disengaged, λw = 6); q→me 1 (w = 1, e 5, in-only contact).
      // X = (6·2 + 1·5) / (6 + 1) = 17 / 7; plain mean (3·2 + 5) / 4 = 11 / 4; disengaged strength 3 / 4.
      const g = new DirectedGraph();
      g.addNode('p', { engagement: 2 });
      g.addNode('q', { engagement: 5 });
      g.mergeEdge('me', 'p', { weight: 1 });
      g.mergeEdge('p', 'me', { weight: 2 });
      g.mergeEdge('q', 'me', { weight: 1 });
      const me = engagementExposure(g, { engagementThreshold: 3 }).me!;
      expect(me.exposure).toBeCloseTo(17 / 7, 15);
      expect(me.meanEngagement).toBeCloseTo(11 / 4, 15);
      expect(me.disengagedStrengthShare).toBeCloseTo(0.75, 15);
      expect(me.contacts).toBe(2);
    });

    it('reads another attribute with engagement, and unweighted with getEdgeStrength: null', () => {
      const g = team();
      g.forEachNode((node, attributes) => g.setNodeAttribute(node, 'q12', attributes.engagement));
      expect(engagementExposure(g, { engagementThreshold: 3, engagement: 'q12' })).toEqual(engagementExposure(team(), { engagementThreshold: 3 }));
      // Unweighted: a's X = (4 + 2·2 + 4) / (1 + 2 + 1) = 3.
      expect(engagementExposure(g, { engagementThreshold: 3, getEdgeStrength: null }).a!.exposure).toBe(3);
    });
  });
});
