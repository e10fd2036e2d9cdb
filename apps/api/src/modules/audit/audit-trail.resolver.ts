import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { requireActor } from '../members/require-actor.js';
import { AuditTrailObject } from './audit-event.object.js';
import { AuditTrailService } from './audit-trail.service.js';
import {
  AuditTrailFilter,
  auditTrailFilterSchema,
  AuditTrailPage,
  auditTrailPageSchema,
} from './dto/audit-trail.input.js';

@Resolver(() => AuditTrailObject)
export class AuditTrailResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @AssessmentPolicy('audit.read', 'assessmentId')
  @Query(() => AuditTrailObject, { description: "One assessment's audit events, newest first" })
  auditTrail(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('filter', { type: () => AuditTrailFilter, nullable: true })
    filter: AuditTrailFilter | null,
    @Args('page', { type: () => AuditTrailPage, nullable: true }) page: AuditTrailPage | null,
    @Context() ctx: GraphqlContext,
  ): Promise<AuditTrailObject> {
    return this.trail.page(
      requireActor(ctx),
      parseId(assessmentId, 'Assessment', 'assessmentId'),
      parseInput(auditTrailFilterSchema, filter ?? {}),
      parseInput(auditTrailPageSchema, page ?? { first: 50 }),
    );
  }
}
