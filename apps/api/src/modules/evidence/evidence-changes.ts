import { badInput } from '../../core/errors/app-error.js';
import type { EvidenceChanges } from './dto/update-evidence.input.js';
import { kindIssues, type EvidenceValues } from './dto/evidence-rules.js';
import type { EvidenceEntity } from './evidence.entity.js';
import { defaultConfidentiality } from './evidence-kind.js';

export type EvidencePatch = Partial<EvidenceEntity>;

export interface AppliedChanges {
  patch: EvidencePatch;
  // Names of the fields that changed, for the audit log (never their values).
  fields: string[];
  notesErased: boolean;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

// Applies a change to an item (left-out fields stay, null clears one) and checks the result against
// the kind rules, with the path of the offending field. Withdrawing consent erases the notes.
export function applyChanges(row: EvidenceEntity, changes: EvidenceChanges): AppliedChanges {
  const next: EvidenceEntity = { ...row };
  const target = next as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) {
      target[key] = value ?? (key === 'tags' ? [] : null);
    }
  }
  if (changes.confidentiality === null) {
    next.confidentiality = defaultConfidentiality(row.kind);
  }
  const consentWithdrawn = changes.consentRecorded === false && changes.notes === undefined;
  if (consentWithdrawn) {
    next.notes = null;
  }
  const values: EvidenceValues = next;
  const [issue] = kindIssues(values);
  if (issue) {
    throw badInput(issue[0], issue[1]);
  }
  const source = row as unknown as Record<string, unknown>;
  const fields = Object.keys(changes).filter((key) => !same(source[key], target[key]));
  if (consentWithdrawn && row.notes !== null && !fields.includes('notes')) {
    fields.push('notes');
  }
  const patch = Object.fromEntries(fields.map((key) => [key, target[key]])) as EvidencePatch;
  return { patch, fields, notesErased: consentWithdrawn && row.notes !== null };
}
