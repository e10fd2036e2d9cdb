import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PlatformPolicy, Public, SignedIn } from '../../core/authz/policy.decorator.js';
import { badInput } from '../../core/errors/app-error.js';
import { AuditCheckpointObject, toCheckpointObject } from './audit-checkpoint.object.js';
import { AuditService } from './audit.service.js';

@Resolver(() => AuditCheckpointObject)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @SignedIn()
  @Query(() => [AuditCheckpointObject], { description: 'Most recent first' })
  async auditCheckpoints(
    @Args('limit', { type: () => Int, defaultValue: 24 }) limit: number,
  ): Promise<AuditCheckpointObject[]> {
    if (limit < 1 || limit > 1000) {
      throw badInput('limit', 'limit must be between 1 and 1000');
    }
    return (await this.audit.checkpoints(limit)).map(toCheckpointObject);
  }

  @Public()
  @Query(() => String, { description: 'PEM public key that verifies checkpoint signatures' })
  auditPublicKey(): string {
    return this.audit.publicKeyPem();
  }

  @PlatformPolicy('audit.checkpoint')
  @Mutation(() => AuditCheckpointObject, {
    description: 'Signs the current head now (also done hourly)',
  })
  async createAuditCheckpoint(): Promise<AuditCheckpointObject> {
    return toCheckpointObject(await this.audit.checkpoint());
  }
}
