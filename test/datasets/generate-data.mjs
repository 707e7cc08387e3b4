#!/usr/bin/env node
/**
 * Generates the embedded dataset modules in `src/datasets/data/*.ts` from the source CSVs.
 *
 * The package never reads files at runtime: each dataset is embedded as CSV text in a
 * TypeScript module. This script is the only way those modules are written. Run it by hand
 * after a source change, never in CI, and review the diff:
 *
 *   node test/datasets/generate-data.mjs [DATA_DIR]          write src/datasets/data/*.ts
 *   node test/datasets/generate-data.mjs --check [DATA_DIR]  exit 1 if a committed file is stale
 *
 * DATA_DIR defaults to $TIESTRENGTH_DATA_DIR, then /work/shared/data. It must hold the folders
 * krackhardt-hightech/, lazega-lawfirm/ and radoslaw-email-manufacturing/, each with edges.csv,
 * nodes.csv and a README.md that states provenance, citation and licence.
 *
 * Every input is checked before anything is written: the header, the column count, integer
 * node ids, the relation names, the published row counts, no duplicate rows and no self-loop
 * (except the one self-loop of the manufacturing e-mail data, kept as published; the
 * manufacturingEmail() builder drops it).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, '../../src/datasets/data');

const args = process.argv.slice(2);
const check = args.includes('--check');
const dataDir = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.TIESTRENGTH_DATA_DIR ?? '/work/shared/data');

/** One dataset: source folder, output module, expected shape. */
const SPECS = [
  {
    folder: 'krackhardt-hightech',
    module: 'krackhardt-high-tech.ts',
    title: 'Krackhardt (1987) high-tech managers',
    nodeHeader: ['id', 'age', 'tenure', 'level', 'department'],
    numericNodeColumns: ['age', 'tenure', 'level', 'department'],
    nodes: 21,
    edgeHeader: ['source', 'target', 'relation'],
    relations: { advice: 190, friendship: 102, reports_to: 20 },
    selfLoops: 0,
  },
  {
    folder: 'lazega-lawfirm',
    module: 'lazega-law-firm.ts',
    title: 'Lazega (2001) law firm',
    nodeHeader: ['id', 'status', 'gender', 'office', 'seniority', 'age', 'practice', 'law_school'],
    numericNodeColumns: ['seniority', 'age'],
    nodes: 71,
    edgeHeader: ['source', 'target', 'relation'],
    relations: { advice: 892, friendship: 575, cowork: 1104 },
    selfLoops: 0,
  },
  {
    folder: 'radoslaw-email-manufacturing',
    module: 'manufacturing-email.ts',
    title: 'Michalski et al. (2011) manufacturing company e-mail',
    nodeHeader: ['id'],
    numericNodeColumns: [],
    nodes: 167,
    edgeHeader: ['source', 'target', 'weight'],
    edges: 5784,
    weightSum: 82927,
    selfLoops: 1,
  },
];

function fail(message) {
  console.error(`generate-data: ${message}`);
  process.exit(2);
}

/** Reads a small CSV without quoting (checked): returns header and rows. */
function readCsv(file) {
  if (!existsSync(file)) fail(`missing ${file}`);
  const text = readFileSync(file, 'utf8');
  if (/["`\\$\r]/.test(text)) fail(`${file}: quotes, backticks, backslashes, $ or CR are not expected`);
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== header.length) fail(`${file}:${i + 2}: ${cells.length} columns, expected ${header.length}`);
    for (const cell of cells) if (cell === '' || cell !== cell.trim()) fail(`${file}:${i + 2}: empty or padded cell`);
    return cells;
  });
  return { text, header, rows };
}

function sameHeader(file, got, want) {
  if (got.join(',') !== want.join(',')) fail(`${file}: header ${got.join(',')}, expected ${want.join(',')}`);
}

function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

function isId(cell) {
  return /^[1-9][0-9]*$/.test(cell);
}

/** A template literal holding CSV lines; the data was checked to hold no ` \ or $. */
function csvLiteral(header, rows) {
  return '`' + [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '`';
}

function generate(spec) {
  const dir = join(dataDir, spec.folder);
  const nodesFile = join(dir, 'nodes.csv');
  const edgesFile = join(dir, 'edges.csv');
  if (!existsSync(join(dir, 'README.md'))) fail(`missing ${join(dir, 'README.md')}`);
  const nodes = readCsv(nodesFile);
  const edges = readCsv(edgesFile);
  sameHeader(nodesFile, nodes.header, spec.nodeHeader);
  sameHeader(edgesFile, edges.header, spec.edgeHeader);

  // Nodes: integer ids 1..n in order, numeric columns finite.
  if (nodes.rows.length !== spec.nodes) fail(`${nodesFile}: ${nodes.rows.length} nodes, expected ${spec.nodes}`);
  nodes.rows.forEach((row, i) => {
    if (row[0] !== String(i + 1)) fail(`${nodesFile}:${i + 2}: id ${row[0]}, expected ${i + 1}`);
    for (const column of spec.numericNodeColumns) {
      const cell = row[spec.nodeHeader.indexOf(column)];
      if (!Number.isFinite(Number(cell))) fail(`${nodesFile}:${i + 2}: ${column} ${cell} is not a number`);
    }
  });
  const ids = new Set(nodes.rows.map((r) => r[0]));

  // Edges: known endpoints, no duplicates, the published self-loop count.
  const seen = new Set();
  let selfLoops = 0;
  edges.rows.forEach((row, i) => {
    const [s, t, third] = row;
    if (!isId(s) || !isId(t) || !ids.has(s) || !ids.has(t)) fail(`${edgesFile}:${i + 2}: unknown endpoint ${s},${t}`);
    const key = spec.relations ? `${s},${t},${third}` : `${s},${t}`;
    if (seen.has(key)) fail(`${edgesFile}:${i + 2}: duplicate row ${key}`);
    seen.add(key);
    if (s === t) selfLoops += 1;
    if (spec.relations && !(third in spec.relations)) fail(`${edgesFile}:${i + 2}: unknown relation ${third}`);
    if (!spec.relations && !isId(third)) fail(`${edgesFile}:${i + 2}: weight ${third} is not a positive integer`);
  });
  if (selfLoops !== spec.selfLoops) fail(`${edgesFile}: ${selfLoops} self-loops, expected ${spec.selfLoops}`);

  const header = [
    `// Generated by test/datasets/generate-data.mjs from ${spec.folder}/ — do not edit by hand.`,
    `// ${spec.title}. Provenance, citation and licence: see the dataset's TSDoc and DATASETS.`,
    `// nodes.csv sha256 ${sha256(nodes.text)}`,
    `// edges.csv sha256 ${sha256(edges.text)}`,
    '',
  ];
  const body = [];
  body.push(`/** @internal nodes.csv as published (${nodes.rows.length} rows). */`);
  body.push(`export const NODES_CSV = ${csvLiteral(nodes.header, nodes.rows)};`, '');

  if (spec.relations) {
    for (const [relation, expected] of Object.entries(spec.relations)) {
      const rows = edges.rows.filter((r) => r[2] === relation).map((r) => [r[0], r[1]]);
      if (rows.length !== expected) fail(`${edgesFile}: ${rows.length} ${relation} rows, expected ${expected}`);
      const name = `${relation.toUpperCase()}_CSV`;
      body.push(`/** @internal edges.csv rows with relation = ${relation} (${rows.length}), in source order. */`);
      body.push(`export const ${name} = ${csvLiteral(['source', 'target'], rows)};`, '');
    }
  } else {
    if (edges.rows.length !== spec.edges) fail(`${edgesFile}: ${edges.rows.length} rows, expected ${spec.edges}`);
    const sum = edges.rows.reduce((acc, r) => acc + Number(r[2]), 0);
    if (sum !== spec.weightSum) fail(`${edgesFile}: weights sum to ${sum}, expected ${spec.weightSum}`);
    body.push(`/** @internal edges.csv as published (${edges.rows.length} rows, including ${selfLoops} self-loop). */`);
    body.push(`export const EDGES_CSV = ${csvLiteral(edges.header, edges.rows)};`, '');
  }
  return [...header, ...body].join('\n');
}

let stale = 0;
if (!check) mkdirSync(outDir, { recursive: true });
for (const spec of SPECS) {
  const text = generate(spec);
  const file = join(outDir, spec.module);
  if (check) {
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (committed !== text) {
      console.error(`generate-data: ${file} is stale; rerun node test/datasets/generate-data.mjs`);
      stale += 1;
    }
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file} (${text.length} characters)`);
  }
}
if (stale > 0) process.exit(1);
