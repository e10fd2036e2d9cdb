import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { requireActor } from '../members/require-actor.js';
import { CreateEvidenceInput, createEvidenceSchema } from './dto/create-evidence.input.js';
import {
  EvidenceFilter,
  evidenceFilterSchema,
  EvidencePage,
  evidencePageSchema,
} from './dto/evidence-filter.input.js';
import { UpdateEvidenceInput, updateEvidenceSchema } from './dto/update-evidence.input.js';
import { EvidenceQueryService } from './evidence-query.service.js';
import { EvidenceListObject, EvidenceObject, toEvidenceObject } from './evidence.object.js';
import { EvidenceService } from './evidence.service.js';

const assessmentIdOf = (raw: string) => parseId(raw, 'Assessment', 'assessmentId');
const evidenceIdOf = (raw: string) => parseId(raw, 'Evidence');

// Anyone in the assessment may ask; what each one sees and may change is decided per item by the
// evidence policy (libs/authz) in the services: items they may not read are absent from lists and
// not found by id.
@Resolver(() => EvidenceObject)
export class EvidenceResolver {
  constructor(
    private readonly items: EvidenceService,
    private readonly queries: EvidenceQueryService,
  ) {}

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => EvidenceListObject, {
    description: 'The evidence library: newest first, or best match first when searching',
  })
  async evidence(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('filter', { type: () => EvidenceFilter, nullable: true }) filter: EvidenceFilter | null,
    @Args('page', { type: () => EvidencePage, nullable: true }) page: EvidencePage | null,
    @Context() ctx: GraphqlContext,
  ): Promise<EvidenceListObject> {
    const actor = requireActor(ctx);
    const { rows, total, nextOffset } = await this.queries.list(
      actor,
      assessmentIdOf(assessmentId),
      parseInput(evidenceFilterSchema, filter ?? {}),
      parseInput(evidencePageSchema, page ?? { first: 50, offset: 0 }),
    );
    return { items: rows.map((row) => toEvidenceObject(row, actor)), total, nextOffset };
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => EvidenceObject, { description: 'One evidence item, archived or not' })
  async evidenceItem(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<EvidenceObject> {
    const actor = requireActor(ctx);
    const row = await this.items.find(actor, assessmentIdOf(assessmentId), evidenceIdOf(id));
    return toEvidenceObject(row, actor);
  }

  @AssessmentPolicy('evidence.create', 'input.assessmentId')
  @Mutation(() => EvidenceObject)
  async createEvidence(
    @Args('input') input: CreateEvidenceInput,
    @Context() ctx: GraphqlContext,
  ): Promise<EvidenceObject> {
    const actor = requireActor(ctx);
    const v = parseInput(createEvidenceSchema, input);
    const row = await this.items.create(actor, {
      ...v,
      assessmentId: assessmentIdOf(v.assessmentId),
    });
    return toEvidenceObject(row, actor);
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Mutation(() => EvidenceObject, {
    description:
      'Changes an item (moderators, or whoever added it): left-out fields stay, null clears',
  })
  async updateEvidence(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateEvidenceInput,
    @Context() ctx: GraphqlContext,
  ): Promise<EvidenceObject> {
    const actor = requireActor(ctx);
    const changes = parseInput(updateEvidenceSchema, input);
    const row = await this.items.update(
      actor,
      assessmentIdOf(assessmentId),
      evidenceIdOf(id),
      changes,
    );
    return toEvidenceObject(row, actor);
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Mutation(() => EvidenceObject, {
    description:
      'Takes an item out of the library’s lists; it still resolves for the citations that name it',
  })
  archiveEvidence(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<EvidenceObject> {
    return this.setArchived(assessmentId, id, true, ctx);
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Mutation(() => EvidenceObject, { description: 'Puts an archived item back in the library' })
  restoreEvidence(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<EvidenceObject> {
    return this.setArchived(assessmentId, id, false, ctx);
  }

  private async setArchived(
    assessmentId: string,
    id: string,
    archived: boolean,
    ctx: GraphqlContext,
  ): Promise<EvidenceObject> {
    const actor = requireActor(ctx);
    const row = await this.items.setArchived(
      actor,
      assessmentIdOf(assessmentId),
      evidenceIdOf(id),
      archived,
    );
    return toEvidenceObject(row, actor);
  }
}
