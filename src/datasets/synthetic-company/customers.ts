/**
 * The customers of {@link syntheticCompany}: accounts with their contacts and lifetime values,
 * the employees covering each account, and the referral ties between customers.
 *
 * @internal
 * @module
 */
import { randomInt, shuffleInPlace } from '../../core/random.js';
import { normal, PRIMARY_CONTACT_RATE, RELATION_MODEL } from './model.js';
import type { Config } from './options.js';
import type { Organisation } from './organisation.js';
import { pairRate, type TieLog } from './tie-log.js';
import type { SyntheticAccount } from './types.js';

/** @internal The customer contacts and their accounts. */
export interface CustomerBook {
  /** Account of each customer (0-based customer index). */
  accountOf: Int32Array;
  /** Lifetime value of each customer. */
  lifetimeValue: Float64Array;
  /** The people (ids E + j) of each account, in customer order. */
  contacts: number[][];
}

/**
 * @internal
 * Accounts: the first `accounts` customers open one each, the others join one with probability
 * ∝ size^0.7; lifetime values, and the customers' activity (written into `activity`).
 */
export function drawAccounts(config: Config, activity: Float64Array, rng: () => number): CustomerBook {
  const { employees: E, customers: C, accounts: A } = config;
  const accountOf = new Int32Array(C);
  const lifetimeValue = new Float64Array(C);
  const contacts: number[][] = Array.from({ length: A }, () => []);
  if (C === 0) return { accountOf, lifetimeValue, contacts };
  const size = new Float64Array(A);
  const cumulative = new Float64Array(A);
  let total = 0;
  for (let a = 0; a < A; a++) {
    size[a] = Math.exp(0.9 * normal(rng));
    total += size[a]! ** 0.7;
    cumulative[a] = total;
  }
  for (let j = 0; j < C; j++) {
    let a = j;
    if (j >= A) {
      const x = rng() * total;
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
    lifetimeValue[j] = Math.max(1, Math.round(5000 * size[a]! ** 0.8 * Math.exp(0.8 * normal(rng))));
    activity[E + j] = Math.exp(0.3 * normal(rng));
  }
  return { accountOf, lifetimeValue, contacts };
}

/**
 * @internal
 * Coverage: each account's owner (a Sales employee) and, unless single-threaded, a Support
 * employee and maybe a Sales or Engineering colleague; every contact tied to the owner and/or
 * other threads, every thread holding at least one contact. Returns the planted accounts.
 */
export function plantCoverage(
  log: TieLog,
  config: Config,
  org: Organisation,
  book: CustomerBook,
  activity: Float64Array,
  names: { keys: readonly string[]; accountKeys: readonly string[] },
  rng: () => number,
  events: () => number,
): SyntheticAccount[] {
  const A = config.accounts;
  const { deptMembers } = org;
  const { keys, accountKeys } = names;
  const sales = deptMembers[0]!;
  const support = deptMembers[1]!;
  const colleagues = deptMembers.length >= 3 ? [...sales, ...deptMembers[2]!] : sales;
  const accounts: SyntheticAccount[] = [];
  const order = new Uint32Array(A);
  for (let a = 0; a < A; a++) order[a] = a;
  shuffleInPlace(rng, order);
  const single = new Uint8Array(A);
  const singleCount = Math.round(config.singleThreadedShare * A);
  for (let k = 0; k < singleCount; k++) single[order[k]!] = 1;
  const customerTie = (employee: number, customer: number, rate: number): void => {
    log.add(events, employee, customer, 'account', pairRate(activity, employee, customer, rate), 0.65);
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
    const people = book.contacts[a]!;
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
  return accounts;
}

/** @internal Referral ties between random customers of different accounts, round(customerTieShare · customers) of them. */
export function plantReferrals(
  log: TieLog,
  config: Config,
  book: CustomerBook,
  activity: Float64Array,
  rng: () => number,
  events: () => number,
): void {
  const { employees: E, customers: C, accounts: A } = config;
  if (A < 2) return;
  const target = Math.round(config.customerTieShare * C);
  let made = 0;
  for (let attempt = 0; made < target && attempt < 50 * target; attempt++) {
    const x = randomInt(rng, C);
    const y = randomInt(rng, C);
    if (book.accountOf[x] === book.accountOf[y]) continue;
    const rate = pairRate(activity, E + x, E + y, RELATION_MODEL.referral.rate);
    if (log.add(events, E + x, E + y, 'referral', rate, 0.5)) made++;
  }
}
