import { documentName } from '@idgov/assessment-doc';
import type { Actor } from '@idgov/authz';
import { Injectable, Optional } from '@nestjs/common';
import * as Y from 'yjs';
import type { EntityManager } from 'typeorm';
import { AppError, badInput, notFound } from '../../core/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { CollabRooms } from '../collab/collab-rooms.service.js';
import { DiscussionAccess } from './discussion-access.js';
import type { SuggestChange } from './dto/suggest-change.input.js';
import type { SuggestionFilter } from './dto/suggestion-filter.input.js';
import { applyProposal, readField, sameValue } from './suggestion-fields.js';
import { anchorOf, currentOf, proposalOf, targetOf } from './suggestion-target.js';
import { SuggestionEntity } from './suggestion.entity.js';

// Suggestions on element documents: made by anyone who may suggest, withdrawn by their author,
// accepted (applied to the live document as a server change) or rejected with a reason by the
// moderators. Audit summaries hold keys and flags, never the texts or reasons.
@Injectable()
export class SuggestionsService {
  constructor(
    private readonly access: DiscussionAccess,
    private readonly audit: AuditService,
    @Optional() private readonly rooms?: CollabRooms,
  ) {}

  async suggest(
    actor: Actor,
    assessmentId: string,
    input: SuggestChange,
  ): Promise<SuggestionEntity> {
    const { elementKey } = input;
    this.access.requireElementKey(elementKey);
    await this.access.requireElementAction(
      actor,
      assessmentId,
      elementKey,
      'element.suggest',
      'Your role in this assessment does not allow suggesting changes',
    );
    const target = targetOf({
      kind: input.kind,
      questionKey: input.kind === 'FINDING' ? null : input.questionKey,
      subElementKey: input.kind === 'FINDING' ? input.subElementKey : null,
      findingId: input.kind === 'FINDING' ? input.findingId : null,
    });
    await this.access.requireAnchor(
      this.access.source.manager,
      assessmentId,
      elementKey,
      anchorOf(target),
    );
    const current = await this.readLive(assessmentId, elementKey, (doc) => readField(doc, target));
    if (current === null) {
      throw notFound('Finding', 'findingId');
    }
    const row = this.access.source.manager.create(SuggestionEntity, {
      assessmentId,
      elementKey,
      kind: input.kind,
      questionKey: input.kind === 'FINDING' ? null : input.questionKey,
      subElementKey: input.kind === 'FINDING' ? input.subElementKey : null,
      findingId: input.kind === 'FINDING' ? input.findingId : null,
      currentRating: current.rating,
      currentFindingKind: current.findingKind,
      currentText: current.text,
      proposedRating: input.kind === 'RATING' ? input.proposedRating : null,
      proposedFindingKind: input.kind === 'FINDING' ? input.proposedFindingKind : null,
      proposedText: input.kind === 'RATING' ? null : input.proposedText,
      reason: input.reason,
      createdBy: actor.userId,
    });
    if (sameValue(current, proposalOf(row))) {
      throw badInput(
        input.kind === 'RATING' ? 'proposedRating' : 'proposedText',
        'This is already the current value',
      );
    }
    return this.access.source.transaction(async (manager) => {
      await this.access.lockActive(manager, assessmentId);
      await manager.insert(SuggestionEntity, row);
      await this.record(manager, 'suggestion.create', row, {
        newFinding: row.kind === 'FINDING' && row.findingId === null,
        proposedRating: row.proposedRating,
        reasonLength: row.reason.length,
      });
      return row;
    });
  }

  list(actor: Actor, assessmentId: string, filter: SuggestionFilter): Promise<SuggestionEntity[]> {
    const query = this.access.source
      .getRepository(SuggestionEntity)
      .createQueryBuilder('s')
      .where('s.assessment_id = :assessmentId', { assessmentId })
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC');
    if (filter.elementKey) {
      query.andWhere('s.element_key = :elementKey', { elementKey: filter.elementKey });
    }
    if (filter.status) {
      query.andWhere('s.status = :status', { status: filter.status });
    }
    if (filter.mine) {
      query.andWhere('s.created_by = :userId', { userId: actor.userId });
    }
    return query.getMany();
  }

  withdraw(actor: Actor, assessmentId: string, id: string): Promise<SuggestionEntity> {
    return this.access.source.transaction(async (manager) => {
      const row = await this.lockPending(manager, assessmentId, id);
      if (row.createdBy !== actor.userId) {
        throw new AppError('FORBIDDEN', 'Only its author may withdraw a suggestion');
      }
      this.decide(row, actor, 'WITHDRAWN', null);
      await manager.save(row);
      await this.record(manager, 'suggestion.withdraw', row, {});
      return row;
    });
  }

  reject(
    actor: Actor,
    assessmentId: string,
    id: string,
    reason: string,
  ): Promise<SuggestionEntity> {
    return this.access.source.transaction(async (manager) => {
      const row = await this.lockPending(manager, assessmentId, id);
      this.decide(row, actor, 'REJECTED', reason);
      await manager.save(row);
      await this.record(manager, 'suggestion.reject', row, { reasonLength: reason.length });
      return row;
    });
  }

  // The suggestion is claimed first (so two moderators cannot both apply it), then applied to the
  // live document as a server change (stored and relayed to connected editors), then audited: the
  // update log commits on its own, as for restoring a version. A failed change releases the claim.
  async accept(
    actor: Actor,
    assessmentId: string,
    id: string,
    reason: string | null,
  ): Promise<SuggestionEntity> {
    const rooms = this.live();
    const row = await this.access.source.transaction(async (manager) => {
      const claimed = await this.lockPending(manager, assessmentId, id);
      this.decide(claimed, actor, 'ACCEPTED', reason);
      return manager.save(claimed);
    });
    const target = targetOf(row);
    let stale = false;
    let missing = false;
    let createdFindingId: string | null = null;
    let update: Uint8Array | null;
    try {
      update = await rooms.applyServerChange(documentName(assessmentId, row.elementKey), (doc) => {
        const now = readField(doc, target);
        if (now === null) {
          missing = true;
          return;
        }
        stale = !sameValue(now, currentOf(row));
        createdFindingId = applyProposal(doc, target, proposalOf(row));
      });
    } catch (error) {
      await this.release(row);
      throw error;
    }
    if (missing) {
      await this.release(row);
      throw new AppError(
        'CONFLICT',
        'The finding this suggestion changes was removed since',
        'suggestionId',
      );
    }
    return this.access.source.transaction(async (manager) => {
      row.appliedStale = stale;
      await manager.update(SuggestionEntity, { id: row.id }, { appliedStale: stale });
      await this.record(manager, 'suggestion.accept', row, {
        stale,
        changed: update !== null,
        updateBytes: update?.byteLength ?? 0,
        createdFindingId,
        reasonLength: reason?.length ?? 0,
      });
      return row;
    });
  }

  private async lockPending(
    manager: EntityManager,
    assessmentId: string,
    id: string,
  ): Promise<SuggestionEntity> {
    await this.access.lockActive(manager, assessmentId);
    const row = await manager.getRepository(SuggestionEntity).findOne({
      where: { id, assessmentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) {
      throw notFound('Suggestion', 'suggestionId');
    }
    if (row.status !== 'PENDING') {
      throw new AppError(
        'CONFLICT',
        `This suggestion was already ${row.status.toLowerCase()}`,
        'suggestionId',
      );
    }
    return row;
  }

  private decide(
    row: SuggestionEntity,
    actor: Actor,
    status: SuggestionEntity['status'],
    reason: string | null,
  ): void {
    row.status = status;
    row.decisionReason = reason;
    row.decidedBy = actor.userId;
    row.decidedAt = new Date();
  }

  private async release(row: SuggestionEntity): Promise<void> {
    await this.access.source
      .getRepository(SuggestionEntity)
      .update(
        { id: row.id, status: 'ACCEPTED' },
        { status: 'PENDING', decisionReason: null, decidedBy: null, decidedAt: null },
      );
  }

  private record(
    manager: EntityManager,
    action: string,
    row: SuggestionEntity,
    extra: Record<string, unknown>,
  ): Promise<unknown> {
    return this.audit.record(manager, {
      action,
      targetType: 'suggestion',
      targetId: row.id,
      assessmentId: row.assessmentId,
      summary: {
        elementKey: row.elementKey,
        kind: row.kind,
        questionKey: row.questionKey,
        subElementKey: row.subElementKey,
        findingId: row.findingId,
        ...extra,
      },
    });
  }

  private async readLive<T>(
    assessmentId: string,
    elementKey: string,
    read: (doc: Y.Doc) => T,
  ): Promise<T> {
    const state = await this.live().documentState(documentName(assessmentId, elementKey));
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  private live(): CollabRooms {
    if (!this.rooms) {
      throw new AppError(
        'COLLAB_UNAVAILABLE',
        'This server does not run the collaboration server (COLLAB_MODE=off), so it cannot read or change live documents',
      );
    }
    return this.rooms;
  }
}
