import { describe, expect, it } from 'vitest';
import { AssessmentDocError } from './assessment-doc.error.js';
import { documentName, parseDocumentName } from './document-name.js';

const id = '0b6f2c5e-8a41-4c8e-9d0a-2f7b1e3c4d5a';

describe('document names', () => {
  it('names one document per assessment and element, and parses it back', () => {
    const name = documentName(id, 'user-value');
    expect(name).toBe(`assessment.${id}.element.user-value`);
    expect(parseDocumentName(name)).toEqual({ assessmentId: id, elementKey: 'user-value' });
    expect(parseDocumentName(documentName(id, 'x'.repeat(64)))?.elementKey).toHaveLength(64);
  });

  it('refuses to build a name from a bad id or key', () => {
    expect(() => documentName(id.toUpperCase(), 'user-value')).toThrow(AssessmentDocError);
    expect(() => documentName('not-a-uuid', 'user-value')).toThrow(/Invalid assessment id/);
    expect(() => documentName(id, 'User_Value')).toThrow(/Invalid element key/);
    expect(() => documentName(id, '')).toThrow(/Invalid element key/);
  });

  it.each([
    ['empty', ''],
    ['uppercase uuid', `assessment.${id.toUpperCase()}.element.user-value`],
    ['uuid without dashes', `assessment.${id.replaceAll('-', '')}.element.user-value`],
    ['short uuid', `assessment.${id.slice(1)}.element.user-value`],
    ['braced uuid', `assessment.{${id}}.element.user-value`],
    ['empty element key', `assessment.${id}.element.`],
    ['element key too long', `assessment.${id}.element.${'x'.repeat(65)}`],
    ['uppercase element key', `assessment.${id}.element.User-value`],
    ['underscore in key', `assessment.${id}.element.user_value`],
    ['dot in key', `assessment.${id}.element.user.value`],
    ['path traversal', `assessment.${id}.element.../x`],
    ['url-encoded', `assessment.${id}.element.user%2Dvalue`],
    ['trailing slash', `assessment.${id}.element.user-value/`],
    ['trailing newline', `assessment.${id}.element.user-value\n`],
    ['leading space', ` assessment.${id}.element.user-value`],
    ['query string', `assessment.${id}.element.user-value?x=1`],
    ['wrong prefix', `assessments.${id}.element.user-value`],
    ['wrong middle', `assessment.${id}.elements.user-value`],
    ['missing element', `assessment.${id}`],
    ['extra segment', `assessment.${id}.element.user-value.extra`],
    ['unicode dash', `assessment.${id}.element.user\u2010value`],
    ['null byte', `assessment.${id}.element.user-value\u0000`],
  ])('answers null for a malformed name: %s', (_label, name) => {
    expect(parseDocumentName(name)).toBeNull();
  });

  it('answers null for non-strings', () => {
    for (const value of [undefined, null, 42, {}, ['assessment'], Symbol('x')]) {
      expect(parseDocumentName(value)).toBeNull();
    }
  });
});
