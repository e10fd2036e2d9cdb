import type { TestApp } from './test-app.js';
import { expectData } from './test-app.js';

export interface QuestionResult {
  id: string;
  key: string;
  text: string;
  originalText: string | null;
  provenance: 'FRAMEWORK' | 'REWORDED' | 'CUSTOM';
  position: number;
}
export interface DetailResult {
  id: string;
  key: string;
  title: string;
  questions: QuestionResult[];
}
export interface SubElementResult {
  key: string;
  enabled: boolean;
  disabledReason: string | null;
  details: DetailResult[];
}
export interface ElementResult {
  key: string;
  subElements: SubElementResult[];
}

export const questionFields = 'id key text originalText provenance position';
export const detailFields = `id key title questions { ${questionFields} }`;

export async function assessmentTree(t: TestApp, id: string): Promise<ElementResult[]> {
  const data = expectData(
    await t.gql<{ assessment: { elements: ElementResult[] } }>(
      `query($id: ID!) { assessment(id: $id) { elements { key subElements { key enabled disabledReason
        details { ${detailFields} } } } } }`,
      { id },
    ),
  );
  return data.assessment.elements;
}

export function firstDetail(tree: ElementResult[]): DetailResult {
  const detail = tree[0]?.subElements[0]?.details[0];
  if (!detail) {
    throw new Error('assessment has no detail');
  }
  return detail;
}
