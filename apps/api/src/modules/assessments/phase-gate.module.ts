import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module.js';
import { AssessmentsModule } from './assessments.module.js';
import { PreparePhaseChecks } from './prepare-phase-checks.js';

// The Prepare checks read other domains' tables (customisation, progress, evidence): they live in
// a module of their own so that AssessmentsModule (the gate and its registry) depends on none.
@Module({
  imports: [AssessmentsModule, FrameworkModule],
  providers: [PreparePhaseChecks],
})
export class PhaseGateModule {}
