/**
 * Properties of customerCoverage on random two-mode graphs (random kinds and accounts): threads
 * and strong threads equal a naive set computation over the merged ties, the per-employee counts
 * add up to the per-account ones, single-threaded follows its definition, and keyPersonRisk's
 * accountsLeftWithoutStrongTie equals each employee's soleStrongThread.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { customerCoverage } from '../../src/customers/customer-coverage.js';
import { keyPersonRisk } from '../../src/reach/key-person-risk.js';
import { InvalidOptionError } from '../../src/errors.js';
import { arbGraph, toGraphology, type GraphDesc } from '../arbitraries.js';
import { naiveAdjacency } from '../oracles/adjacency.naive.js';

const arbCase = arbGraph({ maxNodes: 12, multi: true, selfLoops: true }).chain((desc) =>
  fc.record({
    desc: fc.constant(desc),
    kinds: fc.array(fc.constantFrom('employee', 'customer', 'vendor', undefined), { minLength: desc.nodes.length, maxLength: desc.nodes.length }),
    accounts: fc.array(fc.constantFrom('A', 'B', '7', undefined), { minLength: desc.nodes.length, maxLength: desc.nodes.length }),
    minStrength: fc.constantFrom(1, 2, 5),
  }),
);

/** The kinds and accounts records (own properties even for keys such as '__proto__'). */
function records(desc: GraphDesc, kinds: (string | undefined)[], accounts: (string | undefined)[]) {
  const k: [string, string][] = [];
  const a: [string, string][] = [];
  desc.nodes.forEach((v, i) => {
    if (kinds[i] !== undefined) k.push([v, kinds[i]!]);
    if (kinds[i] === 'customer' && accounts[i] !== undefined) a.push([v, accounts[i]!]);
  });
  return { kinds: Object.fromEntries(k) as Record<string, string>, accounts: Object.fromEntries(a) as Record<string, string> };
}

test.prop([arbCase], { numRuns: 100 })('matches a naive set computation of threads', ({ desc, kinds, accounts, minStrength }) => {
  const rec = records(desc, kinds, accounts);
  if (desc.nodes.length > 0 && !Object.values(rec.kinds).some((k) => k === 'employee' || k === 'customer')) {
    // Nobody is an employee or a customer: a misspelt kind, refused rather than reported as "no accounts".
    expect(() => customerCoverage(toGraphology(desc), { ...rec, strongTies: minStrength })).toThrow(InvalidOptionError);
    return;
  }
  const r = customerCoverage(toGraphology(desc), { ...rec, strongTies: minStrength });
  // Naive: merged projected strength of every employee–customer pair.
  const adj = naiveAdjacency(desc);
  const accountOf = (c: string) => (Object.hasOwn(rec.accounts, c) ? rec.accounts[c]! : c);
  const kindOf = (v: string) => (Object.hasOwn(rec.kinds, v) ? rec.kinds[v] : undefined);
  const threads = new Map<string, Set<string>>();
  const strong = new Map<string, Set<string>>();
  for (const c of desc.nodes) {
    if (kindOf(c) !== 'customer') continue;
    const a = accountOf(c);
    if (!threads.has(a)) threads.set(a, new Set());
    if (!strong.has(a)) strong.set(a, new Set());
    for (const e of desc.nodes) {
      if (kindOf(e) !== 'employee') continue;
      const s = (adj.out.get(e)!.get(c) ?? 0) + (desc.directed ? (adj.out.get(c)!.get(e) ?? 0) : 0);
      if (s === 0) continue;
      threads.get(a)!.add(e);
      if (s >= minStrength) strong.get(a)!.add(e);
    }
  }
  expect(r.accounts.map((x) => x.account).sort()).toEqual([...threads.keys()].sort());
  let covered = 0;
  for (const x of r.accounts) {
    expect(x.threads).toBe(threads.get(x.account)!.size);
    expect(x.strongThreads).toBe(strong.get(x.account)!.size);
    expect(new Set(x.owners.map((o) => o.employee))).toEqual(threads.get(x.account));
    expect(x.singleThreaded).toBe(x.strongThreads === 1 || (x.strongThreads === 0 && x.threads === 1));
    for (let i = 1; i < x.owners.length; i++) expect(x.owners[i - 1]!.strength).toBeGreaterThanOrEqual(x.owners[i]!.strength);
    covered += x.threads;
  }
  expect(Object.values(r.employees).reduce((s, e) => s + e.accountsCovered, 0)).toBe(covered);
  const risk = keyPersonRisk(toGraphology(desc), { ...rec, strongTies: minStrength });
  for (const [e, cov] of Object.entries(r.employees)) expect(risk.people[e]!.accountsLeftWithoutStrongTie).toEqual(cov.soleStrongThread);
});
