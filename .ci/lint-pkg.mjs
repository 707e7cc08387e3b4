#!/usr/bin/env node
// npm run lint:pkg — lints the package as it would be published.
//
//   1. checks that the build output package.json points at exists (it does NOT build: run `npm run build` first);
//   2. `npm pack`s into a fresh temporary folder (never into the repository: `attw --pack .` deletes a
//      same-named tarball in the package folder);
//   3. runs publint on the tarball with --strict (warnings are errors) and also fails on suggestions;
//   4. runs attw (@arethetypeswrong/cli) on the tarball with its default, strictest profile ("strict":
//      node10, node16-CJS, node16-ESM and bundler resolution must all be clean);
//   5. removes the temporary folder. Exits 1 if anything failed, naming what.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertBuilt, packInto } from './lib/pack.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const started = Date.now();
const failures = [];

// eslint-disable-next-line no-control-regex
const stripAnsi = (s) => s.replace(/\u001b\[[0-9;]*m/g, '');

function tool(name) {
  const file = path.join(BIN, process.platform === 'win32' ? `${name}.cmd` : name);
  if (!existsSync(file)) {
    throw new Error(`${file} not found; run \`npm ci\` first (it is a devDependency)`);
  }
  return file;
}

function run(file, args) {
  return spawnSync(file, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

function publint(tarball) {
  console.log(`\n== publint --strict ${path.basename(tarball)}`);
  const r = run(tool('publint'), ['run', tarball, '--strict', '--level', 'suggestion']);
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  const out = stripAnsi(`${r.stdout ?? ''}\n${r.stderr ?? ''}`);
  if (r.error) return failures.push(`publint could not run: ${r.error.message}`);
  if (r.status !== 0) return failures.push(`publint exited with ${r.status} (errors, or warnings under --strict)`);
  const kinds = [...out.matchAll(/^(Errors|Warnings|Suggestions):\s*$/gm)].map((m) => m[1].toLowerCase());
  if (kinds.length > 0) return failures.push(`publint reported ${kinds.join(' and ')}`);
  if (!out.includes('All good!')) return failures.push('publint did not report "All good!"');
  return undefined;
}

function attw(tarball) {
  console.log(`\n== attw ${path.basename(tarball)} (profile: strict, the default)`);
  const r = run(tool('attw'), [tarball, '--profile', 'strict']);
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  if (r.error) return failures.push(`attw could not run: ${r.error.message}`);
  if (r.status !== 0) return failures.push(`attw found type-resolution problems (exit ${r.status}); see the table above`);
  return undefined;
}

let tmp;
try {
  const pkg = assertBuilt(ROOT);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'tiestrength-lint-pkg-'));
  const tarball = packInto(ROOT, tmp);
  console.log(`packed ${pkg.name}@${pkg.version} -> ${tarball}`);
  publint(tarball);
  attw(tarball);
} catch (err) {
  failures.push(err instanceof Error ? err.message : String(err));
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}

const secs = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(`\nlint:pkg FAILED (${secs}s):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`\nlint:pkg ok: publint and attw are clean (${secs}s)`);
