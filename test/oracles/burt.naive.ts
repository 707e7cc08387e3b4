/**
 * Naive oracle of Burt's structural-hole measures and ego betweenness (src/core/ego.ts), written
 * straight from the formulas of METRICS.md §3.6 and §3.7 on plain maps, the slow and obviously
 * correct way: every proportional or marginal strength is recomputed from scratch each time it
 * is needed. O(n⁴) and worse: only for the small graphs of property tests.
 *
 * Conventions (METRICS.md §1.3): self-loops ignored; parallel edges merged (strengths summed;
 * unweighted: one tie of strength 1); N(i) = in ∪ out; mutual strength w_ij = a_ij + a_ji.
 */

/** The part of a graph description the oracle reads (see `test/arbitraries.ts`). */
export interface BurtInput {
  directed: boolean;
  nodes: readonly string[];
  edges: readonly (readonly [source: string, target: string, weight: number])[];
}

/** One node's Burt measures; `NaN` for an isolate. */
export interface NaiveBurt {
  constraint: number;
  dyadic: Map<string, number>;
  redundancy: number;
  effectiveSize: number;
  efficiency: number;
  hierarchy: number;
}

/** a(u, v): merged strength of the tie from u to v (undirected: either orientation), 0 if none. */
function tieStrength(input: BurtInput, weighted: boolean, u: string, v: string): number {
  if (u === v) return 0;
  let sum = 0;
  let any = false;
  for (const [s, t, w] of input.edges) {
    if ((s === u && t === v) || (!input.directed && s === v && t === u)) {
      sum += w;
      any = true;
    }
  }
  return weighted ? sum : any ? 1 : 0;
}

/** The mutual-strength function w(u, v) = a_uv + a_vu of a graph. */
export function mutualStrengths(input: BurtInput, weighted: boolean): (u: string, v: string) => number {
  const cache = new Map<string, number>();
  return (u, v) => {
    const key = JSON.stringify([u, v]);
    let w = cache.get(key);
    if (w === undefined) {
      w = tieStrength(input, weighted, u, v) + tieStrength(input, weighted, v, u);
      cache.set(key, w);
    }
    return w;
  };
}

/** Burt's measures of every node, by the formulas. */
export function naiveBurt(input: BurtInput, weighted: boolean, model: 'whole' | 'ego'): Map<string, NaiveBurt> {
  const w = mutualStrengths(input, weighted);
  const nodes = input.nodes;
  const contactsOf = (i: string) => nodes.filter((j) => j !== i && w(i, j) > 0);
  const out = new Map<string, NaiveBurt>();
  for (const i of nodes) {
    const N = contactsOf(i);
    const k = N.length;
    if (k === 0) {
      out.set(i, {
        constraint: NaN,
        dyadic: new Map(),
        redundancy: NaN,
        effectiveSize: NaN,
        efficiency: NaN,
        hierarchy: NaN,
      });
      continue;
    }
    // The set over which an alter's sums and maxima run: all its contacts, or E_i \ {alter}.
    const E = new Set([i, ...N]);
    const scope = (x: string) => (model === 'whole' ? contactsOf(x) : [...E].filter((y) => y !== x && w(x, y) > 0));
    const p = (x: string, y: string) => {
      const list = x === i ? N : scope(x);
      return w(x, y) / list.reduce((acc, z) => acc + w(x, z), 0);
    };
    const m = (x: string, y: string) => {
      const list = x === i ? N : scope(x);
      return w(x, y) / Math.max(...list.map((z) => w(x, z)));
    };
    const dyadic = new Map<string, number>();
    let redundancy = 0;
    for (const j of N) {
      let indirect = 0;
      let red = 0;
      for (const q of N) {
        if (q === j) continue;
        indirect += p(i, q) * p(q, j);
        red += p(i, q) * m(j, q);
      }
      dyadic.set(j, (p(i, j) + indirect) ** 2);
      redundancy += red;
    }
    const constraint = [...dyadic.values()].reduce((a, b) => a + b, 0);
    let hierarchy = 1;
    if (k > 1) {
      let s = 0;
      for (const c of dyadic.values()) {
        const r = c / (constraint / k);
        s += r * Math.log(r);
      }
      hierarchy = s / (k * Math.log(k));
    }
    out.set(i, {
      constraint,
      dyadic,
      redundancy,
      effectiveSize: k - redundancy,
      efficiency: (k - redundancy) / k,
      hierarchy,
    });
  }
  return out;
}

/**
 * Ego betweenness: i's betweenness (hops, unnormalised) in the subgraph induced by {i} ∪ N(i),
 * from all-pairs breadth-first searches with path counts. Undirected pairs counted once.
 */
export function naiveEgoBetweenness(input: BurtInput): Map<string, number> {
  const arc = (u: string, v: string) => tieStrength(input, false, u, v) > 0;
  const out = new Map<string, number>();
  for (const i of input.nodes) {
    const members = [i, ...input.nodes.filter((j) => j !== i && (arc(i, j) || arc(j, i)))];
    const search = (s: string) => {
      const dist = new Map<string, number>([[s, 0]]);
      const sigma = new Map<string, number>([[s, 1]]);
      let frontier = [s];
      for (let d = 1; frontier.length > 0; d++) {
        const next: string[] = [];
        for (const v of frontier) {
          for (const x of members) {
            if (!arc(v, x)) continue;
            if (!dist.has(x)) {
              dist.set(x, d);
              sigma.set(x, 0);
              next.push(x);
            }
            if (dist.get(x) === d) sigma.set(x, sigma.get(x)! + sigma.get(v)!);
          }
        }
        frontier = next;
      }
      return { dist, sigma };
    };
    const fromEgo = search(i);
    let total = 0;
    for (const s of members) {
      if (s === i) continue;
      const fromS = search(s);
      if (!fromS.dist.has(i)) continue;
      for (const t of members) {
        if (t === i || t === s || !fromEgo.dist.has(t) || !fromS.dist.has(t)) continue;
        if (fromS.dist.get(i)! + fromEgo.dist.get(t)! === fromS.dist.get(t)) {
          total += (fromS.sigma.get(i)! * fromEgo.sigma.get(t)!) / fromS.sigma.get(t)!;
        }
      }
    }
    out.set(i, input.directed ? total : total / 2);
  }
  return out;
}
