import { AssessmentDocError } from './assessment-doc.error.js';
import {
  evidenceIdMaxLength,
  findingKinds,
  itemKeyPattern,
  pinpointMaxLength,
  questionStatuses,
  ratings,
  type EvidenceRef,
  type FindingKind,
  type QuestionStatus,
  type Rating,
} from './assessment-doc.schema.js';

// Guards are used by the tolerant reader (never throw); asserts by the mutators, which are
// called with values from GraphQL, the web app or tests and must refuse anything unknown.

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

export const isQuestionStatus = (value: unknown): value is QuestionStatus =>
  isOneOf(questionStatuses, value);
export const isRating = (value: unknown): value is Rating => isOneOf(ratings, value);
export const isFindingKind = (value: unknown): value is FindingKind => isOneOf(findingKinds, value);

export function isItemKey(value: unknown): value is string {
  return typeof value === 'string' && itemKeyPattern.test(value);
}

export function isEvidenceRef(value: {
  evidenceId: unknown;
  pinpoint: unknown;
}): value is EvidenceRef {
  const { evidenceId, pinpoint } = value;
  return (
    typeof evidenceId === 'string' &&
    evidenceId.trim().length > 0 &&
    evidenceId.length <= evidenceIdMaxLength &&
    typeof pinpoint === 'string' &&
    pinpoint.length <= pinpointMaxLength
  );
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : typeof value;
}

function assertOneOf<T extends string>(what: string, values: readonly T[], value: unknown): T {
  if (!isOneOf(values, value)) {
    throw new AssessmentDocError(
      `Unknown ${what} ${describe(value)}; expected one of ${values.join(', ')}`,
    );
  }
  return value;
}

export const assertQuestionStatus = (value: unknown): QuestionStatus =>
  assertOneOf('question status', questionStatuses, value);
export const assertRating = (value: unknown): Rating => assertOneOf('rating', ratings, value);
export const assertFindingKind = (value: unknown): FindingKind =>
  assertOneOf('finding kind', findingKinds, value);

export function assertItemKey(what: 'question' | 'sub-element', value: unknown): string {
  if (!isItemKey(value)) {
    throw new AssessmentDocError(`Invalid ${what} key ${describe(value)}`);
  }
  return value;
}

export function assertEvidenceRef(value: { evidenceId: unknown; pinpoint: unknown }): EvidenceRef {
  if (!isEvidenceRef(value)) {
    throw new AssessmentDocError(
      `Invalid evidence reference: evidenceId must be 1-${evidenceIdMaxLength} characters, pinpoint at most ${pinpointMaxLength}`,
    );
  }
  return { evidenceId: value.evidenceId, pinpoint: value.pinpoint };
}
