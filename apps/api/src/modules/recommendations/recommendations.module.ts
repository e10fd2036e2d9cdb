import { Module, type DynamicModule } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { MembersModule } from '../members/members.module.js';
import { ElementFindings } from './element-findings.js';
import { RecommendationPhaseChecks } from './recommendation-phase-checks.js';
import { RecommendationQueries } from './recommendation-queries.service.js';
import { RecommendationRelationsResolver } from './recommendation-relations.resolver.js';
import { RecommendationsResolver } from './recommendations.resolver.js';
import { RecommendationsService } from './recommendations.service.js';

// Recommendations (Engage) and the implementation roadmap. Takes the app's collaboration module,
// which exports the live rooms (CollabRooms) unless COLLAB_MODE=off, to check linked findings.
@Module({})
export class RecommendationsModule {
  static forRoot(collab: DynamicModule): DynamicModule {
    return {
      module: RecommendationsModule,
      imports: [collab, AssessmentsModule, FrameworkModule, MembersModule],
      providers: [
        ElementFindings,
        RecommendationQueries,
        RecommendationsService,
        RecommendationsResolver,
        RecommendationRelationsResolver,
        RecommendationPhaseChecks,
      ],
    };
  }
}
