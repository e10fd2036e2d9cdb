import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import type { AssessmentMemberEntity } from '../members/assessment-member.entity.js';
import { AssessmentMemberObject, toMemberObject } from '../members/member.object.js';
import { MembersService } from '../members/members.service.js';
import { requireActor } from '../members/require-actor.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import { OrganisationObject, toOrganisationObject } from '../organisations/organisation.object.js';
import { RecommendationQueries } from './recommendation-queries.service.js';
import { RecommendationObject } from './recommendation.object.js';

// Fields of a recommendation its parent operation was allowed to return, loaded in batches.
@Resolver(() => RecommendationObject)
export class RecommendationRelationsResolver {
  // Keys of this resolver's DataLoaders in the request's set.
  private readonly organisationsKey = {};
  private readonly membersKey = {};

  constructor(
    private readonly queries: RecommendationQueries,
    private readonly members: MembersService,
  ) {}

  @ResolveField(() => OrganisationObject, { nullable: true })
  async responsibleOrganisation(
    @Parent() r: RecommendationObject,
    @Context() ctx: GraphqlContext,
  ): Promise<OrganisationObject | null> {
    if (!r.responsibleOrganisationId) {
      return null;
    }
    const loader = ctx.loaders.get(
      this.organisationsKey,
      () =>
        new DataLoader<string, OrganisationEntity | null>(async (ids) => {
          const rows = await this.queries.organisations(ids);
          return ids.map((id) => rows.find((o) => o.id === id) ?? null);
        }),
    );
    const organisation = await loader.load(r.responsibleOrganisationId);
    return organisation ? toOrganisationObject(organisation) : null;
  }

  @ResolveField(() => AssessmentMemberObject, {
    nullable: true,
    description: 'Who wrote it, as this viewer may see them; null when no longer a member',
  })
  createdBy(
    @Parent() r: RecommendationObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentMemberObject | null> {
    return this.member(r.assessmentId, r.creatorId, ctx);
  }

  @ResolveField(() => AssessmentMemberObject, {
    nullable: true,
    description: 'Who changed it last, as this viewer may see them',
  })
  updatedBy(
    @Parent() r: RecommendationObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentMemberObject | null> {
    return this.member(r.assessmentId, r.updaterId, ctx);
  }

  private async member(
    assessmentId: string,
    userId: string,
    ctx: GraphqlContext,
  ): Promise<AssessmentMemberObject | null> {
    const loader = ctx.loaders.get(
      this.membersKey,
      () =>
        new DataLoader<string, AssessmentMemberEntity[]>(async (ids) => {
          const rows = await this.members.membersOf(ids);
          return ids.map((id) => rows.filter((row) => row.assessmentId === id));
        }),
    );
    const found = (await loader.load(assessmentId)).find((m) => m.userId === userId);
    return found ? toMemberObject(found, requireActor(ctx)) : null;
  }
}
