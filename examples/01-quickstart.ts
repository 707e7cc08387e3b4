/**
 * Quick start: what does the advice network of Krackhardt's 21 high-tech managers look like?
 * How dense is it, is it one connected whole, and do managers seek advice inside their own
 * department or across departments (the silo question)? Who bridges the departments? Then tie
 * strength: which pairs are tied by advice *and* friendship (strong, multiplex ties), and, on a
 * company's e-mail counts, whether the weak ties are the ones that hold the network together, how
 * far word of mouth travels and whom to tell first, and who is a single point of failure.
 *
 * Run: npm run example
 */
import {
  brokerageRoles,
  constraint,
  datasets,
  describeNetwork,
  influenceMaximization,
  keyPersonRisk,
  kStepReach,
  overlapStrengthCorrelation,
  percolationCurve,
} from 'tiestrength';

const fmt = (x: number, digits = 3) => (Number.isInteger(x) ? String(x) : x.toFixed(digits));
const line = (label: string, value: string) => console.log(`  ${label.padEnd(30)}${value}`);

const advice = datasets.krackhardtHighTech({ relation: 'advice' });
const d = describeNetwork(advice, { groups: 'department' });

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
const roles = brokerageRoles(advice, { groups: 'department' });
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

// Weak ties reach further? People within two steps over weak ties only vs strong ties only.
const classes = { strongTies: { method: 'quantile', quantile: 0.5 } } as const; // strong = the stronger half
const mean = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0) / email.order;
const viaWeak = mean(kStepReach(email, { k: 2, via: 'weak', ...classes, normalized: false }));
const viaStrong = mean(kStepReach(email, { k: 2, via: 'strong', ...classes, normalized: false }));
line('colleagues within two steps', `over weak ties ${fmt(viaWeak, 1)}, over strong ties ${fmt(viaStrong, 1)} (of ${email.order - 1})`);

// Word of mouth (an "independent cascade", Kempe et al. 2003): someone shares news; everyone who
// hears it gets one chance to pass it on to each e-mail contact, the more likely the more the two
// write (1 % for a single e-mail, rising steeply to 30 % for the busiest tie). Simulated 500 times.
const spread = await influenceMaximization(email, { seedCount: 3, probability: { min: 0.01, max: 0.3, gamma: 0.3 }, runs: 500 });
const [first] = spread.seeds;
console.log('\nWord of mouth and single points of failure in the e-mail network (500 simulated runs)');
line(`tell person ${first!.node} first`, `${fmt(first!.spread, 1)} of ${email.order} hear it on average`);
line('best three to tell', `${spread.seeds.map((s) => s.node).join(', ')}: ${fmt(spread.spread, 1)} (the next two add little)`);

// Single points of failure: whose departure cuts colleagues off from the rest (Borgatti 2006)?
const risk = Object.entries(keyPersonRisk(email).people).filter(([, r]) => r.articulationPoint);
const [worst, r] = risk.sort(([, a], [, b]) => b.fragmentationRisk - a.fragmentationRisk)[0]!;
line('single points of failure', `${risk.length} people; without person ${worst} the network falls into ${r.pieces} pieces`);
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
//=>   colleagues within two steps   over weak ties 97.3, over strong ties 88.3 (of 166)
//=>
//=> Word of mouth and single points of failure in the e-mail network (500 simulated runs)
//=>   tell person 38 first          111.4 of 167 hear it on average
//=>   best three to tell            38, 147, 140: 113.6 (the next two add little)
//=>   single points of failure      20 people; without person 68 the network falls into 4 pieces
