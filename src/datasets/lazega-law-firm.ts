/**
 * Lazega's law firm (SG&R, 1988–1991): advice, friendship and co-work ties among the 71 lawyers
 * of a US corporate law partnership, embedded so that it works offline.
 *
 * @module
 */
import type { DirectedGraph } from 'graphology';
import { assertEnum, resolveOptions } from '../options.js';
import { csvRows, relationGraph, type RelationLayer } from './build.js';
import { ADVICE_CSV, COWORK_CSV, FRIENDSHIP_CSV, NODES_CSV } from './data/lazega-law-firm.js';

const NAME = 'tiestrength/datasets/lazegaLawFirm';

/** One relation of the Lazega data: basic professional advice, friendship outside work, strong co-work. */
export type LazegaRelation = 'advice' | 'friendship' | 'cowork';

/** Options of {@link lazegaLawFirm}. */
export interface LazegaLawFirmOptions {
  /**
   * The relation to load, or `'all'` for one multiplex edge per ordered pair tied in any relation. [`'advice'`]
   */
  relation?: LazegaRelation | 'all';
}

/** Defaults of {@link lazegaLawFirm}. */
export const LAZEGA_LAW_FIRM_DEFAULTS: Readonly<{ relation: 'advice' }> = Object.freeze({ relation: 'advice' });

const RELATIONS: readonly (LazegaRelation | 'all')[] = ['advice', 'friendship', 'cowork', 'all'];

/** Node attributes of {@link lazegaLawFirm}: one lawyer. */
export interface LazegaNode {
  /** Always `'employee'`. */
  kind: 'employee';
  /** Partner (nodes `'1'`–`'36'`) or associate (`'37'`–`'71'`). */
  status: 'partner' | 'associate';
  /** As recorded in the source. */
  gender: 'man' | 'woman';
  /** The office: Boston (48 lawyers), Hartford (19) or Providence (4). */
  office: 'Boston' | 'Hartford' | 'Providence';
  /** Years with the firm. */
  seniority: number;
  /** The age in years. */
  age: number;
  /** The practice: litigation (41) or corporate (30). */
  practice: 'litigation' | 'corporate';
  /** The law school: `'harvard_yale'` (Harvard or Yale), `'ucon'` (University of Connecticut) or `'other'`. */
  lawSchool: 'harvard_yale' | 'ucon' | 'other';
}

/**
 * Edge attributes of {@link lazegaLawFirm}. An edge `source → target` means that source named
 * target: source went to target for basic professional advice, socialises with target outside
 * work, or counts target as a strong co-worker.
 *
 * A single-relation graph sets only the loaded relation's flag (`true`) and `weight: 1`. The
 * `'all'` graph sets all three flags (`true` when the pair is tied in that relation, else
 * `false`) and `weight` = the number of relations present (multiplexity, 1–3).
 */
export interface LazegaEdge {
  /** 1 for a single relation; the number of relations present (1–3) for `'all'`. */
  weight: number;
  /** Whether source went to target for basic professional advice in the past year. */
  advice?: boolean;
  /** Whether source socialises with target outside work. */
  friendship?: boolean;
  /** Whether source names target as a strong co-worker (worked with on a case, or read or used target's work product). */
  cowork?: boolean;
}

const LAYERS: Readonly<Record<LazegaRelation, RelationLayer>> = {
  advice: ['advice', ADVICE_CSV],
  friendship: ['friendship', FRIENDSHIP_CSV],
  cowork: ['cowork', COWORK_CSV],
};

/**
 * Lazega's law firm: all 71 attorneys (36 partners, 35 associates) of "SG&R", a north-eastern US
 * corporate law partnership studied in 1988–1991, with three directed relations: basic
 * professional advice ("To whom did you go for basic professional advice?"), friendship ("those you
 * socialise with outside work") and strong co-work.
 *
 * Nodes are keyed `'1'` to `'71'` and always all present. Edges are keyed `"source->target"` and
 * carry `weight: 1` and the relation's flag; with `relation: 'all'` there is one edge per ordered
 * pair tied in any relation, with all three flags and `weight` = multiplexity (see
 * {@link LazegaEdge}). Every call builds a fresh graph, which the caller may mutate.
 *
 * Sizes (ordered pairs): advice 892, friendship 575, cowork 1104, all 1574 (824 pairs in one
 * relation, 503 in two, 247 in all three).
 *
 * @remarks
 * - Co-work ties are asymmetric as reported. Symmetrise them (OR or AND) if you need undirected co-work.
 * - The numeric codes of the original were decoded as networkdata documents them (status, gender,
 *   office, practice, law school); the values are kept as published (`'ucon'` = UConn).
 * - Source: http://moreno.ss.uci.edu/data#lazega via the R package networkdata (D. Schoch).
 * - Licence: networkdata is MIT-licensed (package licence) and states no separate data licence.
 *   The original distributor asks users to cite Lazega (2001). See {@link DATASETS}.
 *
 * @param options The {@link LazegaLawFirmOptions}.
 * @returns A new DirectedGraph of the 71 lawyers and the chosen relation.
 * @throws {@link InvalidOptionError} If `options` is not an object, has an unknown key, or
 *   `relation` is not one of `'advice'`, `'friendship'`, `'cowork'`, `'all'` (`option: 'relation'`).
 *
 * @example
 * const advice = lazegaLawFirm();
 * advice.order                  //=> 71
 * advice.size                   //=> 892
 * advice.getNodeAttributes('1')
 * //=> { kind: 'employee', status: 'partner', gender: 'man', office: 'Boston', seniority: 31, age: 64,
 * //     practice: 'litigation', lawSchool: 'harvard_yale' }
 *
 * const all = lazegaLawFirm({ relation: 'all' });
 * all.size                      //=> 1574
 * all.getEdgeAttributes('1', '2')  //=> { advice: true, friendship: true, cowork: false, weight: 2 }
 * all.getEdgeAttributes('1', '17') //=> { advice: true, friendship: true, cowork: true, weight: 3 }
 *
 * @see krackhardtHighTech, manufacturingEmail, DATASETS
 *
 * References
 * [1] Lazega, E. (2001). The Collegial Phenomenon: The Social Mechanisms of Cooperation Among Peers in a
 *     Corporate Law Partnership. Oxford University Press.
 * [2] Lazega, E. & Pattison, P. (1999). Multiplexity, generalized exchange and cooperation in organizations:
 *     a case study. Social Networks 21:67–90.
 * [3] Snijders, T. A. B., Pattison, P., Robins, G. & Handcock, M. (2006). New specifications for exponential
 *     random graph models. Sociological Methodology 36:99–153.
 */
export function lazegaLawFirm(options?: LazegaLawFirmOptions): DirectedGraph<LazegaNode, LazegaEdge> {
  const opts = resolveOptions(NAME, LAZEGA_LAW_FIRM_DEFAULTS, options);
  const relation: unknown = opts.relation;
  assertEnum(NAME, 'relation', relation, RELATIONS);
  type Row = [string, LazegaNode['status'], LazegaNode['gender'], LazegaNode['office'], string, string,
    LazegaNode['practice'], LazegaNode['lawSchool']];
  const nodes = csvRows<Row>(NODES_CSV).map(
    ([id, status, gender, office, seniority, age, practice, lawSchool]) =>
      [
        id,
        { kind: 'employee', status, gender, office, seniority: Number(seniority), age: Number(age), practice, lawSchool },
      ] as const,
  );
  const layers = relation === 'all' ? Object.values(LAYERS) : [LAYERS[relation]];
  return relationGraph<LazegaNode, LazegaEdge>(nodes, layers, relation === 'all');
}
