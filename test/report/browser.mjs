/**
 * The report as a person sees it: headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) opens the report of each embedded dataset and of the synthetic company, and
 * checks: no console error, no network request (every request other than the file itself fails
 * the test), every section present with a non-empty chart, no two text labels of a chart drawn over
 * each other, a screenshot that is not blank.
 *
 * Run: npm run build && npm run test:browser            (prints "N passed, N failed")
 *      npm run test:browser -- --screenshots docs/report   (also writes one PNG per section)
 *
 * Uses the built CLI (dist/cli.js demo --dataset …), so it tests what users run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
const shotsAt = args.indexOf('--screenshots');
const screenshots = shotsAt >= 0 ? resolve(args[shotsAt + 1] ?? 'docs/report') : null;

const DATASETS = [
  { name: 'krackhardtHighTech', sections: ['overview', 'silos', 'brokers', 'weak-strong', 'reach', 'key-person', 'picture'] },
  { name: 'lazegaLawFirm', sections: ['overview', 'silos', 'brokers', 'weak-strong', 'reach', 'key-person', 'picture'] },
  { name: 'manufacturingEmail', sections: ['overview', 'silos', 'brokers', 'weak-strong', 'reach', 'key-person', 'picture'] },
  { name: 'syntheticCompany', sections: ['overview', 'silos', 'brokers', 'weak-strong', 'reach', 'key-person', 'customers', 'engagement', 'picture'] },
];

if (!existsSync(executablePath)) {
  console.error(`test:browser: ${executablePath} is missing; install it with: apt-get install -y chromium`);
  process.exit(1);
}
if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('test:browser: dist/cli.js is missing; run npm run build first');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'tiestrength-browser-'));
let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${ok || detail === '' ? '' : `: ${detail}`}`);
};

// A fresh profile directory (playwright passes it to Chromium as --user-data-dir).
const browser = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath,
  headless: true,
  viewport: { width: 1100, height: 900 },
  deviceScaleFactor: 1,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  for (const dataset of DATASETS) {
    const file = join(work, `${dataset.name}.html`);
    const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'demo', '--dataset', dataset.name, '--quiet', '-o', file], { encoding: 'utf8' });
    check(`${dataset.name}: demo writes the report`, run.status === 0 && existsSync(file), run.stderr);
    if (run.status !== 0) continue;
    const url = pathToFileURL(file).href;
    const page = await browser.newPage();
    const errors = [];
    const requests = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('**/*', (route) => {
      const u = route.request().url();
      if (u === url) return route.continue();
      requests.push(u);
      return route.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    check(`${dataset.name}: no console error`, errors.length === 0, errors.join(' | '));
    check(`${dataset.name}: no network request`, requests.length === 0, requests.join(' '));
    for (const id of dataset.sections) {
      const section = page.locator(`section#${id}`);
      const present = (await section.count()) === 1;
      const marks = present ? await section.locator('figure svg.chart').evaluateAll((svgs) => svgs.map((s) => s.querySelectorAll('path, rect, line, circle, text').length)) : [];
      check(`${dataset.name}: section ${id} has a non-empty chart`, present && marks.length > 0 && marks.every((m) => m > 5), `present=${present} marks=${marks}`);
      // Labels drawn as text marks (people's names on the scatters, brokers on the picture, group
      // names, bar values) are laid out as drawn: no two overlap by more than a pixel each way.
      const collisions = present
        ? await section.locator('figure svg.chart').evaluateAll((svgs) =>
            svgs.flatMap((svg) => {
              const boxes = [...svg.querySelectorAll('g.mark-text.role-mark text')]
                .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
                .filter((t) => t.text && t.r.width > 0);
              const found = [];
              for (let i = 0; i < boxes.length; i++) {
                for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i].r;
                  const b = boxes[j].r;
                  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                  if (w > 1 && h > 1) found.push(`"${boxes[i].text}" × "${boxes[j].text}" (${w.toFixed(0)}×${h.toFixed(0)} px)`);
                }
              }
              return found;
            }),
          )
        : [];
      check(`${dataset.name}: section ${id} has no overlapping labels`, collisions.length === 0, collisions.join(', '));
      if (present) {
        const png = await section.screenshot();
        const blank = await page.evaluate(async (b64) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const c = document.createElement('canvas');
          c.width = img.width;
          c.height = img.height;
          const g = c.getContext('2d');
          g.drawImage(img, 0, 0);
          const d = g.getImageData(0, 0, c.width, c.height).data;
          let ink = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) ink++;
          return ink / (d.length / 4);
        }, png.toString('base64'));
        check(`${dataset.name}: section ${id} screenshot is not blank`, blank > 0.01, `ink ${blank}`);
        if (screenshots !== null && dataset.name === 'syntheticCompany') {
          mkdirSync(screenshots, { recursive: true });
          await section.screenshot({ path: join(screenshots, `${id}.png`) });
        }
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
