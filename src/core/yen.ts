/**
 * Yen's k shortest simple paths (Yen 1971) over a CSR adjacency with per-slot costs, for two
 * path orders:
 *
 * - {@link YEN_PRODUCT}: minimise the additive cost Σ c_e (warm paths: c_e = −ln p_e, so the
 *   cheapest path has the largest product Π p_e); ties (costs equal to a relative
 *   {@link PATH_EPSILON}) go to fewer hops, then to the node sequence that comes first in id
 *   order, compared position by position.
 * - {@link YEN_BOTTLENECK}: maximise the weakest link min w_e (widest path); ties go to fewer
 *   hops, then the smaller cost Σ c_e (the larger product), then the node sequence.
 *
 * **Goal-directed spur searches.** Removing nodes and arcs (all that a spur search does: the
 * root's nodes are blocked, some first hops banned) can only make the way to the target worse.
 * So one search per call from the target over the whole graph G gives bounds that are
 * admissible and consistent for every spur search, and each spur search runs **forwards** from
 * the spur node as an A* search that stops when the target is settled:
 *
 * - product: h(v) = the cheapest cost v → target in G (one backward Dijkstra per call);
 *   priority (g + h, hops), the cost compared with the tolerance, hops breaking ties.
 * - bottleneck: hw(v) = the widest bottleneck v → target in G (one backward widest-path search
 *   per call). A spur search first tries the threshold U = min(root's weakest link, hw(spur)),
 *   the best bottleneck any spur path could give; only if no spur path reaches U does a widest
 *   A* search (max-heap on min(g, hw)) find the spur's best bottleneck B* and the threshold
 *   become T = min(root's weakest link, B*). The fewest-hops-then-cheapest spur path over arcs of
 *   width ≥ T comes from an A* search ("pass 2") with the lexicographic bound (hops, cost) to
 *   the target in G restricted to those arcs (one breadth-first pass per threshold, cached per
 *   call); priority (hops + bound hops, cost + bound cost, hops).
 *
 * Labels are lexicographic pairs (cost, hops) for the product order and (hops, cost) for the
 * bottleneck order; both grow strictly along every arc (hops + 1), and the heap's last key is
 * the hop count, so every arc u → v that ties for v's best label is settled before v (its
 * priority is at most v's by consistency, and its hop count is smaller). When two labels of v
 * tie, v keeps the predecessor whose path from the spur comes first in node order (the two paths
 * have the same length; they are compared from their first differing node). The prefix kept is
 * thus the smallest in node order among v's best paths, and at the target the spur path is the
 * smallest whole path under the total order above (the root is fixed): the path a label-setting
 * search over the whole graph finds. Goal direction changes which nodes are visited, not which
 * path wins. (One caveat shared with any change of search order: two costs closer than the
 * tolerance that are not equal in exact arithmetic tie, and ties under a tolerance are not
 * transitive; which of such near-equal paths wins is not defined by either order. Costs that
 * only differ by rounding, the case the tolerance is for, tie exactly as before.)
 *
 * The bottleneck order is not isotonic under extension (a wider but longer partial path can lose
 * its lead when a narrow arc caps both), hence the threshold: all spur paths with bottleneck ≥ T
 * give the same whole-path bottleneck, and among them fewest hops, then cost, then node order.
 *
 * **Less searching, same paths.**
 * - Cut-off spurs: a bound computed with nothing blocked cannot see that the root or a banned hop
 *   cuts the spur off from the target, and A* would then settle all the spur still reaches
 *   (often the whole graph). Each spur search therefore runs a reachability check backwards from
 *   the target in step with it and stops when the target's side is exhausted.
 * - Lawler's refinement: a path accepted from the spur search at position d of its parent shares
 *   the parent's first d + 1 nodes and first hops, so the searches at positions < d would repeat
 *   earlier ones (same root, same banned hops); only positions ≥ d are searched.
 * - Acceptance floor (bottleneck order): the searches that the threshold U does not settle (the
 *   widest A* search, the hop-capped search) wait until the cheap ones of the same round are
 *   done. If r = k − accepted paths are still wanted and r candidates exist, a spur path whose
 *   bottleneck is below the r-th best candidate's can never be accepted (each round accepts the
 *   best candidate, and r better ones are there first), so such a search stops as soon as its
 *   best possible bottleneck falls below that floor. Leaving it out of the candidates changes
 *   nothing: it would never be chosen, and duplicates are filtered anyway.
 *
 * A hop cap (`maxHops`) is honoured exactly: a search first runs uncapped, and when its path is
 * too long, a layered Bellman–Ford over hop counts backwards from the target finds the best
 * capped path (for the bottleneck order, its bottleneck C, and then the threshold search at
 * min(root's weakest link, C)). Layer h only keeps nodes within budget − h hops of the spur (a
 * breadth-first search from the spur), the only ones whose label there can reach it in time.
 * When the best path from the source already breaks the cap (bottleneck order), the spur
 * searches skip the uncapped try.
 *
 * Backward searches read the arcs' costs and widths per in-slot ({@link YenGraph.inCost},
 * {@link YenGraph.inWidth}): for an undirected graph whose ties cost the same both ways these
 * are the out-slot arrays themselves, and a full search from the target runs over memory in
 * order.
 *
 * Cost per call: one search over the whole graph from the target, O(m + n log n); for the
 * bottleneck order one O(n + m) breadth-first pass per threshold used; then the spur searches,
 * which settle little more than the path found when the spur's best way to the target is open,
 * about the smaller side of the cut when it is cut off, and O(m + n log n) at worst each.
 * The hop-capped search is O(budget · m) at worst. Buffers are allocated once per call; a search
 * resets only the nodes it touched.
 *
 * Layout: this file holds the main loop ({@link yenPaths}); the parts live in core/yen/:
 * `graph.ts` (the graph and its arc lookups), `objectives.ts` (the two path orders),
 * `workspace.ts` (search buffers), `label-heap.ts` (the spur searches' lexicographic heap),
 * `heuristics.ts` (the A* bounds from the target), `goal-search.ts` (the A* spur searches),
 * `layered-search.ts` (the hop-capped search), `spur.ts` (one spur search, start to finish) and
 * `acceptance-floor.ts` (which candidates can still be accepted).
 *
 * References
 * [1] Yen, J. Y. (1971). Finding the k shortest loopless paths in a network. Management Science 17(11):712–716.
 * [2] Lawler, E. L. (1972). A procedure for computing the K best solutions to discrete optimization problems and its application to the shortest path problem. Management Science 18(7):401–405.
 * [3] Hart, P. E., Nilsson, N. J., Raphael, B. (1968). A formal basis for the heuristic determination of minimum cost paths. IEEE Transactions on Systems Science and Cybernetics 4(2):100–107.
 *
 * @internal
 * @module
 */
import { PATH_EPSILON } from './dijkstra.js';
import type { YenGraph } from './yen/graph.js';
import { costToTarget, widthToTarget } from './yen/heuristics.js';
import { comparePaths, finishPath, YEN_PRODUCT, type YenPath } from './yen/objectives.js';
import { AcceptanceFloor } from './yen/acceptance-floor.js';
import { appendSpur, BACKWARD, BELOW_U, FORWARD, NO_PATH, spurFallback, spurSearch, TOO_LONG } from './yen/spur.js';
import { Workspace } from './yen/workspace.js';

export { inSlotToOutSlot, inSlotValues, type YenGraph } from './yen/graph.js';
export { comparePaths, YEN_BOTTLENECK, YEN_PRODUCT, type YenPath } from './yen/objectives.js';

/**
 * @internal
 * The `k` best simple paths from `source` to `target` under the order of `objective`
 * ({@link YEN_PRODUCT} or {@link YEN_BOTTLENECK}; see the module comment), with at most
 * `maxHops` hops (`Infinity` for no cap), best first. `source === target` gives the zero-hop
 * path. Fewer than `k` paths when fewer exist.
 *
 * Cost: one search over the whole graph from the target, then goal-directed spur searches (see
 * the module comment); worst case O(k·L·(m + n log n)) for paths of up to L hops, plus
 * O(budget · m) per spur search whose best path breaks a binding `maxHops`.
 *
 * @param g The graph with per-slot costs and widths.
 * @param source The source id.
 * @param target The target id.
 * @param k The number of paths wanted (≥ 1).
 * @param maxHops The hop cap (≥ 1, or `Infinity`).
 * @param objective The path order.
 * @param epsilon The relative tolerance under which two costs tie ({@link PATH_EPSILON}).
 */
export function yenPaths(
  g: YenGraph,
  source: number,
  target: number,
  k: number,
  maxHops: number,
  objective: number,
  epsilon = PATH_EPSILON,
): YenPath[] {
  if (source === target) return [{ nodes: [source], slots: [], cost: 0, hops: 0, bottleneck: Infinity }];
  const n = g.order;
  const ws = new Workspace(n);
  if (objective === YEN_PRODUCT) ws.toTarget = costToTarget(g, ws, target);
  else ws.widthToTarget = widthToTarget(g, ws, target);
  const onPath = new Uint8Array(n);
  const budgetOf = (rootHops: number) => (maxHops === Infinity ? n : Math.min(n, maxHops - rootHops));

  ws.stamp = 1;
  let first = spurSearch(g, ws, source, target, objective, Infinity, budgetOf(0), epsilon);
  if (first === BELOW_U || first === TOO_LONG) {
    // Spur paths are worse than the best path: when it is too long, so will they mostly be.
    if (first === TOO_LONG) ws.cappedFirst = true;
    ws.reset();
    first = spurFallback(g, ws, source, target, first, Infinity, budgetOf(0), 0, epsilon);
  }
  if (first === NO_PATH) return [];
  const firstNodes = [source];
  const firstSlots: number[] = [];
  onPath[source] = 1;
  appendSpur(ws, first, source, target, firstNodes, firstSlots, onPath);
  for (const v of firstNodes) onPath[v] = 0;
  ws.reset();
  const accepted: YenPath[] = [finishPath(g, firstNodes, firstSlots)];
  /** Position of the spur node each accepted path / candidate was found at (Lawler). */
  const acceptedSpur: number[] = [0];
  const candidates: YenPath[] = [];
  const candidateSpur: number[] = [];
  const seen = new Set<string>([firstNodes.join(',')]);

  const rootWidths: number[] = [];
  const deferred: number[] = [];
  const deferredOutcome: number[] = [];
  // Blocks the root of `prev` before position i and bans the first hops of the accepted paths
  // that share it.
  const prepare = (prev: YenPath, i: number): void => {
    const stamp = ++ws.stamp;
    for (let j = 0; j < i; j++) ws.blocked[prev.nodes[j]!] = stamp;
    for (const p of accepted) {
      if (p.hops <= i) continue;
      let same = true;
      for (let j = 0; j <= i && same; j++) same = p.nodes[j] === prev.nodes[j];
      if (same) ws.banned[p.nodes[i + 1]!] = stamp;
    }
  };
  const floor = new AcceptanceFloor();
  // Adds the spur path found (if new) to the candidates; resets the workspace.
  const collect = (prev: YenPath, i: number, outcome: number): void => {
    if (outcome === FORWARD || outcome === BACKWARD) {
      const spur = prev.nodes[i]!;
      const nodes = prev.nodes.slice(0, i + 1);
      const slots = prev.slots.slice(0, i);
      for (const v of nodes) onPath[v] = 1;
      const simple = appendSpur(ws, outcome, spur, target, nodes, slots, onPath);
      for (const v of nodes) if (v >= 0) onPath[v] = 0;
      if (simple) {
        const key = nodes.join(',');
        if (!seen.has(key)) {
          seen.add(key);
          const path = finishPath(g, nodes, slots);
          candidates.push(path);
          candidateSpur.push(i);
          floor.add(path.bottleneck);
        }
      }
    }
    ws.reset();
  };

  while (accepted.length < k) {
    const prev = accepted[accepted.length - 1]!;
    const from = acceptedSpur[acceptedSpur.length - 1]!;
    let rootWidth = Infinity;
    deferred.length = 0;
    deferredOutcome.length = 0;
    for (let i = 0; i < prev.hops; i++) {
      if (i > 0) {
        const w = g.width[prev.slots[i - 1]!]!;
        if (w < rootWidth) rootWidth = w;
      }
      rootWidths[i] = rootWidth;
      if (i >= maxHops) break;
      // Lawler: below its own spur position, prev has its parent's root and first hop, so the
      // search there has the same root and banned hops as one already made.
      if (i < from) continue;
      prepare(prev, i);
      const outcome = spurSearch(g, ws, prev.nodes[i]!, target, objective, rootWidth, budgetOf(i), epsilon);
      if (outcome === BELOW_U || outcome === TOO_LONG) {
        deferred.push(i);
        deferredOutcome.push(outcome);
      }
      collect(prev, i, outcome);
    }
    // The expensive bottleneck searches last, when the candidates found so far give a floor.
    if (deferred.length > 0) floor.reset(candidates, k - accepted.length);
    for (let d = 0; d < deferred.length; d++) {
      const i = deferred[d]!;
      prepare(prev, i);
      const outcome = spurFallback(g, ws, prev.nodes[i]!, target, deferredOutcome[d]!, rootWidths[i]!, budgetOf(i), floor.value, epsilon);
      collect(prev, i, outcome);
    }
    if (candidates.length === 0) break;
    let best = 0;
    for (let c = 1; c < candidates.length; c++) {
      if (comparePaths(candidates[c]!, candidates[best]!, objective, epsilon) < 0) best = c;
    }
    accepted.push(candidates[best]!);
    acceptedSpur.push(candidateSpur[best]!);
    candidates[best] = candidates[candidates.length - 1]!;
    candidates.pop();
    candidateSpur[best] = candidateSpur[candidateSpur.length - 1]!;
    candidateSpur.pop();
  }
  return accepted;
}
