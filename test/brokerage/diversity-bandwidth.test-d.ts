import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  buildIndex,
  diversityBandwidth,
  assignDiversityBandwidth,
  type DiversityBandwidth,
} from '../../src/index.js';

const graph = new UndirectedGraph<{ dept: string }, { calls: number }>();
const index = buildIndex(graph);

test('diversityBandwidth returns { diversity, bandwidth, contacts } per node for a graph and an index', () => {
  expectTypeOf(diversityBandwidth(graph)).toEqualTypeOf<Record<string, DiversityBandwidth>>();
  expectTypeOf(diversityBandwidth(index, { getEdgeStrength: null, diversity: 'entropy' })).toEqualTypeOf<
    Record<string, DiversityBandwidth>
  >();
  expectTypeOf(diversityBandwidth(graph)['a']!.diversity).toEqualTypeOf<number>();
  // @ts-expect-error getEdgeStrength accepts only keys of the edge attributes
  diversityBandwidth(graph, { getEdgeStrength: 'cals' });
  // @ts-expect-error diversity is 'constraint' or 'entropy'
  diversityBandwidth(graph, { diversity: 'gini' });
  // @ts-expect-error the attribute options belong to assignDiversityBandwidth
  diversityBandwidth(graph, { diversityAttribute: 'd' });
  // @ts-expect-error a profile is an object, not a number
  const n: number = diversityBandwidth(graph)['a']!;
});

test('assignDiversityBandwidth names one attribute per output', () => {
  expectTypeOf(assignDiversityBandwidth(graph, { diversityAttribute: 'd', bandwidthAttribute: 'b', getEdgeStrength: 'calls' })).toEqualTypeOf<void>();
  // @ts-expect-error two outputs: diversityAttribute and bandwidthAttribute, not attribute
  assignDiversityBandwidth(graph, { attribute: 'x' });
  // @ts-expect-error assign needs a graph
  assignDiversityBandwidth(index);
});
