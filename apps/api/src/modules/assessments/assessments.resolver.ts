import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AssessmentPolicy, PlatformPolicy, SignedIn } from '../../core/authz/policy.decorator.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { requireActor } from '../members/require-actor.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import { AssessmentPhase } from './assessment-phase.js';
import { AssessmentObject, toAssessmentObject } from './assessment.object.js';
import { AssessmentsService } from './assessments.service.js';
import { CreateAssessmentInput, createAssessmentSchema } from './dto/create-assessment.input.js';
import { UpdateAssessmentInput, updateAssessmentSchema } from './dto/update-assessment.input.js';
import { overrideReasonSchema } from './dto/change-phase.args.js';
import { PhaseChecklistObject } from './phase-checklist.object.js';

@Resolver(() => AssessmentObject)
export class AssessmentsResolver {
  constructor(private readonly service: AssessmentsService) {}

  @SignedIn()
  @Query(() => [AssessmentObject], { description: 'The assessments you are a member of' })
  async assessments(
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentObject[]> {
    return (await this.service.list(includeArchived, requireActor(ctx))).map(toAssessmentObject);
  }

  @AssessmentPolicy('assessment.read', 'id')
  @Query(() => AssessmentObject)
  async assessment(@Args('id', { type: () => ID }) id: string): Promise<AssessmentObject> {
    return toAssessmentObject(await this.service.get(parseId(id, 'Assessment')));
  }

  @PlatformPolicy('assessment.create')
  @Mutation(() => AssessmentObject)
  async createAssessment(@Args('input') input: CreateAssessmentInput): Promise<AssessmentObject> {
    return toAssessmentObject(await this.service.create(parseInput(createAssessmentSchema, input)));
  }

  @AssessmentPolicy('assessment.update', 'id')
  @Mutation(() => AssessmentObject)
  async updateAssessment(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAssessmentInput,
  ): Promise<AssessmentObject> {
    const changes = parseInput(updateAssessmentSchema, input);
    return toAssessmentObject(await this.service.update(parseId(id, 'Assessment'), changes));
  }

  @AssessmentPolicy('assessment.changePhase', 'id')
  @Mutation(() => AssessmentObject)
  async changeAssessmentPhase(
    @Args('id', { type: () => ID }) id: string,
    @Args('phase', { type: () => AssessmentPhase }) phase: AssessmentPhase,
    @Args('overrideReason', {
      type: () => String,
      nullable: true,
      description:
        'Moves forwards although checks of the phase checklist are unmet; kept on the audit log',
    })
    overrideReason: string | null,
  ): Promise<AssessmentObject> {
    const { reason } = parseInput(overrideReasonSchema, { overrideReason });
    return toAssessmentObject(
      await this.service.changePhase(parseId(id, 'Assessment'), phase, reason),
    );
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => PhaseChecklistObject, {
    description: 'What moving the assessment to `to` requires, checked now',
  })
  phaseChecklist(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('to', { type: () => AssessmentPhase }) to: AssessmentPhase,
  ): Promise<PhaseChecklistObject> {
    return this.service.checklist(parseId(assessmentId, 'Assessment', 'assessmentId'), to);
  }

  @AssessmentPolicy('assessment.archive', 'id')
  @Mutation(() => AssessmentObject)
  async archiveAssessment(@Args('id', { type: () => ID }) id: string): Promise<AssessmentObject> {
    return toAssessmentObject(await this.service.setArchived(parseId(id, 'Assessment'), true));
  }

  @AssessmentPolicy('assessment.archive', 'id')
  @Mutation(() => AssessmentObject)
  async restoreAssessment(@Args('id', { type: () => ID }) id: string): Promise<AssessmentObject> {
    return toAssessmentObject(await this.service.setArchived(parseId(id, 'Assessment'), false));
  }
}
