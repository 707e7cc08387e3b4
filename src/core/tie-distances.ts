/**
 * Distances of the ties of an undirected projection (docs/metrics.md–1.3), for the path
 * measures that run on it (the span of a local bridge).
 *
 * - Undirected index: the index's own distances, resolved by src/core/distances.ts
 *   (`getEdgeDistance`, or `toDistance` from the merged strengths).
 * - Directed index, projected to undirected ties ({@link undirectedTies}): a projected tie i–j has
 *   strength a_ij + a_ji; its distance is
 *     - min(d_ij, d_ji) over the arcs present, when the index holds distances (`getEdgeDistance`):
 *       the same rule as for parallel edges, which keep their minimum distance;
 *     - otherwise `toDistance(a_ij + a_ji)`: the distance of the projected tie's strength.
 *   Both are resolved by src/core/distances.ts on an undirected {@link CsrIndex} of the projection.
 *
 * @internal
 * @module
 */
import { CsrIndex } from './csr.js';
import { resolveDistances, type PathDistances } from './distances.js';
import type { UndirectedTies } from './undirected-ties.js';

/**
 * @internal
 * Per-slot distances of `ties` (the projection of `index`), or a common distance (see
 * {@link PathDistances}). Zero distances are allowed (path search, not path counting).
 *
 * @param index The index `ties` was made from.
 * @param ties Its undirected ties (`undirectedTies(index, projection)`).
 * @param toDistance The user's `toDistance` option as given (`undefined` when absent).
 * @param explicitGetEdgeDistance Whether the caller passed `getEdgeDistance`.
 * @param prefix The message prefix of the calling function.
 * @throws {@link InvalidOptionError} If `toDistance` is invalid or given together with distances.
 * @throws {@link InvalidWeightError} If a `toDistance` function returns a value that is not a finite number ≥ 0.
 */
export function undirectedTieDistances(
  index: CsrIndex,
  ties: UndirectedTies,
  toDistance: unknown,
  explicitGetEdgeDistance: boolean,
  prefix: string,
): PathDistances {
  const policy = { allowZero: true };
  if (!index.directed) return resolveDistances(index, toDistance, explicitGetEdgeDistance, prefix, policy);
  return resolveDistances(projectionIndex(index, ties), toDistance, explicitGetEdgeDistance, prefix, policy);
}

/** The projection as an undirected {@link CsrIndex} (sharing the arrays of `ties`), with min-of-arcs distances when the index has distances. */
function projectionIndex(index: CsrIndex, ties: UndirectedTies): CsrIndex {
  let tieDistances: Float64Array | null = null;
  let distances: Float64Array | null = null;
  if (index.distances !== null) {
    tieDistances = new Float64Array(ties.size).fill(Infinity);
    const { offsets: out, neighbors: outN, distances: outD } = index;
    const { offsets, neighbors, slotTies } = ties;
    // Merge each node's sorted out-list with its sorted projected list; an arc u→v whose pair
    // is a projected tie lowers that tie's distance ('mutual' drops unreciprocated arcs).
    for (let u = 0; u < index.order; u++) {
      let q = offsets[u]!;
      const qEnd = offsets[u + 1]!;
      for (let p = out[u]!, pEnd = out[u + 1]!; p < pEnd && q < qEnd; p++) {
        const v = outN[p]!;
        while (q < qEnd && neighbors[q]! < v) q++;
        if (q < qEnd && neighbors[q] === v) {
          const t = slotTies[q]!;
          if (outD[p]! < tieDistances[t]!) tieDistances[t] = outD[p]!;
        }
      }
    }
    distances = new Float64Array(ties.neighbors.length);
    for (let q = 0; q < distances.length; q++) distances[q] = tieDistances[ties.slotTies[q]!]!;
  }
  const keys = index.keys as string[];
  return new CsrIndex({
    directed: false,
    weighted: index.weighted,
    keys,
    idOf: new Map(keys.map((key, id) => [key, id])),
    offsets: ties.offsets,
    neighbors: ties.neighbors,
    strengths: ties.strengths,
    distances,
    slotTies: ties.slotTies,
    inOffsets: ties.offsets,
    inNeighbors: ties.neighbors,
    inStrengths: ties.strengths,
    inDistances: distances,
    inSlotTies: ties.slotTies,
    tieSources: ties.tieSources,
    tieTargets: ties.tieTargets,
    tieStrengths: ties.tieStrengths,
    tieDistances,
    stats: index.stats,
  });
}
