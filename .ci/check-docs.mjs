#!/usr/bin/env node
// npm run docs:check — checks the documentation; exits 1 if any check fails, after running them all.
//
//   1. api-validation  TypeDoc's validation of src/index.ts's exports: an undocumented export
//                      (notDocumented) or a {@link} that does not resolve (invalidLink) fails.
//                      Properties of the frozen X_DEFAULTS objects are exempt: the object is
//                      documented as a whole and each option is documented on its options type.
//                      Exported types that mention a type the package does not export
//                      (notExported) are listed as warnings.
//   2. api-up-to-date  docs/api/ equals a fresh `npm run docs:api` (generated into a temporary
//                      directory and compared file by file).
//   3. links           every relative link and #anchor in README.md, CHANGELOG.md and docs/**/*.md
//                      resolves: the file exists in the repository and the anchor is a heading of
//                      the target (GitHub's slug rules) or an explicit <a id>/<a name>.
//   4. quick-start     README.md's "Quick start" shows examples/01-quickstart.ts verbatim (its first
//                      ```ts block) and, in its first ```text block, the output the example states
//                      in its closing //=> comment. `--fix` rewrites both blocks from the example.
//   5. no-internal-refs  no page mentions METRICS.md, a reference kept outside the repository.
//
// Options: --fix (rewrite the README quick start from the example), --only=links,quick-start
// (run some checks), --verbose (list every exempt message). Plain Node plus the repository's
// TypeDoc; runs in well under a minute (most of it TypeDoc reading src/).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const API_DIR = 'docs/api';
const QUICKSTART = 'examples/01-quickstart.ts';
const args = process.argv.slice(2);
const FIX = args.includes('--fix');
const VERBOSE = args.includes('--verbose');
const ONLY = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const CHECKS = ['api-validation', 'api-up-to-date', 'links', 'quick-start', 'no-internal-refs'];

const rel = (p) => path.relative(ROOT, p).split(path.sep).join('/');
const read = (p) => readFileSync(path.join(ROOT, p), 'utf8');

/** Every file under dir (repository-relative), sorted. */
function walk(dir, filter = () => true) {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return [];
  const out = [];
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    const p = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...walk(p, filter));
    else if (filter(p)) out.push(p);
  }
  return out.sort();
}

// ---------------------------------------------------------------------------------------------
// 1 and 2: TypeDoc

async function typedocChecks(results) {
  const { Application, Logger, LogLevel, TSConfigReader, TypeDocReader } = await import('typedoc');

  class Recorder extends Logger {
    messages = [];
    log(message, level) {
      this.messages.push({ message: String(message).replace(/\x1b\[[0-9;]*m/g, ''), level });
    }
  }

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tiestrength-docs-'));
  const out = path.join(tmp, 'api');
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const app = await Application.bootstrapWithPlugins(
      { out, validation: { notExported: true, invalidLink: true, notDocumented: true }, logLevel: 'Verbose' },
      [new TypeDocReader(), new TSConfigReader()],
    );
    const recorder = new Recorder();
    recorder.level = LogLevel.Verbose;
    app.logger = recorder;
    const project = await app.convert();
    if (!project) {
      const errors = recorder.messages.filter((m) => m.level === LogLevel.Error).map((m) => m.message);
      results.push({ name: 'api-validation', ok: false, lines: ['TypeDoc could not convert src/index.ts:', ...errors] });
      results.push({ name: 'api-up-to-date', ok: false, lines: ['not checked: TypeDoc failed'] });
      return;
    }
    const before = recorder.messages.length;
    app.validate(project);
    const validation = recorder.messages.slice(before);
    const conversion = recorder.messages.slice(0, before).filter((m) => m.level >= LogLevel.Warn);

    if (!ONLY || ONLY.includes('api-validation')) results.push(classifyValidation([...conversion, ...validation], LogLevel));

    if (!ONLY || ONLY.includes('api-up-to-date')) {
      await app.generateOutputs(project);
      results.push(compareTrees(out, path.join(ROOT, API_DIR)));
    }
  } finally {
    process.chdir(cwd);
    rmSync(tmp, { recursive: true, force: true });
  }
}

function classifyValidation(messages, LogLevel) {
  const undocumented = [];
  const exempt = [];
  const links = [];
  const notExported = [];
  const otherErrors = [];
  const otherWarnings = [];
  for (const { message, level } of messages) {
    if (level < LogLevel.Warn) continue;
    if (/does not have any documentation/.test(message)) {
      // `X_DEFAULTS.__type.key (Property)`: a key of a frozen defaults object.
      if (/^[A-Z][A-Z0-9_]*\.__type\./.test(message)) exempt.push(message);
      else undocumented.push(message);
    } else if (/Failed to resolve link|links to .* which was resolved but is not included/.test(message)) {
      links.push(message);
    } else if (/is referenced by .* but not included in the documentation/.test(message)) {
      notExported.push(message);
    } else if (/^Found \d+ errors? and \d+ warnings?/.test(message)) {
      // TypeDoc's own tally
    } else if (level >= LogLevel.Error) otherErrors.push(message);
    else otherWarnings.push(message);
  }
  const lines = [];
  const section = (title, list) => {
    if (list.length === 0) return;
    lines.push(`${title} (${list.length}):`);
    for (const m of list) lines.push(`  ${m.replace(/, defined in tiestrength\//, ', in ')}`);
  };
  section('undocumented exports and members', undocumented);
  section('links that do not resolve', links);
  section('TypeDoc errors', otherErrors);
  section('warning: types referenced by the API but not exported from src/index.ts', notExported);
  section('warning: other TypeDoc warnings', otherWarnings);
  if (VERBOSE) section('exempt: keys of frozen defaults objects', exempt);
  else if (exempt.length) lines.push(`(${exempt.length} keys of frozen X_DEFAULTS objects are exempt; --verbose lists them)`);
  const ok = undocumented.length === 0 && links.length === 0 && otherErrors.length === 0;
  return { name: 'api-validation', ok, lines };
}

function compareTrees(fresh, committed) {
  const list = (dir) => (existsSync(dir) ? walkAbs(dir).map((p) => path.relative(dir, p).split(path.sep).join('/')) : []);
  const a = new Set(list(fresh));
  const b = new Set(list(committed));
  const missing = [...a].filter((f) => !b.has(f)).sort();
  const extra = [...b].filter((f) => !a.has(f)).sort();
  const changed = [...a]
    .filter((f) => b.has(f) && !readFileSync(path.join(fresh, f)).equals(readFileSync(path.join(committed, f))))
    .sort();
  const lines = [];
  const show = (title, files) => {
    if (files.length === 0) return;
    lines.push(`${title} (${files.length}):`);
    for (const f of files.slice(0, 40)) lines.push(`  ${API_DIR}/${f}`);
    if (files.length > 40) lines.push(`  … and ${files.length - 40} more`);
  };
  show('differ from a fresh generation', changed);
  show('missing (would be generated)', missing);
  show('stale (no longer generated)', extra);
  if (lines.length) lines.push('run `npm run docs:api` to regenerate docs/api/, then commit it');
  return { name: 'api-up-to-date', ok: lines.length === 0, lines: lines.length ? lines : [`${a.size} files up to date`] };
}

function walkAbs(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walkAbs(p));
    else out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 3: links and anchors

/** The markdown files whose links are checked. */
function markdownFiles() {
  return ['README.md', 'CHANGELOG.md', ...walk('docs', (p) => p.endsWith('.md'))].filter((p) => existsSync(path.join(ROOT, p)));
}

/** Lines outside fenced code blocks, with inline code blanked out, as [lineNumber, text]. */
function proseLines(markdown) {
  const out = [];
  let fence = null;
  markdown.split('\n').forEach((line, i) => {
    const m = line.match(/^\s{0,3}(`{3,}|~{3,})/);
    if (m) {
      if (!fence) fence = m[1][0].repeat(m[1].length);
      else if (line.trim().startsWith(fence)) fence = null;
      return;
    }
    if (!fence) out.push([i + 1, line.replace(/(`+)(?:(?!\1).)+?\1/g, (s) => ' '.repeat(s.length))]);
  });
  return out;
}

/** GitHub's heading anchors: lower case, punctuation except - and _ removed, spaces → -, repeats get -1, -2… */
export function githubSlug(text, seen) {
  const plain = text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/[`*~]/g, '')
    .trim()
    .toLowerCase();
  let slug = plain.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
  const base = slug;
  let n = seen.get(base) ?? 0;
  if (n > 0) slug = `${base}-${n}`;
  seen.set(base, n + 1);
  return slug;
}

const anchorCache = new Map();
function anchorsOf(file) {
  if (anchorCache.has(file)) return anchorCache.get(file);
  const anchors = new Set();
  const seen = new Map();
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  let fence = null;
  for (const line of text.split('\n')) {
    const f = line.match(/^\s{0,3}(`{3,}|~{3,})/);
    if (f) {
      if (!fence) fence = f[1][0].repeat(f[1].length);
      else if (line.trim().startsWith(fence)) fence = null;
      continue;
    }
    if (fence) continue;
    const h = line.match(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/);
    if (h) anchors.add(githubSlug(h[1], seen));
    for (const a of line.matchAll(/<a\s+[^>]*(?:id|name)="([^"]+)"/g)) anchors.add(a[1]);
  }
  anchorCache.set(file, anchors);
  return anchors;
}

function checkLinks() {
  const problems = [];
  let count = 0;
  for (const file of markdownFiles()) {
    const text = read(file);
    for (const [lineNo, line] of proseLines(text)) {
      const targets = [];
      for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]);
      for (const m of line.matchAll(/^\s{0,3}\[[^\]]+\]:\s+<?(\S+?)>?(?:\s|$)/g)) targets.push(m[1]);
      for (const m of line.matchAll(/<a\s+[^>]*href="([^"]+)"/g)) targets.push(m[1]);
      for (const target of targets) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto: …
        count++;
        const where = `${file}:${lineNo}`;
        const [rawPath, anchor] = target.split('#');
        const decoded = decodeURI(rawPath);
        const resolved = decoded ? path.resolve(path.dirname(path.join(ROOT, file)), decoded) : path.join(ROOT, file);
        if (!resolved.startsWith(ROOT + path.sep) && resolved !== ROOT) {
          problems.push(`${where}: ${target} points outside the repository`);
          continue;
        }
        if (!existsSync(resolved)) {
          problems.push(`${where}: ${target}: no such file`);
          continue;
        }
        if (anchor === undefined || anchor === '') continue;
        const targetFile = rel(resolved);
        if (statSync(resolved).isDirectory() || !targetFile.endsWith('.md')) {
          if (!/^L\d+(-L\d+)?$/.test(anchor)) problems.push(`${where}: ${target}: anchor on a file that is not markdown`);
          continue;
        }
        if (!anchorsOf(targetFile).has(decodeURIComponent(anchor))) {
          problems.push(`${where}: ${target}: no heading or anchor "#${anchor}" in ${targetFile}`);
        }
      }
    }
  }
  return {
    name: 'links',
    ok: problems.length === 0,
    lines: problems.length ? problems : [`${count} relative links in ${markdownFiles().length} files resolve`],
  };
}

// ---------------------------------------------------------------------------------------------
// 4: README quick start

/** The README's Quick start section: [start, end) line offsets and its first ts and text blocks. */
function quickStartBlocks(readme) {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => /^##\s+Quick start\s*$/.test(l));
  if (start < 0) return { error: 'README.md has no "## Quick start" section' };
  let end = lines.findIndex((l, i) => i > start && /^##?\s/.test(l));
  if (end < 0) end = lines.length;
  const blocks = [];
  for (let i = start + 1; i < end; i++) {
    const open = lines[i].match(/^(`{3,})(\w*)\s*$/);
    if (!open) continue;
    let j = i + 1;
    while (j < end && lines[j] !== open[1]) j++;
    blocks.push({ lang: open[2], from: i + 1, to: j }); // content lines [from, to)
    i = j;
  }
  const code = blocks.find((b) => b.lang === 'ts' || b.lang === 'typescript');
  const output = blocks.find((b) => b.lang === 'text' && (!code || b.from > code.to));
  return { lines, code, output };
}

/** The output an example states: its trailing run of //=> lines, without the marker. */
function statedOutput(example) {
  const lines = example.replace(/\n+$/, '').split('\n');
  let i = lines.length;
  while (i > 0 && /^\/\/=>( |$)/.test(lines[i - 1])) i--;
  return lines.slice(i).map((l) => l.replace(/^\/\/=> ?/, ''));
}

function checkQuickStart() {
  const name = 'quick-start';
  if (!existsSync(path.join(ROOT, QUICKSTART))) return { name, ok: false, lines: [`${QUICKSTART} is missing`] };
  const example = read(QUICKSTART);
  const output = statedOutput(example);
  let readme = read('README.md');
  let q = quickStartBlocks(readme);
  if (q.error) return { name, ok: false, lines: [q.error] };
  if (FIX && q.code && q.output) {
    const exampleLines = example.replace(/\n$/, '').split('\n');
    const lines = [...q.lines];
    // Replace the later block first so the earlier block's offsets stay valid.
    lines.splice(q.output.from, q.output.to - q.output.from, ...output);
    lines.splice(q.code.from, q.code.to - q.code.from, ...exampleLines);
    writeFileSync(path.join(ROOT, 'README.md'), lines.join('\n'));
    readme = read('README.md');
    q = quickStartBlocks(readme);
  }
  const problems = [];
  if (!q.code) problems.push('README.md Quick start has no ```ts block');
  else {
    const shown = q.lines.slice(q.code.from, q.code.to).join('\n') + '\n';
    if (shown !== example) problems.push(`README.md:${q.code.from + 1}: the Quick start code differs from ${QUICKSTART}${firstDifference(shown, example)}`);
  }
  if (output.length === 0) problems.push(`${QUICKSTART} does not end with a //=> output comment`);
  if (!q.output) problems.push('README.md Quick start has no ```text output block after the code');
  else if (output.length) {
    const shown = q.lines.slice(q.output.from, q.output.to).join('\n');
    if (shown !== output.join('\n')) problems.push(`README.md:${q.output.from + 1}: the Quick start output differs from the //=> comment of ${QUICKSTART}${firstDifference(shown, output.join('\n'))}`);
  }
  if (problems.length) problems.push('`node .ci/check-docs.mjs --fix` copies both from the example');
  return { name, ok: problems.length === 0, lines: problems.length ? problems : [`code and output match ${QUICKSTART}`] };
}

function firstDifference(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `\n    first difference at line ${i + 1} of the block:\n    README:  ${JSON.stringify(x[i] ?? '(end)')}\n    example: ${JSON.stringify(y[i] ?? '(end)')}`;
  }
  return '';
}

// ---------------------------------------------------------------------------------------------
// 5: no references to documents outside the repository

function checkInternalRefs() {
  const problems = [];
  const bySource = new Map();
  for (const file of markdownFiles()) {
    read(file)
      .split('\n')
      .forEach((line, i) => {
        if (!/METRICS\.md/.test(line)) return;
        if (file.startsWith(`${API_DIR}/`)) bySource.set(file, (bySource.get(file) ?? 0) + 1);
        else problems.push(`${file}:${i + 1}: mentions METRICS.md`);
      });
  }
  if (bySource.size) {
    problems.push(`generated from TSDoc in src/ (fix the comment, then npm run docs:api): ${bySource.size} pages mention METRICS.md:`);
    for (const [file, n] of bySource) problems.push(`  ${file} (${n})`);
  }
  return { name: 'no-internal-refs', ok: problems.length === 0, lines: problems.length ? problems : ['no page mentions METRICS.md'] };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const wanted = (n) => !ONLY || ONLY.includes(n);
  const results = [];
  if (wanted('api-validation') || wanted('api-up-to-date')) {
    try {
      await typedocChecks(results);
    } catch (error) {
      results.push({ name: 'api-validation', ok: false, lines: [`TypeDoc failed: ${error?.stack ?? error}`] });
    }
  }
  // The quick-start fix rewrites README.md, so it runs before the link check reads it.
  if (wanted('quick-start')) results.push(checkQuickStart());
  if (wanted('links')) results.push(checkLinks());
  if (wanted('no-internal-refs')) results.push(checkInternalRefs());
  results.sort((a, b) => CHECKS.indexOf(a.name) - CHECKS.indexOf(b.name));

  for (const r of results) {
    console.log(`\n${r.ok ? 'ok  ' : 'FAIL'} ${r.name}`);
    for (const l of r.lines) console.log(`     ${l}`);
  }
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\ndocs:check: ${results.length - failed.length} ok, ${failed.length} failed (${secs}s)${failed.length ? `: ${failed.join(', ')}` : ''}`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
