import { ratings, type Rating } from '@idgov/assessment-doc';
import type { OrganisationType } from '@idgov/authz';

// Gaps derived from the element documents, and the kind of a gap raised by hand.
export const derivedGapKinds = ['NO_ANSWER', 'NO_EVIDENCE', 'RATING_UNKNOWN'] as const;
export type DerivedGapKind = (typeof derivedGapKinds)[number];
export const gapKinds = [...derivedGapKinds, 'TRACKED'] as const;
export type GapKind = (typeof gapKinds)[number];

export const gapStatuses = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const;
export type GapStatus = (typeof gapStatuses)[number];

export const stakeholderGroups = ['GOVERNMENT', 'CIVIL_SOCIETY', 'UNDP', 'OTHER'] as const;
export type StakeholderGroup = (typeof stakeholderGroups)[number];

// The scale of split and consolidated ratings is the element documents' one.
export const ratingScale: readonly Rating[] = ratings;
export type { Rating };

// Which group a member rates for, from their organisation in this assessment at the time.
export function groupOf(type: OrganisationType | null | undefined): StakeholderGroup {
  return type === 'GOVERNMENT' || type === 'CIVIL_SOCIETY' || type === 'UNDP' ? type : 'OTHER';
}

// SQL list for CHECK constraints, from the same constants as the types.
export const sqlList = (values: readonly string[]): string =>
  values.map((v) => `'${v}'`).join(', ');
