/**
 * Naive oracles of strong triadic closure: forbidden triads by scanning every node and pair of
 * its strong neighbours, the Granovetter–Freeman threshold by trying every observed strength, and
 * the exact two-class Jenks split by trying every split point. Small graphs only.
 */
import type { AdjacencyInput } from './adjacency.naive.js';
import { naiveTies, type NaiveTie } from './groups.naive.js';

/** Forbidden triads [A, B, C] (B before C in node order) when ties with strength ≥ threshold are strong. */
export function naiveForbiddenTriads(desc: AdjacencyInput, isStrong: (tie: NaiveTie) => boolean, mutual = false): [string, string, string][] {
  const ties = naiveTies(desc, mutual);
  const position = new Map(desc.nodes.map((v, i) => [v, i]));
  const tied = new Set(ties.map((t) => `${t.source}\u0000${t.target}`));
  const adjacent = (b: string, c: string) => tied.has(`${b}\u0000${c}`) || tied.has(`${c}\u0000${b}`);
  const strong = new Map<string, string[]>(desc.nodes.map((v) => [v, []]));
  for (const t of ties) {
    if (!isStrong(t)) continue;
    strong.get(t.source)!.push(t.target);
    strong.get(t.target)!.push(t.source);
  }
  const out: [string, string, string][] = [];
  for (const a of desc.nodes) {
    const nb = strong.get(a)!.slice().sort((x, y) => position.get(x)! - position.get(y)!);
    for (let i = 0; i < nb.length; i++) {
      for (let j = i + 1; j < nb.length; j++) if (!adjacent(nb[i]!, nb[j]!)) out.push([a, nb[i]!, nb[j]!]);
    }
  }
  return out;
}

/** The Granovetter–Freeman threshold: lowest observed ℓ with V(ℓ) ≤ max(budget, V(s_max)). */
export function naiveGranovetterFreeman(desc: AdjacencyInput, budget: number, mutual = false): { threshold: number; violations: number } {
  const ties = naiveTies(desc, mutual);
  if (ties.length === 0) return { threshold: Number.NaN, violations: 0 };
  const levels = [...new Set(ties.map((t) => t.strength))].sort((a, b) => a - b);
  const v = levels.map((l) => naiveForbiddenTriads(desc, (t) => t.strength >= l, mutual).length);
  const target = Math.max(budget, v[v.length - 1]!);
  const j = v.findIndex((x) => x <= target);
  return { threshold: levels[j]!, violations: v[j]! };
}

/** The exact two-class Jenks threshold: the lowest split (between distinct values) of least within-class SSE. */
export function naiveJenks(values: readonly number[]): number {
  const x = values.slice().sort((a, b) => a - b);
  if (x.length === 0) return Number.NaN;
  const sse = (part: number[]) => {
    const mean = part.reduce((s, v) => s + v, 0) / part.length;
    return part.reduce((s, v) => s + (v - mean) ** 2, 0);
  };
  let best = -1;
  let bestSse = Infinity;
  for (let k = 1; k < x.length; k++) {
    if (x[k - 1] === x[k]) continue;
    const s = sse(x.slice(0, k)) + sse(x.slice(k));
    if (s < bestSse * (1 - 1e-12)) {
      bestSse = s;
      best = k;
    }
  }
  return best < 0 ? x[0]! : x[best]!;
}
