/**
 * The column encoding of what crosses between threads (src/runtime/columns.ts): results and
 * graphs come back equal (keys and their order, −0, NaN, null, lists, `__proto__` keys, brands),
 * and their numbers travel in transferable typed arrays.
 */
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue, graphFromColumns, graphToColumns } from '../../src/runtime/columns.js';
import { tidyResult } from '../../src/tidy/brand.js';
import { brandOf } from '../../src/tidy/symbols.js';

/** Encodes, clones (as postMessage would, moving the buffers) and decodes. */
async function roundTrip(value: unknown): Promise<{ back: unknown; transfer: ArrayBuffer[] }> {
  const transfer: ArrayBuffer[] = [];
  const encoded = encodeValue(value, transfer);
  const cloned = structuredClone(encoded, { transfer });
  return { back: await decodeValue(cloned), transfer };
}

describe('values', () => {
  it('rows nested in rows (an account\'s owners) and a matrix travel as columns, not clones', async () => {
    const accounts = Array.from({ length: 600 }, (_, i) => ({
      account: `acc${i}`,
      owners: Array.from({ length: i % 4 }, (_, j) => ({ employee: `e${j}`, strength: j + 0.5, strong: j % 2 === 0 })),
    }));
    const matrix = Array.from({ length: 600 }, (_, i) => Array.from({ length: 600 }, (_, j) => (i === j ? 1 : -0)));
    const result = tidyResult('object', { accounts, matrix, groups: matrix.map((_, i) => `g${i}`) }, 'testResult');
    const transfer: ArrayBuffer[] = [];
    const encoded = encodeValue(result, transfer) as { t: string; v: { t: string; cols?: { t: string; v?: { t: string } }[]; v?: { t: string } }[] };
    expect(encoded.t).toBe('obj');
    const [acc, mat, groups] = encoded.v;
    expect(acc!.t).toBe('rows');
    expect(acc!.cols![1]!.t).toBe('list');
    expect(acc!.cols![1]!.v!.t).toBe('objs');
    expect(mat!.t).toBe('col');
    expect(groups!.t).toBe('col');
    const back = await decodeValue(encoded as never);
    expect(back).toEqual(result);
    expect(Object.is((back as { matrix: number[][] }).matrix[0]![1], -0)).toBe(true);
    expect(brandOf(back)).toEqual(brandOf(result));
  });

  it('a large record of numbers, of objects, and rows', async () => {
    const keys = Array.from({ length: 3000 }, (_, i) => (i === 7 ? '__proto__' : `p${i}`));
    const numbers: Record<string, number> = {};
    const people: Record<string, unknown> = {};
    keys.forEach((k, i) => {
      Object.defineProperty(numbers, k, { value: i === 3 ? -0 : i === 4 ? NaN : i / 3, enumerable: true, writable: true, configurable: true });
      Object.defineProperty(people, k, {
        value: { risk: i / 7, point: i % 2 === 0, pieces: i % 5, far: i % 3 === 0 ? null : i, accounts: i % 4 === 0 ? [`a${i}`, 'b'] : [], label: `g${i % 9}` },
        enumerable: true,
        writable: true,
        configurable: true,
      });
    });
    const rows = keys.map((k, i) => ({ source: k, target: keys[(i * 7) % keys.length]!, value: i * 0.1 }));
    const result = tidyResult('keyPersonRisk', { fragmentation: 0.5, distanceFragmentation: null, people, numbers, rows: tidyResult('tieMetric', rows, 'x') });
    const { back, transfer } = await roundTrip(result);
    expect(back).toEqual(result);
    expect(Object.keys((back as typeof result).people)).toEqual(keys);
    expect(Object.is((back as typeof result).numbers.p3, -0)).toBe(true);
    expect(Object.getPrototypeOf((back as typeof result).people)).toBe(Object.prototype);
    expect(brandOf(back)).toEqual(brandOf(result));
    expect(brandOf((back as typeof result).rows)).toEqual({ shape: 'tieMetric', name: 'x' });
    expect(transfer.length).toBeGreaterThan(5);
  });

  it('small and unknown values travel as they are', async () => {
    for (const value of [1, 'a', null, [1, 2], { a: 1 }, new Map([[1, 2]]), Float64Array.of(1, 2), Array.from({ length: 600 }, (_, i) => (i % 2 ? 'a' : 1))]) {
      const expected = structuredClone(value); // a typed array's buffer moves: the original is detached
      expect((await roundTrip(value)).back).toEqual(expected);
    }
  });
});

describe('graphs', () => {
  it('a mixed multigraph with attributes on some nodes and edges, keys kept', async () => {
    const g = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
    g.setAttribute('name', 'test');
    for (let i = 0; i < 2000; i++) g.addNode(i === 5 ? '__proto__' : `n${i}`, i % 3 === 0 ? { team: `t${i % 4}`, size: i } : {});
    for (let i = 0; i < 5000; i++) {
      const s = i % 2000 === 5 ? '__proto__' : `n${i % 2000}`;
      const j = (i * 13) % 2000;
      const t = j === 5 ? `n6` : `n${j}`;
      if (i % 10 === 0) g.addUndirectedEdge(s, t, { weight: i / 10 });
      else g.addDirectedEdgeWithKey(`e${i}`, s, t, i % 2 ? { weight: i, kind: 'x' } : {});
    }
    const transfer: ArrayBuffer[] = [];
    const columns = structuredClone(await graphToColumns(g, transfer), { transfer });
    const back = graphFromColumns(columns, MultiGraph as never);
    expect(back.export()).toEqual(g.export());
    expect(back.type).toBe('mixed');
    expect(back.multi).toBe(true);
  });
});
