#!/usr/bin/env node
// npm run test:consumers — installs the packed package into a throwaway project and uses it the
// ways real consumers do. Assumes dist/ is built (`npm run build`); it does not build.
//
//   mjs      node, ESM script (import)
//   cjs      node, CommonJS script (require)
//   tsx      a .ts file run with tsx
//   tsc-esm  tsc, module/moduleResolution nodenext, strict, skipLibCheck false, "type": "module"; then node
//   tsc-cjs  the same with "type": "commonjs" (checks dist/index.d.cts); then node
//   ts-node  ts-node in CommonJS mode (module commonjs, esModuleInterop)
//
// Every consumer runs the same checks, generated from the one template in CHECKS below: to test a
// new export, add it to IMPORTS and a few lines to CHECKS. A consumer passes when it exits 0 and
// prints the SENTINEL line.
//
// Env: KEEP_CONSUMER_DIR=1 keeps the temporary project (its path is printed);
//      CONSUMERS=mjs,tsx runs only the named consumers.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertBuilt, npm, packInto, readPackageJson } from '../../.ci/lib/pack.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const IS_WINDOWS = process.platform === 'win32';
const RUN_TIMEOUT_MS = 120_000;
const INSTALL_TIMEOUT_MS = 240_000;
const SENTINEL = 'tiestrength consumer: all checks passed';

// ---------------------------------------------------------------------------------------------
// The shared check. Edit here to extend what every consumer verifies.
// ---------------------------------------------------------------------------------------------

/** Value imports per module (imported by every consumer) and type-only imports (TypeScript only). */
const IMPORTS = {
  tiestrength: {
    values: [
      'buildIndex',
      'InvalidWeightError',
      'TieStrengthError',
      'CsvFormatError',
      'datasets',
      'describeNetwork',
      'readTiesCsv',
      'readPeopleCsv',
      'writeNodeTableCsv',
      'writeEdgeTableCsv',
      'independentCascade',
      'kStepReach',
      'keyPersonRisk',
      'introductionPaths',
      'constraint',
      'constraintIndexed',
      'neighborhoodOverlap',
    ],
    types: ['CsrIndex', 'NetworkDescription', 'IndependentCascadeResult'],
  },
  graphology: { values: ['UndirectedGraph'], types: [] },
  'node:stream': { values: ['Readable', 'Writable'], types: [] },
};

/**
 * The body shared by all consumers. `t(annotation)` returns the TypeScript-only text in .ts
 * consumers and '' in .mjs/.cjs ones. The body runs inside `async function main()`, so async
 * APIs can be awaited (no top-level await: CommonJS consumers cannot use it). Call
 * `check(label, actual, expected)` (Object.is) for every assertion.
 */
const CHECKS = (t) => `
  // A triangle: a-b (2), b-c (1), a-c (3).
  const g = new UndirectedGraph();
  g.mergeEdge('a', 'b', { weight: 2 });
  g.mergeEdge('b', 'c', { weight: 1 });
  g.mergeEdge('a', 'c', { weight: 3 });
  const index${t(': CsrIndex')} = buildIndex(g);
  check('buildIndex(triangle).size', index.size, 3);
  check('sum of index.tieStrengths', Array.from(index.tieStrengths).reduce((a, b) => a + b), 6);

  // A zero weight is refused with a typed error.
  const bad = new UndirectedGraph();
  bad.mergeEdge('a', 'b', { weight: 0 });
  const err = thrown(() => buildIndex(bad));
  check('zero weight: error.code', codeOf(err), 'E_INVALID_WEIGHT');
  check('zero weight: error instanceof InvalidWeightError', err instanceof InvalidWeightError, true);
  check('zero weight: error instanceof TieStrengthError', err instanceof TieStrengthError, true);

  // The embedded dataset and describeNetwork (Krackhardt 1987: advice density 190/420).
  const advice = datasets.krackhardtHighTech({ relation: 'advice' });
  const d${t(': NetworkDescription')} = describeNetwork(advice, { groups: 'department' });
  check('krackhardt advice ties', d.ties, 190);
  check('krackhardt advice density', d.density, 190 / 420);
  check('krackhardt ties within departments', d.groups${t('!')}.within, 46);

  // CSV in: a graph, an index, people; a bad row named by its line.
  const csv = 'source,target,weight\\na,b,2\\nb,c,1\\nb,a,3\\n';
  const read = await readTiesCsv(Readable.from([csv]));
  check('readTiesCsv graph size', read.graph.size, 2);
  check('readTiesCsv merged weight a-b', read.graph.getEdgeAttribute('a', 'b', 'weight'), 5);
  const asIndex = await readTiesCsv(Readable.from([csv]), { as: 'index' });
  check('readTiesCsv index size', asIndex.index.size, 2);
  const people = await readPeopleCsv(Readable.from(['id,kind,dept\\na,employee,X\\nz,customer,\\n']), {}, read.graph);
  check('readPeopleCsv added', people.report.added, 1);
  check('readPeopleCsv kind', read.graph.getNodeAttribute('z', 'kind'), 'customer');
  const csvError = await readTiesCsv(Readable.from(['source,target,weight\\na,b,1\\nc,d,zero\\n'])).catch((e${t(': unknown')}) => e);
  check('bad weight: CsvFormatError', csvError instanceof CsvFormatError, true);
  check('bad weight: line', (csvError${t(' as InstanceType<typeof CsvFormatError>')}).line, 3);

  // CSV out, with the formula-injection guard.
  let text = '';
  const sink = new Writable({ write(chunk${t(': Buffer')}, _encoding${t(': string')}, done${t(': () => void')}) { text += chunk.toString(); done(); } });
  await writeNodeTableCsv({ score: { a: 0.5 }, note: { a: '=1+1' } }, sink);
  check('writeNodeTableCsv text', text, "node,score,note\\na,0.5,'=1+1\\n");
  text = '';
  await writeEdgeTableCsv(asIndex.index, sink);
  check('writeEdgeTableCsv text', text, 'source,target,strength\\na,b,5\\nb,c,1\\n');

  // 1.0 shapes: node metrics as records and typed arrays; tie metrics as rows for a graph and an index alike.
  check('constraintIndexed(index)[a]', constraintIndexed(index)[index.id('a')], constraint(g).a);
  check('constraint(index, { getEdgeStrength: null }).a', constraint(index, { getEdgeStrength: null }).a, constraint(g, { getEdgeStrength: null }).a);
  check('neighborhoodOverlap(g) rows', JSON.stringify(neighborhoodOverlap(g)), JSON.stringify(neighborhoodOverlap(index)));
  check('misspelt attribute: error.code', codeOf(thrown(() => constraint(g, { getEdgeStrength: 'wieght' }))), 'E_INVALID_OPTION');

  // Reach, warm paths and key-person risk on the fixture "org" (a1–a2 3, a1–a3 2, a2–a3 1, a3–b1 1, b1–b2 4, b2–c1 1, a2–b2 1).
  const org = new UndirectedGraph();
  for (const [u, v, w] of [['a1', 'a2', 3], ['a1', 'a3', 2], ['a2', 'a3', 1], ['a3', 'b1', 1], ['b1', 'b2', 4], ['b2', 'c1', 1], ['a2', 'b2', 1]]${t(' as [string, string, number][]')}) {
    org.mergeEdge(u, v, { weight: w });
  }
  org.addNode('z');
  check('kStepReach(org).b2', kStepReach(org).b2, 5 / 6);
  check('introductionPaths(org, a1, c1)[0].probability', introductionPaths(org, 'a1', 'c1')[0]${t('!')}.probability, 0.046875);
  check('keyPersonRisk(org).people.b2.articulationPoint', keyPersonRisk(org).people.b2${t('!')}.articulationPoint, true);

  // Worker threads run the shipped kernels from the bundle: the same numbers on 1 and 2 threads.
  const ring = new UndirectedGraph();
  for (let i = 0; i < 2000; i++) {
    ring.mergeEdge('n' + i, 'n' + ((i + 1) % 2000), { weight: 1 + (i % 5) });
    ring.mergeEdge('n' + i, 'n' + ((i * 7 + 3) % 2000), { weight: 1 + (i % 3) });
  }
  const one${t(': IndependentCascadeResult')} = await independentCascade(ring, ['n0'], { runs: 4000, probability: { min: 0, max: 0.6 }, threads: 1 });
  const two = await independentCascade(ring, ['n0'], { runs: 4000, probability: { min: 0, max: 0.6 }, threads: 2 });
  check('independentCascade: 1 thread = 2 threads', two.expectedReach, one.expectedReach);
`;

// ---------------------------------------------------------------------------------------------
// Rendering the consumer sources from the template.
// ---------------------------------------------------------------------------------------------

/**
 * @param {'esm' | 'cjs'} syntax import statements or require() calls
 * @param {boolean} ts whether the output is TypeScript (type annotations, type imports)
 */
function renderConsumer(syntax, ts) {
  const t = (annotation) => (ts ? annotation : '');
  const header = Object.entries(IMPORTS)
    .map(([mod, { values, types }]) => {
      if (syntax === 'cjs') return `const { ${values.join(', ')} } = require('${mod}');`;
      const names = [...values, ...(ts ? types.map((name) => `type ${name}`) : [])];
      return `import { ${names.join(', ')} } from '${mod}';`;
    })
    .join('\n');
  return `// Generated by test/consumers/run.mjs: edit the template there, not this file.
${header}

const failures${t(': string[]')} = [];

function check(label${t(': string')}, actual${t(': unknown')}, expected${t(': unknown')})${t(': void')} {
  if (!Object.is(actual, expected)) {
    failures.push(label + ': expected ' + String(expected) + ', got ' + String(actual));
  }
}

function thrown(fn${t(': () => unknown')})${t(': unknown')} {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

function codeOf(error${t(': unknown')})${t(': unknown')} {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

async function main()${t(': Promise<void>')} {${CHECKS(t)}}

main().then(
  () => {
    if (failures.length > 0) {
      console.error(failures.join('\\n'));
      process.exitCode = 1;
    } else {
      console.log('${SENTINEL}');
    }
  },
  (error${t(': unknown')}) => {
    console.error(error);
    process.exitCode = 1;
  },
);
`;
}

/**
 * The Node REPL recipe of the README (a static `import` is a syntax error there): a REPL started
 * with node:repl, fed one line per prompt as a person types, must load the package with dynamic
 * `import()` and print results as readable summaries, never `[Object]` walls.
 */
const REPL_CONSUMER = `import repl from 'node:repl';
import { PassThrough } from 'node:stream';

const lines = [
  "const t = await import('tiestrength')",
  "const g = t.datasets.krackhardtHighTech()",
  "t.describeNetwork(g, { groups: 'department' }).people",
  "t.brokerageRoles(g, { groups: 'department' })",
];
const input = new PassThrough();
const output = new PassThrough();
let text = '';
output.on('data', (chunk) => {
  text += chunk;
  if (!text.endsWith('> ')) return;
  const next = lines.shift();
  if (next === undefined) input.end();
  else input.write(next + '\\n');
});
repl.start({ input, output, prompt: '> ', terminal: false }).on('exit', () => {
  const problems = [];
  if (/Uncaught|Error/.test(text)) problems.push('the REPL printed an error');
  if (!/\\n> 21\\n/.test(text)) problems.push('describeNetwork(...).people did not print 21');
  if (!text.includes('brokerageRoles: report')) problems.push('brokerageRoles printed no summary');
  if (text.includes('[Object]')) problems.push('a result printed as [Object]');
  if (problems.length > 0) {
    console.error(problems.join('\\n') + '\\n--- REPL transcript ---\\n' + text);
    process.exitCode = 1;
  } else {
    console.log('${SENTINEL}');
  }
});
`;

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** tsconfig of the tsc consumers: what a strict modern Node project uses. */
const NODENEXT_TSCONFIG = json({
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022'],
    module: 'nodenext',
    moduleResolution: 'nodenext',
    types: ['node'],
    strict: true,
    skipLibCheck: false,
    rootDir: 'src',
    outDir: 'dist',
  },
  include: ['src'],
});

/**
 * The consumers. `files` are written into `dir` (relative to the consumer project, which holds
 * node_modules); `steps` run in that folder, `{tool}` words replaced by the tool's binary.
 */
const CONSUMERS = [
  {
    name: 'node-repl',
    dir: 'node-repl',
    files: { 'repl.mjs': REPL_CONSUMER },
    steps: [['{node}', 'repl.mjs']],
  },
  {
    name: 'mjs',
    dir: 'mjs',
    files: { 'consumer.mjs': renderConsumer('esm', false) },
    steps: [['{node}', 'consumer.mjs']],
  },
  {
    name: 'cjs',
    dir: 'cjs',
    files: { 'consumer.cjs': renderConsumer('cjs', false) },
    steps: [['{node}', 'consumer.cjs']],
  },
  {
    name: 'tsx',
    dir: 'tsx',
    files: { 'package.json': json({ type: 'module' }), 'consumer.ts': renderConsumer('esm', true) },
    steps: [['{tsx}', 'consumer.ts']],
  },
  {
    name: 'tsc-esm',
    dir: 'tsc-esm',
    files: {
      'package.json': json({ type: 'module' }),
      'tsconfig.json': NODENEXT_TSCONFIG,
      'src/consumer.ts': renderConsumer('esm', true),
    },
    steps: [
      ['{tsc}', '-p', 'tsconfig.json', '--pretty', 'false'],
      ['{node}', 'dist/consumer.js'],
    ],
  },
  {
    name: 'tsc-cjs',
    dir: 'tsc-cjs',
    files: {
      'package.json': json({ type: 'commonjs' }),
      'tsconfig.json': NODENEXT_TSCONFIG,
      'src/consumer.ts': renderConsumer('esm', true),
    },
    steps: [
      ['{tsc}', '-p', 'tsconfig.json', '--pretty', 'false'],
      ['{node}', 'dist/consumer.js'],
    ],
  },
  {
    name: 'ts-node',
    dir: 'ts-node',
    files: {
      'package.json': json({ type: 'commonjs' }),
      'tsconfig.json': json({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022'],
          module: 'commonjs',
          esModuleInterop: true,
          types: ['node'],
          strict: true,
          skipLibCheck: false,
        },
      }),
      'consumer.ts': renderConsumer('esm', true),
    },
    steps: [['{ts-node}', '--project', 'tsconfig.json', 'consumer.ts']],
  },
];

/**
 * Tools the consumers need. Taken from the repository's node_modules/.bin when the installed
 * version fits (saves time and network); otherwise installed into the consumer project.
 */
const TOOLS = [
  { bin: 'tsc', pkg: 'typescript', spec: '6.0.3' },
  { bin: 'tsx', pkg: 'tsx', spec: '^4' },
  { bin: 'ts-node', pkg: 'ts-node', spec: '10.9.2' },
];

// ---------------------------------------------------------------------------------------------
// Machinery.
// ---------------------------------------------------------------------------------------------

function installedVersion(pkgName) {
  try {
    return readPackageJson(path.join(ROOT, 'node_modules', pkgName)).version;
  } catch {
    return undefined;
  }
}

/** Enough of semver for the specs above: exact versions and ^major. */
function fits(version, spec) {
  if (!version) return false;
  if (spec.startsWith('^')) return version.split('.')[0] === spec.slice(1).split('.')[0];
  return version === spec;
}

const binName = (name) => (IS_WINDOWS ? `${name}.cmd` : name);

/** The version to install of a peer dependency: the repository's (lockfile-pinned) one when present. */
function peerSpec(rootPkg, name) {
  const version = installedVersion(name);
  if (version) return `${name}@${version}`;
  const range = rootPkg.devDependencies?.[name] ?? rootPkg.peerDependencies?.[name];
  return range ? `${name}@${range}` : name;
}

/** Runs a command, resolving with { status, output, error, ms }; never rejects. */
function exec(command, args, cwd, timeoutMs) {
  const started = Date.now();
  return new Promise((resolve) => {
    let output = '';
    let child;
    try {
      child = spawn(command, args, {
        cwd,
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: IS_WINDOWS,
      });
    } catch (error) {
      resolve({ status: null, output, error, ms: Date.now() - started });
      return;
    }
    const timer = setTimeout(() => {
      output += `\n[timed out after ${timeoutMs / 1000}s]`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ status: null, output, error, ms: Date.now() - started });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output, error: undefined, ms: Date.now() - started });
    });
  });
}

const indent = (text, prefix = '      ') =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');

async function runConsumer(consumer, appDir, tools) {
  const dir = path.join(appDir, consumer.dir);
  for (const [file, content] of Object.entries(consumer.files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  const started = Date.now();
  let last;
  for (const step of consumer.steps) {
    const [command, ...args] = step.map((word) => (/^\{.+\}$/.test(word) ? tools[word.slice(1, -1)] : word));
    last = await exec(command, args, dir, RUN_TIMEOUT_MS);
    const shown = step.join(' ').replace(/[{}]/g, '');
    if (last.error) return { ok: false, reason: `\`${shown}\` could not start: ${last.error.message}`, output: last.output };
    if (last.status !== 0) return { ok: false, reason: `\`${shown}\` exited with ${last.status}`, output: last.output };
  }
  if (!last.output.includes(SENTINEL)) {
    return { ok: false, reason: 'the consumer exited 0 without printing its success line', output: last.output };
  }
  return { ok: true, ms: Date.now() - started };
}

async function main() {
  const started = Date.now();
  const rootPkg = assertBuilt(ROOT);
  const only = process.env.CONSUMERS?.split(',').map((s) => s.trim()).filter(Boolean);
  const consumers = only ? CONSUMERS.filter((c) => only.includes(c.name)) : CONSUMERS;
  if (consumers.length === 0) throw new Error(`CONSUMERS=${process.env.CONSUMERS} matches none of ${CONSUMERS.map((c) => c.name).join(', ')}`);

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tiestrength-consumers-'));
  const keep = Boolean(process.env.KEEP_CONSUMER_DIR);
  try {
    const packDir = path.join(tmp, 'pack');
    const appDir = path.join(tmp, 'app');
    mkdirSync(packDir);
    mkdirSync(appDir);
    const tarball = packInto(ROOT, packDir);
    console.log(`packed ${path.basename(tarball)}; consumer project: ${appDir}`);

    // The consumer project. The package under test and its peers come from the tarball and the registry.
    writeFileSync(
      path.join(appDir, 'package.json'),
      json({ name: 'tiestrength-consumer', version: '0.0.0', private: true, description: 'generated by test/consumers/run.mjs' }),
    );
    if (existsSync(path.join(ROOT, '.npmrc'))) copyFileSync(path.join(ROOT, '.npmrc'), path.join(appDir, '.npmrc'));

    const tools = { node: process.execPath };
    const toolsFromRepo = TOOLS.every((tool) => fits(installedVersion(tool.pkg), tool.spec) && existsSync(path.join(ROOT, 'node_modules', '.bin', binName(tool.bin))));
    for (const tool of TOOLS) {
      tools[tool.bin] = path.join(toolsFromRepo ? ROOT : appDir, 'node_modules', '.bin', binName(tool.bin));
    }
    const specs = [
      tarball,
      peerSpec(rootPkg, 'graphology'),
      peerSpec(rootPkg, 'graphology-types'),
      '@types/node@20',
      ...(toolsFromRepo ? [] : TOOLS.map((tool) => `${tool.pkg}@${tool.spec}`)),
    ];
    console.log(`npm install ${specs.map((s) => (s === tarball ? path.basename(s) : s)).join(' ')}`);
    console.log(`tools: ${toolsFromRepo ? 'tsc, tsx, ts-node from the repository node_modules' : 'installed into the consumer project'}`);
    const installStarted = Date.now();
    const install = npm(
      ['install', '--prefix', appDir, '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', ...specs],
      { cwd: appDir, timeout: INSTALL_TIMEOUT_MS },
    );
    if (install.error || install.status !== 0) {
      console.log(`FAIL install: npm install ${install.error ? `could not run: ${install.error.message}` : `exited with ${install.status}`}`);
      console.log(indent(`${install.stdout ?? ''}${install.stderr ?? ''}`));
      return 1;
    }
    const installed = readPackageJson(path.join(appDir, 'node_modules', rootPkg.name));
    if (installed.version !== rootPkg.version) throw new Error(`installed ${rootPkg.name}@${installed.version}, expected ${rootPkg.version}`);
    console.log(`installed in ${((Date.now() - installStarted) / 1000).toFixed(1)}s\n`);

    let failed = 0;
    for (const consumer of consumers) {
      const result = await runConsumer(consumer, appDir, tools);
      if (result.ok) {
        console.log(`ok  ${consumer.name} (${(result.ms / 1000).toFixed(1)}s)`);
      } else {
        failed += 1;
        console.log(`FAIL ${consumer.name}: ${result.reason}`);
        if (result.output.trim()) console.log(indent(result.output));
      }
    }
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\nconsumers: ${consumers.length - failed} ok, ${failed} failed, of ${consumers.length} (${secs}s)`);
    return failed > 0 ? 1 : 0;
  } finally {
    if (keep) console.log(`KEEP_CONSUMER_DIR is set: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`FAIL test:consumers: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
