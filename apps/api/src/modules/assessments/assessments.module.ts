import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module.js';
import { AssessmentChanges } from './assessment-changes.js';
import { AssessmentsResolver } from './assessments.resolver.js';
import { AssessmentsService } from './assessments.service.js';
import { PhaseChecks } from './phase-checks.js';

@Module({
  imports: [FrameworkModule],
  providers: [AssessmentsService, AssessmentsResolver, PhaseChecks, AssessmentChanges],
  exports: [AssessmentsService, PhaseChecks, AssessmentChanges],
})
export class AssessmentsModule {}
