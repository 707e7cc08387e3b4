/**
 * A company and its customers in one network: who brings the most referral value, and through
 * which ties? Whom should a salesperson meet? Which accounts hang on one person? What happens if
 * the top broker leaves? Who works amid disengaged colleagues? Asked of a synthetic company (120 employees in 6 departments, 300
 * customer contacts in 60 accounts, six months of e-mails, meetings, chats and calls), generated
 * reproducibly by `syntheticCompany`.
 *
 * Run: npx tsx examples/07-company-and-customers.ts
 */
import {
  betweenness,
  classifyTies,
  customerCoverage,
  describeNetwork,
  engagementExposure,
  keyPersonRisk,
  kStepReach,
  recommendIntroductions,
  referralValue,
  syntheticCompany,
} from 'tiestrength';

const fmt = (x: number, digits = 2) => (Number.isInteger(x) ? String(x) : x.toFixed(digits));
const pct = (x: number) => `${Math.round(100 * x)} %`;
const money = (x: number) => `€${Math.round(x).toLocaleString('en-US')}`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(38)}${value}`);

const { graph, interactions } = syntheticCompany(); // seed 42: the same network on every run
const who = (node: string) => {
  const a = graph.getNodeAttributes(node);
  return a.kind === 'employee' ? `${a.name} (${a.role})` : `${a.name} (${a.account})`;
};
const employees = graph.filterNodes((_n, a) => a.kind === 'employee');

const d = describeNetwork(graph);
const split = classifyTies(graph); // strong ⇔ strength ≥ the Jenks split of all tie strengths
const strongTies = split.threshold;
console.log('A synthetic company and its customers (syntheticCompany, seed 42)');
line('people / ties / interactions', `${d.people} / ${d.ties} / ${interactions.length} over 182 days`);
line('strong / weak ties', `${split.counts.strong} / ${split.counts.weak} (strong: strength ≥ ${fmt(split.threshold)})`);

// Do weak ties reach further (Granovetter)? How many people can each employee reach in two steps
// over strong ties only, and over weak ties only? Here strong ties outnumber weak ones two to one.
const mean = (r: Record<string, number>) => employees.reduce((s, n) => s + r[n]!, 0) / employees.length;
const overStrong = kStepReach(graph, { k: 2, via: 'strong', strongTies, normalized: false });
const overWeak = kStepReach(graph, { k: 2, via: 'weak', strongTies, normalized: false });
line('people within 2 steps, per employee', `${fmt(mean(overStrong), 1)} over strong ties, ${fmt(mean(overWeak), 1)} over weak ties`);

// 1. Referral value (Brown & Reingen; Granovetter): if an employee mentions the company, how much
// customer lifetime value does word of mouth reach, and does it arrive over strong ties
// (conversion) or outside the employee's own circle (novelty)? A tie passes a referral on with
// probability 1 % (weakest) to 30 % (strongest), rising with strength; 1,000 simulated runs.
const probability = { min: 0.01, max: 0.3 };
const rv = await referralValue(graph, { values: 'lifetimeValue', nodes: employees, strongTies, probability });
console.log('\n1. Who brings the most referral value, and through which ties?');
const ranked = employees.sort((u, v) => rv[v]!.value - rv[u]!.value);
for (const node of ranked.slice(0, 3)) {
  const r = rv[node]!;
  const tie = r.ties[0]!;
  line(who(node), `${money(r.value)} ± ${money(r.standardError)}`);
  line('', `${pct(r.conversion.share)} over strong ties, ${pct(r.novelty.share)} outside their community`);
  line('', `best tie: ${who(tie.neighbor)}, ${tie.strong ? 'strong' : 'weak'}, ${money(tie.value)}`);
}

// 2. Whom should a salesperson meet? Rank the people two steps away by the referral value a new
// tie would add (unlike "people you may know", which closes triangles), with who can introduce them.
const reps = employees.filter((n) => graph.getNodeAttribute(n, 'role') === 'sales');
const rep = reps.sort((u, v) => rv[u]!.value - rv[v]!.value)[0]!; // the rep with the least referral value
const recs = await recommendIntroductions(graph, rep, {
  objective: 'referralValue',
  maxHops: 2,
  limit: 3,
  probability,
  referralValue: { values: 'lifetimeValue', runs: 500 },
});
console.log(`\n2. Whom should ${who(rep)} meet?`);
for (const r of recs) line(who(r.candidate), `+${money(r.gain)} referral value, introduced by ${who(r.through)}`);

// 3. Which accounts hang on one person? Threads = employees tied to any contact of the account.
const coverage = customerCoverage(graph, { strongTies });
const value = (contacts: string[]) => contacts.reduce((s, n) => s + graph.getNodeAttribute(n, 'lifetimeValue')!, 0);
const single = coverage.accounts.filter((a) => a.singleThreaded);
console.log('\n3. Which accounts hang on one person?');
line('single-threaded accounts', `${single.length} of ${coverage.accounts.length}, ${money(single.reduce((s, a) => s + value(a.customers), 0))} of lifetime value`);
for (const a of single.sort((x, y) => value(y.customers) - value(x.customers)).slice(0, 3)) {
  line(`${a.account} (${a.customers.length} contacts, ${money(value(a.customers))})`, `held by ${who(a.owners[0]!.employee)}`);
}

// 4. What if the top broker leaves? Fragmentation (Borgatti's KPP-Neg): the share of pairs that
// can no longer reach each other; plus the accounts left with no strong tie.
const between = betweenness(graph);
const risk = keyPersonRisk(graph, { strongTies });
const top = employees.sort((u, v) => between[v]! - between[u]!)[0]!;
const r = risk.people[top]!;
console.log(`\n4. What if the top broker, ${who(top)}, leaves?`);
line('fragmentation rise', `${fmt(r.fragmentationRisk, 4)}${r.articulationPoint ? ' (an articulation point)' : ' (not an articulation point: the network holds)'}`);
line('pairs of contacts only they connect', String(r.exclusiveBrokerage));
line('accounts left with no strong tie', r.accountsLeftWithoutStrongTie.length ? r.accountsLeftWithoutStrongTie.join(', ') : 'none');
console.log('  Whose departure would hurt most?');
for (const node of employees.sort((u, v) => risk.people[v]!.fragmentationRisk - risk.people[u]!.fragmentationRisk).slice(0, 3)) {
  const p = risk.people[node]!;
  line(`  ${who(node)}`, `fragmentation +${fmt(p.fragmentationRisk, 4)}, accounts losing their strong tie: ${p.accountsLeftWithoutStrongTie.length}`);
}

// 5. Who works amid disengagement? Colleagues' survey scores (1–5; below 2.5 = disengaged),
// weighted by tie strength, a disengaged colleague counting twice (negativityWeight 2).
const exposure = engagementExposure(graph, { engagementThreshold: 2.5 });
const exposed = employees.filter((n) => exposure[n]!.disengaged > 0);
console.log('\n5. Who works amid disengaged colleagues?');
line('employees with a disengaged colleague', `${exposed.length} of ${employees.length}`);
for (const node of exposed.sort((u, v) => exposure[u]!.balance - exposure[v]!.balance).slice(0, 3)) {
  const x = exposure[node]!;
  line(`  ${who(node)}`, `exposure ${fmt(x.exposure)} (plain mean ${fmt(x.meanEngagement)}), ${x.disengaged} of ${x.engaged + x.disengaged} scored colleagues disengaged`);
}
//=> A synthetic company and its customers (syntheticCompany, seed 42)
//=>   people / ties / interactions          420 / 750 / 14116 over 182 days
//=>   strong / weak ties                    497 / 253 (strong: strength ≥ 0.58)
//=>   people within 2 steps, per employee   25.9 over strong ties, 4.9 over weak ties
//=>
//=> 1. Who brings the most referral value, and through which ties?
//=>   Wen Rahman (sales)                    €202,201 ± €5,113
//=>                                         60 % over strong ties, 87 % outside their community
//=>                                         best tie: Olga Ivanova (sales), strong, €33,507
//=>   Kemi Mensah (sales)                   €196,902 ± €4,777
//=>                                         69 % over strong ties, 59 % outside their community
//=>                                         best tie: Olga Ivanova (sales), strong, €34,458
//=>   Olga Ivanova (sales)                  €195,367 ± €5,064
//=>                                         65 % over strong ties, 74 % outside their community
//=>                                         best tie: Kemi Mensah (sales), strong, €33,888
//=>
//=> 2. Whom should Jonas Berg (sales) meet?
//=>   Wen Rahman (sales)                    +€31,246 referral value, introduced by Nikos Dubois (sales)
//=>   Olga Ivanova (sales)                  +€30,912 referral value, introduced by Felix Haddad (sales)
//=>   Chloé Berg (support)                  +€26,991 referral value, introduced by Kemi Horvat (acct-51)
//=>
//=> 3. Which accounts hang on one person?
//=>   single-threaded accounts              28 of 60, €991,255 of lifetime value
//=>   acct-47 (11 contacts, €211,231)       held by Kemi Mensah (sales)
//=>   acct-23 (9 contacts, €136,835)        held by Viktor Quispe (sales)
//=>   acct-22 (6 contacts, €93,345)         held by Maya Patel (sales)
//=>
//=> 4. What if the top broker, Ana Silva (sales), leaves?
//=>   fragmentation rise                    0 (not an articulation point: the network holds)
//=>   pairs of contacts only they connect   51
//=>   accounts left with no strong tie      none
//=>   Whose departure would hurt most?
//=>     Viktor Quispe (sales)               fragmentation +0.0933, accounts losing their strong tie: 3
//=>     Kemi Mensah (sales)                 fragmentation +0.0796, accounts losing their strong tie: 3
//=>     Wen Rahman (sales)                  fragmentation +0.0565, accounts losing their strong tie: 1
//=>
//=> 5. Who works amid disengaged colleagues?
//=>   employees with a disengaged colleague 40 of 120
//=>     Nadia Kowalski (engineering)        exposure 2.06 (plain mean 2.30), 3 of 4 scored colleagues disengaged
//=>     Aiko Dahl (engineering)             exposure 2.11 (plain mean 2.47), 1 of 3 scored colleagues disengaged
//=>     Jonas Larsen (engineering)          exposure 2.14 (plain mean 2.40), 3 of 5 scored colleagues disengaged
