/**
 * The public functions the worker's `call` task may run (see off-thread.ts), by name. Imported by
 * the worker entry only.
 *
 * @internal
 * @module
 */
import { DirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { constraint } from '../brokerage/constraint.js';
import { diversityBandwidth } from '../brokerage/diversity-bandwidth.js';
import { effectiveSize } from '../brokerage/effective-size.js';
import { efficiency } from '../brokerage/efficiency.js';
import { egoBetweenness } from '../brokerage/ego-betweenness.js';
import { hierarchy } from '../brokerage/hierarchy.js';
import { brokerageRoles } from '../brokerage/brokerage-roles.js';
import type { CsrIndex } from '../core/csr.js';
import { communities } from '../groups/communities.js';
import { distanceWeightedReach } from '../reach/distance-weighted-reach.js';
import { keyPersonRisk } from '../reach/key-person-risk.js';
import { reachEfficiency } from '../reach/reach-efficiency.js';
import { brandOf } from '../tidy/symbols.js';
import { embeddedness } from '../ties/embeddedness.js';
import { localBridges } from '../ties/local-bridges.js';
import { neighborhoodJaccard } from '../ties/neighborhood-jaccard.js';
import { neighborhoodOverlap } from '../ties/neighborhood-overlap.js';
import { encodeResult, errorData, indexFromData, type CallData, type CallResult, type ErrorData } from './off-thread.js';
import { transferables } from './task.js';

type Callable = (input: AbstractGraph | CsrIndex, ...rest: never[]) => unknown;

/** @internal The functions `callOffThread` may name. */
export const CALLS: Readonly<Record<string, Callable>> = {
  constraint,
  effectiveSize,
  efficiency,
  hierarchy,
  egoBetweenness,
  brokerageRoles,
  diversityBandwidth,
  reachEfficiency,
  keyPersonRisk,
  distanceWeightedReach,
  neighborhoodOverlap,
  neighborhoodJaccard,
  embeddedness,
  localBridges,
  communities,
} as unknown as Record<string, Callable>;

/** @internal The worker side of a call: rebuild the input, call, post the value with its brand (or the error as data). */
export async function runCall(data: CallData): Promise<{ result: CallResult | { error: ErrorData }; transfer: ArrayBuffer[] }> {
  const fn = CALLS[data.name];
  if (fn === undefined) throw new Error(`unknown function ${data.name}`);
  let input: AbstractGraph | CsrIndex;
  if (data.input.kind === 'index') input = indexFromData(data.input.parts);
  else {
    // graphology's base class (DirectedGraph extends it), constructed with the exported options:
    // the same type, multi and self-loop settings as the caller's graph.
    const Graph = Object.getPrototypeOf(DirectedGraph) as typeof DirectedGraph;
    const graph = new Graph(data.input.data.options);
    graph.import(data.input.data);
    input = graph;
  }
  const value = (fn as (...all: unknown[]) => unknown)(input, ...data.args, ...(data.options === undefined ? [] : [data.options]));
  const encoded = encodeResult(value);
  return {
    result: { value: encoded.value, brand: brandOf(value) ?? null, encoding: encoded.encoding },
    transfer: encoded.encoding === 'plain' ? transferables(value) : encoded.transfer,
  };
}

export { errorData };
