import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import type { AssessmentMemberEntity } from '../members/assessment-member.entity.js';
import { toMemberObject, type AssessmentMemberObject } from '../members/member.object.js';
import { MembersService } from '../members/members.service.js';
import { requireActor } from '../members/require-actor.js';

// People named by analysis rows (owners, authors, moderators), shown as the members module
// attributes them to this viewer; null when they are no longer members. One load per request.
@Injectable()
export class MemberLookup {
  private readonly key = {};

  constructor(private readonly members: MembersService) {}

  async find(
    ctx: GraphqlContext,
    assessmentId: string,
    userId: string | null,
  ): Promise<AssessmentMemberObject | null> {
    if (!userId) {
      return null;
    }
    const loader = ctx.loaders.get(
      this.key,
      () =>
        new DataLoader<string, AssessmentMemberEntity[]>(async (ids) => {
          const rows = await this.members.membersOf(ids);
          return ids.map((id) => rows.filter((row) => row.assessmentId === id));
        }),
    );
    const member = (await loader.load(assessmentId)).find((m) => m.userId === userId);
    return member ? toMemberObject(member, requireActor(ctx)) : null;
  }
}
