/**
 * syntheticCompany: a reproducible, seeded company-plus-customers network (departments, teams,
 * engagement scores, accounts, lifetime values) and the interaction log it comes from.
 *
 * @module
 */
import type { UndirectedGraph } from 'graphology';
import { MS_PER_DAY } from '../core/timestamp.js';
import { tiesFromInteractions } from '../ties/ties-from-interactions.js';
import { labelPeople, labelTies } from './synthetic-company/assemble.js';
import { drawAccounts, plantCoverage, plantReferrals } from './synthetic-company/customers.js';
import { plantBrokers, plantEmployeeTies } from './synthetic-company/employee-ties.js';
import { randomStreams } from './synthetic-company/model.js';
import { resolveConfig } from './synthetic-company/options.js';
import { companyKeys, drawEngagement, organise } from './synthetic-company/organisation.js';
import { TieLog } from './synthetic-company/tie-log.js';
import type { SyntheticCompany, SyntheticCompanyEdge, SyntheticCompanyNode, SyntheticCompanyOptions } from './synthetic-company/types.js';

export { SYNTHETIC_CHANNELS, SYNTHETIC_COMPANY_DEFAULTS } from './synthetic-company/types.js';
export type {
  SyntheticAccount,
  SyntheticChannel,
  SyntheticCompany,
  SyntheticCompanyEdge,
  SyntheticCompanyNode,
  SyntheticCompanyOptions,
  SyntheticCompanyPlanted,
  SyntheticCustomer,
  SyntheticEmployee,
  SyntheticInteraction,
  SyntheticRelation,
  SyntheticRole,
} from './synthetic-company/types.js';

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
  // Independent streams, one per part, so that a part's options leave the other parts unchanged.
  const rng = randomStreams(config.seed);
  const names = companyKeys(config);
  const { keys } = names;

  // Employees: departments and teams, engagement and activity, then their ties.
  const org = organise(config);
  const people = drawEngagement(config, rng.people);
  const log = new TieLog(keys.length, keys, config);
  plantEmployeeTies(log, org, people.activity, rng.employeeTies, rng.employeeEvents);
  const brokers = plantBrokers(log, org, people.activity, config.brokers, rng.brokers, rng.employeeEvents);

  // Customers: accounts, the employees covering them, referral ties.
  const book = drawAccounts(config, people.activity, rng.accounts);
  const accounts = plantCoverage(log, config, org, book, people.activity, names, rng.coverage, rng.customerEvents);
  plantReferrals(log, config, book, people.activity, rng.referrals, rng.customerEvents);

  // The log, by time (stable: ties in planting order, then event order), and its ties.
  const interactions = log.events;
  interactions.sort((x, y) => x.at - y.at);
  const asOf = config.start + config.days * MS_PER_DAY;
  const { graph: built, report } = tiesFromInteractions(interactions, { asOf });
  const graph = built as unknown as UndirectedGraph<SyntheticCompanyNode, SyntheticCompanyEdge>;
  labelPeople(graph, org, people, book, names);
  labelTies(graph, log, keys);

  // The planted truth.
  const disengaged: string[] = [];
  for (let i = 0; i < config.employees; i++) if (people.disengaged[i]) disengaged.push(keys[i]!);
  return {
    graph,
    interactions,
    report,
    planted: { managers: org.managers.map((i) => keys[i]!), brokers: brokers.map((i) => keys[i]!), disengaged, accounts },
  };
}
