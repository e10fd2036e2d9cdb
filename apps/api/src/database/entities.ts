import { AuditCheckpointEntity } from '../modules/audit/audit-checkpoint.entity.js';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { OidcLoginAttemptEntity } from '../modules/oidc/oidc-login-attempt.entity.js';
import { UserIdentityEntity } from '../modules/oidc/user-identity.entity.js';
import { AssessmentMemberEntity } from '../modules/members/assessment-member.entity.js';
import { ElementAssigneeEntity } from '../modules/members/element-assignment.entity.js';
import { InvitationEntity } from '../modules/invitations/invitation.entity.js';
import {
  OrganisationEntity,
  OrganisationMemberEntity,
} from '../modules/organisations/organisation.entity.js';
import { AssessmentEntity } from '../modules/assessments/assessment.entity.js';
import { AssessmentQuestionEntity } from '../modules/customisation/assessment-question.entity.js';
import { AssessmentSubElementEntity } from '../modules/customisation/assessment-sub-element.entity.js';

export const entities = [
  AssessmentEntity,
  AssessmentQuestionEntity,
  AssessmentSubElementEntity,
  AuditEventEntity,
  AuditCheckpointEntity,
  UserEntity,
  SessionEntity,
  UserIdentityEntity,
  OidcLoginAttemptEntity,
  OrganisationEntity,
  OrganisationMemberEntity,
  AssessmentMemberEntity,
  ElementAssigneeEntity,
  InvitationEntity,
];
