/**
 * The employees' ties of {@link syntheticCompany}: teams, departments, management, random
 * cross-department ties, and the planted brokers.
 *
 * @internal
 * @module
 */
import { randomInt, shuffleInPlace } from '../../core/random.js';
import { BROKER_RATE, P_CROSS, P_DEPARTMENT, P_TEAM, RELATION_MODEL, TEAM_SIZE } from './model.js';
import type { Organisation } from './organisation.js';
import { pairRate, type TieLog } from './tie-log.js';
import type { SyntheticRelation } from './types.js';

/**
 * Plants the employee tie x–y with events from `rng`: rate √(a_x a_y) times `rate`, x initiating
 * with probability a_x / (a_x + a_y).
 */
function addEmployeeTie(
  log: TieLog,
  rng: () => number,
  activity: Float64Array,
  x: number,
  y: number,
  relation: SyntheticRelation,
  rate: number,
): boolean {
  return log.add(rng, x, y, relation, pairRate(activity, x, y, rate), activity[x]! / (activity[x]! + activity[y]!));
}

/**
 * @internal
 * Team ties (a random spanning tree of each team, then each other pair with p = P_TEAM),
 * department ties (team heads to the department head, then pairs of different teams), the
 * clique of department heads, and one random cross-department tie for some employees. Ties are
 * drawn from `rng`, their events from `events`.
 */
export function plantEmployeeTies(
  log: TieLog,
  org: Organisation,
  activity: Float64Array,
  rng: () => number,
  events: () => number,
): void {
  const { sizes, deptOf, teamOf, deptMembers, teamMembers, managers } = org;
  const D = deptMembers.length;
  const E = deptOf.length;
  for (let d = 0; d < D; d++) {
    const teams = teamMembers[d]!;
    for (const team of teams) {
      for (let k = 1; k < team.length; k++) addEmployeeTie(log, events, activity, team[randomInt(rng, k)]!, team[k]!, 'team', RELATION_MODEL.team.rate);
      for (let x = 0; x < team.length; x++) {
        for (let y = x + 1; y < team.length; y++) {
          if (rng() < P_TEAM) addEmployeeTie(log, events, activity, team[x]!, team[y]!, 'team', RELATION_MODEL.team.rate);
        }
      }
    }
    const head = managers[d]!;
    for (let t = 1; t < teams.length; t++) addEmployeeTie(log, events, activity, head, teams[t]![0]!, 'department', RELATION_MODEL.department.rate);
    const members = deptMembers[d]!;
    const pDepartment = Math.min(P_DEPARTMENT, 1.5 / Math.max(1, members.length - TEAM_SIZE));
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const p = members[x]!;
        const q = members[y]!;
        if (teamOf[p] !== teamOf[q] && rng() < pDepartment) addEmployeeTie(log, events, activity, p, q, 'department', RELATION_MODEL.department.rate);
      }
    }
  }
  for (let x = 0; x < D; x++) {
    for (let y = x + 1; y < D; y++) addEmployeeTie(log, events, activity, managers[x]!, managers[y]!, 'management', RELATION_MODEL.management.rate);
  }
  for (let i = 0; i < E; i++) {
    if (rng() >= P_CROSS) continue;
    const j = outsideDepartment(deptMembers, deptOf[i]!, randomInt(rng, E - sizes[deptOf[i]!]!));
    addEmployeeTie(log, events, activity, i, j, 'crossDepartment', RELATION_MODEL.crossDepartment.rate);
  }
}

/**
 * @internal
 * Plants `count` brokers: departments in turn from a random one, a random non-head member of
 * each, tied to 1–2 people in each of 2–3 other departments. Returns the brokers.
 */
export function plantBrokers(
  log: TieLog,
  org: Organisation,
  activity: Float64Array,
  count: number,
  rng: () => number,
  events: () => number,
): number[] {
  const { deptMembers, managers } = org;
  const D = deptMembers.length;
  const brokers: number[] = [];
  const isBroker = new Uint8Array(org.deptOf.length);
  let d = randomInt(rng, D);
  while (brokers.length < count) {
    const candidates = deptMembers[d]!.filter((i) => i !== managers[d] && !isBroker[i]);
    if (candidates.length > 0) {
      const b = candidates[randomInt(rng, candidates.length)]!;
      isBroker[b] = 1;
      brokers.push(b);
      const others: number[] = [];
      for (let o = 0; o < D; o++) if (o !== d) others.push(o);
      shuffleInPlace(rng, others);
      const reach = Math.min(others.length, 2 + randomInt(rng, 2));
      for (let k = 0; k < reach; k++) {
        const members = deptMembers[others[k]!]!;
        const ties = 1 + randomInt(rng, 2);
        for (let t = 0; t < ties; t++) {
          addEmployeeTie(log, events, activity, b, members[randomInt(rng, members.length)]!, 'crossDepartment', BROKER_RATE);
        }
      }
    }
    d = (d + 1) % D;
  }
  return brokers;
}

/** The k-th employee (0-based) outside department `d`, employees being numbered department by department. */
function outsideDepartment(deptMembers: readonly number[][], d: number, k: number): number {
  const members = deptMembers[d]!;
  const first = members[0]!;
  return k < first ? k : k + members.length;
}
