import { expectData, type GraphqlResponse, type TestApp } from '../support/test-app.js';

export interface CreateThreadVars {
  assessmentId: string;
  elementKey: string;
  subElementKey?: string | null;
  questionKey?: string | null;
  body: string;
  mentionedMemberIds?: string[] | null;
}

export interface CommentResult {
  id: string;
  body: string | null;
  hidden: boolean;
  hiddenReason: string | null;
  editedAt: string | null;
  createdByYou: boolean;
  mentionsYou: boolean;
  author: { label: string } | null;
  mentions: { id: string; label: string }[];
}

export interface ThreadResult {
  id: string;
  elementKey: string;
  subElementKey: string | null;
  questionKey: string | null;
  resolved: boolean;
  commentCount: number;
  author: { label: string } | null;
  resolvedBy: { label: string } | null;
  comments: CommentResult[];
}

export const commentFields =
  'id body hidden hiddenReason editedAt createdByYou mentionsYou author { label } mentions { id label }';
export const threadFields = `id elementKey subElementKey questionKey resolved commentCount
  author { label } resolvedBy { label } comments { ${commentFields} }`;

export const createThreadMutation = `mutation($input: CreateCommentThreadInput!) {
  createCommentThread(input: $input) { ${threadFields} } }`;
export const replyMutation = `mutation($input: ReplyToCommentThreadInput!) {
  replyToCommentThread(input: $input) { ${commentFields} } }`;
export const editCommentMutation = `mutation($input: EditCommentInput!) {
  editComment(input: $input) { ${commentFields} } }`;
export const threadsQuery = `query($a: ID!, $e: String, $s: String, $q: String, $r: Boolean) {
  commentThreads(assessmentId: $a, elementKey: $e, subElementKey: $s, questionKey: $q, includeResolved: $r) {
    ${threadFields} } }`;
export const myMentionsQuery = `query($a: ID!) { myMentions(assessmentId: $a) { ${threadFields} } }`;
export const resolveMutation = `mutation($a: ID!, $t: ID!) {
  resolveCommentThread(assessmentId: $a, threadId: $t) { ${threadFields} } }`;
export const reopenMutation = `mutation($a: ID!, $t: ID!) {
  reopenCommentThread(assessmentId: $a, threadId: $t) { ${threadFields} } }`;
export const hideMutation = `mutation($a: ID!, $c: ID!, $reason: String!) {
  hideComment(assessmentId: $a, commentId: $c, reason: $reason) { ${commentFields} } }`;
export const unhideMutation = `mutation($a: ID!, $c: ID!) {
  unhideComment(assessmentId: $a, commentId: $c) { ${commentFields} } }`;

let counter = 0;

export function buildCreateThreadInput(
  assessmentId: string,
  elementKey: string,
  overrides: Partial<CreateThreadVars> = {},
): CreateThreadVars {
  counter += 1;
  return { assessmentId, elementKey, body: `Comment ${counter}: is this current?`, ...overrides };
}

export function createThread(
  t: TestApp,
  input: CreateThreadVars,
  token?: string,
): Promise<GraphqlResponse<{ createCommentThread: ThreadResult }>> {
  return t.gql(createThreadMutation, { input }, token);
}

export async function createCommentThread(
  t: TestApp,
  input: CreateThreadVars,
  token?: string,
): Promise<ThreadResult> {
  return expectData(await createThread(t, input, token)).createCommentThread;
}
