import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { manufacturingEmail } from '../../src/datasets/index.js';
import { hasSource, readSource } from './helpers.js';

const FOLDER = 'radoslaw-email-manufacturing';

describe('manufacturingEmail', () => {
  it('has 167 nodes and 5783 edges: the 5784 published pairs minus the self-loop', () => {
    const graph = manufacturingEmail();
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(false);
    expect(graph.order).toBe(167);
    expect(graph.size).toBe(5783);
    expect(graph.selfLoopCount).toBe(0);
    expect(graph.hasEdge('129', '129')).toBe(false);
  });

  it('weights sum to 82,927 − 51 = 82,876 e-mails (the self-loop 129 → 129 had 51)', () => {
    const graph = manufacturingEmail();
    expect(graph.reduceEdges((sum, _e, a) => sum + a.weight, 0)).toBe(82_927 - 51);
  });

  it('has the published weight profile: integers ≥ 1, median 3, max 1458; 5066 reciprocated edges', () => {
    const graph = manufacturingEmail();
    const weights = graph.mapEdges((_e, a) => a.weight).sort((x, y) => x - y);
    for (const weight of weights) expect(Number.isInteger(weight) && weight >= 1).toBe(true);
    expect(weights[Math.floor(weights.length / 2)]).toBe(3);
    expect(weights.at(-1)).toBe(1458);
    // 5067 of the 5784 published pairs are reciprocated; the self-loop counted as its own reverse.
    expect(graph.filterEdges((_e, _a, source, target) => graph.hasEdge(target, source))).toHaveLength(5066);
  });

  it("keys nodes '1'..'167' with kind 'employee', edges 'source->target' with the e-mail count", () => {
    const graph = manufacturingEmail();
    expect(graph.nodes()).toEqual(Array.from({ length: 167 }, (_, i) => String(i + 1)));
    graph.forEachNode((_n, a) => expect(a).toEqual({ kind: 'employee' }));
    expect(graph.getEdgeAttributes('1', '2')).toEqual({ weight: 76 });
    expect(graph.getEdgeAttributes('1', '3')).toEqual({ weight: 75 });
    expect(graph.edge('1', '2')).toBe('1->2');
    expect(graph.getEdgeAttributes('167', '47')).toEqual({ weight: 1 });
  });

  it('manufacturingEmail({}) is accepted; any option key or a non-object throws InvalidOptionError', () => {
    expect(manufacturingEmail({}).size).toBe(5783);
    expect(() => manufacturingEmail({ relation: 'email' } as never)).toThrow(
      expect.objectContaining({ name: 'InvalidOptionError', code: 'E_INVALID_OPTION', option: 'relation' }),
    );
    expect(() => manufacturingEmail(42 as never)).toThrow(InvalidOptionError);
  });

  it('two calls return independent graphs', () => {
    const a = manufacturingEmail();
    const b = manufacturingEmail();
    a.updateEachEdgeAttributes((_e, attributes) => ({ ...attributes, weight: 0 }));
    a.dropNode('1');
    expect(b.getEdgeAttribute('1', '2', 'weight')).toBe(76);
    expect(b.order).toBe(167);
  });

  describe.skipIf(!hasSource(FOLDER))('matches the published CSVs', () => {
    it('every non-loop row of edges.csv is an edge with its weight, and nothing else', () => {
      const graph = manufacturingEmail();
      const rows = readSource(FOLDER, 'edges.csv');
      expect(rows).toHaveLength(5784);
      const loops = rows.filter((r) => r.source === r.target);
      expect(loops).toEqual([{ source: '129', target: '129', weight: '51' }]);
      const kept = rows.filter((r) => r.source !== r.target);
      expect(graph.edges()).toEqual(kept.map((r) => `${r.source}->${r.target}`));
      for (const r of kept) expect(graph.getEdgeAttribute(`${r.source}->${r.target}`, 'weight')).toBe(Number(r.weight));
      expect(readSource(FOLDER, 'nodes.csv').map((r) => r.id)).toEqual(graph.nodes());
    });
  });
});
