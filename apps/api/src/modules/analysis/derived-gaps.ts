import type { ElementAssessmentSnapshot } from '@idgov/assessment-doc';
import type { DerivedGapKind } from './analysis-kinds.js';
import type { ElementNode } from './analysis-structure.js';

export interface DerivedGap {
  kind: DerivedGapKind;
  elementKey: string;
  subElementKey: string;
  questionKey: string;
}

// The gaps an element's document shows, per enabled question in order: no answer text, no
// evidence cited, or rated UNKNOWN. A question rated NOT_APPLICABLE needs neither answer nor
// evidence, so it shows none.
export function derivedGaps(
  element: ElementNode,
  snapshot: ElementAssessmentSnapshot | undefined,
): DerivedGap[] {
  const gaps: DerivedGap[] = [];
  for (const sub of element.subElements) {
    for (const questionKey of sub.questionKeys) {
      const question = snapshot?.questions[questionKey];
      if (question?.rating === 'NOT_APPLICABLE') {
        continue;
      }
      const at = { elementKey: element.key, subElementKey: sub.key, questionKey };
      if (!question || question.answer.trim() === '') {
        gaps.push({ kind: 'NO_ANSWER', ...at });
      }
      if (!question || question.evidence.length === 0) {
        gaps.push({ kind: 'NO_EVIDENCE', ...at });
      }
      if (question?.rating === 'UNKNOWN') {
        gaps.push({ kind: 'RATING_UNKNOWN', ...at });
      }
    }
  }
  return gaps;
}
