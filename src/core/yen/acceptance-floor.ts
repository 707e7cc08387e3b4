/**
 * The acceptance floor of the bottleneck order of {@link yenPaths}: the bottleneck below which a
 * spur path can no longer be accepted.
 *
 * @internal
 * @module
 */
import type { YenPath } from './objectives.js';

/**
 * @internal
 * The acceptance floor of the bottleneck order: with `needed` paths still wanted, the candidate
 * accepted last at best is the needed-th best, whose bottleneck is the needed-th largest among
 * the candidates' (the order compares bottlenecks first); a spur path with a smaller bottleneck
 * comes after `needed` candidates and is never accepted. `top` holds the largest bottlenecks,
 * in decreasing order, at most `needed` of them; the floor is 0 (nothing is pruned) while there
 * are fewer.
 */
export class AcceptanceFloor {
  private readonly top: number[] = [];
  private needed = 0;

  /** Starts a round: the `needed` largest bottlenecks of `candidates`. O(c log c). */
  reset(candidates: readonly YenPath[], needed: number): void {
    this.needed = needed;
    const all = Float64Array.from(candidates, (c) => c.bottleneck).sort();
    this.top.length = 0;
    for (let i = all.length - 1; i >= 0 && this.top.length < needed; i--) this.top.push(all[i]!);
  }

  /** A new candidate's bottleneck. O(needed). */
  add(bottleneck: number): void {
    const top = this.top;
    if (top.length === this.needed && !(bottleneck > top[top.length - 1]!)) return;
    let i = top.length;
    while (i > 0 && top[i - 1]! < bottleneck) i--;
    top.splice(i, 0, bottleneck);
    if (top.length > this.needed) top.pop();
  }

  get value(): number {
    return this.top.length === this.needed ? this.top[this.needed - 1]! : 0;
  }
}
