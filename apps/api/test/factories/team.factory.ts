import type { AssessmentRole, OrganisationType } from '@idgov/authz';
import { AuthService } from '../../src/modules/auth/auth.service.js';
import type { UserEntity } from '../../src/modules/users/user.entity.js';
import { expectData, type TestApp } from '../support/test-app.js';
import { createAssessment, type AssessmentResult } from './assessment.factory.js';
import { createUser, testPassword } from './user.factory.js';

export interface Person {
  user: UserEntity;
  token: string;
}

export interface Team {
  assessment: AssessmentResult;
  other: AssessmentResult;
  orgs: { ministry: string; cso: string; undp: string };
  moderator: Person;
  ministry: Person;
  cso: Person;
  reviewer: Person;
  observer: Person;
  // A moderator of another assessment, who must learn nothing about this one.
  outsider: Person;
  // Assigned to the ministry (lead) and so editable by its contributors only.
  assignedElement: string;
  // Assigned to nobody: only moderators edit it.
  unassignedElement: string;
}

let counter = 0;

export async function createOrganisation(
  t: TestApp,
  type: OrganisationType,
  name = `${type} organisation ${++counter}`,
): Promise<string> {
  const data = expectData(
    await t.gql<{ createOrganisation: { id: string } }>(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { name, type, country: 'ZM' } },
    ),
  );
  return data.createOrganisation.id;
}

export async function signIn(t: TestApp, user: UserEntity): Promise<string> {
  return (await t.app.get(AuthService).login(user.email, testPassword, `test-${user.id}`)).token;
}

export async function addMember(
  t: TestApp,
  assessmentId: string,
  userId: string,
  role: AssessmentRole,
  organisationId: string | null = null,
): Promise<void> {
  expectData(
    await t.gql(
      `mutation($input: AddAssessmentMemberInput!) { addAssessmentMember(input: $input) { id } }`,
      { input: { assessmentId, userId, role, organisationId } },
    ),
  );
}

async function person(
  t: TestApp,
  assessmentId: string,
  role: AssessmentRole,
  organisationId: string | null,
  name: string,
): Promise<Person> {
  const user = await createUser(t, { displayName: name });
  await addMember(t, assessmentId, user.id, role, organisationId);
  return { user, token: await signIn(t, user) };
}

// One assessment with a member in every role, from three kinds of organisation, and a second
// assessment run by someone else.
export async function createTeam(t: TestApp): Promise<Team> {
  const assessment = await createAssessment(t);
  const other = await createAssessment(t, { title: 'Another country' });
  const orgs = {
    ministry: await createOrganisation(t, 'GOVERNMENT'),
    cso: await createOrganisation(t, 'CIVIL_SOCIETY'),
    undp: await createOrganisation(t, 'UNDP'),
  };
  const team: Team = {
    assessment,
    other,
    orgs,
    moderator: await person(t, assessment.id, 'MODERATOR', orgs.undp, 'Mona Moderator'),
    ministry: await person(t, assessment.id, 'CONTRIBUTOR', orgs.ministry, 'Mika Ministry'),
    cso: await person(t, assessment.id, 'CONTRIBUTOR', orgs.cso, 'Cleo Civil'),
    reviewer: await person(t, assessment.id, 'REVIEWER', orgs.undp, 'Rafa Reviewer'),
    observer: await person(t, assessment.id, 'OBSERVER', null, 'Omar Observer'),
    outsider: await person(t, other.id, 'MODERATOR', orgs.undp, 'Otto Outsider'),
    assignedElement: 'legal-and-regulatory-framework',
    unassignedElement: 'user-value',
  };
  expectData(
    await t.gql(`mutation($input: AssignElementInput!) { assignElement(input: $input) }`, {
      input: {
        assessmentId: assessment.id,
        elementKey: team.assignedElement,
        leadOrganisationId: orgs.ministry,
      },
    }),
  );
  return team;
}
