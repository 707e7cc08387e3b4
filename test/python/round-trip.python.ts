/**
 * The Python round trip of writeArrow and writeParquet (issue 10 item 2): results written from
 * Node, read back by pyarrow and pandas (and DuckDB when installed) with the same columns, types
 * and values as toRows. Skips, with a message saying what to install, when Python, pandas or
 * pyarrow is missing. Run with `npm run test:python`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokerageRoles, customerCoverage, edgeBetweenness, keyPersonRisk, siloReport, constraint, introductionPaths } from '../../src/index.js';
import { toRows } from '../../src/tidy/index.js';
import { writeArrow } from '../../src/io/write-arrow.js';
import { writeParquet } from '../../src/io/write-parquet.js';
import { tidyOrg } from '../tidy/fixture.js';

function findPython(): { python: string | null; reason: string } {
  for (const python of [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean) as string[]) {
    const probe = spawnSync(python, ['-c', 'import pandas, pyarrow; print(pandas.__version__, pyarrow.__version__)'], { encoding: 'utf8' });
    if (probe.error) continue;
    if (probe.status === 0) return { python, reason: `pandas ${probe.stdout.trim().replace(' ', ', pyarrow ')}` };
    return { python: null, reason: `${python} lacks pandas or pyarrow (pip install pandas pyarrow, or run .ci/python.sh)` };
  }
  return { python: null, reason: 'no python3 on PATH (install Python 3 with pandas and pyarrow)' };
}

const { python, reason } = findPython();
if (python === null) console.warn(`SKIPPED the Python round trip: ${reason}`);
else console.log(`Python round trip with ${python}: ${reason}`);

const dir = mkdtempSync(join(tmpdir(), 'tiestrength-python-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(python === null)('Arrow and Parquet read back by pandas and pyarrow', () => {
  it('every table keeps its columns, types and values', async () => {
    const g = tidyOrg();
    const customers = { kinds: 'kind', accounts: 'account' } as const;
    const cases: [string, object, string | undefined][] = [
      ['constraint', constraint(g), undefined],
      ['edgeBetweenness', edgeBetweenness(g), undefined],
      ['brokerageRoles', brokerageRoles(g, { groups: 'department' }), undefined],
      ['keyPersonRisk', keyPersonRisk(g, customers), undefined],
      ['siloReport.spanners', siloReport(g, { groups: 'department', minGroupSize: 1 }), 'spanners'],
      ['siloReport.summary', siloReport(g, { groups: 'department', minGroupSize: 1 }), 'summary'],
      ['customerCoverage.accounts', customerCoverage(g, customers), 'accounts'],
      ['introductionPaths.ties', introductionPaths(g, 'a1', 'c1'), 'ties'],
    ];
    const manifest = [];
    for (const [name, result, table] of cases) {
      const arrow = join(dir, `${name}.arrow`);
      const parquet = join(dir, `${name}.parquet`);
      const written = await writeArrow(result, arrow, { table });
      const again = await writeParquet(result, parquet, { table });
      expect(again.types).toEqual(written.types);
      manifest.push({ name, arrow, parquet, columns: written.columns, types: written.types, rows: toRows(result, { table }) });
    }
    const manifestPath = join(dir, 'manifest.json');
    // NaN is not JSON: the manifest writes it as null and the checker treats NaN and null alike.
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const run = spawnSync(python!, [new URL('./check_tables.py', import.meta.url).pathname, manifestPath], { encoding: 'utf8' });
    if (run.status !== 0) console.error(run.stdout, run.stderr);
    expect(run.stdout).toContain('python round trip: all checks passed');
    expect(run.status).toBe(0);
  });
});
