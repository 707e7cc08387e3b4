/**
 * Shared option types of the tie-level metrics (neighbourhood overlap, embeddedness, neighbourhood
 * Jaccard, local bridges, bridges): the undirected projection option and the assign variants'
 * options, and the validated input of the structural ones. Results are {@link TieValue} rows
 * (src/define-metric.ts).
 *
 * @module
 */
import { toIndex } from '../core/build-index.js';
import { isCsrIndex, type CsrIndex } from '../core/csr.js';
import { undirectedTies, type UndirectedTies } from '../core/undirected-ties.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertEnum, resolveOptions } from '../options.js';

/**
 * How a directed graph becomes undirected ties for tie-level measures (docs/metrics.md):
 * `'any'`: i–j is a tie when i→j or j→i exists; `'mutual'`: only when both exist (reciprocated
 * ties, as Onnela et al. 2007 did). A projected tie's strength is a_ij + a_ji. Undirected graphs
 * are used as they are.
 */
export type TieProjection = 'any' | 'mutual';

/** @internal The projections, for option validation. */
export const TIE_PROJECTIONS: readonly TieProjection[] = Object.freeze(['any', 'mutual'] as const);

/** Options every tie-level metric accepts. */
export interface TieProjectionOptions {
  /** How a directed graph is projected to undirected ties (ignored for undirected graphs). [`'any'`] */
  projection?: TieProjection;
}

/** Options of the `assign…` variants: the projection and the edge attribute written. */
export interface AssignTieMetricOptions extends TieProjectionOptions {
  /** The edge attribute to write. [the metric's name] */
  attribute?: string;
}

/** @internal The index and projected ties of a validated input. */
export interface TieInput {
  index: CsrIndex;
  ties: UndirectedTies;
}

/**
 * @internal
 * Steps 1–3 of a structural tie metric's wrapper (validate, resolve options, index) and the
 * projection. The metric reads no strengths, so a graph is indexed unweighted: its weight
 * attributes are neither read nor validated.
 */
export function structuralTieInput(
  input: unknown,
  options: TieProjectionOptions | undefined,
  defaults: Readonly<Required<TieProjectionOptions>>,
  prefix: string,
): TieInput {
  assertGraphOrIndex(input, prefix);
  const opts = resolveOptions(prefix, defaults, options);
  assertEnum(prefix, 'projection', opts.projection, TIE_PROJECTIONS);
  const index = isCsrIndex(input) ? input : toIndex(input, { getEdgeStrength: null }, prefix);
  return { index, ties: undirectedTies(index, opts.projection) };
}

