import type { Framework, FrameworkDetail, FrameworkSubElement } from '@idgov/framework';
import type { AssessmentQuestionEntity } from './assessment-question.entity.js';
import type { AssessmentSubElementEntity } from './assessment-sub-element.entity.js';
import type {
  AssessmentDetailObject,
  AssessmentElementObject,
  AssessmentQuestionObject,
  AssessmentSubElementObject,
} from './customisation.object.js';
import { provenanceOf } from './question-origin.js';

export interface AssessmentRows {
  subElements: AssessmentSubElementEntity[];
  questions: AssessmentQuestionEntity[];
}

export function toQuestionObject(row: AssessmentQuestionEntity): AssessmentQuestionObject {
  return {
    id: `${row.assessmentId}:${row.questionKey}`,
    key: row.questionKey,
    text: row.text,
    originalText: row.originalText,
    provenance: provenanceOf(row),
    position: row.position,
  };
}

export function toDetailObject(
  assessmentId: string,
  detail: FrameworkDetail,
  questions: AssessmentQuestionEntity[],
): AssessmentDetailObject {
  return {
    id: `${assessmentId}:${detail.key}`,
    key: detail.key,
    title: detail.title,
    questions: questions
      .filter((q) => q.detailKey === detail.key)
      .sort((a, b) => a.position - b.position || a.questionKey.localeCompare(b.questionKey))
      .map(toQuestionObject),
  };
}

export function toSubElementObject(
  assessmentId: string,
  subElement: FrameworkSubElement,
  setting: AssessmentSubElementEntity,
  questions: AssessmentQuestionEntity[],
): AssessmentSubElementObject {
  return {
    id: `${assessmentId}:${subElement.key}`,
    key: subElement.key,
    title: subElement.title,
    enabled: setting.enabled,
    disabledReason: setting.disabledReason,
    details: subElement.details.map((d) => toDetailObject(assessmentId, d, questions)),
  };
}

// Lays an assessment's stored settings and questions over the framework's structure. A
// sub-element the assessment has no row for (added to the framework later) is left out.
export function buildAssessmentTree(
  assessmentId: string,
  framework: Framework,
  rows: AssessmentRows,
): AssessmentElementObject[] {
  const settings = new Map(rows.subElements.map((s) => [s.subElementKey, s]));
  const questionsBySub = new Map<string, AssessmentQuestionEntity[]>();
  for (const q of rows.questions) {
    const list = questionsBySub.get(q.subElementKey);
    if (list) {
      list.push(q);
    } else {
      questionsBySub.set(q.subElementKey, [q]);
    }
  }
  return framework.elements.map((element) => ({
    id: `${assessmentId}:${element.key}`,
    key: element.key,
    title: element.title,
    subElements: element.subElements.flatMap((sub) => {
      const setting = settings.get(sub.key);
      return setting
        ? [toSubElementObject(assessmentId, sub, setting, questionsBySub.get(sub.key) ?? [])]
        : [];
    }),
  }));
}
