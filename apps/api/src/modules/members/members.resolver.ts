import { assessmentActions, can, type AssessmentRole } from '@idgov/authz';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { AssessmentObject } from '../assessments/assessment.object.js';
import { FrameworkService } from '../framework/framework.service.js';
import type { AssessmentMemberEntity, Attribution } from './assessment-member.entity.js';
import {
  AddAssessmentMemberInput,
  addMemberSchema,
  AssignElementInput,
  assignElementSchema,
} from './dto/member.inputs.js';
import {
  ElementAssignmentObject,
  toAssignments,
  viewerElementActions,
} from './element-assignment.object.js';
import {
  AssessmentMemberObject,
  AssessmentRoleEnum,
  AttributionEnum,
  toMemberObject,
} from './member.object.js';
import { MembersService } from './members.service.js';
import { requireActor } from './require-actor.js';

const id = (raw: string, field = 'assessmentId'): string => parseId(raw, 'Assessment', field);

@Resolver(() => AssessmentObject)
export class MembersResolver {
  constructor(
    private readonly service: MembersService,
    private readonly frameworks: FrameworkService,
  ) {}

  @ResolveField(() => [AssessmentMemberObject])
  async members(
    @Parent() a: AssessmentObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentMemberObject[]> {
    const actor = requireActor(ctx);
    return (await this.membersLoader(ctx).load(a.id)).map((m) => toMemberObject(m, actor));
  }

  @ResolveField(() => [ElementAssignmentObject])
  async elementAssignments(
    @Parent() a: AssessmentObject,
    @Context() ctx: GraphqlContext,
  ): Promise<ElementAssignmentObject[]> {
    const actor = requireActor(ctx);
    const loader = ctx.loaders.get(
      this,
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.service.assigneesOf(ids);
          return ids.map((i) => rows.filter((r) => r.assessmentId === i));
        }),
    );
    const keys = this.frameworks.current().elements.map((e) => e.key);
    // People assigned in person are named only to those who may see who they are.
    const visible = new Set(
      (await this.membersLoader(ctx).load(a.id))
        .map((m) => toMemberObject(m, actor).userId)
        .filter((userId) => userId !== null),
    );
    return toAssignments(keys, await loader.load(a.id)).map((assignment) => ({
      ...assignment,
      assignedUserIds: assignment.assignedUserIds.filter((userId) => visible.has(userId)),
      viewerActions: viewerElementActions(actor, a.id, assignment),
    }));
  }

  @ResolveField(() => [String], { description: 'Assessment-level actions the viewer may take' })
  permissions(@Parent() a: AssessmentObject, @Context() ctx: GraphqlContext): string[] {
    const actor = requireActor(ctx);
    return assessmentActions.filter((action) =>
      can(actor, action, { kind: 'assessment', assessmentId: a.id }),
    );
  }

  private membersLoader(ctx: GraphqlContext): DataLoader<string, AssessmentMemberEntity[]> {
    return ctx.loaders.get(
      this.service,
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.service.membersOf(ids);
          return ids.map((i) => rows.filter((r) => r.assessmentId === i));
        }),
    );
  }

  @AssessmentPolicy('members.manage', 'input.assessmentId')
  @Mutation(() => AssessmentMemberObject)
  async addAssessmentMember(
    @Args('input') input: AddAssessmentMemberInput,
    @Context() ctx: GraphqlContext,
  ) {
    const v = parseInput(addMemberSchema, input);
    const actor = requireActor(ctx);
    return toMemberObject(await this.service.add(actor, id(v.assessmentId), v), actor);
  }

  @AssessmentPolicy('members.manage', 'assessmentId')
  @Mutation(() => AssessmentMemberObject)
  async changeAssessmentMemberRole(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => AssessmentRoleEnum }) role: AssessmentRole,
    @Context() ctx: GraphqlContext,
  ) {
    const actor = requireActor(ctx);
    const member = await this.service.changeRole(
      actor,
      id(assessmentId),
      parseId(userId, 'Member', 'userId'),
      role,
    );
    return toMemberObject(member ?? unreachable(), actor);
  }

  @AssessmentPolicy('members.manage', 'assessmentId')
  @Mutation(() => Boolean)
  async removeAssessmentMember(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.service.changeRole(
      requireActor(ctx),
      id(assessmentId),
      parseId(userId, 'Member', 'userId'),
      null,
    );
    return true;
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Mutation(() => AssessmentMemberObject, { description: 'How other members see you here' })
  async setMyAttribution(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('attribution', { type: () => AttributionEnum }) attribution: Attribution,
    @Context() ctx: GraphqlContext,
  ) {
    const actor = requireActor(ctx);
    return toMemberObject(
      await this.service.setAttribution(actor, id(assessmentId), attribution),
      actor,
    );
  }

  @AssessmentPolicy('elements.assign', 'input.assessmentId')
  @Mutation(() => Boolean)
  async assignElement(@Args('input') input: AssignElementInput): Promise<boolean> {
    const v = parseInput(assignElementSchema, input);
    await this.service.assign(id(v.assessmentId), v.elementKey, {
      leadOrganisationId: v.leadOrganisationId,
      contributingOrganisationIds: v.contributingOrganisationIds,
      assignedUserIds: v.userIds,
    });
    return true;
  }
}

function unreachable(): never {
  throw new Error('a role change returned no member');
}
