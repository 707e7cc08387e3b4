/**
 * Per-slot tie distances for the path kernels (docs/metrics.md), resolved once per call:
 *
 * - the index holds distances (built with `getEdgeDistance`): use them; `getEdgeDistance: null`
 *   stores 1 everywhere, which is hop counting;
 * - otherwise derive them from the merged strengths with `toDistance`:
 *   `'inverse'` d = 1/s (default), `'negLog'` d = −ln(s / s_max), `'maxMinus'` d = s_max − s,
 *   or a function `(s) => d`.
 *
 * When every tie has the same distance c (hops, an unweighted graph, equal strengths), the
 * result says so (`slots: null`, `unit: c`), and kernels run a breadth-first search instead of
 * Dijkstra's algorithm and multiply hop counts by c.
 *
 * Zero distances: shortest-path *counting* (betweenness) and the distance sums of closeness and
 * harmonic centrality need every distance > 0 (a zero-length tie makes infinitely many equally
 * short walks, and 1/0 = ∞). `'negLog'` and `'maxMinus'` give the strongest tie distance 0, so
 * such metrics refuse them with an {@link InvalidOptionError}; a `toDistance` function returning 0
 * throws {@link InvalidWeightError} naming the tie. Path *search* (warm paths) may allow zeros.
 *
 * @internal
 * @module
 */
import { InvalidOptionError, InvalidWeightError, show } from '../errors.js';
import type { ToDistance } from '../options.js';
import type { CsrIndex } from './csr.js';

/** The built-in distance transforms. */
const TRANSFORMS = ['inverse', 'negLog', 'maxMinus'] as const;

/** @internal Distances of every adjacency slot, ready for the search kernels. */
export interface PathDistances {
  /**
   * Distance of each out-adjacency slot (aligned with `index.neighbors`), or `null` when every
   * tie has the same distance {@link PathDistances.unit} (run a BFS and scale hop counts).
   */
  slots: Float64Array | null;
  /**
   * Distance of each in-adjacency slot (aligned with `index.inNeighbors`); the same array as
   * `slots` for undirected graphs; `null` together with `slots`.
   */
  inSlots: Float64Array | null;
  /** The common distance of every tie when `slots` is `null` (1 for hops); otherwise `NaN`. */
  unit: number;
}

/** @internal What a caller of {@link resolveDistances} allows. */
export interface DistancePolicy {
  /** Whether distance 0 is acceptable (path search); `false` for counting and distance sums. */
  allowZero: boolean;
}

/**
 * @internal
 * Validates a `toDistance` option value. With `allowZero: false` (betweenness, closeness,
 * harmonic), `'negLog'` and `'maxMinus'` are refused: they give the strongest tie distance 0.
 *
 * @throws {@link InvalidOptionError} If the value is not a known transform or a function, or
 *   gives zero distances where the metric cannot use them.
 */
export function assertToDistance(prefix: string, value: unknown, policy: DistancePolicy): asserts value is ToDistance {
  if (typeof value === 'function') return;
  if (typeof value !== 'string' || !(TRANSFORMS as readonly string[]).includes(value)) {
    throw new InvalidOptionError(
      `${prefix}: option toDistance must be one of ${TRANSFORMS.map((t) => JSON.stringify(t)).join(', ')} or a function (strength) => distance; got ${show(value)}`,
      'toDistance',
    );
  }
  if (!policy.allowZero && value !== 'inverse') {
    throw new InvalidOptionError(
      `${prefix}: option toDistance ${JSON.stringify(value)} gives the strongest tie distance 0, and shortest-path ` +
        'counts and distance sums need distances > 0; use "inverse", a function returning positive distances, or getEdgeDistance',
      'toDistance',
    );
  }
}

/**
 * @internal
 * Resolves the distance of every adjacency slot of `index`.
 *
 * @param index The index (its `distances` when present, otherwise its merged strengths).
 * @param toDistance The user's `toDistance` option exactly as given (`undefined` when absent).
 * @param explicitGetEdgeDistance Whether the caller passed `getEdgeDistance` (then `toDistance` must be absent).
 * @param prefix The message prefix of the calling function.
 * @param policy Whether zero distances are allowed.
 * @returns The {@link PathDistances}.
 * @throws {@link InvalidOptionError} If `toDistance` is given together with distances
 *   (`getEdgeDistance`, or an index built with it), or is invalid for the policy.
 * @throws {@link InvalidWeightError} If a `toDistance` function returns a value that is not a
 *   finite number > 0 (≥ 0 when zeros are allowed).
 */
export function resolveDistances(
  index: CsrIndex,
  toDistance: unknown,
  explicitGetEdgeDistance: boolean,
  prefix: string,
  policy: DistancePolicy,
): PathDistances {
  if (index.distances !== null) {
    if (toDistance !== undefined) {
      throw new InvalidOptionError(
        `${prefix}: option toDistance applies only when distances are derived from strengths; ` +
          (explicitGetEdgeDistance ? 'getEdgeDistance is given' : 'this CsrIndex already holds distances (it was built with getEdgeDistance)'),
        'toDistance',
      );
    }
    return fromTieDistances(index, index.tieDistances!);
  }
  const transform = toDistance === undefined ? 'inverse' : toDistance;
  assertToDistance(prefix, transform, policy);
  const T = index.size;
  const strengths = index.tieStrengths;
  const dist = new Float64Array(T);
  if (transform === 'inverse') {
    for (let t = 0; t < T; t++) dist[t] = 1 / strengths[t]!;
  } else if (typeof transform === 'function') {
    for (let t = 0; t < T; t++) dist[t] = checkDistance(transform(strengths[t]!), index, t, prefix, policy);
  } else {
    let sMax = 0;
    for (let t = 0; t < T; t++) if (strengths[t]! > sMax) sMax = strengths[t]!;
    if (transform === 'negLog') {
      // −ln(s / s_max) = ln(s_max / s) ≥ 0, exactly 0 for the strongest ties.
      for (let t = 0; t < T; t++) dist[t] = Math.log(sMax / strengths[t]!);
    } else {
      for (let t = 0; t < T; t++) dist[t] = sMax - strengths[t]!;
    }
  }
  return fromTieDistances(index, dist);
}

/** Spreads per-tie distances over the adjacency slots, or reports a common distance. */
function fromTieDistances(index: CsrIndex, dist: Float64Array): PathDistances {
  const T = dist.length;
  let uniform = true;
  const first = T > 0 ? dist[0]! : 1;
  for (let t = 1; t < T && uniform; t++) if (dist[t] !== first) uniform = false;
  if (uniform) return { slots: null, inSlots: null, unit: first };
  const slots = spread(dist, index.slotTies);
  const inSlots = index.directed ? spread(dist, index.inSlotTies) : slots;
  return { slots, inSlots, unit: Number.NaN };
}

function spread(dist: Float64Array, slotTies: Uint32Array): Float64Array {
  const out = new Float64Array(slotTies.length);
  for (let p = 0; p < slotTies.length; p++) out[p] = dist[slotTies[p]!]!;
  return out;
}

function checkDistance(value: unknown, index: CsrIndex, t: number, prefix: string, policy: DistancePolicy): number {
  if (typeof value === 'number' && value < Infinity && (value > 0 || (policy.allowZero && value === 0))) return value;
  const source = index.keys[index.tieSources[t]!]!;
  const target = index.keys[index.tieTargets[t]!]!;
  const problem =
    typeof value !== 'number'
      ? `is not a number (${typeof value} ${show(value)})`
      : Number.isNaN(value)
        ? 'is NaN'
        : value === 0
          ? 'is 0 (a zero-length tie makes infinitely many equally short paths)'
          : value < 0
            ? `is negative (${value})`
            : `is ${value}`;
  throw new InvalidWeightError(
    `${prefix}: the distance that toDistance gives the tie ${show(source)} – ${show(target)} (strength ${index.tieStrengths[t]}) ${problem}; ` +
      `distances must be finite numbers ${policy.allowZero ? '≥' : '>'} 0`,
    { source, target, value },
  );
}
