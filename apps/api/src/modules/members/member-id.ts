import type { EntityManager } from 'typeorm';
import { badInput } from '../../core/errors/app-error.js';
import { AssessmentMemberEntity } from './assessment-member.entity.js';

// How other members are named in the API: by assessment and pseudonym number, never by user id, so
// that a pseudonymous person can be chosen (owner, mention) without revealing who they are.
export const memberIdOf = (m: Pick<AssessmentMemberEntity, 'assessmentId' | 'pseudonymNumber'>) =>
  `${m.assessmentId}:${m.pseudonymNumber}`;

// The user behind an AssessmentMember id ("assessmentId:pseudonymNumber") of this assessment.
export async function memberUserId(
  manager: EntityManager,
  assessmentId: string,
  memberId: string,
  field: string,
): Promise<string> {
  const [idPart, numberPart] = memberId.split(':');
  const member =
    idPart?.toLowerCase() === assessmentId
      ? await manager.findOneBy(AssessmentMemberEntity, {
          assessmentId,
          pseudonymNumber: Number(numberPart),
        })
      : null;
  if (!member) {
    throw badInput(field, 'Choose a member of this assessment');
  }
  return member.userId;
}
