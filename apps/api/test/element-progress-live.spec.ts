import { documentName, setRating, setStatus } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTeam, type Team } from './factories/team.factory.js';
import { assessmentTree } from './support/assessment-tree.query.js';
import { stockClient, until, type StockClient } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { expectData } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const progressQuery = `query($id: ID!) { assessment(id: $id) { progress { elements {
  elementKey counts { drafting notMet } } } } }`;

// What a contributor writes in the live document reaches the dashboard figures without anyone
// opening the document again.
describe.each(testEngines())('live progress projection on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let writer: StockClient | undefined;
  beforeAll(async () => {
    t = await startCollabTestApp(engine);
    team = await createTeam(t);
  });
  afterAll(async () => {
    writer?.destroy();
    await t.close();
  });

  it('projects a writer’s statuses and ratings into assessment.progress', async () => {
    const element = (await assessmentTree(t, team.assessment.id)).find(
      (e) => e.key === team.assignedElement,
    );
    const questionKey = element?.subElements[0]?.details[0]?.questions[0]?.key ?? '';
    const name = documentName(team.assessment.id, team.assignedElement);
    writer = stockClient(t.collabUrl, name, await t.ticket(name, team.ministry.token));
    await writer.synced;
    setStatus(writer.doc, questionKey, 'DRAFTING');
    setRating(writer.doc, questionKey, 'NOT_MET');

    const countsNow = async () => {
      const { assessment } = expectData(
        await t.gql<{
          assessment: {
            progress: {
              elements: { elementKey: string; counts: { drafting: number; notMet: number } }[];
            };
          };
        }>(progressQuery, { id: team.assessment.id }, team.observer.token),
      );
      return assessment.progress.elements.find((e) => e.elementKey === team.assignedElement)
        ?.counts;
    };
    await until(async () => {
      const counts = await countsNow();
      return counts?.drafting === 1 && counts.notMet === 1;
    }, 'the projection of the writer’s changes');
  });
});
