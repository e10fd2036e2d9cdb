import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { CustomisationResolver } from './customisation.resolver.js';
import { CustomisationService } from './customisation.service.js';

@Module({
  imports: [AssessmentsModule, FrameworkModule],
  providers: [CustomisationService, CustomisationResolver],
  exports: [CustomisationService],
})
export class CustomisationModule {}
