#!/usr/bin/env node
// npm run examples — runs every examples/*.ts (not subfolders, not .d.ts) in name order with the
// repository's tsx, from the repository root, each with a 120 s timeout, and compares what it
// prints with the `//=>` block it ends with (STYLE: every example shows its output), so that an
// example, and the README's quick start copied from it, cannot claim an output it does not print.
// Continues past a failure, then exits 1 if any example failed, timed out or printed something
// else, or if there are no examples (they are required).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = path.join(ROOT, 'examples');
const TIMEOUT_MS = Number(process.env.EXAMPLE_TIMEOUT_S || 120) * 1000; // EXAMPLE_TIMEOUT_S overrides
const IS_WINDOWS = process.platform === 'win32';
const TSX = path.join(ROOT, 'node_modules', '.bin', IS_WINDOWS ? 'tsx.cmd' : 'tsx');

function runExample(file) {
  const started = Date.now();
  return new Promise((resolve) => {
    // Own process group (POSIX), so a timeout kills tsx and the node process it starts.
    const child = spawn(TSX, [file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: !IS_WINDOWS, shell: IS_WINDOWS });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (IS_WINDOWS) child.kill('SIGKILL');
        else process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, TIMEOUT_MS);
    const done = (result) => {
      clearTimeout(timer);
      resolve({ ...result, stdout, timedOut, ms: Date.now() - started });
    };
    child.on('error', (error) => done({ status: null, signal: null, error }));
    child.on('close', (status, signal) => done({ status, signal, error: undefined }));
  });
}

/** The example's trailing `//=>` block, one entry per printed line. */
function expectedOutput(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const block = [];
  for (const line of lines) {
    if (line.startsWith('//=>')) block.push(line.slice(4).replace(/^ /, ''));
    else if (block.length > 0 && line.trim() !== '') block.length = 0; // only the last block counts
  }
  return block;
}

/** null when the output equals the `//=>` block (trailing spaces ignored), else the first difference. */
function compareOutput(file, stdout) {
  const expected = expectedOutput(file);
  if (expected.length === 0) return 'no //=> block with the expected output';
  const actual = stdout.replace(/\n$/, '').split('\n');
  const norm = (line) => (line ?? '').replace(/\s+$/, '');
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    if (norm(expected[i]) !== norm(actual[i])) {
      return `output line ${i + 1} differs from the //=> block: expected ${JSON.stringify(norm(expected[i]))}, printed ${JSON.stringify(norm(actual[i]))}`;
    }
  }
  return null;
}

async function main() {
  if (!existsSync(TSX)) {
    console.error(`${TSX} not found; run \`npm ci\` first`);
    return 1;
  }
  const files = existsSync(EXAMPLES)
    ? readdirSync(EXAMPLES, { withFileTypes: true })
        .filter((d) => d.isFile() && d.name.endsWith('.ts') && !d.name.endsWith('.d.ts'))
        .map((d) => d.name)
        .sort()
    : [];
  if (files.length === 0) {
    console.error('examples: no examples/*.ts found; examples are required');
    return 1;
  }

  const started = Date.now();
  const failures = [];
  for (const name of files) {
    const rel = `examples/${name}`;
    console.log(`\n== ${rel}`);
    const r = await runExample(rel);
    const secs = `${(r.ms / 1000).toFixed(1)}s`;
    if (r.status === 0 && !r.timedOut) {
      const mismatch = compareOutput(path.join(ROOT, rel), r.stdout);
      if (mismatch === null) {
        console.log(`ok  ${rel} (${secs})`);
        continue;
      }
      console.log(`FAIL ${rel}: ${mismatch} (${secs})`);
      failures.push(`${rel}: ${mismatch}`);
      continue;
    }
    const why = r.timedOut
      ? `timed out after ${TIMEOUT_MS / 1000}s`
      : r.error
        ? `could not start: ${r.error.message}`
        : r.signal
          ? `killed by ${r.signal}`
          : `exited with ${r.status}`;
    console.log(`FAIL ${rel}: ${why} (${secs})`);
    failures.push(`${rel}: ${why}`);
  }

  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nexamples: ${files.length - failures.length} ok, ${failures.length} failed, of ${files.length} (${secs}s)`);
  for (const f of failures) console.log(`  FAIL ${f}`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
