/**
 * The public types and defaults of {@link syntheticCompany}, re-exported by
 * datasets/synthetic-company.ts.
 *
 * @module
 */
import type { UndirectedGraph } from 'graphology';
import { DEFAULT_SEED } from '../../core/random.js';
import type { InteractionTieAttributes, TiesFromInteractionsReport } from '../../ties/ties-from-interactions.js';

/** A channel of the synthetic interaction log. */
export type SyntheticChannel = 'email' | 'meeting' | 'chat' | 'call';

/** The four channels, in the order of the per-channel counts. */
export const SYNTHETIC_CHANNELS: readonly SyntheticChannel[] = Object.freeze(['email', 'meeting', 'chat', 'call'] as const);

/** An employee's function: the role of their department. */
export type SyntheticRole =
  | 'sales'
  | 'support'
  | 'engineering'
  | 'product'
  | 'marketing'
  | 'finance'
  | 'operations'
  | 'hr'
  | 'legal'
  | 'data'
  | 'design'
  | 'it';

/**
 * What a tie of {@link syntheticCompany} is, by construction: colleagues in one `'team'`, in one
 * department but different teams (`'department'`), two department heads (`'management'`), two
 * employees of different departments (`'crossDepartment'`, including the planted brokers' ties),
 * an employee and a customer contact (`'account'`), or two customers of different accounts who
 * know each other (`'referral'`).
 */
export type SyntheticRelation = 'team' | 'department' | 'management' | 'crossDepartment' | 'account' | 'referral';

/** Options of {@link syntheticCompany}. Every count is an integer. */
export interface SyntheticCompanyOptions {
  /** The seed of the generator (any safe integer): the same options give the same network. [`42`] */
  seed?: number;
  /** The number of departments, 2–12: Sales, Support, Engineering, Product, Marketing, Finance, Operations, People, Legal, Data, Design, IT, in that order. [`6`] */
  departmentCount?: number;
  /** The number of employees, at least 2 per department, at most 10,000. [`120`] */
  employeeCount?: number;
  /** The number of customer contacts (people at customer companies), at most 100,000; 0 for an employees-only network. [`300`] */
  customerCount?: number;
  /** The number of customer accounts (companies), 1 to `customerCount` (0 when `customerCount` is 0). [`60`] */
  accountCount?: number;
  /** The first day of the log (a `Date`, epoch milliseconds or an ISO-8601 string). [`'2024-01-01'`] */
  start?: Date | number | string;
  /** The length of the log in days, 7–3660 (182 ≈ six months). Ties are measured as of `start + days`. [`182`] */
  days?: number;
  /** The channels the log uses: a non-empty list of distinct `'email'`, `'meeting'`, `'chat'`, `'call'`. [all four] */
  channels?: readonly SyntheticChannel[];
  /** The number of planted brokers: employees (not department heads) with ties into 2–3 other departments. [`4`] */
  brokerCount?: number;
  /** The share of accounts served by one employee only (single-threaded), in [0, 1]. [`0.3`] */
  singleThreadedShare?: number;
  /** The share of employees who are disengaged (engagement score below 2.5), in [0, 1]. [`0.1`] */
  disengagedShare?: number;
  /** The number of customer–customer (`'referral'`) ties, as a share of `customerCount`, in [0, 1]. [`0.1`] */
  customerTieShare?: number;
  /** A factor on every interaction rate (2 doubles the log), in (0, 100]. [`1`] */
  intensity?: number;
}

/** Defaults of {@link syntheticCompany}. */
export const SYNTHETIC_COMPANY_DEFAULTS = Object.freeze({
  seed: DEFAULT_SEED,
  departmentCount: 6,
  employeeCount: 120,
  customerCount: 300,
  accountCount: 60,
  start: '2024-01-01' as Date | number | string,
  days: 182,
  channels: SYNTHETIC_CHANNELS,
  brokerCount: 4,
  singleThreadedShare: 0.3,
  disengagedShare: 0.1,
  customerTieShare: 0.1,
  intensity: 1,
});

/** Node attributes of an employee of {@link syntheticCompany}. */
export interface SyntheticEmployee {
  /** The node kind: always `'employee'` (tells employees from customers). */
  kind: 'employee';
  /** A readable full name, from the id alone (the same for every seed; unique among the first 800 employees). */
  name: string;
  /** The organisational unit: the department (so every node has a group). */
  group: string;
  /** The department, e.g. `'Sales'`. */
  department: string;
  /** The team inside the department, e.g. `'Sales-2'` (teams of about 7). */
  team: string;
  /** The function, the department's role, e.g. `'sales'`. */
  role: SyntheticRole;
  /** Whether the employee heads the department (the first employee of each department). */
  manager: boolean;
  /**
   * The engagement survey score on a 1–5 scale, one decimal (read it as the mean of five 1–5
   * Likert items): below 2.5 disengaged (exactly `planted.disengaged`; use 2.5 as the
   * disengagement threshold), about 3 neutral, 4 and above engaged.
   */
  engagement: number;
}

/** Node attributes of a customer contact of {@link syntheticCompany}. */
export interface SyntheticCustomer {
  /** The node kind: always `'customer'` (tells customer contacts from employees). */
  kind: 'customer';
  /** A readable full name, from the id alone (the same for every seed; unique among the first 800 customers). */
  name: string;
  /** The organisational unit: the account (so every node has a group). */
  group: string;
  /** The account (customer company) the contact works for, e.g. `'acct-07'`. */
  account: string;
  /** The contact's lifetime value in whole currency units ≥ 1 (heavy-tailed; by default a median of about 7,000). */
  lifetimeValue: number;
}

/**
 * Node attributes of {@link syntheticCompany}, as the graph types them: `kind`, `name` and
 * `group` on every node, the employee fields ({@link SyntheticEmployee}) only on employees and
 * the customer fields ({@link SyntheticCustomer}) only on customers. One flat type, so that
 * `graph.getNodeAttribute(node, 'department')` type-checks; narrow with `kind`.
 */
export interface SyntheticCompanyNode {
  /** Whether the node is an employee or a customer contact; narrow on it to read the kind's fields. */
  kind: 'employee' | 'customer';
  /** A readable full name. */
  name: string;
  /** The department of an employee, the account of a customer. */
  group: string;
  /** Employees only: the department. */
  department?: string;
  /** Employees only: the team. */
  team?: string;
  /** Employees only: the function. */
  role?: SyntheticRole;
  /** Employees only: whether the employee heads the department. */
  manager?: boolean;
  /** Employees only: the 1–5 engagement score. */
  engagement?: number;
  /** Customers only: the account. */
  account?: string;
  /** Customers only: the lifetime value. */
  lifetimeValue?: number;
}

/**
 * Edge attributes of {@link syntheticCompany}: those of {@link tiesFromInteractions} (`weight` =
 * strength in (0, 1], `interactions`, `recency`, `reciprocity`, `channels`…), the planted
 * relation, and the interactions per channel.
 */
export interface SyntheticCompanyEdge extends InteractionTieAttributes {
  /** What the tie is, by construction. */
  relation: SyntheticRelation;
  /** E-mails between the two. */
  emails: number;
  /** Meetings the two attended together (one-to-one or in a group). */
  meetings: number;
  /** Chat messages between the two. */
  chats: number;
  /** Calls between the two. */
  calls: number;
}

/** One event of the synthetic log: an {@link InteractionEvent} with every field present. */
export interface SyntheticInteraction {
  /** Who initiated it (sender, organiser, caller). */
  from: string;
  /** Who received it. */
  to: string;
  /** When, in epoch milliseconds (UTC, a weekday between 08:00 and 18:00). */
  at: number;
  /** The channel: `'email'`, `'meeting'`, `'chat'` or `'call'`. */
  channel: SyntheticChannel;
  /** Seconds, for meetings (30 or 60 minutes) and calls (2–30 minutes); `null` for e-mail and chat. */
  durationSeconds: number | null;
  /** How many people received it: 1 for one-to-one, 2–5 for a copied e-mail, 2–8 for a group meeting. */
  recipients: number;
}

/** One customer account as planted by {@link syntheticCompany}. */
export interface SyntheticAccount {
  /** The account id, e.g. `'acct-07'`. */
  account: string;
  /** The sales employee who owns the account. */
  owner: string;
  /** Every employee tied to at least one of the account's contacts, the owner first. */
  threads: string[];
  /** The account's customer contacts. */
  contacts: string[];
  /** Whether only the owner is tied to the account (`threads.length === 1`). */
  singleThreaded: boolean;
}

/** The planted structure of {@link syntheticCompany}: the ground truth analyses should recover. */
export interface SyntheticCompanyPlanted {
  /** The department heads, one per department, in department order. */
  managers: string[];
  /** The planted brokers (employees with ties into 2–3 other departments). */
  brokers: string[];
  /** The disengaged employees (engagement below 2.5). */
  disengaged: string[];
  /** Every account, in id order. */
  accounts: SyntheticAccount[];
}

/** The result of {@link syntheticCompany}. */
export interface SyntheticCompany {
  /** The ties computed by {@link tiesFromInteractions} from `interactions`, with node and edge attributes. */
  graph: UndirectedGraph<SyntheticCompanyNode, SyntheticCompanyEdge>;
  /** The interaction log, sorted by time (ready for {@link tiesFromInteractions} or a CSV). */
  interactions: SyntheticInteraction[];
  /** The report of {@link tiesFromInteractions} (`asOf` = `start + days`). */
  report: TiesFromInteractionsReport;
  /** The planted structure. */
  planted: SyntheticCompanyPlanted;
}
