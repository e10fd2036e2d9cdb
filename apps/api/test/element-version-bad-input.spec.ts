import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildElementVersionInput,
  compareVersions,
  createElementVersion,
  createVersionMutation,
  restoreMutation,
  type ElementVersionResult,
} from './factories/element-version.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { errorOf, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

// Names are checked with the path of the field; a version is only ever found through the
// element and assessment it belongs to.
describe.each(testEngines())('bad input to element versions on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let version: ElementVersionResult;
  let elsewhere: ElementVersionResult;
  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    version = await createElementVersion(
      t,
      buildElementVersionInput(team.assessment.id, team.assignedElement),
    );
    elsewhere = await createElementVersion(
      t,
      buildElementVersionInput(team.other.id, team.assignedElement),
    );
  });
  afterAll(() => t.close());

  const create = (overrides: Record<string, unknown>) =>
    t.gql(createVersionMutation, {
      input: {
        ...buildElementVersionInput(team.assessment.id, team.assignedElement),
        ...overrides,
      },
    });

  it('refuses an empty or too long name and a too long note, naming the field', async () => {
    expect(errorOf(await create({ name: '   ' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    expect(errorOf(await create({ name: 'x'.repeat(121) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    expect(errorOf(await create({ note: 'x'.repeat(2001) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect(errorOf(await create({ elementKey: 'no-such-element' }))).toEqual({
      code: 'NOT_FOUND',
      field: 'elementKey',
    });
  });

  it('answers NOT_FOUND for unknown versions and versions of another element or assessment', async () => {
    const compare = async (from: string, e = team.assignedElement) =>
      errorOf(await compareVersions(t, { a: team.assessment.id, e, from }));
    expect(await compare(randomUUID())).toEqual({ code: 'NOT_FOUND', field: 'fromVersionId' });
    expect(await compare('not-an-id')).toEqual({ code: 'NOT_FOUND', field: 'fromVersionId' });
    expect(await compare(version.id, team.unassignedElement)).toEqual({
      code: 'NOT_FOUND',
      field: 'fromVersionId',
    });
    expect(await compare(elsewhere.id)).toEqual({ code: 'NOT_FOUND', field: 'fromVersionId' });
    const to = errorOf(
      await compareVersions(t, {
        a: team.assessment.id,
        e: team.assignedElement,
        from: version.id,
        to: elsewhere.id,
      }),
    );
    expect(to).toEqual({ code: 'NOT_FOUND', field: 'toVersionId' });

    const restore = (v: string, e = team.assignedElement) =>
      t.gql(restoreMutation, { a: team.assessment.id, e, v });
    expect(errorOf(await restore(elsewhere.id))).toEqual({ code: 'NOT_FOUND', field: 'versionId' });
    expect(errorOf(await restore(version.id, team.unassignedElement))).toEqual({
      code: 'NOT_FOUND',
      field: 'versionId',
    });
  });
});
