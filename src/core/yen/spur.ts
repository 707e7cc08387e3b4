/**
 * One spur search of {@link yenPaths}: which search runs for the spur node (goal-directed,
 * widest, hop-capped) and in what order, and how its path is appended to the root.
 *
 * @internal
 * @module
 */
import type { YenGraph } from './graph.js';
import { goalSearch, widestGoalSearch } from './goal-search.js';
import { hopBound } from './heuristics.js';
import { layeredSearch } from './layered-search.js';
import { YEN_PRODUCT } from './objectives.js';
import type { Workspace } from './workspace.js';

/**
 * @internal
 * Spur search outcomes: no path, a forward path in `pred`, a backward path in `succ`; and for
 * the bottleneck order, to be finished by {@link spurFallback}: no spur path reaches U, or the
 * one found at U is longer than the hop budget.
 */
export const NO_PATH = 0;
export const FORWARD = 1;
export const BACKWARD = 2;
export const BELOW_U = 3;
export const TOO_LONG = 4;

/**
 * @internal
 * Appends the spur path found by {@link spurSearch} (after `spur`) to `nodes`/`slots`, marking
 * its nodes in `onPath`; returns false if it revisits a node of `nodes`.
 */
export function appendSpur(
  ws: Workspace,
  outcome: number,
  spur: number,
  target: number,
  nodes: number[],
  slots: number[],
  onPath: Uint8Array,
): boolean {
  if (outcome === BACKWARD) {
    let v = spur;
    while (v !== target) {
      const x = ws.succ[v]!;
      if (x < 0 || onPath[x] === 1) return false;
      slots.push(ws.succSlot[v]!);
      nodes.push(x);
      onPath[x] = 1;
      v = x;
    }
    return true;
  }
  // Forward: walk the predecessors back from the target, filling the new tail from its end.
  const hops = ws.hops[target]!;
  const start = nodes.length;
  for (let j = 0; j < hops; j++) {
    nodes.push(-1);
    slots.push(-1);
  }
  let v = target;
  for (let j = hops - 1; j >= 0; j--) {
    if (v < 0 || onPath[v] === 1) return false;
    nodes[start + j] = v;
    slots[start - 1 + j] = ws.predSlot[v]!;
    onPath[v] = 1;
    v = ws.pred[v]!;
  }
  return v === spur;
}

/**
 * @internal
 * Best spur path from `spur` to `target` given the root's weakest link and hop budget: returns
 * {@link NO_PATH}, {@link FORWARD} or {@link BACKWARD} (where the path is), or for the
 * bottleneck order {@link BELOW_U} when no spur path reaches U = min(root's weakest link,
 * hw(spur)) and {@link TOO_LONG} when the one found there breaks the hop budget (then
 * {@link spurFallback} finishes the search). The caller has set the stamp, blocked nodes and
 * banned first hops, and resets the workspace afterwards.
 */
export function spurSearch(
  g: YenGraph,
  ws: Workspace,
  spur: number,
  target: number,
  objective: number,
  rootWidth: number,
  budget: number,
  epsilon: number,
): number {
  if (objective === YEN_PRODUCT) {
    if (!goalSearch(g, ws, spur, target, null, 0, epsilon)) return NO_PATH;
    if (ws.hops[target]! <= budget) return FORWARD;
    ws.reset();
    return layeredSearch(g, ws, spur, target, budget, 0, epsilon) === 1 ? BACKWARD : NO_PATH;
  }
  const reach = ws.widthToTarget![spur]!;
  if (!(reach > 0)) return NO_PATH;
  if (ws.cappedFirst) return TOO_LONG;
  // No spur path beats min(root's weakest link, hw(spur)); when one reaches it, that is T.
  const threshold = reach < rootWidth ? reach : rootWidth;
  if (!goalSearch(g, ws, spur, target, hopBound(g, ws, target, threshold), threshold, epsilon)) return BELOW_U;
  return ws.hops[target]! <= budget ? FORWARD : TOO_LONG;
}

/**
 * @internal
 * Finishes a bottleneck spur search that {@link spurSearch} left as `outcome`.
 *
 * - {@link BELOW_U} (so B* < U): the widest A* search gives B*, then T = min(root's weakest
 *   link, B*) and the pass 2 search; when that path is too long, as below.
 * - {@link TOO_LONG}: the layered widest search gives the best bottleneck C of a spur path within
 *   the budget, and pass 2 runs again at T = min(root's weakest link, C), where the fewest-hops
 *   path is within the budget (a capped one reaches T).
 *
 * `floor` is the bottleneck of the candidate that would be accepted last (0 if there are too few
 * candidates): a spur path with a smaller bottleneck can never be accepted, so the search stops
 * as soon as T < floor is certain.
 */
export function spurFallback(
  g: YenGraph,
  ws: Workspace,
  spur: number,
  target: number,
  outcome: number,
  rootWidth: number,
  budget: number,
  floor: number,
  epsilon: number,
): number {
  const reach = ws.widthToTarget![spur]!;
  const upper = reach < rootWidth ? reach : rootWidth;
  if (outcome === BELOW_U) {
    if (upper <= floor) return NO_PATH; // T ≤ B* < U ≤ floor
    const widest = widestGoalSearch(g, ws, spur, target, hopBound(g, ws, target, upper).hops, floor, epsilon);
    ws.reset();
    if (!(widest > 0)) return NO_PATH;
    const threshold = widest < rootWidth ? widest : rootWidth;
    if (!goalSearch(g, ws, spur, target, hopBound(g, ws, target, threshold), threshold, epsilon)) return NO_PATH;
    if (ws.hops[target]! <= budget) return FORWARD;
  } else if (upper < floor) {
    return NO_PATH; // T ≤ C ≤ U < floor
  }
  ws.reset();
  const capped = layeredSearch(g, ws, spur, target, budget, 1, epsilon);
  ws.reset();
  if (!(capped > 0)) return NO_PATH;
  const threshold = capped < rootWidth ? capped : rootWidth;
  if (threshold < floor) return NO_PATH;
  const bound = hopBound(g, ws, target, threshold, true);
  return goalSearch(g, ws, spur, target, bound, threshold, epsilon) ? FORWARD : NO_PATH;
}
