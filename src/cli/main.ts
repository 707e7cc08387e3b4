/**
 * The `tiestrength` command: report, metrics, ties, describe, demo.
 *
 * @internal
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import type { AbstractGraph } from 'graphology-types';
import { buildReport, libraryVersion, type BuildReportOptions, type ReportSource, type ReportStrongTies } from '../report/build-report.js';
import { reportError, UsageError } from './errors.js';
import { ENGINES, headerOf, numberOption, readNetwork, readPeople, type TiesInputOptions } from './inputs.js';
import { runMetrics, METRIC_NAMES } from './metrics.js';
import { describeText } from './describe.js';
import { demoInput, DEMO_DATASETS } from './demo.js';
import { writeTies } from './ties.js';

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** @internal Options of every command. */
interface Common {
  quiet?: boolean;
  debug?: boolean;
}

interface ReportFlags extends Common, TiesInputOptions {
  people?: string;
  idColumn?: string;
  group?: string;
  kindColumn?: string;
  account?: string;
  value?: string;
  engagement?: string;
  engagementThreshold?: string;
  negativityWeight?: string;
  strongTies?: string;
  minGroupSize?: string;
  pseudonymize?: string;
  aggregateOnly?: boolean;
  permutations?: string;
  seed?: string;
  title?: string;
  date?: string;
  output?: string;
}

function common(cmd: Command): Command {
  return cmd
    .option('-q, --quiet', 'print no progress on stderr')
    .option('--debug', 'print stack traces with errors');
}

function tiesOptions(cmd: Command): Command {
  return cmd
    .option('--interactions', 'the input is an interactions CSV (from,to,at[,channel,durationSeconds,recipients]), aggregated to ties')
    .option('--source <column>', 'ties CSV: the source column', 'source')
    .option('--target <column>', 'ties CSV: the target column', 'target')
    .option('--weight <column>', "ties CSV: the strength column [a column named 'weight', when present]")
    .option('--directed', 'read the ties as directed')
    .option('--delimiter <char>', 'the cell delimiter', ',')
    .option('--skip-invalid', 'skip invalid rows and report them in the footer, instead of stopping at the first')
    .option('--half-life-days <days>', 'interactions: half-life of the recency decay')
    .option('--as-of <date>', 'interactions: the date strengths are computed at [the last interaction]')
    .option('--window-days <days>', 'interactions: only interactions in the last N days')
    .option('--dormant-below <strength>', 'interactions: drop ties weaker than this')
    .option('--min-interactions <n>', 'interactions: drop ties with fewer interactions')
    .addOption(engineOption());
}

/** --engine and the DuckDB settings, shared by every command that reads ties or interactions. */
function engineOption(): Option {
  return new Option('--engine <engine>', 'csv: stream the CSV; duckdb: read Parquet, CSV or JSON files and globs through DuckDB (npm install @duckdb/node-api)')
    .choices([...ENGINES])
    .default('csv');
}

function duckDbOptions(cmd: Command): Command {
  return cmd
    .option('--memory-limit <size>', "--engine duckdb: DuckDB's memory limit, e.g. 1GB (it spills to --temp-directory beyond it)")
    .option('--temp-directory <dir>', '--engine duckdb: where DuckDB spills what does not fit the memory limit');
}

function duckDbTies(cmd: Command): Command {
  return duckDbOptions(tiesOptions(cmd));
}

function privacyOptions(cmd: Command): Command {
  return cmd
    .option('--min-group-size <n>', 'leave groups with fewer people out of every chart and table', '5')
    .option('--pseudonymize <key>', 'replace names by stable pseudonyms keyed with <key> (same key, same pseudonyms)')
    .option('--aggregate-only', 'name no person anywhere: people-level charts become group-level')
    .option('--strong-ties <rule>', "which ties are strong: a strength threshold (e.g. 0.5), 'jenks', 'quantile:0.75' or 'granovetterFreeman'", 'jenks')
    .option('--permutations <n>', 'draws of each permutation test [999; fewer on networks over 100,000 people + ties]')
    .option('--seed <n>', 'seed of every random step', '42')
    .option('--title <text>', 'the report title')
    .option('--date <text>', "a date for the footer ('today' for today's date) [none: the same inputs give the same bytes]");
}

/** @internal Parses the strong-tie rule of the command line. */
export function strongTiesRule(text: string): ReportStrongTies {
  if (/^\d*\.?\d+(e[-+]?\d+)?$/i.test(text)) {
    const x = Number(text);
    if (x > 0) return x;
  }
  if (text === 'jenks' || text === 'granovetterFreeman') return { method: text };
  const q = /^quantile:(0?\.\d+|0|1)$/.exec(text);
  if (q) return { method: 'quantile', quantile: Number(q[1]) };
  throw new UsageError(`option --strong-ties: expected a number > 0, 'jenks', 'quantile:<0..1>' or 'granovetterFreeman'; got ${JSON.stringify(text)}`);
}

function reportOptions(o: ReportFlags): BuildReportOptions {
  const integer = (name: string, v: string | undefined, min: number) => numberOption(name, v, (x) => Number.isSafeInteger(x) && x >= min);
  const date = o.date === 'today' ? new Date().toISOString().slice(0, 10) : (o.date ?? null);
  return {
    strongTies: strongTiesRule(o.strongTies ?? 'jenks'),
    minGroupSize: integer('min-group-size', o.minGroupSize, 1),
    permutations: integer('permutations', o.permutations, 0),
    seed: integer('seed', o.seed, 0),
    pseudonymize: o.pseudonymize ?? null,
    aggregateOnly: o.aggregateOnly === true,
    ...(o.title === undefined ? {} : { title: o.title }),
    date,
    ...(o.engagementThreshold === undefined ? {} : { engagementThreshold: numberOption('engagement-threshold', o.engagementThreshold) }),
    ...(o.negativityWeight === undefined ? {} : { negativityWeight: numberOption('negativity-weight', o.negativityWeight, (x) => x > 0) }),
  };
}

/** The command line as the footer shows it, with the pseudonym key withheld. */
function invocation(argv: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--pseudonymize') (out.push(a, '(key withheld)'), i++);
    else if (a.startsWith('--pseudonymize=')) out.push('--pseudonymize=(key withheld)');
    else out.push(/[\s"'$]/.test(a) ? JSON.stringify(a) : a);
  }
  return `tiestrength ${out.join(' ')}`;
}

function progressPrinter(io: Io, quiet: boolean | undefined): BuildReportOptions['onProgress'] {
  if (quiet || !io.stderr.isTTY) return undefined;
  const started = Date.now();
  return ({ step, done, total }) => {
    if (Date.now() - started < 1000 && done < total - 1) return;
    const width = 24;
    const filled = Math.round((width * done) / total);
    io.stderr.write(`\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${step}…`);
  };
}

async function writeOutput(io: Io, output: string, text: string): Promise<void> {
  if (output === '-') io.stdout.write(text);
  else await writeFile(output, text);
}

async function report(input: string, o: ReportFlags, io: Io, argv: readonly string[]): Promise<void> {
  const options = reportOptions(o);
  const { graph, source } = await readNetwork(input, o);
  const sources: ReportSource[] = [source];
  let columns: string[] = [];
  let group: string | null = null;
  if (o.people !== undefined) {
    const people = await readPeople(graph, o.people, o);
    sources.push(people.source);
    columns = people.columns;
    group = people.group;
  } else if (o.group !== undefined) {
    throw new UsageError('option --group needs --people (the file with the group column)');
  }
  const pick = (flag: string | undefined, fallback: string, name: string) => {
    if (flag !== undefined) {
      if (!columns.includes(flag)) throw new UsageError(`option --${name}: the people file has no column ${JSON.stringify(flag)}`);
      return flag;
    }
    return columns.includes(fallback) ? fallback : undefined;
  };
  const account = pick(o.account, 'account', 'account');
  const value = pick(o.value, 'value', 'value') ?? (columns.includes('lifetimeValue') ? 'lifetimeValue' : undefined);
  const engagement = pick(o.engagement, 'engagement', 'engagement');
  const onProgress = progressPrinter(io, o.quiet);
  const html = await buildReport(graph, {
    ...options,
    ...(group === null ? {} : { groups: group }),
    ...(account === undefined ? {} : { accounts: account }),
    ...(value === undefined ? {} : { values: value }),
    ...(engagement === undefined ? {} : { engagement }),
    sources,
    invocation: invocation(argv),
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  if (onProgress !== undefined) io.stderr.write('\r\u001b[2K');
  const output = o.output ?? 'report.html';
  await writeOutput(io, output, html);
  if (!o.quiet && output !== '-') io.stderr.write(`tiestrength: wrote ${output} (${Math.round(html.length / 1024)} KB)\n`);
}

/** @internal Builds the program (one per run: commander keeps parsed state). */
export function program(io: Io, argv: readonly string[]): Command {
  const root = new Command('tiestrength')
    .description('Strong and weak ties, silos, brokers, reach and key-person risk from a ties or interactions CSV.')
    .version(libraryVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for the options and an example)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();
  root.addHelpText(
    'after',
    `
Examples:
  npx tiestrength demo                                  the report on the embedded synthetic company → tiestrength-demo.html
  tiestrength report ties.csv --people people.csv -o report.html
  tiestrength metrics constraint effectiveSize -i ties.csv > brokers.csv
  tiestrength ties interactions.csv -o ties.csv
  tiestrength describe ties.csv

Exit codes: 0 done, 1 bad input (printed as file:line: reason), 2 usage.`,
  );

  const reportCmd = privacyOptions(
    duckDbTies(
      common(
        root
          .command('report')
          .description('write the HTML report: silos, brokers, weak and strong ties, reach, key-person risk, customers, engagement')
          .argument('<ties>', "ties CSV (source,target[,weight]) or, with --interactions, an interactions CSV; '-' reads stdin; with --engine duckdb, Parquet, CSV or JSON files or a glob"),
      ),
    ),
  )
    .option('-p, --people <file>', 'people CSV: id, group, kind (employee/customer), account, value, engagement, …')
    .option('--id-column <name>', 'people CSV: the id column', 'id')
    .option('--group <column>', "people CSV: the group column [a column named 'group' or 'department']")
    .option('--kind-column <column>', "people CSV: the employee/customer column [a column named 'kind']")
    .option('--account <column>', "people CSV: the customer account column [a column named 'account']")
    .option('--value <column>', "people CSV: each customer's value [a column named 'value' or 'lifetimeValue']")
    .option('--engagement <column>', "people CSV: engagement scores [a column named 'engagement']")
    .option('--engagement-threshold <score>', 'the score separating engaged from disengaged people')
    .option('--negativity-weight <w>', 'how much more a disengaged contact weighs', '2')
    .option('-o, --output <file>', "the HTML file ('-' for stdout)", 'report.html')
    .addHelpText(
      'after',
      `
Example:
  tiestrength report ties.csv --people people.csv --group department -o report.html
  tiestrength report events.csv --interactions --half-life-days 60 --people people.csv --pseudonymize "$KEY"

The report is one HTML file (no network access; open it from disk or send it as an attachment).
Privacy: groups under --min-group-size (5) people are left out; --pseudonymize and --aggregate-only hide names.`,
    )
    .action(async (input: string, o: ReportFlags) => report(input, o, io, argv));
  void reportCmd;

  duckDbTies(
    common(
      root
        .command('metrics')
        .description('compute node or tie metrics, one row per person or tie, as CSV or JSON')
        .argument('<names...>', `metric names: ${METRIC_NAMES.join(', ')}`),
    ),
  )
    .option('-i, --input <file>', "the ties CSV ('-' for stdin)", '-')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .option('-o, --output <file>', "the output file ('-' for stdout)", '-')
    .option('--set <key=value...>', 'an option passed to every metric (numbers, true/false, JSON, or text), e.g. --set k=3; metric.key=value passes it to that metric only, e.g. --set communities.iterations=10')
    .addHelpText(
      'after',
      `
Example:
  tiestrength metrics constraint effectiveSize -i ties.csv > brokers.csv
  tiestrength metrics neighborhoodOverlap embeddedness -i ties.csv --format json
  tiestrength metrics kStepReach -i ties.csv --set k=3 --set normalized=false
  tiestrength metrics communities constraint -i ties.csv --set communities.iterations=10`,
    )
    .action(async (names: string[], o: TiesInputOptions & Common & { input: string; format: 'csv' | 'json'; output: string; set?: string[] }) => {
      const { graph } = await readNetwork(o.input, o);
      const text = await runMetrics(graph, names, o.format, o.set ?? []);
      await writeOutput(io, o.output, text);
    });

  common(
    root
      .command('ties')
      .description('aggregate an interactions CSV (from,to,at[,channel,durationSeconds,recipients]) into a ties CSV with tie strengths')
      .argument('<interactions>', "the interactions CSV ('-' for stdin); with --engine duckdb, Parquet, CSV or JSON files or a glob"),
  )
    .option('-o, --output <file>', "the ties CSV ('-' for stdout)", '-')
    .option('--directed', 'keep the direction of interactions')
    .option('--delimiter <char>', 'the cell delimiter', ',')
    .option('--skip-invalid', 'skip invalid rows instead of stopping at the first')
    .option('--half-life-days <days>', 'half-life of the recency decay', undefined)
    .option('--as-of <date>', 'the date strengths are computed at [the last interaction]')
    .option('--window-days <days>', 'only interactions in the last N days')
    .option('--dormant-below <strength>', 'drop ties weaker than this')
    .option('--min-interactions <n>', 'drop ties with fewer interactions')
    .addOption(engineOption())
    .option('--memory-limit <size>', "--engine duckdb: DuckDB's memory limit, e.g. 1GB (it spills to --temp-directory beyond it)")
    .option('--temp-directory <dir>', '--engine duckdb: where DuckDB spills what does not fit the memory limit')
    .addHelpText(
      'after',
      `
Example:
  tiestrength ties interactions.csv --half-life-days 60 -o ties.csv
  tiestrength ties 'events/*.parquet' --engine duckdb --memory-limit 1500MB -o ties.csv
  tiestrength report ties.csv --people people.csv`,
    )
    .action(async (input: string, o: TiesInputOptions & Common & { output: string }) => {
      const { graph } = await readNetwork(input, { ...o, interactions: true });
      await writeTies(graph, o.output === '-' ? io.stdout : o.output);
    });

  duckDbTies(
    common(
      root
        .command('describe')
        .description('print the network summary: people, ties, density, components, strengths, groups')
        .argument('<ties>', "the ties CSV ('-' for stdin); with --engine duckdb, Parquet, CSV or JSON files or a glob"),
    ),
  )
    .option('-p, --people <file>', 'people CSV with a group column')
    .option('--group <column>', "people CSV: the group column [a column named 'group' or 'department']")
    .option('--id-column <name>', 'people CSV: the id column', 'id')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', `\nExample:\n  tiestrength describe ties.csv --people people.csv --group department`)
    .action(async (input: string, o: TiesInputOptions & Common & { people?: string; group?: string; idColumn?: string; format: 'text' | 'json' }) => {
      const { graph } = await readNetwork(input, o);
      let group: string | null = null;
      if (o.people !== undefined) group = (await readPeople(graph, o.people, o)).group;
      io.stdout.write(describeText(graph, group, o.format));
    });

  privacyOptions(
    common(
      root
        .command('demo')
        .description('write the report of an embedded dataset (no input needed)'),
    ),
  )
    .addOption(new Option('-d, --dataset <name>', 'the dataset').choices([...DEMO_DATASETS]).default('syntheticCompany'))
    .option('-o, --output <file>', "the HTML file ('-' for stdout)", 'tiestrength-demo.html')
    .addHelpText(
      'after',
      `
Example:
  npx tiestrength demo                     the synthetic company: employees, customers, engagement
  npx tiestrength demo --dataset lazegaLawFirm -o lazega.html`,
    )
    .action(async (o: ReportFlags & { dataset: (typeof DEMO_DATASETS)[number] }) => {
      const demo = demoInput(o.dataset);
      const onProgress = progressPrinter(io, o.quiet);
      const html = await buildReport(demo.graph as AbstractGraph, {
        ...reportOptions({ ...o, title: o.title ?? demo.title }),
        ...demo.options,
        sources: [{ kind: 'dataset', file: demo.source }],
        invocation: invocation(argv),
        ...(onProgress === undefined ? {} : { onProgress }),
      });
      if (onProgress !== undefined) io.stderr.write('\r\u001b[2K');
      const output = o.output ?? 'tiestrength-demo.html';
      await writeOutput(io, output, html);
      if (!o.quiet && output !== '-') io.stderr.write(`tiestrength: wrote ${output} (${Math.round(html.length / 1024)} KB)\n`);
    });

  return root;
}

/** @internal Runs the command; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const cmd = program(io, argv);
  const debug = argv.includes('--debug');
  try {
    await cmd.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2;
    }
    return reportError(error, debug, (s) => io.stderr.write(s));
  }
}

export { headerOf };
