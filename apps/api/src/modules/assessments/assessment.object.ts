import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssessmentPhase, allowedNextPhases } from './assessment-phase.js';
import type { AssessmentEntity } from './assessment.entity.js';

registerEnumType(AssessmentPhase, {
  name: 'AssessmentPhase',
  description: 'Prepare → Analyse → Engage → Completed, as in the framework method',
});

@ObjectType('Assessment', {
  description: "A country's assessment of its digital legal identity system against the framework",
})
export class AssessmentObject {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code' })
  country: string;

  @Field()
  scope: string;

  @Field(() => [String])
  nationalUseCases: string[];

  @Field(() => AssessmentPhase)
  phase: AssessmentPhase;

  @Field(() => [AssessmentPhase], {
    description: 'Phases this assessment may move to from its current phase',
  })
  allowedNextPhases: AssessmentPhase[];

  @Field()
  frameworkVersion: string;

  @Field()
  archived: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  archivedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

export function toAssessmentObject(entity: AssessmentEntity): AssessmentObject {
  return {
    id: entity.id,
    title: entity.title,
    country: entity.country,
    scope: entity.scope,
    nationalUseCases: entity.nationalUseCases,
    phase: entity.phase,
    allowedNextPhases: entity.archivedAt ? [] : [...allowedNextPhases(entity.phase)],
    frameworkVersion: entity.frameworkVersion,
    archived: entity.archivedAt !== null,
    archivedAt: entity.archivedAt,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
