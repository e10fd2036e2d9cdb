import type {
  ElementAssessmentProjection,
  ProjectionCounts,
  QuestionProjection,
  SubElementProjection,
} from '@idgov/assessment-doc';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ProgressCounts', { description: 'How far a part of the assessment has come' })
export class ProgressCountsObject {
  @Field(() => Int) questionCount: number;
  @Field(() => Int) notStarted: number;
  @Field(() => Int) drafting: number;
  @Field(() => Int) readyForReview: number;
  @Field(() => Int, { description: 'Questions with no rating yet' }) unrated: number;
  @Field(() => Int) meetsTarget: number;
  @Field(() => Int) partial: number;
  @Field(() => Int) notMet: number;
  @Field(() => Int, { description: 'Rated UNKNOWN: an information gap' }) unknown: number;
  @Field(() => Int) notApplicable: number;
  @Field(() => Int) strengths: number;
  @Field(() => Int) weaknesses: number;
  @Field(() => Int) informationGaps: number;
  @Field(() => Int) risks: number;
}

@ObjectType('QuestionProgress')
export class QuestionProgressObject {
  @Field() questionKey: string;
  @Field({ description: 'NOT_STARTED, DRAFTING or READY_FOR_REVIEW' }) status: string;
  @Field(() => String, { nullable: true, description: "On the platform's own scale" })
  rating: string | null;
  @Field(() => Int) answerLength: number;
  @Field(() => Int) rationaleLength: number;
  @Field(() => Int) evidenceCount: number;
}

@ObjectType('SubElementProgress')
export class SubElementProgressObject {
  @Field() subElementKey: string;
  @Field(() => Int) summaryLength: number;
  @Field(() => ProgressCountsObject) counts: ProgressCountsObject;
  @Field(() => [QuestionProgressObject]) questions: QuestionProgressObject[];
}

@ObjectType('ElementProgress')
export class ElementProgressObject {
  @Field() elementKey: string;
  @Field(() => ProgressCountsObject) counts: ProgressCountsObject;
  @Field(() => [SubElementProgressObject]) subElements: SubElementProgressObject[];
  @Field(() => Date, { nullable: true, description: 'When its document last changed' })
  updatedAt: Date | null;
}

@ObjectType('AssessmentProgress')
export class AssessmentProgressObject {
  @Field(() => ProgressCountsObject) counts: ProgressCountsObject;
  @Field(() => [ElementProgressObject]) elements: ElementProgressObject[];
}

export function toCountsObject(c: ProjectionCounts): ProgressCountsObject {
  return {
    questionCount: c.questionCount,
    notStarted: c.statusCounts.NOT_STARTED,
    drafting: c.statusCounts.DRAFTING,
    readyForReview: c.statusCounts.READY_FOR_REVIEW,
    unrated: c.unratedCount,
    meetsTarget: c.ratingCounts.MEETS_TARGET,
    partial: c.ratingCounts.PARTIAL,
    notMet: c.ratingCounts.NOT_MET,
    unknown: c.ratingCounts.UNKNOWN,
    notApplicable: c.ratingCounts.NOT_APPLICABLE,
    strengths: c.findingCounts.STRENGTH,
    weaknesses: c.findingCounts.WEAKNESS,
    informationGaps: c.findingCounts.INFORMATION_GAP,
    risks: c.findingCounts.RISK,
  };
}

const toQuestionObject = (q: QuestionProjection): QuestionProgressObject => ({
  questionKey: q.questionKey,
  status: q.status,
  rating: q.rating,
  answerLength: q.answerLength,
  rationaleLength: q.rationaleLength,
  evidenceCount: q.evidenceCount,
});

const toSubElementObject = (s: SubElementProjection): SubElementProgressObject => ({
  subElementKey: s.subElementKey,
  summaryLength: s.summaryLength,
  counts: toCountsObject(s),
  questions: s.questions.map(toQuestionObject),
});

export function toElementProgressObject(
  elementKey: string,
  projection: ElementAssessmentProjection,
  updatedAt: Date | null,
): ElementProgressObject {
  return {
    elementKey,
    counts: toCountsObject(projection),
    subElements: projection.subElements.map(toSubElementObject),
    updatedAt,
  };
}
