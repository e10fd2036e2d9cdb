import { answerPlainText, documentName, questionStatus, setStatus } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  buildElementVersionInput,
  compareVersions,
  createElementVersion,
  restoreMutation,
  versionsQuery,
  type ElementVersionResult,
  type FieldChangeResult,
} from './factories/element-version.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { assessmentTree } from './support/assessment-tree.query.js';
import { stockClient, until, type StockClient } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { expectData } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

// One paragraph of an answer, shaped as the web editor (y-prosemirror) writes it.
function writeParagraph(doc: Y.Doc, questionKey: string, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  const run = new Y.XmlText();
  run.applyDelta([{ insert: text }]);
  paragraph.insert(0, [run]);
  doc.getXmlFragment(`answer:${questionKey}`).push([paragraph]);
}

function firstRun(doc: Y.Doc, questionKey: string): Y.XmlText {
  const paragraph = doc.getXmlFragment(`answer:${questionKey}`).get(0) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

const hunksOf = (changes: FieldChangeResult[], field: string) =>
  changes.find((c) => c.field === field)?.hunks ?? [];

// An editor names versions of the live document, everyone in the assessment lists and compares
// them, and restoring one is a new change that connected clients receive.
describe.each(testEngines())('named element versions on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let writer: StockClient;
  let questionKey = '';
  let first: ElementVersionResult;
  const element = () => ({ a: team.assessment.id, e: team.assignedElement });
  const name = () => documentName(team.assessment.id, team.assignedElement);
  // Waits until the server's document has what the writer sent (stored, then applied).
  const serverHas = (what: string, read: (doc: Y.Doc) => boolean) =>
    until(async () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, await t.rooms.documentState(name()));
      return read(doc);
    }, what);

  beforeAll(async () => {
    t = await startCollabTestApp(engine);
    team = await createTeam(t);
    const tree = await assessmentTree(t, team.assessment.id);
    const assigned = tree.find((e) => e.key === team.assignedElement);
    questionKey = assigned?.subElements[0]?.details[0]?.questions[0]?.key ?? '';
    writer = stockClient(t.collabUrl, name(), await t.ticket(name(), team.ministry.token));
    await writer.synced;
  });
  afterAll(async () => {
    writer.destroy();
    await t.close();
  });

  it('names the live document and lists the version with its author and time', async () => {
    writeParagraph(writer.doc, questionKey, 'The Identity Act was enacted in 2019.');
    await serverHas('the first answer', (doc) => answerPlainText(doc, questionKey).length > 0);
    const before = Date.now();
    first = await createElementVersion(
      t,
      buildElementVersionInput(team.assessment.id, team.assignedElement, {
        name: '  First draft  ',
        note: 'Before the review',
      }),
      team.ministry.token,
    );
    expect(first).toMatchObject({ name: 'First draft', note: 'Before the review' });
    expect(first.stateHash).toBe(await t.rooms.documentHash(name()));

    const { elementVersions } = expectData(
      await t.gql<{ elementVersions: ElementVersionResult[] }>(
        versionsQuery,
        element(),
        team.observer.token,
      ),
    );
    expect(elementVersions).toHaveLength(1);
    expect(elementVersions[0]).toMatchObject({
      id: first.id,
      createdByYou: false,
      author: { label: 'Mika Ministry' },
    });
    const createdAt = Date.parse(elementVersions[0]?.createdAt ?? '');
    expect(Math.abs(createdAt - before)).toBeLessThan(60_000);
  });

  it('compares a version with the live document word by word', async () => {
    const run = firstRun(writer.doc, questionKey);
    const at = run.toJSON().indexOf('enacted in 2019');
    writer.doc.transact(() => {
      run.delete(at, 'enacted in 2019'.length);
      run.insert(at, 'amended in 2023');
    });
    setStatus(writer.doc, questionKey, 'DRAFTING');
    await serverHas('the amendment', (doc) => questionStatus(doc, questionKey) === 'DRAFTING');

    const res = await compareVersions(t, { ...element(), from: first.id }, team.observer.token);
    const { changes } = expectData(res).compareElementVersions;
    expect(changes.map((c) => [c.itemKind, c.itemKey, c.field])).toEqual([
      ['QUESTION', questionKey, 'STATUS'],
      ['QUESTION', questionKey, 'ANSWER'],
    ]);
    const answer = hunksOf(changes, 'ANSWER');
    expect(answer.filter((h) => h.kind === 'REMOVED').map((h) => h.text.trim())).toEqual([
      'enacted',
      '2019',
    ]);
    expect(answer.filter((h) => h.kind === 'ADDED').map((h) => h.text.trim())).toEqual([
      'amended',
      '2023',
    ]);
    expect(
      answer
        .filter((h) => h.kind !== 'ADDED')
        .map((h) => h.text)
        .join(''),
    ).toBe('The Identity Act was enacted in 2019.');
    expect(hunksOf(changes, 'STATUS')).toEqual([
      { kind: 'REMOVED', text: 'NOT_STARTED' },
      { kind: 'ADDED', text: 'DRAFTING' },
    ]);
  });

  it('restores as a new change that the live client receives, keeping history', async () => {
    const amended = await createElementVersion(
      t,
      buildElementVersionInput(team.assessment.id, team.assignedElement, { name: 'Amended' }),
      team.ministry.token,
    );
    const { restoreElementVersion } = expectData(
      await t.gql<{ restoreElementVersion: { changed: boolean; version: { id: string } } }>(
        restoreMutation,
        { ...element(), v: first.id },
        team.moderator.token,
      ),
    );
    expect(restoreElementVersion).toMatchObject({ changed: true, version: { id: first.id } });
    await until(
      () =>
        answerPlainText(writer.doc, questionKey) === 'The Identity Act was enacted in 2019.' &&
        questionStatus(writer.doc, questionKey) === 'NOT_STARTED',
      'the live client to receive the restore',
    );

    // Nothing was rewound: the state before the restore is contained in the state after it.
    const [row] = await t.sql<{ state: Uint8Array }>(
      'SELECT state FROM element_version WHERE id = $1',
      [amended.id],
    );
    const live = new Y.Doc();
    Y.applyUpdate(live, await t.rooms.documentState(name()));
    const vector = Y.encodeStateVector(live);
    Y.applyUpdate(live, new Uint8Array(row?.state ?? []));
    expect(Y.encodeStateVector(live)).toEqual(vector);

    const afterRestore = await createElementVersion(
      t,
      buildElementVersionInput(team.assessment.id, team.assignedElement, { name: 'Restored' }),
      team.ministry.token,
    );
    const toFirst = await compareVersions(t, { ...element(), from: first.id, to: afterRestore.id });
    expect(expectData(toFirst).compareElementVersions.changes).toEqual([]);
    const toAmended = await compareVersions(t, {
      ...element(),
      from: amended.id,
      to: afterRestore.id,
    });
    const answer = hunksOf(expectData(toAmended).compareElementVersions.changes, 'ANSWER');
    expect(answer.filter((h) => h.kind === 'ADDED').map((h) => h.text.trim())).toEqual([
      'enacted',
      '2019',
    ]);
  });
});
