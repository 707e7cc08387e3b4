/**
 * Every TSDoc `@example` in src/ and every example of docs/metrics.md, docs/duckdb.md and
 * docs/guide.md runs, and every `//=>` in them shows what the code returns: the reference pages
 * (docs/api/, generated from these comments) and those pages cannot claim an output the library
 * does not give (README's quick start is examples/01-quickstart.ts, whose output `npm run
 * examples` checks).
 *
 * A source file's examples run in order as one async script (a later example may use a name an
 * earlier one defined); docs/metrics.md and docs/duckdb.md run section by section (`##`, `###`),
 * each section's ```ts blocks that claim a value as one script, and docs/guide.md as one script
 * (its sections build on each other). Imports of the package are dropped: in scope are every
 * export of src/index.ts, graphology's graph classes, the "org" graph of docs/metrics.md (`org`),
 * Zachary's karate club (`karate`) and org's index (`index`), and node:fs/promises' `writeFile` and
 * `mkdir` (each source file's examples run in a fresh temporary directory, so the files they write
 * and read stay there). A claim `expr; //=> value` (or
 * `//=> value` on the line after a statement, continued on `//` lines while brackets are open) is
 * read as a JavaScript value and compared with what `expr` gives: numbers to 1e-12 (relative), a
 * number written with a trailing `…` by its digits (`0.1952…` claims the value starts 0.1952),
 * `Float64Array [1, 0.5]` element by element, `{ … }` and `[ … ]` deeply; a parenthesis after the
 * value is a comment. A claim in words (no value) fails; a file whose examples cannot run here is
 * listed in NOT_RUN with the reason.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph, { DirectedGraph, MultiDirectedGraph, MultiGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { restoreWorkerEntry, useBundledWorker } from '../runtime/bundled-worker.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Files whose examples are not run, and why. */
const NOT_RUN: Record<string, string> = {
  'src/core/random.ts': '@internal: not on the reference pages',
};

/** Every .ts file under dir. */
function sources(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
    })
    .sort();
}

/** An example block: the line of its first code line and its code lines. */
interface Block {
  line: number;
  code: string[];
}

/** A file's `@example` blocks in order: the line of their first code line and the code, comment markers stripped. */
function exampleBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i]!)) continue;
    const code: string[] = [];
    for (let j = i + 1; j < lines.length && !/^\s*\*\//.test(lines[j]!) && !/^\s*\*\s*@\w+/.test(lines[j]!); j++) {
      code.push(lines[j]!.replace(/^\s*\*\s?/, ''));
    }
    while (code.length > 0 && code[code.length - 1]!.trim() === '') code.pop();
    blocks.push({ line: i + 2, code });
  }
  return blocks;
}

/** Whether every bracket opened in `text` (outside strings) is closed. */
function closed(text: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== null) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
  }
  return depth <= 0;
}

/**
 * A statement with its top-level `const` / `let` as `var`: examples of one file share their names,
 * and two examples may each declare `const result`.
 */
function declareWithVar(statement: string): string {
  return statement.replace(/^(\s*)(const|let)\s/, '$1var ');
}

/** A claim: where it is, its text, and what the example gave (`undefined` until checked). */
interface Claim {
  where: string;
  text: string;
  checked: boolean;
  value?: unknown;
  /** The claim follows a statement (a loop that prints), not a value. */
  statement?: boolean;
}

/** The ```ts blocks of a markdown page that claim something (`//=>`), by the `##` or `###` section they are in. */
function markdownSections(text: string): Map<string, Block[]> {
  const lines = text.split('\n');
  const sections = new Map<string, Block[]>();
  let section = '(top)';
  for (let i = 0; i < lines.length; i++) {
    if (/^#{2,3} /.test(lines[i]!)) section = lines[i]!.replace(/^#+ /, '').trim();
    if (lines[i]!.trim() !== '```ts') continue;
    const end = lines.findIndex((line, j) => j > i && line.trim() === '```');
    const code = lines.slice(i + 1, end);
    if (code.some((line) => line.includes('//=>'))) sections.set(section, [...(sections.get(section) ?? []), { line: i + 2, code }]);
    i = end;
  }
  return sections;
}

/** The script of a file's examples, each claim turned into `__claim(id, value)`. */
function script(file: string, blocks: Block[], claims: Claim[]): string {
  const body: string[] = [];
  for (const block of blocks) {
    let statement: string[] = [];
    for (let k = 0; k < block.code.length; k++) {
      const line = block.code[k]!;
      const at = line.indexOf('//=>');
      if (at < 0) {
        // Comments, and imports of the package (its exports are in scope).
        if (/^\s*\/\//.test(line) || /^\s*import .* from '[^']+';\s*$/.test(line)) continue;
        statement.push(line);
        if (/[;}]\s*(\/\/.*)?$/.test(line) && closed(statement.join('\n'))) {
          body.push(declareWithVar(statement.join('\n')));
          statement = [];
        }
        continue;
      }
      const where = `${file}:${block.line + k}`;
      let claim = line.slice(at + 4);
      while (!closed(claim) && k + 1 < block.code.length && /^\s*\/\//.test(block.code[k + 1]!)) {
        claim += '\n' + block.code[++k]!.replace(/^\s*\/\/\s?/, '');
      }
      const code = line.slice(0, at).trim();
      let expression: string;
      if (code !== '' || statement.length > 0) {
        // `expr; //=> …`, or `expr` (no semicolon) on the lines before `//=> …`
        if (code !== '') statement.push(code);
        expression = statement.join('\n');
        statement = [];
      } else expression = body.pop() ?? '';
      expression = expression.trim().replace(/;\s*(\/\/.*)?$/, '');
      const id = claims.length;
      claims.push({ where, text: claim.trim(), checked: false });
      if (/^(for|if|while|do|switch|try)\b/.test(expression)) {
        // `for (…) console.log(…) //=> …` claims printed lines: write the claim on a value instead.
        claims[id]!.statement = true;
        body.push(expression + ';');
        continue;
      }
      const declaration = /^(const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([\s\S]*)$/.exec(expression);
      if (declaration) body.push(`var ${declaration[2]} = ${declaration[3]};\n__claim(${id}, ${declaration[2]});`);
      else body.push(`__claim(${id}, (${expression}));`);
    }
    if (statement.length > 0) body.push(declareWithVar(statement.join('\n')));
  }
  return body.join('\n');
}

/** What a claim's text says: a value, digits of a number, or nothing readable. */
type Expected = { kind: 'value'; value: unknown } | { kind: 'prose' };

/** Reads a claim's text as a value (see the module comment). */
function expected(text: string): Expected {
  const attempts = [text, text.replace(/\s+\([^]*\)\s*$/, '')];
  for (const attempt of attempts) {
    const source = attempt
      // 0.1952… → a marker holding the digits
      .replace(/(-?\d+\.\d+)…/g, (_, digits: string) => `{ __digits: '${digits}' }`)
      .replace(/\b(Float64Array|Float32Array|Int32Array|Uint32Array|Uint8Array)\s*(?:\(\d+\)\s*)?\[([^\]]*)\]/g, '$1.from([$2])');
    try {
      return { kind: 'value', value: new Function(`return (${source});`)() as unknown };
    } catch {
      // next attempt
    }
  }
  return { kind: 'prose' };
}

/** Whether `actual` is what `claim` says (see the module comment). */
function matches(actual: unknown, claim: unknown): boolean {
  if (claim !== null && typeof claim === 'object' && '__digits' in claim) {
    const digits = (claim as { __digits: string }).__digits;
    return typeof actual === 'number' && String(actual).startsWith(digits.replace(/0+$/, '').replace(/\.$/, ''));
  }
  if (typeof actual === 'number' && typeof claim === 'number') {
    return Object.is(actual, claim) || Math.abs(actual - claim) <= 1e-12 * Math.max(1, Math.abs(claim));
  }
  if (ArrayBuffer.isView(claim)) {
    return ArrayBuffer.isView(actual) && actual.constructor === claim.constructor && matches(Array.from(actual as never), Array.from(claim as never));
  }
  if (Array.isArray(claim)) return Array.isArray(actual) && actual.length === claim.length && claim.every((c, i) => matches(actual[i], c));
  if (claim !== null && typeof claim === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    const keys = Object.keys(claim);
    return keys.length === Object.keys(actual).length && keys.every((k) => matches((actual as Record<string, unknown>)[k], (claim as Record<string, unknown>)[k]));
  }
  return Object.is(actual, claim);
}

/** A value as a short text for a failure message. */
function show(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as never) : v === Infinity ? 'Infinity' : v)) ?? String(value);
}

const files = sources(join(ROOT, 'src'))
  .map((path) => ({ file: relative(ROOT, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }))
  .filter(({ text }) => /@example\b/.test(text));

// The async examples start workers: the bundled entry starts them in ~30 ms instead of ~0.3 s through tsx.
beforeAll(useBundledWorker, 60_000);
afterAll(restoreWorkerEntry);

/** Runs a file's example blocks as one script and returns what is wrong with their claims. */
async function check(file: string, blocks: Block[]): Promise<string> {
  const claims: Claim[] = [];
  const code = script(file, blocks, claims);
  const scope: Record<string, unknown> = {
    ...api,
    Graph,
    DirectedGraph,
    UndirectedGraph,
    MultiGraph,
    MultiDirectedGraph,
    MultiUndirectedGraph,
    org: fixtureGraph('org'),
    karate: fixtureGraph('karate'),
    index: api.buildIndex(fixtureGraph('org')),
    writeFile,
    mkdir,
  };
  const names = Object.keys(scope);
  // The examples are TypeScript (`edge(…)!`): transpiled, not type-checked (tsc checks the sources).
  const js = ts.transpileModule(`(async () => {\n${code}\n})`, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  const run = new Function('__claim', ...names, `return (${js.replace(/^"use strict";/, '').trim().replace(/;$/, '')})();`) as (...args: unknown[]) => Promise<void>;
  await run((id: number, value: unknown) => {
    claims[id]!.checked = true;
    claims[id]!.value = value;
  }, ...names.map((name) => scope[name]));
  const wrong: string[] = [];
  for (const claim of claims) {
    if (claim.statement) {
      wrong.push(`${claim.where}: claims what a statement prints; claim a value instead`);
      continue;
    }
    if (!claim.checked) {
      wrong.push(`${claim.where}: not reached`);
      continue;
    }
    const want = expected(claim.text);
    if (want.kind === 'prose') {
      wrong.push(`${claim.where}: not a value (write the words as a comment after it): ${claim.text}`);
    } else if (!matches(claim.value, want.value)) {
      wrong.push(`${claim.where}: claims ${claim.text.replace(/\s+/g, ' ')}, gives ${show(claim.value)}`);
    }
  }
  return wrong.join('\n');
}

describe('TSDoc examples', () => {
  it.each(files.filter(({ file }) => !(file in NOT_RUN)).map(({ file, text }) => [file, text]))('%s', async (file, text) => {
    // The examples that read or write files ('ties.csv') do so in a directory of their own.
    const home = process.cwd();
    const dir = mkdtempSync(join(tmpdir(), 'tiestrength-example-'));
    process.chdir(dir);
    try {
      expect(await check(file, exampleBlocks(text))).toBe('');
    } finally {
      process.chdir(home);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists only files that exist and have examples', () => {
    for (const file of Object.keys(NOT_RUN)) expect(files.map((f) => f.file)).toContain(file);
  });
});

describe.each(['docs/metrics.md', 'docs/duckdb.md'])('%s examples (each section its own script)', (page) => {
  const sections = markdownSections(readFileSync(join(ROOT, page), 'utf8'));
  it.each([...sections])('%s', async (_name, blocks) => {
    expect(await check(page, blocks)).toBe('');
  });
});

it('docs/guide.md examples (one script: later sections use what earlier ones read)', async () => {
  const blocks = [...markdownSections(readFileSync(join(ROOT, 'docs', 'guide.md'), 'utf8')).values()].flat();
  expect(await check('docs/guide.md', blocks)).toBe('');
});
