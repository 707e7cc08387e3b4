/**
 * readPeopleCsv: attach people's attributes (kind, group, every other column) from CSV to the
 * nodes of a graph.
 *
 * @module
 */
import type { Readable } from 'node:stream';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { CsvFormatError, InvalidOptionError, show } from '../errors.js';
import { assertGraph } from '../guards.js';
import { assertBoolean, assertEnum, resolveOptions, setOwn } from '../options.js';
import {
  assertDelimiter,
  assertFileName,
  isBlankId,
  isDecimal,
  openInput,
  Rejections,
  resolveColumn,
  RowProblem,
  streamCsvRows,
  type ColumnSpec,
  type RejectedRow,
} from './csv-rows.js';

/** An integer written with digits only (and an optional sign). */
const INTEGER = /^[+-]?\d+$/;
/** A leading zero before another digit: `'02134'`, `'-007'`, `'00.5'` (but not `'0'` or `'0.5'`). */
const LEADING_ZERO = /^[+-]?0\d/;

/** Whether an integer written with digits only reads as a double with exactly that value. */
function isExactInteger(text: string): boolean {
  return BigInt(text) === BigInt(Number(text));
}

const NAME = 'tiestrength/readPeopleCsv';

/** The two kinds of people the library models. */
export type PersonKind = 'employee' | 'customer';

/** Options of {@link readPeopleCsv}. */
export interface ReadPeopleCsvOptions {
  /** The id column (the node key), a header name or a 0-based position. [`'id'`] */
  id?: ColumnSpec;
  /**
   * The column holding each person's kind, `employee` or `customer` (written to the `kind`
   * attribute), or `null` for none. By default `'kind'` is used when the header has it.
   */
  kind?: ColumnSpec | null;
  /** The kind given to people when there is no kind column. [`'employee'`] */
  defaultKind?: PersonKind;
  /**
   * The group column (department, team, account…): always read as text, even when it holds
   * numeric codes, and its group sizes are reported. [none]
   */
  group?: ColumnSpec | null;
  /**
   * Column types by header name. A column not listed is `'number'` when every non-empty cell is a
   * decimal number and `'string'` otherwise. [`{}`]
   */
  columnTypes?: Record<string, 'number' | 'string'>;
  /** Whether the first line is a header. [`true`] */
  header?: boolean;
  /** The cell delimiter. [`','`] */
  delimiter?: string;
  /** Throw at the first invalid row, or skip and report invalid rows. [`'throw'`] */
  onInvalidRow?: 'throw' | 'skip';
  /** Whether the new graph is directed, when no graph is given. [`false`] */
  directed?: boolean;
  /** The name used for the input in messages and the report. [the path, or `'<stream>'`] */
  file?: string;
}

/** Defaults of {@link readPeopleCsv}. */
export const READ_PEOPLE_CSV_DEFAULTS = Object.freeze({
  id: 'id' as ColumnSpec,
  kind: undefined as ColumnSpec | null | undefined,
  defaultKind: 'employee' as PersonKind,
  group: null as ColumnSpec | null,
  columnTypes: {} as Record<string, 'number' | 'string'>,
  header: true,
  delimiter: ',',
  onInvalidRow: 'throw' as 'throw' | 'skip',
  directed: false,
  file: undefined as string | undefined,
});

/** What {@link readPeopleCsv} read, attached and rejected. */
export interface ReadPeopleReport {
  /** The input's name. */
  file: string;
  /** Data rows read (header and blank lines excluded). */
  rows: number;
  /** Rows attached to a person. */
  accepted: number;
  /** Rows rejected. */
  rejected: number;
  /** Blank lines skipped. */
  blankLines: number;
  /** People already in the graph whose attributes were set. */
  matched: number;
  /** People not in the graph, added as isolated nodes. */
  added: number;
  /** People in the graph with no row in the file (their attributes are untouched). */
  missing: number;
  /** Each attribute written, with its type. */
  columns: {
    /** The attribute's name: the column's header name, or its 0-based position as text without a header. */
    name: string;
    /** How its cells were written: `'number'` (parsed as numbers) or `'string'` (kept as text; always for the group column). */
    type: 'number' | 'string';
  }[];
  /** People per kind. */
  kinds: Record<PersonKind, number>;
  /** People per group, when `group` is given. */
  groups: Record<string, number> | null;
  /** Rejected rows per reason: `columnCount`, `emptyId`, `duplicateId`, `invalidKind`, `invalidNumber`. */
  rejectedByReason: Record<string, number>;
  /** The first 20 rejected rows, with their lines. */
  rejectedRows: RejectedRow[];
}

/**
 * Reads people and their attributes from CSV and attaches them to the nodes of a graph (or of a
 * new graph): `kind` (`'employee'` or `'customer'`), a group column such as department, and every
 * other column, with numeric columns parsed as numbers.
 *
 * @remarks
 * - Ids are node keys, kept exactly as written: `__proto__`, `constructor`, ids with commas,
 *   quotes, unicode or surrounding spaces are ordinary ids, and a column named `__proto__` is an
 *   ordinary attribute (no prototype pollution).
 * - A column is numeric when every non-empty cell is a strict decimal number that a number holds
 *   without loss (override with `columnTypes`). Nothing is coerced silently: a code with a leading
 *   zero (`'02134'`) or an integer with more digits than a double holds exactly (a 20-digit account
 *   number) makes its column text. A column declared `'number'` rejects such an integer
 *   (`invalidNumber`) rather than round it. An empty cell sets no attribute (never `''` or `NaN`).
 * - People in the file but not in the graph are added as isolated nodes (`report.added`).
 * - Invalid rows (wrong cell count, empty or repeated id, kind other than `employee`/`customer`,
 *   non-numeric cell in a `'number'` column) throw {@link CsvFormatError} with file and line, or
 *   are skipped and reported with `onInvalidRow: 'skip'`.
 * - The table is held as rows until the column types are known (people tables are small); the
 *   file itself is streamed.
 *
 * @param input The file path, or a Readable stream of CSV text.
 * @param options The {@link ReadPeopleCsvOptions}.
 * @param graph The graph to attach attributes to; a new `UndirectedGraph` (or `DirectedGraph`) when omitted.
 * @returns `{ graph, report }`, the same graph that was passed in, if any.
 * @throws {@link CsvFormatError} On a malformed file, or an invalid row in `'throw'` mode.
 * @throws {@link InvalidOptionError} On a bad option.
 * @throws {@link InvalidGraphError} If `graph` is given and is not a graphology graph.
 *
 * @example
 * import { writeFile } from 'node:fs/promises';
 * await writeFile('ties.csv', 'source,target\nana,ben\nben,cruz\ncruz,dee\n');
 * await writeFile('people.csv', 'id,department,tenure\nana,Sales,4\nben,Sales,2\ncruz,Support,7\ndee,Support,1\n');
 * const { graph } = await readTiesCsv('ties.csv');
 * const { report } = await readPeopleCsv('people.csv', { group: 'department' }, graph);
 * report.groups;                 //=> { Sales: 2, Support: 2 }
 * graph.getNodeAttributes('cruz'); //=> { department: 'Support', tenure: 7, kind: 'employee' }
 */
export async function readPeopleCsv<G extends AbstractGraph = UndirectedGraph>(
  input: string | Readable,
  options?: ReadPeopleCsvOptions,
  graph?: G,
): Promise<{
  /** The graph the people were attached to: the one passed in, or a new one. */
  graph: G;
  /** What was read, attached and rejected. */
  report: ReadPeopleReport;
}> {
  const opts = resolveOptions(NAME, READ_PEOPLE_CSV_DEFAULTS, options);
  assertBoolean(NAME, 'header', opts.header);
  assertBoolean(NAME, 'directed', opts.directed);
  assertDelimiter(NAME, opts.delimiter);
  assertFileName(NAME, opts.file);
  assertEnum(NAME, 'defaultKind', opts.defaultKind, ['employee', 'customer'] as const);
  assertEnum(NAME, 'onInvalidRow', opts.onInvalidRow, ['throw', 'skip'] as const);
  if (typeof opts.columnTypes !== 'object' || opts.columnTypes === null) {
    throw new InvalidOptionError(`${NAME}: option columnTypes must be an object; got ${show(opts.columnTypes)}`, 'columnTypes');
  }
  for (const [column, type] of Object.entries(opts.columnTypes)) {
    assertEnum(NAME, `columnTypes.${column}`, type, ['number', 'string'] as const);
  }
  if (graph !== undefined) assertGraph(graph, NAME);
  const target: AbstractGraph = graph ?? (opts.directed ? new DirectedGraph() : new UndirectedGraph());
  const { stream, file } = openInput(input, opts.file, NAME);
  const rejections = new Rejections(NAME, file, opts.onInvalidRow === 'skip');

  let names: string[] = [];
  let idAt = 0;
  let kindAt = -1;
  let groupAt = -1;
  const seen = new Map<string, number>();
  const declaredNumbers: number[] = [];
  const kept: { line: number; cells: string[] }[] = [];

  const result = await streamCsvRows(stream, {
    prefix: NAME,
    file,
    header: opts.header,
    delimiter: opts.delimiter,
    onColumns: (columns) => {
      names = columns;
      idAt = resolveColumn(opts.id, 'id', columns, opts.header, NAME, file).position;
      const kindSpec = opts.kind === undefined ? (opts.header && columns.includes('kind') ? 'kind' : null) : opts.kind;
      if (kindSpec !== null) kindAt = resolveColumn(kindSpec, 'kind', columns, opts.header, NAME, file).position;
      if (opts.group !== null) groupAt = resolveColumn(opts.group, 'group', columns, opts.header, NAME, file).position;
      for (const [column, type] of Object.entries(opts.columnTypes)) {
        if (!columns.includes(column)) {
          throw new InvalidOptionError(`${NAME}: option columnTypes names column ${show(column)}, which the header lacks`, 'columnTypes');
        }
        if (type === 'number') declaredNumbers.push(columns.indexOf(column));
      }
      if (kindAt >= 0 && opts.header && columns[kindAt] !== 'kind' && columns.includes('kind')) {
        throw new InvalidOptionError(
          `${NAME}: option kind reads kinds from column ${show(columns[kindAt])}, but the header also has a column "kind", which the kinds would overwrite; rename that column`,
          'kind',
        );
      }
      if (kindAt < 0 && opts.header && columns.includes('kind')) {
        throw new InvalidOptionError(
          `${NAME}: option kind is null but the header has a column "kind", which would be overwritten by defaultKind; rename the column or read kinds from it`,
          'kind',
        );
      }
    },
    onRow: (row, { line }) => {
      const cells = Array.isArray(row) ? row : names.map((_, i) => row[`_${i}`] ?? '');
      const id = cells[idAt]!;
      if (isBlankId(id)) return new RowProblem('emptyId', 'id is empty or only spaces', label(idAt));
      const first = seen.get(id);
      if (first !== undefined) return new RowProblem('duplicateId', `id ${show(id)} repeats line ${first}`, label(idAt));
      for (const at of declaredNumbers) {
        const cell = cells[at]!;
        if (cell !== '' && !isFiniteDecimal(cell)) {
          return new RowProblem('invalidNumber', `${show(cell)} in numeric column ${show(names[at])} is not a finite number`, label(at));
        }
        if (cell !== '' && !isExactDecimal(cell)) {
          return new RowProblem(
            'invalidNumber',
            `${show(cell)} in numeric column ${show(names[at])} has more digits than a number holds exactly (it would read as ${Number(cell)}); declare the column 'string'`,
            label(at),
          );
        }
      }
      if (kindAt >= 0) {
        const kind = cells[kindAt]!;
        if (kind !== 'employee' && kind !== 'customer') {
          return new RowProblem('invalidKind', `kind ${show(kind)} must be "employee" or "customer"`, label(kindAt));
        }
      }
      seen.set(id, line);
      kept.push({ line, cells });
    },
    onReject: (line, problem, cells) => rejections.reject(line, problem, cells),
  });

  /** A decimal number that is finite as a double: `'1e309'` is not (it would read as Infinity). */
  function isFiniteDecimal(cell: string): boolean {
    return isDecimal(cell) && Number.isFinite(Number(cell));
  }

  /**
   * A number that a double holds without losing what was written: finite, and an integer written
   * with digits only is exact (`'12345678901234567890'` is not: it would read as …7168).
   */
  function isExactDecimal(cell: string): boolean {
    return isFiniteDecimal(cell) && (!INTEGER.test(cell) || isExactInteger(cell));
  }

  /** A cell that reads as a number by inference: exact, and not a code with a leading zero (`'02134'`). */
  function looksNumeric(cell: string): boolean {
    return isExactDecimal(cell) && !LEADING_ZERO.test(cell);
  }

  function label(at: number): string | number {
    return opts.header ? names[at]! : at;
  }

  // Column types: declared, or numeric when every non-empty cell reads as a number without loss.
  const attributeColumns: { at: number; name: string; type: 'number' | 'string' }[] = [];
  for (let at = 0; at < names.length; at++) {
    if (at === idAt || at === kindAt) continue;
    const name = opts.header ? names[at]! : String(at);
    const declared = Object.prototype.hasOwnProperty.call(opts.columnTypes, name) ? opts.columnTypes[name] : undefined;
    let type: 'number' | 'string';
    if (at === groupAt) type = 'string';
    else if (declared) type = declared;
    else {
      let any = false;
      let numeric = true;
      for (const { cells } of kept) {
        const cell = cells[at]!;
        if (cell === '') continue;
        any = true;
        if (!looksNumeric(cell)) {
          numeric = false;
          break;
        }
      }
      type = any && numeric ? 'number' : 'string';
    }
    attributeColumns.push({ at, name, type });
  }

  const kinds: Record<PersonKind, number> = { employee: 0, customer: 0 };
  const groups: Record<string, number> | null = groupAt >= 0 ? {} : null;
  let matched = 0;
  let added = 0;
  for (const { cells } of kept) {
    const attributes: Attributes = {};
    for (const { at, name, type } of attributeColumns) {
      const cell = cells[at]!;
      if (cell === '') continue;
      setOwn(attributes, name, type === 'number' ? Number(cell) : cell);
    }
    const kind = (kindAt >= 0 ? cells[kindAt] : opts.defaultKind) as PersonKind;
    attributes.kind = kind;
    kinds[kind]++;
    if (groups && cells[groupAt] !== '') {
      const group = cells[groupAt]!;
      setOwn(groups, group, (Object.prototype.hasOwnProperty.call(groups, group) ? groups[group]! : 0) + 1);
    }
    const id = cells[idAt]!;
    if (target.hasNode(id)) {
      matched++;
      target.updateNodeAttributes(id, (current) => {
        for (const key of Object.keys(attributes)) setOwn(current, key, attributes[key]);
        return current;
      });
    } else {
      added++;
      target.addNode(id, attributes);
    }
  }
  const report: ReadPeopleReport = {
    file,
    rows: result.rows,
    accepted: matched + added,
    rejected: rejections.total,
    blankLines: result.blankLines,
    matched,
    added,
    missing: target.order - matched - added,
    columns: attributeColumns.map(({ name, type }) => ({ name, type })),
    kinds,
    groups,
    rejectedByReason: rejections.counts,
    rejectedRows: rejections.rows,
  };
  return { graph: target as G, report };
}
