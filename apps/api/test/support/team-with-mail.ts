import { afterAll, beforeAll } from 'vitest';
import type { DatabaseKind } from '../../src/core/database/database-handle.js';
import { createTeam, type Team } from '../factories/team.factory.js';
import { startMailCatcher, type MailCatcher } from './mail-catcher.js';
import { startTestApp, type TestApp } from './test-app.js';

export interface TeamWithMail {
  t: TestApp;
  mail: MailCatcher;
  team: Team;
}

// A test app whose mail goes to a real SMTP server, with a team on one assessment: registers
// its own set-up and tear-down on the enclosing suite; read the fields inside tests.
export function useTeamWithMail(engine: DatabaseKind, env: NodeJS.ProcessEnv = {}): TeamWithMail {
  const fixture = {} as TeamWithMail;
  beforeAll(async () => {
    fixture.mail = await startMailCatcher();
    fixture.t = await startTestApp(engine, { SMTP_URL: fixture.mail.url, ...env });
    fixture.team = await createTeam(fixture.t);
  });
  afterAll(async () => {
    await fixture.t.close();
    await fixture.mail.close();
  });
  return fixture;
}
