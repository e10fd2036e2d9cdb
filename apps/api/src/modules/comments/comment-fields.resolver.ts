import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { AssessmentMemberObject } from '../members/member.object.js';
import { requireActor } from '../members/require-actor.js';
import { MemberAttribution } from '../members/member-attribution.js';
import { CommentObject } from './comment.object.js';

// Authors and mentioned members of a comment, as this viewer may see them.
@Resolver(() => CommentObject)
export class CommentFieldsResolver {
  constructor(private readonly attribution: MemberAttribution) {}

  @ResolveField(() => AssessmentMemberObject, {
    nullable: true,
    description: 'Null when no longer a member of the assessment',
  })
  author(
    @Parent() c: CommentObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentMemberObject | null> {
    return this.attribution.memberOf(ctx, requireActor(ctx), c.assessmentId, c.createdBy);
  }

  @ResolveField(() => [AssessmentMemberObject], { description: 'Members @-mentioned' })
  mentions(
    @Parent() c: CommentObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentMemberObject[]> {
    return this.attribution.membersOf(ctx, requireActor(ctx), c.assessmentId, c.mentionedUserIds);
  }
}
