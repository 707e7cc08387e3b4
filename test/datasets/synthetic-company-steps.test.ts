/**
 * The steps of syntheticCompany (src/datasets/synthetic-company/): ids, departments and teams,
 * engagement, and the fixed order of the random streams.
 */
import { describe, expect, it } from 'vitest';
import { randomStreams } from '../../src/datasets/synthetic-company/model.js';
import { resolveConfig } from '../../src/datasets/synthetic-company/options.js';
import { companyKeys, drawEngagement, organise } from '../../src/datasets/synthetic-company/organisation.js';

describe('syntheticCompany steps', () => {
  const config = resolveConfig({ employeeCount: 50, departmentCount: 4, customerCount: 12, accountCount: 3 });

  it('companyKeys pads employees and customers to 3 digits and accounts to 2', () => {
    const { keys, accountKeys } = companyKeys(config);
    expect(keys.length).toBe(62);
    expect([keys[0], keys[49], keys[50], keys[61]]).toEqual(['emp-001', 'emp-050', 'cust-001', 'cust-012']);
    expect(accountKeys).toEqual(['acct-01', 'acct-02', 'acct-03']);
  });

  it('organise gives every department ≥ 2 employees, numbered department by department, head first', () => {
    const org = organise(config);
    // 42 employees beyond 2 each, over the weights 1.4, 1.3, 1.8, 0.8 (sum 5.3): 11.09, 10.30, 14.26, 6.34
    // → floors 11, 10, 14, 6 (41), and the one left to the largest remainder (0.34) → 13, 12, 16, 9.
    expect(org.sizes).toEqual([13, 12, 16, 9]);
    expect(org.managers).toEqual([0, 13, 25, 41]);
    for (let d = 0; d < 4; d++) {
      expect(org.deptMembers[d]!.every((i) => org.deptOf[i] === d)).toBe(true);
      expect(org.teamMembers[d]!.flat().sort((a, b) => a - b)).toEqual(org.deptMembers[d]);
      expect(org.teamMembers[d]!.every((team) => team.length <= 7)).toBe(true);
    }
  });

  it('drawEngagement marks round(disengagedShare · employees) employees disengaged, with scores below 2.5', () => {
    const people = drawEngagement(config, randomStreams(config.seed).people);
    const disengaged = Array.from(people.disengaged).filter((x) => x === 1).length;
    expect(disengaged).toBe(5);
    for (let i = 0; i < 50; i++) {
      if (people.disengaged[i]) expect(people.engagement[i]).toBeLessThan(2.5);
      else expect(people.engagement[i]).toBeGreaterThanOrEqual(2.5);
    }
    expect(people.activity.length).toBe(62);
  });

  it('randomStreams derives the same streams, in the same order, from a seed', () => {
    const a = randomStreams(7);
    const b = randomStreams(7);
    expect([a.people(), a.customerEvents()]).toEqual([b.people(), b.customerEvents()]);
    expect(randomStreams(8).people()).not.toBe(randomStreams(7).people());
  });
});
