/**
 * buildReport: one self-contained HTML file that answers the organisation's questions about its
 * network (silos, brokers, weak and strong ties, reach, key-person risk, customers, engagement),
 * each with a computed sentence, a chart, how to read it and the table behind it.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AbstractGraph } from 'graphology-types';
import { buildIndex } from '../core/build-index.js';
import { isCsrIndex, type CsrIndex } from '../core/csr.js';
import { DEFAULT_SEED } from '../core/random.js';
import { InvalidGraphError, InvalidOptionError } from '../errors.js';
import { communities } from '../groups/communities.js';
import type { GroupLabel, NodeData } from '../node-data.js';
import {
  brokersSection,
  customersSection,
  engagementSection,
  groupView,
  keyPersonSection,
  overviewSection,
  pictureSection,
  reachSection,
  silosSection,
  weakTiesSection,
  type ReportContext,
  type ReportSection,
} from './compute.js';
import { renderHtml } from './html.js';
import { given, hasAttribute, readNodeValues } from './node-data.js';
import { labeller } from './privacy.js';
import { renderSvg } from './render-svg.js';

const NAME = 'tiestrength/report/buildReport';

/** Where an input of the report came from, for the footer. */
export interface ReportSource {
  /** What the file holds: `'ties'`, `'people'`, `'interactions'`, `'dataset'`. */
  kind: string;
  /** The file name (or dataset name). */
  file: string;
  /** Data rows read. */
  rows?: number;
  /** Rows rejected. */
  rejected?: number;
  /** The first rejected rows, with their lines. */
  rejectedRows?: readonly {
    /** The 1-based physical line where the row starts (the header is line 1). */
    line: number;
    /** What was wrong with the row, in words. */
    message: string;
  }[];
}

/** A report step, for progress display. */
export interface ReportProgress {
  /** The step's name. */
  step: string;
  /** Steps done before this one. */
  done: number;
  /** Steps in all. */
  total: number;
}

/** The strong-tie rule of the report: a strength threshold, or a `classifyTies` rule. */
export type ReportStrongTies =
  | number
  | {
      /** How {@link classifyTies} chooses the strength threshold ℓ (strong ⇔ merged strength ≥ ℓ). */
      method: 'threshold' | 'quantile' | 'jenks' | 'granovetterFreeman';
      /** The threshold ℓ itself, for `method: 'threshold'` (required there, refused elsewhere). */
      threshold?: number;
      /** The quantile p ∈ [0, 1] of tie strengths used as ℓ, for `method: 'quantile'`. [`0.5`] */
      quantile?: number;
      /** The forbidden triads tolerated by `method: 'granovetterFreeman'` (an integer ≥ 0). [`0`] */
      maxViolations?: number;
    };

/** Options of {@link buildReport}. */
export interface BuildReportOptions {
  /** Each person's group (department, team), in any node-data form. [the `group` attribute when nodes carry it; else the communities found in the ties] */
  groups?: NodeData<GroupLabel>;
  /** Each person's kind, `'employee'` or `'customer'`. [the `kind` attribute when nodes carry it] */
  kinds?: NodeData<string>;
  /** Each customer's account. [the `account` attribute when nodes carry it] */
  accounts?: NodeData<string | number>;
  /** Each person's value (a customer's lifetime value), for referral value. [the `value` attribute, else 1 per customer] */
  values?: NodeData<number>;
  /** Each person's engagement score; the Engagement section appears when given. [the `engagement` attribute when nodes carry it] */
  engagement?: NodeData<number>;
  /** The score separating engaged from disengaged people. [engagementExposure's default] */
  engagementThreshold?: number;
  /** How much more a disengaged contact weighs than an engaged one. [2] */
  negativityWeight?: number;
  /** Which ties are strong: a strength threshold or a classifyTies rule. [`{ method: 'jenks' }`] */
  strongTies?: ReportStrongTies;
  /** Groups with fewer people are left out of every group chart and table. [5] */
  minGroupSize?: number;
  /** A key: replace every person's name by a stable keyed pseudonym (HMAC-SHA-256). [none: names shown] */
  pseudonymize?: string | null;
  /** Name no person anywhere: people-level charts become group-level. [false] */
  aggregateOnly?: boolean;
  /** Draws of each permutation test. [999, fewer on large networks: at most 10⁸ / (people + ties), at least 99] */
  permutations?: number;
  /** Monte Carlo runs of referral value per person. [200] */
  runs?: number;
  /** The seed of every random step (permutations, Louvain, simulations). [42] */
  seed?: number;
  /** The report's title. ['Network report'] */
  title?: string;
  /** The date printed in the footer (any text); none by default, so equal inputs give equal bytes. [none] */
  date?: string | null;
  /** The inputs, for the footer. [none] */
  sources?: readonly ReportSource[];
  /** The options as the user gave them (for instance the command line), for the footer. [the resolved options] */
  invocation?: string;
  /** Called before each step. [none] */
  onProgress?: (progress: ReportProgress) => void;
}

/** Defaults of {@link buildReport}. */
export const BUILD_REPORT_DEFAULTS = Object.freeze({
  groups: undefined as NodeData<GroupLabel> | undefined,
  kinds: undefined as NodeData<string> | undefined,
  accounts: undefined as NodeData<string | number> | undefined,
  values: undefined as NodeData<number> | undefined,
  engagement: undefined as NodeData<number> | undefined,
  engagementThreshold: undefined as number | undefined,
  negativityWeight: 2,
  strongTies: Object.freeze({ method: 'jenks' as const }) as ReportStrongTies,
  minGroupSize: 5,
  pseudonymize: null as string | null,
  aggregateOnly: false,
  permutations: undefined as number | undefined,
  runs: 200,
  seed: DEFAULT_SEED,
  title: 'Network report',
  date: null as string | null,
  sources: Object.freeze([]) as readonly ReportSource[],
  invocation: undefined as string | undefined,
  onProgress: undefined as ((progress: ReportProgress) => void) | undefined,
});

/** @internal What {@link buildReport} rendered: the HTML and the sections' data. */
export interface RenderedReport {
  html: string;
  sections: ReportSection[];
}

/**
 * Builds the HTML report of a network: one self-contained file (inline SVG charts and CSS, no
 * network access, readable with scripts off and in print) with a section per question: Overview,
 * Silos, Brokers, Weak and strong ties, Reach, Key-person risk, Customers (when people are marked
 * customers with accounts), Engagement (when scores are given) and the network picture.
 *
 * @remarks
 * - Every number comes from the library's own functions (describeNetwork, eiIndex, communities,
 *   brokerageRoles, constraint, effectiveSize, overlapStrengthCorrelation, percolationCurve,
 *   kStepReach, keyPersonRisk, customerCoverage, referralValue, engagementExposure) run on one
 *   shared index; the comparisons (chance by permutation, medians) are stated in each sentence.
 * - Privacy: groups under `minGroupSize` people are left out of group charts and tables (the text
 *   says how many); `pseudonymize` replaces names with stable keyed pseudonyms; `aggregateOnly`
 *   names nobody. The network picture always shows groups, never individuals.
 * - Repeatable: the same input and options give the same bytes (no date unless `date` is given;
 *   seeded permutations, Louvain and simulations; ForceAtlas2 from a circle, fixed iterations).
 * - vega and vega-lite are loaded on the first call (they are not loaded by importing the package).
 * - Directed graphs are read as undirected ties for the tie-level sections.
 *
 * @param input The graphology graph, or a {@link CsrIndex} (then give node data as Records or Maps).
 * @param options The {@link BuildReportOptions}.
 * @returns The HTML text.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link InvalidOptionError} If an option is invalid or names an attribute no node carries.
 *
 * @example
 * import { writeFile } from 'node:fs/promises';
 * const html = await buildReport(datasets.krackhardtHighTech({ relation: 'all' }), { groups: 'department' });
 * await writeFile('report.html', html);
 */
export async function buildReport(input: AbstractGraph | CsrIndex, options?: BuildReportOptions): Promise<string> {
  return (await renderReport(input, options)).html;
}

/** @internal {@link buildReport}, also returning the sections it rendered (for tests). */
export async function renderReport(input: AbstractGraph | CsrIndex, options?: BuildReportOptions): Promise<RenderedReport> {
  const opts = resolve(options);
  const graph = isCsrIndex(input) ? null : (input as AbstractGraph);
  if (graph === null && !isCsrIndex(input)) throw new InvalidGraphError(`${NAME}: input must be a graphology graph or a CsrIndex`);
  if (graph !== null && (typeof graph !== 'object' || typeof graph.forEachNode !== 'function')) {
    throw new InvalidGraphError(`${NAME}: input must be a graphology graph or a CsrIndex`);
  }
  const steps = ['Reading', 'Overview', 'Silos', 'Brokers', 'Weak and strong ties', 'Reach', 'Key-person risk', 'Customers', 'Engagement', 'Network picture', 'Charts'];
  let done = 0;
  const progress = (step: string) => {
    done = Math.max(done, steps.indexOf(step));
    opts.onProgress?.({ step, done, total: steps.length });
  };
  progress('Reading');
  const index = graph === null ? (input as CsrIndex) : buildIndex(graph);
  const pick = <T>(value: NodeData<T> | undefined, attribute: string, option: string) =>
    given(value) ? readNodeValues<T>(graph, index, value, option, NAME, true) : hasAttribute(graph, attribute) ? readNodeValues<T>(graph, index, attribute as NodeData<T>, option, NAME, false) : null;

  const permutations = opts.permutations ?? Math.min(999, Math.max(99, Math.floor(1e8 / Math.max(1, index.order + index.size))));
  let groups = pick<GroupLabel>(opts.groups, 'group', 'groups');
  let groupsFromCommunities = false;
  if (groups === null) {
    const found = communities(index, { seed: opts.seed });
    groups = new Map(Object.entries(found.partition).map(([k, c]) => [k, `Community ${c + 1}`]));
    groupsFromCommunities = true;
  }
  const names = graph === null ? undefined : undefined;
  const ctx: ReportContext = {
    graph,
    index,
    label: opts.aggregateOnly ? () => '' : labeller(opts.pseudonymize, names),
    aggregateOnly: opts.aggregateOnly,
    minGroupSize: opts.minGroupSize,
    permutations,
    seed: opts.seed,
    strongTies: opts.strongTies,
    groups: new Map([...groups].map(([k, v]) => [k, String(v)])),
    groupsFromCommunities,
    kinds: pick<string>(opts.kinds, 'kind', 'kinds'),
    accounts: mapStrings(pick<string | number>(opts.accounts, 'account', 'accounts')),
    values: pick<number>(opts.values, 'value', 'values'),
    engagement: pick<number>(opts.engagement, 'engagement', 'engagement'),
    engagementThreshold: opts.engagementThreshold,
    negativityWeight: opts.negativityWeight,
    runs: opts.runs,
    notes: [],
    progress,
  };
  if (ctx.engagement !== null && ctx.engagement.size > 0 && ctx.engagementThreshold === undefined) {
    ctx.notes.push('Engagement scores were given without the score that separates engaged from disengaged people (engagementThreshold, --engagement-threshold), so the Engagement section is left out.');
  }
  const view = groupView(ctx);
  const overview = overviewSection(ctx, view);
  const silos = await silosSection(ctx, view);
  const brokers = brokersSection(ctx, view);
  const sections: ReportSection[] = [overview.section, silos.section, brokers.section, weakTiesSection(ctx), reachSection(ctx), keyPersonSection(ctx, view)];
  const customers = await customersSection(ctx);
  if (customers !== null) sections.push(customers);
  const engagement = engagementSection(ctx, view);
  if (engagement !== null) sections.push(engagement);
  sections.push(await pictureSection(ctx, view, silos.ei, brokers.brokers));

  progress('Charts');
  const svgs: string[][] = [];
  for (const section of sections) {
    const row: string[] = [];
    for (let f = 0; f < section.figures.length; f++) row.push(await renderSvg(section.figures[f]!.spec, `${section.id}-${f}`));
    svgs.push(row);
  }
  const html = renderHtml({
    title: opts.title,
    sections,
    svgs,
    footer: {
      sources: opts.sources,
      options: opts.invocation ?? describeOptions(opts),
      version: libraryVersion(),
      date: opts.date,
      seed: opts.seed,
      permutations,
      privacy: {
        minGroupSize: opts.minGroupSize,
        pseudonymized: opts.pseudonymize !== null && opts.pseudonymize !== '',
        aggregateOnly: opts.aggregateOnly,
        suppressed: view.suppressed,
      },
    },
  });
  return { html, sections };
}

function mapStrings(m: Map<string, string | number> | null): Map<string, string> | null {
  return m === null ? null : new Map([...m].map(([k, v]) => [k, String(v)]));
}

type Resolved = Omit<typeof BUILD_REPORT_DEFAULTS, 'strongTies'> & { strongTies: ReportStrongTies };

function resolve(options: BuildReportOptions | undefined): Resolved {
  const out: Record<string, unknown> = { ...BUILD_REPORT_DEFAULTS };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (!Object.hasOwn(BUILD_REPORT_DEFAULTS, key)) {
      throw new InvalidOptionError(`${NAME}: unknown option ${JSON.stringify(key)}; known options: ${Object.keys(BUILD_REPORT_DEFAULTS).join(', ')}`, key);
    }
    if (value !== undefined) out[key] = value;
  }
  const opts = out as Resolved;
  const positiveInteger = (name: 'minGroupSize' | 'permutations' | 'runs' | 'seed', min: number) => {
    const v = opts[name];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) throw new InvalidOptionError(`${NAME}: option ${name} must be an integer ≥ ${min}; got ${String(v)}`, name);
  };
  positiveInteger('minGroupSize', 1);
  if (opts.permutations !== undefined) positiveInteger('permutations', 0);
  positiveInteger('runs', 1);
  positiveInteger('seed', 0);
  if (typeof opts.aggregateOnly !== 'boolean') throw new InvalidOptionError(`${NAME}: option aggregateOnly must be a boolean`, 'aggregateOnly');
  if (opts.pseudonymize !== null && typeof opts.pseudonymize !== 'string') throw new InvalidOptionError(`${NAME}: option pseudonymize must be a key (a string) or null`, 'pseudonymize');
  const st = opts.strongTies;
  if (!((typeof st === 'number' && Number.isFinite(st) && st > 0) || (typeof st === 'object' && st !== null && typeof st.method === 'string'))) {
    throw new InvalidOptionError(`${NAME}: option strongTies must be a strength threshold > 0 or a classifyTies rule such as { method: 'jenks' }`, 'strongTies');
  }
  if (typeof opts.negativityWeight !== 'number' || !(opts.negativityWeight > 0)) throw new InvalidOptionError(`${NAME}: option negativityWeight must be a number > 0`, 'negativityWeight');
  return opts;
}

function describeOptions(opts: Resolved): string {
  const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : v instanceof Map ? `Map(${v.size})` : typeof v === 'function' ? 'function' : typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 20 ? `{${Object.keys(v).length} entries}` : JSON.stringify(v));
  return (['groups', 'kinds', 'accounts', 'values', 'engagement', 'engagementThreshold', 'negativityWeight', 'strongTies', 'minGroupSize', 'aggregateOnly', 'permutations', 'runs', 'seed'] as const)
    .filter((k) => opts[k] !== undefined)
    .map((k) => `${k}: ${show(opts[k])}`)
    .concat(opts.pseudonymize ? ['pseudonymize: (key withheld)'] : [])
    .join(', ');
}

let version: string | undefined;

/** @internal The package version, read from its package.json (src/ or dist/ layout). */
export function libraryVersion(): string {
  if (version !== undefined) return version;
  version = 'unknown';
  try {
    let dir = dirname(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));
    for (let i = 0; i < 4; i++) {
      const file = join(dir, 'package.json');
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'tiestrength' && typeof pkg.version === 'string') {
          version = pkg.version;
          break;
        }
      }
      dir = dirname(dir);
    }
  } catch {
    // Leave 'unknown'.
  }
  return version;
}
