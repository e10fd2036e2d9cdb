import {
  documentName,
  readElementAssessment,
  type ElementAssessmentSnapshot,
} from '@idgov/assessment-doc';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '../../core/errors/app-error.js';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { buildAssessmentTree } from '../customisation/assessment-tree.js';
import { CustomisationService } from '../customisation/customisation.service.js';
import { FrameworkService } from '../framework/framework.service.js';
import { docOf, ElementDocuments } from '../versions/element-documents.js';

export interface SubElementNode {
  key: string;
  title: string;
  elementKey: string;
  // Anchor questions, in the assessment's order.
  questionKeys: string[];
}

export interface ElementNode {
  key: string;
  title: string;
  subElements: SubElementNode[];
}

// What analysis looks at: the enabled sub-elements and their questions, in framework order.
export type EnabledTree = ElementNode[];

export function findSubElement(tree: EnabledTree, key: string): SubElementNode | undefined {
  for (const element of tree) {
    const found = element.subElements.find((s) => s.key === key);
    if (found) {
      return found;
    }
  }
  return undefined;
}

// Checks keys named in an input against the enabled structure, answering which field is wrong.
export function requireEnabledKeys(
  tree: EnabledTree,
  keys: { elementKey?: string; subElementKey: string; questionKey?: string | null },
): SubElementNode {
  const sub = findSubElement(tree, keys.subElementKey);
  if (!sub) {
    throw badInput('subElementKey', 'No enabled sub-element of this assessment has this key');
  }
  if (keys.elementKey !== undefined && sub.elementKey !== keys.elementKey) {
    throw badInput('elementKey', 'The sub-element does not belong to this element');
  }
  if (keys.questionKey && !sub.questionKeys.includes(keys.questionKey)) {
    throw badInput('questionKey', 'The sub-element asks no question with this key');
  }
  return sub;
}

// The assessment's enabled structure (customisation) and the element documents' content, read
// through the same seam as versions: the live rooms of the collaboration module.
@Injectable()
export class AnalysisStructure {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customisation: CustomisationService,
    private readonly frameworks: FrameworkService,
    private readonly documents: ElementDocuments,
  ) {}

  async enabledTree(assessmentId: string): Promise<EnabledTree> {
    if (!(await this.dataSource.getRepository(AssessmentEntity).existsBy({ id: assessmentId }))) {
      throw notFound('Assessment', 'assessmentId');
    }
    const rows = (await this.customisation.rowsFor([assessmentId])).get(assessmentId);
    const tree = buildAssessmentTree(
      assessmentId,
      this.frameworks.current(),
      rows ?? { subElements: [], questions: [] },
    );
    return tree.map((element) => ({
      key: element.key,
      title: element.title,
      subElements: element.subElements
        .filter((s) => s.enabled)
        .map((s) => ({
          key: s.key,
          title: s.title,
          elementKey: element.key,
          questionKeys: s.details.flatMap((d) => d.questions.map((q) => q.key)),
        })),
    }));
  }

  // Each element's document as plain data, read hostile-tolerantly; documents are loaded in
  // parallel (each room loads once, however many ask).
  async snapshots(
    assessmentId: string,
    elementKeys: readonly string[],
  ): Promise<Map<string, ElementAssessmentSnapshot>> {
    const entries = await Promise.all(
      elementKeys.map(async (key) => {
        const { state } = await this.documents.current(documentName(assessmentId, key));
        const doc = docOf(state);
        try {
          return [key, readElementAssessment(doc)] as const;
        } finally {
          doc.destroy();
        }
      }),
    );
    return new Map(entries);
  }
}
