import { buildInviteInput, inviteMember } from '../../factories/invitation.factory.js';
import { createTeam, signIn } from '../../factories/team.factory.js';
import { createUser } from '../../factories/user.factory.js';
import type { MailCatcher } from '../mail-catcher.js';
import { expectData, type TestApp } from '../test-app.js';
import type { MatrixActor, MatrixContext } from './matrix.types.js';

export async function createMatrixContext(t: TestApp, mail: MailCatcher): Promise<MatrixContext> {
  const team = await createTeam(t);
  const admin = await createUser(t, { isPlatformAdmin: true, displayName: 'Ada Admin' });
  const people = {
    admin,
    moderator: team.moderator.user,
    ministry: team.ministry.user,
    cso: team.cso.user,
    reviewer: team.reviewer.user,
    observer: team.observer.user,
    outsider: team.outsider.user,
  };
  const tokens: Record<MatrixActor, string | null> = {
    anonymous: null,
    admin: await signIn(t, admin),
    moderator: team.moderator.token,
    ministry: team.ministry.token,
    cso: team.cso.token,
    reviewer: team.reviewer.token,
    observer: team.observer.token,
    outsider: team.outsider.token,
  };
  return {
    t,
    team,
    tokenOf: (actor) => tokens[actor],
    freshTokenOf: (actor) =>
      actor === 'anonymous' ? Promise.resolve(null) : signIn(t, people[actor]),
    arrange: async <T>(query: string, variables?: Record<string, unknown>) =>
      expectData(await t.gql<T>(query, variables, tokens.admin)),
    invite: async (assessmentId, role = 'CONTRIBUTOR') => {
      const sent = await inviteMember(
        t,
        mail,
        buildInviteInput(assessmentId, { role }),
        tokens.admin ?? undefined,
      );
      return { id: sent.invitation.id, token: sent.token };
    },
  };
}
