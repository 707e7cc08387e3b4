/**
 * The independent-cascade kernels (Kempe, Kleinberg & Tardos 2003) on typed arrays, shared by
 * `independentCascade`, `influenceMaximization` and `referralValue`.
 *
 * Model. When a node u becomes active it gets one chance to activate each inactive out-neighbour
 * v (undirected graphs: every neighbour), with probability p_uv, the probability of u's out-slot
 * towards v (src/referral/probability.ts). A run starts from the seed set and ends when no new node
 * activates. By Kempe et al.'s live-arc argument, the nodes active at the end are exactly those
 * reachable from the seeds through "live" arcs, an arc u→v being live with probability p_uv,
 * independently of the others.
 *
 * Common random numbers. The coin of the attempt u→v in run r is not drawn from a sequential
 * stream but computed as a hash of (seed, r, u, v) (MurmurHash3's fmix32 finaliser chained over
 * the four words, see {@link cascadeCoin}); the arc is live when coin < p_uv · 2^32. So run r is
 * one fixed live-arc world, the same whatever the seed set, the order of exploration, the chunk
 * or the thread that simulates it, and the same for an index with extra ties (as long as node ids
 * are kept). Consequences: the Monte Carlo estimate σ̂(S) = (1/R) Σ_r |reach_r(S)| is exactly
 * monotone and submodular in S over the same runs (a coverage function), so CELF picks the same
 * seeds as plain greedy; and two graphs that differ by one tie are compared on the same worlds.
 *
 * Layout. Runs (independent cascade) or people (referral value) are split into a FIXED number of
 * chunks, independent of the thread count; the runtime (src/runtime/run-async.ts) runs the chunks
 * on worker threads, whose entry imports the chunk tasks below from its registry, or on this
 * thread, and the caller combines chunk results in chunk order, so results are bit for bit
 * identical with 1 or more threads.
 *
 * Buffers are allocated once per chunk-thread (visited stamps, a queue) and never reset: a stamp
 * per run marks visited nodes, so a cascade costs O(activated nodes + their out-slots).
 *
 * References
 * [1] Kempe, D., Kleinberg, J., Tardos, É. (2003). Maximizing the spread of influence through a
 *     social network. KDD 2003, 137–146.
 * [2] Leskovec, J., Krause, A., Guestrin, C., Faloutsos, C., VanBriesen, J., Glance, N. (2007).
 *     Cost-effective outbreak detection in networks. KDD 2007, 420–429 (CELF).
 * [3] Appleby, A. MurmurHash3, fmix32 finaliser. https://github.com/aappleby/smhasher
 *
 * @internal
 * @module
 */

import { runChunksAsync } from '../runtime/run-async.js';
import type { TaskRunner } from '../runtime/task.js';

/** @internal 2^32: a probability p becomes the coin threshold p · 2^32. */
export const COIN_SCALE = 4294967296;

/** @internal Number of chunks runs (or people) are split into, whatever the thread count. */
export const CASCADE_CHUNKS = 16;

/** MurmurHash3's 32-bit finaliser (a bijection with full avalanche). */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * @internal
 * The 32-bit key of a seed (any safe integer, negatives included): both 32-bit halves mixed.
 */
export function cascadeSeedKey(seed: number): number {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / COIN_SCALE) >>> 0;
  return fmix32((fmix32(lo ^ 0x6a09e667) ^ fmix32(hi ^ 0xbb67ae85)) >>> 0);
}

/** @internal The key of run r: fmix32(seedKey + (r + 1)·φ), φ = 0x9e3779b9 (distinct runs → distinct keys). */
export function cascadeRunKey(seedKey: number, run: number): number {
  return fmix32((seedKey + Math.imul(run + 1, 0x9e3779b9)) | 0);
}

/**
 * @internal
 * The coin of the attempt u → v in run r, an integer in [0, 2^32):
 * fmix32(fmix32(runKey(r) ^ u) ^ v). The arc is live when coin < p_uv · 2^32 (so p = 1 is always
 * live and p = 0 never). The kernels compute exactly this, inline.
 */
export function cascadeCoin(seedKey: number, run: number, u: number, v: number): number {
  return fmix32((fmix32((cascadeRunKey(seedKey, run) ^ u) >>> 0) ^ v) >>> 0);
}

/** @internal Coin thresholds p · 2^32 of every out-slot. */
export function coinThresholds(slotProbabilities: Float64Array): Float64Array {
  const out = new Float64Array(slotProbabilities.length);
  for (let p = 0; p < out.length; p++) out[p] = slotProbabilities[p]! * COIN_SCALE;
  return out;
}

/** @internal The first run of chunk c (runs or items split into `chunks` contiguous ranges). */
export function chunkStart(count: number, chunks: number, chunk: number): number {
  return Math.floor((chunk * count) / chunks);
}

// ---------------------------------------------------------------------------------------------
// Spread from one seed set (independentCascade)
// ---------------------------------------------------------------------------------------------

/** @internal Data of a spread job: R runs from one seed set. */
export interface SpreadData {
  n: number;
  offsets: Uint32Array;
  neighbors: Uint32Array;
  /** Coin threshold p · 2^32 of each out-slot. */
  thresholds: Float64Array;
  /** Seed node ids (distinct). */
  seeds: Uint32Array;
  /** Value of each node, or `null` (then only counts). */
  values: Float64Array | null;
  seedKey: number;
  runs: number;
  chunks: number;
}

/** @internal Result of one spread chunk. */
export interface SpreadChunk {
  /** Runs in which each node was active. */
  counts: Uint32Array;
  /** [Σ_r |A_r|, Σ_r |A_r|², Σ_r value(A_r), Σ_r value(A_r)²] over the chunk's runs, in run order. */
  sums: Float64Array;
}

/**
 * @internal
 * Chunk entry: simulates the runs of chunk `chunk` (see {@link chunkStart}) from `data.seeds`.
 * Run by the worker tasks below.
 */
export function spreadChunk(data: SpreadData, chunk: number, scratch: Record<string, unknown>): SpreadChunk {
  const { n, offsets, neighbors, thresholds, seeds, values, seedKey, runs, chunks } = data;
  if (scratch.spreadN !== n) {
    scratch.spreadN = n;
    scratch.spreadStamp = new Uint32Array(n);
    scratch.spreadQueue = new Uint32Array(n);
    scratch.spreadTick = 0;
  }
  const stamp = scratch.spreadStamp as Uint32Array;
  const queue = scratch.spreadQueue as Uint32Array;
  let tick = scratch.spreadTick as number;
  const counts = new Uint32Array(n);
  const sums = new Float64Array(4);
  const first = Math.floor((chunk * runs) / chunks);
  const last = Math.floor(((chunk + 1) * runs) / chunks);
  let sumReach = 0;
  let sumReach2 = 0;
  let sumValue = 0;
  let sumValue2 = 0;
  for (let r = first; r < last; r++) {
    if (tick === 0xffffffff) {
      stamp.fill(0);
      tick = 0;
    }
    const mark = ++tick;
    const runKey = cascadeRunKey(seedKey, r);
    let tail = 0;
    for (let s = 0; s < seeds.length; s++) {
      const x = seeds[s]!;
      if (stamp[x] !== mark) {
        stamp[x] = mark;
        queue[tail++] = x;
      }
    }
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      const h = fmix32((runKey ^ u) >>> 0);
      const end = offsets[u + 1]!;
      for (let p = offsets[u]!; p < end; p++) {
        const v = neighbors[p]!;
        if (stamp[v] === mark) continue;
        const c = fmix32((h ^ v) >>> 0);
        if (c < thresholds[p]!) {
          stamp[v] = mark;
          queue[tail++] = v;
        }
      }
    }
    let value = 0;
    for (let i = 0; i < tail; i++) {
      const x = queue[i]!;
      counts[x]!++;
      if (values !== null) value += values[x]!;
    }
    sumReach += tail;
    sumReach2 += tail * tail;
    sumValue += value;
    sumValue2 += value * value;
  }
  scratch.spreadTick = tick;
  sums[0] = sumReach;
  sums[1] = sumReach2;
  sums[2] = sumValue;
  sums[3] = sumValue2;
  return { counts, sums };
}

// ---------------------------------------------------------------------------------------------
// Referral value: R runs from each person {i}, attributing every activation to its path
// ---------------------------------------------------------------------------------------------

/** @internal Data of a referral job. */
export interface ReferralData {
  n: number;
  offsets: Uint32Array;
  neighbors: Uint32Array;
  thresholds: Float64Array;
  /** 1 when the tie of the out-slot is strong. */
  strongSlots: Uint8Array;
  /** 1 when the tie of the out-slot is a local bridge (novelty `'localBridge'`), or `null`. */
  bridgeSlots: Uint8Array | null;
  /** Community of each node (novelty `'community'`), or `null`. */
  community: Int32Array | null;
  /** Value of each node (0 when absent). */
  values: Float64Array;
  /** 1 when the node's activation counts. */
  targets: Uint8Array;
  /** The people whose referral value is computed (node ids), split into `chunks` contiguous ranges. */
  people: Uint32Array;
  seedKey: number;
  runs: number;
  chunks: number;
}

/**
 * @internal
 * Per-person sums of a referral chunk, {@link REFERRAL_FIELDS} numbers per person, over runs:
 */
export const REFERRAL_FIELD = Object.freeze({
  /** Σ_r V_r, V_r = Σ of target values activated in run r (the seed person excluded). */
  value: 0,
  /** Σ_r V_r². */
  value2: 1,
  /** Σ_r P_r, P_r = number of targets activated in run r. */
  people: 2,
  /** Σ_r P_r². */
  people2: 3,
  /** Σ_r of values whose activating (last-hop) tie is strong. */
  strongValue: 4,
  /** Σ_r (that)². */
  strongValue2: 5,
  /** Σ_r of targets whose last-hop tie is strong. */
  strongPeople: 6,
  /** Σ_r of values whose whole activation path is strong. */
  pathValue: 7,
  /** Σ_r of targets whose whole activation path is strong. */
  pathPeople: 8,
  /** Σ_r of novel values (other community, or path across a local bridge). */
  novelValue: 9,
  /** Σ_r (that)². */
  novelValue2: 10,
  /** Σ_r of novel targets. */
  novelPeople: 11,
});

/** @internal Number of per-person sums in {@link ReferralChunk.fields}. */
export const REFERRAL_FIELDS = 12;

/** @internal Result of one referral chunk. */
export interface ReferralChunk {
  /** REFERRAL_FIELDS sums per person of the chunk, in people order. */
  fields: Float64Array;
  /** Per out-slot of each person of the chunk (in people order, then slot order): Σ_r value that arrived through it (first hop). */
  tieValue: Float64Array;
  /** The same, counting targets. */
  tiePeople: Float64Array;
}

/**
 * @internal
 * Chunk entry: for each person i of chunk `chunk`, simulates `runs` cascades from {i} and
 * attributes every activated target j ≠ i to its activation path (tracked through the parent
 * slot): last hop strong, whole path strong, novel (other community than i, or a local bridge
 * crossed on the path), and the first hop (which of i's ties it came through).
 * Run by the worker tasks below.
 */
export function referralChunk(data: ReferralData, chunk: number, scratch: Record<string, unknown>): ReferralChunk {
  const { n, offsets, neighbors, thresholds, strongSlots, bridgeSlots, community, values, targets, people, seedKey, runs, chunks } = data;
  if (scratch.referralN !== n) {
    scratch.referralN = n;
    scratch.referralStamp = new Uint32Array(n);
    scratch.referralQueue = new Uint32Array(n);
    scratch.referralFirst = new Uint32Array(n);
    scratch.referralFlags = new Uint8Array(n);
    scratch.referralTick = 0;
  }
  const stamp = scratch.referralStamp as Uint32Array;
  const queue = scratch.referralQueue as Uint32Array;
  const firstSlot = scratch.referralFirst as Uint32Array;
  const flags = scratch.referralFlags as Uint8Array; // bit 1: whole path strong; bit 2: local bridge crossed
  let tick = scratch.referralTick as number;
  const F = 12;
  const from = Math.floor((chunk * people.length) / chunks);
  const to = Math.floor(((chunk + 1) * people.length) / chunks);
  let slots = 0;
  for (let k = from; k < to; k++) slots += offsets[people[k]! + 1]! - offsets[people[k]!]!;
  const fields = new Float64Array(F * (to - from));
  const tieValue = new Float64Array(slots);
  const tiePeople = new Float64Array(slots);
  let base = 0;
  for (let k = from; k < to; k++) {
    const i = people[k]!;
    const iStart = offsets[i]!;
    const iEnd = offsets[i + 1]!;
    const ci = community === null ? 0 : community[i]!;
    let sV = 0;
    let sV2 = 0;
    let sP = 0;
    let sP2 = 0;
    let sSV = 0;
    let sSV2 = 0;
    let sSP = 0;
    let sPV = 0;
    let sPP = 0;
    let sNV = 0;
    let sNV2 = 0;
    let sNP = 0;
    for (let r = 0; r < runs; r++) {
      if (tick === 0xffffffff) {
        stamp.fill(0);
        tick = 0;
      }
      const mark = ++tick;
      const runKey = cascadeRunKey(seedKey, r);
      stamp[i] = mark;
      queue[0] = i;
      let tail = 1;
      let V = 0;
      let P = 0;
      let SV = 0;
      let SP = 0;
      let PV = 0;
      let PP = 0;
      let NV = 0;
      let NP = 0;
      for (let head = 0; head < tail; head++) {
        const u = queue[head]!;
        const fromSeed = u === i;
        const uFlags = fromSeed ? 1 : flags[u]!; // the seed: an empty path, all strong, no bridge crossed
        const uFirst = firstSlot[u]!;
        const h = fmix32((runKey ^ u) >>> 0);
        const end = offsets[u + 1]!;
        for (let p = offsets[u]!; p < end; p++) {
          const v = neighbors[p]!;
          if (stamp[v] === mark) continue;
          const c = fmix32((h ^ v) >>> 0);
          if (c >= thresholds[p]!) continue;
          stamp[v] = mark;
          queue[tail++] = v;
          const strong = strongSlots[p] === 1;
          const pathStrong = strong && (uFlags & 1) === 1;
          const crossed = bridgeSlots !== null && (bridgeSlots[p] === 1 || (uFlags & 2) === 2);
          flags[v] = (pathStrong ? 1 : 0) | (crossed ? 2 : 0);
          const first = fromSeed ? p : uFirst;
          firstSlot[v] = first;
          if (targets[v] === 1) {
            const x = values[v]!;
            V += x;
            P++;
            if (strong) {
              SV += x;
              SP++;
            }
            if (pathStrong) {
              PV += x;
              PP++;
            }
            if (community !== null ? community[v] !== ci : crossed) {
              NV += x;
              NP++;
            }
            tieValue[base + first - iStart]! += x;
            tiePeople[base + first - iStart]!++;
          }
        }
      }
      sV += V;
      sV2 += V * V;
      sP += P;
      sP2 += P * P;
      sSV += SV;
      sSV2 += SV * SV;
      sSP += SP;
      sPV += PV;
      sPP += PP;
      sNV += NV;
      sNV2 += NV * NV;
      sNP += NP;
    }
    const o = F * (k - from);
    fields[o] = sV;
    fields[o + 1] = sV2;
    fields[o + 2] = sP;
    fields[o + 3] = sP2;
    fields[o + 4] = sSV;
    fields[o + 5] = sSV2;
    fields[o + 6] = sSP;
    fields[o + 7] = sPV;
    fields[o + 8] = sPP;
    fields[o + 9] = sNV;
    fields[o + 10] = sNV2;
    fields[o + 11] = sNP;
    base += iEnd - iStart;
  }
  scratch.referralTick = tick;
  return { fields, tieValue, tiePeople };
}

// ---------------------------------------------------------------------------------------------
// Influence maximisation: marginal gains over covered sets (CELF)
// ---------------------------------------------------------------------------------------------

/** @internal Data of a single-seed job: σ({v}) for each candidate (the first CELF pass). */
export interface SingleSeedData {
  n: number;
  offsets: Uint32Array;
  neighbors: Uint32Array;
  thresholds: Float64Array;
  values: Float64Array | null;
  candidates: Uint32Array;
  seedKey: number;
  runs: number;
  chunks: number;
  /**
   * How the work is split into chunks: `'candidates'` (each chunk runs every run from its share of
   * the candidates, one cascade each) or `'runs'` (each chunk builds the live-arc worlds of its
   * share of the runs once and reads every candidate's reach off their strongly connected
   * components, {@link singleSeedWorldsChunk}). Chosen by {@link simulateSingleSeeds}.
   */
  split: 'candidates' | 'runs';
}

/** @internal Result of a single-seed chunk: per candidate of the chunk, Σ_r |reach_r(v)| and Σ_r value(reach_r(v)). */
export interface SingleSeedChunk {
  reach: Float64Array;
  value: Float64Array;
}

/**
 * @internal
 * Chunk entry: σ({v}) summed over runs for each candidate v (count and value): with
 * `data.split === 'runs'`, over the chunk's runs for every candidate ({@link singleSeedWorldsChunk});
 * otherwise over every run for the chunk's candidates, one cascade each, visiting nodes in the
 * same order as {@link marginalGain} with nothing covered (so sums agree bit for bit). Counts are
 * exact integers either way; value sums agree to rounding. Run by the worker tasks below.
 */
export function singleSeedChunk(data: SingleSeedData, chunk: number, scratch: Record<string, unknown>): SingleSeedChunk {
  if (data.split === 'runs') return singleSeedWorldsChunk(data, chunk, scratch);
  const { n, offsets, neighbors, thresholds, values, candidates, seedKey, runs, chunks } = data;
  if (scratch.singleN !== n) {
    scratch.singleN = n;
    scratch.singleStamp = new Uint32Array(n);
    scratch.singleQueue = new Uint32Array(n);
    scratch.singleTick = 0;
  }
  const stamp = scratch.singleStamp as Uint32Array;
  const queue = scratch.singleQueue as Uint32Array;
  let tick = scratch.singleTick as number;
  const from = Math.floor((chunk * candidates.length) / chunks);
  const to = Math.floor(((chunk + 1) * candidates.length) / chunks);
  const reach = new Float64Array(to - from);
  const value = new Float64Array(to - from);
  for (let k = from; k < to; k++) {
    const s = candidates[k]!;
    let sumReach = 0;
    let sumValue = 0;
    for (let r = 0; r < runs; r++) {
      if (tick === 0xffffffff) {
        stamp.fill(0);
        tick = 0;
      }
      const mark = ++tick;
      const runKey = cascadeRunKey(seedKey, r);
      stamp[s] = mark;
      queue[0] = s;
      let tail = 1;
      for (let head = 0; head < tail; head++) {
        const u = queue[head]!;
        const h = fmix32((runKey ^ u) >>> 0);
        const end = offsets[u + 1]!;
        for (let p = offsets[u]!; p < end; p++) {
          const v = neighbors[p]!;
          if (stamp[v] === mark) continue;
          const c = fmix32((h ^ v) >>> 0);
          if (c < thresholds[p]!) {
            stamp[v] = mark;
            queue[tail++] = v;
          }
        }
      }
      let runValue = 0;
      if (values !== null) for (let q = 0; q < tail; q++) runValue += values[queue[q]!]!;
      sumReach += tail;
      sumValue += runValue;
    }
    reach[k - from] = sumReach;
    value[k - from] = sumValue;
  }
  scratch.singleTick = tick;
  return { reach, value };
}

/** Scratch buffers of {@link singleSeedWorldsChunk}, sized for n nodes and m out-slots. */
interface WorldScratch {
  n: number;
  m: number;
  /** The live-arc world as a CSR: out-slots whose coin came up live. */
  liveOffsets: Uint32Array;
  liveTargets: Uint32Array;
  /** Tarjan: discovery index (−1 unvisited), low-link, node stack, call stack (node, next slot). */
  order: Int32Array;
  low: Uint32Array;
  stack: Uint32Array;
  callNode: Uint32Array;
  callSlot: Uint32Array;
  /** Component of each node (−1 while on the stack or unvisited). */
  comp: Int32Array;
  /** Members of each component, contiguous, from `compStart`. */
  members: Uint32Array;
  compStart: Uint32Array;
  /** The condensation: distinct out-components of each component. */
  dagOffsets: Uint32Array;
  dagTargets: Uint32Array;
  /** Per component: 1 when its reach is needed this run. */
  need: Uint8Array;
  /** Per component: people and value reached, and the value of its own members. */
  compReach: Float64Array;
  compValue: Float64Array;
  compReachValue: Float64Array;
  /** Stamps and queue of the searches over the condensation. */
  mark: Uint32Array;
  queue: Uint32Array;
  tick: number;
}

function worldScratch(scratch: Record<string, unknown>, n: number, m: number): WorldScratch {
  const old = scratch.worlds as WorldScratch | undefined;
  if (old !== undefined && old.n === n && old.m === m) return old;
  const ws: WorldScratch = {
    n,
    m,
    liveOffsets: new Uint32Array(n + 1),
    liveTargets: new Uint32Array(m),
    order: new Int32Array(n),
    low: new Uint32Array(n),
    stack: new Uint32Array(n),
    callNode: new Uint32Array(n),
    callSlot: new Uint32Array(n),
    comp: new Int32Array(n),
    members: new Uint32Array(n),
    compStart: new Uint32Array(n + 1),
    dagOffsets: new Uint32Array(n + 1),
    dagTargets: new Uint32Array(m),
    need: new Uint8Array(n),
    compReach: new Float64Array(n),
    compValue: new Float64Array(n),
    compReachValue: new Float64Array(n),
    mark: new Uint32Array(n),
    queue: new Uint32Array(n),
    tick: 0,
  };
  scratch.worlds = ws;
  return ws;
}

/**
 * @internal
 * σ({v}) of every candidate, summed over the runs of chunk `chunk`, from the live-arc worlds
 * themselves (issue 11: the first CELF pass on SNAP EU-core went from 79 s to well under a second).
 *
 * In run r the people a cascade from v reaches are exactly the nodes reachable from v through
 * live arcs (module notes), and everyone in one strongly connected component of the live-arc
 * world reaches the same set. So each run: (1) the coin of every arc is drawn once, giving the
 * live world as a CSR; (2) an iterative Tarjan search from the candidates finds its components
 * (numbered sinks first: an arc between two components always points to a smaller number);
 * (3) the condensation keeps each component's distinct out-components; (4) a component's reach is
 * its size plus, with one out-component, that one's reach, else a search over the condensation
 * (only for the components of candidates and the one-way chains below them, in increasing order).
 * A cascade flooding a giant component is then counted once per run, not once per candidate.
 * Counts are exact integers, equal to {@link marginalGain}'s with nothing covered; values are
 * summed per component (members in component order), then over components, so they agree to
 * rounding. Time per run O(n + m + Σ searches over the condensation), memory O(n + m).
 */
export function singleSeedWorldsChunk(data: SingleSeedData, chunk: number, scratch: Record<string, unknown>): SingleSeedChunk {
  const { n, offsets, neighbors, thresholds, values, candidates, seedKey, runs, chunks } = data;
  const C = candidates.length;
  const reach = new Float64Array(C);
  const value = new Float64Array(C);
  const ws = worldScratch(scratch, n, offsets[n]!);
  const { liveOffsets, liveTargets, order, low, stack, callNode, callSlot, comp, members, compStart } = ws;
  const { dagOffsets, dagTargets, compReach, compValue, compReachValue, need } = ws;
  const first = chunkStart(runs, chunks, chunk);
  const last = chunkStart(runs, chunks, chunk + 1);
  for (let r = first; r < last; r++) {
    const runKey = cascadeRunKey(seedKey, r);
    // (1) The live-arc world.
    let live = 0;
    for (let u = 0; u < n; u++) {
      liveOffsets[u] = live;
      const h = fmix32((runKey ^ u) >>> 0);
      for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
        const v = neighbors[p]!;
        if (fmix32((h ^ v) >>> 0) < thresholds[p]!) liveTargets[live++] = v;
      }
    }
    liveOffsets[n] = live;

    // (2) Components reachable from the candidates (iterative Tarjan).
    order.fill(-1);
    comp.fill(-1);
    let counter = 0;
    let top = 0;
    let comps = 0;
    let placed = 0;
    for (let k = 0; k < C; k++) {
      const s = candidates[k]!;
      if (order[s] !== -1) continue;
      order[s] = counter;
      low[s] = counter++;
      stack[top++] = s;
      let depth = 0;
      callNode[0] = s;
      callSlot[0] = liveOffsets[s]!;
      while (depth >= 0) {
        const x = callNode[depth]!;
        const p = callSlot[depth]!;
        if (p < liveOffsets[x + 1]!) {
          callSlot[depth] = p + 1;
          const y = liveTargets[p]!;
          if (order[y] === -1) {
            order[y] = counter;
            low[y] = counter++;
            stack[top++] = y;
            callNode[++depth] = y;
            callSlot[depth] = liveOffsets[y]!;
          } else if (comp[y] === -1 && order[y]! < low[x]!) {
            low[x] = order[y]!;
          }
          continue;
        }
        if (low[x] === order[x]) {
          compStart[comps] = placed;
          let sum = 0;
          let w: number;
          do {
            w = stack[--top]!;
            comp[w] = comps;
            members[placed++] = w;
            if (values !== null) sum += values[w]!;
          } while (w !== x);
          compValue[comps] = sum;
          comps++;
        }
        depth--;
        if (depth >= 0) {
          const parent = callNode[depth]!;
          if (low[x]! < low[parent]!) low[parent] = low[x]!;
        }
      }
    }
    compStart[comps] = placed;

    // (3) The condensation: each component's distinct out-components.
    let arcs = 0;
    for (let c = 0; c < comps; c++) {
      dagOffsets[c] = arcs;
      const stamp = nextTick(ws);
      ws.mark[c] = stamp;
      for (let i = compStart[c]!, end = compStart[c + 1]!; i < end; i++) {
        const x = members[i]!;
        for (let p = liveOffsets[x]!, pEnd = liveOffsets[x + 1]!; p < pEnd; p++) {
          const d = comp[liveTargets[p]!]!;
          if (ws.mark[d] !== stamp) {
            ws.mark[d] = stamp;
            dagTargets[arcs++] = d;
          }
        }
      }
    }
    dagOffsets[comps] = arcs;

    // (4) Reach of the components needed: those of candidates, and down every one-way chain.
    need.fill(0, 0, comps);
    for (let k = 0; k < C; k++) need[comp[candidates[k]!]!] = 1;
    for (let c = comps - 1; c >= 0; c--) {
      if (need[c] === 1 && dagOffsets[c + 1]! - dagOffsets[c]! === 1) need[dagTargets[dagOffsets[c]!]!] = 1;
    }
    for (let c = 0; c < comps; c++) if (need[c] === 1) componentReach(ws, c);
    for (let k = 0; k < C; k++) {
      const c = comp[candidates[k]!]!;
      reach[k]! += compReach[c]!;
      value[k]! += compReachValue[c]!;
    }
  }
  return { reach, value };
}

/** A fresh stamp for `ws.mark` (clears the marks when the counter wraps). */
function nextTick(ws: WorldScratch): number {
  if (ws.tick === 0xffffffff) {
    ws.mark.fill(0);
    ws.tick = 0;
  }
  return ++ws.tick;
}

/**
 * The people (and value) reachable from component c in the condensation, c included. A sink
 * counts itself; a component with one out-component adds that one's reach (a smaller number,
 * computed first: see step 4); any other searches the condensation.
 */
function componentReach(ws: WorldScratch, c: number): void {
  const { dagOffsets, dagTargets, compStart, compReach, compValue, compReachValue, mark, queue } = ws;
  const start = dagOffsets[c]!;
  const end = dagOffsets[c + 1]!;
  if (end - start <= 1) {
    let people = compStart[c + 1]! - compStart[c]!;
    let amount = compValue[c]!;
    if (end > start) {
      const d = dagTargets[start]!;
      people += compReach[d]!;
      amount += compReachValue[d]!;
    }
    compReach[c] = people;
    compReachValue[c] = amount;
    return;
  }
  const stamp = nextTick(ws);
  mark[c] = stamp;
  queue[0] = c;
  let tail = 1;
  let people = 0;
  let amount = 0;
  for (let head = 0; head < tail; head++) {
    const x = queue[head]!;
    people += compStart[x + 1]! - compStart[x]!;
    amount += compValue[x]!;
    for (let p = dagOffsets[x]!, pEnd = dagOffsets[x + 1]!; p < pEnd; p++) {
      const d = dagTargets[p]!;
      if (mark[d] !== stamp) {
        mark[d] = stamp;
        queue[tail++] = d;
      }
    }
  }
  compReach[c] = people;
  compReachValue[c] = amount;
}

/** @internal State of a greedy seed selection: the nodes already reached in each run (a bitset per run). */
export interface CoverState {
  n: number;
  runs: number;
  /** Words per run. */
  words: number;
  /** runs × words bits: bit v of run r set when v is reached from the chosen seeds in run r. */
  covered: Uint32Array;
  stamp: Uint32Array;
  queue: Uint32Array;
  tick: number;
}

/** @internal A fresh {@link CoverState} (nothing covered). */
export function createCoverState(n: number, runs: number): CoverState {
  const words = (n + 31) >>> 5;
  return {
    n,
    runs,
    words,
    covered: new Uint32Array(words * runs),
    stamp: new Uint32Array(n),
    queue: new Uint32Array(n),
    tick: 0,
  };
}

/**
 * @internal
 * The marginal gain of adding `s` to the chosen seeds, summed over runs: the number (and value) of
 * nodes reachable from s in run r's live-arc world and not yet covered, Σ over r. The search stops
 * at covered nodes (everything reachable from a covered node is covered). With `commit`, marks the
 * new nodes covered (s joins the seeds). Writes the value gain to `out[1]` and the count to `out[0]`.
 */
export function marginalGain(
  offsets: Uint32Array,
  neighbors: Uint32Array,
  thresholds: Float64Array,
  values: Float64Array | null,
  seedKey: number,
  state: CoverState,
  s: number,
  commit: boolean,
  out: Float64Array,
): void {
  const { runs, words, covered, stamp, queue } = state;
  let tick = state.tick;
  let sumReach = 0;
  let sumValue = 0;
  for (let r = 0; r < runs; r++) {
    const row = r * words;
    if ((covered[row + (s >>> 5)]! & (1 << (s & 31))) !== 0) continue;
    if (tick === 0xffffffff) {
      stamp.fill(0);
      tick = 0;
    }
    const mark = ++tick;
    const runKey = cascadeRunKey(seedKey, r);
    stamp[s] = mark;
    queue[0] = s;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      const h = fmix32((runKey ^ u) >>> 0);
      const end = offsets[u + 1]!;
      for (let p = offsets[u]!; p < end; p++) {
        const v = neighbors[p]!;
        if (stamp[v] === mark) continue;
        if ((covered[row + (v >>> 5)]! & (1 << (v & 31))) !== 0) continue;
        if (fmix32((h ^ v) >>> 0) < thresholds[p]!) {
          stamp[v] = mark;
          queue[tail++] = v;
        }
      }
    }
    let runValue = 0;
    if (values !== null) for (let q = 0; q < tail; q++) runValue += values[queue[q]!]!;
    if (commit) {
      for (let q = 0; q < tail; q++) {
        const v = queue[q]!;
        covered[row + (v >>> 5)]! |= 1 << (v & 31);
      }
    }
    sumReach += tail;
    sumValue += runValue;
  }
  state.tick = tick;
  out[0] = sumReach;
  out[1] = sumValue;
}

// ---------------------------------------------------------------------------------------------
// Drivers: build a job, run its chunks (src/runtime/run-async.ts), combine in chunk order
// ---------------------------------------------------------------------------------------------

/** @internal The out-adjacency a cascade follows (a {@link CsrIndex} satisfies it). */
export interface CascadeGraph {
  readonly order: number;
  readonly offsets: Uint32Array;
  readonly neighbors: Uint32Array;
}

/** @internal How a driver runs (see src/runtime/run-async.ts). */
export interface CascadeRun {
  runs: number;
  seedKey: number;
  threads: number | 'auto';
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: { done: number; total: number }) => void) | undefined;
  /** The calling function, for the abort message. */
  prefix?: string | undefined;
  /** Test hook: a worker exits (as a crashed thread would) when it reaches this chunk. */
  dieOnChunk?: number | undefined;
}

/** A chunk task over one of the chunk entries above, with the thread's scratch buffers. */
function chunkTask<D, R>(entry: (data: D, chunk: number, scratch: Record<string, unknown>) => R): (data: D) => TaskRunner<R> {
  return (data) => {
    const scratch: Record<string, unknown> = {};
    return { run: (chunk) => entry(data, chunk, scratch) };
  };
}

/** @internal The `spread` task (src/runtime/tasks.ts). */
export const spreadTask = chunkTask(spreadChunk);
/** @internal The `referral` task. */
export const referralTask = chunkTask(referralChunk);
/** @internal The `singleSeed` task. */
export const singleSeedTask = chunkTask(singleSeedChunk);

/** Estimated arc visits of `runs` cascades over a graph (for `threads: 'auto'`). */
function cascadeWork(graph: CascadeGraph, runs: number, perRun: number): number {
  return runs * perRun * (graph.order + graph.offsets[graph.order]!) * 0.05;
}

function runOptions(run: CascadeRun) {
  return { threads: run.threads, signal: run.signal, onProgress: run.onProgress, prefix: run.prefix ?? 'tiestrength/referral', dieOnChunk: run.dieOnChunk };
}

/** @internal Totals of {@link simulateSpread}. */
export interface SpreadTotals {
  /** Runs in which each node was active. */
  counts: Float64Array;
  /** Σ_r |A_r| and Σ_r |A_r|². */
  reach: [sum: number, sumSquares: number];
  /** Σ_r value(A_r) and its square (0 without values). */
  value: [sum: number, sumSquares: number];
  /** Chunks a worker thread delivered. */
  workerChunks: number;
}

/** @internal R independent-cascade runs from `seeds` (distinct ids). */
export async function simulateSpread(
  graph: CascadeGraph,
  thresholds: Float64Array,
  seeds: Uint32Array,
  values: Float64Array | null,
  run: CascadeRun,
): Promise<SpreadTotals> {
  const n = graph.order;
  const data: SpreadData = {
    n,
    offsets: graph.offsets,
    neighbors: graph.neighbors,
    thresholds,
    seeds,
    values,
    seedKey: run.seedKey,
    runs: run.runs,
    chunks: CASCADE_CHUNKS,
  };
  const units = Array.from({ length: CASCADE_CHUNKS }, (_, c) => chunkStart(run.runs, CASCADE_CHUNKS, c + 1) - chunkStart(run.runs, CASCADE_CHUNKS, c));
  const { results, workerChunks } = await runChunksAsync(
    { task: 'spread', setup: spreadTask, data, chunks: CASCADE_CHUNKS, units, work: cascadeWork(graph, run.runs, 1) },
    runOptions(run),
  );
  const counts = new Float64Array(n);
  let reach = 0;
  let reach2 = 0;
  let value = 0;
  let value2 = 0;
  for (const chunk of results) {
    for (let v = 0; v < n; v++) counts[v]! += chunk.counts[v]!;
    reach += chunk.sums[0]!;
    reach2 += chunk.sums[1]!;
    value += chunk.sums[2]!;
    value2 += chunk.sums[3]!;
  }
  return { counts, reach: [reach, reach2], value: [value, value2], workerChunks };
}

/** @internal Per-person sums of {@link simulateReferral}. */
export interface ReferralTotals {
  /** REFERRAL_FIELDS sums per person, in `people` order. */
  fields: Float64Array;
  /** Start of each person's out-slots in `tieValue` / `tiePeople` (length people + 1). */
  tieStart: Uint32Array;
  /** Σ_r value that arrived through each out-slot of each person (first hop). */
  tieValue: Float64Array;
  /** Σ_r targets that arrived through each out-slot of each person. */
  tiePeople: Float64Array;
  workerChunks: number;
}

/** @internal R cascades from each person {i}, with path attribution (see {@link referralChunk}). */
export async function simulateReferral(
  data: Omit<ReferralData, 'seedKey' | 'runs' | 'chunks'>,
  run: CascadeRun,
): Promise<ReferralTotals> {
  const full: ReferralData = { ...data, seedKey: run.seedKey, runs: run.runs, chunks: CASCADE_CHUNKS };
  const P = data.people.length;
  const units = Array.from(
    { length: CASCADE_CHUNKS },
    (_, c) => (chunkStart(P, CASCADE_CHUNKS, c + 1) - chunkStart(P, CASCADE_CHUNKS, c)) * run.runs,
  );
  const { results, workerChunks } = await runChunksAsync(
    {
      task: 'referral',
      setup: referralTask,
      data: full,
      chunks: CASCADE_CHUNKS,
      units,
      work: cascadeWork({ order: data.n, offsets: data.offsets, neighbors: data.neighbors }, run.runs, P),
    },
    runOptions(run),
  );
  const tieStart = new Uint32Array(P + 1);
  for (let k = 0; k < P; k++) {
    const i = data.people[k]!;
    tieStart[k + 1] = tieStart[k]! + data.offsets[i + 1]! - data.offsets[i]!;
  }
  const fields = new Float64Array(REFERRAL_FIELDS * P);
  const tieValue = new Float64Array(tieStart[P]!);
  const tiePeople = new Float64Array(tieStart[P]!);
  for (let c = 0; c < CASCADE_CHUNKS; c++) {
    const from = chunkStart(P, CASCADE_CHUNKS, c);
    fields.set(results[c]!.fields, REFERRAL_FIELDS * from);
    tieValue.set(results[c]!.tieValue, tieStart[from]!);
    tiePeople.set(results[c]!.tiePeople, tieStart[from]!);
  }
  return { fields, tieStart, tieValue, tiePeople, workerChunks };
}

/**
 * @internal
 * σ({v}) summed over runs for each candidate (count, and value when `values`), in candidate order.
 * With candidates at least an eighth of the nodes, the chunks split the runs and each run's
 * live-arc world is built once ({@link singleSeedWorldsChunk}); with fewer, they split the
 * candidates and run one cascade per candidate and run. The choice depends on the input only, so
 * results are the same for every thread count.
 */
export async function simulateSingleSeeds(
  graph: CascadeGraph,
  thresholds: Float64Array,
  candidates: Uint32Array,
  values: Float64Array | null,
  run: CascadeRun,
): Promise<{ reach: Float64Array; value: Float64Array; workerChunks: number }> {
  const C = candidates.length;
  const split = 8 * C >= graph.order ? 'runs' : 'candidates';
  const data: SingleSeedData = {
    n: graph.order,
    offsets: graph.offsets,
    neighbors: graph.neighbors,
    thresholds,
    values,
    candidates,
    seedKey: run.seedKey,
    runs: run.runs,
    chunks: CASCADE_CHUNKS,
    split,
  };
  // Progress counts candidates scored: a chunk of runs credits its share of them when it ends.
  const units = Array.from({ length: CASCADE_CHUNKS }, (_, c) => chunkStart(C, CASCADE_CHUNKS, c + 1) - chunkStart(C, CASCADE_CHUNKS, c));
  const work = split === 'runs' ? 4 * run.runs * (graph.order + graph.offsets[graph.order]!) : cascadeWork(graph, run.runs, C);
  const { results, workerChunks } = await runChunksAsync(
    { task: 'singleSeed', setup: singleSeedTask, data, chunks: CASCADE_CHUNKS, units, work },
    runOptions(run),
  );
  const reach = new Float64Array(C);
  const value = new Float64Array(C);
  for (let c = 0; c < CASCADE_CHUNKS; c++) {
    const chunk = results[c]!;
    if (split === 'runs') {
      // Chunk sums over runs, added in chunk order (counts are exact; values the same on any thread count).
      for (let k = 0; k < C; k++) {
        reach[k]! += chunk.reach[k]!;
        value[k]! += chunk.value[k]!;
      }
    } else {
      const from = chunkStart(C, CASCADE_CHUNKS, c);
      reach.set(chunk.reach, from);
      value.set(chunk.value, from);
    }
  }
  return { reach, value, workerChunks };
}
