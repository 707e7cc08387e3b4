/**
 * Ego-network kernels: contact lists N(i) = in ∪ out with mutual strengths, and the shared
 * passes behind Burt's structural-hole measures (constraint, dyadic constraint, effective size,
 * redundancy, efficiency, hierarchy) and Everett & Borgatti's ego betweenness.
 *
 * Notation (docs/metrics.md), with w_ij = a_ij + a_ji the mutual strength of contacts i and j:
 *
 *   p_ij = w_ij / S_i,   S_i = Σ_{k ∈ N(i)} w_ik          proportional strength
 *   m_jq = w_jq / M_j,   M_j = max_{k ∈ N(j)} w_jk        marginal strength
 *
 * Model `'ego'` replaces S_q and M_j of an alter by sums and maxima over E_i = {i} ∪ N(i) only:
 * S_q⁽ⁱ⁾ = w_qi + Σ_{k ∈ N(i) ∩ N(q)} w_qk and M_j⁽ⁱ⁾ = max(w_ji, max_{k ∈ N(i) ∩ N(j)} w_jk).
 *
 * Kernels read typed arrays only (never keys or graphology), allocate their buffers once per
 * call, and sweep one ego at a time with a dense marker array (size n) telling which nodes are
 * the ego's contacts, reset after each ego. Every indirect and redundancy term of Burt's
 * measures lives on a triangle i–q–j, so the Burt sweep only scans each contact q's *forward*
 * contacts (ties oriented from lower to higher degree): O(Σ_q deg(q)·d⁺(q)) time, about
 * 2·10⁷ steps on the 10⁶-tie benchmark graph against Σ deg² ≈ 10⁸ for scanning whole lists.
 *
 * Everything here is internal (tagged one by one) except the {@link BurtModel} type, which the
 * public Burt functions re-export.
 *
 * @module
 */
import type { CsrIndex } from './csr.js';
import { mergeNeighbors } from './merge-neighbors.js';

/** UCINET's two models of Burt's measures: normalise alters over the whole network or over the ego network. */
export type BurtModel = 'whole' | 'ego';

/** @internal The accepted values of the `model` option. */
export const BURT_MODELS: readonly BurtModel[] = Object.freeze(['whole', 'ego'] as BurtModel[]);

/**
 * @internal
 * Contact lists N(i) = in ∪ out (self excluded), sorted by id, with the mutual strength of each
 * contact. For a directed graph w_ij = a_ij + a_ji. For an undirected graph the index's own
 * arrays are reused and w_ij = a_ij, which is (a_ij + a_ji)/2: every Burt quantity is a ratio of
 * mutual strengths, so the constant factor cancels.
 */
export interface EgoContacts {
  /** Number of nodes. */
  order: number;
  /** Contact-list offsets, length `order + 1`. */
  offsets: Uint32Array;
  /** Contact ids, sorted within each node's range. */
  neighbors: Uint32Array;
  /** Mutual strength of each contact slot (symmetric: the slot j in i's list and i in j's list hold the same value). */
  strengths: Float64Array;
  /** S_i: total mutual strength of each node (compensated sum; 0 for isolates). */
  totals: Float64Array;
  /** M_i: largest mutual strength of each node (0 for isolates). */
  maxima: Float64Array;
  /** Largest number of contacts of any node. */
  maxDegree: number;
}

/** @internal Builds the {@link EgoContacts} of an index: O(n + m). */
export function egoContacts(index: CsrIndex): EgoContacts {
  const n = index.order;
  // Directed: a pair present both ways becomes one contact whose strength is the sum of the two arcs.
  const { offsets, neighbors, strengths } = index.directed ? mergeNeighbors(index, false) : index;
  const totals = new Float64Array(n);
  const maxima = new Float64Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    if (end - start > maxDegree) maxDegree = end - start;
    let sum = 0;
    let comp = 0;
    let max = 0;
    for (let s = start; s < end; s++) {
      const w = strengths[s]!;
      const t = sum + w;
      comp += sum >= w ? sum - t + w : w - t + sum;
      sum = t;
      if (w > max) max = w;
    }
    totals[v] = sum + comp;
    maxima[v] = max;
  }
  return { order: n, offsets, neighbors, strengths, totals, maxima, maxDegree };
}

/** @internal Output flag of {@link burtKernel}: aggregate constraint C_i. */
export const BURT_CONSTRAINT = 1;
/** @internal Output flag of {@link burtKernel}: redundancy RD_i. */
export const BURT_REDUNDANCY = 2;
/** @internal Output flag of {@link burtKernel}: effective size ES_i = k_i − RD_i. */
export const BURT_EFFECTIVE_SIZE = 4;
/** @internal Output flag of {@link burtKernel}: efficiency EF_i = ES_i / k_i. */
export const BURT_EFFICIENCY = 8;
/** @internal Output flag of {@link burtKernel}: hierarchy H_i. */
export const BURT_HIERARCHY = 16;

/** @internal Per-node outputs of {@link burtKernel}; an array is `null` unless its flag was requested. Isolates get `NaN` in each. */
export interface BurtValues {
  /** C_i = Σ_j c_ij. */
  constraint: Float64Array | null;
  /** RD_i = Σ_j Σ_{q ≠ j} p_iq m_jq. */
  redundancy: Float64Array | null;
  /** ES_i = k_i − RD_i. */
  effectiveSize: Float64Array | null;
  /** EF_i = ES_i / k_i. */
  efficiency: Float64Array | null;
  /** H_i = Σ_j r_ij ln r_ij / (k ln k), r_ij = k c_ij / C_i; 1 when k = 1. */
  hierarchy: Float64Array | null;
}

/**
 * @internal
 * Burt's measures of every node in one pass; `outputs` is a bitwise OR of the `BURT_*` flags.
 * Isolates get `NaN`. Each ego is swept by {@link burtEgo}; O(Σ_q deg(q)·d⁺(q)) time (d⁺ the
 * number of forward contacts, see {@link forwardContacts}), O(n + m) memory.
 */
export function burtKernel(c: EgoContacts, model: BurtModel, outputs: number): BurtValues {
  const n = c.order;
  const pick = (flag: number) => ((outputs & flag) !== 0 ? new Float64Array(n) : null);
  const constraint = pick(BURT_CONSTRAINT);
  const redundancy = pick(BURT_REDUNDANCY);
  const effectiveSize = pick(BURT_EFFECTIVE_SIZE);
  const efficiency = pick(BURT_EFFICIENCY);
  const hierarchy = pick(BURT_HIERARCHY);
  const wantRedundancy = (outputs & (BURT_REDUNDANCY | BURT_EFFECTIVE_SIZE | BURT_EFFICIENCY)) !== 0;
  const wantDyadic = constraint !== null || hierarchy !== null;
  const s = burtScratch(c, model);
  const dyadic = s.dyadic;
  const { offsets } = c;
  for (let i = 0; i < n; i++) {
    const k = offsets[i + 1]! - offsets[i]!;
    if (k === 0) {
      if (constraint) constraint[i] = Number.NaN;
      if (redundancy) redundancy[i] = Number.NaN;
      if (effectiveSize) effectiveSize[i] = Number.NaN;
      if (efficiency) efficiency[i] = Number.NaN;
      if (hierarchy) hierarchy[i] = Number.NaN;
      continue;
    }
    const red = burtEgo(c, i, s);
    if (wantRedundancy) {
      if (redundancy) redundancy[i] = red;
      if (effectiveSize) effectiveSize[i] = k - red;
      if (efficiency) efficiency[i] = (k - red) / k;
    }
    if (!wantDyadic) continue;
    let sum = 0;
    let comp = 0;
    for (let a = 0; a < k; a++) {
      const x = dyadic[a]!;
      const y = sum + x;
      comp += sum >= x ? sum - y + x : x - y + sum;
      sum = y;
    }
    const total = sum + comp;
    if (constraint) constraint[i] = total;
    if (hierarchy) hierarchy[i] = k === 1 ? 1 : hierarchyOf(dyadic, k, total);
  }
  return { constraint, redundancy, effectiveSize, efficiency, hierarchy };
}

/**
 * Contacts oriented along the degree order: v is a forward contact of u when deg(u) < deg(v), or
 * deg(u) = deg(v) and u < v. Every tie is forward from exactly one end, and a node has at most
 * √(2m) forward contacts, so hubs have short forward lists. Each forward contact is a 16-byte
 * record in one buffer, id in `targets[4p]` and strength in `strengths[2p + 1]`, so a hit reads
 * its strength from the cache line that held its id.
 */
interface ForwardContacts {
  offsets: Uint32Array;
  /** Uint32 view of the records: the id of record p is `targets[4p]`. */
  targets: Uint32Array;
  /** Float64 view of the records: the strength of record p is `strengths[2p + 1]`. */
  strengths: Float64Array;
}

function forwardContacts(c: EgoContacts): ForwardContacts {
  const { order: n, offsets: co, neighbors, strengths: cs } = c;
  const offsets = new Uint32Array(n + 1);
  for (let u = 0; u < n; u++) {
    const du = co[u + 1]! - co[u]!;
    let f = 0;
    for (let s = co[u]!, end = co[u + 1]!; s < end; s++) {
      const v = neighbors[s]!;
      const dv = co[v + 1]! - co[v]!;
      if (du < dv || (du === dv && u < v)) f++;
    }
    offsets[u + 1] = offsets[u]! + f;
  }
  const buffer = new ArrayBuffer(16 * offsets[n]!);
  const targets = new Uint32Array(buffer);
  const strengths = new Float64Array(buffer);
  for (let u = 0; u < n; u++) {
    const du = co[u + 1]! - co[u]!;
    let p = offsets[u]!;
    for (let s = co[u]!, end = co[u + 1]!; s < end; s++) {
      const v = neighbors[s]!;
      const dv = co[v + 1]! - co[v]!;
      if (du < dv || (du === dv && u < v)) {
        targets[4 * p] = v;
        strengths[2 * p + 1] = cs[s]!;
        p++;
      }
    }
  }
  return { offsets, targets, strengths };
}

/** Buffers of the Burt sweeps, allocated once per call (per-contact arrays of length max degree). */
interface BurtScratch {
  contacts: EgoContacts;
  forward: ForwardContacts;
  whole: boolean;
  /** Whole-network normalisers of every node, side by side: 1/S_v at [2v], 1/M_v at [2v + 1]. */
  normalisers: Float64Array;
  /** position[j] = 1 + j's position in the current ego's contact list, or 0. */
  position: Int32Array;
  /** p_iq per contact position. */
  share: Float64Array;
  /** 1/S_q (whole) or 1/S_q⁽ⁱ⁾ (ego) per contact position. */
  alterInvTotal: Float64Array;
  /** 1/M_q (whole) or 1/M_q⁽ⁱ⁾ (ego) per contact position. */
  alterInvMax: Float64Array;
  /** Σ_q p_iq p_qj per contact position (the indirect part of c_ij). */
  indirect: Float64Array;
  /** c_ij per contact position, the output of {@link burtEgo}. */
  dyadic: Float64Array;
}

function burtScratch(c: EgoContacts, model: BurtModel): BurtScratch {
  const n = c.order;
  const k = c.maxDegree;
  const normalisers = new Float64Array(2 * n);
  for (let v = 0; v < n; v++) {
    normalisers[2 * v] = 1 / c.totals[v]!;
    normalisers[2 * v + 1] = 1 / c.maxima[v]!;
  }
  return {
    contacts: c,
    forward: forwardContacts(c),
    whole: model === 'whole',
    normalisers,
    position: new Int32Array(n),
    share: new Float64Array(k),
    alterInvTotal: new Float64Array(k),
    alterInvMax: new Float64Array(k),
    indirect: new Float64Array(k),
    dyadic: new Float64Array(k),
  };
}

/**
 * One ego i with k ≥ 1 contacts: fills `s.dyadic[0…k)` with c_ij (contacts in list order) and
 * returns RD_i. Leaves `s.position` all zero.
 *
 * Every indirect term p_iq·p_qj and every redundancy term p_iq·m_jq lives on a triangle i–q–j.
 * With i's contacts marked, scanning the forward list of each contact q finds each such pair
 * {q, j} exactly once (from whichever end the tie q–j is forward), and both of its orientations
 * are added to ego-local arrays. Model 'ego' runs the scan twice: first to get
 * S_q⁽ⁱ⁾ = w_qi + Σ w_qj and M_q⁽ⁱ⁾ = max(w_qi, max w_qj) over the same pairs.
 */
function burtEgo(c: EgoContacts, i: number, s: BurtScratch): number {
  const { offsets, neighbors, strengths } = c;
  const { offsets: fo, targets: ft, strengths: fw } = s.forward;
  const { position, share, alterInvTotal: ait, alterInvMax: aim, indirect, dyadic, normalisers, whole } = s;
  const start = offsets[i]!;
  const k = offsets[i + 1]! - start;
  const inv = normalisers[2 * i]!;
  for (let a = 0; a < k; a++) {
    const q = neighbors[start + a]!;
    const w = strengths[start + a]!;
    position[q] = a + 1;
    share[a] = w * inv;
    indirect[a] = 0;
    if (whole) {
      ait[a] = normalisers[2 * q]!;
      aim[a] = normalisers[2 * q + 1]!;
    } else {
      ait[a] = w; // S_q⁽ⁱ⁾ and M_q⁽ⁱ⁾ start from w_qi; inverted below
      aim[a] = w;
    }
  }
  if (!whole) {
    for (let a = 0; a < k; a++) {
      const q = neighbors[start + a]!;
      for (let y = fo[q]!, yEnd = fo[q + 1]!; y < yEnd; y++) {
        const b = position[ft[4 * y]!]!;
        if (b === 0) continue;
        const w = fw[2 * y + 1]!;
        ait[a]! += w;
        ait[b - 1]! += w;
        if (w > aim[a]!) aim[a] = w;
        if (w > aim[b - 1]!) aim[b - 1] = w;
      }
    }
    for (let a = 0; a < k; a++) {
      ait[a] = 1 / ait[a]!;
      aim[a] = 1 / aim[a]!;
    }
  }
  let red = 0; // Σ over the triangles at i, with Neumaier compensation (terms are ≥ 0)
  let redComp = 0;
  for (let a = 0; a < k; a++) {
    const q = neighbors[start + a]!;
    const pq = share[a]!;
    const sq = ait[a]!;
    const mq = aim[a]!;
    for (let y = fo[q]!, yEnd = fo[q + 1]!; y < yEnd; y++) {
      const b = position[ft[4 * y]!]!;
      if (b === 0) continue;
      const j = b - 1;
      const w = fw[2 * y + 1]!; // w_qj
      const pj = share[j]!;
      indirect[j]! += pq * w * sq; // c_ij: p_iq · p_qj
      indirect[a]! += pj * w * ait[j]!; // c_iq: p_ij · p_jq
      const r = w * (pq * aim[j]! + pj * mq); // p_iq · m_jq + p_ij · m_qj
      const t = red + r;
      redComp += red >= r ? red - t + r : r - t + red;
      red = t;
    }
  }
  for (let a = 0; a < k; a++) {
    position[neighbors[start + a]!] = 0;
    const x = share[a]! + indirect[a]!;
    dyadic[a] = x * x;
  }
  return red + redComp;
}

/**
 * H = Σ_j r_j ln r_j / (k ln k) with r_j = k c_j / C (k ≥ 2, every c_j > 0), summed as
 * Σ_j [(1 + d_j) ln(1 + d_j) − d_j], d_j = r_j − 1: the same value, since Σ_j d_j = 0, but every
 * term is ≥ 0 and tiny when the c_j are nearly equal, so equal constraints give 0 (up to about
 * 1e-32) rather than ±1e-16.
 */
function hierarchyOf(dyadic: Float64Array, k: number, total: number): number {
  const scale = k / total;
  let sum = 0;
  let comp = 0;
  for (let a = 0; a < k; a++) {
    const d = dyadic[a]! * scale - 1;
    const x = (1 + d) * Math.log1p(d) - d;
    const t = sum + x;
    comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  const h = (sum + comp) / (k * Math.log(k));
  return h > 0 ? h : 0;
}

/**
 * @internal
 * Dyadic constraint c_ij of one node on each of its contacts, aligned with
 * `c.neighbors[c.offsets[node] … c.offsets[node + 1])`; empty for an isolate. Runs the sweep of
 * {@link burtKernel} for that one ego (O(n + m) to set up, then O(Σ_{q ∈ N(i)} d⁺(q))).
 */
export function dyadicConstraintKernel(c: EgoContacts, node: number, model: BurtModel): Float64Array {
  const k = c.offsets[node + 1]! - c.offsets[node]!;
  if (k === 0) return new Float64Array(0);
  const s = burtScratch(c, model);
  burtEgo(c, node, s);
  return s.dyadic.slice(0, k);
}

/**
 * @internal
 * Ego betweenness (Everett & Borgatti 2005) of every node: its unnormalised betweenness inside
 * the subgraph induced by {i} ∪ N(i), hop counts. `contacts` must be `egoContacts(index)`.
 *
 * Undirected graphs use the 2-path formula, exact there because every geodesic in an ego network
 * has length ≤ 2: EB_i = Σ_{j<k non-adjacent} 1/(1 + c_jk), c_jk = common neighbours of j and k
 * among the alters, computed as (non-adjacent pairs) − Σ c_jk/(1 + c_jk) over pairs with
 * c_jk ≥ 1. The ties among the alters are found by scanning the alters' forward lists (see
 * {@link forwardContacts}); O(Σ_q deg(q)·d⁺(q) + Σ_i Σ_{q ∈ N(i)} |N(q) ∩ N(i)|²).
 * Directed graphs run a breadth-first search inside the ego network from ego and from each alter:
 * EB_i = Σ_{s ≠ t} σ_si σ_it / σ_st over pairs with d(s,i) + d(i,t) = d(s,t); O(k_i · ties in the
 * ego network) per ego.
 */
export function egoBetweennessKernel(index: CsrIndex, contacts: EgoContacts): Float64Array {
  return index.directed ? egoBetweennessDirected(index, contacts) : egoBetweennessUndirected(contacts);
}

/** Growable local adjacency of one ego network (positions 0…k−1 for alters, k for ego). */
interface LocalAdjacency {
  offsets: Uint32Array;
  targets: Uint32Array;
}

function ensureTargets(local: LocalAdjacency, needed: number): void {
  if (needed <= local.targets.length) return;
  let size = local.targets.length * 2;
  while (size < needed) size *= 2;
  const grown = new Uint32Array(size);
  grown.set(local.targets);
  local.targets = grown;
}

function egoBetweennessUndirected(c: EgoContacts): Float64Array {
  const n = c.order;
  const { offsets, neighbors } = c;
  const { offsets: fo, targets: ft } = forwardContacts(c);
  const out = new Float64Array(n);
  const position = new Int32Array(n);
  const kMax = c.maxDegree;
  const local: LocalAdjacency = { offsets: new Uint32Array(kMax + 1), targets: new Uint32Array(Math.max(16, 4 * kMax)) };
  const ties: LocalAdjacency = { offsets: new Uint32Array(0), targets: new Uint32Array(Math.max(16, 4 * kMax)) };
  const cursor = new Uint32Array(kMax + 1);
  const adjacent = new Int32Array(kMax);
  const common = new Uint32Array(kMax);
  const touched = new Uint32Array(kMax);
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const k = offsets[i + 1]! - start;
    if (k < 2) continue;
    for (let a = 0; a < k; a++) position[neighbors[start + a]!] = a + 1;
    // Ties among the alters, each found once from its forward end, as position pairs.
    let e = 0;
    for (let a = 0; a < k; a++) {
      const q = neighbors[start + a]!;
      const yStart = fo[q]!;
      const yEnd = fo[q + 1]!;
      ensureTargets(ties, 2 * (e + yEnd - yStart));
      const found = ties.targets;
      for (let y = yStart; y < yEnd; y++) {
        const b = position[ft[4 * y]!]!;
        if (b !== 0) {
          found[2 * e] = a;
          found[2 * e + 1] = b - 1;
          e++;
        }
      }
    }
    for (let a = 0; a < k; a++) position[neighbors[start + a]!] = 0;
    // Local adjacency lists (unsorted) from the pairs.
    const lo = local.offsets;
    lo.fill(0, 0, k + 1);
    const found = ties.targets;
    for (let x = 0; x < 2 * e; x++) lo[found[x]! + 1]!++;
    for (let a = 0; a < k; a++) lo[a + 1]! += lo[a]!;
    ensureTargets(local, 2 * e);
    const lt = local.targets;
    cursor.set(lo.subarray(0, k));
    for (let x = 0; x < e; x++) {
      const a = found[2 * x]!;
      const b = found[2 * x + 1]!;
      lt[cursor[a]!++] = b;
      lt[cursor[b]!++] = a;
    }
    const lp = 2 * e;
    // Non-adjacent pairs each give 1/(1 + c); start from 1 per pair and subtract c/(1 + c).
    const pairs = (k * (k - 1)) / 2 - lp / 2;
    let sub = 0;
    let comp = 0;
    for (let a = 0; a < k; a++) {
      const aStart = lo[a]!;
      const aEnd = lo[a + 1]!;
      for (let x = aStart; x < aEnd; x++) adjacent[lt[x]!] = a + 1;
      let nt = 0;
      for (let x = aStart; x < aEnd; x++) {
        const q = lt[x]!;
        for (let y = lo[q]!, yEnd = lo[q + 1]!; y < yEnd; y++) {
          const b = lt[y]!;
          if (b > a) {
            if (common[b] === 0) touched[nt++] = b;
            common[b]!++;
          }
        }
      }
      for (let u = 0; u < nt; u++) {
        const b = touched[u]!;
        const cb = common[b]!;
        common[b] = 0;
        if (adjacent[b] !== a + 1) {
          const v = cb / (1 + cb);
          const t = sub + v;
          comp += sub >= v ? sub - t + v : v - t + sub;
          sub = t;
        }
      }
      for (let x = aStart; x < aEnd; x++) adjacent[lt[x]!] = 0;
    }
    out[i] = pairs - (sub + comp);
  }
  return out;
}

function egoBetweennessDirected(index: CsrIndex, c: EgoContacts): Float64Array {
  const n = c.order;
  const { offsets: co, neighbors: cn } = c;
  const { offsets: oo, neighbors: on } = index;
  const out = new Float64Array(n);
  const position = new Int32Array(n);
  const kMax = c.maxDegree;
  const local: LocalAdjacency = { offsets: new Uint32Array(kMax + 2), targets: new Uint32Array(Math.max(16, 4 * kMax)) };
  const dist = new Int32Array(kMax + 1);
  const sigma = new Float64Array(kMax + 1);
  const egoDist = new Int32Array(kMax + 1);
  const egoSigma = new Float64Array(kMax + 1);
  const queue = new Uint32Array(kMax + 1);
  for (let i = 0; i < n; i++) {
    const start = co[i]!;
    const k = co[i + 1]! - start;
    if (k < 2) continue;
    for (let a = 0; a < k; a++) position[cn[start + a]!] = a + 1;
    position[i] = k + 1; // ego is local node k
    // Local out-adjacency of the induced subgraph: alters 0…k−1, then ego k.
    let lp = 0;
    for (let a = 0; a <= k; a++) {
      const q = a < k ? cn[start + a]! : i;
      local.offsets[a] = lp;
      const qStart = oo[q]!;
      const qEnd = oo[q + 1]!;
      ensureTargets(local, lp + (qEnd - qStart));
      const targets = local.targets;
      for (let t = qStart; t < qEnd; t++) {
        const b = position[on[t]!]!;
        if (b !== 0) targets[lp++] = b - 1;
      }
    }
    local.offsets[k + 1] = lp;
    for (let a = 0; a < k; a++) position[cn[start + a]!] = 0;
    position[i] = 0;
    // Distances and path counts from ego.
    bfs(local, k + 1, k, egoDist, egoSigma, queue);
    let sum = 0;
    let comp = 0;
    for (let s = 0; s < k; s++) {
      bfs(local, k + 1, s, dist, sigma, queue);
      const dsi = dist[k]!;
      if (dsi < 0) continue;
      const ssi = sigma[k]!;
      for (let t = 0; t < k; t++) {
        if (t === s) continue;
        const dit = egoDist[t]!;
        if (dit < 0 || dist[t] !== dsi + dit) continue;
        const v = (ssi * egoSigma[t]!) / sigma[t]!;
        const x = sum + v;
        comp += sum >= v ? sum - x + v : v - x + sum;
        sum = x;
      }
    }
    out[i] = sum + comp;
  }
  return out;
}

/** Breadth-first search from `source` over the first `size` local nodes: hop distances (−1 if unreachable) and path counts. */
function bfs(local: LocalAdjacency, size: number, source: number, dist: Int32Array, sigma: Float64Array, queue: Uint32Array): void {
  dist.fill(-1, 0, size);
  sigma.fill(0, 0, size);
  const lo = local.offsets;
  const lt = local.targets;
  dist[source] = 0;
  sigma[source] = 1;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++]!;
    const dv = dist[v]! + 1;
    const sv = sigma[v]!;
    for (let x = lo[v]!, end = lo[v + 1]!; x < end; x++) {
      const w = lt[x]!;
      if (dist[w]! < 0) {
        dist[w] = dv;
        queue[tail++] = w;
      }
      if (dist[w] === dv) sigma[w]! += sv;
    }
  }
}
