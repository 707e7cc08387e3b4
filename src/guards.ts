/**
 * Declarative input guards shared by every public function.
 *
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import { GraphTypeNotSupportedError, InvalidGraphError, show } from './errors.js';
import { isCsrIndex, type CsrIndex } from './core/csr.js';

/** @internal Whether `value` looks like a graphology graph (duck-typed, so any graphology copy works). */
export function isGraph(value: unknown): value is AbstractGraph {
  if (typeof value !== 'object' || value === null) return false;
  const g = value as Record<string, unknown>;
  return (
    typeof g.forEachEdge === 'function' &&
    typeof g.forEachNode === 'function' &&
    typeof g.addEdge === 'function' &&
    typeof g.order === 'number' &&
    typeof g.type === 'string'
  );
}

/** @internal Throws {@link InvalidGraphError} unless `value` is a graphology graph. */
export function assertGraph(value: unknown, prefix: string): asserts value is AbstractGraph {
  if (!isGraph(value)) {
    throw new InvalidGraphError(
      isCsrIndex(value)
        ? `${prefix}: expected a graphology graph; this function reads or writes node or edge attributes, which a CsrIndex does not hold`
        : `${prefix}: expected a graphology graph; got ${describeValue(value)}`,
    );
  }
}

/** @internal Throws {@link InvalidGraphError} unless `value` is a graphology graph or a CsrIndex. */
export function assertGraphOrIndex(value: unknown, prefix: string): asserts value is AbstractGraph | CsrIndex {
  if (!isGraph(value) && !isCsrIndex(value)) {
    throw new InvalidGraphError(`${prefix}: expected a graphology graph or a CsrIndex; got ${describeValue(value)}`);
  }
}

/**
 * @internal
 * Whether a graph's ties are directed. graphology's default `Graph` is of type `'mixed'`; a
 * mixed graph is accepted when all its edges are of one kind (all directed → directed, all
 * undirected or none → undirected) and refused when it really mixes both, since no metric has a
 * sound definition there.
 */
export function graphIsDirected(graph: AbstractGraph, prefix: string): boolean {
  if (graph.type === 'directed') return true;
  if (graph.type === 'undirected') return false;
  if (graph.directedSize > 0 && graph.undirectedSize > 0) {
    throw new GraphTypeNotSupportedError(
      `${prefix}: the graph mixes ${graph.directedSize} directed and ${graph.undirectedSize} undirected edges; ` +
        'use a DirectedGraph or an UndirectedGraph (or convert with graphology-operators toDirected/toUndirected)',
      'mixed',
    );
  }
  return graph.directedSize > 0;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return `${typeof value} ${show(value)}`;
  const name = (value as { constructor?: { name?: string } }).constructor?.name;
  return name ? `an instance of ${name}` : 'an object';
}
