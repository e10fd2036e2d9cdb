import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QuestionProvenance } from './question-origin.js';

registerEnumType(QuestionProvenance, {
  name: 'QuestionProvenance',
  description: "Where a question's wording comes from",
});

@ObjectType('AssessmentQuestion')
export class AssessmentQuestionObject {
  @Field(() => ID, { description: 'assessmentId:questionKey' })
  id: string;

  @Field()
  key: string;

  @Field()
  text: string;

  @Field(() => String, {
    nullable: true,
    description: "The framework's wording (null for CUSTOM questions)",
  })
  originalText: string | null;

  @Field(() => QuestionProvenance)
  provenance: QuestionProvenance;

  @Field(() => Int)
  position: number;
}

@ObjectType('AssessmentDetail')
export class AssessmentDetailObject {
  @Field(() => ID, { description: 'assessmentId:detailKey' })
  id: string;

  @Field()
  key: string;

  @Field()
  title: string;

  @Field(() => [AssessmentQuestionObject])
  questions: AssessmentQuestionObject[];
}

@ObjectType('AssessmentSubElement')
export class AssessmentSubElementObject {
  @Field(() => ID)
  id: string;

  @Field()
  key: string;

  @Field()
  title: string;

  @Field()
  enabled: boolean;

  @Field(() => String, { nullable: true })
  disabledReason: string | null;

  @Field(() => [AssessmentDetailObject])
  details: AssessmentDetailObject[];
}

@ObjectType('AssessmentElement')
export class AssessmentElementObject {
  @Field(() => ID)
  id: string;

  @Field()
  key: string;

  @Field()
  title: string;

  @Field(() => [AssessmentSubElementObject])
  subElements: AssessmentSubElementObject[];
}
