/**
 * Gould–Fernandez brokerage kernels (docs/metrics.md): raw role counts from the CSR index, the
 * analytic null model of R sna 2.7-1, and the label-permutation null model.
 *
 * Role order everywhere (columns of sna's `raw.nli`): 0 coordinator (w_I), 1 itinerant (w_O),
 * 2 representative (b_IO), 3 gatekeeper (b_OI), 4 liaison (b_O), 5 total (t). Per-node arrays are
 * node-major: `values[v * 6 + role]`.
 *
 * @internal
 * @module
 */
import type { CsrIndex } from './csr.js';
import { shuffleInPlace } from './random.js';

/** @internal Number of columns per node: the five roles and the total. */
export const ROLE_COLUMNS = 6;

/**
 * @internal
 * Reusable buffers of {@link brokerageCounts}, so permutation runs allocate nothing per run.
 */
export interface BrokerageScratch {
  /** `mark[b] === a` while source a is processed: b = a, or the arc a → b exists. */
  mark: Int32Array;
  /** Number of brokers of the pair (a, b), valid when `pairStamp[b] === a` (partial credit only). */
  brokers: Int32Array;
  /** See `brokers`. */
  pairStamp: Int32Array;
}

/** @internal Allocates the scratch buffers of {@link brokerageCounts} for `n` nodes. */
export function brokerageScratch(n: number): BrokerageScratch {
  return { mark: new Int32Array(n), brokers: new Int32Array(n), pairStamp: new Int32Array(n) };
}

/**
 * @internal
 * Raw Gould–Fernandez counts: for every broker v, the ordered pairs (a, b) with a → v → b,
 * a ≠ b and no arc a → b, classified by the groups of a, v and b. An undirected index is read as
 * two arcs per tie (sna's convention). Writes `out[v * 6 + role]` (total in column 5) and returns
 * `out`.
 *
 * Loop order: for each source a, mark a and its out-neighbours (the marker array answers "does
 * a → b exist?" in O(1)), then walk every 2-path a → v → b. Time O(n + m + Σ_v in(v)·out(v)),
 * the number of 2-paths; memory O(n). With `partialCredit`, a first walk counts the k brokers of
 * each pair (a, b) and the second credits each of them 1/k.
 *
 * @param index The CSR index (out-adjacency in `offsets`/`neighbors`).
 * @param groupOf The dense group id of each node.
 * @param partialCredit Whether a pair with k brokers credits each broker 1/k instead of 1.
 * @param out The output, length `order * 6`; it is overwritten.
 * @param scratch Buffers from {@link brokerageScratch}.
 * @returns `out`.
 */
export function brokerageCounts(
  index: CsrIndex,
  groupOf: Int32Array,
  partialCredit: boolean,
  out: Float64Array,
  scratch: BrokerageScratch,
): Float64Array {
  const n = index.order;
  const offsets = index.offsets;
  const neighbors = index.neighbors;
  const { mark, brokers, pairStamp } = scratch;
  out.fill(0);
  mark.fill(-1);
  pairStamp.fill(-1);
  for (let a = 0; a < n; a++) {
    const aStart = offsets[a]!;
    const aEnd = offsets[a + 1]!;
    if (aStart === aEnd) continue;
    mark[a] = a;
    for (let p = aStart; p < aEnd; p++) mark[neighbors[p]!] = a;
    if (partialCredit) {
      for (let p = aStart; p < aEnd; p++) {
        const v = neighbors[p]!;
        const vEnd = offsets[v + 1]!;
        for (let q = offsets[v]!; q < vEnd; q++) {
          const b = neighbors[q]!;
          if (mark[b] === a) continue;
          if (pairStamp[b] !== a) {
            pairStamp[b] = a;
            brokers[b] = 1;
          } else {
            brokers[b]!++;
          }
        }
      }
    }
    const ga = groupOf[a]!;
    for (let p = aStart; p < aEnd; p++) {
      const v = neighbors[p]!;
      const gv = groupOf[v]!;
      const base = v * ROLE_COLUMNS;
      const vEnd = offsets[v + 1]!;
      for (let q = offsets[v]!; q < vEnd; q++) {
        const b = neighbors[q]!;
        if (mark[b] === a) continue; // b = a, or a → b exists: v does not broker (a, b)
        const gb = groupOf[b]!;
        const role =
          ga === gv
            ? gv === gb
              ? 0 // coordinator: all three in one group
              : 2 // representative: a and v share a group, b is outside
            : gv === gb
              ? 3 // gatekeeper: v and b share a group, a is outside
              : ga === gb
                ? 1 // itinerant: a and b share a group, v is outside
                : 4; // liaison: three groups
        out[base + role]! += partialCredit ? 1 / brokers[b]! : 1;
      }
    }
  }
  for (let v = 0; v < n; v++) {
    const base = v * ROLE_COLUMNS;
    out[base + 5] = out[base]! + out[base + 1]! + out[base + 2]! + out[base + 3]! + out[base + 4]!;
  }
  return out;
}

/**
 * @internal
 * Turns sna-convention counts of an undirected graph into unordered-pair counts, in place:
 * coordinator, itinerant, liaison and total are halved (each unordered pair was counted in both
 * directions); representative and gatekeeper both become (representative + gatekeeper) / 2, the
 * number of unordered pairs with one end inside the broker's group (the merged role).
 */
export function toUnordered(values: Float64Array): Float64Array {
  for (let base = 0; base < values.length; base += ROLE_COLUMNS) {
    const merged = (values[base + 2]! + values[base + 3]!) / 2;
    values[base]! /= 2;
    values[base + 1]! /= 2;
    values[base + 2] = merged;
    values[base + 3] = merged;
    values[base + 4]! /= 2;
    values[base + 5]! /= 2;
  }
  return values;
}

/** @internal Column sums of node-major counts: the network-level raw values (length 6). */
export function networkTotals(values: Float64Array, out: Float64Array = new Float64Array(ROLE_COLUMNS)): Float64Array {
  out.fill(0);
  for (let base = 0; base < values.length; base += ROLE_COLUMNS) {
    for (let r = 0; r < ROLE_COLUMNS; r++) out[r]! += values[base + r]!;
  }
  return out;
}

/** @internal The analytic null model: expectations and standard deviations. */
export interface AnalyticNull {
  /** Density d = arcs / (N (N − 1)); `NaN` for N < 2. */
  density: number;
  /** Expected count of each role for a broker of each group, `[g * 6 + role]`. */
  groupExpected: Float64Array;
  /** Standard deviation of each role for a broker of each group, `[g * 6 + role]`. */
  groupSd: Float64Array;
  /** Expected network-level count of each role (length 6). */
  networkExpected: Float64Array;
  /** Standard deviation of the network-level count of each role (length 6). */
  networkSd: Float64Array;
}

/**
 * @internal
 * The analytic null model of `sna::brokerage` (sna 2.7-1; docs/metrics.md), under which each of
 * the N(N − 1) arcs is present independently with probability d = arcs / (N(N − 1)).
 *
 *   P = d²(1 − d), D3 = d³(1 − d)³, D4 = d⁴(1 − d)², D5 = d⁵(1 − d), Var = E(1 − P) + X.
 *
 * The sums over groups of the formulas are evaluated in closed form: sums over h ≠ g use totals
 * minus the own term (exact in integers), and the two O(G²)/O(G³) sums (node-level liaison X,
 * network-level liaison X) run over distinct group *sizes* with multiplicities, of which there are
 * at most √(2N), so the whole model costs O(G + N) whatever the number of groups. The network
 * liaison X uses Σ_{i,j,k distinct} over (i, k) with the inner sum over j in closed form, and the
 * symmetry of that sum in j ↔ k (so sna's D3 and D4 coefficients are equal).
 *
 * @param sizes The size of each group (dense group ids).
 * @param N The number of nodes.
 * @param arcs The number of arcs (an undirected tie counts twice).
 */
export function analyticNull(sizes: Float64Array, N: number, arcs: number): AnalyticNull {
  const G = sizes.length;
  const d = N < 2 ? Number.NaN : arcs / (N * (N - 1));
  const P = d * d * (1 - d);
  const D3 = d ** 3 * (1 - d) ** 3;
  const D4 = d ** 4 * (1 - d) ** 2;
  const D5 = d ** 5 * (1 - d);
  const choose2 = (x: number): number => (x * (x - 1)) / 2;

  // Power sums over groups (exact integers while below 2^53).
  let Q = 0; // Σ n²
  let T2 = 0; // Σ n(n − 1)
  let T3 = 0; // Σ n(n − 1)(n − 2)
  for (let g = 0; g < G; g++) {
    const x = sizes[g]!;
    Q += x * x;
    T2 += x * (x - 1);
    T3 += x * (x - 1) * (x - 2);
  }
  // Distinct sizes and their multiplicities.
  const classSize: number[] = [];
  const classCount: number[] = [];
  {
    const sorted = Float64Array.from(sizes).sort();
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) classCount[classCount.length - 1]!++;
      else {
        classSize.push(sorted[i]!);
        classCount.push(1);
      }
    }
  }
  const K = classSize.length;

  // Node level: one row per distinct size, then copied to the groups.
  const rowOfSize = new Map<number, Float64Array>();
  for (let c = 0; c < K; c++) {
    const ng = classSize[c]!;
    // Σ_{h ≠ g} n_h · C(N − n_h − n_g, 2), over the other groups' sizes.
    let liaisonSum = 0;
    for (let t = 0; t < K; t++) {
      const count = classCount[t]! - (t === c ? 1 : 0);
      if (count > 0) liaisonSum += count * classSize[t]! * choose2(N - classSize[t]! - ng);
    }
    const E = [
      P * (ng - 1) * (ng - 2),
      P * (T2 - ng * (ng - 1)),
      P * (N - ng) * (ng - 1),
      0,
      P * ((N - ng) * (N - ng) - (Q - ng * ng)),
      P * (N - 1) * (N - 2),
    ];
    E[3] = E[2]!;
    const X = [
      2 * (ng - 1) * (ng - 2) * (ng - 3) * D3,
      2 * (T3 - ng * (ng - 1) * (ng - 2)) * D3,
      2 * ((ng - 1) * choose2(N - ng) + (N - ng) * choose2(ng - 1)) * D3,
      0,
      4 * liaisonSum * D3,
      2 * (N - 1) * (N - 2) * (N - 3) * D3,
    ];
    X[3] = X[2]!;
    const row = new Float64Array(2 * ROLE_COLUMNS);
    for (let r = 0; r < ROLE_COLUMNS; r++) {
      // + 0 turns the −0 of products such as P·0·(−1) (and √−0) into 0.
      row[r] = E[r]! + 0;
      row[ROLE_COLUMNS + r] = Math.sqrt(E[r]! * (1 - P) + X[r]!) + 0;
    }
    rowOfSize.set(ng, row);
  }
  const groupExpected = new Float64Array(G * ROLE_COLUMNS);
  const groupSd = new Float64Array(G * ROLE_COLUMNS);
  for (let g = 0; g < G; g++) {
    const row = rowOfSize.get(sizes[g]!)!;
    groupExpected.set(row.subarray(0, ROLE_COLUMNS), g * ROLE_COLUMNS);
    groupSd.set(row.subarray(ROLE_COLUMNS), g * ROLE_COLUMNS);
  }

  // Network level.
  let eCoord = 0;
  let xCoord = 0;
  let eItin = 0;
  let xItin = 0;
  let xRep = 0;
  let eLiaison = 0;
  for (let g = 0; g < G; g++) {
    const x = sizes[g]!;
    const t3 = x * (x - 1) * (x - 2);
    eCoord += t3;
    xCoord += t3 * ((4 * x - 10) * D3 - 4 * (x - 3) * D4 + (x - 3) * D5);
    const outside = N - x;
    const t = x * outside * (x - 1);
    eItin += t;
    // Σ_{h ≠ g} n_h (2n_g + 2n_h − 6) = (2n_g − 6)(N − n_g) + 2(Q − n_g²).
    xItin += x * (x - 1) * (((2 * x - 6) * outside + 2 * (Q - x * x)) * D3 + (N - x - 1) * outside * D5);
    xRep += t * ((N - 3) * D3 + (x - 2) * D5);
    // Σ_{h ≠ g} n_h (N − n_g − n_h) = (N − n_g)² − (Q − n_g²).
    eLiaison += x * (outside * outside - (Q - x * x));
  }
  // Σ_{i,j,k distinct} n_i n_j n_k [(4(N − n_j) − 2(n_i + n_k + 1))(D3 − D4) + (N − n_i − n_k − 1) D5]:
  // for each ordered pair (i, k), S1 = Σ_{j ∉ {i,k}} n_j = N − n_i − n_k, S2 = Σ n_j² = Q − n_i² − n_k².
  let liaisonA = 0;
  let liaisonB = 0;
  for (let c = 0; c < K; c++) {
    const ni = classSize[c]!;
    for (let e = 0; e < K; e++) {
      const pairs = classCount[c]! * (classCount[e]! - (c === e ? 1 : 0));
      if (pairs <= 0) continue;
      const nk = classSize[e]!;
      const S1 = N - ni - nk;
      const S2 = Q - ni * ni - nk * nk;
      const w = pairs * ni * nk;
      liaisonA += w * ((4 * N - 2 * ni - 2 * nk - 2) * S1 - 4 * S2);
      liaisonB += w * (N - ni - nk - 1) * S1;
    }
  }
  const networkExpected = Float64Array.of(
    P * eCoord + 0,
    P * eItin + 0,
    P * eItin + 0,
    P * eItin + 0,
    P * eLiaison + 0,
    P * N * (N - 1) * (N - 2) + 0,
  );
  const X = [
    xCoord,
    xItin,
    xRep,
    xRep,
    liaisonA * (D3 - D4) + liaisonB * D5,
    N * (N - 1) * (N - 2) * ((4 * N - 10) * D3 - 4 * (N - 3) * D4 + (N - 3) * D5),
  ];
  const networkSd = new Float64Array(ROLE_COLUMNS);
  for (let r = 0; r < ROLE_COLUMNS; r++) networkSd[r] = Math.sqrt(networkExpected[r]! * (1 - P) + X[r]!) + 0;
  return { density: d, groupExpected, groupSd, networkExpected, networkSd };
}

/** @internal Moments of the permutation null model. */
export interface PermutationNull {
  /** Mean over permutations, `[v * 6 + role]`. */
  nodeMean: Float64Array;
  /** Sample standard deviation (denominator R − 1) over permutations, `[v * 6 + role]`. */
  nodeSd: Float64Array;
  /** Number of permutations whose count reached the observed one, `[v * 6 + role]`. */
  nodeAtLeast: Float64Array;
  /** Network-level mean (length 6). */
  networkMean: Float64Array;
  /** Network-level sample standard deviation (length 6). */
  networkSd: Float64Array;
  /** Network-level count of permutations at least as large as observed (length 6). */
  networkAtLeast: Float64Array;
}

/**
 * @internal
 * The label-permutation null model: `permutations` times, shuffle the group labels over the nodes
 * (Fisher–Yates with `rng`, so group sizes are kept), recount, and accumulate the mean and
 * variance (Welford) and the number of runs reaching the observed count (relative tolerance
 * 1e-9, so that partial credits summed in another order still tie).
 *
 * @param index The CSR index.
 * @param groupOf The observed group id of each node (not modified).
 * @param observed The observed counts (node-major, after {@link toUnordered} when `unordered`).
 * @param observedNetwork The observed network-level counts.
 * @param permutations The number of runs R ≥ 2.
 * @param rng The random generator.
 * @param partialCredit As in {@link brokerageCounts}.
 * @param unordered Whether counts are converted with {@link toUnordered}.
 */
export function permutationNull(
  index: CsrIndex,
  groupOf: Int32Array,
  observed: Float64Array,
  observedNetwork: Float64Array,
  permutations: number,
  rng: () => number,
  partialCredit: boolean,
  unordered: boolean,
): PermutationNull {
  const len = observed.length;
  const labels = Int32Array.from(groupOf);
  const counts = new Float64Array(len);
  const scratch = brokerageScratch(index.order);
  const nodeMean = new Float64Array(len);
  const nodeM2 = new Float64Array(len);
  const nodeAtLeast = new Float64Array(len);
  const total = new Float64Array(ROLE_COLUMNS);
  const networkMean = new Float64Array(ROLE_COLUMNS);
  const networkM2 = new Float64Array(ROLE_COLUMNS);
  const networkAtLeast = new Float64Array(ROLE_COLUMNS);
  for (let run = 1; run <= permutations; run++) {
    shuffleInPlace(rng, labels);
    brokerageCounts(index, labels, partialCredit, counts, scratch);
    if (unordered) toUnordered(counts);
    networkTotals(counts, total);
    accumulate(counts, observed, run, nodeMean, nodeM2, nodeAtLeast);
    accumulate(total, observedNetwork, run, networkMean, networkM2, networkAtLeast);
  }
  return {
    nodeMean,
    nodeSd: sampleSd(nodeM2, permutations),
    nodeAtLeast,
    networkMean,
    networkSd: sampleSd(networkM2, permutations),
    networkAtLeast,
  };
}

function accumulate(
  values: Float64Array,
  observed: Float64Array,
  run: number,
  mean: Float64Array,
  m2: Float64Array,
  atLeast: Float64Array,
): void {
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    const delta = x - mean[i]!;
    mean[i]! += delta / run;
    m2[i]! += delta * (x - mean[i]!);
    const o = observed[i]!;
    if (x >= o - 1e-9 * Math.abs(o)) atLeast[i]!++;
  }
}

function sampleSd(m2: Float64Array, runs: number): Float64Array {
  for (let i = 0; i < m2.length; i++) m2[i] = Math.sqrt(Math.max(0, m2[i]!) / (runs - 1));
  return m2;
}
