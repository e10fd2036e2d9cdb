import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AssessmentPolicy, Public } from '../../core/authz/policy.decorator.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { LoginPayload } from '../auth/dto/login.input.js';
import { setSessionCookie } from '../auth/session-token.js';
import { requireActor } from '../members/require-actor.js';
import { toUserObject } from '../users/user.object.js';
import { AcceptInvitationInput, acceptInvitationSchema } from './dto/accept-invitation.input.js';
import { InviteMemberInput, inviteMemberSchema } from './dto/invite-member.input.js';
import { InvitationAcceptanceService } from './invitation-acceptance.service.js';
import {
  InvitationObject,
  InvitationPreviewObject,
  toInvitationObject,
} from './invitation.object.js';
import { InvitationsService } from './invitations.service.js';

const assessmentIdOf = (raw: string): string => parseId(raw, 'Assessment', 'assessmentId');

@Resolver(() => InvitationObject)
export class InvitationsResolver {
  constructor(
    private readonly service: InvitationsService,
    private readonly acceptance: InvitationAcceptanceService,
  ) {}

  @AssessmentPolicy('members.manage', 'assessmentId')
  @Query(() => [InvitationObject])
  async invitations(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
  ): Promise<InvitationObject[]> {
    return (await this.service.list(assessmentIdOf(assessmentId))).map(toInvitationObject);
  }

  @AssessmentPolicy('members.manage', 'input.assessmentId')
  @Mutation(() => InvitationObject, { description: 'Emails a single-use link to join' })
  async inviteMember(
    @Args('input') input: InviteMemberInput,
    @Context() ctx: GraphqlContext,
  ): Promise<InvitationObject> {
    const v = parseInput(inviteMemberSchema, input);
    const invitation = await this.service.invite(requireActor(ctx), {
      ...v,
      assessmentId: assessmentIdOf(v.assessmentId),
    });
    return toInvitationObject(invitation);
  }

  @AssessmentPolicy('members.manage', 'assessmentId')
  @Mutation(() => InvitationObject)
  async revokeInvitation(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('invitationId', { type: () => ID }) invitationId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<InvitationObject> {
    const invitation = await this.service.revoke(
      requireActor(ctx),
      assessmentIdOf(assessmentId),
      parseId(invitationId, 'Invitation', 'invitationId'),
    );
    return toInvitationObject(invitation);
  }

  @Public()
  @Query(() => InvitationPreviewObject, {
    nullable: true,
    description: 'Null when the link has expired, was revoked or has already been used',
  })
  invitation(@Args('token') token: string): Promise<InvitationPreviewObject | null> {
    return this.acceptance.preview(token);
  }

  @Public()
  @Mutation(() => LoginPayload, { description: 'Joins the assessment and signs in' })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() ctx: GraphqlContext,
  ): Promise<LoginPayload> {
    const v = parseInput(acceptInvitationSchema, input);
    const result = await this.acceptance.accept(
      v,
      ctx.req.ip ?? 'unknown',
      ctx.req.auth?.user ?? null,
    );
    setSessionCookie(ctx.req, ctx.res, result);
    return { token: result.token, user: toUserObject(result.user, result.user) };
  }
}
