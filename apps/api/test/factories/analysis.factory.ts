import { documentName } from '@idgov/assessment-doc';
import * as Y from 'yjs';
import { CollabRooms } from '../../src/modules/collab/collab-rooms.service.js';
import { assessmentTree } from '../support/assessment-tree.query.js';
import { expectData, type GraphqlResponse, type TestApp } from '../support/test-app.js';

export interface GapResult {
  id: string;
  kind: string;
  elementKey: string;
  subElementKey: string;
  questionKey: string | null;
  trackedGapId: string | null;
  source: string | null;
  description: string | null;
  dueDate: string | null;
  status: string | null;
  overdue: boolean;
  ownedByYou: boolean;
  owner: { label: string; userId: string | null; isYou: boolean } | null;
  createdBy: { label: string } | null;
}

export const gapFields = `id kind elementKey subElementKey questionKey trackedGapId source
  description dueDate status overdue ownedByYou owner { label userId isYou } createdBy { label }`;

export const informationGapsQuery = `query($a: ID!, $filter: GapFilter) {
  informationGaps(assessmentId: $a, filter: $filter) { total items { ${gapFields} } } }`;
export const raiseGapMutation = `mutation($input: RaiseGapInput!) { raiseGap(input: $input) { ${gapFields} } }`;
export const updateGapMutation = `mutation($a: ID!, $id: ID!, $input: UpdateGapInput!) {
  updateGap(assessmentId: $a, id: $id, input: $input) { ${gapFields} } }`;
export const gapTransitionMutation = (name: 'acknowledgeGap' | 'resolveGap' | 'reopenGap') =>
  `mutation($a: ID!, $id: ID!) { ${name}(assessmentId: $a, id: $id) { ${gapFields} } }`;

export interface SubElementRatingsResult {
  subElementKey: string;
  elementKey: string;
  total: number;
  groups: {
    group: string;
    total: number;
    majority: string | null;
    counts: { rating: string; count: number }[];
  }[];
  divergent: boolean;
  divergence: { reason: string; groups: string[] } | null;
  myRating: { rating: string; comment: string | null; group: string } | null;
  consolidated: { rating: string; rationale: string; setBy: { label: string } | null } | null;
}

export const ratingsFields = `subElementKey elementKey total divergent
  groups { group total majority counts { rating count } }
  divergence { reason groups } myRating { rating comment group }
  consolidated { rating rationale setBy { label } }`;
export const subElementRatingsQuery = `query($a: ID!, $e: String) {
  subElementRatings(assessmentId: $a, elementKey: $e) { ${ratingsFields} } }`;
export const submitRatingMutation = `mutation($input: SubmitStakeholderRatingInput!) {
  submitStakeholderRating(input: $input) { ${ratingsFields} } }`;
export const withdrawRatingMutation = `mutation($a: ID!, $s: String!) {
  withdrawStakeholderRating(assessmentId: $a, subElementKey: $s) { ${ratingsFields} } }`;
export const setConsolidatedMutation = `mutation($input: SetConsolidatedRatingInput!) {
  setConsolidatedRating(input: $input) { ${ratingsFields} } }`;
export const clearConsolidatedMutation = `mutation($a: ID!, $s: String!) {
  clearConsolidatedRating(assessmentId: $a, subElementKey: $s) { ${ratingsFields} } }`;

let counter = 0;

export function buildGapInput(
  assessmentId: string,
  at: { elementKey: string; subElementKey: string },
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  counter += 1;
  return {
    assessmentId,
    elementKey: at.elementKey,
    subElementKey: at.subElementKey,
    description: `No figures on enrolment coverage in rural districts (${counter})`,
    ...overrides,
  };
}

export function buildRatingInput(
  assessmentId: string,
  subElementKey: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return { assessmentId, subElementKey, rating: 'PARTIAL', ...overrides };
}

export async function raiseGap(
  t: TestApp,
  input: Record<string, unknown>,
  token?: string | null,
): Promise<GapResult> {
  const res: GraphqlResponse<{ raiseGap: GapResult }> = await t.gql(
    raiseGapMutation,
    { input },
    token,
  );
  return expectData(res).raiseGap;
}

// The first enabled sub-element of an element and its questions, from the assessment's tree.
export async function structureOf(t: TestApp, assessmentId: string, elementKey: string) {
  const tree = await assessmentTree(t, assessmentId);
  const element = tree.find((e) => e.key === elementKey);
  const subs = (element?.subElements ?? []).filter((s) => s.enabled);
  return subs.map((s) => ({
    elementKey,
    subElementKey: s.key,
    questionKeys: s.details.flatMap((d) => d.questions.map((q) => q.key)),
  }));
}

// Writes into an element's live document as the server does (stored, then relayed).
export async function changeElement(
  t: TestApp,
  assessmentId: string,
  elementKey: string,
  change: (doc: Y.Doc) => void,
): Promise<void> {
  await t.app.get(CollabRooms).applyServerChange(documentName(assessmentId, elementKey), change);
}

// AssessmentMember ids as a viewer sees them, by role and organisation-free label match.
export async function memberIds(
  t: TestApp,
  assessmentId: string,
): Promise<{ id: string; label: string; role: string }[]> {
  const data = expectData(
    await t.gql<{ assessment: { members: { id: string; label: string; role: string }[] } }>(
      `query($id: ID!) { assessment(id: $id) { members { id label role } } }`,
      { id: assessmentId },
    ),
  );
  return data.assessment.members;
}

// One paragraph of an answer, shaped as the web editor (y-prosemirror) writes it.
export function writeAnswer(doc: Y.Doc, questionKey: string, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  const run = new Y.XmlText();
  run.applyDelta([{ insert: text }]);
  paragraph.insert(0, [run]);
  doc.getXmlFragment(`answer:${questionKey}`).push([paragraph]);
}
