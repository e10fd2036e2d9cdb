import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { AssessmentDocError, UnsupportedSchemaVersionError } from './assessment-doc.error.js';
import { assessmentDocSchemaVersion } from './assessment-doc.schema.js';
import { migrateDoc, readSchemaVersion, type DocMigration } from './migrate-doc.js';
import { setStatus } from './question.mutators.js';
import { readElementAssessment } from './read-element-assessment.js';
import { newDoc, recordUpdates } from './testing/docs.js';

function docAtVersion(version: unknown): Y.Doc {
  const doc = newDoc();
  doc.getMap('meta').set('schemaVersion', version);
  return doc;
}

describe('migrateDoc', () => {
  it('stamps a new document with the current version', () => {
    const doc = newDoc();
    expect(readSchemaVersion(doc)).toBeNull();
    expect(migrateDoc(doc)).toEqual({ from: null, to: assessmentDocSchemaVersion });
    expect(readSchemaVersion(doc)).toBe(assessmentDocSchemaVersion);
  });

  it('stamps unversioned content as version 1 without touching it', () => {
    const doc = newDoc();
    setStatus(doc, 'detail-1.q1', 'DRAFTING');
    migrateDoc(doc);
    expect(readElementAssessment(doc).questions['detail-1.q1']?.status).toBe('DRAFTING');
  });

  it('leaves a current document untouched, emitting no update', () => {
    const doc = docAtVersion(assessmentDocSchemaVersion);
    const updates = recordUpdates(doc);
    expect(migrateDoc(doc)).toEqual({ from: 1, to: 1 });
    expect(updates).toHaveLength(0);
  });

  it('refuses a newer version it does not understand, and changes nothing', () => {
    const doc = docAtVersion(assessmentDocSchemaVersion + 1);
    const updates = recordUpdates(doc);
    expect(() => migrateDoc(doc)).toThrow(UnsupportedSchemaVersionError);
    expect(() => migrateDoc(doc)).toThrow(/schema version 2; this build understands up to 1/);
    expect(updates).toHaveLength(0);
    expect(readSchemaVersion(doc)).toBe(2);
  });

  it('refuses a malformed version rather than guess', () => {
    for (const version of ['1', 0, -1, 1.5, null, Number.NaN]) {
      const doc = docAtVersion(version);
      expect(readSchemaVersion(doc)).toBeNull();
      expect(() => migrateDoc(doc)).toThrow(AssessmentDocError);
      expect(() => migrateDoc(doc)).toThrow(/malformed schema version/);
    }
  });

  it('runs future steps in order, in one transaction, up to the target', () => {
    const order: number[] = [];
    const migrations: DocMigration[] = [
      { from: 2, migrate: (d) => (order.push(2), d.getMap('meta').set('two', true)) },
      { from: 1, migrate: (d) => (order.push(1), d.getMap('meta').set('one', true)) },
    ];
    const doc = docAtVersion(1);
    const updates = recordUpdates(doc);
    expect(migrateDoc(doc, { migrations, targetVersion: 3 })).toEqual({ from: 1, to: 3 });
    expect(order).toEqual([1, 2]);
    expect(updates).toHaveLength(1);
    expect(doc.getMap('meta').toJSON()).toEqual({ schemaVersion: 3, one: true, two: true });
  });

  it('refuses to migrate when a step is missing', () => {
    const doc = docAtVersion(1);
    const migrations: DocMigration[] = [{ from: 2, migrate: () => undefined }];
    expect(() => migrateDoc(doc, { migrations, targetVersion: 3 })).toThrow(
      /No migration from assessment document version 1/,
    );
    expect(readSchemaVersion(doc)).toBe(1);
  });
});
