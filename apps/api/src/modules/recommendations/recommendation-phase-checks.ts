import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, Not, type EntityManager } from 'typeorm';
import { AssessmentPhase } from '../assessments/assessment-phase.js';
import { PhaseChecks } from '../assessments/phase-checks.js';
import { RecommendationEntity } from './recommendation.entity.js';
import { agreedStatuses } from './recommendation-values.js';

// Leaving Engage: the assessment ends with at least one recommendation, and every agreed one says
// who is responsible for carrying it out. Dropped recommendations do not count.
@Injectable()
export class RecommendationPhaseChecks implements OnModuleInit {
  constructor(private readonly checks: PhaseChecks) {}

  onModuleInit(): void {
    this.checks.register({
      key: 'recommendations.atLeastOne',
      phase: AssessmentPhase.ENGAGE,
      async evaluate(manager: EntityManager, assessmentId: string) {
        const count = await manager.countBy(RecommendationEntity, {
          assessmentId,
          status: Not('DROPPED'),
        });
        return { met: count > 0, count };
      },
    });
    this.checks.register({
      key: 'recommendations.agreedHaveInstitution',
      phase: AssessmentPhase.ENGAGE,
      async evaluate(manager: EntityManager, assessmentId: string) {
        const agreed = await manager.findBy(RecommendationEntity, {
          assessmentId,
          status: In([...agreedStatuses]),
        });
        const count = agreed.filter(
          (r) => r.responsibleOrganisationId !== null || r.responsibleInstitutionName !== null,
        ).length;
        return { met: count === agreed.length, count, total: agreed.length };
      },
    });
  }
}
