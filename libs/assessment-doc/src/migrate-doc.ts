import type * as Y from 'yjs';
import { UnsupportedSchemaVersionError, AssessmentDocError } from './assessment-doc.error.js';
import { assessmentDocSchemaVersion, metaKeys, rootNames } from './assessment-doc.schema.js';
import { readRootMap } from './doc-read.util.js';

// A step from version `from` to `from + 1`. Steps run on live documents that older clients may
// still be editing, so they must be additive and idempotent (copy, never move-and-delete).
export type DocMigration = { readonly from: number; readonly migrate: (doc: Y.Doc) => void };

// Version 1 is the first schema: no steps yet. Add `{ from: 1, migrate }` with version 2.
export const docMigrations: readonly DocMigration[] = [];

export type MigrateDocOptions = {
  readonly migrations?: readonly DocMigration[];
  readonly targetVersion?: number;
};

export type MigrateDocResult = { readonly from: number | null; readonly to: number };

function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(rootNames.meta);
}

function isVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

// null when the document has no version yet or a bad client wrote something that is not one.
export function readSchemaVersion(doc: Y.Doc): number | null {
  const value = readMetaVersion(doc);
  return isVersion(value) ? value : null;
}

function readMetaVersion(doc: Y.Doc): unknown {
  return readRootMap(doc, rootNames.meta)?.get(metaKeys.schemaVersion);
}

// Brings a loaded document to the target version. A document without a version is stamped:
// version 1 is the first schema, so unversioned content (e.g. typed by a client before the server
// first saw the document) is version 1. A current document is left untouched (no update is
// emitted), so calling this on every load costs nothing. Newer or malformed versions are refused.
export function migrateDoc(doc: Y.Doc, options: MigrateDocOptions = {}): MigrateDocResult {
  const target = options.targetVersion ?? assessmentDocSchemaVersion;
  const migrations = options.migrations ?? docMigrations;
  const raw = readMetaVersion(doc);
  let from: number | null = null;
  if (raw !== undefined) {
    if (!isVersion(raw)) {
      throw new AssessmentDocError('Assessment document has a malformed schema version');
    }
    from = raw;
  }
  if (from !== null && from > target) {
    throw new UnsupportedSchemaVersionError(from, target);
  }
  if (from === target) {
    return { from, to: target };
  }
  const start = from ?? 1;
  const steps: DocMigration[] = [];
  for (let version = start; version < target; version += 1) {
    const step = migrations.find((m) => m.from === version);
    if (step === undefined) {
      throw new AssessmentDocError(`No migration from assessment document version ${version}`);
    }
    steps.push(step);
  }
  // One transaction: peers see the migrated document and its new version together.
  doc.transact(() => {
    for (const step of steps) {
      step.migrate(doc);
    }
    metaMap(doc).set(metaKeys.schemaVersion, target);
  });
  return { from, to: target };
}
