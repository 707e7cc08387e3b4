import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DATASETS,
  datasets,
  krackhardtHighTech,
  lazegaLawFirm,
  manufacturingEmail,
  type DatasetName,
} from '../../src/datasets/index.js';
import { DATA_DIR, hasSource } from './helpers.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const srcDir = resolve(here, '../../src/datasets');

describe('datasets', () => {
  it('is a frozen object of the three dataset functions, keyed like DATASETS', () => {
    expect(datasets).toEqual({ krackhardtHighTech, lazegaLawFirm, manufacturingEmail });
    expect(Object.isFrozen(datasets)).toBe(true);
    expect(Object.keys(datasets).sort()).toEqual(Object.keys(DATASETS).sort());
  });

  it('every loader called without options returns a fresh directed graph', () => {
    for (const load of Object.values(datasets)) {
      const a = load();
      const b = load();
      expect(a).not.toBe(b);
      expect(a.type).toBe('directed');
      a.clear();
      expect(b.order).toBeGreaterThan(0);
    }
  });
});

describe('DATASETS', () => {
  it('is deeply frozen', () => {
    expect(Object.isFrozen(DATASETS)).toBe(true);
    for (const info of Object.values(DATASETS)) {
      expect(Object.isFrozen(info)).toBe(true);
      expect(Object.isFrozen(info.edges)).toBe(true);
      expect(Object.isFrozen(info.citation)).toBe(true);
    }
  });

  it('names each entry by its key and gives citation, licence and source', () => {
    for (const [key, info] of Object.entries(DATASETS)) {
      expect(info.name).toBe(key);
      expect(info.citation.length).toBeGreaterThan(0);
      expect(info.licence.length).toBeGreaterThan(20);
      expect(info.source.length).toBeGreaterThan(20);
      expect(info.directed).toBe(true);
    }
    expect(DATASETS.krackhardtHighTech.citation[0]).toContain('Social Networks 9(2):109–134');
    expect(DATASETS.lazegaLawFirm.citation[0]).toContain('The Collegial Phenomenon');
    expect(DATASETS.lazegaLawFirm.citation[1]).toContain('Lazega, E. & Pattison, P. (1999)');
    expect(DATASETS.manufacturingEmail.citation[0]).toContain('87:197–206');
    expect(DATASETS.manufacturingEmail.citation[1]).toContain('KONECT');
  });

  it('node and edge counts equal the graphs the functions return', () => {
    const check = (name: DatasetName, build: (relation: string) => { order: number; size: number }) => {
      const info = DATASETS[name];
      for (const [relation, size] of Object.entries(info.edges)) {
        const graph = build(relation);
        expect([name, relation, graph.order, graph.size]).toEqual([name, relation, info.nodes, size]);
      }
    };
    check('krackhardtHighTech', (relation) => krackhardtHighTech({ relation: relation as never }));
    check('lazegaLawFirm', (relation) => lazegaLawFirm({ relation: relation as never }));
    check('manufacturingEmail', () => manufacturingEmail());
    expect(DATASETS.krackhardtHighTech.edges).toEqual({ advice: 190, friendship: 102, reportsTo: 20, all: 232 });
    expect(DATASETS.lazegaLawFirm.edges).toEqual({ advice: 892, friendship: 575, cowork: 1104, all: 1574 });
    expect(DATASETS.manufacturingEmail.edges).toEqual({ email: 5783 });
  });
});

describe('embedded data', () => {
  it('src/datasets reads no file at runtime (no node: or fs imports)', () => {
    const files = [
      ...readdirSync(srcDir).filter((f) => f.endsWith('.ts')),
      ...readdirSync(join(srcDir, 'data')).map((f) => `data/${f}`),
    ];
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const text = readFileSync(join(srcDir, file), 'utf8');
      expect([file, /from ['"](node:|fs|path)|require\(|readFile|import\.meta/.test(text)]).toEqual([file, false]);
    }
  });

  it.skipIf(!hasSource('krackhardt-hightech'))('src/datasets/data/*.ts are up to date with generate-data.mjs', () => {
    // Throws (exit status 1) when a committed module differs from what the generator writes.
    execFileSync(process.execPath, [join(here, 'generate-data.mjs'), '--check', DATA_DIR], { stdio: 'pipe' });
  });
});
