/**
 * Privacy helpers of the report: stable keyed pseudonyms and small-group suppression.
 *
 * @internal
 * @module
 */
import { createHmac } from 'node:crypto';

/** @internal Returns the label function: the node key, or a stable keyed pseudonym. */
export function labeller(key: string | null | undefined, names?: (node: string) => string | undefined): (node: string) => string {
  if (key === null || key === undefined || key === '') {
    return (node) => names?.(node) ?? node;
  }
  const cache = new Map<string, string>();
  return (node) => {
    let p = cache.get(node);
    if (p === undefined) {
      const h = createHmac('sha256', key).update(node, 'utf8').digest();
      // 40 bits in base 32 (Crockford, no I L O U): collision-free in practice up to ~10⁵ people.
      const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
      let bits = 0;
      for (let i = 0; i < 5; i++) bits = bits * 256 + h[i]!;
      let s = '';
      for (let i = 0; i < 8; i++) (s = alphabet[bits % 32]! + s), (bits = Math.floor(bits / 32));
      p = `P-${s}`;
      cache.set(node, p);
    }
    return p;
  };
}
