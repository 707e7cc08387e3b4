import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { lazegaLawFirm, LAZEGA_LAW_FIRM_DEFAULTS, type LazegaRelation } from '../../src/datasets/index.js';
import { hasSource, readSource, weightHistogram } from './helpers.js';

const FOLDER = 'lazega-lawfirm';

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

describe('lazegaLawFirm', () => {
  describe('sizes', () => {
    it.each([
      ['advice', 892],
      ['friendship', 575],
      ['cowork', 1104],
      ['all', 1574],
    ] as const)('lazegaLawFirm({ relation: %j }) has 71 nodes and %i edges', (relation, size) => {
      const graph = lazegaLawFirm({ relation });
      expect(graph.type).toBe('directed');
      expect(graph.order).toBe(71);
      expect(graph.size).toBe(size);
      expect(graph.selfLoopCount).toBe(0);
    });

    it("defaults to relation 'advice'", () => {
      expect(LAZEGA_LAW_FIRM_DEFAULTS).toEqual({ relation: 'advice' });
      expect(Object.isFrozen(LAZEGA_LAW_FIRM_DEFAULTS)).toBe(true);
      expect(lazegaLawFirm().size).toBe(892);
    });

    it('advice density is 892 / (71 · 70) = 0.179', () => {
      const graph = lazegaLawFirm();
      expect(graph.size / (graph.order * (graph.order - 1))).toBeCloseTo(0.179, 3);
    });
  });

  describe('nodes', () => {
    it("node '1' is a 64-year-old male litigation partner in Boston from Harvard/Yale", () => {
      expect(lazegaLawFirm().getNodeAttributes('1')).toEqual({
        kind: 'employee',
        status: 'partner',
        gender: 'man',
        office: 'Boston',
        seniority: 31,
        age: 64,
        practice: 'litigation',
        lawSchool: 'harvard_yale',
      });
    });

    it("node '71' is a 26-year-old female litigation associate in Boston from UConn", () => {
      expect(lazegaLawFirm().getNodeAttributes('71')).toEqual({
        kind: 'employee',
        status: 'associate',
        gender: 'woman',
        office: 'Boston',
        seniority: 1,
        age: 26,
        practice: 'litigation',
        lawSchool: 'ucon',
      });
    });

    it("node '15' is the Providence corporate partner", () => {
      expect(lazegaLawFirm().getNodeAttributes('15')).toMatchObject({ office: 'Providence', practice: 'corporate', seniority: 21, age: 48 });
    });

    it('has the published group sizes: 36 partners, offices 48/19/4, practices 41/30', () => {
      const graph = lazegaLawFirm();
      const attributes = graph.mapNodes((_n, a) => a);
      expect(countBy(attributes.map((a) => a.status))).toEqual({ partner: 36, associate: 35 });
      expect(countBy(attributes.map((a) => a.office))).toEqual({ Boston: 48, Hartford: 19, Providence: 4 });
      expect(countBy(attributes.map((a) => a.practice))).toEqual({ litigation: 41, corporate: 30 });
      // Ids 1–36 are partners, 37–71 associates.
      graph.forEachNode((node, a) => expect(a.status).toBe(Number(node) <= 36 ? 'partner' : 'associate'));
    });
  });

  describe('edges', () => {
    it("a single-relation edge carries its flag and weight 1", () => {
      lazegaLawFirm({ relation: 'cowork' }).forEachEdge((edge, attributes, source, target) => {
        expect(edge).toBe(`${source}->${target}`);
        expect(attributes).toEqual({ cowork: true, weight: 1 });
      });
    });

    it("relation 'all': one edge per ordered pair, weight = multiplexity", () => {
      const all = lazegaLawFirm({ relation: 'all' });
      // 2571 relation rows fall on 1574 ordered pairs: 824 in one relation, 503 in two, 247 in three.
      expect(weightHistogram(all)).toEqual({ 1: 824, 2: 503, 3: 247 });
      expect(all.reduceEdges((sum, _e, a) => sum + a.weight, 0)).toBe(892 + 575 + 1104);
      all.forEachEdge((_edge, a) => {
        expect(Object.keys(a)).toEqual(['advice', 'friendship', 'cowork', 'weight']);
        expect(a.weight).toBe(Number(a.advice) + Number(a.friendship) + Number(a.cowork));
      });
      expect(all.getEdgeAttributes('1', '2')).toEqual({ advice: true, friendship: true, cowork: false, weight: 2 });
      expect(all.getEdgeAttributes('1', '17')).toEqual({ advice: true, friendship: true, cowork: true, weight: 3 });
    });

    it("relation 'all' agrees with each single relation", () => {
      const all = lazegaLawFirm({ relation: 'all' });
      for (const relation of ['advice', 'friendship', 'cowork'] as LazegaRelation[]) {
        expect(all.filterEdges((_e, a) => a[relation] === true).sort()).toEqual(lazegaLawFirm({ relation }).edges().sort());
      }
    });
  });

  describe('options', () => {
    it('an unknown relation throws InvalidOptionError (E_INVALID_OPTION, option relation)', () => {
      for (const relation of ['reportsTo', 'co-work', 'ADVICE']) {
        expect(() => lazegaLawFirm({ relation } as never)).toThrow(
          expect.objectContaining({ name: 'InvalidOptionError', code: 'E_INVALID_OPTION', option: 'relation' }),
        );
      }
    });

    it('an unknown option key throws InvalidOptionError', () => {
      expect(() => lazegaLawFirm({ relation: 'advice', directed: false } as never)).toThrow(InvalidOptionError);
    });
  });

  it('two calls return independent graphs', () => {
    const a = lazegaLawFirm({ relation: 'all' });
    const b = lazegaLawFirm({ relation: 'all' });
    a.mergeEdgeAttributes('1', '2', { cowork: true, weight: 3 });
    a.setNodeAttribute('1', 'office', 'Hartford');
    a.clearEdges();
    expect(b.size).toBe(1574);
    expect(b.getEdgeAttributes('1', '2')).toEqual({ advice: true, friendship: true, cowork: false, weight: 2 });
    expect(b.getNodeAttribute('1', 'office')).toBe('Boston');
  });

  describe.skipIf(!hasSource(FOLDER))('matches the published CSVs', () => {
    it('every node attribute equals nodes.csv', () => {
      const graph = lazegaLawFirm();
      const rows = readSource(FOLDER, 'nodes.csv');
      expect(rows).toHaveLength(graph.order);
      for (const row of rows) {
        expect(graph.getNodeAttributes(row.id as string)).toEqual({
          kind: 'employee',
          status: row.status,
          gender: row.gender,
          office: row.office,
          seniority: Number(row.seniority),
          age: Number(row.age),
          practice: row.practice,
          lawSchool: row.law_school,
        });
      }
    });

    it('every relation equals edges.csv', () => {
      const rows = readSource(FOLDER, 'edges.csv');
      for (const relation of ['advice', 'friendship', 'cowork'] as const) {
        const expected = rows.filter((r) => r.relation === relation).map((r) => `${r.source}->${r.target}`);
        expect(lazegaLawFirm({ relation }).edges()).toEqual(expected);
      }
    });
  });
});
