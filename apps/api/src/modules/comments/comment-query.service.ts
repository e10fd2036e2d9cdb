import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { notFound } from '../../core/errors/app-error.js';
import { CommentMentionEntity } from './comment-mention.entity.js';
import { CommentThreadEntity } from './comment-thread.entity.js';
import { CommentEntity } from './comment.entity.js';
import type { LoadedComment, LoadedThread } from './comment.object.js';

export interface ThreadFilter {
  elementKey: string | null;
  subElementKey: string | null;
  questionKey: string | null;
  includeResolved: boolean;
}

// Threads with their comments and mentions, three queries whatever the number of threads.
@Injectable()
export class CommentQueryService {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async threads(assessmentId: string, filter: ThreadFilter): Promise<LoadedThread[]> {
    const where = {
      assessmentId,
      ...(filter.elementKey ? { elementKey: filter.elementKey } : {}),
      ...(filter.subElementKey ? { subElementKey: filter.subElementKey } : {}),
      ...(filter.questionKey ? { questionKey: filter.questionKey } : {}),
      ...(filter.includeResolved ? {} : { resolvedAt: IsNull() }),
    };
    const threads = await this.dataSource
      .getRepository(CommentThreadEntity)
      .find({ where, order: { createdAt: 'ASC', id: 'ASC' } });
    return this.withComments(this.dataSource.manager, threads);
  }

  // Unresolved threads of the assessment in which some comment mentions the user.
  async mentioning(assessmentId: string, userId: string): Promise<LoadedThread[]> {
    const threads = await this.dataSource
      .getRepository(CommentThreadEntity)
      .createQueryBuilder('t')
      .where('t.assessment_id = :assessmentId AND t.resolved_at IS NULL', { assessmentId })
      .andWhere(
        `EXISTS (SELECT 1 FROM comment c JOIN comment_mention m ON m.comment_id = c.id
         WHERE c.thread_id = t.id AND m.user_id = :userId)`,
        { userId },
      )
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .getMany();
    return this.withComments(this.dataSource.manager, threads);
  }

  async thread(manager: EntityManager, assessmentId: string, id: string): Promise<LoadedThread> {
    const thread = await manager.getRepository(CommentThreadEntity).findOneBy({ id, assessmentId });
    if (!thread) {
      throw notFound('Thread', 'threadId');
    }
    const [loaded] = await this.withComments(manager, [thread]);
    return loaded as LoadedThread;
  }

  async comment(manager: EntityManager, assessmentId: string, id: string): Promise<LoadedComment> {
    const comment = await manager
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .innerJoin(CommentThreadEntity, 't', 't.id = c.thread_id')
      .where('c.id = :id AND t.assessment_id = :assessmentId', { id, assessmentId })
      .getOne();
    if (!comment) {
      throw notFound('Comment', 'commentId');
    }
    const mentions = await manager.getRepository(CommentMentionEntity).findBy({ commentId: id });
    return { comment, mentionedUserIds: mentions.map((m) => m.userId) };
  }

  private async withComments(
    manager: EntityManager,
    threads: CommentThreadEntity[],
  ): Promise<LoadedThread[]> {
    if (threads.length === 0) {
      return [];
    }
    const comments = await manager.getRepository(CommentEntity).find({
      where: { threadId: In(threads.map((t) => t.id)) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const mentions = comments.length
      ? await manager
          .getRepository(CommentMentionEntity)
          .findBy({ commentId: In(comments.map((c) => c.id)) })
      : [];
    const loaded = (c: CommentEntity): LoadedComment => ({
      comment: c,
      mentionedUserIds: mentions.filter((m) => m.commentId === c.id).map((m) => m.userId),
    });
    return threads.map((thread) => ({
      thread,
      comments: comments.filter((c) => c.threadId === thread.id).map(loaded),
    }));
  }
}
