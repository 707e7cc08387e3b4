/**
 * Issue 12 item 14: every exported `assign*` function refuses to write an attribute named
 * `__proto__` (it would replace the attributes object's prototype instead of writing a value).
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { InvalidOptionError } from '../../src/errors.js';

/** A small weighted graph with groups and engagement on every person. */
function small(): UndirectedGraph {
  const g = new UndirectedGraph();
  const groups: Record<string, string> = { a: 'A', b: 'A', c: 'B', d: 'B', e: 'C' };
  for (const [node, group] of Object.entries(groups)) g.addNode(node, { group, engagement: node < 'c' ? 0.9 : 0.1 });
  for (const [s, t, w] of [['a', 'b', 3], ['a', 'c', 1], ['b', 'c', 2], ['c', 'd', 4], ['d', 'e', 1], ['b', 'd', 1]] as const) {
    g.addEdge(s, t, { weight: w });
  }
  return g;
}

/** The options each function needs besides the attribute. */
const NEEDS: Record<string, Record<string, unknown>> = {
  assignEiIndex: { groups: 'group' },
  assignBrokerageRoles: { groups: 'group' },
  assignEngagementExposure: { engagement: 'engagement', engagementThreshold: 0.5 },
};

/** The options naming the attribute(s) a function writes. */
const ATTRIBUTE_OPTIONS: Record<string, string[]> = {
  assignDiversityBandwidth: ['diversityAttribute', 'bandwidthAttribute'],
};

const assigns = Object.entries(api).filter(
  (entry): entry is [string, (graph: unknown, options?: unknown) => unknown] => entry[0].startsWith('assign') && typeof entry[1] === 'function',
);

describe("assign variants refuse attribute '__proto__'", () => {
  it('finds the assign variants', () => {
    expect(assigns.length).toBeGreaterThanOrEqual(20);
    expect(assigns.map(([name]) => name)).toContain('assignClassifyTies');
  });

  for (const [name, assign] of assigns) {
    for (const option of ATTRIBUTE_OPTIONS[name] ?? ['attribute']) {
      it(`${name}(graph, { ${option}: '__proto__' }) throws InvalidOptionError naming ${option}`, async () => {
        const g = small();
        const options = { ...NEEDS[name], [option]: '__proto__' };
        // The options are valid without the bad attribute: the refusal is about the name.
        await Promise.resolve(assign(small(), { ...NEEDS[name] }));
        let error: unknown;
        try {
          await Promise.resolve(assign(g, options));
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
        expect((error as InvalidOptionError).option).toBe(option);
        g.forEachNode((node, attributes) => expect(Object.getPrototypeOf(attributes), node).toBe(Object.prototype));
        g.forEachEdge((edge, attributes) => expect(Object.getPrototypeOf(attributes), edge).toBe(Object.prototype));
      });
    }
  }
});
