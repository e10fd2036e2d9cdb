import type * as Y from 'yjs';
import { fragmentPlainText } from './answer-text.js';
import {
  answerFragmentName,
  defaultQuestionStatus,
  findingsArrayName,
  rationaleTextName,
  rootNames,
  rootPrefixes,
  summaryTextName,
  type EvidenceRef,
  type FindingKind,
  type QuestionStatus,
  type Rating,
} from './assessment-doc.schema.js';
import { isItemKey, isQuestionStatus, isRating } from './assessment-doc.validate.js';
import {
  plainText,
  readEvidenceRefs,
  readFindingEntry,
  readRootArray,
  readRootFragment,
  readRootMap,
  rootPlainText,
} from './doc-read.util.js';
import { readSchemaVersion } from './migrate-doc.js';

export type QuestionSnapshot = {
  readonly status: QuestionStatus;
  readonly rating: Rating | null;
  readonly answer: string;
  readonly rationale: string;
  readonly evidence: readonly EvidenceRef[];
};

export type FindingSnapshot = {
  readonly id: string;
  readonly kind: FindingKind;
  readonly text: string;
};

export type SubElementSnapshot = {
  readonly summary: string;
  readonly findings: readonly FindingSnapshot[];
};

// Keys are sorted and only items with content appear, so the snapshot depends on the document's
// content alone, not on which types a given peer happened to instantiate (an editor binding an
// empty fragment must not make a question appear).
export type ElementAssessmentSnapshot = {
  readonly schemaVersion: number | null;
  readonly questions: Readonly<Record<string, QuestionSnapshot>>;
  readonly subElements: Readonly<Record<string, SubElementSnapshot>>;
};

type ScalarMaps = {
  readonly status: Y.Map<unknown> | null;
  readonly rating: Y.Map<unknown> | null;
};

function readQuestion(doc: Y.Doc, key: string, maps: ScalarMaps): QuestionSnapshot | null {
  const status = maps.status?.get(key);
  const rating = maps.rating?.get(key);
  const fragment = readRootFragment(doc, answerFragmentName(key));
  const question: QuestionSnapshot = {
    status: isQuestionStatus(status) ? status : defaultQuestionStatus,
    rating: isRating(rating) ? rating : null,
    answer: fragment === null ? '' : fragmentPlainText(fragment),
    rationale: rootPlainText(doc, rationaleTextName(key)),
    evidence: readEvidenceRefs(doc, key),
  };
  const hasContent =
    isQuestionStatus(status) ||
    question.rating !== null ||
    question.answer.length > 0 ||
    question.rationale.length > 0 ||
    question.evidence.length > 0;
  return hasContent ? question : null;
}

function readFindings(doc: Y.Doc, subElementKey: string): FindingSnapshot[] {
  const findings: FindingSnapshot[] = [];
  for (const item of readRootArray(doc, findingsArrayName(subElementKey))?.toArray() ?? []) {
    const entry = readFindingEntry(item);
    // A duplicated id can only come from a bad client; the first one wins, as in the mutators.
    if (entry !== null && !findings.some((known) => known.id === entry.id)) {
      const text = entry.text === null ? '' : plainText(entry.text);
      findings.push({ id: entry.id, kind: entry.kind, text });
    }
  }
  return findings;
}

function readSubElement(doc: Y.Doc, key: string): SubElementSnapshot | null {
  const subElement = {
    summary: rootPlainText(doc, summaryTextName(key)),
    findings: readFindings(doc, key),
  };
  return subElement.summary.length > 0 || subElement.findings.length > 0 ? subElement : null;
}

function keysWithPrefix(names: readonly string[], prefixes: readonly string[]): string[] {
  const keys: string[] = [];
  for (const name of names) {
    const prefix = prefixes.find((p) => name.startsWith(p));
    if (prefix !== undefined) {
      keys.push(name.slice(prefix.length));
    }
  }
  return keys;
}

function collect<T>(keys: Iterable<string>, read: (key: string) => T | null): Record<string, T> {
  // Only well-formed keys: this also keeps names such as __proto__ out of the records.
  const valid = [...new Set(keys)].filter(isItemKey).sort();
  const entries: [string, T][] = [];
  for (const key of valid) {
    const value = read(key);
    if (value !== null) {
      entries.push([key, value]);
    }
  }
  return Object.fromEntries(entries);
}

// Reads everything in the document into plain data. Never throws and never writes: whatever a bad
// client stored under an unexpected type or value is skipped.
export function readElementAssessment(doc: Y.Doc): ElementAssessmentSnapshot {
  const maps: ScalarMaps = {
    status: readRootMap(doc, rootNames.status),
    rating: readRootMap(doc, rootNames.rating),
  };
  const names = [...doc.share.keys()];
  const questionKeys = [
    ...(maps.status?.keys() ?? []),
    ...(maps.rating?.keys() ?? []),
    ...keysWithPrefix(names, [rootPrefixes.answer, rootPrefixes.rationale, rootPrefixes.evidence]),
  ];
  const subElementKeys = keysWithPrefix(names, [rootPrefixes.findings, rootPrefixes.summary]);
  return {
    schemaVersion: readSchemaVersion(doc),
    questions: collect(questionKeys, (key) => readQuestion(doc, key, maps)),
    subElements: collect(subElementKeys, (key) => readSubElement(doc, key)),
  };
}
