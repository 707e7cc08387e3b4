/**
 * Slow, obviously correct references for the independent-cascade kernels (src/core/cascade.ts):
 *
 * - {@link exactCascade}: exact expectations by enumerating every live-arc world (Kempe et al. 2003:
 *   IC ≡ reachability over arcs that are live independently with probability p_uv), on graphs with
 *   at most ~16 coins. Undirected graphs with symmetric probabilities use one coin per tie (a tie is
 *   tried at most once, from whichever end activates first), otherwise one coin per arc.
 * - {@link coinWorlds}: the R live-arc worlds of the library's common random numbers (built from
 *   the exported `cascadeCoin`), for exact comparisons with the Monte Carlo kernels.
 * - {@link naiveGreedy}: plain greedy seed selection over those worlds (every candidate re-scored
 *   every round), the oracle CELF must match.
 *
 * Every world is explored by the same rule as the kernels: a FIFO breadth-first search from the
 * seeds, neighbours in ascending id order; the first active node (in activation order) with a live
 * arc to v is v's parent (the person who referred v).
 */
import type { CsrIndex } from '../../src/core/csr.js';
import { cascadeCoin, COIN_SCALE } from '../../src/core/cascade.js';

/** A graph as plain arrays: out-neighbours (sorted) and the probability of each arc. */
export interface NaiveCascadeGraph {
  n: number;
  directed: boolean;
  /** out[u] = sorted out-neighbours of u. */
  out: number[][];
  /** prob[u][k] = p of the arc u → out[u][k]. */
  prob: number[][];
}

/** The plain-array view of an index with per-slot probabilities. */
export function naiveCascadeGraph(index: CsrIndex, slotProbabilities: ArrayLike<number>): NaiveCascadeGraph {
  const out: number[][] = [];
  const prob: number[][] = [];
  for (let u = 0; u < index.order; u++) {
    out.push([]);
    prob.push([]);
    for (let p = index.offsets[u]!; p < index.offsets[u + 1]!; p++) {
      out[u]!.push(index.neighbors[p]!);
      prob[u]!.push(slotProbabilities[p]!);
    }
  }
  return { n: index.order, directed: index.directed, out, prob };
}

/** A live-arc world: live(u, k) tells whether the arc u → out[u][k] is live. */
export type Live = (u: number, k: number) => boolean;

/** One activation of a cascade: node, parent (−1 for a seed) and the arc index k in out[parent]. */
export interface Activation {
  node: number;
  parent: number;
  k: number;
}

/** The cascade of one world: FIFO BFS from the seeds over live arcs, neighbours in ascending order. */
export function cascadeInWorld(g: NaiveCascadeGraph, seeds: readonly number[], live: Live): Activation[] {
  const active = new Set<number>();
  const order: Activation[] = [];
  for (const s of seeds) {
    if (!active.has(s)) {
      active.add(s);
      order.push({ node: s, parent: -1, k: -1 });
    }
  }
  for (let head = 0; head < order.length; head++) {
    const u = order[head]!.node;
    g.out[u]!.forEach((v, k) => {
      if (!active.has(v) && live(u, k)) {
        active.add(v);
        order.push({ node: v, parent: u, k });
      }
    });
  }
  return order;
}

/**
 * Calls `visit(live, probability)` for every live-arc world (2^coins of them). Coins: one per tie
 * for undirected graphs whose two directions have equal probabilities, else one per arc.
 */
export function forEachWorld(g: NaiveCascadeGraph, visit: (live: Live, probability: number) => void): void {
  // Coin of each arc (u, k).
  const coinOf: number[][] = g.out.map((list) => list.map(() => -1));
  const coinP: number[] = [];
  const symmetric =
    !g.directed &&
    g.out.every((list, u) => list.every((v, k) => g.prob[v]![g.out[v]!.indexOf(u)] === g.prob[u]![k]));
  for (let u = 0; u < g.n; u++) {
    g.out[u]!.forEach((v, k) => {
      if (coinOf[u]![k] !== -1) return;
      const c = coinP.length;
      coinP.push(g.prob[u]![k]!);
      coinOf[u]![k] = c;
      if (symmetric) coinOf[v]![g.out[v]!.indexOf(u)] = c;
    });
  }
  const m = coinP.length;
  if (m > 22) throw new Error(`exact enumeration needs ≤ 22 coins; this graph has ${m}`);
  for (let mask = 0; mask < 2 ** m; mask++) {
    let probability = 1;
    for (let c = 0; c < m; c++) probability *= (mask >> c) & 1 ? coinP[c]! : 1 - coinP[c]!;
    if (probability === 0) continue;
    visit((u, k) => ((mask >> coinOf[u]![k]!) & 1) === 1, probability);
  }
}

/** Exact σ(S), Var(|A|) and each node's activation probability, by enumerating every world. */
export function exactCascade(g: NaiveCascadeGraph, seeds: readonly number[]): { reach: number; variance: number; activation: number[] } {
  let reach = 0;
  let reach2 = 0;
  const activation = new Array<number>(g.n).fill(0);
  forEachWorld(g, (live, probability) => {
    const order = cascadeInWorld(g, seeds, live);
    reach += probability * order.length;
    reach2 += probability * order.length ** 2;
    for (const a of order) activation[a.node]! += probability;
  });
  return { reach, variance: reach2 - reach * reach, activation };
}

/** What a referral from `i` is worth in one world (see src/referral/referral-value.ts). */
export interface ReferralOutcome {
  value: number;
  people: number;
  strongValue: number;
  strongPeople: number;
  pathValue: number;
  pathPeople: number;
  novelValue: number;
  novelPeople: number;
  /** Value and people by the first hop's arc index k in out[i]. */
  tieValue: number[];
  tiePeople: number[];
}

/** The rules of a referral: values, targets, strong arcs, novelty. */
export interface ReferralRules {
  values: readonly number[];
  targets: readonly boolean[];
  /** strong[u][k]: the arc u → out[u][k] is strong. */
  strong: readonly (readonly boolean[])[];
  /** Novelty by community (`community[v]`) or by local bridges (`bridge[u][k]`). */
  community?: readonly number[];
  bridge?: readonly (readonly boolean[])[];
}

/** The referral outcome of person i in one world, following each activation's parent chain. */
export function referralInWorld(g: NaiveCascadeGraph, i: number, live: Live, rules: ReferralRules): ReferralOutcome {
  const order = cascadeInWorld(g, [i], live);
  const byNode = new Map(order.map((a) => [a.node, a]));
  const out: ReferralOutcome = {
    value: 0, people: 0, strongValue: 0, strongPeople: 0, pathValue: 0, pathPeople: 0, novelValue: 0, novelPeople: 0,
    tieValue: g.out[i]!.map(() => 0),
    tiePeople: g.out[i]!.map(() => 0),
  };
  for (const a of order) {
    const j = a.node;
    if (j === i || !rules.targets[j]) continue;
    // Walk the chain back to i.
    const chain: Activation[] = [];
    for (let x = a; x.parent !== -1; x = byNode.get(x.parent)!) chain.push(x);
    const firstHop = chain[chain.length - 1]!;
    const lastStrong = rules.strong[a.parent]![a.k]!;
    const allStrong = chain.every((x) => rules.strong[x.parent]![x.k]!);
    const crossed = rules.bridge ? chain.some((x) => rules.bridge![x.parent]![x.k]!) : false;
    const novel = rules.community ? rules.community[j] !== rules.community[i] : crossed;
    const x = rules.values[j]!;
    out.value += x;
    out.people++;
    if (lastStrong) {
      out.strongValue += x;
      out.strongPeople++;
    }
    if (allStrong) {
      out.pathValue += x;
      out.pathPeople++;
    }
    if (novel) {
      out.novelValue += x;
      out.novelPeople++;
    }
    out.tieValue[firstHop.k]! += x;
    out.tiePeople[firstHop.k]!++;
  }
  return out;
}

/** Exact expectations of {@link referralInWorld} over every world, with Var(value). */
export function exactReferral(g: NaiveCascadeGraph, i: number, rules: ReferralRules): ReferralOutcome & { valueVariance: number } {
  const sum: ReferralOutcome = {
    value: 0, people: 0, strongValue: 0, strongPeople: 0, pathValue: 0, pathPeople: 0, novelValue: 0, novelPeople: 0,
    tieValue: g.out[i]!.map(() => 0),
    tiePeople: g.out[i]!.map(() => 0),
  };
  let value2 = 0;
  forEachWorld(g, (live, probability) => {
    const o = referralInWorld(g, i, live, rules);
    for (const key of ['value', 'people', 'strongValue', 'strongPeople', 'pathValue', 'pathPeople', 'novelValue', 'novelPeople'] as const) {
      sum[key] += probability * o[key];
    }
    o.tieValue.forEach((x, k) => (sum.tieValue[k]! += probability * x));
    o.tiePeople.forEach((x, k) => (sum.tiePeople[k]! += probability * x));
    value2 += probability * o.value ** 2;
  });
  return { ...sum, valueVariance: value2 - sum.value ** 2 };
}

/** The live-arc world of run r under the library's common random numbers (coin < p · 2^32). */
export function coinWorld(g: NaiveCascadeGraph, seedKey: number, run: number): Live {
  return (u, k) => cascadeCoin(seedKey, run, u, g.out[u]![k]!) < g.prob[u]![k]! * COIN_SCALE;
}

/** The worlds of runs 0 … runs − 1. */
export function coinWorlds(g: NaiveCascadeGraph, seedKey: number, runs: number): Live[] {
  return Array.from({ length: runs }, (_, r) => coinWorld(g, seedKey, r));
}

/** Per-run reach sets of S in the given worlds. */
export function reachSets(g: NaiveCascadeGraph, seeds: readonly number[], worlds: readonly Live[]): Set<number>[] {
  return worlds.map((live) => new Set(cascadeInWorld(g, seeds, live).map((a) => a.node)));
}

/**
 * Plain greedy over the worlds: each round scores f(S ∪ {v}) for every candidate from scratch and
 * takes the largest gain f(S ∪ {v}) − f(S) (ties: smallest id). f = Σ_r |reach_r| or Σ_r value.
 */
export function naiveGreedy(
  g: NaiveCascadeGraph,
  worlds: readonly Live[],
  k: number,
  values: readonly number[] | null,
  candidates: readonly number[] = Array.from({ length: g.n }, (_, v) => v),
): { seeds: number[]; gains: number[] } {
  const f = (S: number[]): number =>
    reachSets(g, S, worlds).reduce((acc, set) => acc + (values === null ? set.size : [...set].reduce((a, v) => a + values[v]!, 0)), 0);
  const seeds: number[] = [];
  const gains: number[] = [];
  let current = 0;
  for (let round = 0; round < Math.min(k, candidates.length); round++) {
    let best = -1;
    let bestValue = -Infinity;
    for (const v of [...candidates].sort((a, b) => a - b)) {
      if (seeds.includes(v)) continue;
      const value = f([...seeds, v]);
      if (value > bestValue) {
        best = v;
        bestValue = value;
      }
    }
    seeds.push(best);
    gains.push(bestValue - current);
    current = bestValue;
  }
  return { seeds, gains };
}
