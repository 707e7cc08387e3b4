/**
 * The output of {@link tiesFromInteractions}: the kept pairs as a {@link CsrIndex} (people in key
 * order), the indicators in the index's tie order, the report, and the graphology graph.
 *
 * @internal
 * @module
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { InvalidEventError, show } from '../../errors.js';
import { csrFromEdges, type CsrIndex } from '../../core/csr.js';
import { MS_PER_DAY } from '../../core/timestamp.js';
import type { InteractionAccumulator } from './accumulator.js';
import type { PairIndicators } from './indicators.js';
import { NAME, type Config } from './options.js';
import type { IndicatorWeighting } from './scaling.js';
import type { InteractionTieAttributes, InteractionTiesGraph, InteractionTieTable, TiesFromInteractionsReport } from './results.js';

/**
 * @internal
 * The index of the kept pairs: everyone in a pair (kept or not) is a node, in key order; `oldId`
 * maps a node id back to the accumulator's id.
 */
export function tieIndex(
  acc: InteractionAccumulator,
  keep: Uint8Array,
  strength: Float64Array,
  directed: boolean,
): { index: CsrIndex; oldId: Uint32Array } {
  const P = acc.table.size;
  const pairFirst = acc.table.first;
  const pairSecond = acc.table.second;
  // People: everyone in a pair, in key order.
  const n0 = acc.ids.size;
  const used = new Uint8Array(n0);
  for (let p = 0; p < P; p++) {
    used[pairFirst[p]!] = 1;
    used[pairSecond[p]!] = 1;
  }
  const allKeys = acc.ids.keys;
  const order: number[] = [];
  for (let v = 0; v < n0; v++) if (used[v]) order.push(v);
  order.sort((x, y) => (allKeys[x]! < allKeys[y]! ? -1 : 1));
  const n = order.length;
  const newId = new Uint32Array(n0);
  const oldId = new Uint32Array(n);
  const keys: string[] = new Array<string>(n);
  const idOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    newId[v] = i;
    oldId[i] = v;
    keys[i] = allKeys[v]!;
    idOf.set(allKeys[v]!, i);
  }

  let m = 0;
  for (let p = 0; p < P; p++) m += keep[p]!;
  const sources = new Uint32Array(m);
  const targets = new Uint32Array(m);
  const strengths = new Float64Array(m);
  for (let p = 0, k = 0; p < P; p++) {
    if (!keep[p]) continue;
    sources[k] = newId[pairFirst[p]!]!;
    targets[k] = newId[pairSecond[p]!]!;
    strengths[k] = strength[p]!;
    k++;
  }
  const index = csrFromEdges({
    directed,
    weighted: true,
    keys,
    idOf,
    m,
    sources,
    targets,
    strengths,
    distances: null,
    strengthRule: 'sum',
  });
  return { index, oldId };
}

/** @internal The indicators of each tie of `index`, in its tie order, and the number of one-way ties. */
export function tieTable(
  acc: InteractionAccumulator,
  pairs: PairIndicators,
  index: CsrIndex,
  oldId: Uint32Array,
  directed: boolean,
): { ties: InteractionTieTable; oneWayTies: number } {
  const asOf = acc.asOf;
  const { init0, init1, first, last, durationMs } = acc;
  const pairFirst = acc.table.first;
  const { count, reverse, decayed, channels, f } = pairs;
  // Indicators in the index's tie order.
  const T = index.size;
  const ties = emptyTieTable(T);
  let oneWayTies = 0;
  for (let t = 0; t < T; t++) {
    const u = oldId[index.tieSources[t]!]!;
    const v = oldId[index.tieTargets[t]!]!;
    const p = directed || u < v ? acc.table.get(u, v) : acc.table.get(v, u);
    const sourceIsFirst = pairFirst[p] === u;
    ties.interactions[t] = count[p]!;
    ties.sourceInitiated[t] = directed || sourceIsFirst ? init0[p]! : init1[p]!;
    ties.targetInitiated[t] = directed ? reverse[p]! : sourceIsFirst ? init1[p]! : init0[p]!;
    ties.firstAt[t] = first[p]!;
    ties.lastAt[t] = last[p]!;
    ties.spanDays[t] = (last[p]! - first[p]!) / MS_PER_DAY;
    ties.ageDays[t] = (asOf - first[p]!) / MS_PER_DAY;
    ties.daysSinceLast[t] = (asOf - last[p]!) / MS_PER_DAY;
    ties.recency[t] = f.recency[p]!;
    ties.decayedVolume[t] = decayed[p]!;
    ties.reciprocity[t] = f.reciprocity[p]!;
    const oneWay = ties.sourceInitiated[t] === 0 || ties.targetInitiated[t] === 0;
    ties.oneWay[t] = oneWay ? 1 : 0;
    if (oneWay) oneWayTies++;
    ties.channels[t] = channels[p]!;
    ties.multiplexity[t] = f.multiplexity[p]!;
    ties.intimacy[t] = f.intimacy[p]!;
    ties.durationSeconds[t] = durationMs[p]! / 1000;
  }
  return { ties, oneWayTies };
}

/** @internal The report of a call, from the accumulator's counts and the steps' results. */
export function interactionsReport(
  acc: InteractionAccumulator,
  config: Config,
  index: CsrIndex,
  weighting: IndicatorWeighting,
  dropped: { droppedZero: number; droppedDormant: number },
  oneWayTies: number,
): TiesFromInteractionsReport {
  const asOf = acc.asOf;
  const { droppedByMin, weights, scales, unobserved } = weighting;
  const { droppedZero, droppedDormant } = dropped;
  const n = index.order;
  const P = acc.table.size;
  const T = index.size;
  const report: TiesFromInteractionsReport = {
    events: acc.events,
    accepted: acc.accepted,
    rejected: acc.rejected,
    selfInteractions: acc.selfInteractions,
    beforeWindow: acc.beforeWindow,
    afterAsOf: acc.afterAsOf,
    asOf: Number.isNaN(asOf) ? null : asOf,
    windowStart: Number.isFinite(config.windowMs) && !Number.isNaN(asOf) ? asOf - config.windowMs : null,
    people: n,
    pairs: P,
    ties: T,
    oneWayTies,
    droppedByMinInteractions: droppedByMin,
    droppedZeroStrength: droppedZero,
    droppedDormant,
    weights,
    scales,
    unobserved,
    buffered: acc.buffered,
    rejectedByReason: acc.rejectedByReason,
    rejectedEvents: acc.rejectedEvents,
  };
  return report;
}

/** @internal The graphology graph of the ties: nodes in id (key) order, edges in tie order keyed by tie id. */
export function buildGraph(index: CsrIndex, ties: InteractionTieTable, acc: InteractionAccumulator, oldId: Uint32Array): InteractionTiesGraph {
  // graphology keeps each node's neighbours in a plain object: a tie at a node keyed like an
  // Object.prototype member ('__proto__', 'constructor', …) would be refused or lost.
  for (let v = 0; v < index.order; v++) {
    const key = index.keys[v]!;
    if (key in Object.prototype && index.degree(v) + index.inDegree(v) > 0) {
      const at = acc.firstEvent[oldId[v]!]!;
      throw new InvalidEventError(
        `${NAME}: event ${at}: id ${show(key)} cannot hold a tie in a graphology graph (graphology keeps ` +
          `neighbours in plain objects, where ${show(key)} is an Object.prototype member); use as: 'index', or rename the id`,
        { index: at, reason: 'unsupportedId', value: key },
      );
    }
  }
  const graph = index.directed
    ? new DirectedGraph<Record<string, unknown>, InteractionTieAttributes>()
    : new UndirectedGraph<Record<string, unknown>, InteractionTieAttributes>();
  const keys = index.keys;
  for (let v = 0; v < keys.length; v++) graph.addNode(keys[v]!);
  const { tieSources, tieTargets, tieStrengths } = index;
  for (let t = 0; t < index.size; t++) {
    graph.addEdgeWithKey(String(t), keys[tieSources[t]!]!, keys[tieTargets[t]!]!, tieAttributes(tieStrengths[t]!, ties, t));
  }
  return graph;
}

/** @internal The edge attributes of tie `t`: its strength as `weight` and its row of the indicator table. */
export function tieAttributes(weight: number, ties: InteractionTieTable, t: number): InteractionTieAttributes {
  return {
    weight,
    interactions: ties.interactions[t]!,
    sourceInitiated: ties.sourceInitiated[t]!,
    targetInitiated: ties.targetInitiated[t]!,
    firstAt: ties.firstAt[t]!,
    lastAt: ties.lastAt[t]!,
    spanDays: ties.spanDays[t]!,
    ageDays: ties.ageDays[t]!,
    daysSinceLast: ties.daysSinceLast[t]!,
    recency: ties.recency[t]!,
    decayedVolume: ties.decayedVolume[t]!,
    reciprocity: ties.reciprocity[t]!,
    oneWay: ties.oneWay[t] === 1,
    channels: ties.channels[t]!,
    multiplexity: ties.multiplexity[t]!,
    intimacy: ties.intimacy[t]!,
    durationSeconds: ties.durationSeconds[t]!,
  };
}

/** @internal An indicator table of `T` ties, every column zero (filled in the index's tie order). */
export function emptyTieTable(T: number): InteractionTieTable {
  return {
    interactions: new Uint32Array(T),
    sourceInitiated: new Uint32Array(T),
    targetInitiated: new Uint32Array(T),
    firstAt: new Float64Array(T),
    lastAt: new Float64Array(T),
    spanDays: new Float64Array(T),
    ageDays: new Float64Array(T),
    daysSinceLast: new Float64Array(T),
    recency: new Float64Array(T),
    decayedVolume: new Float64Array(T),
    reciprocity: new Float64Array(T),
    oneWay: new Uint8Array(T),
    channels: new Uint8Array(T),
    multiplexity: new Float64Array(T),
    intimacy: new Float64Array(T),
    durationSeconds: new Float64Array(T),
  };
}
