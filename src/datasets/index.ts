/**
 * Embedded real datasets: organisational networks with strong and weak ties, usable offline.
 *
 * The data is compiled into the package (no file is read at runtime). Each function builds a
 * fresh graphology DirectedGraph on every call. Citation, licence and sizes are in {@link DATASETS}.
 *
 * @module
 */
import { krackhardtHighTech } from './krackhardt-high-tech.js';
import { lazegaLawFirm } from './lazega-law-firm.js';
import { manufacturingEmail } from './manufacturing-email.js';

export { krackhardtHighTech, KRACKHARDT_HIGH_TECH_DEFAULTS } from './krackhardt-high-tech.js';
export type {
  KrackhardtHighTechOptions,
  KrackhardtRelation,
  KrackhardtNode,
  KrackhardtEdge,
} from './krackhardt-high-tech.js';
export { lazegaLawFirm, LAZEGA_LAW_FIRM_DEFAULTS } from './lazega-law-firm.js';
export type { LazegaLawFirmOptions, LazegaRelation, LazegaNode, LazegaEdge } from './lazega-law-firm.js';
export { manufacturingEmail } from './manufacturing-email.js';
export type {
  ManufacturingEmailOptions,
  ManufacturingEmailNode,
  ManufacturingEmailEdge,
} from './manufacturing-email.js';
export { syntheticCompany, SYNTHETIC_COMPANY_DEFAULTS, SYNTHETIC_CHANNELS } from './synthetic-company.js';
export type {
  SyntheticCompanyOptions,
  SyntheticCompany,
  SyntheticCompanyNode,
  SyntheticCompanyEdge,
  SyntheticEmployee,
  SyntheticCustomer,
  SyntheticInteraction,
  SyntheticAccount,
  SyntheticCompanyPlanted,
  SyntheticChannel,
  SyntheticRole,
  SyntheticRelation,
} from './synthetic-company.js';
export { DATASETS } from './metadata.js';
export type { DatasetName, DatasetInfo } from './metadata.js';

/**
 * The dataset functions in one frozen object, keyed like {@link DATASETS}, for iterating over
 * all embedded datasets.
 *
 * @example
 * Object.entries(datasets).map(([name, load]) => [name, load().order]);
 * //=> [['krackhardtHighTech', 21], ['lazegaLawFirm', 71], ['manufacturingEmail', 167]]
 */
export const datasets: Readonly<{
  /** {@link krackhardtHighTech}: the 21 managers of a high-tech firm (advice, friendship, reports-to). */
  krackhardtHighTech: typeof krackhardtHighTech;
  /** {@link lazegaLawFirm}: the 71 lawyers of a corporate law firm (advice, friendship, co-work). */
  lazegaLawFirm: typeof lazegaLawFirm;
  /** {@link manufacturingEmail}: the 167 employees of a manufacturing company, tied by e-mail counts. */
  manufacturingEmail: typeof manufacturingEmail;
}> = /* @__PURE__ */ Object.freeze({ krackhardtHighTech, lazegaLawFirm, manufacturingEmail });
