/**
 * The options of {@link syntheticCompany}, validated into the {@link Config} the steps read.
 *
 * @internal
 * @module
 */
import { InvalidOptionError, show } from '../../errors.js';
import { toEpochMs } from '../../core/timestamp.js';
import { assertInteger, resolveOptions } from '../../options.js';
import { DEPARTMENT_TABLE, RELATION_MODEL } from './model.js';
import { SYNTHETIC_CHANNELS, SYNTHETIC_COMPANY_DEFAULTS, type SyntheticCompanyOptions, type SyntheticRelation } from './types.js';

/** @internal The prefix of every message of {@link syntheticCompany}. */
export const NAME = 'tiestrength/datasets/syntheticCompany';

function assertShare(option: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new InvalidOptionError(`${NAME}: option ${option} must be a number in [0, 1]; got ${show(value)}`, option);
  }
}

/** @internal Validated options. */
export interface Config {
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

/** @internal Validates the options. */
export function resolveConfig(options: SyntheticCompanyOptions | undefined): Config {
  const opts = resolveOptions(NAME, SYNTHETIC_COMPANY_DEFAULTS, options);
  assertInteger(NAME, 'seed', opts.seed, Number.MIN_SAFE_INTEGER);
  assertInteger(NAME, 'departmentCount', opts.departmentCount, 2, DEPARTMENT_TABLE.length);
  assertInteger(NAME, 'employeeCount', opts.employeeCount, 2 * opts.departmentCount, 10_000);
  assertInteger(NAME, 'customerCount', opts.customerCount, 0, 100_000);
  assertInteger(NAME, 'accountCount', opts.accountCount, opts.customerCount > 0 ? 1 : 0, opts.customerCount);
  assertInteger(NAME, 'days', opts.days, 7, 3660);
  assertInteger(NAME, 'brokerCount', opts.brokerCount, 0, opts.employeeCount - opts.departmentCount);
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
    departments: opts.departmentCount,
    employees: opts.employeeCount,
    customers: opts.customerCount,
    accounts: opts.accountCount,
    start,
    days: opts.days,
    mixes,
    brokers: opts.brokerCount,
    singleThreadedShare: opts.singleThreadedShare,
    disengagedShare: opts.disengagedShare,
    customerTieShare: opts.customerTieShare,
    intensity,
  };
}
