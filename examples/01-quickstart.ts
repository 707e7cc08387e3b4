/**
 * Quick start: what does the advice network of Krackhardt's 21 high-tech managers look like?
 * How dense is it, is it one connected whole, and do managers seek advice inside their own
 * department or across departments (the silo question)? Who bridges the departments? Then tie
 * strength: which pairs are tied by advice *and* friendship (strong, multiplex ties), and, on a
 * company's e-mail counts, whether the weak ties are the ones that hold the network together.
 *
 * Run: npm run example
 */
import { brokerageRoles, constraint, datasets, describeNetwork, overlapStrengthCorrelation, percolationCurve } from 'tiestrength';

const fmt = (x: number, digits = 3) => (Number.isInteger(x) ? String(x) : x.toFixed(digits));
const line = (label: string, value: string) => console.log(`  ${label.padEnd(30)}${value}`);

const advice = datasets.krackhardtHighTech({ relation: 'advice' });
const d = describeNetwork(advice, { groupAttribute: 'department' });

console.log('Krackhardt high-tech managers: who goes to whom for advice (Krackhardt 1987)');
line('people / ties', `${d.people} / ${d.ties} (directed)`);
line('density', fmt(d.density));
line('reciprocated advice ties', `${fmt(d.reciprocity * 100, 1)} %`);
line('components (largest share)', `${d.components.count} (${fmt(d.components.largestShare * 100, 0)} %)`);
line('contacts per manager', `min ${d.degree.min}, median ${d.degree.median}, max ${d.degree.max}`);

const g = d.groups!;
console.log(`\nTies within vs between departments (${g.count} groups; the CEO is department 0)`);
line('within / between', `${g.within} / ${g.between}`);
line('share within departments', `${fmt(g.withinShare * 100, 1)} %`);
line('E-I index', `${fmt(g.ei)}  (−1 = all inside silos, +1 = all across)`);

// Brokers: who links colleagues from two *other* departments (Gould–Fernandez "liaison"), and
// whose contacts are least tied to each other (low Burt constraint = spans structural holes)?
const roles = brokerageRoles(advice, { groupAttribute: 'department' });
const c = constraint(advice);
console.log('\nWho bridges the departments? (top 3 liaisons)');
for (const [m, r] of Object.entries(roles.nodes).sort(([, a], [, b]) => b.liaison.raw - a.liaison.raw).slice(0, 3)) {
  const dept = advice.getNodeAttribute(m, 'department');
  line(`manager ${m} (department ${dept})`, `links ${r.liaison.raw} pairs across two other departments; constraint ${fmt(c[m]!)}`);
}

const all = datasets.krackhardtHighTech({ relation: 'all' });
const s = describeNetwork(all).strength;
console.log('\nTie strength as multiplexity (advice + friendship + reports-to, 1 to 3 relations)');
line('tied pairs', String(s.count));
line('strength quartiles', `${s.q1} / ${s.median} / ${s.q3} (max ${s.max})`);
line('mean relations per tie', fmt(s.mean));

// Weak ties (Granovetter 1973): in a manufacturing firm's e-mail (167 people, strength = e-mails),
// are strong ties embedded in tight circles, and does losing the weak ties break the firm apart first?
const email = datasets.manufacturingEmail();
const rho = overlapStrengthCorrelation(email).rho;
const half = (order: 'weakFirst' | 'strongFirst') => percolationCurve(email, { order, steps: 10 })[5]!.giantComponentFraction;
console.log('\nWeak ties in a company\'s e-mail (Onnela et al. 2007)');
line('strength vs shared contacts', `Spearman ${fmt(rho)} (> 0: strong ties sit inside tight circles)`);
line('half the ties removed', `weakest first: ${fmt(half('weakFirst') * 100, 0)} % still connected; strongest first: ${fmt(half('strongFirst') * 100, 0)} %`);
//=> Krackhardt high-tech managers: who goes to whom for advice (Krackhardt 1987)
//=>   people / ties                 21 / 190 (directed)
//=>   density                       0.452
//=>   reciprocated advice ties      47.4 %
//=>   components (largest share)    1 (100 %)
//=>   contacts per manager          min 7, median 14, max 20
//=>
//=> Ties within vs between departments (5 groups; the CEO is department 0)
//=>   within / between              46 / 144
//=>   share within departments      24.2 %
//=>   E-I index                     0.516  (−1 = all inside silos, +1 = all across)
//=>
//=> Who bridges the departments? (top 3 liaisons)
//=>   manager 18 (department 3)     links 74 pairs across two other departments; constraint 0.192
//=>   manager 7 (department 0)      links 31 pairs across two other departments; constraint 0.201
//=>   manager 10 (department 3)     links 28 pairs across two other departments; constraint 0.211
//=>
//=> Tie strength as multiplexity (advice + friendship + reports-to, 1 to 3 relations)
//=>   tied pairs                    232
//=>   strength quartiles            1 / 1 / 2 (max 3)
//=>   mean relations per tie        1.345
//=>
//=> Weak ties in a company's e-mail (Onnela et al. 2007)
//=>   strength vs shared contacts   Spearman 0.463 (> 0: strong ties sit inside tight circles)
//=>   half the ties removed         weakest first: 85 % still connected; strongest first: 93 %
