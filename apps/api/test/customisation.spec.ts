import { framework } from '@idgov/framework';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment } from './factories/assessment.factory.js';
import {
  assessmentTree,
  detailFields,
  firstDetail,
  questionFields,
  type DetailResult,
  type QuestionResult,
} from './support/assessment-tree.query.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const reword = `mutation($input: RewordQuestionInput!) { rewordQuestion(input: $input) { ${questionFields} } }`;
const restore = `mutation($a: ID!, $q: String!) { restoreQuestionWording(assessmentId: $a, questionKey: $q) { ${questionFields} } }`;
const addCustom = `mutation($input: AddCustomQuestionInput!) { addCustomQuestion(input: $input) { ${detailFields} } }`;
const removeCustom = `mutation($a: ID!, $q: String!) { removeCustomQuestion(assessmentId: $a, questionKey: $q) { ${detailFields} } }`;
const reorder = `mutation($input: ReorderQuestionsInput!) { reorderQuestions(input: $input) { ${detailFields} } }`;
const setEnabled = `mutation($input: SetSubElementEnabledInput!) {
  setSubElementEnabled(input: $input) { key enabled disabledReason } }`;

describe.each(testEngines())('framework customisation on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('starts from the whole framework, every question with FRAMEWORK provenance', async () => {
    const a = await createAssessment(t);
    const tree = await assessmentTree(t, a.id);
    expect(tree.map((e) => e.key)).toEqual(framework.elements.map((e) => e.key));
    const questions = tree.flatMap((e) =>
      e.subElements.flatMap((s) => s.details.flatMap((d) => d.questions)),
    );
    const expected = framework.elements.flatMap((e) =>
      e.subElements.flatMap((s) => s.details.flatMap((d) => d.anchorQuestions)),
    );
    expect(questions.map((q) => q.key)).toEqual(expected.map((q) => q.key));
    expect(new Set(questions.map((q) => q.provenance))).toEqual(new Set(['FRAMEWORK']));
  });

  it('rewords a question, keeps the original visible, and restores it', async () => {
    const a = await createAssessment(t);
    const q = firstDetail(await assessmentTree(t, a.id)).questions[0] as QuestionResult;
    const reworded = expectData(
      await t.gql<{ rewordQuestion: QuestionResult }>(reword, {
        input: { assessmentId: a.id, questionKey: q.key, text: '  Is there a national ID law?  ' },
      }),
    ).rewordQuestion;
    expect(reworded).toMatchObject({
      text: 'Is there a national ID law?',
      originalText: q.text,
      provenance: 'REWORDED',
    });
    const again = firstDetail(await assessmentTree(t, a.id)).questions[0];
    expect(again).toMatchObject({ text: 'Is there a national ID law?', provenance: 'REWORDED' });

    const restored = expectData(
      await t.gql<{ restoreQuestionWording: QuestionResult }>(restore, { a: a.id, q: q.key }),
    ).restoreQuestionWording;
    expect(restored).toMatchObject({ text: q.text, provenance: 'FRAMEWORK' });
  });

  it('adds, reorders and removes custom questions', async () => {
    const a = await createAssessment(t);
    const detail = firstDetail(await assessmentTree(t, a.id));
    const added = expectData(
      await t.gql<{ addCustomQuestion: DetailResult }>(addCustom, {
        input: {
          assessmentId: a.id,
          detailKey: detail.key,
          text: 'Who issues birth certificates?',
        },
      }),
    ).addCustomQuestion;
    const custom = added.questions.at(-1) as QuestionResult;
    expect(custom).toMatchObject({
      provenance: 'CUSTOM',
      originalText: null,
      position: detail.questions.length,
    });

    const order = [custom.key, ...detail.questions.map((q) => q.key)];
    const reordered = expectData(
      await t.gql<{ reorderQuestions: DetailResult }>(reorder, {
        input: { assessmentId: a.id, detailKey: detail.key, questionKeys: order },
      }),
    ).reorderQuestions;
    expect(reordered.questions.map((q) => q.key)).toEqual(order);
    expect(reordered.questions.map((q) => q.position)).toEqual(order.map((_, i) => i));

    const badOrder = await t.gql(reorder, {
      input: { assessmentId: a.id, detailKey: detail.key, questionKeys: order.slice(1) },
    });
    expect(errorOf(badOrder)).toEqual({ code: 'BAD_USER_INPUT', field: 'questionKeys' });

    const frameworkKey = detail.questions[0]?.key as string;
    expect(errorOf(await t.gql(removeCustom, { a: a.id, q: frameworkKey }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'questionKey',
    });
    const removed = expectData(
      await t.gql<{ removeCustomQuestion: DetailResult }>(removeCustom, { a: a.id, q: custom.key }),
    ).removeCustomQuestion;
    expect(removed.questions.map((q) => q.key)).toEqual(detail.questions.map((q) => q.key));
    expect(removed.questions.map((q) => q.position)).toEqual(detail.questions.map((_, i) => i));
  });

  it('disables a sub-element only with a reason, and enables it again', async () => {
    const a = await createAssessment(t);
    const subKey = framework.elements[1]?.subElements[2]?.key as string;
    const noReason = await t.gql(setEnabled, {
      input: { assessmentId: a.id, subElementKey: subKey, enabled: false },
    });
    expect(errorOf(noReason)).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });

    const disabled = expectData(
      await t.gql<{ setSubElementEnabled: { enabled: boolean; disabledReason: string | null } }>(
        setEnabled,
        {
          input: {
            assessmentId: a.id,
            subElementKey: subKey,
            enabled: false,
            reason: 'No courts data',
          },
        },
      ),
    ).setSubElementEnabled;
    expect(disabled).toMatchObject({ enabled: false, disabledReason: 'No courts data' });
    const sub = (await assessmentTree(t, a.id))[1]?.subElements[2];
    expect(sub).toMatchObject({ key: subKey, enabled: false, disabledReason: 'No courts data' });

    const enabled = expectData(
      await t.gql<{ setSubElementEnabled: { enabled: boolean; disabledReason: string | null } }>(
        setEnabled,
        {
          input: { assessmentId: a.id, subElementKey: subKey, enabled: true },
        },
      ),
    ).setSubElementEnabled;
    expect(enabled).toMatchObject({ enabled: true, disabledReason: null });
  });

  it('names the unknown key when a sub-element, detail or question does not exist', async () => {
    const a = await createAssessment(t);
    expect(
      errorOf(
        await t.gql(setEnabled, {
          input: { assessmentId: a.id, subElementKey: 'nope', enabled: true },
        }),
      ),
    ).toEqual({ code: 'NOT_FOUND', field: 'subElementKey' });
    expect(
      errorOf(
        await t.gql(addCustom, { input: { assessmentId: a.id, detailKey: 'nope', text: 'Why?' } }),
      ),
    ).toEqual({ code: 'NOT_FOUND', field: 'detailKey' });
    expect(
      errorOf(
        await t.gql(reword, { input: { assessmentId: a.id, questionKey: 'nope', text: 'Why?' } }),
      ),
    ).toEqual({ code: 'NOT_FOUND', field: 'questionKey' });
    expect(
      errorOf(
        await t.gql(reword, { input: { assessmentId: 'nope', questionKey: 'nope', text: 'Why?' } }),
      ),
    ).toEqual({ code: 'NOT_FOUND', field: 'assessmentId' });
  });

  it('locks customisation once the assessment leaves the Prepare phase', async () => {
    const a = await createAssessment(t);
    const q = firstDetail(await assessmentTree(t, a.id)).questions[0] as QuestionResult;
    await t.gql(
      `mutation($id: ID!) { changeAssessmentPhase(id: $id, phase: ANALYSE, overrideReason: "Test") { phase } }`,
      {
        id: a.id,
      },
    );
    const res = await t.gql(reword, {
      input: { assessmentId: a.id, questionKey: q.key, text: 'Changed?' },
    });
    expect(errorOf(res)).toEqual({ code: 'CUSTOMISATION_LOCKED', field: 'assessmentId' });
    expect(firstDetail(await assessmentTree(t, a.id)).questions[0]?.text).toBe(q.text);
  });
});
