/**
 * Kernel tests of src/core/coverage.ts (coverageThreads): threads per account, their order,
 * strong threads, sole holders and per-employee counts, on hand-built indices, undirected and
 * directed (both arcs of a pair are one tie).
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph } from 'graphology';
import { buildIndex } from '../../src/core/build-index.js';
import { coverageThreads, KIND_CUSTOMER, KIND_EMPLOYEE, KIND_OTHER } from '../../src/core/coverage.js';
import type { CsrIndex } from '../../src/core/csr.js';
import { salesTeam } from '../customers/sales-team.js';

/** Kinds and accounts by node key; accounts are given as ids. */
function segments(index: CsrIndex, kinds: Record<string, number>, accounts: Record<string, number>) {
  const kind = new Uint8Array(index.order);
  const accountOf = new Int32Array(index.order).fill(-1);
  for (const [k, v] of Object.entries(kinds)) kind[index.id(k)] = v;
  for (const [k, a] of Object.entries(accounts)) accountOf[index.id(k)] = a;
  return { kind, accountOf };
}

function strongAtLeast(index: CsrIndex, threshold: number): Uint8Array {
  return Uint8Array.from(index.tieStrengths, (s) => (s >= threshold ? 1 : 0));
}

describe('coverageThreads', () => {
  const index = buildIndex(salesTeam());
  const E = KIND_EMPLOYEE;
  const C = KIND_CUSTOMER;
  const { kind, accountOf } = segments(index, { ann: E, bob: E, cat: E, ada: C, abe: C, gus: C, ivy: C }, { ada: 0, abe: 0, gus: 1, ivy: 2 });
  const t = coverageThreads(index, kind, accountOf, 3, strongAtLeast(index, 3));
  const owners = (a: number) =>
    Array.from(t.order.subarray(t.accountOffsets[a]!, t.accountOffsets[a + 1]!), (th) => [index.keys[t.employee[th]!], t.strength[th], t.strong[th]]);

  it('finds one thread per employee and account, ordered by strength', () => {
    // Acme (0): ann–ada 5 (strong), bob–abe 1; Globex (1): bob–gus 4, cat–gus 3 (both strong); Initech (2): cat–ivy 1.
    expect(t.count).toBe(5);
    expect(owners(0)).toEqual([['ann', 5, 1], ['bob', 1, 0]]);
    expect(owners(1)).toEqual([['bob', 4, 1], ['cat', 3, 1]]);
    expect(owners(2)).toEqual([['cat', 1, 0]]);
  });

  it('counts strong threads, ties and the sole strong holder per account', () => {
    expect(Array.from(t.accountStrongThreads)).toEqual([1, 2, 0]);
    expect(Array.from(t.accountTies)).toEqual([2, 2, 1]);
    expect(Array.from(t.accountStrongTies)).toEqual([1, 2, 0]);
    expect(Array.from(t.soleStrongHolder)).toEqual([index.id('ann'), -1, -1]);
  });

  it('counts per employee: accounts covered, strong accounts, sole strong threads', () => {
    const per = (arr: Uint32Array) => Object.fromEntries(['ann', 'bob', 'cat'].map((k) => [k, arr[index.id(k)]]));
    expect(per(t.employeeAccounts)).toEqual({ ann: 1, bob: 2, cat: 2 });
    expect(per(t.employeeStrongAccounts)).toEqual({ ann: 1, bob: 1, cat: 1 });
    expect(per(t.employeeSole)).toEqual({ ann: 1, bob: 0, cat: 0 });
  });

  it('ignores ties of other kinds and employee–employee ties', () => {
    const other = segments(index, { ann: E, bob: KIND_OTHER, cat: E, ada: C, abe: C, gus: C, ivy: C }, { ada: 0, abe: 0, gus: 1, ivy: 2 });
    const u = coverageThreads(index, other.kind, other.accountOf, 3, strongAtLeast(index, 3));
    expect(u.count).toBe(3); // ann–Acme, cat–Globex, cat–Initech
    expect(Array.from(u.soleStrongHolder)).toEqual([index.id('ann'), index.id('cat'), -1]);
  });

  it('merges an employee’s ties to several contacts of one account into one thread', () => {
    const g = salesTeam();
    g.addEdge('ann', 'abe', { weight: 2 });
    const i2 = buildIndex(g);
    const s = segments(i2, { ann: E, bob: E, cat: E, ada: C, abe: C, gus: C, ivy: C }, { ada: 0, abe: 0, gus: 1, ivy: 2 });
    const u = coverageThreads(i2, s.kind, s.accountOf, 3, strongAtLeast(i2, 3));
    const ann = Array.from(u.order.subarray(0, 2)).find((th) => i2.keys[u.employee[th]!] === 'ann')!;
    expect(u.strength[ann]).toBe(7); // 5 + 2
    expect(u.contacts[ann]).toBe(2);
    expect(u.strongContacts[ann]).toBe(1);
    expect(u.accountTies[0]).toBe(3);
  });

  it('counts the two arcs of a directed pair as one tie of strength a_ec + a_ce', () => {
    const g = new DirectedGraph();
    g.mergeEdge('e', 'c', { weight: 2 });
    g.mergeEdge('c', 'e', { weight: 3 });
    g.mergeEdge('f', 'c', { weight: 1 });
    const di = buildIndex(g);
    const s = segments(di, { e: E, f: E, c: C }, { c: 0 });
    const u = coverageThreads(di, s.kind, s.accountOf, 1, Uint8Array.from([1, 1, 0]));
    expect(u.count).toBe(2);
    const first = u.order[0]!;
    expect(di.keys[u.employee[first]!]).toBe('e');
    expect(u.strength[first]).toBe(5);
    expect(u.contacts[first]).toBe(1);
    expect(u.accountTies[0]).toBe(2);
    expect(u.soleStrongHolder[0]).toBe(di.id('e'));
  });
});
