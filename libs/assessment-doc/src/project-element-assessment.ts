import type * as Y from 'yjs';
import {
  defaultQuestionStatus,
  findingKinds,
  questionStatuses,
  ratings,
  type FindingKind,
  type QuestionStatus,
  type Rating,
} from './assessment-doc.schema.js';
import {
  readElementAssessment,
  type ElementAssessmentSnapshot,
  type QuestionSnapshot,
} from './read-element-assessment.js';

// Figures for the relational projection that feeds dashboards, so they never open a Y.Doc.
// Lengths are UTF-16 code units (JavaScript string length, as Y.Text counts).

export type QuestionProjection = {
  readonly questionKey: string;
  readonly status: QuestionStatus;
  readonly rating: Rating | null;
  readonly answerLength: number;
  readonly rationaleLength: number;
  readonly evidenceCount: number;
};

export type ProjectionCounts = {
  readonly questionCount: number;
  readonly statusCounts: Readonly<Record<QuestionStatus, number>>;
  // Questions not rated yet are counted apart from UNKNOWN, which is a rating (information gap).
  readonly ratingCounts: Readonly<Record<Rating, number>>;
  readonly unratedCount: number;
  readonly findingCounts: Readonly<Record<FindingKind, number>>;
};

export type SubElementProjection = ProjectionCounts & {
  readonly subElementKey: string;
  readonly summaryLength: number;
  readonly questions: readonly QuestionProjection[];
};

export type ElementAssessmentProjection = ProjectionCounts & {
  readonly schemaVersion: number | null;
  readonly subElements: readonly SubElementProjection[];
};

// The enabled structure: sub-element key → its anchor question keys, in display order.
export type QuestionKeysBySubElement = Readonly<Record<string, readonly string[]>>;

const zeroCounts = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

const emptyQuestion: QuestionSnapshot = {
  status: defaultQuestionStatus,
  rating: null,
  answer: '',
  rationale: '',
  evidence: [],
};

function projectQuestion(questionKey: string, question: QuestionSnapshot): QuestionProjection {
  return {
    questionKey,
    status: question.status,
    rating: question.rating,
    answerLength: question.answer.length,
    rationaleLength: question.rationale.length,
    evidenceCount: question.evidence.length,
  };
}

function count(
  questions: readonly QuestionProjection[],
  findings: readonly FindingKind[],
): ProjectionCounts {
  const statusCounts = zeroCounts(questionStatuses);
  const ratingCounts = zeroCounts(ratings);
  const findingCounts = zeroCounts(findingKinds);
  let unratedCount = 0;
  for (const question of questions) {
    statusCounts[question.status] += 1;
    if (question.rating === null) {
      unratedCount += 1;
    } else {
      ratingCounts[question.rating] += 1;
    }
  }
  for (const kind of findings) {
    findingCounts[kind] += 1;
  }
  return {
    questionCount: questions.length,
    statusCounts,
    ratingCounts,
    unratedCount,
    findingCounts,
  };
}

// Pure: the same snapshot and structure always give the same figures. Content stored for
// questions or sub-elements outside the structure (disabled, removed) is not counted.
export function projectSnapshot(
  snapshot: ElementAssessmentSnapshot,
  structure: QuestionKeysBySubElement,
): ElementAssessmentProjection {
  const allQuestions: QuestionProjection[] = [];
  const allFindings: FindingKind[] = [];
  const subElements = Object.entries(structure).map(([subElementKey, questionKeys]) => {
    // Object.hasOwn: a key such as "constructor" must not read Object.prototype members.
    const stored = Object.hasOwn(snapshot.subElements, subElementKey)
      ? snapshot.subElements[subElementKey]
      : undefined;
    const questions = questionKeys.map((questionKey) => {
      const question = Object.hasOwn(snapshot.questions, questionKey)
        ? snapshot.questions[questionKey]
        : undefined;
      return projectQuestion(questionKey, question ?? emptyQuestion);
    });
    const findings = (stored?.findings ?? []).map((finding) => finding.kind);
    allQuestions.push(...questions);
    allFindings.push(...findings);
    return {
      subElementKey,
      summaryLength: stored?.summary.length ?? 0,
      questions,
      ...count(questions, findings),
    };
  });
  return {
    schemaVersion: snapshot.schemaVersion,
    subElements,
    ...count(allQuestions, allFindings),
  };
}

export function projectElementAssessment(
  doc: Y.Doc,
  structure: QuestionKeysBySubElement,
): ElementAssessmentProjection {
  return projectSnapshot(readElementAssessment(doc), structure);
}
