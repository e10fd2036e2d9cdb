import { Field, ObjectType } from '@nestjs/graphql';
import { ElementProgressObject } from './progress.object.js';

@ObjectType('ElementAssessment', {
  description: 'One element of an assessment, written together in its own live document',
})
export class ElementAssessmentObject {
  @Field({ description: 'The collaboration document: /collab/<documentName>' })
  documentName: string;

  @Field()
  elementKey: string;

  @Field()
  title: string;

  @Field(() => [String], { description: 'What the viewer may do with this element' })
  viewerActions: string[];

  @Field(() => ElementProgressObject)
  progress: ElementProgressObject;
}
