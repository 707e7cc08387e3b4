/**
 * The last step of {@link syntheticCompany}: the attributes of the graph built from the log
 * (people's departments, teams, engagement, accounts and values; each tie's relation and
 * per-channel counts) and the planted structure.
 *
 * @internal
 * @module
 */
import type { UndirectedGraph } from 'graphology';
import type { CustomerBook } from './customers.js';
import { CALL, CHAT, DEPARTMENT_TABLE, EMAIL, MEETING, personName } from './model.js';
import type { Engagement, Organisation } from './organisation.js';
import type { TieLog } from './tie-log.js';
import type { SyntheticCompanyEdge, SyntheticCompanyNode } from './types.js';

/** @internal Writes the employees' and the customers' node attributes. */
export function labelPeople(
  graph: UndirectedGraph<SyntheticCompanyNode, SyntheticCompanyEdge>,
  org: Organisation,
  people: Engagement,
  book: CustomerBook,
  names: { keys: readonly string[]; accountKeys: readonly string[] },
): void {
  const { deptOf, teamOf, managers } = org;
  const { keys, accountKeys } = names;
  const E = deptOf.length;
  for (let i = 0; i < E; i++) {
    const d = deptOf[i]!;
    const [department, role] = DEPARTMENT_TABLE[d]!;
    graph.replaceNodeAttributes(keys[i]!, {
      kind: 'employee',
      name: personName(i),
      group: department,
      department,
      team: `${department}-${teamOf[i]! + 1}`,
      role,
      manager: managers[d] === i,
      engagement: people.engagement[i]!,
    });
  }
  for (let j = 0; j < book.accountOf.length; j++) {
    const account = accountKeys[book.accountOf[j]!]!;
    graph.replaceNodeAttributes(keys[E + j]!, {
      kind: 'customer',
      name: personName(800 + j),
      group: account,
      account,
      lifetimeValue: book.lifetimeValue[j]!,
    });
  }
}

/** @internal Adds each planted tie's relation and per-channel event counts to its edge. */
export function labelTies(graph: UndirectedGraph<SyntheticCompanyNode, SyntheticCompanyEdge>, log: TieLog, keys: readonly string[]): void {
  for (let t = 0; t < log.u.length; t++) {
    const edge = graph.edge(keys[log.u[t]!]!, keys[log.v[t]!]!)!;
    graph.mergeEdgeAttributes(edge, {
      relation: log.relation[t]!,
      emails: log.counts[4 * t + EMAIL]!,
      meetings: log.counts[4 * t + MEETING]!,
      chats: log.counts[4 * t + CHAT]!,
      calls: log.counts[4 * t + CALL]!,
    });
  }
}
