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
import { CollabSnapshotEntity } from '../modules/collab/collab-snapshot.entity.js';
import { CollabTokenEntity } from '../modules/collab/collab-token.entity.js';
import { CollabUpdateEntity } from '../modules/collab/collab-update.entity.js';
import { AssessmentSubElementEntity } from '../modules/customisation/assessment-sub-element.entity.js';
import { ElementProgressEntity } from '../modules/progress/element-progress.entity.js';
import { ElementVersionEntity } from '../modules/versions/element-version.entity.js';
import { EvidenceEntity } from '../modules/evidence/evidence.entity.js';
import { EvidenceFileEntity } from '../modules/evidence/evidence-file.entity.js';
import { RecommendationEntity } from '../modules/recommendations/recommendation.entity.js';
import { WorkshopEntity } from '../modules/workshops/workshop.entity.js';
import { WorkshopItemEntity } from '../modules/workshops/workshop-item.entity.js';
import { WorkshopParticipantEntity } from '../modules/workshops/workshop-participant.entity.js';
import { WorkshopVoteEntity } from '../modules/workshops/workshop-vote.entity.js';
import { SuggestionEntity } from '../modules/suggestions/suggestion.entity.js';
import { CommentThreadEntity } from '../modules/comments/comment-thread.entity.js';
import { CommentEntity } from '../modules/comments/comment.entity.js';
import { CommentMentionEntity } from '../modules/comments/comment-mention.entity.js';
import { AnalysisGapEntity } from '../modules/analysis/analysis-gap.entity.js';
import { ConsolidatedRatingEntity } from '../modules/analysis/consolidated-rating.entity.js';
import { StakeholderRatingEntity } from '../modules/analysis/stakeholder-rating.entity.js';

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
  CollabTokenEntity,
  CollabUpdateEntity,
  CollabSnapshotEntity,
  ElementProgressEntity,
  ElementVersionEntity,
  EvidenceEntity,
  EvidenceFileEntity,
  RecommendationEntity,
  WorkshopEntity,
  WorkshopItemEntity,
  WorkshopParticipantEntity,
  WorkshopVoteEntity,
  SuggestionEntity,
  CommentThreadEntity,
  CommentEntity,
  CommentMentionEntity,
  AnalysisGapEntity,
  StakeholderRatingEntity,
  ConsolidatedRatingEntity,
];
