/**
 * customerCoverage: which employees hold each customer account, how many of those threads are
 * strong, and which accounts hang on one person.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import { coverageThreads, KIND_CUSTOMER, KIND_EMPLOYEE, type CoverageThreads } from '../core/coverage.js';
import type { CsrIndex } from '../core/csr.js';
import { assertGraphOrIndex } from '../guards.js';
import { resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { strongTieMask, type StrongTieRule } from '../ties/strong-ties.js';
import { CUSTOMER_SEGMENT_DEFAULTS, customerSegments, soleAccounts, type CustomerSegmentOptions, type CustomerSegments } from './segments.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/customers/customerCoverage';

/** Options of {@link customerCoverage}. */
export interface CustomerCoverageOptions<EdgeAttributes extends Attributes = Attributes, NodeAttributes extends Attributes = Attributes>
  extends CustomerSegmentOptions<NodeAttributes> {
  /**
   * Which employee–contact ties are strong: a strength threshold ℓ (strong ⇔ merged strength ≥ ℓ),
   * a classifyTies rule, an edge attribute holding `'strong'`/`'weak'` (graph input only), or a
   * predicate (graph input only); see {@link StrongTieRule}. [`{ method: 'jenks' }`]
   */
  strongTies?: StrongTieRule<EdgeAttributes>;
  /** How to read tie strength (attribute name, getter, or `null` for unweighted). [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
}

/** Defaults of {@link customerCoverage}. */
export const CUSTOMER_COVERAGE_DEFAULTS = Object.freeze({ ...CUSTOMER_SEGMENT_DEFAULTS });

/** One employee's thread to an account (see {@link AccountCoverage.owners}). */
export interface AccountOwner {
  /** The employee. */
  employee: string;
  /** Σ of the merged strengths of the employee's ties to the account's contacts. */
  strength: number;
  /** Whether at least one of those ties is strong. */
  strong: boolean;
  /** How many of the account's contacts the employee is tied to. */
  contacts: number;
}

/** The coverage of one account. */
export interface AccountCoverage {
  /** The account. */
  account: string;
  /** Its customer contacts, in graph order. */
  customers: string[];
  /** Threads: distinct employees tied to at least one of its contacts. */
  threads: number;
  /** Strong threads: distinct employees holding at least one strong tie to its contacts. */
  strongThreads: number;
  /** Employee–contact ties. */
  ties: number;
  /** Strong employee–contact ties. */
  strongTies: number;
  /**
   * Whether the account hangs on one employee: exactly one strong thread (whatever the weak
   * threads), or no strong thread and exactly one thread.
   */
  singleThreaded: boolean;
  /** The threads, by strength to the account descending (then graph order). */
  owners: AccountOwner[];
}

/** The coverage held by one employee. */
export interface EmployeeCoverage {
  /** Accounts the employee has a thread to. */
  accountsCovered: number;
  /** Accounts the employee has a strong thread to. */
  strongAccounts: number;
  /** Accounts where the employee holds the only strong thread (ascending). */
  soleStrongThread: string[];
}

/** The result of {@link customerCoverage}. */
export interface CustomerCoverageResult {
  /** One entry per account, ascending by account name (numeric names by value first). */
  accounts: AccountCoverage[];
  /** One entry per employee, keyed by node, in graph order (employees without customer ties included). */
  employees: Record<string, EmployeeCoverage>;
  /** The strength threshold that made a tie strong; `NaN` with an attribute or predicate rule, or no ties. */
  threshold: number;
  /** How the nodes were classified. */
  counts: {
    /** Employees. */
    employees: number;
    /** Customer contacts. */
    customers: number;
    /** Customer contacts without an account (each became an account of its own). */
    customersWithoutAccount: number;
    /** Nodes of any other kind, or of none (ignored). */
    others: number;
  };
}

/**
 * Customer coverage: for every customer account, the employees tied to it (its **threads**),
 * how many of those threads are strong, whether it hangs on a single employee, and who owns it;
 * for every employee, the accounts they cover and those they alone hold strongly.
 *
 * The graph is two-mode: employees, customer contacts (grouped into accounts by an attribute)
 * and possibly other nodes. Only employee–contact ties are threads.
 *
 * Formulas (plain text, so they render in IDE hovers), for account A with contacts C(A):
 *
 *   threads(A)        = |{ e employee : e tied to some c ∈ C(A) }|
 *   strongThreads(A)  = |{ e employee : e has a strong tie to some c ∈ C(A) }|
 *   strength(e, A)    = Σ_{c ∈ C(A)} s_ec                       (owners are sorted by it)
 *   singleThreaded(A) = strongThreads(A) = 1  or  (strongThreads(A) = 0 and threads(A) = 1)
 *   strong tie        ⇔ s ≥ ℓ for `strongTies: ℓ`, or by another `strongTies` rule (default: Jenks natural breaks on all tie strengths)
 *
 * @remarks
 * - Kinds: a node is an employee when its kind (option `kinds`: the node attribute `'kind'` by
 *   default, or any `NodeData` form) equals `employeeKind`, a customer contact when it
 *   equals `customerKind`; any other value, or none, makes it an "other" node: ignored here,
 *   counted in `counts.others`. Kinds that make nobody an employee or a customer (a misspelt
 *   attribute or kind value) are refused, rather than reported as "no accounts".
 * - Accounts: a contact's account (option `accounts`: the node attribute `'account'` by default).
 *   A contact without one is an account of its own, named by its node key
 *   (`counts.customersWithoutAccount` counts them), so every contact appears in exactly one
 *   account; a real account of the same name would merge with it. The default attribute may be
 *   absent from every node; an attribute given explicitly may not (misspelt?).
 * - A CsrIndex holds no node attributes: give `kinds` (and `accounts`) as a `Record` or `Map`.
 * - Only employee–customer ties count (two-mode): ties among employees or among customers are ignored.
 * - Strong ties: `strongTies`, the library-wide rule: a number ℓ (strong ⇔ merged strength ≥ ℓ),
 *   or by default Jenks natural breaks over **all** tie strengths of the graph
 *   (as `classifyTies`); `threshold` reports the threshold used.
 * - Directed graphs: the arcs e → c and c → e are one tie of strength a_ec + a_ce (the undirected
 *   projection, as the strong-tie rule compares).
 * - An account with no thread has `threads` 0 and is not single-threaded (it is uncovered).
 * - Parallel edges are merged (strengths summed), self-loops ignored. An empty graph gives no accounts.
 * - Complexity: O(n + m + T log T) for T threads, plus the strong-tie rule (Jenks: O(m log m)).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex} (then give `kinds`).
 * @param options The {@link CustomerCoverageOptions}.
 * @returns The {@link CustomerCoverageResult}.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid, a kind or account is not a string or
 * a finite number, `kinds` makes nobody an employee or a customer, an attribute given as `kinds`
 * or `accounts` is carried by no node, or a CsrIndex comes without `kinds`.
 * @throws {@link NodeNotFoundError} If `kinds` or `accounts` names a node absent from the graph.
 *
 * @example
 * // Employees ann, bob, cat; contacts of account Acme (ada, abe), Globex (gus) and Initech (ivy).
 * const g = new UndirectedGraph();
 * for (const e of ['ann', 'bob', 'cat']) g.addNode(e, { kind: 'employee' });
 * g.addNode('ada', { kind: 'customer', account: 'Acme' });
 * g.addNode('abe', { kind: 'customer', account: 'Acme' });
 * g.addNode('gus', { kind: 'customer', account: 'Globex' });
 * g.addNode('ivy', { kind: 'customer', account: 'Initech' });
 * g.addEdge('ann', 'ada', { weight: 5 }); g.addEdge('bob', 'abe', { weight: 1 });
 * g.addEdge('bob', 'gus', { weight: 4 }); g.addEdge('cat', 'gus', { weight: 3 });
 * g.addEdge('cat', 'ivy', { weight: 1 }); g.addEdge('ann', 'bob', { weight: 2 });
 * const c = customerCoverage(g, { strongTies: 3 });
 * c.accounts.map((a) => [a.account, a.threads, a.strongThreads, a.singleThreaded]);
 * //=> [['Acme', 2, 1, true], ['Globex', 2, 2, false], ['Initech', 1, 0, true]]
 * c.employees.ann; //=> { accountsCovered: 1, strongAccounts: 1, soleStrongThread: ['Acme'] }
 *
 * @see keyPersonRisk, classifyTies
 *
 * References
 * [1] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [2] Borgatti, S. P., & Everett, M. G. (1997). Network analysis of 2-mode data. Social Networks 19(3):243–269.
 */
export function customerCoverage<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: CustomerCoverageOptions<EdgeAttributes, NodeAttributes>,
): CustomerCoverageResult {
  assertGraphOrIndex(input, NAME);
  const raw = options as CustomerCoverageOptions | undefined;
  const opts = resolveOptions(NAME, CUSTOMER_COVERAGE_DEFAULTS, raw);
  const index = toIndex(input as AbstractGraph | CsrIndex, raw, NAME);
  const segments = customerSegments(input as AbstractGraph | CsrIndex, index, opts, raw, NAME, true);
  const { strong, threshold } = strongTieMask(input as AbstractGraph | CsrIndex, index, opts.strongTies, NAME);
  const threads = coverageThreads(index, segments.kind, segments.accountOf, segments.labels.length, strong);
  return tidyResult('customerCoverage', collectCoverage(index, segments, threads, threshold));
}

function collectCoverage(index: CsrIndex, segments: CustomerSegments, t: CoverageThreads, threshold: number): CustomerCoverageResult {
  const { keys } = index;
  const { labels, kind, accountOf } = segments;
  const customersOf: string[][] = labels.map(() => []);
  for (let v = 0; v < index.order; v++) if (kind[v] === KIND_CUSTOMER) customersOf[accountOf[v]!]!.push(keys[v]!);
  const accounts: AccountCoverage[] = labels.map((account, a) => {
    const owners: AccountOwner[] = [];
    for (let p = t.accountOffsets[a]!; p < t.accountOffsets[a + 1]!; p++) {
      const th = t.order[p]!;
      owners.push({ employee: keys[t.employee[th]!]!, strength: t.strength[th]!, strong: t.strong[th] === 1, contacts: t.contacts[th]! });
    }
    const strongThreads = t.accountStrongThreads[a]!;
    return {
      account,
      customers: customersOf[a]!,
      threads: owners.length,
      strongThreads,
      ties: t.accountTies[a]!,
      strongTies: t.accountStrongTies[a]!,
      singleThreaded: strongThreads === 1 || (strongThreads === 0 && owners.length === 1),
      owners,
    };
  });
  const sole = soleAccounts(index.order, t, labels);
  const employees: Record<string, EmployeeCoverage> = {};
  for (let v = 0; v < index.order; v++) {
    if (kind[v] !== KIND_EMPLOYEE) continue;
    setOwn(employees, keys[v]!, {
      accountsCovered: t.employeeAccounts[v]!,
      strongAccounts: t.employeeStrongAccounts[v]!,
      soleStrongThread: sole[v] ?? [],
    });
  }
  return {
    accounts,
    employees,
    threshold,
    counts: {
      employees: segments.employees,
      customers: segments.customers,
      customersWithoutAccount: segments.customersWithoutAccount,
      others: segments.others,
    },
  };
}
