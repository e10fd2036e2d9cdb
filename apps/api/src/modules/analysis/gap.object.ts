import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DerivedGapKind, GapKind, GapStatus } from './analysis-kinds.js';
import { GapKindEnum, GapStatusEnum } from './analysis-enums.js';
import type { AnalysisGapEntity } from './analysis-gap.entity.js';
import type { DerivedGap } from './derived-gaps.js';

@ObjectType('InformationGap', {
  description:
    'A question with no answer, no evidence or an UNKNOWN rating, or a gap raised by hand',
})
export class InformationGapObject {
  @Field(() => ID, { description: 'Tracked: its id; derived: assessmentId:kind:questionKey' })
  id: string;

  @Field(() => GapKindEnum)
  kind: GapKind;

  @Field()
  elementKey: string;

  @Field()
  subElementKey: string;

  @Field(() => String, { nullable: true })
  questionKey: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Derived gaps: the tracked gap (not resolved) that follows this one up',
  })
  trackedGapId: string | null;

  @Field(() => GapKindEnum, {
    nullable: true,
    description: 'Tracked gaps: the derived gap it was raised from, if any',
  })
  source: DerivedGapKind | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate: string | null;

  @Field(() => GapStatusEnum, { nullable: true, description: 'Tracked gaps only' })
  status: GapStatus | null;

  @Field({ description: 'Tracked, not resolved, and its due date has passed' })
  overdue: boolean;

  @Field({ description: 'Whether the viewer is its owner' })
  ownedByYou: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  createdAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedAt: Date | null;

  // For resolving owner and createdBy per viewer; never exposed as such.
  assessmentId: string;
  ownerId: string | null;
  creatorId: string | null;
}

@ObjectType('InformationGapList')
export class InformationGapListObject {
  @Field(() => [InformationGapObject], {
    description: 'Framework order; derived gaps of a question before tracked ones',
  })
  items: InformationGapObject[];

  @Field(() => Int)
  total: number;
}

const today = (): string => new Date().toISOString().slice(0, 10);

export function isOverdue(row: Pick<AnalysisGapEntity, 'status' | 'dueDate'>): boolean {
  return row.status !== 'RESOLVED' && row.dueDate !== null && row.dueDate < today();
}

export function toTrackedGapObject(row: AnalysisGapEntity, viewerId: string): InformationGapObject {
  return {
    id: row.id,
    kind: 'TRACKED',
    elementKey: row.elementKey,
    subElementKey: row.subElementKey,
    questionKey: row.questionKey,
    trackedGapId: null,
    source: row.source,
    description: row.description,
    dueDate: row.dueDate,
    status: row.status,
    overdue: isOverdue(row),
    ownedByYou: row.ownerId === viewerId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    assessmentId: row.assessmentId,
    ownerId: row.ownerId,
    creatorId: row.createdBy,
  };
}

export function toDerivedGapObject(
  assessmentId: string,
  gap: DerivedGap,
  trackedGapId: string | null,
): InformationGapObject {
  return {
    id: `${assessmentId}:${gap.kind}:${gap.questionKey}`,
    kind: gap.kind,
    elementKey: gap.elementKey,
    subElementKey: gap.subElementKey,
    questionKey: gap.questionKey,
    trackedGapId,
    source: null,
    description: null,
    dueDate: null,
    status: null,
    overdue: false,
    ownedByYou: false,
    createdAt: null,
    updatedAt: null,
    assessmentId,
    ownerId: null,
    creatorId: null,
  };
}
