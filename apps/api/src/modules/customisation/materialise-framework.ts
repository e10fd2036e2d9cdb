import { indexFramework, type Framework } from '@idgov/framework';
import type { EntityManager } from 'typeorm';
import { AssessmentQuestionEntity } from './assessment-question.entity.js';
import { AssessmentSubElementEntity } from './assessment-sub-element.entity.js';
import { QuestionOrigin } from './question-origin.js';

// Copies the framework's sub-elements and anchor questions into a new assessment, inside the
// transaction that creates it.
export async function materialiseFramework(
  manager: EntityManager,
  assessmentId: string,
  framework: Framework,
): Promise<void> {
  const subElements = framework.elements.flatMap((e) =>
    e.subElements.map((s) => ({ assessmentId, subElementKey: s.key, enabled: true })),
  );
  const questions = indexFramework(framework)
    .questions()
    .map(({ subElement, detail, question, position }) => ({
      assessmentId,
      subElementKey: subElement.key,
      detailKey: detail.key,
      questionKey: question.key,
      origin: QuestionOrigin.FRAMEWORK,
      originalText: question.text,
      text: question.text,
      position,
    }));
  await manager.insert(AssessmentSubElementEntity, subElements);
  await manager.insert(AssessmentQuestionEntity, questions);
}
