import { Module } from '@nestjs/common';
import { CustomisationModule } from '../customisation/customisation.module.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { MembersModule } from '../members/members.module.js';
import { ProgressRecorder } from './progress-recorder.js';
import { ProgressResolver } from './progress.resolver.js';
import { ProgressService } from './progress.service.js';

@Module({
  imports: [CustomisationModule, FrameworkModule, MembersModule],
  providers: [ProgressService, ProgressRecorder, ProgressResolver],
  exports: [ProgressService, ProgressRecorder],
})
export class ProgressModule {}
