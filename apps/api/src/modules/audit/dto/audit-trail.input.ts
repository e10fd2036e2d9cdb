import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';

@InputType()
export class AuditTrailFilter {
  @Field(() => [String], { nullable: true, description: 'Actions, e.g. "member.add"' })
  actions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Target type, e.g. "question"' })
  targetType?: string | null;

  @Field(() => String, { nullable: true, description: 'An actor pseudonym' })
  actor?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  to?: Date | null;
}

@InputType()
export class AuditTrailPage {
  @Field(() => Int, { defaultValue: 50 })
  first: number;

  @Field(() => Int, { nullable: true, description: 'Events older than this sequence number' })
  before?: number | null;
}

const name = z.string().trim().min(1).max(64);

export const auditTrailFilterSchema = z
  .object({
    actions: z.array(name).max(50).nullish(),
    targetType: name.nullish(),
    actor: name.nullish(),
    from: z.date().nullish(),
    to: z.date().nullish(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: '"from" must not be after "to"',
    path: ['from'],
  });

export const auditTrailPageSchema = z.object({
  first: z.number().int().min(1, 'first must be at least 1').max(500, 'first must be at most 500'),
  before: z.number().int().min(1).nullish(),
});

export type AuditTrailQuery = z.output<typeof auditTrailFilterSchema>;
