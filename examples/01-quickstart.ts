/**
 * Quick start: what does the advice network of Krackhardt's 21 high-tech managers look like?
 * How dense is it, is it one connected whole, and do managers seek advice inside their own
 * department or across departments (the silo question)? Then both lenses at once: which pairs
 * are tied by advice *and* friendship (strong, multiplex ties) and which by one relation only.
 *
 * Run: npm run example
 */
import { datasets, describeNetwork } from 'tiestrength';

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

const all = datasets.krackhardtHighTech({ relation: 'all' });
const s = describeNetwork(all).strength;
console.log('\nTie strength as multiplexity (advice + friendship + reports-to, 1 to 3 relations)');
line('tied pairs', String(s.count));
line('strength quartiles', `${s.q1} / ${s.median} / ${s.q3} (max ${s.max})`);
line('mean relations per tie', fmt(s.mean));

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
//=> Tie strength as multiplexity (advice + friendship + reports-to, 1 to 3 relations)
//=>   tied pairs                    232
//=>   strength quartiles            1 / 1 / 2 (max 3)
//=>   mean relations per tie        1.345
