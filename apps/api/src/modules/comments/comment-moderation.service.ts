import { can, type Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, notFound } from '../../core/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { DiscussionAccess } from '../suggestions/discussion-access.js';
import { CommentThreadEntity } from './comment-thread.entity.js';
import { CommentEntity } from './comment.entity.js';

// Resolving and reopening a thread (its author or a moderator), hiding and unhiding a comment
// (moderators, with a reason). Audited without the reason's text.
@Injectable()
export class CommentModerationService {
  constructor(
    private readonly access: DiscussionAccess,
    private readonly audit: AuditService,
  ) {}

  async setResolved(
    actor: Actor,
    assessmentId: string,
    threadId: string,
    resolved: boolean,
  ): Promise<void> {
    const found = await this.access.source
      .getRepository(CommentThreadEntity)
      .findOneBy({ id: threadId, assessmentId });
    if (!found) {
      throw notFound('Thread', 'threadId');
    }
    const moderates = can(actor, 'comments.moderate', { kind: 'assessment', assessmentId });
    if (!moderates) {
      await this.access.requireElementAction(
        actor,
        assessmentId,
        found.elementKey,
        'element.comment',
        'Your role in this assessment does not allow this',
      );
      if (found.createdBy !== actor.userId) {
        throw new AppError('FORBIDDEN', 'Only who started the thread, or a moderator, may do this');
      }
    }
    await this.access.source.transaction(async (manager) => {
      await this.access.lockActive(manager, assessmentId);
      const thread = await manager.getRepository(CommentThreadEntity).findOneOrFail({
        where: { id: threadId },
        lock: { mode: 'pessimistic_write' },
      });
      if ((thread.resolvedAt !== null) === resolved) {
        throw new AppError(
          'CONFLICT',
          resolved ? 'This thread is already resolved' : 'This thread is open',
          'threadId',
        );
      }
      thread.resolvedAt = resolved ? new Date() : null;
      thread.resolvedBy = resolved ? actor.userId : null;
      await manager.save(thread);
      await this.audit.record(manager, {
        action: resolved ? 'comment-thread.resolve' : 'comment-thread.reopen',
        targetType: 'comment-thread',
        targetId: thread.id,
        assessmentId,
        summary: {
          elementKey: thread.elementKey,
          byModerator: moderates && thread.createdBy !== actor.userId,
        },
      });
    });
  }

  // The guard has checked comments.moderate on the assessment.
  setHidden(
    actor: Actor,
    assessmentId: string,
    commentId: string,
    reason: string | null,
  ): Promise<void> {
    const hide = reason !== null;
    return this.access.source.transaction(async (manager) => {
      await this.access.lockActive(manager, assessmentId);
      const comment = await this.lockComment(manager, assessmentId, commentId);
      if ((comment.hiddenAt !== null) === hide) {
        throw new AppError(
          'CONFLICT',
          hide ? 'This comment is already hidden' : 'This comment is not hidden',
          'commentId',
        );
      }
      comment.hiddenAt = hide ? new Date() : null;
      comment.hiddenBy = hide ? actor.userId : null;
      comment.hiddenReason = reason;
      await manager.save(comment);
      await this.audit.record(manager, {
        action: hide ? 'comment.hide' : 'comment.unhide',
        targetType: 'comment-thread',
        targetId: comment.threadId,
        assessmentId,
        summary: { commentId, reasonLength: reason?.length ?? 0 },
      });
    });
  }

  private async lockComment(
    manager: EntityManager,
    assessmentId: string,
    commentId: string,
  ): Promise<CommentEntity> {
    const comment = await manager
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .innerJoin(CommentThreadEntity, 't', 't.id = c.thread_id')
      .where('c.id = :commentId AND t.assessment_id = :assessmentId', { commentId, assessmentId })
      .setLock('pessimistic_write', undefined, ['c'])
      .getOne();
    if (!comment) {
      throw notFound('Comment', 'commentId');
    }
    return comment;
  }
}
