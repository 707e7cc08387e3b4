/**
 * `tiestrength demo`: the report on the embedded data.
 *
 * @internal
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import { krackhardtHighTech } from '../datasets/krackhardt-high-tech.js';
import { lazegaLawFirm } from '../datasets/lazega-law-firm.js';
import { manufacturingEmail } from '../datasets/manufacturing-email.js';
import { syntheticCompany } from '../datasets/synthetic-company.js';
import type { BuildReportOptions } from '../report/build-report.js';

/** @internal The datasets the demo can show. */
export const DEMO_DATASETS = ['syntheticCompany', 'krackhardtHighTech', 'lazegaLawFirm', 'manufacturingEmail'] as const;

/** @internal The graph and report options of a demo dataset. */
export function demoInput(name: (typeof DEMO_DATASETS)[number]): { graph: AbstractGraph; title: string; source: string; options: BuildReportOptions } {
  switch (name) {
    case 'krackhardtHighTech':
      return {
        graph: krackhardtHighTech({ relation: 'all' }) as unknown as AbstractGraph,
        title: 'Krackhardt’s high-tech managers: advice, friendship and reporting ties',
        source: 'krackhardtHighTech({ relation: "all" }): strength = number of relations (1–3); groups = department',
        // 21 managers in departments of 1 to 8: with the default minimum of 5, most would be suppressed.
        options: { groups: (_: string, a: Record<string, unknown>) => `Department ${String(a.department)}`, minGroupSize: 3 },
      };
    case 'lazegaLawFirm':
      return {
        graph: lazegaLawFirm({ relation: 'all' }) as unknown as AbstractGraph,
        title: 'Lazega’s law firm: co-work, advice and friendship among 71 lawyers',
        source: 'lazegaLawFirm({ relation: "all" }): strength = number of relations; groups = office',
        options: { groups: 'office' },
      };
    case 'manufacturingEmail':
      return {
        graph: manufacturingEmail() as unknown as AbstractGraph,
        title: 'A manufacturing company’s e-mail (167 employees, strength = e-mails)',
        source: 'manufacturingEmail(): no groups in the data; the report uses the communities found in the ties',
        options: {},
      };
    case 'syntheticCompany':
    default: {
      const company = syntheticCompany();
      return {
        graph: company.graph as unknown as AbstractGraph,
        title: 'A synthetic company: 120 employees, 300 customers in 60 accounts',
        source: 'syntheticCompany() (seed 42): tie strengths from six months of simulated e-mails, meetings, chats and calls; groups = department, customers as one group',
        options: { groups: (_: string, a: Record<string, unknown>) => (a.kind === 'customer' ? 'Customers' : String(a.department)), kinds: 'kind', accounts: 'account', values: 'lifetimeValue', engagement: 'engagement', engagementThreshold: 2.5 },
      };
    }
  }
}
