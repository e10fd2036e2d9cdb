// The shape of one element assessment's Y.Doc (one document per assessment and element).
//
// Why every shared type is a top-level named type: Yjs merges top-level types by name, so two
// clients that both call doc.getText('rationale:q1') on a fresh document end up editing the same
// text. A nested type is different: if two clients concurrently do
// `doc.getMap('questions').set('q1', new Y.Map())`, the map key is last-writer-wins and one of the
// two nested maps (with everything written into it) is silently discarded. So:
//   - per-question scalars (status, rating) are primitive values in the top-level maps `status`
//     and `rating`, keyed by question key (a concurrent set is a plain last-writer-wins choice);
//   - per-question and per-sub-element rich values are top-level types named `<kind>:<key>`;
//   - the only nested types are created inside a freshly inserted array element (a finding), which
//     no other client can create concurrently.
// The hierarchy sub-element → detail → question is not stored: it belongs to the assessment's
// relational customisation, so enabling, reordering or rewording never restructures a document,
// and the content of a disabled sub-element survives until it is enabled again.

export const assessmentDocSchemaVersion = 1;

export const questionStatuses = ['NOT_STARTED', 'DRAFTING', 'READY_FOR_REVIEW'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

// The platform's own rating scale against the target scenario; UNKNOWN is an information gap.
export const ratings = ['MEETS_TARGET', 'PARTIAL', 'NOT_MET', 'UNKNOWN', 'NOT_APPLICABLE'] as const;
export type Rating = (typeof ratings)[number];

export const findingKinds = ['STRENGTH', 'WEAKNESS', 'INFORMATION_GAP', 'RISK'] as const;
export type FindingKind = (typeof findingKinds)[number];

export const defaultQuestionStatus: QuestionStatus = 'NOT_STARTED';

// Top-level type names. Keys never contain ':', so a name maps back to exactly one key.
export const rootNames = {
  meta: 'meta',
  status: 'status',
  rating: 'rating',
} as const;

export const rootPrefixes = {
  answer: 'answer:',
  rationale: 'rationale:',
  evidence: 'evidence:',
  findings: 'findings:',
  summary: 'summary:',
} as const;

export const metaKeys = { schemaVersion: 'schemaVersion' } as const;

// Fields of an evidence reference map and of a finding map.
export const evidenceFields = { evidenceId: 'evidenceId', pinpoint: 'pinpoint' } as const;
export const findingFields = { id: 'id', kind: 'kind', text: 'text' } as const;

// Question and sub-element keys as the framework writes them (`detail-key.q1`, `sub-element`)
// plus custom questions (`custom-<hex>`): lowercase, digits, '-' and '.', bounded in length.
export const itemKeyPattern = /^[a-z0-9](?:[a-z0-9.-]{0,126}[a-z0-9])?$/;

// Evidence ids come from the evidence module (uuids today); a pinpoint is free text such as
// "art. 12(3)" or "p. 40". Both are bounded so one reference cannot bloat the document.
export const evidenceIdMaxLength = 128;
export const pinpointMaxLength = 500;

export type EvidenceRef = { readonly evidenceId: string; readonly pinpoint: string };

// The top-level XmlFragment holding a question's answer. TipTap's Collaboration extension takes
// it as `field` (y-prosemirror binds to doc.getXmlFragment(field)).
export function answerFragmentName(questionKey: string): string {
  return `${rootPrefixes.answer}${questionKey}`;
}

export function rationaleTextName(questionKey: string): string {
  return `${rootPrefixes.rationale}${questionKey}`;
}

export function evidenceArrayName(questionKey: string): string {
  return `${rootPrefixes.evidence}${questionKey}`;
}

export function findingsArrayName(subElementKey: string): string {
  return `${rootPrefixes.findings}${subElementKey}`;
}

export function summaryTextName(subElementKey: string): string {
  return `${rootPrefixes.summary}${subElementKey}`;
}
