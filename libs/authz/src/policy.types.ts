export type AssessmentRole = 'MODERATOR' | 'CONTRIBUTOR' | 'REVIEWER' | 'OBSERVER';

export type OrganisationType =
  'GOVERNMENT' | 'CIVIL_SOCIETY' | 'UNDP' | 'DEVELOPMENT_PARTNER' | 'ACADEMIA' | 'OTHER';

export interface Membership {
  role: AssessmentRole;
  // The organisation the person acts for in this assessment.
  organisationId: string | null;
}

// Everything a decision may depend on, loaded fresh for each request so that a role change or a
// removal applies to the very next one.
export interface Actor {
  userId: string;
  isPlatformAdmin: boolean;
  memberships: Readonly<Record<string, Membership>>;
}

export interface ElementAssignment {
  leadOrganisationId: string | null;
  contributingOrganisationIds: readonly string[];
  assignedUserIds: readonly string[];
}

// Who may read an evidence item: PUBLIC, every member; TEAM, members who work on the assessment
// (not observers); MODERATORS, the moderators. Its creator always may.
export type Confidentiality = 'PUBLIC' | 'TEAM' | 'MODERATORS';

export type Resource =
  | { kind: 'platform' }
  | { kind: 'assessment'; assessmentId: string }
  | { kind: 'element'; assessmentId: string; elementKey: string; assignment: ElementAssignment }
  | { kind: 'person'; userId: string; sharedAssessmentIds: readonly string[] }
  | {
      kind: 'evidence';
      assessmentId: string;
      confidentiality: Confidentiality;
      createdBy: string;
    };

export type PlatformAction = 'assessment.create' | 'audit.checkpoint' | 'users.manage';

export type AssessmentAction =
  | 'assessment.read'
  | 'assessment.update'
  | 'assessment.archive'
  | 'assessment.changePhase'
  | 'assessment.customise'
  | 'members.manage'
  | 'elements.assign'
  | 'audit.read'
  | 'evidence.create'
  | 'gaps.manage'
  | 'ratings.submit'
  | 'ratings.consolidate'
  | 'suggestions.decide'
  | 'comments.moderate'
  | 'workshops.manage'
  | 'workshops.vote'
  | 'recommendations.manage';

export type ElementAction = 'element.read' | 'element.edit' | 'element.comment' | 'element.suggest';

export type PersonAction = 'person.readEmail' | 'person.readIdentity';

export type EvidenceAction = 'evidence.read' | 'evidence.update';

export type Action =
  PlatformAction | AssessmentAction | ElementAction | PersonAction | EvidenceAction;
