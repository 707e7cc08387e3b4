/**
 * customerCoverage: which employees hold each customer account, how many of those threads are
 * strong, and which accounts hang on one person.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import { coverageThreads, KIND_CUSTOMER, KIND_EMPLOYEE, KIND_OTHER, type CoverageThreads } from '../core/coverage.js';
import { isCsrIndex, type CsrIndex } from '../core/csr.js';
import { InvalidOptionError, NodeNotFoundError, show } from '../errors.js';
import { compareLabels } from '../groups/group-labels.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertString, resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { strongTieMask, type StrongTieRule } from '../ties/strong-ties.js';

const NAME = 'tiestrength/customers/customerCoverage';

/**
 * How a function finds employees, customer contacts and their accounts: node attributes of the
 * graph, or records (the only way for a {@link CsrIndex}, which holds no node attributes).
 */
export interface CustomerSegmentOptions {
  /** The node attribute holding each node's kind. [`'kind'`] */
  kindAttribute?: string;
  /** The kind value of employees. [`'employee'`] */
  employeeKind?: string;
  /** The kind value of customer contacts. [`'customer'`] */
  customerKind?: string;
  /** The node attribute holding a customer contact's account. A contact without one is an account of its own, named by its key. [`'account'`] */
  accountAttribute?: string;
  /** Each node's kind as a record `{ [node]: kind }`, instead of `kindAttribute` (needed for a CsrIndex); nodes absent from it are of no kind. [none] */
  kinds?: Readonly<Record<string, string | number>>;
  /** Each customer contact's account as a record `{ [node]: account }`, instead of `accountAttribute`. [none] */
  accounts?: Readonly<Record<string, string | number>>;
}

/** Options of {@link customerCoverage}. */
export interface CustomerCoverageOptions<EdgeAttributes extends Attributes = Attributes> extends CustomerSegmentOptions {
  /** A strong thread needs a tie of merged strength ≥ `minStrength`; shorthand for `strongTies: minStrength`. [absent: `strongTies` decides] */
  minStrength?: number;
  /** Which ties are strong when `minStrength` is absent: the library's {@link StrongTieRule}. [`{ method: 'jenks' }`] */
  strongTies?: StrongTieRule<EdgeAttributes>;
  /** How to read tie strength (attribute name, getter, or `null` for unweighted). [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
}

/**
 * @internal
 * Defaults of the {@link CustomerSegmentOptions} and of the strong-tie options (`minStrength`,
 * `strongTies`, `getEdgeStrength`), shared by every function that reads customer segments.
 */
export const CUSTOMER_SEGMENT_DEFAULTS = Object.freeze({
  kindAttribute: 'kind',
  employeeKind: 'employee',
  customerKind: 'customer',
  accountAttribute: 'account',
  kinds: undefined as Readonly<Record<string, string | number>> | undefined,
  accounts: undefined as Readonly<Record<string, string | number>> | undefined,
  minStrength: undefined as number | undefined,
  strongTies: undefined as StrongTieRule | undefined,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
});

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

/** @internal Employees, customers and accounts by dense node id. */
export interface CustomerSegments {
  /** KIND_EMPLOYEE, KIND_CUSTOMER or KIND_OTHER per node. */
  kind: Uint8Array;
  /** Account id of each customer node; −1 elsewhere. */
  accountOf: Int32Array;
  /** Account names by id, ascending. */
  labels: string[];
  employees: number;
  customers: number;
  customersWithoutAccount: number;
  others: number;
}

const own = Object.prototype.hasOwnProperty;

/**
 * @internal
 * Reads kinds and accounts (see {@link CustomerSegmentOptions}). `raw` are the caller's own
 * options, to tell an explicit `kindAttribute` from the default. With a CsrIndex and no `kinds`,
 * `required` decides between an InvalidOptionError and "no customers".
 */
export function customerSegments(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  opts: Required<Pick<CustomerSegmentOptions, 'kindAttribute' | 'employeeKind' | 'customerKind' | 'accountAttribute'>> &
    Pick<CustomerSegmentOptions, 'kinds' | 'accounts'>,
  raw: CustomerSegmentOptions | undefined,
  prefix: string,
  required: boolean,
): CustomerSegments {
  for (const option of ['kindAttribute', 'employeeKind', 'customerKind', 'accountAttribute'] as const) {
    assertString(prefix, option, opts[option]);
  }
  if (opts.employeeKind === opts.customerKind) {
    throw new InvalidOptionError(`${prefix}: options employeeKind and customerKind are both ${show(opts.employeeKind)}`, 'customerKind');
  }
  for (const [record, attribute] of [['kinds', 'kindAttribute'], ['accounts', 'accountAttribute']] as const) {
    if (opts[record] !== undefined && raw?.[attribute] !== undefined) {
      throw new InvalidOptionError(`${prefix}: give either ${attribute} or ${record}, not both`, record);
    }
  }
  const n = index.order;
  const kind = new Uint8Array(n);
  const accountOf = new Int32Array(n).fill(-1);
  const graph = isCsrIndex(input) ? null : input;
  if (opts.kinds === undefined && graph === null) {
    if (required) {
      throw new InvalidOptionError(
        `${prefix}: a CsrIndex holds no node attributes; give option kinds, a record { [node]: kind } (and accounts, a record { [node]: account })`,
        'kinds',
      );
    }
    if (opts.accounts !== undefined) {
      throw new InvalidOptionError(`${prefix}: option accounts needs option kinds with a CsrIndex`, 'accounts');
    }
    return { kind, accountOf, labels: [], employees: 0, customers: 0, customersWithoutAccount: 0, others: n };
  }
  const kinds = readRecord(index, opts.kinds, 'kinds', prefix);
  const accountRecord = readRecord(index, opts.accounts, 'accounts', prefix);
  const names: (string | undefined)[] = new Array(n);
  let employees = 0;
  let customers = 0;
  let withoutAccount = 0;
  for (let v = 0; v < n; v++) {
    const key = index.keys[v]!;
    const k = kinds ? (own.call(kinds, key) ? kinds[key] : undefined) : graph!.getNodeAttribute(key, opts.kindAttribute);
    const label = typeof k === 'string' || typeof k === 'number' ? String(k) : undefined;
    if (label === opts.employeeKind) {
      kind[v] = KIND_EMPLOYEE;
      employees++;
    } else if (label === opts.customerKind) {
      kind[v] = KIND_CUSTOMER;
      customers++;
      const a = accountRecord
        ? own.call(accountRecord, key)
          ? accountRecord[key]
          : undefined
        : graph
          ? graph.getNodeAttribute(key, opts.accountAttribute)
          : undefined;
      if (a === undefined || a === null || a === '') {
        names[v] = key;
        withoutAccount++;
      } else if (typeof a === 'string' || (typeof a === 'number' && Number.isFinite(a))) {
        names[v] = String(a);
      } else {
        const where = accountRecord ? `accounts[${show(key)}] is ${show(a)}` : `node ${show(key)} has ${show(opts.accountAttribute)} = ${show(a)}`;
        throw new InvalidOptionError(`${prefix}: ${where}; expected a string or a finite number`, accountRecord ? 'accounts' : 'accountAttribute');
      }
    } else {
      kind[v] = KIND_OTHER;
    }
  }
  const explicit =
    required || raw?.kindAttribute !== undefined || raw?.kinds !== undefined || raw?.employeeKind !== undefined || raw?.customerKind !== undefined;
  if (explicit && n > 0 && employees + customers === 0) {
    // A misspelt attribute or kind value would otherwise report no accounts, as if nothing were at risk.
    const seen = new Set<string>();
    for (let v = 0; v < n && seen.size < 5; v++) {
      const key = index.keys[v]!;
      const k = kinds ? (own.call(kinds, key) ? kinds[key] : undefined) : graph!.getNodeAttribute(key, opts.kindAttribute);
      if (typeof k === 'string' || typeof k === 'number') seen.add(String(k));
    }
    const where = kinds ? 'the kinds record' : `the node attribute ${show(opts.kindAttribute)}`;
    const found = seen.size === 0 ? 'no node has a kind' : `found ${[...seen].map((x) => show(x)).join(', ')}`;
    throw new InvalidOptionError(
      `${prefix}: no node is an employee (${show(opts.employeeKind)}) or a customer (${show(opts.customerKind)}) by ${where}; ${found}`,
      kinds ? 'kinds' : seen.size === 0 ? 'kindAttribute' : 'employeeKind',
    );
  }
  const distinct = [...new Set(names.filter((x): x is string => x !== undefined))].sort(compareLabels);
  const idOf = new Map(distinct.map((name, a) => [name, a]));
  for (let v = 0; v < n; v++) if (names[v] !== undefined) accountOf[v] = idOf.get(names[v]!)!;
  return {
    kind,
    accountOf,
    labels: distinct,
    employees,
    customers,
    customersWithoutAccount: withoutAccount,
    others: n - employees - customers,
  };
}

function readRecord(index: CsrIndex, record: unknown, option: string, prefix: string): Record<string, unknown> | null {
  if (record === undefined) return null;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new InvalidOptionError(`${prefix}: option ${option} must be a record { [node]: value }; got ${show(record)}`, option);
  }
  for (const key of Object.keys(record)) {
    if (!index.has(key)) throw new NodeNotFoundError(`${prefix}: ${option} names the node ${show(key)}, which is not in the graph`, key);
  }
  return record as Record<string, unknown>;
}

/** @internal Throws unless at most one of `minStrength` and `strongTies` is given, and `minStrength` is a number. */
export function assertStrongOptions(minStrength: unknown, strongTies: unknown, prefix: string): void {
  if (minStrength === undefined) return;
  if (strongTies !== undefined) {
    throw new InvalidOptionError(`${prefix}: give either minStrength or strongTies, not both`, 'minStrength');
  }
  if (typeof minStrength !== 'number' || !(minStrength > 0 && Number.isFinite(minStrength))) {
    throw new InvalidOptionError(`${prefix}: option minStrength must be a finite number > 0 (strong ⇔ strength ≥ minStrength); got ${show(minStrength)}`, 'minStrength');
  }
}

/**
 * @internal
 * The strong-tie mask of `minStrength` or `strongTies` (at most one of the two).
 */
export function coverageStrongTies(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  minStrength: unknown,
  strongTies: unknown,
  prefix: string,
): { strong: Uint8Array; threshold: number } {
  assertStrongOptions(minStrength, strongTies, prefix);
  if (minStrength !== undefined) return strongTieMask(input, index, minStrength, prefix, 'minStrength');
  return strongTieMask(input, index, strongTies, prefix, 'strongTies');
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
 *   strong tie        ⇔ s ≥ minStrength, or by `strongTies` (default: Jenks natural breaks on all tie strengths)
 *
 * @remarks
 * - Kinds: a node is an employee when its kind (attribute `kindAttribute`, or the `kinds` record)
 *   equals `employeeKind`, a customer contact when it equals `customerKind`; any other value, or
 *   none, makes it an "other" node: ignored here, counted in `counts.others`.
 * - Accounts: a contact's `accountAttribute` (or `accounts` record). A contact without one is an
 *   account of its own, named by its node key (`counts.customersWithoutAccount` counts them), so
 *   every contact appears in exactly one account; a real account of the same name would merge with it.
 * - Only employee–customer ties count (two-mode): ties among employees or among customers are ignored.
 * - Strong ties: `minStrength` ℓ (strong ⇔ merged strength ≥ ℓ), else the library-wide
 *   `strongTies` rule, by default Jenks natural breaks over **all** tie strengths of the graph
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
 * @throws {@link InvalidOptionError} If an option is invalid, both `minStrength` and `strongTies` are given,
 * an account is not a string or number, or a CsrIndex comes without `kinds`.
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
 * const c = customerCoverage(g, { minStrength: 3 });
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
  options?: CustomerCoverageOptions<EdgeAttributes>,
): CustomerCoverageResult {
  assertGraphOrIndex(input, NAME);
  const raw = options as CustomerCoverageOptions | undefined;
  const opts = resolveOptions(NAME, CUSTOMER_COVERAGE_DEFAULTS, raw);
  const index = toIndex(input as AbstractGraph | CsrIndex, raw, NAME);
  const segments = customerSegments(input as AbstractGraph | CsrIndex, index, opts, raw, NAME, true);
  const { strong, threshold } = coverageStrongTies(input as AbstractGraph | CsrIndex, index, opts.minStrength, opts.strongTies, NAME);
  const threads = coverageThreads(index, segments.kind, segments.accountOf, segments.labels.length, strong);
  return collectCoverage(index, segments, threads, threshold);
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

/** @internal The accounts each node holds the only strong thread of (ascending), sparse by node id. */
export function soleAccounts(n: number, t: CoverageThreads, labels: readonly string[]): (string[] | undefined)[] {
  const sole: (string[] | undefined)[] = new Array(n);
  for (let a = 0; a < labels.length; a++) {
    const e = t.soleStrongHolder[a]!;
    if (e >= 0) (sole[e] ??= []).push(labels[a]!);
  }
  return sole;
}
