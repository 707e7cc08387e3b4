/**
 * CSV in, tables out: load a small company's interaction counts and its people table, see which
 * rows the lenient reader rejected (and why), describe the network by department, and write a
 * per-person table that opens safely in a spreadsheet.
 *
 * Run: npx tsx examples/02-csv-in-and-out.ts
 */
import { fileURLToPath } from 'node:url';
import { buildIndex, describeNetwork, readPeopleCsv, readTiesCsv, writeNodeTableCsv } from 'tiestrength';

const data = (name: string) => fileURLToPath(new URL(`./data/${name}`, import.meta.url));

const { graph, report } = await readTiesCsv(data('acme-interactions.csv'), { onInvalidRow: 'skip' });
console.log(`ties: ${report.ties} from ${report.rows} rows; rejected ${report.rejected}, self-loops ${report.selfLoops}, merged ${report.duplicatesMerged}`);
for (const row of report.rejectedRows) console.log(`  line ${row.line}: ${row.reason} (${row.message})`);

const people = await readPeopleCsv(data('acme-people.csv'), { group: 'department' }, graph);
console.log(`people: ${people.report.kinds.employee} employees, ${people.report.kinds.customer} customers`);

const d = describeNetwork(graph, { groups: 'department' });
console.log(`density ${d.density.toFixed(3)}; interactions per tie: median ${d.strength.median}, max ${d.strength.max}`);
console.log(`employee ties within / between departments: ${d.groups!.within} / ${d.groups!.between}`);

// Per person: contacts and total interaction volume, computed on the CSR index.
const index = buildIndex(graph);
const contacts = new Float64Array(index.order);
const volume = new Float64Array(index.order);
for (let v = 0; v < index.order; v++) {
  contacts[v] = index.degree(v);
  for (let p = index.offsets[v]!; p < index.offsets[v + 1]!; p++) volume[v]! += index.strengths[p]!;
}
const department: Record<string, string> = Object.fromEntries(graph.mapNodes((n, a) => [n, String(a.department ?? a.account)]));
await writeNodeTableCsv({ group: department, contacts: index.collect(contacts), volume: index.collect(volume) }, process.stdout, {
  nodeColumn: 'person',
});

//=> ties: 25 from 28 rows; rejected 1, self-loops 1, merged 1
//=>   line 28: nonPositiveWeight (weight "0" in column "weight" must be > 0 (a zero-strength tie is not a tie))
//=> people: 10 employees, 6 customers
//=> density 0.208; interactions per tie: median 16, max 42
//=> employee ties within / between departments: 9 / 5
//=> person,group,contacts,volume
//=> ana,Sales,6,116
//=> ben,Sales,3,89
//=> cai,Sales,3,46
//=> kim,Northwind,3,62
//=> lou,Northwind,2,22
//=> max,Contoso,3,38
//=> ned,Contoso,2,10
//=> dee,Support,5,87
//=> eli,Support,3,75
//=> fay,Support,4,75
//=> oli,Fabrikam,2,33
//=> pat,Fabrikam,2,21
//=> gus,Engineering,4,81
//=> hal,Engineering,2,67
//=> ivy,Engineering,3,68
//=> jon,Marketing,3,18
