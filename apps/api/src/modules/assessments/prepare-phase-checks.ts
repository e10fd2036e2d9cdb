import { projectFigures, type ElementFigures } from '@idgov/assessment-doc';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { AssessmentQuestionEntity } from '../customisation/assessment-question.entity.js';
import { AssessmentSubElementEntity } from '../customisation/assessment-sub-element.entity.js';
import { buildAssessmentTree } from '../customisation/assessment-tree.js';
import { EvidenceEntity } from '../evidence/evidence.entity.js';
import { FrameworkService } from '../framework/framework.service.js';
import { ElementProgressEntity } from '../progress/element-progress.entity.js';
import { AssessmentPhase } from './assessment-phase.js';
import { PhaseChecks } from './phase-checks.js';

const noFigures: ElementFigures = { schemaVersion: null, questions: {}, subElements: {} };

// Leaving Prepare: research has begun everywhere the assessment looks (each enabled sub-element
// has a question past NOT_STARTED, from the projected element_progress figures recounted over the
// assessment's current questions, as the progress module does), and the evidence library holds
// a source that is not archived. Read through the gate's manager: on PGlite the transaction holds
// the only connection.
@Injectable()
export class PreparePhaseChecks implements OnModuleInit {
  constructor(
    private readonly checks: PhaseChecks,
    private readonly frameworks: FrameworkService,
  ) {}

  onModuleInit(): void {
    this.checks.register({
      key: 'assessment.subElementsStarted',
      phase: AssessmentPhase.PREPARE,
      evaluate: (manager, assessmentId) => this.subElementsStarted(manager, assessmentId),
    });
    this.checks.register({
      key: 'assessment.evidenceGathered',
      phase: AssessmentPhase.PREPARE,
      async evaluate(manager: EntityManager, assessmentId: string) {
        const count = await manager.countBy(EvidenceEntity, { assessmentId, archivedAt: IsNull() });
        return { met: count > 0, count };
      },
    });
  }

  private async subElementsStarted(manager: EntityManager, assessmentId: string) {
    const subElements = await manager.findBy(AssessmentSubElementEntity, { assessmentId });
    const questions = await manager.findBy(AssessmentQuestionEntity, { assessmentId });
    const stored = await manager.findBy(ElementProgressEntity, { assessmentId });
    const figures = new Map(stored.map((row) => [row.elementKey, row.figures]));
    const tree = buildAssessmentTree(assessmentId, this.frameworks.current(), {
      subElements,
      questions,
    });
    let count = 0;
    let total = 0;
    for (const element of tree) {
      const structure = Object.fromEntries(
        element.subElements
          .filter((s) => s.enabled)
          .map((s) => [s.key, s.details.flatMap((d) => d.questions.map((q) => q.key))]),
      );
      const projection = projectFigures(figures.get(element.key) ?? noFigures, structure);
      for (const s of projection.subElements) {
        total += 1;
        count += s.statusCounts.NOT_STARTED < s.questionCount ? 1 : 0;
      }
    }
    return { met: count === total, count, total };
  }
}
