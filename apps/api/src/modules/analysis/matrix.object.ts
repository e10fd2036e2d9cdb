import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ValidationOutcomeObject } from '../workshops/validation-outcome.object.js';
import { SubElementRatingsObject } from './ratings.object.js';

@ObjectType('AnalysisFinding', { description: "A finding of a sub-element's document" })
export class AnalysisFindingObject {
  @Field(() => ID, { description: "The finding's id within its element document" })
  id: string;

  @Field()
  text: string;

  @Field(() => ValidationOutcomeObject, {
    nullable: true,
    description: 'What a workshop decided about it, if it was on an agenda',
  })
  validation: ValidationOutcomeObject | null;
}

@ObjectType('FindingCounts')
export class FindingCountsObject {
  @Field(() => Int) strengths: number;
  @Field(() => Int) weaknesses: number;
  @Field(() => Int) informationGaps: number;
  @Field(() => Int) risks: number;
}

@ObjectType('MatrixSubElement')
export class MatrixSubElementObject {
  @Field(() => ID, { description: 'assessmentId:subElementKey' })
  id: string;

  @Field()
  subElementKey: string;

  @Field()
  title: string;

  @Field(() => FindingCountsObject)
  counts: FindingCountsObject;

  @Field(() => [AnalysisFindingObject]) strengths: AnalysisFindingObject[];
  @Field(() => [AnalysisFindingObject]) weaknesses: AnalysisFindingObject[];
  @Field(() => [AnalysisFindingObject]) informationGaps: AnalysisFindingObject[];
  @Field(() => [AnalysisFindingObject]) risks: AnalysisFindingObject[];

  @Field(() => SubElementRatingsObject, {
    description: 'Consolidated rating and the split by stakeholder group',
  })
  ratings: SubElementRatingsObject;

  @Field(() => [ValidationOutcomeObject], {
    description: "Workshops' decisions on its questions' ratings",
  })
  ratingOutcomes: ValidationOutcomeObject[];
}

@ObjectType('MatrixElement')
export class MatrixElementObject {
  @Field(() => ID, { description: 'assessmentId:elementKey' })
  id: string;

  @Field()
  elementKey: string;

  @Field()
  title: string;

  @Field(() => FindingCountsObject, { description: 'Over its enabled sub-elements' })
  counts: FindingCountsObject;

  @Field(() => Int, { description: 'Sub-elements whose split ratings diverge' })
  divergentCount: number;

  @Field(() => [MatrixSubElementObject], { description: 'Enabled ones, framework order' })
  subElements: MatrixSubElementObject[];
}

@ObjectType('AnalysisMatrix', {
  description: 'Strengths and weaknesses per element and sub-element',
})
export class AnalysisMatrixObject {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => [MatrixElementObject])
  elements: MatrixElementObject[];
}
