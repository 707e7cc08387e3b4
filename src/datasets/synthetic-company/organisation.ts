/**
 * The people of {@link syntheticCompany}: their ids, the departments and teams of the employees,
 * and the employees' engagement and activity.
 *
 * @internal
 * @module
 */
import { shuffleInPlace } from '../../core/random.js';
import { DEPARTMENT_TABLE, normal, pad, TEAM_SIZE } from './model.js';
import type { Config } from './options.js';

/**
 * @internal
 * The ids: employees `emp-001`… (people 0…E−1), then customers `cust-001`… (people E…E+C−1), and
 * the account ids `acct-01`…
 */
export function companyKeys(config: Config): { keys: string[]; accountKeys: string[] } {
  const { employees: E, customers: C, accounts: A } = config;
  const empWidth = Math.max(3, String(E).length);
  const custWidth = Math.max(3, String(C).length);
  const acctWidth = Math.max(2, String(A).length);
  const keys: string[] = new Array<string>(E + C);
  for (let i = 0; i < E; i++) keys[i] = `emp-${pad(i + 1, empWidth)}`;
  for (let j = 0; j < C; j++) keys[E + j] = `cust-${pad(j + 1, custWidth)}`;
  const accountKeys: string[] = [];
  for (let a = 0; a < A; a++) accountKeys.push(`acct-${pad(a + 1, acctWidth)}`);
  return { keys, accountKeys };
}

/** @internal The employees' departments and teams (employees numbered department by department). */
export interface Organisation {
  /** Number of employees of each department. */
  sizes: number[];
  /** Department of each employee. */
  deptOf: Int32Array;
  /** Team of each employee, within its department. */
  teamOf: Int32Array;
  /** Employees of each department, head first. */
  deptMembers: number[][];
  /** Employees of each team of each department, head first. */
  teamMembers: number[][][];
  /** The head of each department (its first employee). */
  managers: number[];
}

/** @internal Departments (2 employees each, the rest by largest remainder over the relative sizes) and their teams. */
export function organise(config: Config): Organisation {
  const { departments: D, employees: E } = config;
  const sizes = new Array<number>(D).fill(2);
  const rest = E - 2 * D;
  let weightSum = 0;
  for (let d = 0; d < D; d++) weightSum += DEPARTMENT_TABLE[d]![2];
  const remainders: [number, number][] = [];
  let given = 0;
  for (let d = 0; d < D; d++) {
    const exact = (rest * DEPARTMENT_TABLE[d]![2]) / weightSum;
    sizes[d]! += Math.floor(exact);
    given += Math.floor(exact);
    remainders.push([exact - Math.floor(exact), d]);
  }
  remainders.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; k < rest - given; k++) sizes[remainders[k]![1]]!++;

  const deptOf = new Int32Array(E);
  const teamOf = new Int32Array(E); // team index within the department
  const deptMembers: number[][] = [];
  const teamMembers: number[][][] = [];
  const managers: number[] = [];
  let i = 0;
  for (let d = 0; d < D; d++) {
    const members: number[] = [];
    const teamCount = Math.ceil(sizes[d]! / TEAM_SIZE);
    const teams: number[][] = Array.from({ length: teamCount }, () => []);
    for (let k = 0; k < sizes[d]!; k++, i++) {
      deptOf[i] = d;
      teamOf[i] = k % teamCount;
      members.push(i);
      teams[k % teamCount]!.push(i);
    }
    deptMembers.push(members);
    teamMembers.push(teams);
    managers.push(members[0]!);
  }
  return { sizes, deptOf, teamOf, deptMembers, teamMembers, managers };
}

/** @internal Engagement scores of the employees, and the activity of every person. */
export interface Engagement {
  /** Engagement score of each employee (one decimal). */
  engagement: Float64Array;
  /** 1 for a disengaged employee. */
  disengaged: Uint8Array;
  /** Activity a of each person (employees here; customers filled by {@link drawAccounts}). */
  activity: Float64Array;
}

/** @internal Draws who is disengaged, every employee's engagement score and activity. */
export function drawEngagement(config: Config, rng: () => number): Engagement {
  const E = config.employees;
  const engagement = new Float64Array(E);
  const activity = new Float64Array(E + config.customers);
  const disengaged = new Uint8Array(E);
  const order = new Uint32Array(E);
  for (let i = 0; i < E; i++) order[i] = i;
  shuffleInPlace(rng, order);
  const disengagedCount = Math.round(config.disengagedShare * E);
  for (let k = 0; k < disengagedCount; k++) disengaged[order[k]!] = 1;
  for (let i = 0; i < E; i++) {
    const score = disengaged[i] ? 1 + 1.4 * rng() : Math.min(5, Math.max(2.5, 3.7 + 0.6 * normal(rng)));
    engagement[i] = Math.round(score * 10) / 10;
    activity[i] = Math.exp(0.5 * (engagement[i]! - 3.7) + 0.25 * normal(rng));
  }
  return { engagement, disengaged, activity };
}
