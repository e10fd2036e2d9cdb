import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module.js';
import { AssessmentsResolver } from './assessments.resolver.js';
import { AssessmentsService } from './assessments.service.js';
import { PhaseChecks } from './phase-checks.js';

@Module({
  imports: [FrameworkModule],
  providers: [AssessmentsService, AssessmentsResolver, PhaseChecks],
  exports: [AssessmentsService, PhaseChecks],
})
export class AssessmentsModule {}
