import { framework } from '@idgov/framework';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';

interface FrameworkResult {
  framework: {
    version: string;
    contentHash: string;
    elements: {
      key: string;
      title: string;
      description: string;
      subElements: {
        key: string;
        details: {
          anchorQuestions: { key: string; text: string }[];
          rightsImplications: string;
          targetScenario: string;
          standards: { title: string; url: string }[];
        }[];
      }[];
    }[];
  };
}

describe('framework query', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(() => t.close());

  it('returns the whole framework: 8 elements, 29 sub-elements, two or more questions each', async () => {
    const { framework: result } = expectData(
      await t.gql<FrameworkResult>(`{ framework { version contentHash elements { key title description
        subElements { key details { anchorQuestions { key text } rightsImplications targetScenario
        standards { title url } } } } } }`),
    );
    expect(result.version).toBe(framework.version);
    expect(result.contentHash).toBe(framework.contentHash);
    expect(result.elements).toHaveLength(8);
    const subElements = result.elements.flatMap((e) => e.subElements);
    expect(subElements).toHaveLength(29);
    for (const sub of subElements) {
      const questions = sub.details.flatMap((d) => d.anchorQuestions);
      expect(questions.length, sub.key).toBeGreaterThanOrEqual(2);
      for (const detail of sub.details) {
        expect(detail.rightsImplications.length).toBeGreaterThan(0);
        expect(detail.targetScenario.length).toBeGreaterThan(0);
        expect(detail.standards.length).toBeGreaterThan(0);
      }
    }
  });
});
