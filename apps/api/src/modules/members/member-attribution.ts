import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import type { AssessmentMemberEntity } from './assessment-member.entity.js';
import { toMemberObject, type AssessmentMemberObject } from './member.object.js';
import { MembersService } from './members.service.js';

// People named by rows of other modules (authors, deciders, owners, mentioned people), shown as members of the assessment
// the way this viewer may see them (the members module decides name, organisation or pseudonym);
// one query per request and assessment.
@Injectable()
export class MemberAttribution {
  constructor(private readonly members: MembersService) {}

  async memberOf(
    ctx: GraphqlContext,
    viewer: Actor,
    assessmentId: string,
    userId: string | null,
  ): Promise<AssessmentMemberObject | null> {
    if (userId === null) {
      return null;
    }
    const members = await this.loader(ctx).load(assessmentId);
    const member = members.find((m) => m.userId === userId);
    return member ? toMemberObject(member, viewer) : null;
  }

  async membersOf(
    ctx: GraphqlContext,
    viewer: Actor,
    assessmentId: string,
    userIds: readonly string[],
  ): Promise<AssessmentMemberObject[]> {
    const members = await this.loader(ctx).load(assessmentId);
    return members.filter((m) => userIds.includes(m.userId)).map((m) => toMemberObject(m, viewer));
  }

  private loader(ctx: GraphqlContext): DataLoader<string, AssessmentMemberEntity[]> {
    return ctx.loaders.get(
      MemberAttribution,
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.members.membersOf(ids);
          return ids.map((id) => rows.filter((row) => row.assessmentId === id));
        }),
    );
  }
}
