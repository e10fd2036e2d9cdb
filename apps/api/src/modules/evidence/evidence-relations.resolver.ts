import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import type { AssessmentMemberEntity } from '../members/assessment-member.entity.js';
import { AssessmentMemberObject, toMemberObject } from '../members/member.object.js';
import { MembersService } from '../members/members.service.js';
import { requireActor } from '../members/require-actor.js';
import { EvidenceFileObject, toEvidenceFileObject } from './evidence-file.object.js';
import type { EvidenceFileEntity } from './evidence-file.entity.js';
import { EvidenceQueryService } from './evidence-query.service.js';
import { EvidenceObject } from './evidence.object.js';

// Fields of an item its parent operation was allowed to return, loaded in batches per request.
@Resolver(() => EvidenceObject)
export class EvidenceRelationsResolver {
  // Keys of this resolver's DataLoaders in the request's set.
  private readonly filesKey = {};
  private readonly membersKey = {};

  constructor(
    private readonly queries: EvidenceQueryService,
    private readonly members: MembersService,
  ) {}

  @ResolveField(() => [EvidenceFileObject], { description: 'Oldest first' })
  async files(
    @Parent() evidence: EvidenceObject,
    @Context() ctx: GraphqlContext,
  ): Promise<EvidenceFileObject[]> {
    const loader = ctx.loaders.get(
      this.filesKey,
      () =>
        new DataLoader<string, EvidenceFileEntity[]>(async (ids) => {
          const byEvidence = await this.queries.filesOf(ids);
          return ids.map((id) => byEvidence.get(id) ?? []);
        }),
    );
    const files = await loader.load(evidence.id);
    return files.map((file) => toEvidenceFileObject(file, evidence.assessmentId));
  }

  @ResolveField(() => AssessmentMemberObject, {
    nullable: true,
    description:
      'Who added it, as this viewer may see them (name, organisation or pseudonym); null when ' +
      'they are not a member of the assessment (any more)',
  })
  async createdBy(
    @Parent() evidence: EvidenceObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentMemberObject | null> {
    const actor = requireActor(ctx);
    const members = await this.membersLoader(ctx).load(evidence.assessmentId);
    const creator = members.find((m) => m.userId === evidence.creatorId);
    return creator ? toMemberObject(creator, actor) : null;
  }

  private membersLoader(ctx: GraphqlContext): DataLoader<string, AssessmentMemberEntity[]> {
    return ctx.loaders.get(
      this.membersKey,
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.members.membersOf(ids);
          return ids.map((id) => rows.filter((row) => row.assessmentId === id));
        }),
    );
  }
}
