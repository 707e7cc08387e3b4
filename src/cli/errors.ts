/**
 * How the command reports failures: `file:line: reason` for bad input (exit 1), a usage message
 * (exit 2), a stack trace only with --debug.
 *
 * @internal
 * @module
 */
import { CsvFormatError, InvalidOptionError, TieStrengthError } from '../errors.js';

/** @internal A mistake in the command line itself (exit 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** @internal Exit codes. */
export const EXIT = Object.freeze({ done: 0, badInput: 1, usage: 2 });

/** Removes the library's `tiestrength/family/function: ` prefix from a message. */
function plain(message: string): string {
  return message.replace(/^tiestrength\/[\w/]+: /, '');
}

/** @internal Prints the error and returns the exit code. */
export function reportError(error: unknown, debug: boolean, write: (text: string) => void): number {
  const trace = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  if (error instanceof UsageError) {
    write(`tiestrength: ${error.message}\nRun with --help for the options and an example.${trace}\n`);
    return EXIT.usage;
  }
  if (error instanceof CsvFormatError) {
    const where = error.line === undefined ? error.file : `${error.file}:${error.line}`;
    let reason = plain(error.message);
    if (reason.startsWith(`${error.file}: `)) reason = reason.slice(error.file.length + 2);
    reason = reason.replace(/^(line \d+: |.*?:\d+: )/, '');
    write(`${where}: ${reason}${trace}\n`);
    return EXIT.badInput;
  }
  if (error instanceof InvalidOptionError) {
    write(`tiestrength: ${plain(error.message)}${trace}\n`);
    return EXIT.usage;
  }
  if (error instanceof TieStrengthError) {
    write(`tiestrength: ${plain(error.message)}${trace}\n`);
    return EXIT.badInput;
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
    const path = (error as NodeJS.ErrnoException).path ?? '';
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'permission denied';
    write(`${path}: ${reason}${trace}\n`);
    return EXIT.badInput;
  }
  write(`tiestrength: ${error instanceof Error ? error.message : String(error)}${debug ? trace : '\n(run with --debug for the stack trace)'}\n`);
  return EXIT.badInput;
}
