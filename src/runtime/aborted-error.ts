/**
 * How a cancelled call rejects: with an {@link AbortedError} whose `cause` is the signal's reason.
 *
 * @module
 */
import { AbortedError } from '../errors.js';

export { AbortedError };

/** @internal Throws an {@link AbortedError} (cause: the signal's reason) when `signal` is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined, prefix: string): void {
  if (signal?.aborted) throw abortedError(signal, prefix);
}

/** @internal The {@link AbortedError} of an aborted signal. */
export function abortedError(signal: AbortSignal, prefix: string): AbortedError {
  const reason: unknown = signal.reason;
  const why = reason instanceof Error ? reason.message : reason === undefined ? '' : String(reason);
  return new AbortedError(`${prefix}: aborted${why ? ` (${why})` : ''}`, { cause: reason });
}
