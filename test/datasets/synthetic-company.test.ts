import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import {
  syntheticCompany,
  SYNTHETIC_CHANNELS,
  SYNTHETIC_COMPANY_DEFAULTS,
  type SyntheticCompanyOptions,
  type SyntheticCustomer,
  type SyntheticEmployee,
} from '../../src/datasets/synthetic-company.js';
import { tiesFromInteractions } from '../../src/ties/ties-from-interactions.js';
import type { UndirectedGraph } from 'graphology';

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

/** Number of connected components (BFS over the graph). */
function components(graph: UndirectedGraph): number {
  const seen = new Set<string>();
  let count = 0;
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    count++;
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const node = queue.pop()!;
      graph.forEachNeighbor(node, (next) => {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      });
    }
  });
  return count;
}

/** Spearman rank correlation (average ranks for ties). */
function spearman(x: number[], y: number[]): number {
  const rank = (v: number[]): number[] => {
    const order = v.map((value, i) => [value, i] as const).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(v.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
      for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2;
      i = j + 1;
    }
    return r;
  };
  const rx = rank(x);
  const ry = rank(y);
  const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (rx[i]! - mx) * (ry[i]! - my);
    sxx += (rx[i]! - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('syntheticCompany', () => {
  const result = syntheticCompany();
  const { graph, interactions, planted, report } = result;
  const employees = graph.filterNodes((_n, a) => a.kind === 'employee');
  const customers = graph.filterNodes((_n, a) => a.kind === 'customer');
  const emp = (node: string) => graph.getNodeAttributes(node) as SyntheticEmployee;
  const cust = (node: string) => graph.getNodeAttributes(node) as SyntheticCustomer;

  describe('determinism', () => {
    it('syntheticCompany() twice gives the identical graph, log and planted structure', () => {
      const again = syntheticCompany();
      expect(again.graph).not.toBe(graph);
      expect(again.graph.export()).toEqual(graph.export());
      expect(again.interactions).toEqual(interactions);
      expect(again.planted).toEqual(planted);
      expect(again.report).toEqual(report);
    });

    it('the same options give the same network; another seed a different one with the same ids', () => {
      const options: SyntheticCompanyOptions = { seed: 7, employeeCount: 40, customerCount: 50, accountCount: 12, departmentCount: 4 };
      const a = syntheticCompany(options);
      const b = syntheticCompany({ ...options });
      expect(b.graph.export()).toEqual(a.graph.export());
      expect(b.interactions).toEqual(a.interactions);
      const c = syntheticCompany({ ...options, seed: 8 });
      expect(c.graph.export()).not.toEqual(a.graph.export());
      expect(c.graph.nodes()).toEqual(a.graph.nodes());
      c.graph.forEachNode((node, attributes) => expect(attributes.name).toBe(a.graph.getNodeAttribute(node, 'name')));
    });

    it('syntheticCompany({}) and syntheticCompany(SYNTHETIC_COMPANY_DEFAULTS) equal the default', () => {
      expect(syntheticCompany({}).interactions).toEqual(interactions);
      expect(syntheticCompany({ ...SYNTHETIC_COMPANY_DEFAULTS }).interactions).toEqual(interactions);
      expect(Object.isFrozen(SYNTHETIC_COMPANY_DEFAULTS)).toBe(true);
      expect(SYNTHETIC_COMPANY_DEFAULTS.seed).toBe(42);
    });

    it('changing customers or accounts leaves the employees and their events unchanged', () => {
      const other = syntheticCompany({ customerCount: 100, accountCount: 20 });
      const employeeEvents = (log: typeof interactions) => log.filter((e) => e.from.startsWith('emp') && e.to.startsWith('emp'));
      expect(employeeEvents(other.interactions)).toEqual(employeeEvents(interactions));
      for (const node of employees) expect(other.graph.getNodeAttributes(node)).toEqual(graph.getNodeAttributes(node));
      expect(other.planted.brokers).toEqual(planted.brokers);
    });

    it('is fast: the default takes < 200 ms (best of 3)', () => {
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        syntheticCompany();
        best = Math.min(best, performance.now() - t);
      }
      expect(best).toBeLessThan(200);
    });
  });

  describe('structure', () => {
    it('has 120 employees and 300 customers, keyed emp-001… and cust-001…', () => {
      expect(graph.type).toBe('undirected');
      expect(graph.multi).toBe(false);
      expect(graph.order).toBe(420);
      expect(employees).toHaveLength(120);
      expect(customers).toHaveLength(300);
      expect(employees[0]).toBe('emp-001');
      expect(employees.at(-1)).toBe('emp-120');
      expect(customers[0]).toBe('cust-001');
      expect(customers.at(-1)).toBe('cust-300');
      graph.forEachNode((_n, a) => expect(['employee', 'customer']).toContain(a.kind));
    });

    it('has no self-loops and is connected', () => {
      expect(graph.selfLoopCount).toBe(0);
      expect(components(graph)).toBe(1);
      graph.forEachNode((node) => expect(graph.degree(node)).toBeGreaterThan(0));
    });

    it('has 6 departments with a role each, one head each, and teams of at most 7', () => {
      const departments = new Map<string, string[]>();
      const teams = new Map<string, number>();
      for (const node of employees) {
        const a = emp(node);
        departments.set(a.department, [...(departments.get(a.department) ?? []), node]);
        teams.set(a.team, (teams.get(a.team) ?? 0) + 1);
        expect(a.group).toBe(a.department);
        expect(a.team.startsWith(`${a.department}-`)).toBe(true);
      }
      expect([...departments.keys()]).toEqual(['Sales', 'Support', 'Engineering', 'Product', 'Marketing', 'Finance']);
      const roles = { Sales: 'sales', Support: 'support', Engineering: 'engineering', Product: 'product', Marketing: 'marketing', Finance: 'finance' };
      for (const [department, members] of departments) {
        expect(members.length).toBeGreaterThanOrEqual(2);
        expect(members.filter((m) => emp(m).manager)).toEqual([members[0]]);
        for (const m of members) expect(emp(m).role).toBe(roles[department as keyof typeof roles]);
      }
      expect(planted.managers).toEqual([...departments.values()].map((m) => m[0]));
      for (const size of teams.values()) expect(size).toBeLessThanOrEqual(7);
    });

    it('engagement is a 1–5 score with one decimal; the 12 disengaged are below 2.5, the others at or above', () => {
      expect(planted.disengaged).toHaveLength(12);
      for (const node of employees) {
        const e = emp(node).engagement;
        expect(e).toBeGreaterThanOrEqual(1);
        expect(e).toBeLessThanOrEqual(5);
        expect(Math.round(e * 10) / 10).toBe(e);
        expect(e < 2.5).toBe(planted.disengaged.includes(node));
      }
    });

    it('engagement correlates loosely and positively with activity (interactions, and events initiated per tie)', () => {
      const engagement = employees.map((node) => emp(node).engagement);
      const total = employees.map((node) => graph.reduceEdges(node, (sum, _e, a) => sum + a.interactions, 0));
      const sent = new Map<string, number>();
      for (const e of interactions) sent.set(e.from, (sent.get(e.from) ?? 0) + 1);
      const sentPerTie = employees.map((node) => (sent.get(node) ?? 0) / graph.degree(node));
      expect(spearman(engagement, total)).toBeGreaterThan(0.1);
      expect(spearman(engagement, sentPerTie)).toBeGreaterThan(0.3);
      expect(spearman(engagement, sentPerTie)).toBeLessThan(0.8);
    });

    it('every customer has an account, a positive whole lifetime value and at least one employee tie', () => {
      const accounts = new Set<string>();
      const values: number[] = [];
      for (const node of customers) {
        const a = cust(node);
        expect(a.account).toMatch(/^acct-\d\d$/);
        expect(a.group).toBe(a.account);
        expect(Number.isInteger(a.lifetimeValue) && a.lifetimeValue >= 1).toBe(true);
        expect(graph.someNeighbor(node, (_m, b) => b.kind === 'employee')).toBe(true);
        accounts.add(a.account);
        values.push(a.lifetimeValue);
      }
      expect(accounts.size).toBe(60);
      expect(planted.accounts.map((a) => a.account)).toEqual([...accounts].sort());
      // Heavy tail: the mean is well above the median, and the top 10 % hold a large share.
      values.sort((x, y) => x - y);
      const total = values.reduce((s, v) => s + v, 0);
      expect(total / values.length).toBeGreaterThan(1.3 * values[150]!);
      expect(values.slice(270).reduce((s, v) => s + v, 0) / total).toBeGreaterThan(0.25);
    });

    it('18 of 60 accounts are single-threaded; each account is served by exactly its planted threads', () => {
      expect(planted.accounts.filter((a) => a.singleThreaded)).toHaveLength(18);
      for (const account of planted.accounts) {
        const served = new Set<string>();
        for (const contact of account.contacts) {
          expect(cust(contact).account).toBe(account.account);
          graph.forEachNeighbor(contact, (m, b) => {
            if (b.kind === 'employee') served.add(m);
          });
        }
        expect([...served].sort()).toEqual([...account.threads].sort());
        expect(account.threads[0]).toBe(account.owner);
        expect(emp(account.owner).role).toBe('sales');
        expect(account.singleThreaded).toBe(account.threads.length === 1);
        expect(graph.hasEdge(account.owner, account.contacts[0]!)).toBe(true);
      }
    });

    it('employees are tied mostly within their department; the 4 planted brokers reach 2–3 other departments', () => {
      let within = 0;
      let across = 0;
      graph.forEachEdge((_e, _a, s, t, sa, ta) => {
        if (sa.kind !== 'employee' || ta.kind !== 'employee') return;
        if (sa.department === ta.department) within++;
        else across++;
      });
      expect(across / (within + across)).toBeLessThan(0.2);
      expect(across).toBeGreaterThan(0);
      expect(planted.brokers).toHaveLength(4);
      for (const broker of planted.brokers) {
        expect(emp(broker).manager).toBe(false);
        const others = new Set<string>();
        graph.forEachNeighbor(broker, (_m, b) => {
          if (b.kind === 'employee' && b.department !== emp(broker).department) others.add(b.department as string);
        });
        expect(others.size).toBeGreaterThanOrEqual(2);
      }
    });

    it('every edge carries its relation, consistent with its endpoints, and per-channel counts summing to interactions', () => {
      graph.forEachEdge((_e, a, s, t, sa, ta) => {
        expect(a.emails + a.meetings + a.chats + a.calls).toBe(a.interactions);
        expect(a.weight > 0 && a.weight <= 1).toBe(true);
        const kinds = [sa.kind, ta.kind].sort().join('-');
        switch (a.relation) {
          case 'team':
            expect(sa.team).toBe(ta.team);
            break;
          case 'department':
            expect(sa.department).toBe(ta.department);
            expect(sa.team).not.toBe(ta.team);
            break;
          case 'management':
            expect(sa.manager && ta.manager).toBe(true);
            break;
          case 'crossDepartment':
            expect(kinds).toBe('employee-employee');
            expect(sa.department).not.toBe(ta.department);
            break;
          case 'account':
            expect(kinds).toBe('customer-employee');
            break;
          case 'referral':
            expect(kinds).toBe('customer-customer');
            expect(sa.account).not.toBe(ta.account);
            break;
          default:
            throw new Error(`unexpected relation ${String(a.relation)} on ${s}–${t}`);
        }
      });
      expect(graph.filterEdges((_e, a) => a.relation === 'referral')).toHaveLength(30);
    });
  });

  describe('interactions', () => {
    it('are sorted, on weekdays 08:00–18:00 UTC over the 182 days, on the four channels', () => {
      const asOf = START + 182 * DAY;
      expect(report.asOf).toBe(asOf);
      const channels = new Set<string>();
      for (let k = 0; k < interactions.length; k++) {
        const e = interactions[k]!;
        if (k > 0) expect(e.at).toBeGreaterThanOrEqual(interactions[k - 1]!.at);
        expect(e.at >= START && e.at < asOf).toBe(true);
        const date = new Date(e.at);
        expect([0, 6]).not.toContain(date.getUTCDay());
        expect(date.getUTCHours()).toBeGreaterThanOrEqual(8);
        expect(date.getUTCHours()).toBeLessThan(18);
        expect(e.from).not.toBe(e.to);
        expect(Number.isInteger(e.recipients) && e.recipients >= 1 && e.recipients <= 8).toBe(true);
        if (e.channel === 'email' || e.channel === 'chat') expect(e.durationSeconds).toBeNull();
        else expect(e.durationSeconds! > 0).toBe(true);
        channels.add(e.channel);
      }
      expect([...channels].sort()).toEqual([...SYNTHETIC_CHANNELS].sort());
      expect(report.accepted).toBe(interactions.length);
      expect(report.rejected).toBe(0);
    });

    it('tiesFromInteractions(interactions, { asOf }) reproduces the graph weights exactly', () => {
      const { graph: again } = tiesFromInteractions(interactions, { asOf: report.asOf! });
      expect(again.size).toBe(graph.size);
      graph.forEachEdge((_e, a, s, t) => expect(again.getEdgeAttribute(s, t, 'weight')).toBe(a.weight));
    });

    it('channels: ["email", "call"] restricts the log to those channels', () => {
      const { interactions: log, graph: g } = syntheticCompany({ channels: ['email', 'call'], employeeCount: 30, customerCount: 40, accountCount: 10 });
      expect(new Set(log.map((e) => e.channel))).toEqual(new Set(['email', 'call']));
      g.forEachEdge((_e, a) => expect(a.meetings + a.chats).toBe(0));
    });

    it('intensity: 2 roughly doubles the log', () => {
      const ratio = syntheticCompany({ intensity: 2 }).interactions.length / interactions.length;
      expect(ratio).toBeGreaterThan(1.7);
      expect(ratio).toBeLessThan(2.3);
    });
  });

  describe('options', () => {
    it('customers: 0, accounts: 0 gives a connected employees-only network', () => {
      const { graph: g, planted: p } = syntheticCompany({ customerCount: 0, accountCount: 0 });
      expect(g.order).toBe(120);
      expect(g.filterNodes((_n, a) => a.kind === 'customer')).toEqual([]);
      expect(components(g)).toBe(1);
      expect(p.accounts).toEqual([]);
    });

    it('the smallest company (2 departments of 2, one customer) is valid and connected', () => {
      const { graph: g, planted: p } = syntheticCompany({ departmentCount: 2, employeeCount: 4, customerCount: 1, accountCount: 1, brokerCount: 0, days: 7 });
      expect(g.order).toBe(5);
      expect(components(g)).toBe(1);
      expect(p.accounts).toHaveLength(1);
    });

    it('12 departments, singleThreadedShare 1 and disengagedShare 0 are honoured', () => {
      const { graph: g, planted: p } = syntheticCompany({ departmentCount: 12, employeeCount: 200, singleThreadedShare: 1, disengagedShare: 0 });
      expect(new Set(g.filterNodes((_n, a) => a.kind === 'employee').map((n) => g.getNodeAttribute(n, 'department'))).size).toBe(12);
      expect(p.accounts.every((a) => a.singleThreaded)).toBe(true);
      expect(p.disengaged).toEqual([]);
      expect(components(g)).toBe(1);
    });

    it('start and days set the window', () => {
      const { interactions: log, report: r } = syntheticCompany({ start: '2023-06-05', days: 30, employeeCount: 20, customerCount: 10, accountCount: 3 });
      const start = Date.UTC(2023, 5, 5);
      expect(r.asOf).toBe(start + 30 * DAY);
      expect(log.every((e) => e.at >= start && e.at < start + 30 * DAY)).toBe(true);
    });

    it.each([
      [{ seed: 1.5 }, 'seed'],
      [{ departmentCount: 1 }, 'departmentCount'],
      [{ departmentCount: 13 }, 'departmentCount'],
      [{ employeeCount: 11 }, 'employeeCount'],
      [{ customers: -1 }, 'customers'],
      [{ accountCount: 0 }, 'accountCount'],
      [{ accountCount: 301 }, 'accountCount'],
      [{ customerCount: 0 }, 'accountCount'],
      [{ days: 6 }, 'days'],
      [{ start: 'yesterday' }, 'start'],
      [{ channels: [] }, 'channels'],
      [{ channels: ['email', 'email'] }, 'channels'],
      [{ channels: ['fax'] }, 'channels'],
      [{ brokerCount: 115 }, 'brokerCount'],
      [{ singleThreadedShare: 1.1 }, 'singleThreadedShare'],
      [{ disengagedShare: -0.1 }, 'disengagedShare'],
      [{ customerTieShare: Number.NaN }, 'customerTieShare'],
      [{ intensity: 0 }, 'intensity'],
      [{ colour: 'red' }, 'colour'],
    ])('syntheticCompany(%j) throws InvalidOptionError naming %s', (options, option) => {
      expect(() => syntheticCompany(options as SyntheticCompanyOptions)).toThrow(InvalidOptionError);
      try {
        syntheticCompany(options as SyntheticCompanyOptions);
      } catch (error) {
        expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
        expect((error as InvalidOptionError).option).toBe(option);
      }
    });

    it('syntheticCompany("x") throws InvalidOptionError', () => {
      expect(() => syntheticCompany('x' as unknown as SyntheticCompanyOptions)).toThrow(InvalidOptionError);
    });
  });
});
