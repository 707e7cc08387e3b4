/**
 * `tiestrength describe`: describeNetwork as text or JSON.
 *
 * @internal
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import { describeNetwork } from '../network/describe-network.js';

const fmt = (x: number, digits = 3) => (Number.isInteger(x) ? String(x) : Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** @internal The network summary. */
export function describeText(graph: AbstractGraph, group: string | null, format: 'text' | 'json'): string {
  const d = describeNetwork(graph, group === null ? {} : { groups: group });
  if (format === 'json') return `${JSON.stringify(d, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
  const line = (label: string, value: string) => `  ${label.padEnd(28)}${value}`;
  const out = [
    'Network',
    line('people / ties', `${d.people} / ${d.ties} (${d.directed ? 'directed' : 'undirected'})`),
    line('density', fmt(d.density)),
    ...(d.directed ? [line('reciprocity', `${fmt(d.reciprocity * 100, 1)} %`)] : []),
    line('isolates', String(d.isolates)),
    line('components', `${d.components.count} (largest: ${fmt(d.components.largestShare * 100, 1)} % of people)`),
    line('contacts per person', `min ${fmt(d.degree.min)}, median ${fmt(d.degree.median)}, max ${fmt(d.degree.max)}`),
    line('tie strength', d.strength.weighted ? `min ${fmt(d.strength.min)}, quartiles ${fmt(d.strength.q1)} / ${fmt(d.strength.median)} / ${fmt(d.strength.q3)}, max ${fmt(d.strength.max)}` : 'unweighted (every tie 1)'),
  ];
  if (d.groups !== null) {
    const g = d.groups;
    out.push(
      '',
      `Groups (${group})`,
      line('groups', String(g.count)),
      line('ties within / between', `${g.within} / ${g.between} (${fmt(g.withinShare * 100, 1)} % within)`),
      line('E-I index', `${fmt(g.ei)}  (−1 all inside groups, +1 all across)`),
    );
  }
  if (d.dropped.selfLoops + d.dropped.parallelEdgesMerged > 0) {
    out.push('', line('dropped', `${d.dropped.selfLoops} self-loops, ${d.dropped.parallelEdgesMerged} parallel edges merged`));
  }
  return `${out.join('\n')}\n`;
}
