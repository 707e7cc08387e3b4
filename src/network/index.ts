/**
 * The public exports of src/network/: re-exported by src/index.ts.
 *
 * @module
 */
export { describeNetwork, DESCRIBE_NETWORK_DEFAULTS } from './describe-network.js';
export type { DescribeNetworkOptions, NetworkDescription, GroupMixing } from './describe-network.js';
export { describeNetworkAsync } from './network-async.js';
export type { DescribeNetworkAsyncOptions } from './network-async.js';
