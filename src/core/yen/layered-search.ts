/**
 * The hop-capped spur search: a layered Bellman–Ford over hop counts backwards from the target,
 * restricted to the nodes near enough to the spur. See core/yen.ts.
 *
 * @internal
 * @module
 */
import { outSlotOf, type YenGraph } from './graph.js';
import { costFirstLess } from './objectives.js';
import type { Workspace } from './workspace.js';

/**
 * Hops from `spur` (blocked nodes and banned first hops avoided, usable arcs), up to `depth`,
 * into `ws.near` under a fresh `ws.nearStamp`: a lower bound on the hops of any spur path to a
 * node, which lets the hop-capped search skip nodes the spur cannot reach within the budget.
 */
function nearSpur(g: YenGraph, ws: Workspace, spur: number, depth: number): void {
  const { offsets, neighbors, cost: slotCost } = g;
  const { near, nearMark, blocked, banned, stamp } = ws;
  const mark = ++ws.nearStamp;
  const queue = ws.nextFrontier;
  nearMark[spur] = mark;
  near[spur] = 0;
  queue[0] = spur;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const x = queue[head++]!;
    const hx = near[x]! + 1;
    if (hx > depth) break;
    for (let p: number = offsets[x]!, end: number = offsets[x + 1]!; p < end; p++) {
      const v = neighbors[p]!;
      if (nearMark[v] === mark || blocked[v] === stamp || slotCost[p] === Infinity) continue;
      if (x === spur && banned[v] === stamp) continue;
      nearMark[v] = mark;
      near[v] = hx;
      queue[tail++] = v;
    }
  }
}

function ensureLayers(ws: Workspace, budget: number): NonNullable<Workspace['layers']> {
  const size = (budget + 1) * ws.n;
  if (ws.layers === null || ws.layers.size < size) {
    ws.layers = {
      size,
      cost: new Float64Array(size),
      hops: new Float64Array(size),
      succ: new Int32Array(size),
    };
  }
  return ws.layers;
}

/**
 * @internal
 * Hop-capped search: layered Bellman–Ford backwards from `target`, layer h holding the best
 * label of a path of ≤ h hops to the target, with only the nodes improved in layer h − 1
 * relaxed in layer h. `mode` 0: labels (cost, hops), ties to the smaller next node, path left in
 * `succ`/`succSlot`; returns 1 if spur is reached, else 0. `mode` 1: widest path (label = width,
 * in the `cost` layer arrays), returns the best bottleneck (0 if none). O(budget · (n + m)).
 */
export function layeredSearch(
  g: YenGraph,
  ws: Workspace,
  spur: number,
  target: number,
  budget: number,
  mode: number,
  epsilon: number,
): number {
  const n = ws.n;
  const L = ensureLayers(ws, budget);
  const { cost: lc, hops: lh, succ: ls } = L;
  const { inOffsets, inNeighbors, inCost, inWidth } = g;
  const { blocked, banned, stamp, changed, succ, succSlot, near, nearMark } = ws;
  // Only nodes within budget − h hops of the spur can use a label of layer h.
  nearSpur(g, ws, spur, budget - 1);
  const mark = ws.nearStamp;
  let frontier = ws.frontier;
  let next = ws.nextFrontier;
  const empty = mode === 0 ? Infinity : 0;
  lc.fill(empty, 0, n);
  lh.fill(Infinity, 0, n);
  ls.fill(-1, 0, n);
  lc[target] = mode === 0 ? 0 : Infinity;
  lh[target] = 0;
  frontier[0] = target;
  let fsize = 1;
  for (let h = 1; h <= budget && fsize > 0; h++) {
    const base = h * n;
    const prev = base - n;
    lc.copyWithin(base, prev, base);
    lh.copyWithin(base, prev, base);
    ls.copyWithin(base, prev, base);
    let nsize = 0;
    for (let f = 0; f < fsize; f++) {
      const x = frontier[f]!;
      const cx = lc[prev + x]!;
      const hx = lh[prev + x]! + 1;
      for (let q: number = inOffsets[x]!, end: number = inOffsets[x + 1]!; q < end; q++) {
        const v = inNeighbors[q]!;
        if (v === target || blocked[v] === stamp) continue;
        if (nearMark[v] !== mark || near[v]! > budget - h) continue;
        if (v === spur && banned[x] === stamp) continue;
        const c = inCost[q]!;
        if (c === Infinity) continue;
        let better = false;
        if (mode === 0) {
          const alt = cx + c;
          const cv = lc[base + v]!;
          const hv = lh[base + v]!;
          if (costFirstLess(alt, hx, cv, hv, epsilon)) {
            lc[base + v] = alt;
            lh[base + v] = hx;
            better = true;
          } else if (x < ls[base + v]! && !costFirstLess(cv, hv, alt, hx, epsilon)) {
            better = true;
          }
        } else {
          const w = inWidth[q]!;
          if (!(w > 0)) continue;
          const alt = w < cx ? w : cx;
          if (alt > lc[base + v]!) {
            lc[base + v] = alt;
            better = true;
          }
        }
        if (better) {
          ls[base + v] = x;
          if (changed[v] === 0) {
            changed[v] = 1;
            next[nsize++] = v;
          }
        }
      }
    }
    for (let f = 0; f < nsize; f++) changed[next[f]!] = 0;
    const t = frontier;
    frontier = next;
    next = t;
    fsize = nsize;
    if (fsize === 0) {
      // Nothing improved: later layers equal this one.
      budget = h;
      break;
    }
  }
  const top = budget * n;
  if (mode === 1) return lc[top + spur]! === Infinity ? 0 : lc[top + spur]!;
  if (lc[top + spur] === Infinity) return 0;
  // Follow the layers down: the rest of the path from layer h's successor lives in layer h − 1.
  let v = spur;
  let h = top / n;
  while (v !== target) {
    const x = ls[h * n + v]!;
    ws.touch(v);
    succ[v] = x;
    succSlot[v] = outSlotOf(g, v, x); // one arc per ordered pair (merged ties)
    v = x;
    h--;
  }
  return 1;
}
