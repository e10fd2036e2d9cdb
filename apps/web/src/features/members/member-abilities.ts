import { mayGrantRole } from '@idgov/authz';
import type {
  AssessmentRole,
  Attribution,
  InvitationStatus,
  MemberFieldsFragment,
} from '../../gql/graphql';

export type Member = MemberFieldsFragment;

export const assessmentRoles: readonly AssessmentRole[] = [
  'MODERATOR',
  'CONTRIBUTOR',
  'REVIEWER',
  'OBSERVER',
];

export const attributions: readonly Attribution[] = ['NAME', 'ORGANISATION', 'PSEUDONYM'];

export interface Viewer {
  isPlatformAdmin: boolean;
}

// The policy's rule (moderators are appointed by platform administrators only), as the API
// applies it.
export function grantableRoles(viewer: Viewer): AssessmentRole[] {
  return assessmentRoles.filter((role) => mayGrantRole(viewer, role));
}

export const mayManageMembers = (permissions: readonly string[]): boolean =>
  permissions.includes('members.manage');

export interface MemberControls {
  // Roles the member may be given, their current one included; empty when nothing can change.
  roles: AssessmentRole[];
  remove: boolean;
}

const noControls: MemberControls = { roles: [], remove: false };

// What the viewer may change about one member. Members are addressed by user id, which the API
// gives only to those who may see identities; nobody changes their own membership from here.
export function memberControls(
  permissions: readonly string[],
  viewer: Viewer,
  member: Pick<Member, 'role' | 'userId' | 'isYou'>,
): MemberControls {
  if (!mayManageMembers(permissions) || member.userId === null || member.isYou) {
    return noControls;
  }
  const roles = grantableRoles(viewer);
  if (!roles.includes(member.role)) {
    return noControls;
  }
  return { roles, remove: true };
}

// Only civil-society members may appear by organisation or pseudonym (the API refuses others).
export function mayChooseAttribution(member: Pick<Member, 'isYou' | 'organisation'>): boolean {
  return member.isYou && member.organisation?.type === 'CIVIL_SOCIETY';
}

// An open invitation can be withdrawn by whoever could have sent it (moderator invitations by
// platform administrators only).
export function mayRevokeInvitation(
  viewer: Viewer,
  invitation: { role: AssessmentRole; status: InvitationStatus },
): boolean {
  return invitation.status === 'PENDING' && grantableRoles(viewer).includes(invitation.role);
}
