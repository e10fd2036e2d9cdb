import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCreateThreadInput,
  createCommentThread,
  createThread,
  editCommentMutation,
  hideMutation,
  myMentionsQuery,
  reopenMutation,
  replyMutation,
  resolveMutation,
  threadsQuery,
  unhideMutation,
  type CommentResult,
  type ThreadResult,
} from './factories/comment.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { assessmentTree } from './support/assessment-tree.query.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

interface MemberRow {
  id: string;
  isYou: boolean;
  role: string;
}

// Threads on a sub-element or question: mentions of members, resolve and reopen by the author or
// a moderator, hidden comments whose text only moderators read.
describe.each(testEngines())('comment threads on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let subElementKey = '';
  let questionKey = '';
  let thread: ThreadResult;
  const memberIds: Record<string, string> = {};
  const a = () => team.assessment.id;
  const threads = async (token: string, vars: Record<string, unknown> = {}) =>
    expectData(
      await t.gql<{ commentThreads: ThreadResult[] }>(
        threadsQuery,
        { a: a(), e: team.assignedElement, ...vars },
        token,
      ),
    ).commentThreads;
  const mentionsOf = async (token: string) =>
    expectData(await t.gql<{ myMentions: ThreadResult[] }>(myMentionsQuery, { a: a() }, token))
      .myMentions;

  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    const tree = await assessmentTree(t, a());
    const subElement = tree.find((e) => e.key === team.assignedElement)?.subElements[0];
    subElementKey = subElement?.key ?? '';
    questionKey = subElement?.details[0]?.questions[0]?.key ?? '';
    for (const who of ['ministry', 'cso', 'observer'] as const) {
      const { assessment } = expectData(
        await t.gql<{ assessment: { members: MemberRow[] } }>(
          `query($a: ID!) { assessment(id: $a) { members { id isYou role } } }`,
          { a: a() },
          team[who].token,
        ),
      );
      memberIds[who] = assessment.members.find((m) => m.isYou)?.id ?? '';
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('starts a thread on a sub-element with mentions of members, shown per viewer', async () => {
    thread = await createCommentThread(
      t,
      buildCreateThreadInput(a(), team.assignedElement, {
        subElementKey,
        body: 'Is the 2019 decree still in force?',
        mentionedMemberIds: [memberIds.ministry ?? '', memberIds.cso ?? ''],
      }),
      team.reviewer.token,
    );
    expect(thread).toMatchObject({
      subElementKey,
      questionKey: null,
      resolved: false,
      commentCount: 1,
    });
    expect(thread.comments[0]?.mentions.map((m) => m.id).sort()).toEqual(
      [memberIds.ministry, memberIds.cso].sort(),
    );
    const [seen] = await threads(team.observer.token, { s: subElementKey });
    expect(seen?.comments[0]).toMatchObject({
      body: 'Is the 2019 decree still in force?',
      createdByYou: false,
    });
    expect((await mentionsOf(team.ministry.token)).map((x) => x.id)).toEqual([thread.id]);
    expect(await mentionsOf(team.observer.token)).toEqual([]);

    const onQuestion = await createCommentThread(
      t,
      buildCreateThreadInput(a(), team.assignedElement, { questionKey }),
      team.ministry.token,
    );
    expect(onQuestion).toMatchObject({ questionKey, subElementKey: null });
  });

  it('lets members reply and authors edit, but not observers or outsiders', async () => {
    const reply = await t.gql<{ replyToCommentThread: CommentResult }>(
      replyMutation,
      { input: { assessmentId: a(), threadId: thread.id, body: 'Yes, amended in 2022.' } },
      team.ministry.token,
    );
    const comment = expectData(reply).replyToCommentThread;
    const observer = await t.gql(
      replyMutation,
      { input: { assessmentId: a(), threadId: thread.id, body: 'Me too' } },
      team.observer.token,
    );
    expect(errorOf(observer).code).toBe('FORBIDDEN');
    const outsider = await createThread(
      t,
      buildCreateThreadInput(a(), team.assignedElement, { subElementKey }),
      team.outsider.token,
    );
    expect(errorOf(outsider).code).toBe('NOT_FOUND');

    const edit = (token: string) =>
      t.gql<{ editComment: CommentResult }>(
        editCommentMutation,
        { input: { assessmentId: a(), commentId: comment.id, body: 'Yes, amended in 2023.' } },
        token,
      );
    expect(errorOf(await edit(team.cso.token)).code).toBe('FORBIDDEN');
    const edited = expectData(await edit(team.ministry.token)).editComment;
    expect(edited.body).toBe('Yes, amended in 2023.');
    expect(edited.editedAt).not.toBeNull();
  });

  it('resolves and reopens for the thread’s author or a moderator only', async () => {
    const run = (mutation: string, token: string) =>
      t.gql<Record<string, ThreadResult>>(mutation, { a: a(), t: thread.id }, token);
    expect(errorOf(await run(resolveMutation, team.ministry.token)).code).toBe('FORBIDDEN');
    const resolved = expectData(
      await run(resolveMutation, team.reviewer.token),
    ).resolveCommentThread;
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: { label: 'Rafa Reviewer' } });
    expect(await mentionsOf(team.ministry.token)).toEqual([]);
    expect((await threads(team.cso.token, { r: false })).map((x) => x.id)).not.toContain(thread.id);
    const blocked = await t.gql(
      replyMutation,
      { input: { assessmentId: a(), threadId: thread.id, body: 'Late' } },
      team.cso.token,
    );
    expect(errorOf(blocked).code).toBe('CONFLICT');
    expect(errorOf(await run(resolveMutation, team.moderator.token)).code).toBe('CONFLICT');
    const reopened = expectData(
      await run(reopenMutation, team.moderator.token),
    ).reopenCommentThread;
    expect(reopened?.resolved).toBe(false);
    expect((await mentionsOf(team.ministry.token)).map((x) => x.id)).toEqual([thread.id]);
  });

  it('hides a comment’s text from all but moderators, with a reason everyone sees', async () => {
    const commentId = thread.comments[0]?.id ?? '';
    const hide = (token: string, reason: string) =>
      t.gql<{ hideComment: CommentResult }>(hideMutation, { a: a(), c: commentId, reason }, token);
    expect(errorOf(await hide(team.reviewer.token, 'Off topic')).code).toBe('FORBIDDEN');
    expect(errorOf(await hide(team.moderator.token, '  '))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const hidden = expectData(await hide(team.moderator.token, 'Names a person')).hideComment;
    expect(hidden).toMatchObject({ hidden: true, hiddenReason: 'Names a person' });
    expect(hidden.body).not.toBeNull();

    for (const token of [team.reviewer.token, team.observer.token, team.cso.token]) {
      const [first] = (await threads(token, { s: subElementKey }))[0]?.comments ?? [];
      expect(first).toMatchObject({ body: null, hidden: true, hiddenReason: 'Names a person' });
    }
    const editHidden = await t.gql(
      editCommentMutation,
      { input: { assessmentId: a(), commentId, body: 'Rewritten' } },
      team.reviewer.token,
    );
    expect(errorOf(editHidden).code).toBe('CONFLICT');

    const unhidden = expectData(
      await t.gql<{ unhideComment: CommentResult }>(
        unhideMutation,
        { a: a(), c: commentId },
        team.moderator.token,
      ),
    ).unhideComment;
    expect(unhidden).toMatchObject({ hidden: false, hiddenReason: null });
    const [first] = (await threads(team.observer.token, { s: subElementKey }))[0]?.comments ?? [];
    expect(first?.body).toBe('Is the 2019 decree still in force?');

    const events = await t.gql<{ auditTrail: { events: { action: string; summary: string }[] } }>(
      `query($a: ID!) { auditTrail(assessmentId: $a) { events { action summary } } }`,
      { a: a() },
    );
    const trail = JSON.stringify(expectData(events));
    expect(trail).toContain('comment.hide');
    expect(trail).not.toContain('Names a person');
    expect(trail).not.toContain('2019 decree');
  });

  it('refuses bad anchors, mentions of non-members and empty comments', async () => {
    const refuse = async (overrides: Parameters<typeof buildCreateThreadInput>[2]) =>
      errorOf(
        await createThread(
          t,
          buildCreateThreadInput(a(), team.assignedElement, { subElementKey, ...overrides }),
          team.cso.token,
        ),
      );
    expect(await refuse({ questionKey })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'subElementKey',
    });
    expect(await refuse({ subElementKey: 'elsewhere' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'subElementKey',
    });
    expect(await refuse({ body: ' \n ' })).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(await refuse({ mentionedMemberIds: [`${team.other.id}:1`] })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'mentionedMemberIds',
    });
  });
});
