import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import type { AuditEventEntity } from './audit-event.entity.js';

@ObjectType('AuditEvent')
export class AuditEventObject {
  @Field(() => Int)
  seq: number;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field({ description: 'Stable pseudonym of whoever acted ("system" for the platform itself)' })
  actor: string;

  @Field(() => String, {
    nullable: true,
    description: 'Display name of the actor, for viewers allowed to see identities',
  })
  actorName: string | null;

  @Field()
  action: string;

  @Field()
  targetType: string;

  @Field()
  targetId: string;

  @Field({ description: 'What changed, as JSON, without personal data' })
  summary: string;

  @Field()
  requestId: string;

  @Field()
  hash: string;

  @Field()
  prevHash: string;
}

@ObjectType('AuditTrail')
export class AuditTrailObject {
  @Field(() => [AuditEventObject], { description: 'Newest first' })
  events: AuditEventObject[];

  @Field(() => Int, { description: 'Events matching the filter' })
  total: number;

  @Field(() => Int, { nullable: true, description: 'Pass as page.before for the next page' })
  nextBefore: number | null;
}

export function toAuditEventObject(
  e: AuditEventEntity,
  actorName: string | null,
): AuditEventObject {
  return {
    seq: e.seq,
    occurredAt: e.occurredAt,
    actor: e.actor,
    actorName,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    summary: JSON.stringify(e.summary),
    requestId: e.requestId,
    hash: e.hash,
    prevHash: e.prevHash,
  };
}
