import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { migrateDoc } from './migrate-doc.js';
import {
  addEvidenceRef,
  answerFragment,
  rationaleText,
  setRating,
  setStatus,
} from './question.mutators.js';
import { readElementAssessment } from './read-element-assessment.js';
import { restoreContent } from './restore-content.js';
import { addFinding, findingText, removeFinding, summaryText } from './sub-element.mutators.js';
import { appendParagraphs, newDoc, paragraph, recordUpdates, syncDocs } from './testing/docs.js';

const q1 = 'detail-1.q1';
const q2 = 'detail-1.q2';
const sub = 'sub-element-1';

// A document written up to a version, the version taken, then changed in every kind of field.
function versionAndLive(): { version: Y.Doc; live: Y.Doc; findingId: string } {
  const live = newDoc(1);
  migrateDoc(live);
  appendParagraphs(live, q1, ['The law was enacted in 2019.', 'It names one agency.']);
  answerFragment(live, q1).insert(2, [paragraph('Bold claim ', 'here')]);
  rationaleText(live, q1).insert(0, 'Partly in force.');
  setStatus(live, q1, 'DRAFTING');
  setRating(live, q1, 'PARTIAL');
  addEvidenceRef(live, q1, { evidenceId: 'e1', pinpoint: 'art. 3' });
  const findingId = addFinding(live, sub, 'WEAKNESS', 'No appeal route.');
  summaryText(live, sub).insert(0, 'Mostly sound 👍.');
  const version = newDoc(9);
  Y.applyUpdate(version, Y.encodeStateAsUpdate(live));

  appendParagraphs(live, q1, ['Amended in 2023.']);
  answerFragment(live, q1).delete(0, 1);
  rationaleText(live, q1).insert(0, 'Now: ');
  setStatus(live, q1, 'READY_FOR_REVIEW');
  setRating(live, q1, null);
  setRating(live, q2, 'NOT_MET');
  appendParagraphs(live, q2, ['A second answer.']);
  addEvidenceRef(live, q1, { evidenceId: 'e2', pinpoint: '' });
  findingText(live, sub, findingId)?.insert(0, 'Confirmed: ');
  addFinding(live, sub, 'RISK', 'Data sharing.');
  summaryText(live, sub).insert(summaryText(live, sub).length, ' 👎');
  return { version, live, findingId };
}

describe('restoring a version’s content', () => {
  it('makes every field read as it did in the version', () => {
    const { version, live } = versionAndLive();
    expect(readElementAssessment(live)).not.toEqual(readElementAssessment(version));
    restoreContent(live, version);
    expect(readElementAssessment(live)).toEqual(readElementAssessment(version));
    expect(answerFragment(live, q1).toJSON()).toBe(answerFragment(version, q1).toJSON());
  });

  it('is one update that peers merge, keeping history and their concurrent edits', () => {
    const { version, live } = versionAndLive();
    const peer = newDoc(2);
    syncDocs(live, peer);
    const updates = recordUpdates(live);
    restoreContent(live, version);
    expect(updates).toHaveLength(1);
    // The peer edits another question while the restore travels.
    rationaleText(peer, q2).insert(0, 'Typed meanwhile.');
    syncDocs(live, peer);
    const expected = readElementAssessment(version);
    const merged = readElementAssessment(peer);
    expect(merged.questions[q1]).toEqual(expected.questions[q1]);
    expect(merged.subElements).toEqual(expected.subElements);
    expect(merged.questions[q2]?.rationale).toBe('Typed meanwhile.');
    expect(readElementAssessment(live)).toEqual(merged);
  });

  it('changes only what differs', () => {
    const { version, live } = versionAndLive();
    restoreContent(live, version);
    const updates = recordUpdates(live);
    restoreContent(live, version);
    expect(updates).toEqual([]);

    // The untouched first paragraph is the same item, not a copy.
    const first = answerFragment(live, q1).get(0);
    const text = rationaleText(live, q1);
    text.insert(text.length, ' More.');
    restoreContent(live, version);
    expect(answerFragment(live, q1).get(0)).toBe(first);
    expect(text.toJSON()).toBe('Partly in force.');
  });

  it('brings back a removed finding and restores into a fresh or emptied document', () => {
    const { version, live, findingId } = versionAndLive();
    removeFinding(live, sub, findingId);
    restoreContent(live, version);
    expect(readElementAssessment(live).subElements[sub]?.findings).toEqual(
      readElementAssessment(version).subElements[sub]?.findings,
    );

    const empty = newDoc(3);
    restoreContent(live, empty);
    expect(readElementAssessment(live)).toEqual({
      schemaVersion: 1,
      questions: {},
      subElements: {},
    });
    const fresh = newDoc(4);
    restoreContent(fresh, version);
    expect(readElementAssessment(fresh).questions).toEqual(
      readElementAssessment(version).questions,
    );
  });

  it('leaves the meta map and unknown roots alone, and skips roots of the wrong kind', () => {
    const { version, live } = versionAndLive();
    live.getText('notes').insert(0, 'not ours');
    version.getMap('summary:other-sub').set('x', 1);
    live.getMap('meta').set('schemaVersion', 1);
    restoreContent(live, version);
    expect(live.getText('notes').toJSON()).toBe('not ours');
    expect(live.getMap('meta').get('schemaVersion')).toBe(1);
    expect(readElementAssessment(live).subElements['other-sub']).toBeUndefined();
  });
});
