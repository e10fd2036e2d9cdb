import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentPhase } from './assessment-phase.js';

@ObjectType('PhaseCheck', {
  description:
    'One condition for leaving a phase forwards; `key` is `<domain>.<name>`, shown with the ' +
    'translation `<domain>.phaseCheck.<name>`',
})
export class PhaseCheckObject {
  @Field()
  key: string;

  @Field()
  met: boolean;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field(() => Int, { nullable: true })
  total: number | null;
}

@ObjectType('PhaseChecklist', {
  description:
    'What moving to `to` requires. Stepping back is never gated (no checks); moving forwards ' +
    'with unmet checks needs a moderator’s override reason',
})
export class PhaseChecklistObject {
  @Field(() => AssessmentPhase)
  from: AssessmentPhase;

  @Field(() => AssessmentPhase)
  to: AssessmentPhase;

  @Field({ description: 'Whether moving to `to` is gated by the checks (a step forwards)' })
  gated: boolean;

  @Field(() => [PhaseCheckObject])
  checks: PhaseCheckObject[];

  @Field({ description: 'Every check is met: the move needs no override' })
  allMet: boolean;
}
