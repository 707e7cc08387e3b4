/**
 * Naive oracles of the group measures and the tie-overlap kernel: slow, obviously correct code
 * over graph descriptions (test/arbitraries.ts), for property tests only.
 *
 * - E-I counts: every tie of the merged adjacency, counted at each level by definition.
 * - Modularity: the double sum (1/2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j) (undirected) or
 *   (1/m) Σ_ij [A_ij − γ k_i^out k_j^in / m] δ(c_i, c_j) (directed) over all ordered pairs.
 * - Common neighbours: set intersection on the undirected projection (i–j tied when i→j or j→i,
 *   or only when both with `mutual`), strength a_ij + a_ji.
 */
import { naiveAdjacency, type AdjacencyInput } from './adjacency.naive.js';

/** E and I at each level. */
export interface NaiveEi {
  network: { external: number; internal: number };
  groups: Map<string, { external: number; internal: number }>;
  nodes: Map<string, { external: number; internal: number }>;
}

/** E-I counts (or strength sums) of a description with groups `group(node)`. */
export function naiveEiCounts(desc: AdjacencyInput, group: (node: string) => string, weighted: boolean): NaiveEi {
  const adjacency = naiveAdjacency(desc);
  const network = { external: 0, internal: 0 };
  const groups = new Map<string, { external: number; internal: number }>();
  const nodes = new Map<string, { external: number; internal: number }>();
  for (const v of desc.nodes) {
    nodes.set(v, { external: 0, internal: 0 });
    groups.set(group(v), { external: 0, internal: 0 });
  }
  const position = new Map(desc.nodes.map((v, i) => [v, i]));
  for (const [u, targets] of adjacency.out) {
    for (const [v, strength] of targets) {
      if (!desc.directed && position.get(u)! > position.get(v)!) continue; // each undirected tie once
      const w = weighted ? strength : 1;
      const same = group(u) === group(v);
      const key = same ? 'internal' : 'external';
      network[key] += w;
      nodes.get(u)![key] += w;
      nodes.get(v)![key] += w;
      groups.get(group(u))![key] += w;
      if (!same) groups.get(group(v))!.external += w;
    }
  }
  return { network, groups, nodes };
}

/** Modularity by the double sum over ordered pairs; `NaN` without ties. */
export function naiveModularity(desc: AdjacencyInput, group: (node: string) => string, resolution: number, weighted: boolean): number {
  const { out, in: inn } = naiveAdjacency(desc);
  const a = (u: string, v: string): number => {
    const s = out.get(u)!.get(v);
    return s === undefined ? 0 : weighted ? s : 1;
  };
  const outStrength = new Map<string, number>();
  const inStrength = new Map<string, number>();
  for (const v of desc.nodes) {
    let so = 0;
    let si = 0;
    for (const u of out.get(v)!.keys()) so += a(v, u);
    for (const u of inn.get(v)!.keys()) si += a(u, v);
    outStrength.set(v, so);
    inStrength.set(v, si);
  }
  let total = 0;
  for (const v of desc.nodes) total += outStrength.get(v)!;
  // Undirected: total = Σ_i k_i = 2m. Directed: total = m.
  if (total === 0) return Number.NaN;
  let q = 0;
  for (const i of desc.nodes) {
    for (const j of desc.nodes) {
      if (group(i) !== group(j)) continue;
      q += a(i, j) - (resolution * outStrength.get(i)! * inStrength.get(j)!) / total;
    }
  }
  return q / total;
}

/** One tie of the undirected projection with its common neighbours. */
export interface NaiveTie {
  source: string;
  target: string;
  strength: number;
  common: number;
  overlap: number;
}

/** Every tie of the undirected projection (source earlier in node order), sorted by (source, target) position. */
export function naiveTies(desc: AdjacencyInput, mutual = false): NaiveTie[] {
  const { out } = naiveAdjacency(desc);
  const position = new Map(desc.nodes.map((v, i) => [v, i]));
  const neighbours = new Map<string, Set<string>>(desc.nodes.map((v) => [v, new Set<string>()]));
  const strength = new Map<string, number>();
  const key = (u: string, v: string) => (position.get(u)! < position.get(v)! ? `${position.get(u)}|${position.get(v)}` : `${position.get(v)}|${position.get(u)}`);
  for (const u of desc.nodes) {
    for (const v of desc.nodes) {
      if (position.get(u)! >= position.get(v)!) continue;
      const uv = out.get(u)!.get(v);
      const vu = out.get(v)!.get(u);
      const tied = desc.directed ? (mutual ? uv !== undefined && vu !== undefined : uv !== undefined || vu !== undefined) : uv !== undefined;
      if (!tied) continue;
      neighbours.get(u)!.add(v);
      neighbours.get(v)!.add(u);
      strength.set(key(u, v), desc.directed ? (uv ?? 0) + (vu ?? 0) : uv!);
    }
  }
  const ties: NaiveTie[] = [];
  for (const u of desc.nodes) {
    for (const v of desc.nodes) {
      if (position.get(u)! >= position.get(v)! || !neighbours.get(u)!.has(v)) continue;
      let common = 0;
      for (const w of neighbours.get(u)!) if (neighbours.get(v)!.has(w)) common++;
      const denominator = neighbours.get(u)!.size - 1 + (neighbours.get(v)!.size - 1) - common;
      ties.push({ source: u, target: v, strength: strength.get(key(u, v))!, common, overlap: denominator === 0 ? Number.NaN : common / denominator });
    }
  }
  return ties;
}
