import { expectTypeOf, test } from 'vitest';
import type { DirectedGraph } from 'graphology';
import {
  datasets,
  krackhardtHighTech,
  lazegaLawFirm,
  manufacturingEmail,
  syntheticCompany,
  type KrackhardtEdge,
  type KrackhardtNode,
  type LazegaEdge,
  type LazegaNode,
  type ManufacturingEmailEdge,
  type ManufacturingEmailNode,
  type SyntheticCompany,
} from '../../src/index.js';

test('the embedded datasets return typed directed graphs', () => {
  expectTypeOf(krackhardtHighTech()).toEqualTypeOf<DirectedGraph<KrackhardtNode, KrackhardtEdge>>();
  expectTypeOf(lazegaLawFirm({ relation: 'friendship' })).toEqualTypeOf<DirectedGraph<LazegaNode, LazegaEdge>>();
  expectTypeOf(manufacturingEmail()).toEqualTypeOf<DirectedGraph<ManufacturingEmailNode, ManufacturingEmailEdge>>();
  expectTypeOf(datasets.krackhardtHighTech).toEqualTypeOf<typeof krackhardtHighTech>();
  // Node attributes are typed: the department of a Krackhardt manager is a string.
  expectTypeOf(krackhardtHighTech().getNodeAttribute('1', 'department')).toEqualTypeOf<string>();
  // @ts-expect-error a relation the data does not have
  krackhardtHighTech({ relation: 'lunch' });
  // @ts-expect-error manufacturingEmail takes no options
  manufacturingEmail({ relation: 'advice' });
});

test('syntheticCompany returns its graph with the planted truth', () => {
  const company = syntheticCompany({ seed: 7, employeeCount: 30 });
  expectTypeOf(company).toEqualTypeOf<SyntheticCompany>();
  // @ts-expect-error the option is a number
  syntheticCompany({ seed: '7' });
});
