import { Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { SubscriptionServer } from '../../core/graphql/subscription-server.js';
import { AssessmentPhase } from '../assessments/assessment-phase.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { PhaseChecks } from '../assessments/phase-checks.js';
import { AuthModule } from '../auth/auth.module.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { ElementDocuments } from '../versions/element-documents.js';
import { ValidationOutcomes } from './validation-outcomes.js';
import { ValidationOutcomesResolver } from './validation-outcomes.resolver.js';
import { closedWorkshopCheck } from './workshop-phase-check.js';
import { WorkshopAgenda } from './workshop-agenda.js';
import { WorkshopNotifier } from './workshop-notifier.js';
import { WorkshopOutcomesService } from './workshop-outcomes.service.js';
import { WorkshopParticipationResolver } from './workshop-participation.resolver.js';
import { WorkshopParticipationService } from './workshop-participation.service.js';
import { WorkshopReader } from './workshop-reader.js';
import { WorkshopSessionService } from './workshop-session.service.js';
import { WorkshopViews } from './workshop-views.service.js';
import { WorkshopWriter } from './workshop-writer.js';
import { WorkshopsResolver } from './workshops.resolver.js';
import { WorkshopsService } from './workshops.service.js';

// Validation workshops (Engage), and the graphql-ws server their live updates travel on. Takes
// the app's collaboration module, whose live rooms (CollabRooms) it reads findings and ratings
// from and writes amended findings to (absent with COLLAB_MODE=off: COLLAB_UNAVAILABLE).
// Other modules read the outcomes through ValidationOutcomes, which they provide themselves.
@Module({})
export class WorkshopsModule implements OnModuleInit {
  constructor(private readonly phaseChecks: PhaseChecks) {}

  static forRoot(collab: DynamicModule): DynamicModule {
    return {
      module: WorkshopsModule,
      imports: [collab, AssessmentsModule, AuthModule, FrameworkModule],
      providers: [
        ElementDocuments,
        SubscriptionServer,
        WorkshopReader,
        WorkshopNotifier,
        WorkshopWriter,
        WorkshopAgenda,
        WorkshopsService,
        WorkshopSessionService,
        WorkshopParticipationService,
        WorkshopOutcomesService,
        WorkshopViews,
        WorkshopsResolver,
        WorkshopParticipationResolver,
        ValidationOutcomes,
        ValidationOutcomesResolver,
      ],
    };
  }

  onModuleInit(): void {
    this.phaseChecks.register(closedWorkshopCheck(AssessmentPhase.ENGAGE));
  }
}
