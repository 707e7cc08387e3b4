/**
 * disparityBackbone: standard cases, what the backbone graph holds (every node, simple, same
 * direction, copied attributes, merged strength, score), the index variant, and the α option.
 */
import { DirectedGraph, MultiDirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { InvalidGraphError, InvalidOptionError, InvalidWeightError } from '../../src/errors.js';
import { disparityBackbone, DISPARITY_BACKBONE_DEFAULTS } from '../../src/ties/disparity-backbone.js';
import { disparityFilter } from '../../src/ties/disparity-filter.js';
import { fixtureGraph } from '../fixtures/graphs.js';

/** A hub with one heavy spoke (score 0.04), two light ones (0.81), a light triangle side, and an isolate. */
function star(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.addNode('lonely', { team: 'x' });
  g.addNode('h', { team: 'hub' });
  g.mergeEdgeWithKey('ha', 'h', 'a', { weight: 8, channel: 'mail' });
  g.mergeEdgeWithKey('hb', 'h', 'b', { weight: 1 });
  g.mergeEdgeWithKey('hc', 'h', 'c', { weight: 1 });
  return g;
}

describe('disparityBackbone', () => {
  describe('standard cases', () => {
    it('throws InvalidGraphError on something that is not a graph', () => {
      expect(() => disparityBackbone(null as never)).toThrow(InvalidGraphError);
      expect(() => disparityBackbone({} as never)).toThrow(InvalidGraphError);
    });

    it('returns an empty backbone for an empty graph (strengthKept NaN)', () => {
      const result = disparityBackbone(new UndirectedGraph());
      expect(result.graph.order).toBe(0);
      expect([result.kept, result.dropped, result.alpha]).toEqual([0, 0, 0.05]);
      expect(result.strengthKept).toBeNaN();
    });

    it('keeps isolates as nodes, with their attributes', () => {
      const { graph } = disparityBackbone(star());
      expect(graph.hasNode('lonely')).toBe(true);
      expect(graph.getNodeAttributes('lonely')).toEqual({ team: 'x' });
      expect(graph.order).toBe(5);
    });

    it('never keeps a self-loop', () => {
      const g = new MultiUndirectedGraph({ allowSelfLoops: true });
      star().forEachEdge((edge, attributes, source, target) => g.mergeEdgeWithKey(edge, source, target, attributes));
      g.mergeEdgeWithKey('loop', 'h', 'h', { weight: 1000 });
      const { graph, kept, dropped } = disparityBackbone(g, { alpha: 1 });
      expect(graph.hasEdge('loop')).toBe(false);
      expect([kept, dropped]).toEqual([3, 0]);
    });

    it('refuses α outside (0, 1], unknown options, and getEdgeStrength with an index', () => {
      for (const alpha of [0, -0.1, 1.5, Number.NaN, '0.05']) {
        expect(() => disparityBackbone(star(), { alpha: alpha as number })).toThrow(InvalidOptionError);
      }
      expect(() => disparityBackbone(star(), { beta: 1 } as never)).toThrow(InvalidOptionError);
      expect(() => disparityBackbone(buildIndex(star()), { getEdgeStrength: 'weight' })).toThrow(InvalidOptionError);
      expect(DISPARITY_BACKBONE_DEFAULTS.alpha).toBe(0.05);
      // A misspelt strength attribute (no edge carries it) and an unusable attribute name.
      expect(() => disparityBackbone(star(), { getEdgeStrength: 'emails' })).toThrow(
        expect.objectContaining({ name: 'InvalidOptionError', code: 'E_INVALID_OPTION', option: 'getEdgeStrength' }),
      );
      expect(() => disparityBackbone(star(), { attribute: '__proto__' })).toThrow(
        expect.objectContaining({ name: 'InvalidOptionError', code: 'E_INVALID_OPTION', option: 'attribute' }),
      );
      // getEdgeStrength: null works on an index, as on the graph.
      expect(disparityBackbone(buildIndex(star()), { getEdgeStrength: null }).kept).toBe(disparityBackbone(star(), { getEdgeStrength: null }).kept);
    });

    it('throws InvalidWeightError on a bad strength', () => {
      const g = star();
      g.setEdgeAttribute('hb', 'weight', -2);
      expect(() => disparityBackbone(g)).toThrow(InvalidWeightError);
    });
  });

  describe('the backbone graph', () => {
    it('keeps the heavy spoke (0.04 < 0.05) with its attributes and score, and drops the rest', () => {
      // Hub s = 10, k = 3: ha (1 − 0.8)^2 = 0.04; hb, hc (0.9)^2 = 0.81. Leaves score 1 at their end.
      const { graph, kept, dropped, strengthKept } = disparityBackbone(star());
      expect(graph.edges()).toEqual(['ha']);
      expect(graph.extremities('ha')).toEqual(['h', 'a']);
      expect(graph.getEdgeAttributes('ha')).toEqual({ weight: 8, channel: 'mail', disparity: 0.04000000000000001 });
      expect([kept, dropped]).toEqual([1, 2]);
      expect(strengthKept).toBeCloseTo(0.8, 15); // 8 / 10
    });

    it('keeps more ties at a looser α and every tie below 1 at α = 1', () => {
      expect(disparityBackbone(star(), { alpha: 0.9 }).kept).toBe(3);
      const dyad = new UndirectedGraph();
      dyad.mergeEdge('x', 'y', { weight: 3 });
      // An isolated dyad scores 1 (0^0 at both ends): never kept, even at α = 1.
      expect(disparityBackbone(dyad, { alpha: 1 }).kept).toBe(0);
    });

    it('is a simple graph of the same direction, parallel edges merged into the first edge (key, orientation, attributes)', () => {
      const multi = new MultiUndirectedGraph();
      multi.mergeEdgeWithKey('ha1', 'a', 'h', { weight: 5, note: 'first' });
      multi.mergeEdgeWithKey('ha2', 'h', 'a', { weight: 3, note: 'second' });
      multi.mergeEdgeWithKey('hb', 'h', 'b', { weight: 1 });
      multi.mergeEdgeWithKey('hc', 'h', 'c', { weight: 1 });
      const { graph } = disparityBackbone(multi);
      expect(graph).toBeInstanceOf(UndirectedGraph);
      expect(graph.multi).toBe(false);
      expect(graph.edges()).toEqual(['ha1']);
      expect(graph.extremities('ha1')).toEqual(['a', 'h']);
      expect(graph.getEdgeAttributes('ha1')).toEqual({ weight: 8, note: 'first', disparity: 0.04000000000000001 });

      const directed = new MultiDirectedGraph();
      directed.mergeEdgeWithKey('x1', 'h', 'a', { weight: 4 });
      directed.mergeEdgeWithKey('x2', 'h', 'a', { weight: 4 });
      directed.mergeEdgeWithKey('y', 'h', 'b', { weight: 1 });
      directed.mergeEdgeWithKey('z', 'h', 'c', { weight: 1 });
      const backbone = disparityBackbone(directed).graph;
      expect(backbone).toBeInstanceOf(DirectedGraph);
      // h→a: h out s = 10, k = 3 → 0.04; a in: degree 1 → 1. Kept.
      expect(backbone.edges()).toEqual(['x1']);
      expect(backbone.getEdgeAttribute('x1', 'weight')).toBe(8);
    });

    it('writes the merged strength to the strength attribute it read (or weight for a getter, nothing for null) and the score to `attribute`', () => {
      const g = new UndirectedGraph();
      g.mergeEdgeWithKey('ha', 'h', 'a', { emails: 8 });
      g.mergeEdgeWithKey('hb', 'h', 'b', { emails: 1 });
      g.mergeEdgeWithKey('hc', 'h', 'c', { emails: 1 });
      expect(disparityBackbone(g, { getEdgeStrength: 'emails', attribute: 'p' }).graph.getEdgeAttributes('ha')).toEqual({ emails: 8, p: 0.04000000000000001 });
      const byGetter = disparityBackbone(g, { getEdgeStrength: (_e, a) => (a.emails as number) * 2 }).graph;
      expect(byGetter.getEdgeAttributes('ha')).toEqual({ emails: 8, weight: 16, disparity: 0.04000000000000001 });
      // Unweighted, every hub spoke scores (2/3)^2 = 0.444: nothing kept at 0.5? 0.444 < 0.5, all three kept.
      const unweighted = disparityBackbone(g, { getEdgeStrength: null, alpha: 0.5 }).graph;
      expect(unweighted.size).toBe(3);
      expect(unweighted.getEdgeAttributes('ha')).toEqual({ emails: 8, disparity: (2 / 3) ** 2 });
    });

    it('does not modify the input graph', () => {
      const g = star();
      const before = JSON.stringify(g.export());
      disparityBackbone(g, { alpha: 0.9 });
      expect(JSON.stringify(g.export())).toBe(before);
    });
  });

  describe('index input', () => {
    it('returns a backbone index over the same node ids, with the kept ties’ scores aligned', () => {
      const graph = fixtureGraph('karate');
      const index = buildIndex(graph);
      const result = disparityBackbone(index, { alpha: 0.5 });
      expect(result.index.order).toBe(index.order);
      expect(result.index.keys).toEqual(index.keys);
      expect(result.index.size).toBe(result.kept);
      expect(result.kept + result.dropped).toBe(index.size);
      const scores = new Map(disparityFilter(index).map((t) => [`${t.source}|${t.target}`, t.value]));
      for (let t = 0; t < result.index.size; t++) {
        const key = `${index.keys[result.index.tieSources[t]!]}|${index.keys[result.index.tieTargets[t]!]}`;
        expect(result.disparity[t]).toBe(scores.get(key));
        expect(result.disparity[t]!).toBeLessThan(0.5);
      }
      // Same ties as the graph variant.
      const fromGraph = disparityBackbone(graph, { alpha: 0.5 });
      expect(fromGraph.kept).toBe(result.kept);
      expect(fromGraph.strengthKept).toBe(result.strengthKept);
    });

    it('keeps distances of an index built with getEdgeDistance', () => {
      const g = star();
      g.forEachEdge((edge) => g.setEdgeAttribute(edge, 'km', 2));
      const result = disparityBackbone(buildIndex(g, { getEdgeDistance: 'km' }));
      expect(Array.from(result.index.tieDistances!)).toEqual([2]);
    });
  });
});
