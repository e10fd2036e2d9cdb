import {
  documentName,
  projectFigures,
  type ElementFigures,
  type QuestionKeysBySubElement,
} from '@idgov/assessment-doc';
import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { buildAssessmentTree } from '../customisation/assessment-tree.js';
import { CustomisationService } from '../customisation/customisation.service.js';
import type { AssessmentElementObject } from '../customisation/customisation.object.js';
import { notFound } from '../../core/errors/app-error.js';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { FrameworkService } from '../framework/framework.service.js';
import { toAssignments, viewerElementActions } from '../members/element-assignment.object.js';
import { MembersService } from '../members/members.service.js';
import type { ElementAssessmentObject } from './element-assessment.object.js';
import { ElementProgressEntity } from './element-progress.entity.js';
import { toElementProgressObject, type ElementProgressObject } from './progress.object.js';

const noFigures: ElementFigures = { schemaVersion: null, questions: {}, subElements: {} };

// The questions an element asks today: its enabled sub-elements' anchor questions, in order.
function structureOf(element: AssessmentElementObject): QuestionKeysBySubElement {
  return Object.fromEntries(
    element.subElements
      .filter((s) => s.enabled)
      .map((s) => [s.key, s.details.flatMap((d) => d.questions.map((q) => q.key))]),
  );
}

@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customisation: CustomisationService,
    private readonly frameworks: FrameworkService,
    private readonly members: MembersService,
  ) {}

  async elementAssessment(
    actor: Actor,
    assessmentId: string,
    elementKey: string,
  ): Promise<ElementAssessmentObject> {
    const element = this.frameworks.currentIndex().element(elementKey);
    if (!element) {
      throw notFound('Element', 'elementKey');
    }
    if (!(await this.dataSource.getRepository(AssessmentEntity).existsBy({ id: assessmentId }))) {
      throw notFound('Assessment', 'assessmentId');
    }
    const [rows, progress] = await Promise.all([
      this.members.assigneesOf([assessmentId]),
      this.progressOf([assessmentId]),
    ]);
    const [assignment] = toAssignments([elementKey], rows);
    const elementProgress = progress.get(assessmentId)?.find((e) => e.elementKey === elementKey);
    if (!assignment || !elementProgress) {
      throw notFound('Element', 'elementKey');
    }
    return {
      documentName: documentName(assessmentId, elementKey),
      elementKey,
      title: element.title,
      viewerActions: viewerElementActions(actor, assessmentId, assignment),
      progress: elementProgress,
    };
  }

  // Every element of each assessment, counted over its current structure.
  async progressOf(
    assessmentIds: readonly string[],
  ): Promise<Map<string, ElementProgressObject[]>> {
    const [rows, trees] = await Promise.all([
      this.dataSource
        .getRepository(ElementProgressEntity)
        .findBy({ assessmentId: In([...assessmentIds]) }),
      this.customisation.rowsFor(assessmentIds),
    ]);
    const stored = new Map(rows.map((r) => [`${r.assessmentId}:${r.elementKey}`, r]));
    const framework = this.frameworks.current();
    return new Map(
      assessmentIds.map((id) => {
        const tree = buildAssessmentTree(
          id,
          framework,
          trees.get(id) ?? { subElements: [], questions: [] },
        );
        const elements = tree.map((element) => {
          const row = stored.get(`${id}:${element.key}`);
          const projection = projectFigures(row?.figures ?? noFigures, structureOf(element));
          return toElementProgressObject(element.key, projection, row?.updatedAt ?? null);
        });
        return [id, elements];
      }),
    );
  }
}
