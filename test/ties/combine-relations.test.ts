/**
 * combineRelations: multiplex fusion (METRICS.md §3.1). The Krackhardt managers' three relations
 * against the multiplexity stored by krackhardtHighTech({ relation: 'all' }) and the golden file
 * of test/golden/generate_disparity.py (the published CSV, fused directed and undirected with
 * layer weights); hand cases for layer weights, union of node sets, direction handling and options.
 */
import { readFileSync } from 'node:fs';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { krackhardtHighTech } from '../../src/datasets/index.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, InvalidWeightError } from '../../src/errors.js';
import { combineRelations, COMBINE_RELATIONS_DEFAULTS } from '../../src/ties/combine-relations.js';

interface GoldenTie {
  source: string;
  target: string;
  advice: number;
  friendship: number;
  reportsTo: number;
  multiplexity: number;
  weight: number;
}
interface Golden {
  provenance: { generator: string; params: { undirectedLayerWeights: Record<string, number> } };
  values: Record<'directed' | 'undirected', { multiplexityCounts: Record<string, number>; ties: GoldenTie[] }>;
}

const golden = JSON.parse(
  readFileSync(new URL('../fixtures/golden/combine-relations.krackhardt.json', import.meta.url), 'utf8'),
) as Golden;

function krackhardtLayers() {
  return {
    advice: krackhardtHighTech({ relation: 'advice' }),
    friendship: krackhardtHighTech({ relation: 'friendship' }),
    reportsTo: krackhardtHighTech({ relation: 'reportsTo' }),
  };
}

function multiplexityCounts(graph: { forEachEdge: (cb: (e: string, a: Record<string, unknown>) => void) => void }): Record<string, number> {
  const counts: Record<string, number> = {};
  graph.forEachEdge((_e, a) => {
    const m = String(a.multiplexity);
    counts[m] = (counts[m] ?? 0) + 1;
  });
  return counts;
}

describe('combineRelations', () => {
  describe('Krackhardt high-tech managers (advice, friendship, reports-to)', () => {
    it('finds 163 directed pairs with 1 relation, 58 with 2 and 11 with 3, as krackhardtHighTech({ relation: "all" }) stores', () => {
      const fused = combineRelations(krackhardtLayers());
      expect(fused.type).toBe('directed');
      expect(fused.order).toBe(21);
      expect(fused.size).toBe(232);
      expect(multiplexityCounts(fused)).toEqual({ '1': 163, '2': 58, '3': 11 });
      expect(golden.values.directed.multiplexityCounts).toEqual({ '1': 163, '2': 58, '3': 11 });
      // Every arc of the 'all' graph: its weight is the number of relations present.
      const all = krackhardtHighTech({ relation: 'all' });
      expect(all.size).toBe(fused.size);
      all.forEachEdge((_edge, attributes, source, target) => {
        const edge = fused.edge(source, target)!;
        expect(edge, `${source}->${target}`).toBeDefined();
        const fusedAttributes = fused.getEdgeAttributes(edge);
        expect(fusedAttributes.multiplexity).toBe(attributes.weight);
        // Unit layer weights and unit strengths: fused strength = multiplexity.
        expect(fusedAttributes.weight).toBe(attributes.weight);
        expect([fusedAttributes.advice, fusedAttributes.friendship, fusedAttributes.reportsTo]).toEqual([
          attributes.advice ? 1 : 0,
          attributes.friendship ? 1 : 0,
          attributes.reportsTo ? 1 : 0,
        ]);
      });
    });

    it('matches the golden directed fusion tie by tie', () => {
      const fused = combineRelations(krackhardtLayers());
      for (const t of golden.values.directed.ties) {
        const a = fused.getEdgeAttributes(fused.edge(t.source, t.target)!);
        expect({ ...a }, `${t.source}->${t.target}`).toEqual({
          weight: t.weight,
          multiplexity: t.multiplexity,
          advice: t.advice,
          friendship: t.friendship,
          reportsTo: t.reportsTo,
        });
      }
    });

    it('matches the golden undirected fusion (projection any: a_ij + a_ji per layer; weights advice 1, friendship 2, reportsTo 0.5)', () => {
      const layerWeights = golden.provenance.params.undirectedLayerWeights;
      expect(layerWeights).toEqual({ advice: 1, friendship: 2, reportsTo: 0.5 });
      const fused = combineRelations(krackhardtLayers(), { directed: false, layerWeights });
      expect(fused.type).toBe('undirected');
      expect(fused.size).toBe(golden.values.undirected.ties.length);
      expect(multiplexityCounts(fused)).toEqual(golden.values.undirected.multiplexityCounts);
      for (const t of golden.values.undirected.ties) {
        const a = fused.getEdgeAttributes(fused.edge(t.source, t.target)!);
        expect(a.multiplexity).toBe(t.multiplexity);
        expect([a.advice, a.friendship, a.reportsTo]).toEqual([t.advice, t.friendship, t.reportsTo]);
        expect(a.weight).toBeCloseTo(t.weight, 12);
      }
    });

    it('copies the managers’ node attributes and keys edges by tie number', () => {
      const fused = combineRelations(krackhardtLayers());
      expect(fused.getNodeAttributes('7')).toEqual(krackhardtHighTech().getNodeAttributes('7'));
      expect(fused.edges().slice(0, 3)).toEqual(['0', '1', '2']);
    });

    it('returns the fused index with per-layer strengths and multiplexity in typed arrays with as: "index"', () => {
      const fused = combineRelations(krackhardtLayers(), { as: 'index' });
      const graph = combineRelations(krackhardtLayers());
      expect(fused.index.size).toBe(232);
      expect(fused.index.directed).toBe(true);
      expect(Object.keys(fused.layers)).toEqual(['advice', 'friendship', 'reportsTo']);
      const counts = [0, 0, 0, 0];
      for (let t = 0; t < fused.index.size; t++) {
        counts[fused.multiplexity[t]!]!++;
        const a = graph.getEdgeAttributes(String(t));
        expect(graph.source(String(t))).toBe(fused.index.keys[fused.index.tieSources[t]!]);
        expect(graph.target(String(t))).toBe(fused.index.keys[fused.index.tieTargets[t]!]);
        expect([fused.index.tieStrengths[t], fused.multiplexity[t], fused.layers.advice![t], fused.layers.friendship![t], fused.layers.reportsTo![t]]).toEqual([
          a.weight, a.multiplexity, a.advice, a.friendship, a.reportsTo,
        ]);
      }
      expect(counts).toEqual([0, 163, 58, 11]);
      expect(() => combineRelations(krackhardtLayers(), { as: 'table' as never })).toThrow(InvalidOptionError);
    });

    it('accepts layers given as indexes', () => {
      const layers = krackhardtLayers();
      const fromIndexes = combineRelations({
        advice: buildIndex(layers.advice),
        friendship: buildIndex(layers.friendship),
        reportsTo: buildIndex(layers.reportsTo),
      });
      const fromGraphs = combineRelations(layers);
      expect(fromIndexes.size).toBe(fromGraphs.size);
      fromGraphs.forEachEdge((_e, a, s, t) => expect({ ...fromIndexes.getEdgeAttributes(fromIndexes.edge(s, t)!) }).toEqual({ ...a }));
    });
  });

  describe('hand cases', () => {
    it('sums α_L · w^(L) and counts the layers (email 3 + 0.5 · chat 4 = 5 for a–b)', () => {
      // a–b: email 3, chat 4 → 1·3 + 0.5·4 = 5, multiplexity 2. b–c: chat 2 → 1, multiplexity 1.
      const email = new UndirectedGraph();
      email.mergeEdge('a', 'b', { weight: 3 });
      const chat = new UndirectedGraph();
      chat.mergeEdge('a', 'b', { weight: 4 });
      chat.mergeEdge('b', 'c', { weight: 2 });
      const fused = combineRelations({ email, chat }, { layerWeights: { chat: 0.5 } });
      expect({ ...fused.getEdgeAttributes(fused.edge('a', 'b')!) }).toEqual({ weight: 5, multiplexity: 2, email: 3, chat: 4 });
      expect({ ...fused.getEdgeAttributes(fused.edge('b', 'c')!) }).toEqual({ weight: 1, multiplexity: 1, email: 0, chat: 2 });
    });

    it('takes the union of the layers’ nodes, isolates included, in order of first appearance', () => {
      const one = new UndirectedGraph();
      one.addNode('lonely', { team: 'x' });
      one.mergeEdge('a', 'b');
      const two = new UndirectedGraph();
      two.mergeEdge('c', 'd');
      two.mergeNode('a', { team: 'late', extra: true });
      const fused = combineRelations({ one, two });
      expect(fused.nodes()).toEqual(['lonely', 'a', 'b', 'c', 'd']);
      // First layer wins per attribute; later layers fill in what is missing.
      expect(fused.getNodeAttributes('a')).toEqual({ team: 'late', extra: true });
      expect(fused.getNodeAttributes('lonely')).toEqual({ team: 'x' });
    });

    it('merges parallel edges within a layer, drops self-loops, reads per-layer getters', () => {
      const mail = new MultiUndirectedGraph({ allowSelfLoops: true });
      mail.mergeEdge('a', 'b', { n: 2 });
      mail.addEdge('b', 'a', { n: 3 });
      mail.addEdge('a', 'a', { n: 9 });
      const meet = new UndirectedGraph();
      meet.mergeEdge('a', 'b', { minutes: 30 });
      const fused = combineRelations({ mail, meet }, { getEdgeStrength: { mail: 'n', meet: 'minutes' }, layerWeights: { meet: 0.1 } });
      expect(fused.size).toBe(1);
      const a = fused.getEdgeAttributes(fused.edge('a', 'b')!);
      expect([a.mail, a.meet, a.multiplexity]).toEqual([5, 30, 2]);
      expect(a.weight).toBeCloseTo(8, 12);
      // One getter for every layer; null = unweighted.
      const unweighted = combineRelations({ mail, meet }, { getEdgeStrength: null });
      expect({ ...unweighted.getEdgeAttributes(unweighted.edge('a', 'b')!) }).toEqual({ weight: 2, multiplexity: 2, mail: 1, meet: 1 });
    });

    it('refuses a strength attribute that no edge of a layer carries (a misspelling), per layer', () => {
      const mail = new UndirectedGraph();
      mail.mergeEdge('a', 'b', { n: 2 });
      const meet = new UndirectedGraph();
      meet.mergeEdge('a', 'b', { minutes: 30 });
      const option = expect.objectContaining({ name: 'InvalidOptionError', code: 'E_INVALID_OPTION', option: 'getEdgeStrength' });
      expect(() => combineRelations({ mail, meet }, { getEdgeStrength: { mail: 'n', meet: 'minute' } })).toThrow(option);
      // One name for every layer: each layer must carry it.
      expect(() => combineRelations({ mail, meet }, { getEdgeStrength: 'n' })).toThrow(option);
      // The default 'weight' may be absent (unweighted layers).
      expect(combineRelations({ mail, meet }).size).toBe(1);
    });

    it('projects directed layers into an undirected fusion (a_ij + a_ji; mutual keeps reciprocated pairs only)', () => {
      const calls = new DirectedGraph();
      calls.mergeEdge('a', 'b', { weight: 2 });
      calls.mergeEdge('b', 'a', { weight: 1 });
      calls.mergeEdge('b', 'c', { weight: 4 });
      const any = combineRelations({ calls }, { directed: false });
      expect(any.type).toBe('undirected');
      expect(any.getEdgeAttribute(any.edge('a', 'b')!, 'calls')).toBe(3);
      expect(any.getEdgeAttribute(any.edge('b', 'c')!, 'calls')).toBe(4);
      const mutual = combineRelations({ calls }, { directed: false, projection: 'mutual' });
      expect(mutual.size).toBe(1);
      expect(mutual.order).toBe(3);
    });

    it('turns an undirected layer into two arcs in a directed fusion', () => {
      const advice = new DirectedGraph();
      advice.mergeEdge('a', 'b');
      const friends = new UndirectedGraph();
      friends.mergeEdge('a', 'b', { weight: 2 });
      expect(() => combineRelations({ advice, friends })).toThrow(GraphTypeNotSupportedError);
      const fused = combineRelations({ advice, friends }, { directed: true });
      expect(fused.type).toBe('directed');
      expect({ ...fused.getEdgeAttributes(fused.edge('a', 'b')!) }).toEqual({ weight: 3, multiplexity: 2, advice: 1, friends: 2 });
      expect({ ...fused.getEdgeAttributes(fused.edge('b', 'a')!) }).toEqual({ weight: 2, multiplexity: 1, advice: 0, friends: 2 });
    });
  });

  describe('standard cases and options', () => {
    it("keeps a layer named '__proto__' (issue 12 item 14): its strengths, weight and getter by name", () => {
      const proto = new UndirectedGraph();
      proto.mergeEdge('a', 'b', { weight: 2 });
      const other = new UndirectedGraph();
      other.mergeEdge('a', 'b', { weight: 3 });
      other.mergeEdge('b', 'c', { weight: 1 });
      const layers = Object.defineProperty({ other }, '__proto__', { value: proto, enumerable: true, configurable: true, writable: true }) as Record<string, UndirectedGraph>;
      const layerWeights = Object.defineProperty({}, '__proto__', { value: 2, enumerable: true }) as Record<string, number>;
      const fused = combineRelations(layers, { layerWeights });
      const ab = fused.edge('a', 'b')!;
      expect(Object.hasOwn(fused.getEdgeAttributes(ab), '__proto__')).toBe(true);
      expect(Object.getPrototypeOf(fused.getEdgeAttributes(ab))).toBe(Object.prototype);
      expect(fused.getEdgeAttribute(ab, '__proto__' as never)).toBe(2);
      expect(fused.getEdgeAttribute(ab, 'weight')).toBe(2 * 2 + 3);
      expect(fused.getEdgeAttribute(ab, 'multiplexity')).toBe(2);
      expect(fused.getEdgeAttribute(fused.edge('b', 'c')!, '__proto__' as never)).toBe(0);
      const asIndex = combineRelations(layers, { as: 'index' });
      expect(Object.keys(asIndex.layers)).toEqual(['other', '__proto__']);
      expect(Object.hasOwn(asIndex.layers, '__proto__')).toBe(true);
      expect(Array.from(asIndex.layers['__proto__']!)).toEqual([2, 0]);
    });

    it("keeps a node attribute named '__proto__' of a layer", () => {
      const g = new UndirectedGraph();
      g.addNode('a', Object.defineProperty({}, '__proto__', { value: 'x', enumerable: true, configurable: true, writable: true }));
      g.mergeEdge('a', 'b');
      const fused = combineRelations({ g });
      expect(Object.hasOwn(fused.getNodeAttributes('a'), '__proto__')).toBe(true);
      expect(Object.getPrototypeOf(fused.getNodeAttributes('a'))).toBe(Object.prototype);
    });

    it('returns an empty undirected graph for no layers, and empty layers give no ties', () => {
      const none = combineRelations({});
      expect([none.type, none.order, none.size]).toEqual(['undirected', 0, 0]);
      expect(combineRelations({}, { directed: true }).type).toBe('directed');
      const empty = combineRelations({ a: new UndirectedGraph(), b: new UndirectedGraph() });
      expect([empty.order, empty.size]).toEqual([0, 0]);
    });

    it('throws InvalidGraphError for a layer that is not a graph, InvalidOptionError for layers that are not an object', () => {
      expect(() => combineRelations({ a: {} as never })).toThrow(InvalidGraphError);
      expect(() => combineRelations(null as never)).toThrow(InvalidOptionError);
      expect(() => combineRelations(new UndirectedGraph() as never)).toThrow(InvalidOptionError);
      expect(() => combineRelations([] as never)).toThrow(InvalidOptionError);
    });

    it('refuses layers named weight or multiplexity, bad layer weights, unknown names and options', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b');
      for (const bad of [
        () => combineRelations({ weight: g }),
        () => combineRelations({ multiplexity: g }),
        () => combineRelations({ g }, { layerWeights: { g: 0 } }),
        () => combineRelations({ g }, { layerWeights: { g: -1 } }),
        () => combineRelations({ g }, { layerWeights: { g: Infinity } }),
        () => combineRelations({ g }, { layerWeights: { nope: 1 } }),
        () => combineRelations({ g }, { layerWeights: 3 as never }),
        () => combineRelations({ g }, { getEdgeStrength: { nope: 'x' } }),
        () => combineRelations({ g }, { getEdgeStrength: 5 as never }),
        () => combineRelations({ g }, { projection: 'both' as never }),
        () => combineRelations({ g }, { directed: 'yes' as never }),
        () => combineRelations({ g }, { nope: 1 } as never),
        () => combineRelations({ g: buildIndex(g) }, { getEdgeStrength: 'weight' }),
      ]) {
        expect(bad).toThrow(InvalidOptionError);
      }
      expect(COMBINE_RELATIONS_DEFAULTS.projection).toBe('any');
    });

    it('throws InvalidWeightError on a bad strength in any layer', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: 0 });
      expect(() => combineRelations({ ok: new UndirectedGraph(), g })).toThrow(InvalidWeightError);
    });
  });
});
