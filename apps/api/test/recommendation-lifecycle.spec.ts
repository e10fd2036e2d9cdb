import { addFinding, documentName } from '@idgov/assessment-doc';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollabRooms } from '../src/modules/collab/collab-rooms.service.js';
import { FrameworkService } from '../src/modules/framework/framework.service.js';
import {
  buildRecommendationInput,
  createRecommendation,
  createRecommendationMutation,
  updateRecommendationMutation,
} from './factories/recommendation.factory.js';
import { createOrganisation, createTeam, type Team } from './factories/team.factory.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const deleteMutation = `mutation($a: ID!, $id: ID!) { deleteRecommendation(assessmentId: $a, id: $id) }`;

// Writing, linking, agreeing, dropping and deleting recommendations, with what each refuses and
// what the audit log keeps.
describe.each(testEngines())('recommendation lifecycle on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let a: string;
  let subElements: string[];
  let findingId: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    a = team.assessment.id;
    const element = t.app.get(FrameworkService).currentIndex().element(team.assignedElement);
    subElements = element?.subElements.map((s) => s.key) ?? [];
    await t.app.get(CollabRooms).applyServerChange(documentName(a, team.assignedElement), (doc) => {
      findingId = addFinding(doc, subElements[0] ?? '', 'WEAKNESS', 'No independent authority');
    });
  });
  afterAll(() => t.close());

  it('offers the findings of an element and links them', async () => {
    const options = expectData(
      await t.gql<{ recommendationFindingOptions: { id: string; subElementKey: string }[] }>(
        `query($a: ID!, $e: String!) { recommendationFindingOptions(assessmentId: $a, elementKey: $e) {
          id subElementKey kind text } }`,
        { a, e: team.assignedElement },
        team.observer.token,
      ),
    ).recommendationFindingOptions;
    expect(options).toEqual([
      {
        id: findingId,
        subElementKey: subElements[0],
        kind: 'WEAKNESS',
        text: 'No independent authority',
      },
    ]);
    const created = await createRecommendation(
      t,
      buildRecommendationInput(a, {
        elementKey: team.assignedElement,
        subElementKey: subElements[0],
        findingIds: [findingId, findingId],
        responsibleOrganisationId: team.orgs.ministry,
      }),
      team.ministry.token,
    );
    expect(created).toMatchObject({
      findingIds: [findingId],
      status: 'PROPOSED',
      responsibleOrganisationId: team.orgs.ministry,
      responsibleInstitutionName: null,
    });
    const { recommendations } = expectData(
      await t.gql<{
        recommendations: {
          id: string;
          createdBy: { isYou: boolean } | null;
          responsibleOrganisation: { id: string } | null;
        }[];
      }>(
        `query($a: ID!) { recommendations(assessmentId: $a) {
          id createdBy { isYou } responsibleOrganisation { id } } }`,
        { a },
        team.ministry.token,
      ),
    );
    expect(recommendations.find((r) => r.id === created.id)).toEqual({
      id: created.id,
      createdBy: { isYou: true },
      responsibleOrganisation: { id: team.orgs.ministry },
    });
  });

  it('refuses findings, sub-elements and institutions that do not belong', async () => {
    const refused = async (overrides: Parameters<typeof buildRecommendationInput>[1]) =>
      errorOf(
        await t.gql(createRecommendationMutation, {
          input: buildRecommendationInput(a, { elementKey: team.assignedElement, ...overrides }),
        }),
      );
    expect(await refused({ findingIds: ['not-a-finding'] })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'findingIds',
    });
    expect(await refused({ subElementKey: subElements[1], findingIds: [findingId] })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'findingIds',
    });
    expect(await refused({ elementKey: team.unassignedElement, findingIds: [findingId] })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'findingIds',
    });
    expect(await refused({ subElementKey: 'no-such-sub-element' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'subElementKey',
    });
    expect(await refused({ elementKey: 'no-such-element' })).toEqual({
      code: 'NOT_FOUND',
      field: 'elementKey',
    });
    expect(
      await refused({ responsibleOrganisationId: team.orgs.cso, responsibleInstitutionName: 'X' }),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'responsibleInstitutionName' });
    const elsewhere = await createOrganisation(t, 'GOVERNMENT');
    expect(await refused({ responsibleOrganisationId: elsewhere })).toEqual({
      code: 'NOT_FOUND',
      field: 'responsibleOrganisationId',
    });
    expect(await refused({ title: '   ' })).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(await refused({ priority: 'URGENT' })).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('is agreed, then dropped rather than deleted; a proposed one is deleted', async () => {
    const r = await createRecommendation(t, buildRecommendationInput(a), team.cso.token);
    const agreed = expectData(
      await t.gql<{ updateRecommendation: { status: string; responsibleInstitutionName: string } }>(
        updateRecommendationMutation,
        { a, id: r.id, input: { status: 'AGREED', responsibleInstitutionName: 'Data Office' } },
        team.moderator.token,
      ),
    ).updateRecommendation;
    expect(agreed).toMatchObject({ status: 'AGREED', responsibleInstitutionName: 'Data Office' });
    // Naming an organisation replaces the name.
    const moved = expectData(
      await t.gql<{ updateRecommendation: Record<string, unknown> }>(
        updateRecommendationMutation,
        { a, id: r.id, input: { responsibleOrganisationId: team.orgs.undp } },
        team.moderator.token,
      ),
    ).updateRecommendation;
    expect(moved).toMatchObject({
      responsibleOrganisationId: team.orgs.undp,
      responsibleInstitutionName: null,
    });
    expect(errorOf(await t.gql(deleteMutation, { a, id: r.id }))).toEqual({
      code: 'CONFLICT',
      field: 'id',
    });
    expectData(
      await t.gql(updateRecommendationMutation, { a, id: r.id, input: { status: 'DROPPED' } }),
    );
    const filtered = expectData(
      await t.gql<{ recommendations: { id: string }[] }>(
        `query($a: ID!) { recommendations(assessmentId: $a, filter: { status: DROPPED }) { id } }`,
        { a },
      ),
    ).recommendations;
    expect(filtered.map((x) => x.id)).toEqual([r.id]);

    const proposal = await createRecommendation(t, buildRecommendationInput(a));
    expect(expectData(await t.gql(deleteMutation, { a, id: proposal.id }))).toEqual({
      deleteRecommendation: proposal.id,
    });
    expect(errorOf(await t.gql(deleteMutation, { a, id: proposal.id }))).toEqual({
      code: 'NOT_FOUND',
      field: 'id',
    });
  });

  it('keeps keys and counts on the audit log, never the words', async () => {
    const r = await createRecommendation(
      t,
      buildRecommendationInput(a, {
        title: 'Secret 9913',
        description: 'Words 9913',
        responsibleInstitutionName: 'Agency 9913',
      }),
    );
    expectData(
      await t.gql(updateRecommendationMutation, { a, id: r.id, input: { status: 'AGREED' } }),
    );
    const rows = await t.app
      .get(DataSource)
      .query<{ action: string; summary: Record<string, unknown> }[]>(
        `SELECT action, summary FROM audit_event WHERE target_id = $1 ORDER BY seq`,
        [r.id],
      );
    expect(rows.map((row) => row.action)).toEqual([
      'recommendation.create',
      'recommendation.update',
    ]);
    expect(rows[1]?.summary).toMatchObject({ fields: ['status'], from: 'PROPOSED', to: 'AGREED' });
    expect(JSON.stringify(rows)).not.toContain('9913');
  });

  it('refuses changes to an archived assessment', async () => {
    const r = await createRecommendation(t, buildRecommendationInput(team.other.id));
    expectData(
      await t.gql(`mutation($id: ID!) { archiveAssessment(id: $id) { id } }`, {
        id: team.other.id,
      }),
    );
    const res = await t.gql(updateRecommendationMutation, {
      a: team.other.id,
      id: r.id,
      input: { priority: 'LOW' },
    });
    expect(errorOf(res).code).toBe('ASSESSMENT_ARCHIVED');
  });
});
