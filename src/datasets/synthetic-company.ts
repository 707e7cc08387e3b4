/**
 * syntheticCompany: a reproducible, seeded company-plus-customers network (departments, teams,
 * engagement scores, accounts, lifetime values) and the interaction log it comes from.
 *
 * @module
 */
import type { UndirectedGraph } from 'graphology';
import { InvalidOptionError, show } from '../errors.js';
import { createRng, DEFAULT_SEED, randomInt, shuffleInPlace } from '../core/random.js';
import { MS_PER_DAY, toEpochMs } from '../core/timestamp.js';
import { assertInteger, resolveOptions } from '../options.js';
import {
  tiesFromInteractions,
  type InteractionTieAttributes,
  type TiesFromInteractionsReport,
} from '../ties/ties-from-interactions.js';

const NAME = 'tiestrength/datasets/syntheticCompany';

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
  departments?: number;
  /** The number of employees, at least 2 per department, at most 10,000. [`120`] */
  employees?: number;
  /** The number of customer contacts (people at customer companies), at most 100,000; 0 for an employees-only network. [`300`] */
  customers?: number;
  /** The number of customer accounts (companies), 1 to `customers` (0 when `customers` is 0). [`60`] */
  accounts?: number;
  /** The first day of the log (a `Date`, epoch milliseconds or an ISO-8601 string). [`'2024-01-01'`] */
  start?: Date | number | string;
  /** The length of the log in days, 7–3660 (182 ≈ six months). Ties are measured as of `start + days`. [`182`] */
  days?: number;
  /** The channels the log uses: a non-empty list of distinct `'email'`, `'meeting'`, `'chat'`, `'call'`. [all four] */
  channels?: readonly SyntheticChannel[];
  /** The number of planted brokers: employees (not department heads) with ties into 2–3 other departments. [`4`] */
  brokers?: number;
  /** The share of accounts served by one employee only (single-threaded), in [0, 1]. [`0.3`] */
  singleThreadedShare?: number;
  /** The share of employees who are disengaged (engagement score below 2.5), in [0, 1]. [`0.1`] */
  disengagedShare?: number;
  /** The number of customer–customer (`'referral'`) ties, as a share of `customers`, in [0, 1]. [`0.1`] */
  customerTieShare?: number;
  /** A factor on every interaction rate (2 doubles the log), in (0, 100]. [`1`] */
  intensity?: number;
}

/** Defaults of {@link syntheticCompany}. */
export const SYNTHETIC_COMPANY_DEFAULTS = Object.freeze({
  seed: DEFAULT_SEED,
  departments: 6,
  employees: 120,
  customers: 300,
  accounts: 60,
  start: '2024-01-01' as Date | number | string,
  days: 182,
  channels: SYNTHETIC_CHANNELS,
  brokers: 4,
  singleThreadedShare: 0.3,
  disengagedShare: 0.1,
  customerTieShare: 0.1,
  intensity: 1,
});

/** Node attributes of an employee of {@link syntheticCompany}. */
export interface SyntheticEmployee {
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

// ---------------------------------------------------------------------------------------------
// Model constants (documented in the TSDoc of syntheticCompany).

/** Department name, role and relative size. */
const DEPARTMENT_TABLE: readonly (readonly [string, SyntheticRole, number])[] = [
  ['Sales', 'sales', 1.4],
  ['Support', 'support', 1.3],
  ['Engineering', 'engineering', 1.8],
  ['Product', 'product', 0.8],
  ['Marketing', 'marketing', 0.8],
  ['Finance', 'finance', 0.5],
  ['Operations', 'operations', 0.7],
  ['People', 'hr', 0.4],
  ['Legal', 'legal', 0.3],
  ['Data', 'data', 0.6],
  ['Design', 'design', 0.5],
  ['IT', 'it', 0.5],
];

const FIRST_NAMES = [
  'Ana', 'Ben', 'Chloé', 'Dev', 'Elif', 'Felix', 'Grace', 'Hiro', 'Ines', 'Jonas',
  'Kemi', 'Luca', 'Maya', 'Nikos', 'Olga', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tariq',
  'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Aiko', 'Bruno', 'Carmen', 'Dmitri',
  'Esther', 'Farid', 'Greta', 'Hamza', 'Ida', 'Jae', 'Kofi', 'Lena', 'Mateo', 'Nadia',
];
const LAST_NAMES = [
  'Silva', 'Novak', 'Okafor', 'Chen', 'Müller', 'Haddad', 'Kowalski', 'Tanaka', 'García', 'Berg',
  'Mensah', 'Rossi', 'Patel', 'Dubois', 'Ivanova', 'Kim', 'Larsen', 'Moreau', 'Nguyen', 'Öztürk',
  'Petrov', 'Quispe', 'Rahman', 'Santos', 'Torres', 'Ueda', 'Varga', 'Weber', 'Yilmaz', 'Zhang',
  'Adeyemi', 'Brennan', 'Costa', 'Dahl', 'Eriksen', 'Fischer', 'Gómez', 'Horvat', 'Iyer', 'Jensen',
];

/** Index of each channel in the per-tie counts and the mixes. */
const EMAIL = 0;
const MEETING = 1;
const CHAT = 2;
const CALL = 3;

/** Per relation: base rate (events per week between two average people) and channel mix (email, meeting, chat, call). */
const RELATION_MODEL: Readonly<Record<SyntheticRelation, { rate: number; mix: readonly number[] }>> = {
  team: { rate: 2, mix: [0.25, 0.15, 0.5, 0.1] },
  department: { rate: 0.5, mix: [0.4, 0.25, 0.25, 0.1] },
  management: { rate: 1.5, mix: [0.3, 0.5, 0.1, 0.1] },
  crossDepartment: { rate: 0.15, mix: [0.5, 0.25, 0.15, 0.1] },
  account: { rate: 0.3, mix: [0.5, 0.2, 0.05, 0.25] },
  referral: { rate: 0.06, mix: [0.3, 0.35, 0.05, 0.3] },
};

/** Rate of a planted broker's ties (relation crossDepartment), and of an account owner's tie to the primary contact. */
const BROKER_RATE = 0.8;
const PRIMARY_CONTACT_RATE = 0.6;
/** Team size target, extra-tie probability inside a team, and the cap of the probability across teams of a department. */
const TEAM_SIZE = 7;
const P_TEAM = 0.5;
const P_DEPARTMENT = 0.08;
/** Probability that an employee has one random weak tie to another department. */
const P_CROSS = 0.08;

function pad(i: number, width: number): string {
  return String(i).padStart(width, '0');
}

/** A standard normal draw (Box–Muller, one value per two uniforms). */
function normal(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** A Poisson draw: Knuth's product method below 30, a rounded normal approximation above. */
function poisson(rng: () => number, lambda: number): number {
  if (lambda < 30) {
    const limit = Math.exp(-lambda);
    let k = -1;
    let p = 1;
    do {
      k++;
      p *= rng();
    } while (p > limit);
    return k;
  }
  return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(rng)));
}

/** A readable name from a person index alone: injective for indices < 1600. */
function personName(i: number): string {
  const a = i % FIRST_NAMES.length;
  const b = Math.floor(i / FIRST_NAMES.length);
  return `${FIRST_NAMES[a]!} ${LAST_NAMES[(a + 7 * b) % LAST_NAMES.length]!}`;
}

function assertShare(option: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new InvalidOptionError(`${NAME}: option ${option} must be a number in [0, 1]; got ${show(value)}`, option);
  }
}

/** Validated options. */
interface Config {
  seed: number;
  departments: number;
  employees: number;
  customers: number;
  accounts: number;
  start: number;
  days: number;
  mixes: Record<SyntheticRelation, Float64Array>; // cumulative, restricted to the allowed channels
  brokers: number;
  singleThreadedShare: number;
  disengagedShare: number;
  customerTieShare: number;
  intensity: number;
}

function resolveConfig(options: SyntheticCompanyOptions | undefined): Config {
  const opts = resolveOptions(NAME, SYNTHETIC_COMPANY_DEFAULTS, options);
  assertInteger(NAME, 'seed', opts.seed, Number.MIN_SAFE_INTEGER);
  assertInteger(NAME, 'departments', opts.departments, 2, DEPARTMENT_TABLE.length);
  assertInteger(NAME, 'employees', opts.employees, 2 * opts.departments, 10_000);
  assertInteger(NAME, 'customers', opts.customers, 0, 100_000);
  assertInteger(NAME, 'accounts', opts.accounts, opts.customers > 0 ? 1 : 0, opts.customers);
  assertInteger(NAME, 'days', opts.days, 7, 3660);
  assertInteger(NAME, 'brokers', opts.brokers, 0, opts.employees - opts.departments);
  const start = toEpochMs(opts.start);
  if (Number.isNaN(start)) {
    throw new InvalidOptionError(`${NAME}: option start must be a valid Date, epoch milliseconds or an ISO-8601 string; got ${show(opts.start)}`, 'start');
  }
  const channels: unknown = opts.channels;
  if (
    !Array.isArray(channels) ||
    channels.length === 0 ||
    channels.some((c, i) => !(SYNTHETIC_CHANNELS as readonly unknown[]).includes(c) || channels.indexOf(c) !== i)
  ) {
    throw new InvalidOptionError(
      `${NAME}: option channels must be a non-empty list of distinct channels among ${SYNTHETIC_CHANNELS.map((c) => JSON.stringify(c)).join(', ')}; got ${show(channels)}`,
      'channels',
    );
  }
  assertShare('singleThreadedShare', opts.singleThreadedShare);
  assertShare('disengagedShare', opts.disengagedShare);
  assertShare('customerTieShare', opts.customerTieShare);
  const intensity: unknown = opts.intensity;
  if (typeof intensity !== 'number' || !(intensity > 0 && intensity <= 100)) {
    throw new InvalidOptionError(`${NAME}: option intensity must be a number in (0, 100]; got ${show(intensity)}`, 'intensity');
  }
  const allowed = SYNTHETIC_CHANNELS.map((c) => (channels as unknown[]).includes(c));
  const mixes = {} as Record<SyntheticRelation, Float64Array>;
  for (const [relation, { mix }] of Object.entries(RELATION_MODEL) as [SyntheticRelation, { mix: readonly number[] }][]) {
    const cumulative = new Float64Array(4);
    let total = 0;
    for (let c = 0; c < 4; c++) {
      if (allowed[c]) total += mix[c]!;
      cumulative[c] = total;
    }
    for (let c = 0; c < 4; c++) cumulative[c]! /= total;
    mixes[relation] = cumulative;
  }
  return {
    seed: opts.seed,
    departments: opts.departments,
    employees: opts.employees,
    customers: opts.customers,
    accounts: opts.accounts,
    start,
    days: opts.days,
    mixes,
    brokers: opts.brokers,
    singleThreadedShare: opts.singleThreadedShare,
    disengagedShare: opts.disengagedShare,
    customerTieShare: opts.customerTieShare,
    intensity,
  };
}

/** The planted ties and the events drawn for them. */
class TieLog {
  readonly u: number[] = [];
  readonly v: number[] = [];
  readonly relation: SyntheticRelation[] = [];
  readonly counts: number[] = []; // 4 per tie
  readonly events: SyntheticInteraction[] = [];
  private readonly pairs = new Set<number>();
  private readonly weekday0: number;
  private readonly weeks: number;

  constructor(
    private readonly n: number,
    private readonly keys: readonly string[],
    private readonly config: Config,
  ) {
    this.weekday0 = new Date(config.start).getUTCDay();
    this.weeks = config.days / 7;
  }

  has(a: number, b: number): boolean {
    return this.pairs.has(a < b ? a * this.n + b : b * this.n + a);
  }

  /** Plants tie a–b (once) and draws its events; `share` = the probability that a initiates an event. */
  add(rng: () => number, a: number, b: number, relation: SyntheticRelation, rate: number, share: number): boolean {
    if (a === b || this.has(a, b)) return false;
    this.pairs.add(a < b ? a * this.n + b : b * this.n + a);
    const t = this.u.length;
    this.u.push(a);
    this.v.push(b);
    this.relation.push(relation);
    this.counts.push(0, 0, 0, 0);
    const { days, start } = this.config;
    // Tie-level heterogeneity: some pairs talk far more than others with the same roles.
    const lambda = rate * this.config.intensity * this.weeks * Math.exp(0.6 * normal(rng) - 0.18);
    const count = Math.max(1, poisson(rng, lambda));
    // The tie's active window: the whole log (70 %), starting late (15 %: a new tie) or ending early (15 %: a dormant tie).
    let from = 0;
    let to = days;
    const minimum = Math.min(days, 14);
    const r = rng();
    if (r >= 0.85) to = Math.max(minimum, days - Math.floor(rng() * 0.7 * days));
    else if (r >= 0.7) from = Math.min(days - minimum, Math.floor(rng() * 0.7 * days));
    const mix = this.config.mixes[relation];
    const keyA = this.keys[a]!;
    const keyB = this.keys[b]!;
    for (let k = 0; k < count; k++) {
      let day = from + randomInt(rng, to - from);
      const weekday = (this.weekday0 + day) % 7;
      if (weekday === 6) day = day - 1 >= from ? day - 1 : day + 2; // Saturday → Friday (or Monday)
      else if (weekday === 0) day = day + 1 < to ? day + 1 : day - 2; // Sunday → Monday (or Friday)
      if (day < 0 || day >= days) day = from;
      const at = start + day * MS_PER_DAY + (480 + randomInt(rng, 600)) * 60_000;
      const x = rng();
      const channel = x < mix[EMAIL]! ? EMAIL : x < mix[MEETING]! ? MEETING : x < mix[CHAT]! ? CHAT : CALL;
      let durationSeconds: number | null = null;
      let recipients = 1;
      if (channel === EMAIL) {
        if (rng() >= 0.75) recipients = 2 + randomInt(rng, 4);
      } else if (channel === MEETING) {
        durationSeconds = rng() < 0.6 ? 1800 : 3600;
        if (rng() >= 0.5) recipients = 2 + randomInt(rng, 7);
      } else if (channel === CALL) {
        durationSeconds = 120 + 10 * randomInt(rng, 169);
      }
      const aFirst = rng() < share;
      this.events.push({
        from: aFirst ? keyA : keyB,
        to: aFirst ? keyB : keyA,
        at,
        channel: SYNTHETIC_CHANNELS[channel]!,
        durationSeconds,
        recipients,
      });
      this.counts[4 * t + channel]!++;
    }
    return true;
  }
}

/**
 * A synthetic company and its customers: employees in departments and teams with engagement
 * scores, customer contacts grouped in accounts with lifetime values, and six months of
 * e-mails, meetings, chats and calls among them, turned into weighted ties by
 * {@link tiesFromInteractions}. Reproducible: the same options give the same network, bit for bit.
 *
 * Use it to try the library's people-analytics functions end to end (silos, brokers, strong and
 * weak ties, referral value, account coverage, key-person risk) on data with a known, planted
 * structure (`planted`), or to feed its `interactions` to your own tie-strength settings.
 *
 * Generative model (every random draw from `createRng(seed)`; the numbers are the defaults):
 *
 *   Departments  d = 1…departments: Sales, Support, Engineering, Product, Marketing, Finance,
 *                Operations, People, Legal, Data, Design, IT. Sizes: 2 each, the rest split by
 *                the relative sizes 1.4, 1.3, 1.8, 0.8, 0.8, 0.5, 0.7, 0.4, 0.3, 0.6, 0.5, 0.5
 *                (largest remainder). The first employee of a department heads it (`manager`);
 *                teams of about 7 (`team`), headed by their first member.
 *   Engagement   round(disengagedShare · employees) employees, drawn at random, are disengaged:
 *                score uniform in [1.0, 2.4]; the others 3.7 + 0.6·z clamped to [2.5, 5]
 *                (z standard normal), one decimal. Activity a = e^(0.5 (engagement − 3.7)) · e^(0.25 z):
 *                a disengaged employee (about 1.7) interacts about 40 % as often as a typical
 *                one and initiates less.
 *   Employee ties  team: a random spanning tree of each team plus each other pair with p = 0.5;
 *                department: every team head to the department head, plus pairs of different
 *                teams with p = min(0.08, 1.5 / (department size − 7)); management: every pair of department heads;
 *                crossDepartment: each employee with p = 0.08 to one random employee of another
 *                department; planted brokers (not heads; departments taken in turn) to 1–2 people
 *                in each of 2–3 other departments.
 *   Accounts     the first `accounts` customers open one account each, the others join an account
 *                with probability ∝ A^0.7, where A = e^(0.9 z) is the account's size. Lifetime value
 *                of a contact = max(1, round(5000 · A^0.8 · e^(0.8 z))): heavy-tailed (log-sd about
 *                1.1; by default a median of about 7,000, the top tenth of contacts holding 35–50 %).
 *                Owner: a random Sales employee. round(singleThreadedShare · accounts) random
 *                accounts are single-threaded (every contact tied to the owner only); the others
 *                add a Support employee and, with p = 0.4, a Sales or Engineering colleague; each
 *                contact is tied to the owner (the first contact always) and to each other thread
 *                with p = 0.5, and every thread holds at least one contact.
 *   Referrals    round(customerTieShare · customers) ties between random customers of different accounts.
 *   Events       a tie of relation r between x and y gets N = max(1, Poisson(λ)) events,
 *                λ = rate_r · intensity · weeks · √(a_x a_y) · e^(0.6 z − 0.18), rate per week:
 *                team 2, department 0.5, management 1.5, crossDepartment 0.15 (planted broker 0.8),
 *                account 0.3 (owner–first contact 0.6), referral 0.06; customers have a = e^(0.3 z).
 *                Each tie is active over the whole log (70 %), from a random later day (15 %) or
 *                until a random earlier day (15 %); events fall on random weekdays of that window,
 *                08:00–18:00 (UTC when `start` is a midnight UTC, as by default). Channel mix
 *                (email, meeting, chat, call): team .25/.15/.5/.1,
 *                department .4/.25/.25/.1, management .3/.5/.1/.1, crossDepartment .5/.25/.15/.1,
 *                account .5/.2/.05/.25, referral .3/.35/.05/.3, renormalised over `channels`.
 *                Meetings last 30 (60 %) or 60 minutes and half are group meetings (2–8 recipients);
 *                calls 2–30 minutes; a quarter of e-mails are copied to 2–5 people. x initiates with
 *                probability a_x / (a_x + a_y) between employees, 0.65 for the employee of an
 *                account tie, 0.5 between customers.
 *   Ties         tiesFromInteractions(interactions, { asOf: start + days }) with its default
 *                indicators and weights (90-day half-life); then node attributes, `relation` and
 *                the per-channel counts are added.
 *
 * @remarks
 * - **Connected.** Every department is connected (team trees, team heads to the department
 *   head), the department heads form a clique, and every customer contact is tied to at least one
 *   employee, so the graph is one component and every planted person is a node. Every planted tie
 *   has at least one event, so the graph's ties are exactly the planted ties.
 * - **Ids are stable:** employees `'emp-001'`… (department by department, head first),
 *   customers `'cust-001'`…, accounts `'acct-01'`… (zero-padded to at least 3, 3 and 2 digits);
 *   names come from the id alone. The seed changes who is tied to whom, not the ids. The node
 *   order of the graph is key order (customers, then employees).
 * - **Independent parts.** Engagement, employee ties, brokers, accounts, coverage, referral ties,
 *   and the employees' and the customers' events draw from separate streams derived from the
 *   seed, so with the same seed, changing `customers` or `accounts` leaves the employees, their
 *   ties and their events unchanged, and changing `brokers` leaves the customers unchanged. (Tie
 *   strengths may still shift a little: {@link tiesFromInteractions} scales indicators by their
 *   maximum over all ties.)
 * - **Realistic:** departmental silos with cross-department ties a minority (about 1 in 7 of the
 *   employees' ties); a few brokers; a heavy-tailed value distribution concentrated in big
 *   accounts; single- and multi-threaded accounts; bursty, heterogeneous tie volumes; new and
 *   fading ties; weekday office hours; engagement that predicts activity only loosely.
 * - **Not realistic:** customers of one account are never tied to each other (colleagues at a
 *   customer are not in the company's logs); customer–customer ties are uniform at random;
 *   group meetings and copied e-mails are recorded pair by pair (`recipients` > 1) rather than
 *   as one event shared by all participants; there is no hierarchy beyond department and team
 *   heads, no seasonality, holidays, time zones or turnover; engagement is a single static score
 *   and does not spread between colleagues; every tie is undirected.
 * - **Speed.** The default (420 people, about 14,000 events) takes a few tens of milliseconds.
 *   Time grows linearly with the number of events, most of it spent in
 *   {@link tiesFromInteractions}: 22,000 people and 450,000 events take a few seconds.
 *
 * @param options The {@link SyntheticCompanyOptions}.
 * @returns `{ graph, interactions, report, planted }`: a new UndirectedGraph with
 *   {@link SyntheticCompanyNode} and {@link SyntheticCompanyEdge} attributes, the interaction log
 *   sorted by time, the {@link tiesFromInteractions} report and the planted structure.
 * @throws {@link InvalidOptionError} If `options` is not an object, has an unknown key, or an
 *   option is out of range (the error's `option` names it).
 *
 * @example
 * const { graph, interactions, planted, report } = syntheticCompany();
 * graph.order                              //=> 420
 * graph.size                               //=> 750
 * interactions.length                      //=> 14116
 * interactions[0]
 * //=> { from: 'emp-015', to: 'emp-003', at: 1704096180000, channel: 'call', durationSeconds: 1070, recipients: 1 }
 * graph.getNodeAttributes('emp-001')
 * //=> { kind: 'employee', name: 'Ana Silva', group: 'Sales', department: 'Sales', team: 'Sales-1',
 * //     role: 'sales', manager: true, engagement: 3.8 }
 * graph.getNodeAttributes('cust-001')
 * //=> { kind: 'customer', name: 'Ana Petrov', group: 'acct-01', account: 'acct-01', lifetimeValue: 2768 }
 * planted.accounts[0]
 * //=> { account: 'acct-01', owner: 'emp-002', threads: ['emp-002', 'emp-032'],
 * //     contacts: ['cust-001', 'cust-167'], singleThreaded: false }
 * planted.accounts.filter((a) => a.singleThreaded).length   //=> 18
 * new Date(report.asOf).toISOString()     //=> '2024-07-01T00:00:00.000Z'
 *
 * // Re-weigh the same log with your own settings, e.g. a 30-day half-life:
 * tiesFromInteractions(interactions, { asOf: report.asOf, halfLifeDays: 30 });
 *
 * @see tiesFromInteractions, krackhardtHighTech, manufacturingEmail
 *
 * References
 * [1] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [2] Burt, R. S. (1992). Structural Holes. Harvard University Press.
 */
export function syntheticCompany(options?: SyntheticCompanyOptions): SyntheticCompany {
  const config = resolveConfig(options);
  const { departments: D, employees: E, customers: C, accounts: A } = config;
  const N = E + C;

  // Independent streams, one per part, so that a part's options leave the other parts unchanged.
  const master = createRng(config.seed);
  const stream = (): (() => number) => createRng(Math.floor(master() * 4294967296));
  const rngPeople = stream();
  const rngEmployeeTies = stream();
  const rngBrokers = stream();
  const rngAccounts = stream();
  const rngCoverage = stream();
  const rngReferrals = stream();
  const rngEmployeeEvents = stream();
  const rngCustomerEvents = stream();

  // Keys.
  const empWidth = Math.max(3, String(E).length);
  const custWidth = Math.max(3, String(C).length);
  const acctWidth = Math.max(2, String(A).length);
  const keys: string[] = new Array<string>(N);
  for (let i = 0; i < E; i++) keys[i] = `emp-${pad(i + 1, empWidth)}`;
  for (let j = 0; j < C; j++) keys[E + j] = `cust-${pad(j + 1, custWidth)}`;
  const accountKeys: string[] = [];
  for (let a = 0; a < A; a++) accountKeys.push(`acct-${pad(a + 1, acctWidth)}`);

  // Departments: 2 each, the rest by largest remainder over the relative sizes.
  const sizes = new Array<number>(D).fill(2);
  {
    const rest = E - 2 * D;
    let weightSum = 0;
    for (let d = 0; d < D; d++) weightSum += DEPARTMENT_TABLE[d]![2];
    const remainders: [number, number][] = [];
    let given = 0;
    for (let d = 0; d < D; d++) {
      const exact = (rest * DEPARTMENT_TABLE[d]![2]) / weightSum;
      sizes[d]! += Math.floor(exact);
      given += Math.floor(exact);
      remainders.push([exact - Math.floor(exact), d]);
    }
    remainders.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
    for (let k = 0; k < rest - given; k++) sizes[remainders[k]![1]]!++;
  }
  const deptOf = new Int32Array(E);
  const teamOf = new Int32Array(E); // team index within the department
  const deptMembers: number[][] = [];
  const teamMembers: number[][][] = [];
  const managers: number[] = [];
  {
    let i = 0;
    for (let d = 0; d < D; d++) {
      const members: number[] = [];
      const teamCount = Math.ceil(sizes[d]! / TEAM_SIZE);
      const teams: number[][] = Array.from({ length: teamCount }, () => []);
      for (let k = 0; k < sizes[d]!; k++, i++) {
        deptOf[i] = d;
        teamOf[i] = k % teamCount;
        members.push(i);
        teams[k % teamCount]!.push(i);
      }
      deptMembers.push(members);
      teamMembers.push(teams);
      managers.push(members[0]!);
    }
  }

  // Engagement and activity.
  const engagement = new Float64Array(E);
  const activity = new Float64Array(N);
  const disengagedFlag = new Uint8Array(E);
  {
    const order = new Uint32Array(E);
    for (let i = 0; i < E; i++) order[i] = i;
    shuffleInPlace(rngPeople, order);
    const disengagedCount = Math.round(config.disengagedShare * E);
    for (let k = 0; k < disengagedCount; k++) disengagedFlag[order[k]!] = 1;
    for (let i = 0; i < E; i++) {
      const score = disengagedFlag[i]
        ? 1 + 1.4 * rngPeople()
        : Math.min(5, Math.max(2.5, 3.7 + 0.6 * normal(rngPeople)));
      engagement[i] = Math.round(score * 10) / 10;
      activity[i] = Math.exp(0.5 * (engagement[i]! - 3.7) + 0.25 * normal(rngPeople));
    }
  }

  const log = new TieLog(N, keys, config);
  const pairRate = (x: number, y: number, rate: number): number => rate * Math.sqrt(activity[x]! * activity[y]!);
  const share = (x: number, y: number): number => activity[x]! / (activity[x]! + activity[y]!);
  const addEmployeeTie = (x: number, y: number, relation: SyntheticRelation, rate: number): boolean =>
    log.add(rngEmployeeEvents, x, y, relation, pairRate(x, y, rate), share(x, y));

  // Employee ties: teams, departments, management, random cross-department ties.
  const rng = rngEmployeeTies;
  for (let d = 0; d < D; d++) {
    const teams = teamMembers[d]!;
    for (const team of teams) {
      for (let k = 1; k < team.length; k++) addEmployeeTie(team[randomInt(rng, k)]!, team[k]!, 'team', RELATION_MODEL.team.rate);
      for (let x = 0; x < team.length; x++) {
        for (let y = x + 1; y < team.length; y++) {
          if (rng() < P_TEAM) addEmployeeTie(team[x]!, team[y]!, 'team', RELATION_MODEL.team.rate);
        }
      }
    }
    const head = managers[d]!;
    for (let t = 1; t < teams.length; t++) addEmployeeTie(head, teams[t]![0]!, 'department', RELATION_MODEL.department.rate);
    const members = deptMembers[d]!;
    const pDepartment = Math.min(P_DEPARTMENT, 1.5 / Math.max(1, members.length - TEAM_SIZE));
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const p = members[x]!;
        const q = members[y]!;
        if (teamOf[p] !== teamOf[q] && rng() < pDepartment) addEmployeeTie(p, q, 'department', RELATION_MODEL.department.rate);
      }
    }
  }
  for (let x = 0; x < D; x++) {
    for (let y = x + 1; y < D; y++) addEmployeeTie(managers[x]!, managers[y]!, 'management', RELATION_MODEL.management.rate);
  }
  for (let i = 0; i < E; i++) {
    if (rng() >= P_CROSS) continue;
    const j = outsideDepartment(deptMembers, deptOf[i]!, randomInt(rng, E - sizes[deptOf[i]!]!));
    addEmployeeTie(i, j, 'crossDepartment', RELATION_MODEL.crossDepartment.rate);
  }

  // Planted brokers: departments in turn from a random one, a random non-head member of each.
  const brokers: number[] = [];
  {
    const isBroker = new Uint8Array(E);
    let d = randomInt(rngBrokers, D);
    while (brokers.length < config.brokers) {
      const candidates = deptMembers[d]!.filter((i) => i !== managers[d] && !isBroker[i]);
      if (candidates.length > 0) {
        const b = candidates[randomInt(rngBrokers, candidates.length)]!;
        isBroker[b] = 1;
        brokers.push(b);
        const others: number[] = [];
        for (let o = 0; o < D; o++) if (o !== d) others.push(o);
        shuffleInPlace(rngBrokers, others);
        const reach = Math.min(others.length, 2 + randomInt(rngBrokers, 2));
        for (let k = 0; k < reach; k++) {
          const members = deptMembers[others[k]!]!;
          const ties = 1 + randomInt(rngBrokers, 2);
          for (let t = 0; t < ties; t++) {
            addEmployeeTie(b, members[randomInt(rngBrokers, members.length)]!, 'crossDepartment', BROKER_RATE);
          }
        }
      }
      d = (d + 1) % D;
    }
  }

  // Accounts: sizes, contacts, lifetime values.
  const accountOf = new Int32Array(C);
  const lifetimeValue = new Float64Array(C);
  const contacts: number[][] = Array.from({ length: A }, () => []);
  if (C > 0) {
    const size = new Float64Array(A);
    const cumulative = new Float64Array(A);
    let total = 0;
    for (let a = 0; a < A; a++) {
      size[a] = Math.exp(0.9 * normal(rngAccounts));
      total += size[a]! ** 0.7;
      cumulative[a] = total;
    }
    for (let j = 0; j < C; j++) {
      let a = j;
      if (j >= A) {
        const x = rngAccounts() * total;
        let lo = 0;
        let hi = A - 1;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (cumulative[mid]! > x) hi = mid;
          else lo = mid + 1;
        }
        a = lo;
      }
      accountOf[j] = a;
      contacts[a]!.push(E + j);
      lifetimeValue[j] = Math.max(1, Math.round(5000 * size[a]! ** 0.8 * Math.exp(0.8 * normal(rngAccounts))));
      activity[E + j] = Math.exp(0.3 * normal(rngAccounts));
    }
  }

  // Coverage: owners and threads.
  const sales = deptMembers[0]!;
  const support = deptMembers[1]!;
  const colleagues = D >= 3 ? [...sales, ...deptMembers[2]!] : sales;
  const accounts: SyntheticAccount[] = [];
  {
    const rng = rngCoverage;
    const order = new Uint32Array(A);
    for (let a = 0; a < A; a++) order[a] = a;
    shuffleInPlace(rng, order);
    const single = new Uint8Array(A);
    const singleCount = Math.round(config.singleThreadedShare * A);
    for (let k = 0; k < singleCount; k++) single[order[k]!] = 1;
    const customerTie = (employee: number, customer: number, rate: number): void => {
      log.add(rngCustomerEvents, employee, customer, 'account', rate * Math.sqrt(activity[employee]! * activity[customer]!), 0.65);
    };
    for (let a = 0; a < A; a++) {
      const owner = sales[randomInt(rng, sales.length)]!;
      const threads = [owner];
      if (!single[a]) {
        threads.push(support[randomInt(rng, support.length)]!);
        if (rng() < 0.4) {
          const extra = colleagues[randomInt(rng, colleagues.length)]!;
          if (!threads.includes(extra)) threads.push(extra);
        }
      }
      const people = contacts[a]!;
      const holds = new Uint8Array(threads.length);
      for (let k = 0; k < people.length; k++) {
        const customer = people[k]!;
        let tied = false;
        if (k === 0 || single[a] || rng() < 0.5) {
          customerTie(owner, customer, k === 0 ? PRIMARY_CONTACT_RATE : RELATION_MODEL.account.rate);
          holds[0] = 1;
          tied = true;
        }
        for (let t = 1; t < threads.length; t++) {
          if (rng() < 0.5) {
            customerTie(threads[t]!, customer, RELATION_MODEL.account.rate);
            holds[t] = 1;
            tied = true;
          }
        }
        if (!tied) {
          const t = randomInt(rng, threads.length);
          customerTie(threads[t]!, customer, RELATION_MODEL.account.rate);
          holds[t] = 1;
        }
      }
      for (let t = 1; t < threads.length; t++) {
        if (!holds[t]) customerTie(threads[t]!, people[randomInt(rng, people.length)]!, RELATION_MODEL.account.rate);
      }
      accounts.push({
        account: accountKeys[a]!,
        owner: keys[owner]!,
        threads: threads.map((x) => keys[x]!),
        contacts: people.map((x) => keys[x]!),
        singleThreaded: threads.length === 1,
      });
    }
  }

  // Referral ties between customers of different accounts.
  if (A >= 2) {
    const target = Math.round(config.customerTieShare * C);
    let made = 0;
    for (let attempt = 0; made < target && attempt < 50 * target; attempt++) {
      const x = randomInt(rngReferrals, C);
      const y = randomInt(rngReferrals, C);
      if (accountOf[x] === accountOf[y]) continue;
      const rate = RELATION_MODEL.referral.rate * Math.sqrt(activity[E + x]! * activity[E + y]!);
      if (log.add(rngCustomerEvents, E + x, E + y, 'referral', rate, 0.5)) made++;
    }
  }

  // The log, by time (stable: ties in planting order, then event order).
  const interactions = log.events;
  interactions.sort((x, y) => x.at - y.at);
  const asOf = config.start + config.days * MS_PER_DAY;
  const { graph: built, report } = tiesFromInteractions(interactions, { asOf });
  const graph = built as unknown as UndirectedGraph<SyntheticCompanyNode, SyntheticCompanyEdge>;

  // Node attributes.
  for (let i = 0; i < E; i++) {
    const d = deptOf[i]!;
    const [department, role] = DEPARTMENT_TABLE[d]!;
    graph.replaceNodeAttributes(keys[i]!, {
      kind: 'employee',
      name: personName(i),
      group: department,
      department,
      team: `${department}-${teamOf[i]! + 1}`,
      role,
      manager: managers[d] === i,
      engagement: engagement[i]!,
    });
  }
  for (let j = 0; j < C; j++) {
    const account = accountKeys[accountOf[j]!]!;
    graph.replaceNodeAttributes(keys[E + j]!, {
      kind: 'customer',
      name: personName(800 + j),
      group: account,
      account,
      lifetimeValue: lifetimeValue[j]!,
    });
  }
  // Edge attributes.
  for (let t = 0; t < log.u.length; t++) {
    const edge = graph.edge(keys[log.u[t]!]!, keys[log.v[t]!]!)!;
    graph.mergeEdgeAttributes(edge, {
      relation: log.relation[t]!,
      emails: log.counts[4 * t + EMAIL]!,
      meetings: log.counts[4 * t + MEETING]!,
      chats: log.counts[4 * t + CHAT]!,
      calls: log.counts[4 * t + CALL]!,
    });
  }

  const disengaged: string[] = [];
  for (let i = 0; i < E; i++) if (disengagedFlag[i]) disengaged.push(keys[i]!);
  return {
    graph,
    interactions,
    report,
    planted: {
      managers: managers.map((i) => keys[i]!),
      brokers: brokers.map((i) => keys[i]!),
      disengaged,
      accounts,
    },
  };
}

/** The k-th employee (0-based) outside department `d`, employees being numbered department by department. */
function outsideDepartment(deptMembers: readonly number[][], d: number, k: number): number {
  const members = deptMembers[d]!;
  const first = members[0]!;
  return k < first ? k : k + members.length;
}
