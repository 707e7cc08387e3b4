/**
 * DATASETS: citation, licence, source and size of every embedded dataset.
 *
 * @module
 */

/** The name of an embedded dataset: the function that builds its graph. */
export type DatasetName = 'krackhardtHighTech' | 'lazegaLawFirm' | 'manufacturingEmail';

/** Metadata of one embedded dataset; an entry of {@link DATASETS}. */
export interface DatasetInfo {
  /** The function that builds the graph, e.g. `'krackhardtHighTech'`. */
  readonly name: DatasetName;
  /** A short human-readable title. */
  readonly title: string;
  /** What the people and the ties are. */
  readonly description: string;
  /** Whether the ties are directed (all embedded datasets are). */
  readonly directed: boolean;
  /** Whether `weight` carries data (e-mail counts) rather than 1 or multiplexity. */
  readonly weighted: boolean;
  /** The number of nodes, the same for every relation. */
  readonly nodes: number;
  /**
   * The number of edges of the graph the function returns, per value of its `relation` option
   * (`all` = ordered pairs tied in any relation). For {@link manufacturingEmail}, which has no
   * relation option, the one key is `email`.
   */
  readonly edges: Readonly<Record<string, number>>;
  /** The references to cite, first the one to cite when only one is cited. */
  readonly citation: readonly string[];
  /** The licence or terms, as stated by the sources. */
  readonly licence: string;
  /** Where the data came from. */
  readonly source: string;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Citation, licence, source and size of every embedded dataset, keyed by the function that
 * builds it. Deeply frozen. The edge counts are those of the graphs the functions return
 * (and are checked by the test suite).
 *
 * None of the three datasets carries a data-specific licence: each comes from the MIT-licensed
 * R package networkdata, whose authors state no separate licence for the data, and the original
 * authors ask to be cited. Cite the first reference of `citation` when you publish results.
 *
 * @example
 * DATASETS.krackhardtHighTech.edges
 * //=> { advice: 190, friendship: 102, reportsTo: 20, all: 232 }
 * DATASETS.manufacturingEmail.citation[0]
 * //=> 'Michalski, R., Palus, S. & Kazienko, P. (2011). Matching organizational structure and social network extracted from email communication. Lecture Notes in Business Information Processing 87:197–206. Springer.'
 */
export const DATASETS: Readonly<Record<DatasetName, DatasetInfo>> = /* @__PURE__ */ deepFreeze({
  krackhardtHighTech: {
    name: 'krackhardtHighTech',
    title: 'Krackhardt high-tech managers',
    description:
      'The 21 managers of a ~100-employee high-tech manufacturing firm on the US west coast: who goes to whom ' +
      'for advice, who calls whom a friend (self-reports), and who reports to whom (company documents).',
    directed: true,
    weighted: false,
    nodes: 21,
    edges: { advice: 190, friendship: 102, reportsTo: 20, all: 232 },
    citation: [
      'Krackhardt, D. (1987). Cognitive social structures. Social Networks 9(2):109–134.',
      'Wasserman, S. & Faust, K. (1994). Social Network Analysis: Methods and Applications. Cambridge University Press.',
    ],
    licence:
      'networkdata is MIT-licensed (package licence; copyright David Schoch). It gives no separate licence for this ' +
      "data. The data has been shared for research and teaching (UCINET, Freeman's site) for decades. Cite " +
      'Krackhardt (1987). The SDS-AAU repository (source of the tenure decimals) states no licence.',
    source:
      'R package networkdata (GitHub schochastics/networkdata, ht_advice, ht_friends, ht_reports; commit 8e4994bc), ' +
      "from Linton Freeman's collection (http://moreno.ss.uci.edu/data#krackht; UCINET KRACKHT). Tenure with " +
      'decimals from GitHub SDS-AAU/M2-2018, Krack-High-Tec-Attributes.csv (commit 835f6248).',
  },
  lazegaLawFirm: {
    name: 'lazegaLawFirm',
    title: 'Lazega law firm (SG&R)',
    description:
      'All 71 attorneys (36 partners, 35 associates) of a north-eastern US corporate law partnership, 1988–1991: ' +
      'basic professional advice, friendship outside work, and strong co-work.',
    directed: true,
    weighted: false,
    nodes: 71,
    edges: { advice: 892, friendship: 575, cowork: 1104, all: 1574 },
    citation: [
      'Lazega, E. (2001). The Collegial Phenomenon: The Social Mechanisms of Cooperation Among Peers in a Corporate ' +
        'Law Partnership. Oxford University Press.',
      'Lazega, E. & Pattison, P. (1999). Multiplexity, generalized exchange and cooperation in organizations: a case ' +
        'study. Social Networks 21:67–90.',
      'Snijders, T. A. B., Pattison, P., Robins, G. & Handcock, M. (2006). New specifications for exponential random ' +
        'graph models. Sociological Methodology 36:99–153.',
    ],
    licence:
      'networkdata is MIT-licensed (package licence). It states no separate data licence. The original distributor ' +
      'asks users to cite Lazega (2001).',
    source:
      'R package networkdata (GitHub schochastics/networkdata, law_advice, law_friends, law_cowork; commit 8e4994bc), ' +
      'from http://moreno.ss.uci.edu/data#lazega.',
  },
  manufacturingEmail: {
    name: 'manufacturingEmail',
    title: 'Manufacturing company e-mail (Radoslaw Michalski)',
    description:
      'Internal e-mail among the 167 employees of a mid-sized manufacturing company in Poland, aggregated to the ' +
      'number of e-mails per sender → recipient pair (82,927 e-mails; the one self-loop, 51 e-mails, is dropped).',
    directed: true,
    weighted: true,
    nodes: 167,
    edges: { email: 5783 },
    citation: [
      'Michalski, R., Palus, S. & Kazienko, P. (2011). Matching organizational structure and social network ' +
        'extracted from email communication. Lecture Notes in Business Information Processing 87:197–206. Springer.',
      'Kunegis, J. (2013). KONECT – The Koblenz Network Collection. Proc. Int. Web Observatory Workshop, 1343–1350.',
    ],
    licence:
      'networkdata is MIT-licensed at package level. No data-specific licence is stated. KONECT and the original ' +
      'author ask for citation.',
    source:
      'R package networkdata (GitHub schochastics/networkdata, radoslaw_email; commit 8e4994bc), from KONECT ' +
      '(network "radoslaw_email"); original at http://www.ii.pwr.wroc.pl/~michalski/index.php?content=datasets#manufacturing.',
  },
});
