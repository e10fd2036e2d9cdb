import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Standard')
export class StandardObject {
  @Field()
  title: string;

  @Field()
  url: string;
}

@ObjectType('FrameworkAnchorQuestion')
export class FrameworkAnchorQuestionObject {
  @Field()
  key: string;

  @Field()
  text: string;
}

@ObjectType('FrameworkDetail')
export class FrameworkDetailObject {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field(() => [FrameworkAnchorQuestionObject])
  anchorQuestions: FrameworkAnchorQuestionObject[];

  @Field()
  rightsImplications: string;

  @Field()
  targetScenario: string;

  @Field(() => [StandardObject])
  standards: StandardObject[];
}

@ObjectType('FrameworkSubElement')
export class FrameworkSubElementObject {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field(() => [FrameworkDetailObject])
  details: FrameworkDetailObject[];
}

@ObjectType('FrameworkElement')
export class FrameworkElementObject {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field()
  url: string;

  @Field(() => [FrameworkSubElementObject])
  subElements: FrameworkSubElementObject[];
}

@ObjectType('Framework')
export class FrameworkObject {
  @Field()
  version: string;

  @Field()
  contentHash: string;

  @Field()
  title: string;

  @Field(() => StandardObject)
  source: StandardObject;

  @Field(() => [FrameworkElementObject])
  elements: FrameworkElementObject[];
}
