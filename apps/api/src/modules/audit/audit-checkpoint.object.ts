import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import type { AuditCheckpointEntity } from './audit-checkpoint.entity.js';

@ObjectType('AuditCheckpoint', {
  description:
    "A signed statement of the audit log's length and head hash. Keep copies outside the platform: " +
    '`npm run audit:verify -- --checkpoint FILE` checks the log against one.',
})
export class AuditCheckpointObject {
  @Field(() => Int)
  seq: number;

  @Field({ description: 'SHA-256 of the last event, hex' })
  head: string;

  @Field(() => GraphQLISODateTime)
  time: Date;

  @Field({ description: 'Ed25519 signature (base64) over the canonical JSON of {seq, head, time}' })
  signature: string;
}

export function toCheckpointObject(entity: AuditCheckpointEntity): AuditCheckpointObject {
  return { seq: entity.seq, head: entity.head, time: entity.time, signature: entity.signature };
}
