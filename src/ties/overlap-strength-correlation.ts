/**
 * overlapStrengthCorrelation: are strong ties embedded and weak ties bridging? Spearman's ρ
 * between tie strength and neighbourhood overlap, and the mean overlap per strength decile
 * (Granovetter's hypothesis as tested by Onnela et al. 2007).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { commonNeighborCounts, overlapFromCommon } from '../core/overlap.js';
import { midRanks, pearson } from '../core/rank.js';
import { compensatedSum } from '../core/summation.js';
import { undirectedTies } from '../core/undirected-ties.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertEnum, resolveOptions, type EdgeValueGetter } from '../options.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/ties/overlapStrengthCorrelation';

/** Number of strength bins of {@link overlapStrengthCorrelation}. */
const DECILES = 10;

/** Options of {@link overlapStrengthCorrelation}. */
export interface OverlapStrengthCorrelationOptions<EdgeAttributes extends Attributes = Attributes> {
  /** How to read a tie's strength (attribute name, getter, or `null` for unweighted). [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** Directed graphs: `'any'` ties i–j when i→j or j→i; `'mutual'` only when both exist. [`'any'`] */
  projection?: 'any' | 'mutual';
}

/** Defaults of {@link overlapStrengthCorrelation}. */
export const OVERLAP_STRENGTH_CORRELATION_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  projection: 'any' as 'any' | 'mutual',
});

/** One strength decile of {@link overlapStrengthCorrelation}. */
export interface StrengthDecile {
  /** 1 (weakest tenth of the ties) to 10 (strongest). */
  decile: number;
  /** Ties in the decile (0 when equal strengths leave it empty). */
  ties: number;
  /** Smallest strength in the decile (`NaN` when empty). */
  minStrength: number;
  /** Largest strength in the decile (`NaN` when empty). */
  maxStrength: number;
  /** Mean strength (`NaN` when empty). */
  meanStrength: number;
  /** Mean neighbourhood overlap ⟨O⟩ (`NaN` when empty). */
  meanOverlap: number;
}

/** The result of {@link overlapStrengthCorrelation}. */
export interface OverlapStrengthCorrelation {
  /** Spearman's ρ between strength and overlap over the ties used; `NaN` for fewer than 2 ties or a constant strength or overlap. */
  rho: number;
  /** Ties used (every tie whose overlap is defined). */
  ties: number;
  /** Ties left out because their overlap is 0/0: isolated dyads (both ends have no other contact). */
  excluded: number;
  /** Ten strength deciles, weakest first, each with its mean overlap. */
  deciles: StrengthDecile[];
}

/**
 * Spearman's rank correlation between tie strength and neighbourhood overlap, with the mean
 * overlap in each tenth of the ties ranked by strength.
 *
 * Granovetter (1973) argued that the stronger the tie between two people, the more their
 * contacts overlap; Onnela et al. (2007) confirmed it on mobile-phone calls (⟨O⟩ rises with
 * strength). A clearly positive ρ says your weak ties are the ones that bridge.
 *
 * Formula (plain text):
 *
 *   O_ij  = n_ij / ((k_i − 1) + (k_j − 1) − n_ij)          neighbourhood overlap, n_ij common neighbours
 *   ρ     = Pearson correlation of the mid-ranks of (s_ij) and of (O_ij)   (ties get average ranks)
 *   decile(ij) = ⌊10 · (r_ij − ½) / N⌋ + 1                 r_ij: mid-rank of s_ij among the N ties used
 *
 * @remarks
 * - **Ties used:** every tie with a defined overlap. An isolated dyad (both ends have no other
 *   contact) has O = 0/0 and is left out, counted in `excluded`.
 * - **Deciles by rank:** a tie's decile comes from its strength's mid-rank, so ties of equal
 *   strength always share a decile and each decile holds about N/10 ties (exactly N/10 when N is a
 *   multiple of 10 and strengths are distinct). Heavily repeated strengths (integer counts) can leave
 *   a decile empty: its `ties` is 0 and its means are `NaN`. There are always ten entries.
 * - Reads tie **strengths** (`getEdgeStrength`). Parallel edges are merged (strengths summed),
 *   self-loops dropped. Directed graphs use the undirected projection (`projection`), with strength
 *   a_ij + a_ji and N(i) = in ∪ out (docs/metrics.md).
 * - No p-value is given: with the dependence between ties of one network, the usual test does not apply.
 * - An empty graph or one without ties gives ρ = `NaN`, `ties` = 0 and ten empty deciles; never throws.
 * - Complexity: O(m·√m) worst case for the overlaps, O(m) for the ranks (a radix sort).
 * - Parity: ρ equals `scipy.stats.spearmanr` and the deciles `scipy.stats.rankdata(method='average')`
 *   binning, with overlaps from NetworkX 2.8.8 `common_neighbors`, on the golden fixtures (1e-9).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link OverlapStrengthCorrelationOptions}.
 * @returns The {@link OverlapStrengthCorrelation}.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid.
 *
 * @example
 * // org: the "org" graph of docs/metrics.md, a1–a2 3, a1–a3 2, a2–a3 1, a3–b1 1, b1–b2 4, b2–c1 1, a2–b2 1
 * const { rho, ties, deciles } = overlapStrengthCorrelation(org);
 * rho;                   //=> 0.36265926036768287
 * ties;                  //=> 7
 * deciles[2];            //=> { decile: 3, ties: 4, minStrength: 1, maxStrength: 1, meanStrength: 1, meanOverlap: 0.08333333333333333 }
 * deciles[9].meanOverlap //=> 0 (b1–b2, the strongest tie, is a local bridge)
 *
 * @see percolationCurve, classifyTies
 *
 * References
 * [1] Onnela, J.-P. et al. (2007). Structure and tie strengths in mobile communication networks. PNAS 104(18):7332–7336.
 * [2] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [3] Spearman, C. (1904). The proof and measurement of association between two things. American Journal of Psychology 15(1):72–101.
 */
export function overlapStrengthCorrelation<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: OverlapStrengthCorrelationOptions<EdgeAttributes>,
): OverlapStrengthCorrelation {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, OVERLAP_STRENGTH_CORRELATION_DEFAULTS, options as OverlapStrengthCorrelationOptions | undefined);
  assertEnum(NAME, 'projection', opts.projection, ['any', 'mutual'] as const);
  const index = toIndex(input as AbstractGraph | CsrIndex, options as OverlapStrengthCorrelationOptions | undefined, NAME);
  const ties = undirectedTies(index, opts.projection);
  const overlap = overlapFromCommon(ties, commonNeighborCounts(ties));
  return tidyResult('overlapStrengthCorrelation', overlapStrengthKernel(ties.tieStrengths, overlap));
}

/**
 * @internal
 * ρ and the deciles from per-tie strengths and overlaps (`NaN` overlaps left out).
 */
export function overlapStrengthKernel(strengths: Float64Array, overlap: Float64Array): OverlapStrengthCorrelation {
  let used = 0;
  for (let t = 0; t < overlap.length; t++) if (!Number.isNaN(overlap[t]!)) used++;
  const s = new Float64Array(used);
  const o = new Float64Array(used);
  for (let t = 0, k = 0; t < overlap.length; t++) {
    if (Number.isNaN(overlap[t]!)) continue;
    s[k] = strengths[t]!;
    o[k++] = overlap[t]!;
  }
  const strengthRanks = midRanks(s);
  const rho = used < 2 ? Number.NaN : pearson(strengthRanks, midRanks(o));

  // Counting sort of the used ties by decile, then compensated sums per decile.
  const decileOf = new Uint8Array(used);
  const start = new Uint32Array(DECILES + 1);
  for (let k = 0; k < used; k++) {
    const d = Math.min(DECILES - 1, Math.floor((DECILES * (strengthRanks[k]! - 0.5)) / used));
    decileOf[k] = d;
    start[d + 1]!++;
  }
  for (let d = 0; d < DECILES; d++) start[d + 1]! += start[d]!;
  const cursor = start.slice(0, DECILES);
  const sBinned = new Float64Array(used);
  const oBinned = new Float64Array(used);
  for (let k = 0; k < used; k++) {
    const p = cursor[decileOf[k]!]!++;
    sBinned[p] = s[k]!;
    oBinned[p] = o[k]!;
  }
  const deciles: StrengthDecile[] = [];
  for (let d = 0; d < DECILES; d++) {
    const from = start[d]!;
    const count = start[d + 1]! - from;
    const sd = sBinned.subarray(from, from + count);
    let min = Number.NaN;
    let max = Number.NaN;
    for (let i = 0; i < count; i++) {
      if (!(sd[i]! >= min)) min = sd[i]!;
      if (!(sd[i]! <= max)) max = sd[i]!;
    }
    deciles.push({
      decile: d + 1,
      ties: count,
      minStrength: min,
      maxStrength: max,
      meanStrength: count === 0 ? Number.NaN : compensatedSum(sd) / count,
      meanOverlap: count === 0 ? Number.NaN : compensatedSum(oBinned.subarray(from, from + count)) / count,
    });
  }
  return { rho, ties: used, excluded: overlap.length - used, deciles };
}
