/**
 * The `groups` option of the group measures (docs/conventions.md, "Node data"): each person's
 * group as a node attribute name, a `Record`, a `Map` or a getter, read into dense group ids.
 *
 * @internal
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { InvalidOptionError } from '../errors.js';
import { nodeLabels, type NodeLabels } from '../node-data.js';

const own = Object.prototype.hasOwnProperty;

/**
 * @internal
 * Reads the `groups` option. `required` refuses its absence; `missing` says what a node without a
 * group is (`'error'`: refused, naming the node; `'ungrouped'`: group −1). A `communities()`
 * result passed whole (an object with a `partition` record, on a graph without a node named
 * `partition`) is refused with a hint to pass its `partition`.
 */
export function readGroups(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  groups: unknown,
  prefix: string,
  missing: 'error' | 'ungrouped' = 'error',
): NodeLabels {
  if (groups === undefined || groups === null) {
    throw new InvalidOptionError(
      `${prefix}: option groups is required: each person's group, as a node attribute name ('department'), a Record or Map from node to group, or a function (node, attributes) => group`,
      'groups',
    );
  }
  if (
    typeof groups === 'object' &&
    !(groups instanceof Map) &&
    own.call(groups, 'partition') &&
    typeof (groups as { partition: unknown }).partition === 'object' &&
    !index.has('partition')
  ) {
    throw new InvalidOptionError(
      `${prefix}: option groups looks like a communities() result; pass its partition: { groups: communities(graph).partition }`,
      'groups',
    );
  }
  return nodeLabels(input, index, groups, { option: 'groups', prefix, missing });
}
