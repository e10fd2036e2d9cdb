import {
  addFinding,
  documentName,
  findingText,
  questionRating,
  setRating,
} from '@idgov/assessment-doc';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { CollabRooms } from '../../src/modules/collab/collab-rooms.service.js';
import { AssessmentQuestionEntity } from '../../src/modules/customisation/assessment-question.entity.js';
import { FrameworkService } from '../../src/modules/framework/framework.service.js';
import { expectData, type TestApp } from '../support/test-app.js';

export interface ElementContent {
  elementKey: string;
  subElementKey: string;
  findingId: string;
  findingText: string;
  questionKey: string;
  rating: string;
}

export const workshopFields = `id assessmentId title status joinCode currentItemId participantCount
  openedAt closedAt viewerActions
  items { id position kind elementKey subElementKey questionKey findingId statement rating
    tally { agree agreeWithChanges disagree total } comments { vote comment } myVote
    outcome outcomeNote amendedText amendedRating }`;

export interface WorkshopItemResult {
  id: string;
  position: number;
  kind: 'FINDING' | 'RATING';
  statement: string;
  rating: string | null;
  tally: { agree: number; agreeWithChanges: number; disagree: number; total: number };
  comments: { vote: string; comment: string }[];
  myVote: string | null;
  outcome: string | null;
  amendedText: string | null;
  amendedRating: string | null;
}

export interface WorkshopResult {
  id: string;
  assessmentId: string;
  title: string;
  status: 'DRAFT' | 'OPEN' | 'CLOSED';
  joinCode: string | null;
  currentItemId: string | null;
  participantCount: number;
  items: WorkshopItemResult[];
}

let counter = 0;

export function buildWorkshopInput(assessmentId: string, overrides: Record<string, unknown> = {}) {
  return { assessmentId, title: `Validation workshop ${++counter}`, ...overrides };
}

// A finding and a rating in an element document, written as the server writes (like a restore).
export async function seedElementContent(
  t: TestApp,
  assessmentId: string,
  elementKey: string,
  text = 'The civil registry and the ID agency share data without a legal basis.',
  rating = 'PARTIAL',
): Promise<ElementContent> {
  const element = t.app.get(FrameworkService).currentIndex().element(elementKey);
  const subElementKey = element?.subElements[0]?.key ?? '';
  const question = await t.app
    .get(DataSource)
    .getRepository(AssessmentQuestionEntity)
    .findOneOrFail({ where: { assessmentId, subElementKey }, order: { position: 'ASC' } });
  let findingId = '';
  await t.app.get(CollabRooms).applyServerChange(documentName(assessmentId, elementKey), (doc) => {
    findingId = addFinding(doc, subElementKey, 'WEAKNESS', text);
    setRating(doc, question.questionKey, rating as Parameters<typeof setRating>[2]);
  });
  return {
    elementKey,
    subElementKey,
    findingId,
    findingText: text,
    questionKey: question.questionKey,
    rating,
  };
}

async function readLive<T>(
  t: TestApp,
  assessmentId: string,
  c: ElementContent,
  read: (doc: Y.Doc) => T,
): Promise<T> {
  const state = await t.app
    .get(CollabRooms)
    .documentState(documentName(assessmentId, c.elementKey));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const value = read(doc);
  doc.destroy();
  return value;
}

export const findingTextNow = (t: TestApp, assessmentId: string, c: ElementContent) =>
  readLive(
    t,
    assessmentId,
    c,
    (doc) => findingText(doc, c.subElementKey, c.findingId)?.toJSON() ?? null,
  );

export const questionRatingNow = (t: TestApp, assessmentId: string, c: ElementContent) =>
  readLive(t, assessmentId, c, (doc) => questionRating(doc, c.questionKey));

// A DRAFT workshop with the finding and the rating on its agenda, by the administrator.
export async function createWorkshopWithAgenda(
  t: TestApp,
  assessmentId: string,
  c: ElementContent,
): Promise<WorkshopResult> {
  const created = expectData(
    await t.gql<{ createWorkshop: WorkshopResult }>(
      `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`,
      { input: buildWorkshopInput(assessmentId) },
    ),
  ).createWorkshop;
  const base = {
    assessmentId,
    workshopId: created.id,
    elementKey: c.elementKey,
    subElementKey: c.subElementKey,
  };
  await addItem(t, { ...base, kind: 'FINDING', findingId: c.findingId });
  return addItem(t, { ...base, kind: 'RATING', questionKey: c.questionKey });
}

export async function addItem(t: TestApp, input: Record<string, unknown>, token?: string) {
  return expectData(
    await t.gql<{ addWorkshopItem: WorkshopResult }>(
      `mutation($input: AddWorkshopItemInput!) { addWorkshopItem(input: $input) { ${workshopFields} } }`,
      { input },
      token,
    ),
  ).addWorkshopItem;
}

export async function openWorkshop(t: TestApp, assessmentId: string, id: string) {
  return expectData(
    await t.gql<{ openWorkshop: WorkshopResult }>(
      `mutation($a: ID!, $id: ID!) { openWorkshop(assessmentId: $a, id: $id) { ${workshopFields} } }`,
      { a: assessmentId, id },
    ),
  ).openWorkshop;
}

export async function joinAsGuest(t: TestApp, code: string, displayName = 'Guest') {
  return expectData(
    await t.gql<{ joinWorkshopAsGuest: { workshopId: string; guestToken: string } }>(
      `mutation($c: String!, $n: String!) { joinWorkshopAsGuest(code: $c, displayName: $n) { workshopId guestToken } }`,
      { c: code, n: displayName },
      null,
    ),
  ).joinWorkshopAsGuest;
}

export const voteMutation = `mutation($input: CastWorkshopVoteInput!) {
  castWorkshopVote(input: $input) { id myVote tally { agree agreeWithChanges disagree total } } }`;
