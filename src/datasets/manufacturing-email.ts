/**
 * The internal e-mail of a mid-sized manufacturing company (Michalski, Palus & Kazienko 2011;
 * KONECT "radoslaw_email"), aggregated to counts and embedded so that it works offline.
 *
 * @module
 */
import { DirectedGraph } from 'graphology';
import { InvalidOptionError } from '../errors.js';
import { resolveOptions } from '../options.js';
import { csvRows } from './build.js';
import { EDGES_CSV, NODES_CSV } from './data/manufacturing-email.js';

const NAME = 'tiestrength/datasets/manufacturingEmail';

/**
 * Options of {@link manufacturingEmail}: none yet. The parameter exists so that options can be
 * added without a breaking change; an unknown key throws.
 */
export type ManufacturingEmailOptions = Record<string, never>;

/** Node attributes of {@link manufacturingEmail}: one anonymised employee. */
export interface ManufacturingEmailNode {
  /** Always `'employee'`. */
  kind: 'employee';
}

/** Edge attributes of {@link manufacturingEmail}: the e-mails sent from source to target. */
export interface ManufacturingEmailEdge {
  /** The number of e-mails source sent to target (an e-mail to several recipients counts once per recipient). */
  weight: number;
}

/**
 * The internal e-mail network of a mid-sized manufacturing company in Poland: 167 anonymised
 * employees; a directed edge sender → recipient whose `weight` is the number of e-mails sent
 * (82,927 e-mails in all, as in KONECT). Strong and weak ties are graded by volume: the median
 * weight is 3, the largest 1458, and 5066 of the graph's 5783 edges are reciprocated.
 *
 * Nodes are keyed `'1'` to `'167'`. Edges are keyed `"source->target"`. Every call builds a fresh
 * graph, which the caller may mutate.
 *
 * @remarks
 * - **Self-loop dropped.** The data as published has one self-loop, employee 129 to itself with
 *   51 e-mails. The graph leaves it out, so it has 5783 edges whose weights sum to 82,876
 *   (82,927 − 51). The embedded data keeps the row.
 * - Aggregated: the per-e-mail timestamps of the KONECT original are not included, and there are
 *   no department or role attributes (the paper compares the network with the management
 *   structure, which is not part of the published data).
 * - Each e-mail with several recipients was counted once per recipient (KONECT convention).
 * - Source: http://www.ii.pwr.wroc.pl/~michalski/index.php?content=datasets#manufacturing, via
 *   KONECT (network "radoslaw_email") and the R package networkdata (D. Schoch).
 * - Licence: networkdata is MIT-licensed at package level; no data-specific licence is stated.
 *   KONECT and the original author ask for citation. See {@link DATASETS}.
 *
 * @param options None yet; pass nothing (or `{}`).
 * @returns A new DirectedGraph of the 167 employees and 5783 weighted e-mail ties.
 * @throws {@link InvalidOptionError} If `options` is not an object or has any key.
 *
 * @example
 * const email = manufacturingEmail();
 * email.order                        //=> 167
 * email.size                         //=> 5783
 * email.getEdgeAttributes('1', '2')  //=> { weight: 76 }
 * email.reduceEdges((sum, _e, a) => sum + a.weight, 0) //=> 82876
 * email.hasEdge('129', '129')        //=> false
 *
 * @see krackhardtHighTech, lazegaLawFirm, DATASETS
 *
 * References
 * [1] Michalski, R., Palus, S. & Kazienko, P. (2011). Matching organizational structure and social network
 *     extracted from email communication. Lecture Notes in Business Information Processing 87:197–206. Springer.
 * [2] Kunegis, J. (2013). KONECT – The Koblenz Network Collection. Proc. Int. Web Observatory Workshop, 1343–1350.
 */
export function manufacturingEmail(
  options?: ManufacturingEmailOptions,
): DirectedGraph<ManufacturingEmailNode, ManufacturingEmailEdge> {
  if (typeof options === 'object' && options !== null && !Array.isArray(options)) {
    const [key] = Object.keys(options);
    if (key !== undefined) {
      throw new InvalidOptionError(`${NAME}: unknown option ${JSON.stringify(key)}; manufacturingEmail takes no options`, key);
    }
  }
  resolveOptions(NAME, {}, options);
  const graph = new DirectedGraph<ManufacturingEmailNode, ManufacturingEmailEdge>();
  for (const [id] of csvRows<[string]>(NODES_CSV)) graph.addNode(id, { kind: 'employee' });
  for (const [source, target, weight] of csvRows<[string, string, string]>(EDGES_CSV)) {
    if (source !== target) graph.addDirectedEdgeWithKey(`${source}->${target}`, source, target, { weight: Number(weight) });
  }
  return graph;
}
