export { AssessmentDocError, UnsupportedSchemaVersionError } from './assessment-doc.error.js';
export {
  answerFragmentName,
  assessmentDocSchemaVersion,
  defaultQuestionStatus,
  evidenceArrayName,
  evidenceIdMaxLength,
  findingKinds,
  findingsArrayName,
  pinpointMaxLength,
  questionStatuses,
  rationaleTextName,
  ratings,
  rootNames,
  rootPrefixes,
  summaryTextName,
  type EvidenceRef,
  type FindingKind,
  type QuestionStatus,
  type Rating,
} from './assessment-doc.schema.js';
export {
  assertFindingKind,
  assertQuestionStatus,
  assertRating,
  isFindingKind,
  isItemKey,
  isQuestionStatus,
  isRating,
} from './assessment-doc.validate.js';
export { answerPlainText, fragmentPlainText } from './answer-text.js';
export { documentName, parseDocumentName, type DocumentAddress } from './document-name.js';
export {
  docMigrations,
  migrateDoc,
  readSchemaVersion,
  type DocMigration,
  type MigrateDocOptions,
  type MigrateDocResult,
} from './migrate-doc.js';
export {
  addEvidenceRef,
  answerFragment,
  evidenceRefs,
  questionRating,
  questionStatus,
  rationaleText,
  removeEvidenceRef,
  setRating,
  setStatus,
} from './question.mutators.js';
export {
  addFinding,
  findingText,
  removeFinding,
  setFindingKind,
  summaryText,
} from './sub-element.mutators.js';
export {
  readElementAssessment,
  type ElementAssessmentSnapshot,
  type FindingSnapshot,
  type QuestionSnapshot,
  type SubElementSnapshot,
} from './read-element-assessment.js';
export {
  figuresOf,
  projectElementAssessment,
  projectFigures,
  projectSnapshot,
  type ElementAssessmentProjection,
  type ElementFigures,
  type ProjectionCounts,
  type QuestionKeysBySubElement,
  type QuestionProjection,
  type SubElementProjection,
} from './project-element-assessment.js';
export { restoreContent } from './restore-content.js';
export { stateHash } from './state-hash.js';
export {
  collabCloseCode,
  collabMessageType,
  decodeCollabServerMessage,
  encodeAccess,
  encodeAckRequest,
  encodePresence,
  encodeSaved,
  readAccess,
  type CollabAccess,
  type CollabPresence,
  type CollabServerMessage,
} from './collab-protocol.js';
export { indexByTarget, type DocTarget, type TargetIndex } from './target-index.js';
