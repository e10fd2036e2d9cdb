import type { Confidentiality } from '@idgov/authz';

export const evidenceKinds = [
  'LAW',
  'POLICY',
  'REPORT',
  'DATASET',
  'WEBSITE',
  'MEDIA',
  'INTERVIEW',
] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

export const confidentialities = [
  'PUBLIC',
  'TEAM',
  'MODERATORS',
] as const satisfies readonly Confidentiality[];

// What became of text extraction for one file: EXTRACTED (searchable), NOT_APPLICABLE (images,
// spreadsheets), EMPTY (no text layer, e.g. a scanned PDF), FAILED or TIMED_OUT (no text; the
// file is kept all the same).
export const textStatuses = [
  'EXTRACTED',
  'NOT_APPLICABLE',
  'EMPTY',
  'FAILED',
  'TIMED_OUT',
] as const;
export type TextStatus = (typeof textStatuses)[number];

// Interview records hold personal data: they are kept to the moderators unless their creator
// widens them to the team, never to every member.
export const defaultConfidentiality = (kind: EvidenceKind): Confidentiality =>
  kind === 'INTERVIEW' ? 'MODERATORS' : 'TEAM';
