import {
  addFinding,
  answerPlainText,
  documentName,
  questionRating,
  readElementAssessment,
  setRating,
} from '@idgov/assessment-doc';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AssessmentPhase } from '../src/modules/assessments/assessment-phase.js';
import { PhaseChecks } from '../src/modules/assessments/phase-checks.js';
import {
  acceptMutation,
  buildSuggestChangeInput,
  rejectMutation,
  suggest,
  suggestChange,
  suggestionsQuery,
  withdrawMutation,
  type SuggestionResult,
} from './factories/suggestion.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { assessmentTree } from './support/assessment-tree.query.js';
import { stockClient, until, type StockClient } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { errorOf, expectData } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

function writeParagraph(doc: Y.Doc, questionKey: string, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  const run = new Y.XmlText();
  run.insert(0, text);
  paragraph.insert(0, [run]);
  doc.getXmlFragment(`answer:${questionKey}`).push([paragraph]);
}

const findingsOf = (doc: Y.Doc, subElementKey: string) =>
  readElementAssessment(doc).subElements[subElementKey]?.findings ?? [];

// Reviewers, and contributors outside their assignment, suggest; the moderator accepts (the change
// reaches a connected editor) or rejects with a reason; every author sees what became of theirs.
describe.each(testEngines())('suggest and adjudicate on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let writer: StockClient;
  let questionKey = '';
  let subElementKey = '';
  let findingId = '';
  const a = () => team.assessment.id;
  const e = () => team.assignedElement;
  const input = (overrides: Parameters<typeof buildSuggestChangeInput>[2]) =>
    buildSuggestChangeInput(a(), e(), { questionKey, ...overrides });
  const decide = async (mutation: string, s: string, reason: string | null, token: string) =>
    t.gql<Record<string, SuggestionResult>>(mutation, { a: a(), s, reason }, token);
  const serverHas = (what: string, read: (doc: Y.Doc) => boolean) =>
    until(async () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, await t.rooms.documentState(documentName(a(), e())));
      return read(doc);
    }, what);

  beforeAll(async () => {
    t = await startCollabTestApp(engine);
    team = await createTeam(t);
    const tree = await assessmentTree(t, a());
    const subElement = tree.find((el) => el.key === e())?.subElements[0];
    subElementKey = subElement?.key ?? '';
    questionKey = subElement?.details[0]?.questions[0]?.key ?? '';
    const name = documentName(a(), e());
    writer = stockClient(t.collabUrl, name, await t.ticket(name, team.ministry.token));
    await writer.synced;
    writer.doc.transact(() => {
      writeParagraph(writer.doc, questionKey, 'The law was adopted in 2019.');
      setRating(writer.doc, questionKey, 'MEETS_TARGET');
      findingId = addFinding(writer.doc, subElementKey, 'STRENGTH', 'Birth registration is free.');
    });
    await serverHas('the first draft', (doc) => findingsOf(doc, subElementKey).length === 1);
  });
  afterAll(async () => {
    writer.destroy();
    await t.close();
  });

  it('takes suggestions from reviewers and from contributors outside their assignment', async () => {
    const rating = await suggestChange(
      t,
      input({ proposedRating: 'PARTIAL' }),
      team.reviewer.token,
    );
    expect(rating).toMatchObject({
      status: 'PENDING',
      currentRating: 'MEETS_TARGET',
      proposedRating: 'PARTIAL',
      createdByYou: true,
      author: { label: 'Rafa Reviewer' },
    });
    const answer = await suggestChange(
      t,
      input({ kind: 'ANSWER', proposedRating: null, proposedText: 'The law was adopted in 2018.' }),
      team.cso.token,
    );
    expect(answer).toMatchObject({
      currentText: 'The law was adopted in 2019.',
      status: 'PENDING',
    });

    const observer = await suggest(t, input({ proposedRating: 'NOT_MET' }), team.observer.token);
    expect(errorOf(observer).code).toBe('FORBIDDEN');
    const outsider = await suggest(t, input({ proposedRating: 'NOT_MET' }), team.outsider.token);
    expect(errorOf(outsider).code).toBe('NOT_FOUND');

    const { suggestions } = expectData(
      await t.gql<{ suggestions: SuggestionResult[] }>(
        suggestionsQuery,
        { a: a(), filter: { status: 'PENDING', elementKey: e() } },
        team.observer.token,
      ),
    );
    expect(suggestions.map((s) => s.id)).toEqual([answer.id, rating.id]);
    expect(suggestions.every((s) => !s.createdByYou)).toBe(true);
  });

  it('applies an accepted rating to the document of a connected editor, then audits it', async () => {
    const s = await suggestChange(t, input({ proposedRating: 'NOT_MET' }), team.reviewer.token);
    const res = await decide(acceptMutation, s.id, null, team.moderator.token);
    expect(expectData(res).acceptSuggestion).toMatchObject({
      status: 'ACCEPTED',
      appliedStale: false,
      decidedBy: { label: 'Mona Moderator' },
    });
    await until(
      () => questionRating(writer.doc, questionKey) === 'NOT_MET',
      'the editor to see it',
    );
    const events = await t.sql<{ action: string; summary: Record<string, unknown> }>(
      `SELECT action, summary FROM audit_event WHERE target_id = $1 ORDER BY seq`,
      [s.id],
    );
    expect(events.map((ev) => ev.action)).toEqual(['suggestion.create', 'suggestion.accept']);
    expect(events[1]?.summary).toMatchObject({ kind: 'RATING', stale: false, changed: true });
    expect(JSON.stringify(events)).not.toContain('2021 audit');

    const again = await decide(acceptMutation, s.id, null, team.moderator.token);
    expect(errorOf(again)).toEqual({ code: 'CONFLICT', field: 'suggestionId' });
  });

  it('still applies a suggestion whose field changed since, and says it was stale', async () => {
    const s = await suggestChange(
      t,
      input({
        kind: 'ANSWER',
        proposedRating: null,
        proposedText: 'Adopted in 2018.\nAmended in 2022.',
      }),
      team.reviewer.token,
    );
    writeParagraph(writer.doc, questionKey, 'Written after the suggestion.');
    await serverHas('the later paragraph', (doc) =>
      answerPlainText(doc, questionKey).includes('after'),
    );
    const res = await decide(
      acceptMutation,
      s.id,
      'Checked against the gazette',
      team.moderator.token,
    );
    expect(expectData(res).acceptSuggestion).toMatchObject({
      appliedStale: true,
      decisionReason: 'Checked against the gazette',
    });
    await until(
      () => answerPlainText(writer.doc, questionKey) === 'Adopted in 2018.\nAmended in 2022.',
      'the editor to see the new answer',
    );
  });

  it('changes an existing finding and adds a new one', async () => {
    const change = await suggestChange(
      t,
      input({
        kind: 'FINDING',
        questionKey: null,
        proposedRating: null,
        subElementKey,
        findingId,
        proposedFindingKind: 'WEAKNESS',
        proposedText: 'Birth registration is free but slow.',
      }),
      team.cso.token,
    );
    expect(change).toMatchObject({
      currentFindingKind: 'STRENGTH',
      currentText: 'Birth registration is free.',
    });
    const added = await suggestChange(
      t,
      input({
        kind: 'FINDING',
        questionKey: null,
        proposedRating: null,
        subElementKey,
        proposedFindingKind: 'RISK',
        proposedText: 'No appeal against refusals.',
      }),
      team.reviewer.token,
    );
    expect(added).toMatchObject({ findingId: null, currentText: null });
    for (const s of [change, added]) {
      expectData(await decide(acceptMutation, s.id, null, team.moderator.token));
    }
    await until(() => findingsOf(writer.doc, subElementKey).length === 2, 'the editor to see both');
    expect(
      findingsOf(writer.doc, subElementKey).map((f) => [f.id === findingId, f.kind, f.text]),
    ).toEqual([
      [true, 'WEAKNESS', 'Birth registration is free but slow.'],
      [false, 'RISK', 'No appeal against refusals.'],
    ]);
  });

  it('rejects only with a reason, and the author sees the outcome of each suggestion', async () => {
    const s = await suggestChange(t, input({ proposedRating: 'UNKNOWN' }), team.cso.token);
    const asReviewer = await decide(rejectMutation, s.id, 'No', team.reviewer.token);
    expect(errorOf(asReviewer).code).toBe('FORBIDDEN');
    const blank = await decide(rejectMutation, s.id, '   ', team.moderator.token);
    expect(errorOf(blank)).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await decide(
      rejectMutation,
      s.id,
      'The survey covers it',
      team.moderator.token,
    );
    expect(expectData(rejected).rejectSuggestion).toMatchObject({ status: 'REJECTED' });

    const { suggestions } = expectData(
      await t.gql<{ suggestions: SuggestionResult[] }>(
        suggestionsQuery,
        { a: a(), filter: { mine: true } },
        team.cso.token,
      ),
    );
    expect(suggestions.map((x) => [x.kind, x.status, x.decisionReason])).toEqual([
      ['RATING', 'REJECTED', 'The survey covers it'],
      ['FINDING', 'ACCEPTED', null],
      ['ANSWER', 'PENDING', null],
    ]);
    expect(suggestions.every((x) => x.createdByYou && x.author?.label === 'Cleo Civil')).toBe(true);
  });

  it('lets only the author withdraw, and gates Engage on pending suggestions', async () => {
    const s = await suggestChange(t, input({ proposedRating: 'PARTIAL' }), team.reviewer.token);
    const other = await decide(withdrawMutation, s.id, null, team.cso.token);
    expect(errorOf(other).code).toBe('FORBIDDEN');
    const check = t.app
      .get(PhaseChecks)
      .of(AssessmentPhase.ENGAGE)
      .find((c) => c.key === 'discussion.pendingSuggestions');
    const evaluate = () => check?.evaluate(t.app.get(DataSource).manager, a());
    expect(await evaluate()).toMatchObject({ met: false, count: 3 });

    const withdrawn = await decide(withdrawMutation, s.id, null, team.reviewer.token);
    expect(expectData(withdrawn).withdrawSuggestion).toMatchObject({ status: 'WITHDRAWN' });
    const pending = expectData(
      await t.gql<{ suggestions: SuggestionResult[] }>(suggestionsQuery, {
        a: a(),
        filter: { status: 'PENDING' },
      }),
    ).suggestions;
    for (const p of pending) {
      expectData(await decide(rejectMutation, p.id, 'Superseded', team.moderator.token));
    }
    expect(await evaluate()).toMatchObject({ met: true, count: 0 });
  });
});
