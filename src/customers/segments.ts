/**
 * Customer segments: which nodes are employees, which are customer contacts, and which account
 * each contact belongs to, read from the `kinds` and `accounts` node-data options; plus the
 * strong-tie mask and the "sole strong thread" lists that {@link customerCoverage} and
 * {@link keyPersonRisk} share.
 *
 * The option and defaults types are public (re-exported by src/customers/index.ts); the readers
 * are internal.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { KIND_CUSTOMER, KIND_EMPLOYEE, KIND_OTHER, type CoverageThreads } from '../core/coverage.js';
import { isCsrIndex, type CsrIndex } from '../core/csr.js';
import { InvalidOptionError, show } from '../errors.js';
import { compareLabels, readNodeData, type NodeData } from '../node-data.js';
import { assertString, type EdgeValueGetter } from '../options.js';
import { DEFAULT_STRONG_TIE_RULE, type StrongTieRule } from '../ties/strong-ties.js';

/** A node's kind or a customer's account: a string or a number (numbers name the same label as their string). */
export type SegmentLabel = string | number;

/**
 * How a function finds employees, customer contacts and their accounts. `kinds` and `accounts`
 * take any {@link NodeData} form: a node attribute name, a `Record` or `Map` from node to label
 * (the only forms a {@link CsrIndex} accepts), or a getter `(node, attributes) => label`.
 */
export interface CustomerSegmentOptions<NodeAttributes extends Attributes = Attributes> {
  /** Each node's kind; a node without one, or of another kind, is ignored. [`'kind'`, the node attribute] */
  kinds?: NodeData<SegmentLabel, NodeAttributes>;
  /** The kind of employees. [`'employee'`] */
  employeeKind?: string;
  /** The kind of customer contacts. [`'customer'`] */
  customerKind?: string;
  /**
   * Each customer contact's account. A contact without one is an account of its own, named by its
   * key; accounts of other nodes are ignored. [`'account'`, the node attribute]
   */
  accounts?: NodeData<SegmentLabel, NodeAttributes>;
}

/**
 * @internal
 * Defaults of the {@link CustomerSegmentOptions} and of the strong-tie options (`strongTies`,
 * `getEdgeStrength`), shared by every function that reads customer segments.
 */
export const CUSTOMER_SEGMENT_DEFAULTS = Object.freeze({
  kinds: 'kind' as NodeData<SegmentLabel>,
  employeeKind: 'employee' as string,
  customerKind: 'customer' as string,
  accounts: 'account' as NodeData<SegmentLabel>,
  strongTies: DEFAULT_STRONG_TIE_RULE as StrongTieRule,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
});

/** @internal Employees, customers and accounts by dense node id. */
export interface CustomerSegments {
  /** KIND_EMPLOYEE, KIND_CUSTOMER or KIND_OTHER per node. */
  kind: Uint8Array;
  /** Account id of each customer node; −1 elsewhere. */
  accountOf: Int32Array;
  /** Account names by id, ascending (numeric names by value first). */
  labels: string[];
  employees: number;
  customers: number;
  customersWithoutAccount: number;
  others: number;
}

const SEGMENT_OPTIONS = ['kinds', 'employeeKind', 'customerKind', 'accounts'] as const;

/**
 * @internal
 * Reads kinds and accounts (see {@link CustomerSegmentOptions}). `opts` are the merged options,
 * `raw` the caller's own (to tell a given `kinds` from the default attribute).
 *
 * With `required: false` (keyPersonRisk, where customers are optional) and no segment option
 * given, a CsrIndex or a graph whose nodes carry no `'kind'` attribute has no customers. Otherwise
 * a kind source that makes nobody an employee or a customer is refused: a misspelt attribute or
 * kind value would report no accounts at all.
 */
export function customerSegments(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  opts: { kinds: unknown; employeeKind: unknown; customerKind: unknown; accounts: unknown },
  raw: object | undefined,
  prefix: string,
  required: boolean,
): CustomerSegments {
  assertString(prefix, 'employeeKind', opts.employeeKind);
  assertString(prefix, 'customerKind', opts.customerKind);
  if (opts.employeeKind === opts.customerKind) {
    throw new InvalidOptionError(`${prefix}: options employeeKind and customerKind are both ${show(opts.employeeKind)}`, 'customerKind');
  }
  const given = (option: string) => raw !== undefined && raw !== null && (raw as Record<string, unknown>)[option] !== undefined;
  const n = index.order;
  const kind = new Uint8Array(n);
  const accountOf = new Int32Array(n).fill(-1);
  const explicit = required || SEGMENT_OPTIONS.some(given);
  if (!explicit && (isCsrIndex(input) || !carries(input, opts.kinds))) {
    return { kind, accountOf, labels: [], employees: 0, customers: 0, customersWithoutAccount: 0, others: n };
  }
  if (!given('kinds') && isCsrIndex(input)) {
    throw new InvalidOptionError(
      `${prefix}: a CsrIndex holds no node attributes, so option kinds cannot be the default attribute ${show(opts.kinds)}; ` +
        'give kinds (and accounts) as a Record or Map from node to label, or pass the graph',
      'kinds',
    );
  }
  const kinds = readNodeData(input, index, opts.kinds, { option: 'kinds', prefix });
  // The default attribute 'account' may be absent (every contact is then its own account); a given source may not.
  const accounts =
    given('accounts') || (!isCsrIndex(input) && carries(input, opts.accounts))
      ? readNodeData(input, index, opts.accounts, { option: 'accounts', prefix })
      : null;
  const names: (string | undefined)[] = new Array(n);
  const seen = new Set<string>();
  let employees = 0;
  let customers = 0;
  let withoutAccount = 0;
  for (let v = 0; v < n; v++) {
    const label = labelOf(kinds[v], index.keys[v]!, 'kinds', prefix);
    if (label !== undefined && seen.size < 5) seen.add(label);
    if (label === opts.employeeKind) {
      kind[v] = KIND_EMPLOYEE;
      employees++;
    } else if (label === opts.customerKind) {
      kind[v] = KIND_CUSTOMER;
      customers++;
      const account = accounts === null ? undefined : labelOf(accounts[v], index.keys[v]!, 'accounts', prefix);
      if (account === undefined) {
        names[v] = index.keys[v]!;
        withoutAccount++;
      } else {
        names[v] = account;
      }
    } else {
      kind[v] = KIND_OTHER;
    }
  }
  if (explicit && n > 0 && employees + customers === 0) {
    const found = seen.size === 0 ? 'no node has a kind' : `found ${[...seen].map((x) => show(x)).join(', ')}`;
    throw new InvalidOptionError(
      `${prefix}: no node is an employee (${show(opts.employeeKind)}) or a customer (${show(opts.customerKind)}) by option kinds; ${found}`,
      seen.size === 0 ? 'kinds' : 'employeeKind',
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

/** Whether `data` is something other than an attribute name, or an attribute some node carries. */
function carries(graph: AbstractGraph, data: unknown): boolean {
  if (typeof data !== 'string' || data.length === 0) return true;
  return graph.someNode((_node, attributes) => attributes[data] !== undefined && attributes[data] !== null);
}

/** A kind or account label: `undefined` when absent (or `''`); a string or finite number as a string; anything else refused. */
function labelOf(value: unknown, node: string, option: string, prefix: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new InvalidOptionError(`${prefix}: node ${show(node)} has ${option} = ${show(value)}; expected a string or a finite number`, option);
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
