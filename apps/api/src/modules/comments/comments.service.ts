import { memberIdOf } from '../members/member-id.js';
import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, badInput, notFound } from '../../core/errors/app-error.js';
import { AuditService, type AuditRecord } from '../audit/audit.service.js';
import { MembersService } from '../members/members.service.js';
import { DiscussionAccess } from '../suggestions/discussion-access.js';
import { CommentMentionEntity } from './comment-mention.entity.js';
import { CommentThreadEntity } from './comment-thread.entity.js';
import { CommentEntity } from './comment.entity.js';
import type { CommentBody, CreateCommentThread } from './dto/comment.inputs.js';

const mayNotComment = 'Your role in this assessment does not allow commenting';

// Starting threads, replying and editing one's own comments, for those who may comment on the
// element (not observers). Mentions name members of the assessment; audit summaries hold keys and
// counts, never the text.
@Injectable()
export class CommentsService {
  constructor(
    private readonly access: DiscussionAccess,
    private readonly members: MembersService,
    private readonly audit: AuditService,
  ) {}

  async createThread(
    actor: Actor,
    assessmentId: string,
    input: CreateCommentThread,
  ): Promise<string> {
    const { elementKey, subElementKey, questionKey } = input;
    this.access.requireElementKey(elementKey);
    await this.access.requireElementAction(
      actor,
      assessmentId,
      elementKey,
      'element.comment',
      mayNotComment,
    );
    const mentioned = await this.mentionedUsers(assessmentId, input.mentionedMemberIds);
    return this.access.source.transaction(async (manager) => {
      await this.access.lockActive(manager, assessmentId);
      await this.access.requireAnchor(
        manager,
        assessmentId,
        elementKey,
        subElementKey !== null
          ? { kind: 'subElement', subElementKey }
          : { kind: 'question', questionKey: questionKey ?? '' },
      );
      const thread = manager.create(CommentThreadEntity, {
        assessmentId,
        elementKey,
        subElementKey,
        questionKey,
        createdBy: actor.userId,
      });
      await manager.insert(CommentThreadEntity, thread);
      const comment = await this.insertComment(manager, actor, thread.id, input.body, mentioned);
      await this.record(manager, 'comment-thread.create', thread, {
        elementKey,
        subElementKey,
        questionKey,
        commentId: comment.id,
        bodyLength: input.body.length,
        mentionCount: mentioned.length,
      });
      return thread.id;
    });
  }

  async reply(
    actor: Actor,
    assessmentId: string,
    threadId: string,
    input: CommentBody,
  ): Promise<string> {
    const thread = await this.threadOf(assessmentId, threadId);
    await this.access.requireElementAction(
      actor,
      assessmentId,
      thread.elementKey,
      'element.comment',
      mayNotComment,
    );
    const mentioned = await this.mentionedUsers(assessmentId, input.mentionedMemberIds);
    return this.access.source.transaction(async (manager) => {
      await this.access.lockActive(manager, assessmentId);
      const locked = await manager.getRepository(CommentThreadEntity).findOne({
        where: { id: threadId },
        lock: { mode: 'pessimistic_write' },
      });
      if (locked?.resolvedAt) {
        throw new AppError('CONFLICT', 'This thread is resolved; reopen it to reply', 'threadId');
      }
      const comment = await this.insertComment(manager, actor, threadId, input.body, mentioned);
      await this.record(manager, 'comment.create', thread, {
        commentId: comment.id,
        bodyLength: input.body.length,
        mentionCount: mentioned.length,
      });
      return comment.id;
    });
  }

  // Checks (author, role, mentions) read outside the transaction: PGlite has one connection, so
  // nothing may query beside an open transaction; the hidden state is read again under the lock.
  async edit(
    actor: Actor,
    assessmentId: string,
    commentId: string,
    input: CommentBody,
  ): Promise<string> {
    const found = await this.access.source
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .innerJoinAndMapOne('c.thread', CommentThreadEntity, 't', 't.id = c.thread_id')
      .where('c.id = :commentId AND t.assessment_id = :assessmentId', { commentId, assessmentId })
      .getOne();
    const thread = found?.thread;
    if (!found || !thread) {
      throw notFound('Comment', 'commentId');
    }
    if (found.createdBy !== actor.userId) {
      throw new AppError('FORBIDDEN', 'Only its author may edit a comment');
    }
    await this.access.requireElementAction(
      actor,
      assessmentId,
      thread.elementKey,
      'element.comment',
      mayNotComment,
    );
    const mentioned = await this.mentionedUsers(assessmentId, input.mentionedMemberIds);
    return this.access.source.transaction(async (manager) => {
      await this.access.lockActive(manager, assessmentId);
      const comment = await manager.getRepository(CommentEntity).findOne({
        where: { id: commentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (comment?.hiddenAt) {
        throw new AppError(
          'CONFLICT',
          'A moderator hid this comment; it can no longer be edited',
          'commentId',
        );
      }
      await manager.update(
        CommentEntity,
        { id: commentId },
        { body: input.body, editedAt: new Date() },
      );
      await manager.delete(CommentMentionEntity, { commentId });
      await this.insertMentions(manager, commentId, mentioned);
      await this.record(manager, 'comment.edit', thread, {
        commentId,
        bodyLength: input.body.length,
        mentionCount: mentioned.length,
      });
      return commentId;
    });
  }

  private async threadOf(assessmentId: string, threadId: string): Promise<CommentThreadEntity> {
    const thread = await this.access.source
      .getRepository(CommentThreadEntity)
      .findOneBy({ id: threadId, assessmentId });
    if (!thread) {
      throw notFound('Thread', 'threadId');
    }
    return thread;
  }

  // Member ids as the members module shows them (assessmentId:pseudonymNumber), so that
  // pseudonymous members can be mentioned without revealing who they are.
  private async mentionedUsers(
    assessmentId: string,
    memberIds: readonly string[],
  ): Promise<string[]> {
    if (memberIds.length === 0) {
      return [];
    }
    const members = await this.members.membersOf([assessmentId]);
    const byId = new Map(members.map((m) => [memberIdOf(m), m.userId]));
    return memberIds.map((id) => {
      const userId = byId.get(id);
      if (!userId) {
        throw badInput('mentionedMemberIds', 'Only members of this assessment can be mentioned');
      }
      return userId;
    });
  }

  private async insertComment(
    manager: EntityManager,
    actor: Actor,
    threadId: string,
    body: string,
    mentioned: string[],
  ): Promise<CommentEntity> {
    const comment = manager.create(CommentEntity, { threadId, body, createdBy: actor.userId });
    await manager.insert(CommentEntity, comment);
    await this.insertMentions(manager, comment.id, mentioned);
    return comment;
  }

  private async insertMentions(
    manager: EntityManager,
    commentId: string,
    userIds: string[],
  ): Promise<void> {
    if (userIds.length > 0) {
      await manager.insert(
        CommentMentionEntity,
        userIds.map((userId) => ({ commentId, userId })),
      );
    }
  }

  private record(
    manager: EntityManager,
    action: string,
    thread: CommentThreadEntity,
    summary: AuditRecord['summary'],
  ): Promise<void> {
    return this.audit.record(manager, {
      action,
      targetType: 'comment-thread',
      targetId: thread.id,
      assessmentId: thread.assessmentId,
      summary: { elementKey: thread.elementKey, ...summary },
    });
  }
}
