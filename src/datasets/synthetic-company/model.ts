/**
 * The constants of the generative model of {@link syntheticCompany} (documented in its TSDoc) and
 * the random draws and names it uses.
 *
 * @internal
 * @module
 */
import { createRng } from '../../core/random.js';
import type { SyntheticRelation, SyntheticRole } from './types.js';

/** Department name, role and relative size. */
export const DEPARTMENT_TABLE: readonly (readonly [string, SyntheticRole, number])[] = [
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

export const FIRST_NAMES = [
  'Ana', 'Ben', 'Chloé', 'Dev', 'Elif', 'Felix', 'Grace', 'Hiro', 'Ines', 'Jonas',
  'Kemi', 'Luca', 'Maya', 'Nikos', 'Olga', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tariq',
  'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Aiko', 'Bruno', 'Carmen', 'Dmitri',
  'Esther', 'Farid', 'Greta', 'Hamza', 'Ida', 'Jae', 'Kofi', 'Lena', 'Mateo', 'Nadia',
];
export const LAST_NAMES = [
  'Silva', 'Novak', 'Okafor', 'Chen', 'Müller', 'Haddad', 'Kowalski', 'Tanaka', 'García', 'Berg',
  'Mensah', 'Rossi', 'Patel', 'Dubois', 'Ivanova', 'Kim', 'Larsen', 'Moreau', 'Nguyen', 'Öztürk',
  'Petrov', 'Quispe', 'Rahman', 'Santos', 'Torres', 'Ueda', 'Varga', 'Weber', 'Yilmaz', 'Zhang',
  'Adeyemi', 'Brennan', 'Costa', 'Dahl', 'Eriksen', 'Fischer', 'Gómez', 'Horvat', 'Iyer', 'Jensen',
];

/** Index of each channel in the per-tie counts and the mixes. */
export const EMAIL = 0;
export const MEETING = 1;
export const CHAT = 2;
export const CALL = 3;

/** Per relation: base rate (events per week between two average people) and channel mix (email, meeting, chat, call). */
export const RELATION_MODEL: Readonly<Record<SyntheticRelation, { rate: number; mix: readonly number[] }>> = {
  team: { rate: 2, mix: [0.25, 0.15, 0.5, 0.1] },
  department: { rate: 0.5, mix: [0.4, 0.25, 0.25, 0.1] },
  management: { rate: 1.5, mix: [0.3, 0.5, 0.1, 0.1] },
  crossDepartment: { rate: 0.15, mix: [0.5, 0.25, 0.15, 0.1] },
  account: { rate: 0.3, mix: [0.5, 0.2, 0.05, 0.25] },
  referral: { rate: 0.06, mix: [0.3, 0.35, 0.05, 0.3] },
};

/** Rate of a planted broker's ties (relation crossDepartment), and of an account owner's tie to the primary contact. */
export const BROKER_RATE = 0.8;
export const PRIMARY_CONTACT_RATE = 0.6;
/** Team size target, extra-tie probability inside a team, and the cap of the probability across teams of a department. */
export const TEAM_SIZE = 7;
export const P_TEAM = 0.5;
export const P_DEPARTMENT = 0.08;
/** Probability that an employee has one random weak tie to another department. */
export const P_CROSS = 0.08;

export function pad(i: number, width: number): string {
  return String(i).padStart(width, '0');
}

/** A standard normal draw (Box–Muller, one value per two uniforms). */
export function normal(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** A Poisson draw: Knuth's product method below 30, a rounded normal approximation above. */
export function poisson(rng: () => number, lambda: number): number {
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
export function personName(i: number): string {
  const a = i % FIRST_NAMES.length;
  const b = Math.floor(i / FIRST_NAMES.length);
  return `${FIRST_NAMES[a]!} ${LAST_NAMES[(a + 7 * b) % LAST_NAMES.length]!}`;
}

/** @internal The independent random streams of {@link syntheticCompany}, one per part. */
export interface RandomStreams {
  people: () => number;
  employeeTies: () => number;
  brokers: () => number;
  accounts: () => number;
  coverage: () => number;
  referrals: () => number;
  employeeEvents: () => number;
  customerEvents: () => number;
}

/**
 * @internal
 * One stream per part, each seeded from a master stream in a fixed order, so that a part's
 * options leave the other parts unchanged.
 */
export function randomStreams(seed: number): RandomStreams {
  const master = createRng(seed);
  const stream = (): (() => number) => createRng(Math.floor(master() * 4294967296));
  // Object literal properties are evaluated in order: the order of the streams is fixed.
  return {
    people: stream(),
    employeeTies: stream(),
    brokers: stream(),
    accounts: stream(),
    coverage: stream(),
    referrals: stream(),
    employeeEvents: stream(),
    customerEvents: stream(),
  };
}
