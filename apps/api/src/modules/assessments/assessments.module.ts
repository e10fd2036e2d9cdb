import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module.js';
import { AssessmentsResolver } from './assessments.resolver.js';
import { AssessmentsService } from './assessments.service.js';

@Module({
  imports: [FrameworkModule],
  providers: [AssessmentsService, AssessmentsResolver],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
