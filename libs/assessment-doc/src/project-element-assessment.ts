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

// Text-free figures of a document: what the relational projection stores, so that progress can
// be recounted over a changed structure (a sub-element switched off) without opening the document.
export type ElementFigures = {
  readonly schemaVersion: number | null;
  readonly questions: Readonly<Record<string, Omit<QuestionProjection, 'questionKey'>>>;
  readonly subElements: Readonly<
    Record<
      string,
      { readonly summaryLength: number; readonly findingKinds: readonly FindingKind[] }
    >
  >;
};

export function figuresOf(snapshot: ElementAssessmentSnapshot): ElementFigures {
  return {
    schemaVersion: snapshot.schemaVersion,
    questions: Object.fromEntries(
      Object.entries(snapshot.questions).map(([key, q]) => {
        const { questionKey: _, ...figures } = projectQuestion(key, q);
        return [key, figures];
      }),
    ),
    subElements: Object.fromEntries(
      Object.entries(snapshot.subElements).map(([key, s]) => [
        key,
        { summaryLength: s.summary.length, findingKinds: s.findings.map((f) => f.kind) },
      ]),
    ),
  };
}

const emptyFigures: Omit<QuestionProjection, 'questionKey'> = {
  status: emptyQuestion.status,
  rating: null,
  answerLength: 0,
  rationaleLength: 0,
  evidenceCount: 0,
};

// Pure: the same figures and structure always give the same projection. Content stored for
// questions or sub-elements outside the structure (disabled, removed) is not counted.
export function projectFigures(
  figures: ElementFigures,
  structure: QuestionKeysBySubElement,
): ElementAssessmentProjection {
  const allQuestions: QuestionProjection[] = [];
  const allFindings: FindingKind[] = [];
  const subElements = Object.entries(structure).map(([subElementKey, questionKeys]) => {
    // Object.hasOwn: a key such as "constructor" must not read Object.prototype members.
    const stored = Object.hasOwn(figures.subElements, subElementKey)
      ? figures.subElements[subElementKey]
      : undefined;
    const questions = questionKeys.map((questionKey) => {
      const question = Object.hasOwn(figures.questions, questionKey)
        ? figures.questions[questionKey]
        : undefined;
      return { questionKey, ...(question ?? emptyFigures) };
    });
    const findings = stored?.findingKinds ?? [];
    allQuestions.push(...questions);
    allFindings.push(...findings);
    return {
      subElementKey,
      summaryLength: stored?.summaryLength ?? 0,
      questions,
      ...count(questions, findings),
    };
  });
  return {
    schemaVersion: figures.schemaVersion,
    subElements,
    ...count(allQuestions, allFindings),
  };
}

export function projectSnapshot(
  snapshot: ElementAssessmentSnapshot,
  structure: QuestionKeysBySubElement,
): ElementAssessmentProjection {
  return projectFigures(figuresOf(snapshot), structure);
}

export function projectElementAssessment(
  doc: Y.Doc,
  structure: QuestionKeysBySubElement,
): ElementAssessmentProjection {
  return projectSnapshot(readElementAssessment(doc), structure);
}
