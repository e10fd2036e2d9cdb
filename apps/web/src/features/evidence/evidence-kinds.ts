import type { Confidentiality, EvidenceKind, OrganisationType } from '../../gql/graphql';

export const evidenceKinds: readonly EvidenceKind[] = [
  'LAW',
  'POLICY',
  'REPORT',
  'DATASET',
  'WEBSITE',
  'MEDIA',
  'INTERVIEW',
];

export const confidentialities: readonly Confidentiality[] = ['PUBLIC', 'TEAM', 'MODERATORS'];

export const organisationTypes: readonly OrganisationType[] = [
  'GOVERNMENT',
  'CIVIL_SOCIETY',
  'UNDP',
  'DEVELOPMENT_PARTNER',
  'ACADEMIA',
  'OTHER',
];

export const isEvidenceKind = (value: unknown): value is EvidenceKind =>
  (evidenceKinds as readonly unknown[]).includes(value);

export const isConfidentiality = (value: unknown): value is Confidentiality =>
  (confidentialities as readonly unknown[]).includes(value);

// Fields only some kinds have (the API refuses them on the others).
export type KindField =
  'article' | 'page' | 'intervieweeCode' | 'organisationType' | 'consentRecorded' | 'notes';

export interface KindFields {
  // Fields of this kind besides those every item has.
  extra: readonly KindField[];
  // Shared fields this kind makes required.
  requires: readonly ('url' | 'date')[];
}

const interviewFields: readonly KindField[] = [
  'intervieweeCode',
  'organisationType',
  'consentRecorded',
  'notes',
];

// What each kind asks for, as the API's kind rules (evidence-rules.ts) decide it.
export function kindFields(kind: EvidenceKind): KindFields {
  switch (kind) {
    case 'LAW':
      return { extra: ['article'], requires: [] };
    case 'REPORT':
      return { extra: ['page'], requires: [] };
    case 'WEBSITE':
      return { extra: [], requires: ['url'] };
    case 'INTERVIEW':
      return { extra: interviewFields, requires: ['date'] };
    case 'POLICY':
    case 'DATASET':
    case 'MEDIA':
      return { extra: [], requires: [] };
  }
}

// Interview records hold personal data: never open to every member, moderators-only by default.
export const defaultConfidentiality = (kind: EvidenceKind): Confidentiality =>
  kind === 'INTERVIEW' ? 'MODERATORS' : 'TEAM';

export const allowedConfidentialities = (kind: EvidenceKind): readonly Confidentiality[] =>
  kind === 'INTERVIEW' ? ['TEAM', 'MODERATORS'] : confidentialities;

// The pinpoint a citation of the item starts from: the article of a law, the page of a report.
export function suggestedPinpoint(item: {
  kind: EvidenceKind;
  article: string | null;
  page: string | null;
}): string {
  if (item.kind === 'LAW') {
    return item.article ?? '';
  }
  return item.kind === 'REPORT' ? (item.page ?? '') : '';
}
