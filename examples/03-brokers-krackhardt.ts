/**
 * Who bridges the departments among Krackhardt's 21 managers? For each manager: how many pairs of
 * colleagues they link across departments (Gould–Fernandez liaison, gatekeeper, representative
 * roles), how constrained their advice network is (Burt: low = a broker spanning structural holes),
 * its effective size, and how much they broker among their own contacts (ego betweenness).
 *
 * Run: npx tsx examples/03-brokers-krackhardt.ts
 */
import { brokerageRoles, buildIndex, constraint, datasets, effectiveSize, egoBetweenness } from 'tiestrength';

const advice = datasets.krackhardtHighTech({ relation: 'advice' });
const index = buildIndex(advice); // built once, shared by every measure below
const department = Object.fromEntries(advice.mapNodes((node, a) => [node, a.department]));
const roles = brokerageRoles(index, { groups: department });
const c = constraint(index);
const es = effectiveSize(index);
const eb = egoBetweenness(index);

const rows = Object.keys(department)
  .map((manager) => ({
    manager,
    dept: department[manager],
    liaison: roles.nodes[manager]!.liaison.raw,
    'liaison z': Number(roles.nodes[manager]!.liaison.z.toFixed(2)),
    gatekeeper: roles.nodes[manager]!.gatekeeper.raw,
    representative: roles.nodes[manager]!.representative.raw,
    constraint: Number(c[manager]!.toFixed(3)),
    'effective size': Number(es[manager]!.toFixed(2)),
    'ego betweenness': Number(eb[manager]!.toFixed(1)),
  }))
  .sort((a, b) => b.liaison - a.liaison || a.constraint - b.constraint)
  .slice(0, 6);

console.log('Top brokers between departments (advice ties; department 0 is the CEO)');
console.table(rows);
const least = Object.entries(c).sort(([, a], [, b]) => a - b)[0]!;
console.log(`Least constrained manager: ${least[0]} (constraint ${least[1].toFixed(3)}): the widest reach across structural holes.`);

//=> Top brokers between departments (advice ties; department 0 is the CEO)
//=> ┌─────────┬─────────┬──────┬─────────┬───────────┬────────────┬────────────────┬────────────┬────────────────┬─────────────────┐
//=> │ (index) │ manager │ dept │ liaison │ liaison z │ gatekeeper │ representative │ constraint │ effective size │ ego betweenness │
//=> ├─────────┼─────────┼──────┼─────────┼───────────┼────────────┼────────────────┼────────────┼────────────────┼─────────────────┤
//=> │ 0       │ '18'    │ '3'  │ 74      │ 5.01      │ 11         │ 4              │ 0.192      │ 9.73           │ 74.9            │
//=> │ 1       │ '7'     │ '0'  │ 31      │ -0.09     │ 0          │ 0              │ 0.201      │ 8.24           │ 30.8            │
//=> │ 2       │ '10'    │ '3'  │ 28      │ 0.36      │ 1          │ 1              │ 0.211      │ 8.22           │ 20.1            │
//=> │ 3       │ '21'    │ '1'  │ 19      │ 0.05      │ 15         │ 20             │ 0.203      │ 8.52           │ 49.8            │
//=> │ 4       │ '2'     │ '4'  │ 13      │ -0.92     │ 0          │ 6              │ 0.202      │ 10.45          │ 5.8             │
//=> │ 5       │ '4'     │ '4'  │ 13      │ -0.92     │ 6          │ 6              │ 0.213      │ 7.52           │ 15.4            │
//=> └─────────┴─────────┴──────┴─────────┴───────────┴────────────┴────────────────┴────────────┴────────────────┴─────────────────┘
//=> Least constrained manager: 18 (constraint 0.192): the widest reach across structural holes.
