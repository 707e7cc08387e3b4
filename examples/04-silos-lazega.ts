/**
 * Are the offices and practices of Lazega's law firm silos, and who bridges them? One call per
 * grouping: the E-I index of each group (−1 = every advice tie stays inside), the tie density
 * within and between groups, the formal groups' modularity against the communities Leiden finds,
 * and the boundary spanners. Groups under 5 people are suppressed (people data re-identifies).
 *
 * Run: npx tsx examples/04-silos-lazega.ts
 */
import { datasets, siloReport } from 'tiestrength';

const advice = datasets.lazegaLawFirm({ relation: 'advice' });

for (const attribute of ['office', 'practice'] as const) {
  const r = siloReport(advice, { groups: attribute, limit: 3 });
  console.log(`\n== Advice among 71 lawyers, by ${attribute} ==`);
  console.table(r.groups.map((g) => ({ [attribute]: g.group, lawyers: g.size, 'E-I': Number(g.ei.toFixed(3)), inside: g.internal, across: g.external })));
  console.log('Tie density (row → column):');
  console.table(Object.fromEntries(r.density.groups.map((g, i) => [g, Object.fromEntries(r.density.groups.map((h, j) => [h, Number(r.density.matrix[i]![j]!.toFixed(3))]))])));
  console.log(`Modularity: formal ${r.modularity.formal.toFixed(3)} vs communities found ${r.modularity.detected.toFixed(3)} (${r.modularity.communities} communities)`);
  const fmt = (list: typeof r.spanners.liaison) => list.map((s) => `${s.node} (${s.group ?? 'small group'}, ${Number(s.score.toFixed(3))})`).join(', ');
  console.log(`Top gatekeepers: ${fmt(r.spanners.gatekeeper)}`);
  console.log(`Top representatives: ${fmt(r.spanners.representative)}`);
  console.log(`Least constrained: ${fmt(r.spanners.lowestConstraint)}`);
  for (const note of r.notes.slice(0, 1)) console.log(`Note: ${note}`);
}
//=>
//=> == Advice among 71 lawyers, by office ==
//=> ┌─────────┬────────────┬─────────┬───────┬────────┬────────┐
//=> │ (index) │ office     │ lawyers │ E-I   │ inside │ across │
//=> ├─────────┼────────────┼─────────┼───────┼────────┼────────┤
//=> │ 0       │ 'Boston'   │ 48      │ -0.51 │ 558    │ 181    │
//=> │ 1       │ 'Hartford' │ 19      │ 0.08  │ 138    │ 162    │
//=> └─────────┴────────────┴─────────┴───────┴────────┴────────┘
//=> Tie density (row → column):
//=> ┌──────────┬────────┬──────────┐
//=> │ (index)  │ Boston │ Hartford │
//=> ├──────────┼────────┼──────────┤
//=> │ Boston   │ 0.247  │ 0.079    │
//=> │ Hartford │ 0.087  │ 0.404    │
//=> └──────────┴────────┴──────────┘
//=> Modularity: formal 0.195 vs communities found 0.305 (3 communities)
//=> Top gatekeepers: 28 (Hartford, 124), 17 (Boston, 85), 26 (Boston, 81)
//=> Top representatives: 26 (Boston, 128), 16 (Boston, 124), 28 (Hartford, 117)
//=> Least constrained: 26 (Boston, 0.074), 13 (Boston, 0.079), 22 (Boston, 0.08)
//=> Note: 1 group with fewer than 5 people (4 people) is suppressed from group-level outputs; spanners from them are listed with group null.
//=>
//=> == Advice among 71 lawyers, by practice ==
//=> ┌─────────┬──────────────┬─────────┬────────┬────────┬────────┐
//=> │ (index) │ practice     │ lawyers │ E-I    │ inside │ across │
//=> ├─────────┼──────────────┼─────────┼────────┼────────┼────────┤
//=> │ 0       │ 'litigation' │ 41      │ -0.29  │ 420    │ 231    │
//=> │ 1       │ 'corporate'  │ 30      │ -0.021 │ 241    │ 231    │
//=> └─────────┴──────────────┴─────────┴────────┴────────┴────────┘
//=> Tie density (row → column):
//=> ┌────────────┬───────────┬────────────┐
//=> │ (index)    │ corporate │ litigation │
//=> ├────────────┼───────────┼────────────┤
//=> │ corporate  │ 0.277     │ 0.102      │
//=> │ litigation │ 0.086     │ 0.256      │
//=> └────────────┴───────────┴────────────┘
//=> Modularity: formal 0.221 vs communities found 0.305 (3 communities)
//=> Top gatekeepers: 26 (litigation, 148), 28 (corporate, 97), 16 (corporate, 96)
//=> Top representatives: 26 (litigation, 173), 17 (corporate, 130), 22 (litigation, 116)
//=> Least constrained: 26 (litigation, 0.074), 13 (litigation, 0.079), 22 (litigation, 0.08)
//=> Note: E-I: −1 = all of a group's ties stay inside it, +1 = all cross to other groups.
