import { describe, expect, it } from 'vitest';
import { InvalidOptionError, TieStrengthError } from '../../src/errors.js';
import {
  krackhardtHighTech,
  KRACKHARDT_HIGH_TECH_DEFAULTS,
  type KrackhardtRelation,
} from '../../src/datasets/index.js';
import { density, hasSource, readSource, weightHistogram } from './helpers.js';

const FOLDER = 'krackhardt-hightech';

describe('krackhardtHighTech', () => {
  describe('sizes', () => {
    it.each([
      ['advice', 190],
      ['friendship', 102],
      ['reportsTo', 20],
      ['all', 232],
    ] as const)('krackhardtHighTech({ relation: %j }) has 21 nodes and %i edges', (relation, size) => {
      const graph = krackhardtHighTech({ relation });
      expect(graph.type).toBe('directed');
      expect(graph.multi).toBe(false);
      expect(graph.order).toBe(21);
      expect(graph.size).toBe(size);
      expect(graph.selfLoopCount).toBe(0);
    });

    it("defaults to relation 'advice'", () => {
      expect(KRACKHARDT_HIGH_TECH_DEFAULTS).toEqual({ relation: 'advice' });
      expect(Object.isFrozen(KRACKHARDT_HIGH_TECH_DEFAULTS)).toBe(true);
      expect(krackhardtHighTech().size).toBe(190);
      expect(krackhardtHighTech({}).size).toBe(190);
      expect(krackhardtHighTech({ relation: undefined }).size).toBe(190);
    });

    it('has the published densities: advice 190/420 = 0.452, friendship 102/420 = 0.243', () => {
      expect(density(krackhardtHighTech({ relation: 'advice' }))).toBeCloseTo(0.452, 3);
      expect(density(krackhardtHighTech({ relation: 'friendship' }))).toBeCloseTo(0.243, 3);
      expect(density(krackhardtHighTech({ relation: 'advice' }))).toBe(190 / 420);
    });

    it('reportsTo is a tree: everyone but the CEO reports to exactly one person', () => {
      const graph = krackhardtHighTech({ relation: 'reportsTo' });
      graph.forEachNode((node) => expect(graph.outDegree(node)).toBe(node === '7' ? 0 : 1));
      expect(graph.inNeighbors('7').sort()).toEqual(['14', '18', '2', '21']);
    });
  });

  describe('nodes', () => {
    it("node '1' is a 33-year-old manager in department 4 with tenure 9.333", () => {
      expect(krackhardtHighTech().getNodeAttributes('1')).toEqual({
        kind: 'employee',
        department: '4',
        level: 3,
        age: 33,
        tenure: 9.333,
      });
    });

    it("the CEO '7' has level 1 and department '0'", () => {
      expect(krackhardtHighTech().getNodeAttributes('7')).toEqual({
        kind: 'employee',
        department: '0',
        level: 1,
        age: 55,
        tenure: 30,
      });
    });

    it("node '2' is a vice president (level 2) with tenure 19.583", () => {
      expect(krackhardtHighTech().getNodeAttributes('2')).toMatchObject({ level: 2, age: 42, tenure: 19.583, department: '4' });
    });

    it('keys nodes 1..21 in order, with every node in every relation', () => {
      const keys = Array.from({ length: 21 }, (_, i) => String(i + 1));
      for (const relation of ['advice', 'friendship', 'reportsTo', 'all'] as const) {
        expect(krackhardtHighTech({ relation }).nodes()).toEqual(keys);
      }
    });

    it('has department sizes 5, 8, 3, 4 and one CEO', () => {
      const sizes: Record<string, number> = {};
      krackhardtHighTech().forEachNode((_n, a) => {
        sizes[a.department] = (sizes[a.department] ?? 0) + 1;
      });
      expect(sizes).toEqual({ '0': 1, '1': 5, '2': 8, '3': 3, '4': 4 });
    });
  });

  describe('edges', () => {
    it("a single-relation edge is keyed 'source->target' and carries its flag and weight 1", () => {
      const graph = krackhardtHighTech({ relation: 'friendship' });
      graph.forEachEdge((edge, attributes, source, target) => {
        expect(edge).toBe(`${source}->${target}`);
        expect(attributes).toEqual({ friendship: true, weight: 1 });
      });
      expect(krackhardtHighTech().getEdgeAttributes('1', '2')).toEqual({ advice: true, weight: 1 });
    });

    it("relation 'all': one edge per ordered pair, weight = multiplexity", () => {
      const all = krackhardtHighTech({ relation: 'all' });
      // 312 relation rows fall on 232 ordered pairs: 163 in one relation, 58 in two, 11 in three.
      expect(weightHistogram(all)).toEqual({ 1: 163, 2: 58, 3: 11 });
      expect(all.reduceEdges((sum, _e, a) => sum + a.weight, 0)).toBe(190 + 102 + 20);
      all.forEachEdge((_edge, a) => {
        expect(Object.keys(a)).toEqual(['advice', 'friendship', 'reportsTo', 'weight']);
        expect(a.weight).toBe(Number(a.advice) + Number(a.friendship) + Number(a.reportsTo));
      });
      expect(all.getEdgeAttributes('2', '7')).toEqual({ advice: true, friendship: false, reportsTo: true, weight: 2 });
      expect(all.getEdgeAttributes('1', '2')).toMatchObject({ weight: 3 });
    });

    it("relation 'all' agrees with each single relation", () => {
      const all = krackhardtHighTech({ relation: 'all' });
      for (const relation of ['advice', 'friendship', 'reportsTo'] as KrackhardtRelation[]) {
        const single = krackhardtHighTech({ relation });
        expect(all.filterEdges((_e, a) => a[relation] === true).sort()).toEqual(single.edges().sort());
      }
    });
  });

  describe('options', () => {
    it('an unknown relation throws InvalidOptionError (E_INVALID_OPTION, option relation)', () => {
      // The CSV spelling 'reports_to' is not an option value: the option is camelCase.
      for (const relation of ['reports_to', 'cowork', '', 1, null]) {
        const call = () => krackhardtHighTech({ relation } as never);
        expect(call).toThrow(InvalidOptionError);
        try {
          call();
        } catch (error) {
          expect(error).toBeInstanceOf(TieStrengthError);
          expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
          expect((error as InvalidOptionError).option).toBe('relation');
        }
      }
    });

    it('an unknown option key throws InvalidOptionError naming the key', () => {
      expect(() => krackhardtHighTech({ relations: 'all' } as never)).toThrow(
        expect.objectContaining({ code: 'E_INVALID_OPTION', option: 'relations' }),
      );
    });

    it('non-object options throw InvalidOptionError', () => {
      expect(() => krackhardtHighTech('advice' as never)).toThrow(InvalidOptionError);
    });
  });

  it('two calls return independent graphs', () => {
    const a = krackhardtHighTech();
    const b = krackhardtHighTech();
    expect(a).not.toBe(b);
    a.setNodeAttribute('1', 'age', 99);
    a.setEdgeAttribute('1', '2', 'weight', 5);
    a.dropNode('7');
    expect(b.getNodeAttribute('1', 'age')).toBe(33);
    expect(b.getEdgeAttribute('1', '2', 'weight')).toBe(1);
    expect(b.hasNode('7')).toBe(true);
    expect(krackhardtHighTech().getNodeAttribute('1', 'age')).toBe(33);
  });

  describe.skipIf(!hasSource(FOLDER))('matches the published CSVs', () => {
    it('every node attribute equals nodes.csv', () => {
      const graph = krackhardtHighTech();
      const rows = readSource(FOLDER, 'nodes.csv');
      expect(rows).toHaveLength(graph.order);
      for (const row of rows) {
        expect(graph.getNodeAttributes(row.id as string)).toEqual({
          kind: 'employee',
          department: row.department,
          level: Number(row.level),
          age: Number(row.age),
          tenure: Number(row.tenure),
        });
      }
    });

    it('every relation equals edges.csv', () => {
      const rows = readSource(FOLDER, 'edges.csv');
      const names = { advice: 'advice', friendship: 'friendship', reportsTo: 'reports_to' } as const;
      for (const [relation, csvName] of Object.entries(names)) {
        const expected = rows.filter((r) => r.relation === csvName).map((r) => `${r.source}->${r.target}`);
        expect(krackhardtHighTech({ relation: relation as KrackhardtRelation }).edges()).toEqual(expected);
      }
    });
  });
});
