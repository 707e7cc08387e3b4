/**
 * Customer-coverage kernel (docs/metrics.md): on a two-mode employee ↔ customer-contact
 * graph, with contacts grouped into accounts, the **threads** of each account (the employees tied
 * to any of its contacts), which of them are strong, and who holds an account alone.
 *
 * Only employee–customer ties count; ties among employees, among customers, or with nodes of any
 * other kind are ignored. On a directed index the two arcs between an employee and a contact are
 * one tie whose strength is a_ec + a_ce (the undirected projection, as the strong-tie rule of
 * src/ties/strong-ties.ts compares), strong when its arcs are (both arcs share the class).
 *
 * A thread (e, a) aggregates employee e's ties to the contacts of account a:
 *
 *   strength(e, a) = Σ_{c ∈ a, c tied to e} s_ec        contacts(e, a) = |{ c ∈ a : c tied to e }|
 *   strong(e, a)   = e holds at least one strong tie to a contact of a
 *
 * O(n + m + T log T) time for T threads, O(n + m) memory.
 *
 * @internal
 * @module
 */
import type { CsrIndex } from './csr.js';

/** @internal Node kind code: neither employee nor customer (ignored; a relay in path measures). */
export const KIND_OTHER = 0;
/** @internal Node kind code: an employee. */
export const KIND_EMPLOYEE = 1;
/** @internal Node kind code: a customer contact. */
export const KIND_CUSTOMER = 2;

/** @internal Threads of every account, and per-account and per-employee totals. */
export interface CoverageThreads {
  /** Number of threads T (distinct employee–account pairs with a tie). */
  count: number;
  /** Employee node id of each thread. */
  employee: Uint32Array;
  /** Account id of each thread. */
  account: Uint32Array;
  /** strength(e, a) of each thread. */
  strength: Float64Array;
  /** 1 when the thread holds a strong tie. */
  strong: Uint8Array;
  /** contacts(e, a): the account's contacts the employee is tied to. */
  contacts: Uint32Array;
  /** How many of those ties are strong. */
  strongContacts: Uint32Array;
  /**
   * Thread ids grouped by account (account a's are `order[accountOffsets[a] … accountOffsets[a+1])`),
   * within an account by strength descending, then employee id ascending.
   */
  order: Uint32Array;
  /** Offsets into `order`, length accounts + 1. */
  accountOffsets: Uint32Array;
  /** Threads with a strong tie, per account. */
  accountStrongThreads: Uint32Array;
  /** Employee–customer ties per account. */
  accountTies: Uint32Array;
  /** Strong employee–customer ties per account. */
  accountStrongTies: Uint32Array;
  /** The employee holding the account's only strong thread, or −1 (zero or several strong threads). */
  soleStrongHolder: Int32Array;
  /** Accounts each node (employee) has a thread to. */
  employeeAccounts: Uint32Array;
  /** Accounts each node (employee) has a strong thread to. */
  employeeStrongAccounts: Uint32Array;
  /** Accounts where the node (employee) holds the only strong thread. */
  employeeSole: Uint32Array;
}

/**
 * @internal
 * The threads of every account.
 *
 * @param index The index (undirected, or directed: both arc lists are read).
 * @param kind The kind code of each node ({@link KIND_EMPLOYEE}, {@link KIND_CUSTOMER}, {@link KIND_OTHER}).
 * @param accountOf The account id of each customer node (ignored for other nodes).
 * @param accounts The number of accounts.
 * @param strong 1 per strong tie id of the index.
 */
export function coverageThreads(
  index: CsrIndex,
  kind: Uint8Array,
  accountOf: Int32Array,
  accounts: number,
  strong: Uint8Array,
): CoverageThreads {
  const n = index.order;
  const { offsets, neighbors, strengths, slotTies, inOffsets, inNeighbors, inStrengths, inSlotTies } = index;
  const directed = index.directed;
  const capacity = offsets[n]! + (directed ? inOffsets[n]! : 0);
  const tEmployee = new Uint32Array(capacity);
  const tAccount = new Uint32Array(capacity);
  const tStrength = new Float64Array(capacity);
  const tStrong = new Uint8Array(capacity);
  const tContacts = new Uint32Array(capacity);
  const tStrongContacts = new Uint32Array(capacity);
  const pairSeen = new Int32Array(n).fill(-1); // contact c already met from employee e (stamp = e)
  const threadOfAccount = new Int32Array(accounts).fill(-1); // thread of (e, a), valid when accountSeen[a] = e
  const accountSeen = new Int32Array(accounts).fill(-1);
  let T = 0;
  for (let e = 0; e < n; e++) {
    if (kind[e] !== KIND_EMPLOYEE) continue;
    for (let pass = 0; pass < (directed ? 2 : 1); pass++) {
      const off = pass === 0 ? offsets : inOffsets;
      const nb = pass === 0 ? neighbors : inNeighbors;
      const st = pass === 0 ? strengths : inStrengths;
      const ties = pass === 0 ? slotTies : inSlotTies;
      const end = off[e + 1]!;
      for (let p = off[e]!; p < end; p++) {
        const c = nb[p]!;
        if (kind[c] !== KIND_CUSTOMER) continue;
        const a = accountOf[c]!;
        let t: number;
        if (accountSeen[a] !== e) {
          accountSeen[a] = e;
          t = T++;
          threadOfAccount[a] = t;
          tEmployee[t] = e;
          tAccount[t] = a;
        } else {
          t = threadOfAccount[a]!;
        }
        tStrength[t]! += st[p]!;
        if (pairSeen[c] === e) continue; // the reverse arc of a pair already counted
        pairSeen[c] = e;
        tContacts[t]!++;
        if (strong[ties[p]!] === 1) {
          tStrong[t] = 1;
          tStrongContacts[t]!++;
        }
      }
    }
  }
  // Group threads by account (counting sort), then order each account's by strength.
  const accountOffsets = new Uint32Array(accounts + 1);
  for (let t = 0; t < T; t++) accountOffsets[tAccount[t]! + 1]!++;
  for (let a = 0; a < accounts; a++) accountOffsets[a + 1]! += accountOffsets[a]!;
  const order = new Uint32Array(T);
  const cursor = accountOffsets.slice(0, accounts);
  for (let t = 0; t < T; t++) order[cursor[tAccount[t]!]!++] = t;
  const byStrength = (x: number, y: number) => tStrength[y]! - tStrength[x]! || tEmployee[x]! - tEmployee[y]!;
  for (let a = 0; a < accounts; a++) {
    if (accountOffsets[a + 1]! - accountOffsets[a]! > 1) order.subarray(accountOffsets[a]!, accountOffsets[a + 1]!).sort(byStrength);
  }
  const accountStrongThreads = new Uint32Array(accounts);
  const accountTies = new Uint32Array(accounts);
  const accountStrongTies = new Uint32Array(accounts);
  const soleStrongHolder = new Int32Array(accounts).fill(-1);
  const employeeAccounts = new Uint32Array(n);
  const employeeStrongAccounts = new Uint32Array(n);
  const employeeSole = new Uint32Array(n);
  for (let t = 0; t < T; t++) {
    const a = tAccount[t]!;
    const e = tEmployee[t]!;
    accountTies[a]! += tContacts[t]!;
    accountStrongTies[a]! += tStrongContacts[t]!;
    employeeAccounts[e]!++;
    if (tStrong[t] === 1) {
      accountStrongThreads[a]!++;
      employeeStrongAccounts[e]!++;
      soleStrongHolder[a] = e;
    }
  }
  for (let a = 0; a < accounts; a++) {
    if (accountStrongThreads[a] !== 1) soleStrongHolder[a] = -1;
    else employeeSole[soleStrongHolder[a]!]!++;
  }
  return {
    count: T,
    employee: tEmployee.slice(0, T),
    account: tAccount.slice(0, T),
    strength: tStrength.slice(0, T),
    strong: tStrong.slice(0, T),
    contacts: tContacts.slice(0, T),
    strongContacts: tStrongContacts.slice(0, T),
    order,
    accountOffsets,
    accountStrongThreads,
    accountTies,
    accountStrongTies,
    soleStrongHolder,
    employeeAccounts,
    employeeStrongAccounts,
    employeeSole,
  };
}
