import { describe, expect, it } from 'vitest';
import type { FrameworkContent, FrameworkDetail, FrameworkElement } from './framework.schema.js';
import { FrameworkValidationError, validateFrameworkContent } from './framework-validation.js';
import { buildFrameworkContent } from './testing/build-framework-content.js';

function validationError(input: unknown): FrameworkValidationError {
  try {
    validateFrameworkContent(input);
  } catch (error) {
    if (error instanceof FrameworkValidationError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected validateFrameworkContent to throw');
}

function elementAt(content: FrameworkContent, e: number): FrameworkElement {
  const element = content.elements[e];
  if (!element) {
    throw new Error(`no element at ${e}`);
  }
  return element;
}

function detailAt(content: FrameworkContent, e: number): FrameworkDetail {
  const detail = elementAt(content, e).subElements[0]?.details[0];
  if (!detail) {
    throw new Error(`no detail in element ${e}`);
  }
  return detail;
}

// Treats a typed node as a plain record so a test can break it in ways the types forbid.
function asRecord(value: object): Record<string, unknown> {
  return value as Record<string, unknown>;
}

describe('validateFrameworkContent', () => {
  it('accepts the minimal valid content and returns it unchanged', () => {
    const content = buildFrameworkContent();
    expect(validateFrameworkContent(content)).toEqual(content);
  });

  it('gives each test a fresh deep copy', () => {
    const first = buildFrameworkContent();
    detailAt(first, 0).title = 'Changed';
    expect(detailAt(buildFrameworkContent(), 0).title).toBe('Detail 1');
  });

  it('applies overrides', () => {
    expect(buildFrameworkContent({ version: '2027.2.3' }).version).toBe('2027.2.3');
  });

  it('rejects a missing field and names its path', () => {
    const content = buildFrameworkContent();
    delete asRecord(detailAt(content, 0)).targetScenario;
    const error = validationError(content);
    expect(error.message).toContain('elements.0.subElements.0.details.0.targetScenario');
    expect(error.problems).toHaveLength(1);
  });

  it('rejects an empty or blank string', () => {
    const content = buildFrameworkContent();
    elementAt(content, 2).title = '';
    detailAt(content, 4).rightsImplications = '   ';
    const error = validationError(content);
    expect(error.message).toContain('elements.2.title');
    expect(error.message).toContain('elements.4.subElements.0.details.0.rightsImplications');
  });

  it('rejects a sub-element key used in two elements', () => {
    const content = buildFrameworkContent();
    const sub = elementAt(content, 1).subElements[0];
    if (!sub) {
      throw new Error('no sub-element');
    }
    sub.key = 'sub-element-1';
    const error = validationError(content);
    expect(error.message).toContain('duplicate sub-element key "sub-element-1"');
    expect(error.message).toContain('elements[1].subElements[0]');
    expect(error.message).toContain('first at elements[0].subElements[0]');
  });

  it('rejects a duplicate question key', () => {
    const content = buildFrameworkContent();
    const question = detailAt(content, 3).anchorQuestions[1];
    if (!question) {
      throw new Error('no question');
    }
    question.key = 'detail-1.q1';
    const error = validationError(content);
    expect(error.message).toContain('duplicate question key "detail-1.q1"');
    expect(error.message).toContain('elements[3].subElements[0].details[0].anchorQuestions[1]');
  });

  it('rejects a duplicate detail key', () => {
    const content = buildFrameworkContent();
    detailAt(content, 7).key = 'detail-2';
    expect(validationError(content).message).toContain('duplicate detail key "detail-2"');
  });

  it('rejects subElements that are not an array', () => {
    const content = buildFrameworkContent();
    asRecord(elementAt(content, 5)).subElements = { key: 'sub-element-6' };
    expect(validationError(content).message).toContain('elements.5.subElements');
  });

  it('rejects a framework with 7 elements', () => {
    const content = buildFrameworkContent();
    const error = validationError({ ...content, elements: content.elements.slice(0, 7) });
    expect(error.message).toMatch(/^- elements: /m);
  });

  it('rejects input that is not an object', () => {
    expect(validationError(null).message).toContain('(root)');
  });

  it('rejects an unknown field', () => {
    const content = buildFrameworkContent();
    asRecord(detailAt(content, 0)).score = 3;
    expect(validationError(content).message).toContain('elements.0.subElements.0.details.0');
  });

  it('rejects a standard URL that is not https', () => {
    const content = buildFrameworkContent();
    const standard = detailAt(content, 6).standards[0];
    if (!standard) {
      throw new Error('no standard');
    }
    standard.url = 'http://example.org/standards/7';
    expect(validationError(content).message).toContain(
      'elements.6.subElements.0.details.0.standards.0.url',
    );
  });

  it('rejects an anchor question that does not end with "?"', () => {
    const content = buildFrameworkContent();
    const question = detailAt(content, 0).anchorQuestions[0];
    if (!question) {
      throw new Error('no question');
    }
    question.text = 'Describe the legal framework.';
    const error = validationError(content);
    expect(error.message).toContain('elements.0.subElements.0.details.0.anchorQuestions.0.text');
    expect(error.message).toContain('ends with "?"');
  });

  it('rejects a sub-element with fewer than two anchor questions', () => {
    const content = buildFrameworkContent();
    detailAt(content, 0).anchorQuestions.pop();
    expect(validationError(content).message).toContain('elements.0.subElements.0');
  });

  it('rejects a key that is not kebab-case', () => {
    const content = buildFrameworkContent();
    elementAt(content, 0).key = 'Element One';
    expect(validationError(content).message).toContain('elements.0.key: must be kebab-case');
  });
});
