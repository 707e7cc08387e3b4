/**
 * Krackhardt's high-tech managers (1987): advice, friendship and reports-to ties among the 21
 * managers of a small high-tech manufacturing firm, embedded so that it works offline.
 *
 * @module
 */
import type { DirectedGraph } from 'graphology';
import { assertEnum, resolveOptions } from '../options.js';
import { csvRows, relationGraph, type RelationLayer } from './build.js';
import { ADVICE_CSV, FRIENDSHIP_CSV, NODES_CSV, REPORTS_TO_CSV } from './data/krackhardt-high-tech.js';

const NAME = 'tiestrength/datasets/krackhardtHighTech';

/** One relation of the Krackhardt data: who asks whom for advice, who calls whom a friend, who reports to whom. */
export type KrackhardtRelation = 'advice' | 'friendship' | 'reportsTo';

/** Options of {@link krackhardtHighTech}. */
export interface KrackhardtHighTechOptions {
  /**
   * The relation to load, or `'all'` for one multiplex edge per ordered pair tied in any relation. [`'advice'`]
   */
  relation?: KrackhardtRelation | 'all';
}

/** Defaults of {@link krackhardtHighTech}. */
export const KRACKHARDT_HIGH_TECH_DEFAULTS: Readonly<{ relation: 'advice' }> = Object.freeze({ relation: 'advice' });

const RELATIONS: readonly (KrackhardtRelation | 'all')[] = ['advice', 'friendship', 'reportsTo', 'all'];

/** Node attributes of {@link krackhardtHighTech}: one manager. */
export interface KrackhardtNode {
  /** Always `'employee'`. */
  kind: 'employee';
  /** The department, `'1'` to `'4'`; `'0'` for the CEO (node `'7'`), who belongs to no department. */
  department: string;
  /** The level in the hierarchy: 1 = CEO, 2 = vice president, 3 = manager. */
  level: number;
  /** The age in years. */
  age: number;
  /** The length of service (tenure) in years, with decimals (e.g. 9.333). */
  tenure: number;
}

/**
 * Edge attributes of {@link krackhardtHighTech}. An edge `source → target` means that source
 * named target: source goes to target for advice, calls target a friend, or reports to target.
 *
 * A single-relation graph sets only the loaded relation's flag (`true`) and `weight: 1`. The
 * `'all'` graph sets all three flags (`true` when the pair is tied in that relation, else
 * `false`) and `weight` = the number of relations present (multiplexity, 1–3).
 */
export interface KrackhardtEdge {
  /** 1 for a single relation; the number of relations present (1–3) for `'all'`. */
  weight: number;
  /** Whether source goes to target for advice. */
  advice?: boolean;
  /** Whether source calls target a friend. */
  friendship?: boolean;
  /** Whether source reports to target (from company documents, not self-report). */
  reportsTo?: boolean;
}

const LAYERS: Readonly<Record<KrackhardtRelation, RelationLayer>> = {
  advice: ['advice', ADVICE_CSV],
  friendship: ['friendship', FRIENDSHIP_CSV],
  reportsTo: ['reportsTo', REPORTS_TO_CSV],
};

/**
 * Krackhardt's high-tech managers: the 21 managers of a ~100-employee high-tech manufacturing
 * firm on the US west coast, with three directed relations. Each manager answered "To whom do you
 * go for advice?" and "Who is your friend?"; "To whom do you report?" comes from company documents.
 *
 * Nodes are keyed `'1'` to `'21'` and always all present (a relation may leave some isolated).
 * Edges are keyed `"source->target"` and carry `weight: 1` and the relation's flag; with
 * `relation: 'all'` there is one edge per ordered pair tied in any relation, with all three flags
 * and `weight` = multiplexity (see {@link KrackhardtEdge}). Every call builds a fresh graph, which
 * the caller may mutate.
 *
 * Sizes (ordered pairs): advice 190 (density 190/420 = 0.452), friendship 102 (0.243),
 * reportsTo 20 (a tree: everyone but the CEO reports to one person), all 232.
 *
 * @remarks
 * - Department `'0'` is not a department: it marks the CEO (node `'7'`, level 1). Departments
 *   `'1'`–`'4'` have 5, 8, 3 and 4 managers. They are strings, because they are labels.
 * - These are self-reports: one slice of Krackhardt's cognitive social structure. The full
 *   21 × 21 × 21 perception data is not included.
 * - Source: Linton Freeman's collection (UCINET's KRACKHT data) via the R package networkdata
 *   (D. Schoch), with tenure to three decimals from SDS-AAU/M2-2018 (networkdata rounds tenure to
 *   whole years; its age, level and department columns agree).
 * - Licence: networkdata is MIT-licensed (package licence, copyright David Schoch) and gives no
 *   separate licence for this data, which has been shared for research and teaching (UCINET,
 *   Freeman's site) for decades. Cite Krackhardt (1987). The SDS-AAU repository states no licence.
 *   See {@link DATASETS}.
 *
 * @param options The {@link KrackhardtHighTechOptions}.
 * @returns A new DirectedGraph of the 21 managers and the chosen relation.
 * @throws {@link InvalidOptionError} If `options` is not an object, has an unknown key, or
 *   `relation` is not one of `'advice'`, `'friendship'`, `'reportsTo'`, `'all'` (`option: 'relation'`).
 *
 * @example
 * const advice = krackhardtHighTech();
 * advice.order                       //=> 21
 * advice.size                        //=> 190
 * advice.getNodeAttributes('7')      //=> { kind: 'employee', department: '0', level: 1, age: 55, tenure: 30 }
 * advice.getEdgeAttributes('1', '2') //=> { advice: true, weight: 1 }
 *
 * const all = krackhardtHighTech({ relation: 'all' });
 * all.size                           //=> 232
 * all.getEdgeAttributes('2', '7')    //=> { advice: true, friendship: false, reportsTo: true, weight: 2 }
 *
 * @see lazegaLawFirm, manufacturingEmail, DATASETS
 *
 * References
 * [1] Krackhardt, D. (1987). Cognitive social structures. Social Networks 9(2):109–134.
 * [2] Wasserman, S. & Faust, K. (1994). Social Network Analysis. Cambridge University Press.
 */
export function krackhardtHighTech(options?: KrackhardtHighTechOptions): DirectedGraph<KrackhardtNode, KrackhardtEdge> {
  const opts = resolveOptions(NAME, KRACKHARDT_HIGH_TECH_DEFAULTS, options);
  const relation: unknown = opts.relation;
  assertEnum(NAME, 'relation', relation, RELATIONS);
  const nodes = csvRows<[string, string, string, string, string]>(NODES_CSV).map(
    ([id, age, tenure, level, department]) =>
      [
        id,
        { kind: 'employee', department, level: Number(level), age: Number(age), tenure: Number(tenure) },
      ] as const,
  );
  const layers = relation === 'all' ? Object.values(LAYERS) : [LAYERS[relation]];
  return relationGraph<KrackhardtNode, KrackhardtEdge>(nodes, layers, relation === 'all');
}
