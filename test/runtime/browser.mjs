/**
 * The metrics in a browser, tested as a user would (issue 9, item 3):
 *
 * 1. A page importing the package's browser entry is bundled with esbuild `--platform=browser`
 *    (no shims, no polyfills; the bundle must hold no Node built-in), opened in headless Chromium
 *    (Debian's /usr/bin/chromium driven by playwright-core), and computes constraint,
 *    betweenness (sync and `betweennessAsync`, which runs on the page's thread there) and
 *    neighbourhood overlap on the Krackhardt data; the values must equal Node's bit for bit.
 * 2. A script importing the package and reading a CSV is bundled for Node as an ES module
 *    (`--platform=node --format=esm` with the `createRequire` banner of docs/runtime.md) and must
 *    run (without the banner it dies with `Dynamic require of "stream"`: fast-csv is CommonJS).
 *
 * Run: npm run build && npm run test:runtime-browser     (prints "N passed, N failed")
 *
 * Resolves `tiestrength` and `tiestrength/browser` through a node_modules link to this package,
 * so package.json's exports are what is tested; without a `./browser` subpath yet it falls back
 * to dist/browser.js and says so.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const esbuild = join(root, 'node_modules/.bin/esbuild');

if (!existsSync(executablePath)) {
  console.error(`test:runtime-browser: ${executablePath} is missing; install it with: apt-get install -y chromium`);
  process.exit(1);
}
if (!existsSync(join(root, 'dist/browser.js')) || !existsSync(join(root, 'dist/index.js'))) {
  console.error('test:runtime-browser: dist/ is missing; run npm run build first');
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'tiestrength-runtime-browser-'));
mkdirSync(join(tmp, 'node_modules'));
symlinkSync(root, join(tmp, 'node_modules/tiestrength'), 'dir');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const hasSubpath = Boolean(pkg.exports?.['./browser']);
const entry = hasSubpath ? 'tiestrength/browser' : join(root, 'dist/browser.js');
if (!hasSubpath) console.log(`note: package.json has no "./browser" export yet; bundling ${entry}`);

let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
};

const COMPUTE = `
  const g = krackhardtHighTech({ relation: 'advice' });
  const out = {
    constraint: constraint(g),
    betweenness: betweenness(g),
    overlap: neighborhoodOverlap(g),
  };
  out.betweennessAsync = await betweennessAsync(g, { threads: 'auto' });
`;

function bundle(name, source, args) {
  const file = join(tmp, `${name}.src.mjs`);
  writeFileSync(file, source);
  const out = join(tmp, `${name}.mjs`);
  const meta = join(tmp, `${name}.meta.json`);
  const r = spawnSync(esbuild, [file, '--bundle', `--outfile=${out}`, `--metafile=${meta}`, '--log-level=warning', ...args], { cwd: tmp, encoding: 'utf8' });
  return { ok: r.status === 0, out, meta, stderr: r.stderr };
}

try {
  // --- 1. the page -----------------------------------------------------------------------
  const page = bundle(
    'page',
    `import { krackhardtHighTech, constraint, betweenness, betweennessAsync, neighborhoodOverlap } from ${JSON.stringify(entry)};
     (async () => {
       try { ${COMPUTE} window.__result = JSON.stringify(out); }
       catch (error) { window.__result = JSON.stringify({ error: String(error && error.stack || error) }); }
     })();`,
    ['--platform=browser', '--format=esm'],
  );
  check('esbuild --platform=browser bundles the browser entry with no shims', page.ok, page.stderr.trim());
  if (page.ok) {
    const inputs = Object.keys(JSON.parse(readFileSync(page.meta, 'utf8')).inputs);
    const nodeOnly = inputs.filter((i) => /^node:|fast-csv|\/io\/|\/report\/|worker_threads/.test(i));
    check('the page bundle holds no Node built-in, fast-csv, I/O or report module', nodeOnly.length === 0, nodeOnly.join(', '));
    const text = readFileSync(page.out, 'utf8');
    check('the page bundle evaluates no source text', !/new Function\(|\beval\(/.test(text));
  }
  writeFileSync(join(tmp, 'index.html'), '<!doctype html><meta charset="utf-8"><title>tiestrength</title><script type="module" src="./page.mjs"></script>');

  const node = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `import { krackhardtHighTech, constraint, betweenness, betweennessAsync, neighborhoodOverlap } from ${JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href)};
      ${COMPUTE} process.stdout.write(JSON.stringify(out));`],
    { encoding: 'utf8' },
  );
  check('Node computes the reference values', node.status === 0, node.stderr.trim());

  if (page.ok) {
    // A fresh profile directory (playwright passes it as --user-data-dir).
    const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      // Served from 127.0.0.1 (module scripts do not load from file:// pages); nothing else is reachable.
      const server = createServer((req, res) => {
        const name = req.url === '/' ? 'index.html' : req.url.slice(1);
        if (!/^(index\.html|page\.mjs)$/.test(name)) return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': name.endsWith('.html') ? 'text/html' : 'text/javascript' });
        res.end(readFileSync(join(tmp, name)));
      });
      await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
      const origin = `http://127.0.0.1:${server.address().port}`;
      context.on('close', () => server.close());
      await tab.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
      await tab.goto(`${origin}/`);
      await tab.waitForFunction(() => typeof window.__result === 'string', null, { timeout: 30_000 }).catch((error) => {
        throw new Error(`${error.message}; page errors: ${errors.join('; ')}`);
      });
      const result = await tab.evaluate(() => window.__result);
      const parsed = JSON.parse(result);
      check('the page computes without errors', !parsed.error && errors.length === 0, parsed.error ?? errors.join('; '));
      if (!parsed.error && node.status === 0) {
        const reference = JSON.parse(node.stdout);
        for (const key of ['constraint', 'betweenness', 'overlap', 'betweennessAsync']) {
          check(`${key}: Chromium's values equal Node's`, JSON.stringify(parsed[key]) === JSON.stringify(reference[key]));
        }
        check('betweennessAsync equals betweenness in the browser', JSON.stringify(parsed.betweennessAsync) === JSON.stringify(parsed.betweenness));
      }
    } finally {
      await context.close();
    }
  }

  // --- 2. an ES module bundle for Node ---------------------------------------------------
  // The command docs/runtime.md gives: fast-csv is CommonJS and requires Node built-ins, which an
  // ES module has no `require` for, hence the createRequire banner; @duckdb/node-api (an optional
  // peer with a native binary, loaded only by the DuckDB readers) stays external.
  const NODE_ESM = [
    '--platform=node',
    '--format=esm',
    '--external:@duckdb/node-api',
    "--banner:js=import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  ];
  writeFileSync(join(tmp, 'ties.csv'), 'source,target,weight\na,b,1\nb,c,2\nc,a,3\nc,d,1\n');
  const app = bundle(
    'app',
    `import { constraint, krackhardtHighTech, betweennessAsync, readTiesCsv } from 'tiestrength';
     const g = krackhardtHighTech();
     const c = constraint(g);
     const b = await betweennessAsync(g);
     const { graph } = await readTiesCsv(new URL('./ties.csv', import.meta.url).pathname);
     const d = constraint(graph);
     console.log(JSON.stringify({ people: Object.keys(c).length, b: Object.keys(b).length, csv: Object.keys(d).length }));`,
    NODE_ESM,
  );
  check('esbuild --platform=node --format=esm (with the createRequire banner) bundles a script importing the package', app.ok, app.stderr.trim());
  if (app.ok) {
    const run = spawnSync(process.execPath, [app.out], { encoding: 'utf8', cwd: tmp });
    check('the ES module bundle runs and reads a CSV', run.status === 0 && /"people":21/.test(run.stdout) && /"csv":4/.test(run.stdout), (run.stderr || run.stdout).trim().split('\n').slice(0, 3).join(' | '));
  }
  // Without the banner the same bundle builds but cannot read a CSV: the reason for the banner.
  const bare = bundle('bare', `import { readTiesCsv } from 'tiestrength'; await readTiesCsv(new URL('./ties.csv', import.meta.url).pathname); console.log('read');`, NODE_ESM.slice(0, 3));
  if (bare.ok) {
    const run = spawnSync(process.execPath, [bare.out], { encoding: 'utf8', cwd: tmp });
    console.log(`  (without the banner: ${run.status === 0 ? 'runs too' : run.stderr.split('\n').find((l) => /^\w*Error:/.test(l.trim()))?.trim()})`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
