import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ElementVersionObject } from './element-version.object.js';

export type DiffHunkKind = 'ADDED' | 'REMOVED' | 'UNCHANGED';
export const DiffHunkKindEnum = {
  ADDED: 'ADDED',
  REMOVED: 'REMOVED',
  UNCHANGED: 'UNCHANGED',
} as const satisfies Record<DiffHunkKind, DiffHunkKind>;
registerEnumType(DiffHunkKindEnum, { name: 'DiffHunkKind' });

export type VersionItemKind = 'QUESTION' | 'SUB_ELEMENT';
export const VersionItemKindEnum = {
  QUESTION: 'QUESTION',
  SUB_ELEMENT: 'SUB_ELEMENT',
} as const satisfies Record<VersionItemKind, VersionItemKind>;
registerEnumType(VersionItemKindEnum, { name: 'VersionItemKind' });

export type VersionField =
  | 'ANSWER'
  | 'RATIONALE'
  | 'STATUS'
  | 'RATING'
  | 'EVIDENCE'
  | 'SUMMARY'
  | 'FINDING'
  | 'FINDING_KIND';
export const VersionFieldEnum = {
  ANSWER: 'ANSWER',
  RATIONALE: 'RATIONALE',
  STATUS: 'STATUS',
  RATING: 'RATING',
  EVIDENCE: 'EVIDENCE',
  SUMMARY: 'SUMMARY',
  FINDING: 'FINDING',
  FINDING_KIND: 'FINDING_KIND',
} as const satisfies Record<VersionField, VersionField>;
registerEnumType(VersionFieldEnum, {
  name: 'VersionField',
  description:
    'ANSWER, RATIONALE, STATUS, RATING and EVIDENCE of a question; SUMMARY, FINDING (text) and ' +
    'FINDING_KIND of a sub-element. STATUS, RATING and FINDING_KIND hunks hold enum values.',
});

@ObjectType('DiffHunk')
export class DiffHunkObject {
  @Field(() => DiffHunkKindEnum)
  kind: DiffHunkKind;

  @Field()
  text: string;
}

@ObjectType('ElementFieldChange', { description: 'One field that differs, as a text diff' })
export class ElementFieldChangeObject {
  @Field(() => VersionItemKindEnum)
  itemKind: VersionItemKind;

  @Field({ description: 'The question or sub-element key' })
  itemKey: string;

  @Field(() => VersionFieldEnum)
  field: VersionField;

  @Field(() => String, { nullable: true, description: 'For FINDING and FINDING_KIND' })
  findingId: string | null;

  @Field(() => [DiffHunkObject], {
    description: 'Reading from the `from` side to the `to` side, in order',
  })
  hunks: DiffHunkObject[];
}

@ObjectType('ElementVersionComparison')
export class ElementVersionComparisonObject {
  @Field(() => ElementVersionObject)
  from: ElementVersionObject;

  @Field(() => ElementVersionObject, {
    nullable: true,
    description: 'Null when compared with the live document',
  })
  to: ElementVersionObject | null;

  @Field(() => [ElementFieldChangeObject], { description: 'Only the fields that differ' })
  changes: ElementFieldChangeObject[];
}
