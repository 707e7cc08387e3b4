import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  assignEngagementExposure,
  buildIndex,
  engagementExposure,
  ENGAGEMENT_EXPOSURE_DEFAULTS,
  type EngagementExposure,
} from '../../src/index.js';

type Node = { engagement?: number; q12?: number; name: string };
const graph = new UndirectedGraph<Node, { weight: number }>();
const index = buildIndex(graph);

test('engagementExposure returns a record of EngagementExposure for a graph and an index', () => {
  expectTypeOf(engagementExposure(graph, { engagementThreshold: 3 })).toEqualTypeOf<Record<string, EngagementExposure>>();
  expectTypeOf(engagementExposure(index, { engagementThreshold: 3, engagement: { a: 4 } })).toEqualTypeOf<Record<string, EngagementExposure>>();
  expectTypeOf(engagementExposure(graph, { engagementThreshold: 3 })['a']!.exposure).toEqualTypeOf<number>();
  expectTypeOf(ENGAGEMENT_EXPOSURE_DEFAULTS.engagementThreshold).toEqualTypeOf<number | undefined>();
});

test('engagementExposure options: engagement in every NodeData form', () => {
  engagementExposure(graph, { engagementThreshold: 3, engagement: 'q12', negativityWeight: 1, missing: 'error' });
  engagementExposure(graph, { engagementThreshold: 3, engagement: new Map([['a', 4]]) });
  engagementExposure(graph, { engagementThreshold: 3, engagement: (_node, attributes) => attributes.q12 });
  engagementExposure(index, { engagementThreshold: 3, engagement: { a: 4 }, getEdgeStrength: null });
  // @ts-expect-error threshold is now engagementThreshold
  engagementExposure(graph, { threshold: 3 });
  // @ts-expect-error engagementAttribute is gone: engagement: 'q12'
  engagementExposure(graph, { engagementThreshold: 3, engagementAttribute: 'q12' });
  // @ts-expect-error a node attribute the nodes do not have
  engagementExposure(graph, { engagementThreshold: 3, engagement: 'q13' });
  // @ts-expect-error scores are numbers
  engagementExposure(graph, { engagementThreshold: 3, engagement: { a: 'high' } });
  // @ts-expect-error missing is 'skip' or 'error'
  engagementExposure(graph, { engagementThreshold: 3, missing: 'zero' });
  // @ts-expect-error attribute belongs to assignEngagementExposure
  engagementExposure(graph, { engagementThreshold: 3, attribute: 'x' });
});

test('assignEngagementExposure writes an attribute and returns nothing', () => {
  expectTypeOf(assignEngagementExposure(graph, { engagementThreshold: 3, attribute: 'x' })).toEqualTypeOf<void>();
  // @ts-expect-error a CsrIndex cannot be written to
  assignEngagementExposure(index, { engagementThreshold: 3 });
});
