// The sections of an assessment page, in navigation order. A section the viewer may not use is
// not offered (the API refuses it anyway).
export const assessmentSectionKeys = [
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
] as const;

export type AssessmentSectionKey = (typeof assessmentSectionKeys)[number];

export interface AssessmentSection {
  key: AssessmentSectionKey;
  // Relative to the assessment's address; '' is the overview.
  path: string;
}

export function assessmentSections(permissions: readonly string[]): AssessmentSection[] {
  return assessmentSectionKeys
    .filter((key) => key !== 'audit' || permissions.includes('audit.read'))
    .map((key) => ({ key, path: key === 'overview' ? '' : key }));
}
