/**
 * The forward A* spur searches of {@link yenPaths}: the label-setting search under either order
 * (with the reverse reachability check that stops a cut-off spur early), and the widest-path
 * search of the bottleneck order. See core/yen.ts.
 *
 * @internal
 * @module
 */
import type { YenGraph } from './graph.js';
import { popKey, keySiftUp } from './label-heap.js';
import { costFirstLess, hopsFirstLess } from './objectives.js';
import type { HopBound, Workspace } from './workspace.js';

/**
 * Whether the path spur → … → a comes before spur → … → b in node order, for settled a, b with
 * the same number of hops: walk both predecessor chains back until they meet; the nodes just
 * after the meeting point are the first that differ.
 */
function prefixBefore(pred: Int32Array, a: number, b: number): boolean {
  let firstA = a;
  let firstB = b;
  while (a !== b) {
    firstA = a;
    firstB = b;
    a = pred[a]!;
    b = pred[b]!;
  }
  return firstA < firstB;
}

/**
 * @internal
 * Forward A* search from `spur` until `target` is settled, over usable arcs (cost finite; with
 * `minWidth` > 0 also width ≥ minWidth), avoiding blocked nodes and banned first hops.
 *
 * - `bound` null (product order): labels (cost, hops), priority (cost + h, hops) with
 *   h = `ws.toTarget`.
 * - `bound` given (bottleneck pass 2): labels (hops, cost), priority (hops + bound.hops,
 *   cost + bound.cost, hops).
 *
 * Nodes whose bound says the target is out of reach are never labelled. On tied labels the
 * predecessor whose prefix comes first in node order wins ({@link prefixBefore}). Leaves
 * `pred`/`predSlot` and `hops[target]`; returns whether the target was reached. The caller
 * resets the workspace.
 *
 * The bound is computed with nothing blocked, so when the root or a banned hop cuts the spur
 * off from the target the search would settle everything the spur still reaches (often most of
 * the graph: say the spur is the target's only neighbour and its hop to the target is banned).
 * So one step of a breadth-first search backwards from the target over the same arcs is taken
 * after each settled node: when it runs out without meeting the spur, there is no spur path
 * and the search stops; once it meets the spur it stops itself. At most twice the work of a
 * successful search, and a failed one costs about the smaller side of the cut.
 */
export function goalSearch(
  g: YenGraph,
  ws: Workspace,
  spur: number,
  target: number,
  bound: HopBound | null,
  minWidth: number,
  epsilon: number,
): boolean {
  const { offsets, neighbors, cost: slotCost, width } = g;
  const { cost, hops, keyA, keyB, pred, predSlot, heap, pos, settled, blocked, banned, stamp } = ws;
  const hopsFirst = bound !== null;
  const boundHops = bound === null ? null : bound.hops;
  const boundCost = bound === null ? ws.toTarget! : bound.cost;
  if (boundCost[spur] === Infinity) return false;
  const { inOffsets, inNeighbors, inCost, inWidth } = g;
  const { backMark, backQueue } = ws;
  const back = ++ws.backStamp;
  backMark[target] = back;
  backQueue[0] = target;
  let backHead = 0;
  let backTail = 1;
  let checking = true;
  ws.touch(spur);
  cost[spur] = 0;
  hops[spur] = 0;
  keyA[spur] = boundHops === null ? 0 : boundHops[spur]!;
  keyB[spur] = boundCost[spur]!;
  heap[0] = spur;
  pos[spur] = 0;
  let size = 1;
  while (size > 0) {
    const x = popKey(ws, size--, epsilon);
    settled[x] = 1;
    if (x === target) return true;
    if (checking) {
      // One step of the reverse reachability check.
      if (backHead === backTail) return false; // the target's side is exhausted: cut off
      const y = backQueue[backHead++]!;
      for (let q: number = inOffsets[y]!, end: number = inOffsets[y + 1]!; q < end; q++) {
        const u = inNeighbors[q]!;
        if (backMark[u] === back || blocked[u] === stamp || inCost[q] === Infinity) continue;
        if (minWidth > 0 && !(inWidth[q]! >= minWidth)) continue;
        if (u === spur) {
          if (banned[y] === stamp) continue;
          checking = false; // the spur reaches the target: the search will succeed
          break;
        }
        backMark[u] = back;
        backQueue[backTail++] = u;
      }
    }
    const cx = cost[x]!;
    const hx = hops[x]! + 1;
    for (let p: number = offsets[x]!, end: number = offsets[x + 1]!; p < end; p++) {
      const v = neighbors[p]!;
      if (settled[v] === 1 || blocked[v] === stamp) continue;
      if (x === spur && banned[v] === stamp) continue;
      const c = slotCost[p]!;
      if (c === Infinity) continue;
      if (minWidth > 0 && !(width[p]! >= minWidth)) continue;
      const rest = boundCost[v]!;
      if (rest === Infinity) continue;
      const alt = cx + c;
      if (pos[v] === -1) {
        // Not settled and not in the heap: first label.
        ws.touch(v);
        cost[v] = alt;
        hops[v] = hx;
        pred[v] = x;
        predSlot[v] = p;
        keyA[v] = boundHops === null ? 0 : hx + boundHops[v]!;
        keyB[v] = alt + rest;
        heap[size] = v;
        keySiftUp(ws, size++, epsilon);
        continue;
      }
      const cv = cost[v]!;
      const hv = hops[v]!;
      const better = hopsFirst ? hopsFirstLess(alt, hx, cv, hv, epsilon) : costFirstLess(alt, hx, cv, hv, epsilon);
      if (better) {
        cost[v] = alt;
        hops[v] = hx;
        pred[v] = x;
        predSlot[v] = p;
        if (boundHops !== null) keyA[v] = hx + boundHops[v]!;
        keyB[v] = alt + rest;
        keySiftUp(ws, pos[v]!, epsilon);
      } else if (
        !(hopsFirst ? hopsFirstLess(cv, hv, alt, hx, epsilon) : costFirstLess(cv, hv, alt, hx, epsilon)) &&
        prefixBefore(pred, x, pred[v]!)
      ) {
        pred[v] = x; // tied label (same hops): the prefix that comes first in node order wins
        predSlot[v] = p;
      }
    }
  }
  return false;
}

/**
 * @internal
 * Forward widest-path A* search from `spur` until `target` is settled: the largest bottleneck
 * of a spur path, or 0 if there is none or it is below `floor`. Max-heap (negated in keyA) on
 * min(g, hw), g the bottleneck from the spur and hw = `ws.widthToTarget`; the key never grows
 * along an arc, so keys are settled in non-increasing order and the target's label when it is
 * settled is the best bottleneck (no node is reopened), and once a settled key is below `floor`
 * the result would be too. Equal keys are common (every node behind the spur's narrowest arc
 * shares it): they go to the smaller hops + `guide` (hops to the target in the whole graph at a
 * higher threshold, −1 for none), which only steers the search towards the target; any order
 * of equal keys gives the same value.
 */
export function widestGoalSearch(g: YenGraph, ws: Workspace, spur: number, target: number, guide: Int32Array, floor: number, epsilon: number): number {
  const { offsets, neighbors, cost: slotCost, width } = g;
  const { cost: best, hops, keyA, keyB, pos, heap, settled, blocked, banned, stamp } = ws;
  const hw = ws.widthToTarget!;
  const far = ws.n;
  if (!(hw[spur]! > 0)) return 0;
  ws.touch(spur);
  best[spur] = Infinity;
  hops[spur] = 0;
  keyA[spur] = -hw[spur]!;
  keyB[spur] = 0;
  heap[0] = spur;
  pos[spur] = 0;
  let size = 1;
  while (size > 0) {
    const x = popKey(ws, size--, epsilon);
    settled[x] = 1;
    if (-keyA[x]! < floor) return 0;
    if (x === target) return best[x]!;
    const wx = best[x]!;
    const hx = hops[x]! + 1;
    for (let p: number = offsets[x]!, end: number = offsets[x + 1]!; p < end; p++) {
      const v = neighbors[p]!;
      if (settled[v] === 1 || blocked[v] === stamp) continue;
      if (x === spur && banned[v] === stamp) continue;
      const w = width[p]!;
      if (!(w > 0) || slotCost[p] === Infinity) continue;
      const rest = hw[v]!;
      if (!(rest > 0)) continue;
      const alt = w < wx ? w : wx;
      const key = -(alt < rest ? alt : rest);
      const steer = guide[v]!;
      if (pos[v] === -1) {
        ws.touch(v);
        best[v] = alt;
        hops[v] = hx;
        keyA[v] = key;
        keyB[v] = hx + (steer < 0 ? far : steer);
        heap[size] = v;
        keySiftUp(ws, size++, epsilon);
      } else if (alt > best[v]!) {
        best[v] = alt;
        if (key < keyA[v]!) {
          keyA[v] = key;
          hops[v] = hx;
          keyB[v] = hx + (steer < 0 ? far : steer);
          keySiftUp(ws, pos[v]!, epsilon);
        }
      }
    }
  }
  return 0;
}
