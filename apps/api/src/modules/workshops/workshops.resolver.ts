import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { requireActor } from '../members/require-actor.js';
import {
  AddWorkshopItemInput,
  addWorkshopItemSchema,
  CreateWorkshopInput,
  createWorkshopSchema,
  RecordWorkshopOutcomeInput,
  recordWorkshopOutcomeSchema,
} from './dto/workshop.inputs.js';
import { WorkshopOutcomesService } from './workshop-outcomes.service.js';
import { WorkshopSessionService } from './workshop-session.service.js';
import { WorkshopViews } from './workshop-views.service.js';
import { WorkshopItemObject, WorkshopObject } from './workshop.object.js';
import { WorkshopsService } from './workshops.service.js';

const assessmentIdOf = (raw: string) => parseId(raw, 'Assessment', 'assessmentId');
const workshopIdOf = (raw: string, field = 'id') => parseId(raw, 'Workshop', field);
const itemIdOf = (raw: string) => parseId(raw, 'Workshop item', 'itemId');

// Preparing and running validation workshops: readers see them, moderators (workshops.manage)
// prepare the agenda, open, move through it, record outcomes and close.
@Resolver(() => WorkshopObject)
export class WorkshopsResolver {
  constructor(
    private readonly service: WorkshopsService,
    private readonly session: WorkshopSessionService,
    private readonly outcomes: WorkshopOutcomesService,
    private readonly views: WorkshopViews,
  ) {}

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => [WorkshopObject], { description: 'Newest first' })
  async workshops(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<WorkshopObject[]> {
    const actor = requireActor(ctx);
    const rows = await this.service.list(assessmentIdOf(assessmentId));
    return Promise.all(rows.map((w) => this.views.workshop(w.id, { kind: 'member', actor })));
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => WorkshopObject)
  async workshop(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<WorkshopObject> {
    const row = await this.service.find(assessmentIdOf(assessmentId), workshopIdOf(id));
    return this.view(row.id, ctx);
  }

  @AssessmentPolicy('workshops.manage', 'input.assessmentId')
  @Mutation(() => WorkshopObject)
  async createWorkshop(
    @Args('input') input: CreateWorkshopInput,
    @Context() ctx: GraphqlContext,
  ): Promise<WorkshopObject> {
    const v = parseInput(createWorkshopSchema, input);
    const row = await this.service.create(
      requireActor(ctx),
      assessmentIdOf(v.assessmentId),
      v.title,
    );
    return this.view(row.id, ctx);
  }

  @AssessmentPolicy('workshops.manage', 'input.assessmentId')
  @Mutation(() => WorkshopObject, {
    description:
      'Appends a finding or a question’s rating; its words are read from the element document now',
  })
  async addWorkshopItem(
    @Args('input') input: AddWorkshopItemInput,
    @Context() ctx: GraphqlContext,
  ): Promise<WorkshopObject> {
    const v = parseInput(addWorkshopItemSchema, input);
    const workshopId = workshopIdOf(v.workshopId, 'workshopId');
    await this.service.addItem(assessmentIdOf(v.assessmentId), { ...v, workshopId });
    return this.view(workshopId, ctx);
  }

  @AssessmentPolicy('workshops.manage', 'assessmentId')
  @Mutation(() => WorkshopObject, { description: 'Only an item nobody has voted on' })
  async removeWorkshopItem(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<WorkshopObject> {
    const workshopId = await this.service.removeItem(
      assessmentIdOf(assessmentId),
      itemIdOf(itemId),
    );
    return this.view(workshopId, ctx);
  }

  @AssessmentPolicy('workshops.manage', 'assessmentId')
  @Mutation(() => WorkshopObject)
  async moveWorkshopItem(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('position', { type: () => Int }) position: number,
    @Context() ctx: GraphqlContext,
  ): Promise<WorkshopObject> {
    const workshopId = await this.service.moveItem(
      assessmentIdOf(assessmentId),
      itemIdOf(itemId),
      position,
    );
    return this.view(workshopId, ctx);
  }

  @AssessmentPolicy('workshops.manage', 'assessmentId')
  @Mutation(() => WorkshopObject, {
    description: 'DRAFT → OPEN: a join code, the first item current',
  })
  async openWorkshop(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<WorkshopObject> {
    await this.session.open(assessmentIdOf(assessmentId), workshopIdOf(id));
    return this.view(workshopIdOf(id), ctx);
  }

  @AssessmentPolicy('workshops.manage', 'assessmentId')
  @Mutation(() => WorkshopObject, {
    description: 'The item under discussion; every screen follows',
  })
  async setCurrentWorkshopItem(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<WorkshopObject> {
    const id = workshopIdOf(workshopId, 'workshopId');
    await this.session.setCurrent(assessmentIdOf(assessmentId), id, itemIdOf(itemId));
    return this.view(id, ctx);
  }

  @AssessmentPolicy('workshops.manage', 'assessmentId')
  @Mutation(() => WorkshopObject, { description: 'OPEN → CLOSED: the code stops working' })
  async closeWorkshop(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<WorkshopObject> {
    await this.session.close(assessmentIdOf(assessmentId), workshopIdOf(id));
    return this.view(workshopIdOf(id), ctx);
  }

  @AssessmentPolicy('workshops.manage', 'input.assessmentId')
  @Mutation(() => WorkshopItemObject, {
    description:
      'Written back to the assessment: an AMENDED finding’s text changes in its element document',
  })
  async recordWorkshopOutcome(
    @Args('input') input: RecordWorkshopOutcomeInput,
    @Context() ctx: GraphqlContext,
  ): Promise<WorkshopItemObject> {
    const v = parseInput(recordWorkshopOutcomeSchema, input);
    const actor = requireActor(ctx);
    const item = await this.outcomes.record(actor, assessmentIdOf(v.assessmentId), {
      ...v,
      itemId: itemIdOf(v.itemId),
    });
    return this.views.item(item, { kind: 'member', actor });
  }

  private view(workshopId: string, ctx: GraphqlContext): Promise<WorkshopObject> {
    return this.views.workshop(workshopId, { kind: 'member', actor: requireActor(ctx) });
  }
}
