import type { Actor, AssessmentRole, OrganisationType } from '@idgov/authz';
import { trainingCountryCode } from '@idgov/framework';
import type { MembersService } from '../../modules/members/members.service.js';
import type { OrganisationsService } from '../../modules/organisations/organisations.service.js';
import type { UserEntity } from '../../modules/users/user.entity.js';

type OrgKey = 'undp' | 'ministry' | 'cso';

const demoOrganisations: Record<OrgKey, { name: string; type: OrganisationType }> = {
  undp: { name: 'UNDP Country Office, Republic of Example', type: 'UNDP' },
  ministry: { name: 'Ministry of Interior, Republic of Example', type: 'GOVERNMENT' },
  cso: { name: 'Open Identity Watch', type: 'CIVIL_SOCIETY' },
};

// Who plays which part in the demo assessment, by account email.
const demoRoles: Record<string, { role: AssessmentRole; org: OrgKey | null }> = {
  'moderator@demo.local': { role: 'MODERATOR', org: 'undp' },
  'ministry@demo.local': { role: 'CONTRIBUTOR', org: 'ministry' },
  'cso@demo.local': { role: 'CONTRIBUTOR', org: 'cso' },
  'reviewer@demo.local': { role: 'REVIEWER', org: 'undp' },
  'observer@demo.local': { role: 'OBSERVER', org: null },
};

// Lead and contributing organisations per element, so that each contributor has something to
// edit and something they may only read.
const demoAssignments: { element: string; lead: OrgKey; contributing: OrgKey[] }[] = [
  { element: 'legal-and-regulatory-framework', lead: 'ministry', contributing: ['cso'] },
  { element: 'capable-institutions', lead: 'ministry', contributing: [] },
  { element: 'data-protection-and-privacy', lead: 'ministry', contributing: ['cso'] },
  { element: 'equality-and-non-discrimination', lead: 'cso', contributing: [] },
  { element: 'participation-and-access-to-information', lead: 'cso', contributing: ['ministry'] },
];

export async function seedDemoTeam(
  deps: { members: MembersService; organisations: OrganisationsService },
  assessmentId: string,
  admin: UserEntity,
  usersByEmail: ReadonlyMap<string, UserEntity>,
): Promise<void> {
  const actor: Actor = { userId: admin.id, isPlatformAdmin: true, memberships: {} };
  const orgIds = {} as Record<OrgKey, string>;
  for (const [key, org] of Object.entries(demoOrganisations) as [
    OrgKey,
    typeof demoOrganisations.undp,
  ][]) {
    orgIds[key] = (await deps.organisations.create({ ...org, country: trainingCountryCode })).id;
  }
  for (const [email, { role, org }] of Object.entries(demoRoles)) {
    const user = usersByEmail.get(email);
    if (!user) {
      continue;
    }
    const organisationId = org ? orgIds[org] : null;
    if (organisationId) {
      await deps.organisations.addMember(organisationId, user.id);
    }
    await deps.members.add(actor, assessmentId, { userId: user.id, role, organisationId });
  }
  const cso = usersByEmail.get('cso@demo.local');
  if (cso) {
    // Shows pseudonymity from the first start: government members see "Civil society contributor".
    await deps.members.setAttribution(
      { userId: cso.id, isPlatformAdmin: false, memberships: {} },
      assessmentId,
      'PSEUDONYM',
    );
  }
  for (const a of demoAssignments) {
    await deps.members.assign(assessmentId, a.element, {
      leadOrganisationId: orgIds[a.lead],
      contributingOrganisationIds: a.contributing.map((k) => orgIds[k]),
      assignedUserIds: [],
    });
  }
}
