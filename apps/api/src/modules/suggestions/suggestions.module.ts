import { Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { AssessmentPhase } from '../assessments/assessment-phase.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { PhaseChecks } from '../assessments/phase-checks.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { DiscussionAccess } from './discussion-access.js';
import { SuggestionEntity } from './suggestion.entity.js';
import { SuggestionsResolver } from './suggestions.resolver.js';
import { SuggestionsService } from './suggestions.service.js';

// Suggest and adjudicate. Takes the app's collaboration module, which exports the live rooms
// (CollabRooms) unless COLLAB_MODE=off; accepting then answers COLLAB_UNAVAILABLE.
@Module({})
export class SuggestionsModule implements OnModuleInit {
  constructor(private readonly checks: PhaseChecks) {}

  static forRoot(collab: DynamicModule): DynamicModule {
    return {
      module: SuggestionsModule,
      imports: [collab, FrameworkModule, AssessmentsModule],
      providers: [DiscussionAccess, SuggestionsService, SuggestionsResolver],
    };
  }

  // Engage ends with every suggestion answered: no one's proposal is left without a decision.
  onModuleInit(): void {
    this.checks.register({
      key: 'discussion.pendingSuggestions',
      phase: AssessmentPhase.ENGAGE,
      async evaluate(manager, assessmentId) {
        const [pending, total] = await Promise.all([
          manager.countBy(SuggestionEntity, { assessmentId, status: 'PENDING' }),
          manager.countBy(SuggestionEntity, { assessmentId }),
        ]);
        return { met: pending === 0, count: pending, total };
      },
    });
  }
}
