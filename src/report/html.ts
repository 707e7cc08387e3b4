/**
 * The report's HTML: one file, inline CSS and SVG, readable with scripts off and in print (A4).
 * A tiny inline script makes the tables sortable; nothing is loaded from anywhere.
 *
 * @internal
 * @module
 */
import type { ReportSection } from './compute.js';
import type { ReportSource } from './build-report.js';
import { cell, escapeHtml } from './format.js';

/** @internal The footer's facts. */
export interface Footer {
  sources: readonly ReportSource[];
  options: string;
  version: string;
  date: string | null;
  seed: number;
  permutations: number;
  privacy: { minGroupSize: number; pseudonymized: boolean; aggregateOnly: boolean; suppressed: { groups: number; people: number } };
}

const CSS = `
:root { --ink: #1a1a1a; --muted: #595959; --rule: #d9d9d9; --accent: #0072B2; --bg: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.5 "DejaVu Sans", "Liberation Sans", Helvetica, Arial, sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 24px 28px 48px; }
header h1 { font-size: 28px; margin: 8px 0 4px; }
header p { color: var(--muted); margin: 0 0 12px; }
nav ol { columns: 2; padding-left: 20px; margin: 8px 0 24px; }
nav a { color: var(--accent); }
section { border-top: 2px solid var(--ink); padding-top: 12px; margin-top: 36px; page-break-inside: avoid; }
section h2 { font-size: 22px; margin: 0 0 8px; }
p.answer { font-size: 17px; margin: 6px 0; }
p.answer:first-of-type { font-weight: 600; }
figure { margin: 16px 0; }
figure svg.chart { max-width: 100%; height: auto; display: block; }
.how { background: #f4f6f8; border-left: 4px solid var(--accent); padding: 8px 12px; margin: 12px 0; }
.how strong { display: block; font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
details { margin: 10px 0; }
summary { cursor: pointer; color: var(--accent); font-weight: 600; }
table { border-collapse: collapse; font-size: 13px; margin: 8px 0; width: 100%; display: block; overflow-x: auto; }
th, td { border-bottom: 1px solid var(--rule); padding: 3px 8px; text-align: left; white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
th { background: #f0f0f0; position: sticky; top: 0; }
th[aria-sort] { cursor: pointer; }
p.note { color: var(--muted); font-size: 13px; margin: 4px 0; }
footer { border-top: 2px solid var(--ink); margin-top: 40px; padding-top: 12px; font-size: 13px; color: var(--muted); }
footer dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
footer dt { font-weight: 600; color: var(--ink); }
footer dd { margin: 0; word-break: break-word; }
@media print { body { font-size: 11pt; } main { max-width: none; padding: 0; } details { display: none; } nav { display: none; } section { page-break-before: always; } }
`;

// Sorts a table when its header is clicked; the page reads the same without it.
const SCRIPT = `
document.querySelectorAll('table.sortable th').forEach(function (th, _, all) {
  th.setAttribute('aria-sort', 'none');
  th.addEventListener('click', function () {
    var table = th.closest('table'), body = table.tBodies[0], col = Array.prototype.indexOf.call(th.parentNode.children, th);
    var asc = th.getAttribute('aria-sort') !== 'ascending';
    th.parentNode.querySelectorAll('th').forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].textContent, y = b.cells[col].textContent, nx = parseFloat(x), ny = parseFloat(y);
      var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
      return asc ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
`;

function table(t: { columns: string[]; rows: (string | number | null)[][]; note?: string | undefined }): string {
  const head = `<thead><tr>${t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
  const body = t.rows
    .map((row) => `<tr>${row.map((v) => `<td${typeof v === 'number' ? ' class="n"' : ''}>${escapeHtml(cell(v))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table class="sortable">${head}<tbody>\n${body}\n</tbody></table>${t.note === undefined ? '' : `<p class="note">${escapeHtml(t.note)}</p>`}`;
}

function section(s: ReportSection, svgs: readonly string[]): string {
  return `<section id="${s.id}" data-section="${s.id}">
<h2>${escapeHtml(s.question)}</h2>
${s.answer.map((a) => `<p class="answer">${escapeHtml(a)}</p>`).join('\n')}
${s.figures.map((f, i) => `<figure aria-label="${escapeHtml(f.alt)}">${svgs[i] ?? ''}</figure>`).join('\n')}
<div class="how"><strong>How to read it</strong>${escapeHtml(s.howToRead)}</div>
${s.tables.map((t) => `<details><summary>${escapeHtml(t.caption)} (table)</summary>${table(t.table)}</details>`).join('\n')}
</section>`;
}

function footer(f: Footer): string {
  const sources =
    f.sources.length === 0
      ? '<dd>a graph passed to buildReport (no file)</dd>'
      : f.sources
          .map((s) => {
            const counts = s.rows === undefined ? '' : `: ${s.rows} rows read, ${s.rejected ?? 0} rejected`;
            const rejected =
              s.rejectedRows !== undefined && s.rejectedRows.length > 0
                ? `<br>first rejected: ${s.rejectedRows
                    .slice(0, 5)
                    .map((r) => `line ${r.line}: ${escapeHtml(r.message)}`)
                    .join('; ')}`
                : '';
            return `<dd>${escapeHtml(s.kind)}: ${escapeHtml(s.file)}${counts}${rejected}</dd>`;
          })
          .join('\n');
  const privacy = [
    `groups under ${f.privacy.minGroupSize} people suppressed (${f.privacy.suppressed.groups} groups, ${f.privacy.suppressed.people} people)`,
    f.privacy.pseudonymized ? 'names replaced by keyed pseudonyms' : 'names shown as given',
    f.privacy.aggregateOnly ? 'aggregate-only: no person named' : '',
  ]
    .filter((x) => x !== '')
    .join('; ');
  return `<footer>
<dl>
<dt>Inputs</dt>
${sources}
<dt>Options</dt><dd>${escapeHtml(f.options)}</dd>
<dt>Uncertainty</dt><dd>permutation tests with ${f.permutations} random relabellings; seed ${f.seed} for every random step</dd>
<dt>Privacy</dt><dd>${escapeHtml(privacy)}</dd>
<dt>Made with</dt><dd>tiestrength ${escapeHtml(f.version)}</dd>
<dt>Date</dt><dd>${f.date === null || f.date === '' ? 'not recorded (give a date to record one; the same inputs and options give the same file byte for byte)' : escapeHtml(f.date)}</dd>
</dl>
</footer>`;
}

/** @internal The whole page. */
export function renderHtml(page: { title: string; sections: readonly ReportSection[]; svgs: readonly (readonly string[])[]; footer: Footer }): string {
  const nav = page.sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.question)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(page.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(page.title)}</h1>
<p>Each section answers one question with this network’s numbers, a chart, how to read it, and the table behind it.</p>
<nav aria-label="Sections"><ol>${nav}</ol></nav>
</header>
${page.sections.map((s, i) => section(s, page.svgs[i] ?? [])).join('\n')}
${footer(page.footer)}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
