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
import DataLoader from 'dataloader';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import type { AssessmentMemberEntity } from '../members/assessment-member.entity.js';
import { AssessmentMemberObject, toMemberObject } from '../members/member.object.js';
import { MembersService } from '../members/members.service.js';
import { requireActor } from '../members/require-actor.js';
import {
  CreateElementVersionInput,
  createElementVersionSchema,
} from './dto/create-element-version.input.js';
import {
  ElementVersionObject,
  RestoredElementVersionObject,
  toElementVersionObject,
} from './element-version.object.js';
import { ElementVersionComparisonObject } from './version-comparison.object.js';
import { VersionComparisonService } from './version-comparison.service.js';
import { VersionsService } from './versions.service.js';

const assessmentIdOf = (raw: string) => parseId(raw, 'Assessment', 'assessmentId');

// Listing and comparing are for anyone who may read the assessment; naming and restoring are
// checked against the element's editors in the service (the guard only hides the assessment).
@Resolver(() => ElementVersionObject)
export class VersionsResolver {
  constructor(
    private readonly versions: VersionsService,
    private readonly comparisons: VersionComparisonService,
    private readonly members: MembersService,
  ) {}

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => [ElementVersionObject], {
    description: 'Named versions of an element, newest first',
  })
  async elementVersions(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('elementKey') elementKey: string,
    @Context() ctx: GraphqlContext,
  ): Promise<ElementVersionObject[]> {
    const actor = requireActor(ctx);
    const rows = await this.versions.list(actor, assessmentIdOf(assessmentId), elementKey);
    return rows.map((row) => toElementVersionObject(row, actor));
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => ElementVersionComparisonObject, {
    description: 'What changed from one version to another, or to the live document (no `to`)',
  })
  async compareElementVersions(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('elementKey') elementKey: string,
    @Args('fromVersionId', { type: () => ID }) fromVersionId: string,
    @Args('toVersionId', { type: () => ID, nullable: true }) toVersionId: string | null,
    @Context() ctx: GraphqlContext,
  ): Promise<ElementVersionComparisonObject> {
    const actor = requireActor(ctx);
    const { from, to, changes } = await this.comparisons.compare(
      actor,
      assessmentIdOf(assessmentId),
      elementKey,
      parseId(fromVersionId, 'Version', 'fromVersionId'),
      toVersionId ? parseId(toVersionId, 'Version', 'toVersionId') : null,
    );
    return {
      from: toElementVersionObject(from, actor),
      to: to && toElementVersionObject(to, actor),
      changes,
    };
  }

  @AssessmentPolicy('assessment.read', 'input.assessmentId')
  @Mutation(() => ElementVersionObject, {
    description: 'Names the live document as it is now (for those who may edit the element)',
  })
  async createElementVersion(
    @Args('input') input: CreateElementVersionInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ElementVersionObject> {
    const v = parseInput(createElementVersionSchema, input);
    const actor = requireActor(ctx);
    const version = await this.versions.create(actor, assessmentIdOf(v.assessmentId), v);
    return toElementVersionObject(version, actor);
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Mutation(() => RestoredElementVersionObject, {
    description:
      'Makes the live document read as the version again, as a new change that connected ' +
      'clients receive; history is kept (for those who may edit the element)',
  })
  async restoreElementVersion(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('elementKey') elementKey: string,
    @Args('versionId', { type: () => ID }) versionId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<RestoredElementVersionObject> {
    const actor = requireActor(ctx);
    const restored = await this.versions.restore(
      actor,
      assessmentIdOf(assessmentId),
      elementKey,
      parseId(versionId, 'Version', 'versionId'),
    );
    return { ...restored, version: toElementVersionObject(restored.version, actor) };
  }

  @ResolveField(() => AssessmentMemberObject, {
    nullable: true,
    description:
      'Who named it, as this viewer may see them (name, organisation or pseudonym); null when ' +
      'they are not a member of the assessment (any more)',
  })
  async author(
    @Parent() version: ElementVersionObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentMemberObject | null> {
    const actor = requireActor(ctx);
    const members = await this.membersLoader(ctx).load(version.assessmentId);
    const author = members.find((m) => m.userId === version.createdBy);
    return author ? toMemberObject(author, actor) : null;
  }

  private membersLoader(ctx: GraphqlContext): DataLoader<string, AssessmentMemberEntity[]> {
    return ctx.loaders.get(
      this,
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.members.membersOf(ids);
          return ids.map((id) => rows.filter((row) => row.assessmentId === id));
        }),
    );
  }
}
