// Shared helpers for the packaging checks (.ci/lint-pkg.mjs, test/consumers/run.mjs).
// Plain Node (no dependencies), so they run on a fresh clone after `npm ci && npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const IS_WINDOWS = process.platform === 'win32';

/** The package.json of the package at `root`. */
export function readPackageJson(root) {
  return JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
}

/** Every relative file path named by main/module/types/typings/bin/exports (wildcard patterns skipped). */
export function declaredFiles(pkg) {
  const out = new Set();
  const visit = (value) => {
    if (typeof value === 'string') {
      if (value.startsWith('./') || !value.includes(':')) {
        if (!value.includes('*')) out.add(value.replace(/^\.\//, ''));
      }
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  for (const key of ['main', 'module', 'types', 'typings', 'bin', 'exports']) visit(pkg[key]);
  return [...out];
}

/**
 * Throws a readable error when the build output the package.json points at is missing:
 * these scripts check the built package and never build it themselves.
 */
export function assertBuilt(root) {
  const pkg = readPackageJson(root);
  const missing = declaredFiles(pkg).filter((file) => !existsSync(path.join(root, file)));
  if (missing.length > 0) {
    throw new Error(
      `the build output is missing (${missing.join(', ')}); run \`npm run build\` first (this script does not build)`,
    );
  }
  return pkg;
}

/** Runs npm with the given arguments; returns spawnSync's result (stdio captured unless `inherit`). */
export function npm(args, { cwd, inherit = false, timeout = 300_000, env = process.env } = {}) {
  return spawnSync('npm', args, {
    cwd,
    env,
    encoding: 'utf8',
    stdio: inherit ? 'inherit' : 'pipe',
    shell: IS_WINDOWS,
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * `npm pack`s the package at `root` into `destDir` (use a fresh temporary folder, never the
 * repository: `attw --pack .` deletes a same-named tarball there) and returns the absolute path
 * of the tarball, after checking it holds every file package.json points at.
 */
export function packInto(root, destDir) {
  const result = npm(['pack', '--pack-destination', destDir, '--json'], { cwd: root });
  if (result.error || result.status !== 0) {
    throw new Error(
      `npm pack failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout ?? ''}${result.stderr ?? ''}`,
    );
  }
  const entry = packJson(result.stdout);
  const tgz = readdirSync(destDir).filter((f) => f.endsWith('.tgz'));
  const name = entry?.filename ?? (tgz.length === 1 ? tgz[0] : undefined);
  if (!name || !existsSync(path.join(destDir, name))) {
    throw new Error(`npm pack: cannot find the tarball in ${destDir} (found ${JSON.stringify(tgz)})`);
  }
  // A concurrent `npm run build` (tsup's clean empties dist/ first) can race with the pack.
  if (entry?.files) {
    const listed = new Set(entry.files.map((f) => f.path));
    const missing = declaredFiles(readPackageJson(root)).filter((file) => !listed.has(file));
    if (missing.length > 0) {
      throw new Error(`the packed tarball lacks ${missing.join(', ')}; is dist/ complete? run \`npm run build\` and retry`);
    }
  }
  return path.join(destDir, name);
}

/** The first entry of `npm pack --json` output (lifecycle scripts may print before it), or undefined. */
function packJson(stdout) {
  const start = stdout.startsWith('[') ? 0 : stdout.indexOf('\n[') + 1;
  if (start === 0 && !stdout.startsWith('[')) return undefined;
  try {
    return JSON.parse(stdout.slice(start))[0];
  } catch {
    return undefined;
  }
}
