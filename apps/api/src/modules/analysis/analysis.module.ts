import { Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { PhaseChecks } from '../assessments/phase-checks.js';
import { CustomisationModule } from '../customisation/customisation.module.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { ElementDocuments } from '../versions/element-documents.js';
import { ValidationOutcomes } from '../workshops/validation-outcomes.js';
import { analysisPhaseChecks } from './analysis-phase-checks.js';
import { AnalysisStructure } from './analysis-structure.js';
import { GapsQueryService } from './gaps-query.service.js';
import { GapsResolver } from './gaps.resolver.js';
import { GapsService } from './gaps.service.js';
import { MatrixResolver } from './matrix.resolver.js';
import { MatrixService } from './matrix.service.js';
import { RatingsQueryService } from './ratings-query.service.js';
import { ConsolidatedRatingResolver, RatingsResolver } from './ratings.resolver.js';
import { RatingsService } from './ratings.service.js';

// Analyse: information gaps (derived from the element documents, and raised by hand), the
// strengths-and-weaknesses matrix, ratings split by stakeholder group and the consolidated rating.
// Documents are read through the collaboration module's live rooms (ElementDocuments), so with
// COLLAB_MODE=off the derived gaps and the matrix answer COLLAB_UNAVAILABLE.
@Module({})
export class AnalysisModule implements OnModuleInit {
  constructor(private readonly phaseChecks: PhaseChecks) {}

  static forRoot(collab: DynamicModule): DynamicModule {
    return {
      module: AnalysisModule,
      imports: [collab, AssessmentsModule, CustomisationModule, FrameworkModule],
      providers: [
        ElementDocuments,
        AnalysisStructure,
        GapsService,
        GapsQueryService,
        GapsResolver,
        RatingsService,
        RatingsQueryService,
        RatingsResolver,
        ConsolidatedRatingResolver,
        MatrixService,
        MatrixResolver,
        ValidationOutcomes,
      ],
    };
  }

  onModuleInit(): void {
    analysisPhaseChecks.forEach((check) => this.phaseChecks.register(check));
  }
}
