#!/usr/bin/env node
/**
 * The `tiestrength` command's entry point (dist/cli.js).
 *
 * @internal
 * @module
 */
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tiestrength: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
