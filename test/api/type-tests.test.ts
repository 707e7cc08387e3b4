/**
 * Every public function has a type test: some `test/**\/*.test-d.ts` file names it. A new export
 * without one fails here (type tests caught what 2,504 runtime tests did not: a function whose
 * declared result type was not what it returned).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const TEST_ROOT = fileURLToPath(new URL('..', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe('type tests', () => {
  const typeTests = walk(TEST_ROOT)
    .filter((file) => file.endsWith('.test-d.ts'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

  it('exist for every public function', () => {
    const functions = Object.entries(api)
      .filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name))
      .map(([name]) => name);
    expect(functions.length).toBeGreaterThan(90);
    const missing = functions.filter((name) => !new RegExp(`\\b${name}\\b`).test(typeTests));
    expect(missing).toEqual([]);
  });
});
