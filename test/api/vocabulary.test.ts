/**
 * The public surface against docs/conventions.md: every exported function's option keys (read
 * from its frozen `*_DEFAULTS`) must be names that page lists, the names it lists with a "where"
 * column may appear only in those functions, and no retired name may come back. A new function
 * that invents a synonym, or reuses a listed name elsewhere, fails here until the page says so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const conventions = readFileSync(new URL('../../docs/conventions.md', import.meta.url), 'utf8');

/** Every `code span` of a markdown fragment that looks like an identifier. */
function codeNames(markdown: string): string[] {
  return [...markdown.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((m) => m[1]!);
}

/** The body of the section with this heading (up to the next heading of the same or a higher level). */
function section(heading: string): string {
  const lines = conventions.split('\n');
  const start = lines.findIndex((line) => /^#+ /.test(line) && line.replace(/^#+ /, '') === heading);
  if (start < 0) throw new Error(`docs/conventions.md has no section "${heading}"`);
  const level = lines[start]!.match(/^#+/)![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && line.match(/^#+/)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Rows `| name | meaning | where |` of the vocabulary tables: name → the functions listed under "where". */
function whereColumns(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of section('Vocabulary').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 5 || !cells[1]!.startsWith('`')) continue;
    // A positional parameter is not an option key: its "where" restricts nothing here.
    if (`${cells[1]} ${cells[2]}`.includes('positional')) continue;
    const names = codeNames(cells[1]!);
    const where = codeNames(cells[3]!);
    if (where.length === 0) continue;
    for (const name of names) out.set(name, new Set(where));
  }
  return out;
}

function camel(constant: string): string {
  const name = constant.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  // READ_TIES_DUCKDB → readTiesDuckDb: the exported function's own casing, where one matches.
  return functionByLowerName.get(name.toLowerCase()) ?? name;
}

const functionByLowerName = new Map(
  Object.entries(api)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => [name.toLowerCase(), name] as const),
);

/** Function name → its option keys, from every exported `*_DEFAULTS`. */
function optionKeys(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, value] of Object.entries(api)) {
    if (!name.endsWith('_DEFAULTS') || typeof value !== 'object' || value === null) continue;
    const fn = camel(name.slice(0, -'_DEFAULTS'.length).replace(/^ASSIGN_/, ''));
    out.set(fn, [...(out.get(fn) ?? []), ...Object.keys(value)]);
  }
  return out;
}

const listed = new Set(codeNames(conventions));
const retired = new Set(codeNames(section('Retired names')));
const where = whereColumns();
const options = optionKeys();

describe('docs/conventions.md and the public API', () => {
  it('reads the option keys of the public functions', () => {
    expect(options.size).toBeGreaterThan(40);
    expect(options.get('constraint')).toContain('getEdgeStrength');
  });

  it('finds the vocabulary tables and the retired names', () => {
    expect(where.get('nodes')?.has('keyPersonRisk')).toBe(true);
    expect(retired.has('groupAttribute')).toBe(true);
  });

  it('every *_DEFAULTS object is frozen', () => {
    for (const [name, value] of Object.entries(api)) {
      if (name.endsWith('_DEFAULTS')) expect(Object.isFrozen(value), name).toBe(true);
    }
  });

  it('every option key is a name docs/conventions.md lists', () => {
    const unlisted: string[] = [];
    for (const [fn, keys] of options) for (const key of keys) if (!listed.has(key)) unlisted.push(`${fn}.${key}`);
    expect(unlisted).toEqual([]);
  });

  it('no function uses a retired name', () => {
    const found: string[] = [];
    for (const [fn, keys] of options) for (const key of keys) if (retired.has(key)) found.push(`${fn}.${key}`);
    expect(found).toEqual([]);
  });

  it('a name listed with a "where" column appears only in the functions listed there', () => {
    const misplaced: string[] = [];
    for (const [fn, keys] of options) {
      for (const key of keys) {
        const allowed = where.get(key);
        if (allowed && !allowed.has(fn)) misplaced.push(`${fn}.${key}`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('every public function either has its own *_DEFAULTS or is a variant of one that has', () => {
    const missing: string[] = [];
    for (const [name, value] of Object.entries(api)) {
      if (typeof value !== 'function' || /^[A-Z]/.test(name)) continue;
      const base = name.replace(/^assign([A-Z])/, (_, c: string) => c.toLowerCase()).replace(/(Indexed|Detailed|Async)$/, '');
      if (!options.has(base) && !NO_OPTIONS.has(name)) missing.push(name);
    }
    expect(missing).toEqual([]);
  });
});

/** Public functions that take no options object. */
const NO_OPTIONS = new Set(['isCsrIndex', 'manufacturingEmail', 'datasets']);
