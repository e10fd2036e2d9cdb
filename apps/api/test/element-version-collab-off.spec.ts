import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildElementVersionInput,
  createVersionMutation,
  versionsQuery,
} from './factories/element-version.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

// With COLLAB_MODE=off the live documents are in another process: versions that need them say so.
describe.each(testEngines())('element versions with COLLAB_MODE=off on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await startTestApp(engine, { COLLAB_MODE: 'off' });
    team = await createTeam(t);
  });
  afterAll(() => t.close());

  it('refuses to name a version with a clear code, and still lists versions', async () => {
    const input = buildElementVersionInput(team.assessment.id, team.assignedElement);
    const refused = await t.gql(createVersionMutation, { input }, team.ministry.token);
    expect(errorOf(refused)).toEqual({ code: 'COLLAB_UNAVAILABLE', field: undefined });
    const listed = await t.gql<{ elementVersions: unknown[] }>(
      versionsQuery,
      { a: team.assessment.id, e: team.assignedElement },
      team.observer.token,
    );
    expect(expectData(listed).elementVersions).toEqual([]);
  });
});
