import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildElementVersionInput,
  createElementVersion,
  restoreMutation,
} from './factories/element-version.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

interface Trail {
  auditTrail: { events: { action: string; actor: string; targetId: string; summary: string }[] };
}

const trailQuery = `query($id: ID!, $filter: AuditTrailFilter) {
  auditTrail(assessmentId: $id, filter: $filter) { events { action actor targetId summary } } }`;

// Naming and restoring versions are in the audit trail, by pseudonym, with keys and hashes only.
describe.each(testEngines())('the audit of element versions on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
  });
  afterAll(() => t.close());

  it('records naming and restoring, without names or notes', async () => {
    const version = await createElementVersion(
      t,
      buildElementVersionInput(team.assessment.id, team.assignedElement, {
        name: 'First draft',
        note: 'Before the review',
      }),
      team.ministry.token,
    );
    expectData(
      await t.gql(
        restoreMutation,
        { a: team.assessment.id, e: team.assignedElement, v: version.id },
        team.moderator.token,
      ),
    );
    const { auditTrail } = expectData(
      await t.gql<Trail>(
        trailQuery,
        {
          id: team.assessment.id,
          filter: { actions: ['element-version.create', 'element-version.restore'] },
        },
        team.moderator.token,
      ),
    );
    expect(auditTrail.events.map((e) => [e.action, e.targetId, e.actor])).toEqual([
      ['element-version.restore', version.id, team.moderator.user.auditPseudonym],
      ['element-version.create', version.id, team.ministry.user.auditPseudonym],
    ]);
    const [restore, create] = auditTrail.events.map((e) => JSON.parse(e.summary) as unknown);
    expect(create).toEqual({
      elementKey: team.assignedElement,
      stateHash: version.stateHash,
      hasNote: true,
    });
    // Nothing was written since the version, so the restore changed nothing (and says so).
    expect(restore).toMatchObject({
      elementKey: team.assignedElement,
      versionStateHash: version.stateHash,
      changed: false,
      updateBytes: 0,
    });
    const text = JSON.stringify(auditTrail.events);
    expect(text).not.toContain('First draft');
    expect(text).not.toContain('Before the review');
  });
});
