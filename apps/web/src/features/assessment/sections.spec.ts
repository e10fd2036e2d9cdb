import { describe, expect, it } from 'vitest';
import { assessmentSections } from './sections';

describe('assessmentSections', () => {
  it('offers the audit trail to those who may read it', () => {
    expect(assessmentSections(['assessment.read', 'audit.read']).map((s) => s.key)).toEqual([
      'overview',
      'elements',
      'evidence',
      'analysis',
      'workshops',
      'recommendations',
      'mentions',
      'customise',
      'members',
      'assignments',
      'audit',
    ]);
  });

  it('hides the audit trail from everyone else', () => {
    expect(assessmentSections(['assessment.read']).map((s) => s.key)).not.toContain('audit');
  });

  it('addresses the overview as the assessment itself', () => {
    expect(assessmentSections([])[0]).toEqual({ key: 'overview', path: '' });
  });
});
