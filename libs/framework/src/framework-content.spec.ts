import { describe, expect, it } from 'vitest';
import { frameworkContent } from './content/index.js';
import type { FrameworkContent } from './framework.schema.js';
import { framework, hashFrameworkContent } from './framework.js';

const expectedElementKeys = [
  'equality-and-non-discrimination',
  'accountability-and-the-rule-of-law',
  'legal-and-regulatory-framework',
  'capable-institutions',
  'data-protection-and-privacy',
  'user-value',
  'procurement-anti-corruption',
  'participation-and-access-to-information',
];

const expectedSubElementKeys: Record<string, string[]> = {
  'equality-and-non-discrimination': [
    'protections-against-discrimination',
    'rights-of-non-citizens',
  ],
  'accountability-and-the-rule-of-law': [
    'administrative-review-and-appeal',
    'independent-oversight',
    'judicial-oversight',
    'access-to-legal-advice',
    'remedies',
  ],
  'legal-and-regulatory-framework': [
    'legal-authority-for-digital-legal-id',
    'relationship-with-other-id-systems',
    'legal-status-and-use-of-credential',
    'impact-assessments',
  ],
  'capable-institutions': [
    'institutional-arrangements-for-id-management',
    'effective-coordination-and-collaboration',
  ],
  'data-protection-and-privacy': [
    'data-protection-and-privacy-laws',
    'data-handling-by-public-and-private-actors',
    'data-exchange-practices',
    'cybersecurity',
  ],
  'user-value': [
    'id-requirements-for-government-services',
    'id-requirements-for-private-services',
    'ensuring-requirements-do-not-cause-exclusion',
    'data-and-planning',
  ],
  'procurement-anti-corruption': [
    'procurement-guidelines-define-standards',
    'procedures-for-procurement-of-infrastructure',
    'expertise',
    'effective-anti-corruption-framework',
    'existing-concerns',
  ],
  'participation-and-access-to-information': [
    'public-participation',
    'monitoring-and-evaluation',
    'access-to-information',
  ],
};

const subElements = framework.elements.flatMap((element) => element.subElements);
const details = subElements.flatMap((sub) => sub.details);

// Rebuilds every object with its keys inserted in reverse order; arrays keep their order.
function reverseKeyOrder(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(reverseKeyOrder);
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).reverse();
    return Object.fromEntries(entries.map(([key, v]) => [key, reverseKeyOrder(v)]));
  }
  return value;
}

describe('shipped framework content', () => {
  it('has the 8 elements in the expected order', () => {
    expect(framework.elements.map((e) => e.key)).toEqual(expectedElementKeys);
  });

  it('links each element to its governance4id page', () => {
    for (const element of framework.elements) {
      expect(element.url).toBe(`https://governance4id.org/framework/${element.key}`);
    }
  });

  it('has the 29 expected sub-elements under the right elements', () => {
    const actual = Object.fromEntries(
      framework.elements.map((e) => [e.key, e.subElements.map((s) => s.key)]),
    );
    expect(actual).toEqual(expectedSubElementKeys);
    expect(subElements).toHaveLength(29);
  });

  it('gives every sub-element at least two anchor questions', () => {
    for (const sub of subElements) {
      const questions = sub.details.flatMap((d) => d.anchorQuestions);
      expect(questions.length, sub.key).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every detail rights implications, a target scenario and https standards', () => {
    for (const detail of details) {
      expect(detail.rightsImplications.trim(), detail.key).not.toBe('');
      expect(detail.targetScenario.trim(), detail.key).not.toBe('');
      expect(detail.standards.length, detail.key).toBeGreaterThanOrEqual(1);
      for (const standard of detail.standards) {
        expect(standard.url, detail.key).toMatch(/^https:\/\/[^\s]+$/);
        expect(standard.title.trim(), detail.key).not.toBe('');
      }
    }
  });

  it('numbers question keys after their detail and ends every question with "?"', () => {
    for (const detail of details) {
      detail.anchorQuestions.forEach((question, index) => {
        expect(question.key).toBe(`${detail.key}.q${index + 1}`);
        expect(question.text.endsWith('?'), question.key).toBe(true);
      });
    }
  });

  it('uses detail keys that are unique across the framework', () => {
    const keys = details.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('framework content hash', () => {
  it('is sha256: followed by 64 hex characters', () => {
    expect(framework.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('is the hash of the source content', () => {
    expect(hashFrameworkContent(frameworkContent)).toBe(framework.contentHash);
  });

  it('does not depend on key insertion order', () => {
    const reordered = reverseKeyOrder(structuredClone(frameworkContent)) as FrameworkContent;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(frameworkContent));
    expect(hashFrameworkContent(reordered)).toBe(framework.contentHash);
  });

  it('changes when one character of a question changes', () => {
    const changed = structuredClone(frameworkContent);
    const question = changed.elements[0]?.subElements[0]?.details[0]?.anchorQuestions[0];
    if (!question) {
      throw new Error('no question to change');
    }
    question.text = `X${question.text.slice(1)}`;
    expect(hashFrameworkContent(changed)).not.toBe(framework.contentHash);
  });
});
