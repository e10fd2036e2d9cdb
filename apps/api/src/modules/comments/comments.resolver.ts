import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { z } from 'zod';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { AssessmentMemberObject } from '../members/member.object.js';
import { requireActor } from '../members/require-actor.js';
import { MemberAttribution } from '../members/member-attribution.js';
import { CommentModerationService } from './comment-moderation.service.js';
import {
  CommentObject,
  CommentThreadObject,
  toCommentObject,
  toThreadObject,
} from './comment.object.js';
import { CommentQueryService } from './comment-query.service.js';
import { CommentsService } from './comments.service.js';
import {
  CreateCommentThreadInput,
  createCommentThreadSchema,
  EditCommentInput,
  editCommentSchema,
  hideReasonSchema,
  ReplyToCommentThreadInput,
  replyToCommentThreadSchema,
} from './dto/comment.inputs.js';

const assessmentIdOf = (raw: string) => parseId(raw, 'Assessment', 'assessmentId');
const threadIdOf = (raw: string) => parseId(raw, 'Thread', 'threadId');
const commentIdOf = (raw: string) => parseId(raw, 'Comment', 'commentId');
const threadFilterSchema = z.object({
  elementKey: z.string().trim().min(1).max(64).nullish(),
  subElementKey: z.string().trim().min(1).max(120).nullish(),
  questionKey: z.string().trim().min(1).max(160).nullish(),
  includeResolved: z.boolean().nullish(),
});

// Every member reads threads (observers too); commenting is checked against the element in the
// service (element.comment), hiding is for moderators (comments.moderate).
@Resolver(() => CommentThreadObject)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly moderation: CommentModerationService,
    private readonly query: CommentQueryService,
    private readonly attribution: MemberAttribution,
  ) {}

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => [CommentThreadObject], { description: 'Comment threads, oldest first' })
  async commentThreads(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('elementKey', { type: () => String, nullable: true }) elementKey: string | null,
    @Args('subElementKey', { type: () => String, nullable: true }) subElementKey: string | null,
    @Args('questionKey', { type: () => String, nullable: true }) questionKey: string | null,
    @Args('includeResolved', { type: () => Boolean, nullable: true })
    includeResolved: boolean | null,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentThreadObject[]> {
    const actor = requireActor(ctx);
    const f = parseInput(threadFilterSchema, {
      elementKey,
      subElementKey,
      questionKey,
      includeResolved,
    });
    const threads = await this.query.threads(assessmentIdOf(assessmentId), {
      elementKey: f.elementKey ?? null,
      subElementKey: f.subElementKey ?? null,
      questionKey: f.questionKey ?? null,
      includeResolved: f.includeResolved ?? true,
    });
    return threads.map((t) => toThreadObject(t, actor));
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => [CommentThreadObject], {
    description: 'Unresolved threads in which the viewer is mentioned, newest first',
  })
  async myMentions(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentThreadObject[]> {
    const actor = requireActor(ctx);
    const threads = await this.query.mentioning(assessmentIdOf(assessmentId), actor.userId);
    return threads.map((t) => toThreadObject(t, actor));
  }

  @AssessmentPolicy('assessment.read', 'input.assessmentId')
  @Mutation(() => CommentThreadObject, {
    description: 'Starts a thread on a sub-element or question, with its first comment',
  })
  async createCommentThread(
    @Args('input') input: CreateCommentThreadInput,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentThreadObject> {
    const actor = requireActor(ctx);
    const v = parseInput(createCommentThreadSchema, input);
    const assessmentId = assessmentIdOf(v.assessmentId);
    const id = await this.comments.createThread(actor, assessmentId, v);
    return this.threadObject(ctx, assessmentId, id);
  }

  @AssessmentPolicy('assessment.read', 'input.assessmentId')
  @Mutation(() => CommentObject)
  async replyToCommentThread(
    @Args('input') input: ReplyToCommentThreadInput,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentObject> {
    const actor = requireActor(ctx);
    const v = parseInput(replyToCommentThreadSchema, input);
    const assessmentId = assessmentIdOf(v.assessmentId);
    const id = await this.comments.reply(actor, assessmentId, threadIdOf(v.threadId), v);
    return this.commentObject(ctx, assessmentId, id);
  }

  @AssessmentPolicy('assessment.read', 'input.assessmentId')
  @Mutation(() => CommentObject, {
    description: 'Its author rewrites a comment (editedAt is kept)',
  })
  async editComment(
    @Args('input') input: EditCommentInput,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentObject> {
    const actor = requireActor(ctx);
    const v = parseInput(editCommentSchema, input);
    const assessmentId = assessmentIdOf(v.assessmentId);
    const id = await this.comments.edit(actor, assessmentId, commentIdOf(v.commentId), v);
    return this.commentObject(ctx, assessmentId, id);
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Mutation(() => CommentThreadObject, { description: 'Who started the thread, or a moderator' })
  resolveCommentThread(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentThreadObject> {
    return this.setResolved(ctx, assessmentId, threadId, true);
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Mutation(() => CommentThreadObject, { description: 'Who started the thread, or a moderator' })
  reopenCommentThread(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentThreadObject> {
    return this.setResolved(ctx, assessmentId, threadId, false);
  }

  @AssessmentPolicy('comments.moderate', 'assessmentId')
  @Mutation(() => CommentObject, {
    description: 'Hides a comment’s text from everyone but moderators, with a reason all see',
  })
  async hideComment(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('reason') reason: string,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentObject> {
    const r = parseInput(z.object({ reason: hideReasonSchema }), { reason }).reason;
    return this.setHidden(ctx, assessmentId, commentId, r);
  }

  @AssessmentPolicy('comments.moderate', 'assessmentId')
  @Mutation(() => CommentObject)
  unhideComment(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentObject> {
    return this.setHidden(ctx, assessmentId, commentId, null);
  }

  @ResolveField(() => AssessmentMemberObject, { nullable: true, description: 'Who started it' })
  author(@Parent() t: CommentThreadObject, @Context() ctx: GraphqlContext) {
    return this.attribution.memberOf(ctx, requireActor(ctx), t.assessmentId, t.createdBy);
  }

  @ResolveField(() => AssessmentMemberObject, { nullable: true })
  resolvedBy(@Parent() t: CommentThreadObject, @Context() ctx: GraphqlContext) {
    return this.attribution.memberOf(ctx, requireActor(ctx), t.assessmentId, t.resolvedBy);
  }

  private async setResolved(
    ctx: GraphqlContext,
    rawAssessmentId: string,
    rawThreadId: string,
    resolved: boolean,
  ): Promise<CommentThreadObject> {
    const assessmentId = assessmentIdOf(rawAssessmentId);
    const threadId = threadIdOf(rawThreadId);
    await this.moderation.setResolved(requireActor(ctx), assessmentId, threadId, resolved);
    return this.threadObject(ctx, assessmentId, threadId);
  }

  private async setHidden(
    ctx: GraphqlContext,
    rawAssessmentId: string,
    rawCommentId: string,
    reason: string | null,
  ): Promise<CommentObject> {
    const assessmentId = assessmentIdOf(rawAssessmentId);
    const commentId = commentIdOf(rawCommentId);
    await this.moderation.setHidden(requireActor(ctx), assessmentId, commentId, reason);
    return this.commentObject(ctx, assessmentId, commentId);
  }

  private async threadObject(ctx: GraphqlContext, assessmentId: string, id: string) {
    const loaded = await this.query.thread(this.query.manager, assessmentId, id);
    return toThreadObject(loaded, requireActor(ctx));
  }

  private async commentObject(ctx: GraphqlContext, assessmentId: string, id: string) {
    const loaded = await this.query.comment(this.query.manager, assessmentId, id);
    return toCommentObject(loaded, assessmentId, requireActor(ctx));
  }
}
