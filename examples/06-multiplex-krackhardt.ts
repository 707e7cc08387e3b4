/**
 * Which of Krackhardt's 21 managers are tied in more than one way? Each manager named whom they
 * ask for advice, whom they call a friend, and whom they report to. Fusing the three relations
 * gives each tie a multiplexity (how many relations it carries: ties that do several jobs at once
 * are the strongest) and a combined strength; the disparity backbone then keeps the ties that
 * matter most to at least one of the two managers.
 *
 * Run: npx tsx examples/06-multiplex-krackhardt.ts
 */
import { combineRelations, datasets, disparityBackbone } from 'tiestrength';

const layers = {
  advice: datasets.krackhardtHighTech({ relation: 'advice' }),
  friendship: datasets.krackhardtHighTech({ relation: 'friendship' }),
  reportsTo: datasets.krackhardtHighTech({ relation: 'reportsTo' }),
};

// Who-names-whom ties (directed), every relation counting 1.
const fused = combineRelations(layers);
const byMultiplexity = [1, 2, 3].map((m) => fused.filterEdges((_e, a) => a.multiplexity === m).length);
console.log(`${fused.size} ties among ${fused.order} managers:`);
byMultiplexity.forEach((count, i) => console.log(`  ${count} carry ${i + 1} relation${i ? 's' : ''}`));

// Pairs (either direction), friendship weighing double: the strongest ties.
const pairs = combineRelations(layers, { directed: false, layerWeights: { friendship: 2 } });
const dept = (m: string) => pairs.getNodeAttribute(m, 'department') as string;
const strongest = pairs
  .mapEdges((_e, a, s, t) => ({
    pair: `${s} – ${t}`,
    departments: `${dept(s)} / ${dept(t)}`,
    strength: a.weight,
    relations: ['advice', 'friendship', 'reportsTo'].filter((l) => a[l]! > 0).join(' + '),
  }))
  .sort((a, b) => b.strength - a.strength || a.pair.localeCompare(b.pair))
  .slice(0, 6);
console.log('\nStrongest pairs (each relation counts once per direction it is named in; friendship counts double):');
console.table(strongest);

const backbone = disparityBackbone(pairs, { alpha: 0.2 });
console.log(
  `Backbone at α = 0.2: ${backbone.kept} of ${pairs.size} pairs stand out for at least one of the two managers ` +
    `(${(100 * backbone.strengthKept).toFixed(0)}% of the combined strength).`,
);
//=> 232 ties among 21 managers:
//=>   163 carry 1 relation
//=>   58 carry 2 relations
//=>   11 carry 3 relations
//=>
//=> Strongest pairs (each relation counts once per direction it is named in; friendship counts double):
//=> ┌─────────┬───────────┬─────────────┬──────────┬───────────────────────────────────┐
//=> │ (index) │ pair      │ departments │ strength │ relations                         │
//=> ├─────────┼───────────┼─────────────┼──────────┼───────────────────────────────────┤
//=> │ 0       │ '12 – 21' │ '1 / 1'     │ 7        │ 'advice + friendship + reportsTo' │
//=> │ 1       │ '17 – 21' │ '1 / 1'     │ 7        │ 'advice + friendship + reportsTo' │
//=> │ 2       │ '1 – 16'  │ '4 / 4'     │ 6        │ 'advice + friendship'             │
//=> │ 3       │ '1 – 2'   │ '4 / 4'     │ 6        │ 'advice + friendship + reportsTo' │
//=> │ 4       │ '1 – 4'   │ '4 / 4'     │ 6        │ 'advice + friendship'             │
//=> │ 5       │ '14 – 15' │ '2 / 2'     │ 6        │ 'advice + friendship + reportsTo' │
//=> └─────────┴───────────┴─────────────┴──────────┴───────────────────────────────────┘
//=> Backbone at α = 0.2: 36 of 159 pairs stand out for at least one of the two managers (40% of the combined strength).
