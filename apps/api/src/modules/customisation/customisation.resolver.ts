import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { notFound } from '../../core/errors/app-error.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import { AssessmentObject } from '../assessments/assessment.object.js';
import { FrameworkService } from '../framework/framework.service.js';
import {
  buildAssessmentTree,
  toDetailObject,
  toQuestionObject,
  toSubElementObject,
  type AssessmentRows,
} from './assessment-tree.js';
import {
  AssessmentDetailObject,
  AssessmentElementObject,
  AssessmentQuestionObject,
  AssessmentSubElementObject,
} from './customisation.object.js';
import { CustomisationService, type DetailRows } from './customisation.service.js';
import {
  AddCustomQuestionInput,
  addCustomQuestionSchema,
  ReorderQuestionsInput,
  reorderQuestionsSchema,
  RewordQuestionInput,
  rewordQuestionSchema,
  SetSubElementEnabledInput,
  setSubElementEnabledSchema,
} from './dto/customisation.inputs.js';

const assessmentId = (raw: string): string => parseId(raw, 'Assessment', 'assessmentId');

@Resolver(() => AssessmentObject)
export class CustomisationResolver {
  constructor(
    private readonly customisation: CustomisationService,
    private readonly frameworks: FrameworkService,
  ) {}

  @ResolveField(() => [AssessmentElementObject], {
    description: 'The customised framework: every element, sub-element, detail and question',
  })
  async elements(
    @Parent() assessment: AssessmentObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentElementObject[]> {
    const loader = ctx.loaders.get(
      this,
      () =>
        new DataLoader<string, AssessmentRows>(async (ids) => {
          const rows = await this.customisation.rowsFor(ids);
          return ids.map((id) => rows.get(id) ?? { subElements: [], questions: [] });
        }),
    );
    const rows = await loader.load(assessment.id);
    return buildAssessmentTree(assessment.id, this.frameworks.current(), rows);
  }

  @AssessmentPolicy('assessment.customise', 'input.assessmentId')
  @Mutation(() => AssessmentSubElementObject)
  async setSubElementEnabled(
    @Args('input') input: SetSubElementEnabledInput,
  ): Promise<AssessmentSubElementObject> {
    const v = parseInput(setSubElementEnabledSchema, input);
    const id = assessmentId(v.assessmentId);
    const located = this.frameworks.currentIndex().subElement(v.subElementKey);
    if (!located) {
      throw notFound('Sub-element', 'subElementKey');
    }
    const { setting, questions } = await this.customisation.setSubElementEnabled(
      id,
      v.subElementKey,
      v.enabled,
      v.reason ?? null,
    );
    return toSubElementObject(id, located.subElement, setting, questions);
  }

  @AssessmentPolicy('assessment.customise', 'input.assessmentId')
  @Mutation(() => AssessmentQuestionObject)
  async rewordQuestion(
    @Args('input') input: RewordQuestionInput,
  ): Promise<AssessmentQuestionObject> {
    const v = parseInput(rewordQuestionSchema, input);
    return toQuestionObject(
      await this.customisation.rewordQuestion(assessmentId(v.assessmentId), v.questionKey, v.text),
    );
  }

  @AssessmentPolicy('assessment.customise', 'assessmentId')
  @Mutation(() => AssessmentQuestionObject)
  async restoreQuestionWording(
    @Args('assessmentId', { type: () => ID }) rawId: string,
    @Args('questionKey') questionKey: string,
  ): Promise<AssessmentQuestionObject> {
    return toQuestionObject(
      await this.customisation.rewordQuestion(assessmentId(rawId), questionKey, null),
    );
  }

  @AssessmentPolicy('assessment.customise', 'input.assessmentId')
  @Mutation(() => AssessmentDetailObject)
  async addCustomQuestion(
    @Args('input') input: AddCustomQuestionInput,
  ): Promise<AssessmentDetailObject> {
    const v = parseInput(addCustomQuestionSchema, input);
    return this.toDetail(
      await this.customisation.addCustomQuestion(assessmentId(v.assessmentId), v.detailKey, v.text),
    );
  }

  @AssessmentPolicy('assessment.customise', 'assessmentId')
  @Mutation(() => AssessmentDetailObject)
  async removeCustomQuestion(
    @Args('assessmentId', { type: () => ID }) rawId: string,
    @Args('questionKey') questionKey: string,
  ): Promise<AssessmentDetailObject> {
    return this.toDetail(
      await this.customisation.removeCustomQuestion(assessmentId(rawId), questionKey),
    );
  }

  @AssessmentPolicy('assessment.customise', 'input.assessmentId')
  @Mutation(() => AssessmentDetailObject)
  async reorderQuestions(
    @Args('input') input: ReorderQuestionsInput,
  ): Promise<AssessmentDetailObject> {
    const v = parseInput(reorderQuestionsSchema, input);
    return this.toDetail(
      await this.customisation.reorderQuestions(
        assessmentId(v.assessmentId),
        v.detailKey,
        v.questionKeys,
      ),
    );
  }

  private toDetail(rows: DetailRows): AssessmentDetailObject {
    const located = this.frameworks.currentIndex().detail(rows.detailKey);
    if (!located) {
      throw notFound('Detail', 'detailKey');
    }
    return toDetailObject(rows.assessmentId, located.detail, rows.questions);
  }
}
