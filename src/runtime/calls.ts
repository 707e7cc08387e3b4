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
import { redundancy } from '../brokerage/redundancy.js';
import { customerCoverage } from '../customers/customer-coverage.js';
import { engagementExposure } from '../engagement/engagement-exposure.js';
import { bridgingTies } from '../groups/bridging-ties.js';
import { eiIndex } from '../groups/ei-index.js';
import { groupMixingMatrix } from '../groups/group-mixing-matrix.js';
import { modularity } from '../groups/modularity.js';
import { siloReport } from '../groups/silo-report.js';
import { describeNetwork } from '../network/describe-network.js';
import { introductionPaths } from '../paths/introduction-paths.js';
import { groupDistanceWeightedReach } from '../reach/group-distance-weighted-reach.js';
import { bridges } from '../ties/bridges.js';
import { classifyTies } from '../ties/classify-ties.js';
import { disparityFilter } from '../ties/disparity-filter.js';
import { overlapStrengthCorrelation } from '../ties/overlap-strength-correlation.js';
import { percolationCurve } from '../ties/percolation-curve.js';
import { strongTriadicClosureViolations } from '../ties/strong-triadic-closure.js';
import { tieChurn } from '../ties/tie-churn.js';
import { brandOf } from '../tidy/symbols.js';
import { embeddedness } from '../ties/embeddedness.js';
import { localBridges } from '../ties/local-bridges.js';
import { neighborhoodJaccard } from '../ties/neighborhood-jaccard.js';
import { neighborhoodOverlap } from '../ties/neighborhood-overlap.js';
import { decodeValue, encodeValue, graphFromColumns, type GraphColumns } from './columns.js';
import { allowThreadsInWorker } from './node.js';
import { startedWorkers } from './spawn.js';
import { errorData, indexFromData, type CallInput, type InputArg, type CallData, type CallResult, type ErrorData } from './off-thread.js';

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
  redundancy,
  customerCoverage,
  engagementExposure,
  bridgingTies,
  eiIndex,
  groupMixingMatrix,
  modularity,
  siloReport,
  describeNetwork,
  introductionPaths,
  groupDistanceWeightedReach,
  bridges,
  classifyTies,
  disparityFilter,
  overlapStrengthCorrelation,
  percolationCurve,
  strongTriadicClosureViolations,
  tieChurn,
} as unknown as Record<string, Callable>;

/** @internal Rebuilds an input from its data (the worker side). */
export function inputFromData(input: CallInput): AbstractGraph | CsrIndex {
  if (input.kind === 'index') return indexFromData(input.parts);
  // graphology's base class (DirectedGraph extends it), constructed with the exported options:
  // the same type, multi and self-loop settings as the caller's graph.
  const Graph = Object.getPrototypeOf(DirectedGraph) as new (options: GraphColumns['options']) => AbstractGraph;
  return graphFromColumns(input.data, Graph);
}

/** @internal The worker side of a call: rebuild the input, call, post the value with its brand (or the error as data). */
export async function runCall(data: CallData): Promise<{ result: CallResult | { error: ErrorData }; transfer: ArrayBuffer[] }> {
  const fn = CALLS[data.name];
  if (fn === undefined) throw new Error(`unknown function ${data.name}`);
  const input = inputFromData(data.input);
  const args = data.args.map((arg) =>
    arg !== null && typeof arg === 'object' && 'tiestrengthInput' in arg ? inputFromData((arg as InputArg).tiestrengthInput) : arg,
  );
  const options = await decodeValue(data.options);
  allowThreadsInWorker(data.threads);
  const before = startedWorkers();
  const value = (fn as (...all: unknown[]) => unknown)(input, ...args, ...(options === undefined ? [] : [options]));
  const transfer: ArrayBuffer[] = [];
  const encoded = encodeValue(value, transfer);
  return { result: { value: encoded, brand: brandOf(value) ?? null, workers: startedWorkers() - before }, transfer };
}

export { errorData };
