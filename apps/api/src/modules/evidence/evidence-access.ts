import { can, type Actor, type Confidentiality, type Resource } from '@idgov/authz';
import { AppError, notFound } from '../../core/errors/app-error.js';
import type { EvidenceEntity } from './evidence.entity.js';
import { confidentialities } from './evidence-kind.js';

type EvidenceHeader = Pick<EvidenceEntity, 'assessmentId' | 'confidentiality' | 'createdBy'>;

export const evidenceResource = (e: EvidenceHeader): Resource => ({
  kind: 'evidence',
  assessmentId: e.assessmentId,
  confidentiality: e.confidentiality,
  createdBy: e.createdBy,
});

// The policy's read rule as a filter a query can apply: the levels the actor reads whoever created
// the item, plus the items they created themselves.
export function readScope(
  actor: Actor,
  assessmentId: string,
): { levels: Confidentiality[]; creatorId: string } {
  const levels = confidentialities.filter((confidentiality) =>
    can(actor, 'evidence.read', {
      kind: 'evidence',
      assessmentId,
      confidentiality,
      createdBy: '',
    }),
  );
  return { levels, creatorId: actor.userId };
}

// An item the actor may not read answers exactly like a missing one.
export function requireReadable<E extends EvidenceHeader>(
  actor: Actor,
  evidence: E | null,
  field = 'id',
): E {
  if (!evidence || !can(actor, 'evidence.read', evidenceResource(evidence))) {
    throw notFound('Evidence', field);
  }
  return evidence;
}

export function requireEditable<E extends EvidenceHeader & Pick<EvidenceEntity, 'archivedAt'>>(
  actor: Actor,
  evidence: E | null,
  field = 'id',
): E {
  const readable = requireReadable(actor, evidence, field);
  if (!can(actor, 'evidence.update', evidenceResource(readable))) {
    throw new AppError(
      'FORBIDDEN',
      'Only the moderators and whoever added this evidence may change it',
    );
  }
  return readable;
}

export function requireNotArchived(evidence: Pick<EvidenceEntity, 'archivedAt'>): void {
  if (evidence.archivedAt) {
    throw new AppError('CONFLICT', 'This evidence is archived; restore it before changing it');
  }
}
