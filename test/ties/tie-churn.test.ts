/**
 * tieChurn: hand-made before/after snapshots (formed, dissolved, strengthened, weakened,
 * unchanged, Burt's bridge decay), absolute and relative minChange, directed projection,
 * differing node sets, two windows of one interaction log, the standard cases, and properties
 * (counts add up; swapping the snapshots swaps formed and dissolved; a graph against itself is
 * unchanged; bridges equal a naive no-common-neighbour oracle).
 */
import { test } from '@fast-check/vitest';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, InvalidWeightError } from '../../src/errors.js';
import { tieChurn, TIE_CHURN_DEFAULTS, type TieChange } from '../../src/ties/tie-churn.js';
import { tiesFromInteractions } from '../../src/ties/ties-from-interactions.js';
import { arbGraph, toGraphology, type GraphDesc } from '../arbitraries.js';

function undirected(edges: [string, string, number][], nodes: string[] = []): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const node of nodes) g.addNode(node);
  for (const [u, v, weight] of edges) g.mergeEdge(u, v, { weight });
  return g;
}

/** The pair of a change, endpoints sorted, for order-free comparisons. */
function pair(change: TieChange): string {
  return [change.source, change.target].sort().join('–');
}

// before: triangle a–b–c (3, 2, 1) and the local bridge c–d (4), plus the pendant d–e (1).
// after:  a–b 5 (+2), b–c 2 (0), a–c gone, c–d 1 (−3), d–e 1.5 (+0.5), e–f 2 (new).
const BEFORE = undirected([['a', 'b', 3], ['b', 'c', 2], ['a', 'c', 1], ['c', 'd', 4], ['d', 'e', 1]]);
const AFTER = undirected([['a', 'b', 5], ['b', 'c', 2], ['c', 'd', 1], ['d', 'e', 1.5], ['e', 'f', 2]]);

describe('tieChurn', () => {
  describe('hand-made snapshots', () => {
    it('classifies every tie with minChange 0 (absolute)', () => {
      const churn = tieChurn(BEFORE, AFTER);
      // Local bridges before (no common neighbour): c–d and d–e (the triangle's ties have one each).
      expect(churn.counts).toEqual({
        before: 5, after: 5, formed: 1, dissolved: 1, strengthened: 2, weakened: 1, unchanged: 1, bridgesBefore: 2, bridgesLost: 1,
      });
      expect(churn.formed.map(pair)).toEqual(['e–f']);
      expect(churn.dissolved.map(pair)).toEqual(['a–c']);
      expect(churn.strengthened.map(pair)).toEqual(['a–b', 'd–e']); // |Δ| 2, then 0.5
      expect(churn.weakened.map(pair)).toEqual(['c–d']);
      expect(churn.unchanged.map(pair)).toEqual(['b–c']);
      expect(churn.bridgesLost).toEqual([{ source: 'c', target: 'd', before: 4, after: 1, delta: -3, wasBridge: true }]);
      expect(churn.formed[0]).toEqual({ source: 'e', target: 'f', before: 0, after: 2, delta: 2, wasBridge: false });
      expect(churn.dissolved[0]).toEqual({ source: 'a', target: 'c', before: 1, after: 0, delta: -1, wasBridge: false });
      // Bridge decay 1/2 (c–d lost, d–e grew); other ties: a–c dissolved of a–b, b–c, a–c → 1/3.
      expect(churn.bridgeDecay).toBe(0.5);
      expect(churn.otherDecay).toBeCloseTo(1 / 3, 15);
    });

    it('uses |Δ| > minChange in absolute terms', () => {
      // minChange 1: a–b (+2) strengthened; d–e (+0.5) unchanged; c–d (−3) weakened.
      const churn = tieChurn(BEFORE, AFTER, { minChange: 1 });
      expect(churn.strengthened.map(pair)).toEqual(['a–b']);
      expect(churn.unchanged.map(pair).sort()).toEqual(['b–c', 'd–e']);
      expect(churn.weakened.map(pair)).toEqual(['c–d']);
      // |Δ| equal to minChange is unchanged (strict inequality).
      expect(tieChurn(BEFORE, AFTER, { minChange: 2 }).strengthened).toEqual([]);
    });

    it('uses Δ / s_before with change: "relative"', () => {
      // a–b: 2/3 = 0.667; d–e: 0.5/1 = 0.5; c–d: −3/4 = −0.75. Threshold 0.6: a–b up, c–d down, d–e unchanged.
      const churn = tieChurn(BEFORE, AFTER, { minChange: 0.6, change: 'relative' });
      expect(churn.strengthened.map(pair)).toEqual(['a–b']);
      expect(churn.weakened.map(pair)).toEqual(['c–d']);
      expect(churn.unchanged.map(pair).sort()).toEqual(['b–c', 'd–e']);
      expect(tieChurn(BEFORE, AFTER, { minChange: 0.8, change: 'relative' }).weakened).toEqual([]);
    });

    it('counts a dissolved bridge as lost, and ignores strengths with getEdgeStrength: null', () => {
      const after = undirected([['a', 'b', 5], ['b', 'c', 2], ['a', 'c', 1], ['d', 'e', 1]]);
      const churn = tieChurn(BEFORE, after, { getEdgeStrength: null });
      expect(churn.counts.dissolved).toBe(1);
      expect(churn.bridgesLost.map(pair)).toEqual(['c–d']);
      expect(churn.counts.strengthened + churn.counts.weakened).toBe(0);
      expect(churn.otherDecay).toBe(0);
    });

    it('matches nodes by key when the snapshots have different people', () => {
      const before = undirected([['x', 'y', 1]], ['old']);
      const after = undirected([['y', 'x', 1], ['y', 'new', 2]]);
      const churn = tieChurn(before, after);
      expect(churn.counts).toMatchObject({ formed: 1, dissolved: 0, unchanged: 1 });
      expect(churn.formed[0]).toMatchObject({ source: 'y', target: 'new' });
    });

    it('projects directed snapshots (a_ij + a_ji; mutual keeps reciprocated pairs only)', () => {
      const before = new DirectedGraph();
      before.mergeEdge('a', 'b', { weight: 2 });
      before.mergeEdge('b', 'a', { weight: 1 });
      before.mergeEdge('b', 'c', { weight: 1 });
      const after = new DirectedGraph();
      after.mergeEdge('a', 'b', { weight: 2 });
      after.mergeEdge('c', 'b', { weight: 1 });
      after.mergeEdge('b', 'c', { weight: 1 });
      const any = tieChurn(before, after);
      // a–b: 3 → 2 weakened; b–c: 1 → 2 strengthened.
      expect(any.weakened.map(pair)).toEqual(['a–b']);
      expect(any.strengthened.map(pair)).toEqual(['b–c']);
      const mutual = tieChurn(before, after, { projection: 'mutual' });
      // Reciprocated: before a–b (3), after b–c (2).
      expect([mutual.dissolved.map(pair), mutual.formed.map(pair)]).toEqual([['a–b'], ['b–c']]);
    });

    it('merges parallel edges before comparing', () => {
      const before = new MultiUndirectedGraph();
      before.mergeEdge('a', 'b', { weight: 1 });
      before.addEdge('b', 'a', { weight: 2 });
      const after = undirected([['a', 'b', 3]]);
      expect(tieChurn(before, after).counts.unchanged).toBe(1);
    });
  });

  describe('two windows of one interaction log', () => {
    it('finds the ties of each month and which bridges decayed (getEdgeStrength: "interactions")', () => {
      const DAY = 86_400_000;
      const T0 = Date.UTC(2024, 0, 1);
      const at = (day: number) => T0 + day * DAY;
      // January: team a, b, c chat a lot; c talks to d (a bridge to d's side) twice.
      // February: the team keeps going; c–d falls silent; d starts talking to e.
      const events = [
        ...[1, 2, 3, 4].map((d) => ({ from: 'a', to: 'b', at: at(d) })),
        ...[1, 5].map((d) => ({ from: 'b', to: 'c', at: at(d) })),
        ...[2, 6].map((d) => ({ from: 'a', to: 'c', at: at(d) })),
        ...[3, 10].map((d) => ({ from: 'c', to: 'd', at: at(d) })),
        ...[32, 33, 34].map((d) => ({ from: 'a', to: 'b', at: at(d) })),
        ...[35, 36].map((d) => ({ from: 'b', to: 'c', at: at(d) })),
        ...[40].map((d) => ({ from: 'a', to: 'c', at: at(d) })),
        ...[41, 42].map((d) => ({ from: 'd', to: 'e', at: at(d) })),
      ];
      const january = tiesFromInteractions(events, { asOf: at(30), windowDays: 30 }).graph;
      const february = tiesFromInteractions(events, { asOf: at(59), windowDays: 29 }).graph;
      const churn = tieChurn(january, february, { getEdgeStrength: 'interactions' });
      // a–b 4 → 3 weakened; b–c 2 → 2 unchanged; a–c 2 → 1 weakened; c–d 2 → gone; d–e new.
      expect(churn.counts).toEqual({
        before: 4, after: 4, formed: 1, dissolved: 1, strengthened: 0, weakened: 2, unchanged: 1, bridgesBefore: 1, bridgesLost: 1,
      });
      expect(churn.bridgesLost.map(pair)).toEqual(['c–d']);
      expect(churn.bridgeDecay).toBe(1);
      expect(churn.otherDecay).toBeCloseTo(2 / 3, 15);
      // The same from the indexes of as: 'index'.
      const jan = tiesFromInteractions(events, { asOf: at(30), windowDays: 30, as: 'index' });
      const feb = tiesFromInteractions(events, { asOf: at(59), windowDays: 29, as: 'index' });
      expect(tieChurn(jan.index, feb.index).counts).toMatchObject({ formed: 1, dissolved: 1 });
    });
  });

  describe('standard cases', () => {
    it('throws InvalidGraphError when either snapshot is not a graph', () => {
      expect(() => tieChurn(null as never, BEFORE)).toThrow(InvalidGraphError);
      expect(() => tieChurn(BEFORE, {} as never)).toThrow(InvalidGraphError);
    });

    it('throws GraphTypeNotSupportedError when one snapshot is directed and the other not', () => {
      const directed = new DirectedGraph();
      directed.mergeEdge('a', 'b');
      expect(() => tieChurn(BEFORE, directed)).toThrow(GraphTypeNotSupportedError);
    });

    it('gives zero counts, empty lists and NaN decay for empty snapshots', () => {
      const churn = tieChurn(new UndirectedGraph(), new UndirectedGraph());
      expect(Object.values(churn.counts).every((c) => c === 0)).toBe(true);
      expect(churn.formed).toEqual([]);
      expect(churn.bridgeDecay).toBeNaN();
      expect(churn.otherDecay).toBeNaN();
    });

    it('ignores isolates and self-loops', () => {
      const before = new MultiUndirectedGraph({ allowSelfLoops: true });
      before.addNode('isolate');
      before.mergeEdge('a', 'b', { weight: 1 });
      before.addEdge('a', 'a', { weight: 5 });
      const churn = tieChurn(before, undirected([['a', 'b', 1]]));
      expect(churn.counts).toMatchObject({ before: 1, after: 1, unchanged: 1 });
    });

    it('gives the same result from graphs and indexes', () => {
      expect(tieChurn(buildIndex(BEFORE), buildIndex(AFTER))).toEqual(tieChurn(BEFORE, AFTER));
      expect(tieChurn(BEFORE, buildIndex(AFTER))).toEqual(tieChurn(BEFORE, AFTER));
    });

    it('refuses a bad minChange, change or projection, unknown options (the old threshold included) and getEdgeStrength with an index', () => {
      for (const minChange of [-1, Infinity, Number.NaN, '1']) {
        expect(() => tieChurn(BEFORE, AFTER, { minChange: minChange as number })).toThrow(
          expect.objectContaining({ name: 'InvalidOptionError', code: 'E_INVALID_OPTION', option: 'minChange' }),
        );
      }
      expect(() => tieChurn(BEFORE, AFTER, { threshold: 1 } as never)).toThrow(expect.objectContaining({ option: 'threshold' }));
      expect(() => tieChurn(BEFORE, AFTER, { getEdgeStrength: 'emails' })).toThrow(
        expect.objectContaining({ name: 'InvalidOptionError', option: 'getEdgeStrength' }),
      );
      expect(() => tieChurn(BEFORE, AFTER, { change: 'percent' as never })).toThrow(InvalidOptionError);
      expect(() => tieChurn(BEFORE, AFTER, { projection: 'both' as never })).toThrow(InvalidOptionError);
      expect(() => tieChurn(BEFORE, AFTER, { nope: true } as never)).toThrow(InvalidOptionError);
      expect(() => tieChurn(buildIndex(BEFORE), AFTER, { getEdgeStrength: 'weight' })).toThrow(InvalidOptionError);
      expect(TIE_CHURN_DEFAULTS).toMatchObject({ minChange: 0, change: 'absolute', projection: 'any' });
    });

    it('throws InvalidWeightError on a bad strength', () => {
      expect(() => tieChurn(BEFORE, undirected([['a', 'b', -1]]))).toThrow(InvalidWeightError);
    });
  });

  describe('properties', () => {
    const arb = arbGraph({ directed: false, multi: true, selfLoops: true, maxNodes: 9 });

    /** Undirected merged ties of a description: pair → strength. */
    function merged(desc: GraphDesc): Map<string, number> {
      const out = new Map<string, number>();
      for (const [u, v, w] of desc.edges) {
        if (u === v) continue;
        const key = JSON.stringify([u, v].sort());
        out.set(key, (out.get(key) ?? 0) + w);
      }
      return out;
    }

    test.prop([arb, arb], { numRuns: 100 })('counts add up, and swapping the snapshots swaps formed and dissolved', (a, b) => {
      const ga = toGraphology(a);
      const gb = toGraphology(b);
      const churn = tieChurn(ga, gb);
      const c = churn.counts;
      expect(c.dissolved + c.strengthened + c.weakened + c.unchanged).toBe(c.before);
      expect(c.formed + c.strengthened + c.weakened + c.unchanged).toBe(c.after);
      expect(c.before).toBe(merged(a).size);
      expect(c.after).toBe(merged(b).size);
      const back = tieChurn(gb, ga);
      expect(back.counts.formed).toBe(c.dissolved);
      expect(back.counts.dissolved).toBe(c.formed);
      expect(back.counts.strengthened).toBe(c.weakened);
      expect(back.formed.map(pair).sort()).toEqual(churn.dissolved.map(pair).sort());
    });

    test.prop([arb], { numRuns: 100 })('finds nothing changed between a graph and itself, and its local bridges are the ties without a common neighbour', (desc) => {
      const graph = toGraphology(desc);
      const churn = tieChurn(graph, graph);
      const ties = merged(desc);
      expect(churn.counts.unchanged).toBe(ties.size);
      expect(churn.counts.formed + churn.counts.dissolved + churn.counts.strengthened + churn.counts.weakened).toBe(0);
      // Naive local bridges: no w adjacent to both ends.
      const neighbours = new Map<string, Set<string>>();
      for (const key of ties.keys()) {
        const [u, v] = JSON.parse(key) as [string, string];
        if (!neighbours.has(u)) neighbours.set(u, new Set());
        if (!neighbours.has(v)) neighbours.set(v, new Set());
        neighbours.get(u)!.add(v);
        neighbours.get(v)!.add(u);
      }
      let bridges = 0;
      for (const key of ties.keys()) {
        const [u, v] = JSON.parse(key) as [string, string];
        if (![...neighbours.get(u)!].some((w) => neighbours.get(v)!.has(w))) bridges++;
      }
      expect(churn.counts.bridgesBefore).toBe(bridges);
      // Dropping every tie loses every bridge.
      const empty = toGraphology({ ...desc, edges: [] });
      const gone = tieChurn(graph, empty);
      expect(gone.counts.bridgesLost).toBe(bridges);
      expect(gone.bridgeDecay).toBe(bridges === 0 ? Number.NaN : 1);
    });
  });
});
