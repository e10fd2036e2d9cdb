import {
  answerPlainText,
  documentName,
  evidenceRefs,
  questionRating,
  readElementAssessment,
} from '@idgov/assessment-doc';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollabRooms } from '../src/modules/collab/collab-rooms.service.js';
import {
  DemoSeeder,
  demoAccounts,
  demoAssessmentTitle,
  demoOtherAssessmentTitle,
} from '../src/database/seed/demo-seeder.js';
import { assessmentTree } from './support/assessment-tree.query.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', { SEED_DEMO: 'true' });
  });
  afterAll(() => t.close());

  it('creates the Republic of Example once, with customisations to explore', async () => {
    await t.app.get(DemoSeeder).seedIfEmpty();
    const { assessments } = expectData(
      await t.gql<{ assessments: { id: string; title: string; country: string }[] }>(
        `{ assessments { id title country } }`,
      ),
    );
    expect(assessments.map((a) => a.title).sort()).toEqual(
      [demoAssessmentTitle, demoOtherAssessmentTitle].sort(),
    );
    const demo = assessments.find((a) => a.title === demoAssessmentTitle);
    expect(demo?.country).toBe('ZZ');
    const tree = await assessmentTree(t, demo?.id as string);
    const questions = tree.flatMap((e) =>
      e.subElements.flatMap((s) => s.details.flatMap((d) => d.questions)),
    );
    expect(new Set(questions.map((q) => q.provenance))).toEqual(
      new Set(['FRAMEWORK', 'REWORDED', 'CUSTOM']),
    );
    expect(tree.flatMap((e) => e.subElements).filter((s) => !s.enabled)).toHaveLength(1);
  });

  it('creates the demo accounts, which sign in with the demo password', async () => {
    for (const account of demoAccounts) {
      const res = await t.gql<{ login: { user: { email: string; isPlatformAdmin: boolean } } }>(
        `mutation($e: String!) { login(email: $e, password: "example-demo-2026") { user { email isPlatformAdmin } } }`,
        { e: account.email },
      );
      expect(expectData(res).login.user).toEqual({
        email: account.email,
        isPlatformAdmin: account.email === 'admin@demo.local',
      });
    }
  });

  it('puts every demo account but the admin on the demo assessment only, in its role', async () => {
    const roles: Record<string, string> = {};
    for (const account of demoAccounts.filter((a) => a.email !== 'admin@demo.local')) {
      const login = expectData(
        await t.gql<{ login: { token: string } }>(
          `mutation($e: String!) { login(email: $e, password: "example-demo-2026") { token } }`,
          { e: account.email },
        ),
      ).login;
      const { assessments } = expectData(
        await t.gql<{
          assessments: { title: string; members: { isYou: boolean; role: string }[] }[];
        }>(`{ assessments { title members { isYou role } } }`, {}, login.token),
      );
      expect(assessments.map((a) => a.title)).toEqual([demoAssessmentTitle]);
      roles[account.email] = assessments[0]?.members.find((m) => m.isYou)?.role ?? 'none';
    }
    expect(roles).toEqual({
      'moderator@demo.local': 'MODERATOR',
      'ministry@demo.local': 'CONTRIBUTOR',
      'cso@demo.local': 'CONTRIBUTOR',
      'reviewer@demo.local': 'REVIEWER',
      'observer@demo.local': 'OBSERVER',
    });
  });

  it('starts the legal framework element with cited desk research and first findings', async () => {
    const moderator = expectData(
      await t.gql<{ login: { token: string } }>(
        `mutation { login(email: "moderator@demo.local", password: "example-demo-2026") { token } }`,
      ),
    ).login.token;
    const { assessments } = expectData(
      await t.gql<{ assessments: { id: string }[] }>(`{ assessments { id } }`, {}, moderator),
    );
    const id = assessments[0]?.id as string;
    const { evidence } = expectData(
      await t.gql<{ evidence: { items: { id: string; kind: string; confidentiality: string }[] } }>(
        `query($a: ID!) { evidence(assessmentId: $a) { items { id kind confidentiality } } }`,
        { a: id },
        moderator,
      ),
    );
    expect(evidence.items.map((e) => `${e.kind}:${e.confidentiality}`).sort()).toEqual([
      'INTERVIEW:MODERATORS',
      'LAW:PUBLIC',
      'REPORT:TEAM',
    ]);
    const doc = new Y.Doc();
    Y.applyUpdate(
      doc,
      await t.app
        .get(CollabRooms)
        .documentState(documentName(id, 'legal-and-regulatory-framework')),
    );
    const q = 'legal-authority-purpose-limitation.q1';
    expect(answerPlainText(doc, q)).toContain('Article 12');
    expect(questionRating(doc, q)).toBe('PARTIAL');
    const cited = evidenceRefs(doc, q).map((r) => r.evidenceId);
    expect(cited).toHaveLength(1);
    expect(evidence.items.map((e) => e.id)).toContain(cited[0]);
    const kinds = (
      readElementAssessment(doc).subElements['legal-authority-for-digital-legal-id']?.findings ?? []
    ).map((f) => f.kind);
    expect(kinds.sort()).toEqual(['STRENGTH', 'WEAKNESS']);
  });
});
