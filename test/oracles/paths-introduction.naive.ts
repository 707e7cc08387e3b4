/**
 * Naive oracle of the k best simple paths (src/core/yen.ts, introductionPaths): enumerate every
 * simple path from s to t by depth-first search, score it, sort by the documented total order and
 * keep the first k. Exponential: only for the small graphs of property tests.
 *
 * Order (the kernel's, written out again here):
 * - product: Σ −ln p_e ascending (costs within a relative 1e-10 tie), then hops, then the node
 *   sequence in id order (position by position);
 * - bottleneck: min p_e descending (exact), then hops, then Σ −ln p_e ascending (tolerant), then
 *   the node sequence.
 * The cost of a path is summed from its first tie to its last, as the kernel does.
 */

/** One arc of the oracle's input: ids, and the cost / width of the arc (cost ∞ or width 0 = unusable). */
export interface NaiveArc {
  from: number;
  to: number;
  cost: number;
  width: number;
}

/** A path found by the oracle. */
export interface NaivePath {
  nodes: number[];
  cost: number;
  hops: number;
  bottleneck: number;
}

const EPSILON = 1e-10;

function tied(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) < EPSILON * (a + b);
}

/** Total order of paths; negative when `a` comes first. */
export function naiveCompare(a: NaivePath, b: NaivePath, objective: 'product' | 'bottleneck'): number {
  if (objective === 'bottleneck') {
    if (a.bottleneck !== b.bottleneck) return a.bottleneck > b.bottleneck ? -1 : 1;
    if (a.hops !== b.hops) return a.hops - b.hops;
    if (!tied(a.cost, b.cost)) return a.cost < b.cost ? -1 : 1;
  } else {
    if (!tied(a.cost, b.cost)) return a.cost < b.cost ? -1 : 1;
    if (a.hops !== b.hops) return a.hops - b.hops;
  }
  for (let i = 0; i < Math.min(a.nodes.length, b.nodes.length); i++) {
    if (a.nodes[i] !== b.nodes[i]) return a.nodes[i]! - b.nodes[i]!;
  }
  return a.nodes.length - b.nodes.length;
}

/**
 * Every simple path from `s` to `t` with at most `maxHops` hops over usable arcs (one arc per
 * ordered pair: the input must already be merged), sorted by the order of `objective`, first `k`.
 */
export function naiveKPaths(
  n: number,
  arcs: readonly NaiveArc[],
  s: number,
  t: number,
  k: number,
  maxHops: number,
  objective: 'product' | 'bottleneck',
): NaivePath[] {
  if (s === t) return [{ nodes: [s], cost: 0, hops: 0, bottleneck: Infinity }];
  const out: NaiveArc[][] = Array.from({ length: n }, () => []);
  for (const arc of arcs) if (arc.cost !== Infinity && arc.width > 0) out[arc.from]!.push(arc);
  const all: NaivePath[] = [];
  const stack: number[] = [s];
  const used: NaiveArc[] = [];
  const onPath = new Set<number>([s]);
  const visit = (v: number): void => {
    if (v === t) {
      let cost = 0;
      let bottleneck = Infinity;
      for (const arc of used) {
        cost += arc.cost;
        bottleneck = Math.min(bottleneck, arc.width);
      }
      all.push({ nodes: stack.slice(), cost, hops: used.length, bottleneck });
      return;
    }
    if (used.length >= maxHops) return;
    for (const arc of out[v]!) {
      if (onPath.has(arc.to)) continue;
      onPath.add(arc.to);
      stack.push(arc.to);
      used.push(arc);
      visit(arc.to);
      used.pop();
      stack.pop();
      onPath.delete(arc.to);
    }
  };
  visit(s);
  all.sort((a, b) => naiveCompare(a, b, objective));
  return all.slice(0, k);
}
