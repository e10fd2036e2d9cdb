import { can, type Actor } from '@idgov/authz';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommentThreadEntity } from './comment-thread.entity.js';
import type { CommentEntity } from './comment.entity.js';

@ObjectType('Comment')
export class CommentObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  threadId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Null when hidden by a moderator, except for moderators',
  })
  body: string | null;

  @Field()
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'Why a moderator hid it' })
  hiddenReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  hiddenAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last edited by its author' })
  editedAt: Date | null;

  @Field({ description: 'Whether the viewer wrote it' })
  createdByYou: boolean;

  @Field({ description: 'Whether the viewer is mentioned in it' })
  mentionsYou: boolean;

  // For resolving `author` and `mentions` per viewer; never exposed as such.
  assessmentId: string;
  createdBy: string;
  mentionedUserIds: string[];
}

@ObjectType('CommentThread', { description: 'A discussion anchored to a sub-element or question' })
export class CommentThreadObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  assessmentId: string;

  @Field()
  elementKey: string;

  @Field(() => String, { nullable: true })
  subElementKey: string | null;

  @Field(() => String, { nullable: true })
  questionKey: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field()
  resolved: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resolvedAt: Date | null;

  @Field({ description: 'Whether the viewer started it' })
  createdByYou: boolean;

  @Field(() => Int)
  commentCount: number;

  @Field(() => [CommentObject], { description: 'Oldest first' })
  comments: CommentObject[];

  createdBy: string;
  resolvedBy: string | null;
}

export interface LoadedComment {
  comment: CommentEntity;
  mentionedUserIds: string[];
}

export interface LoadedThread {
  thread: CommentThreadEntity;
  comments: LoadedComment[];
}

// A hidden comment's body is served to moderators only; everyone sees that it was hidden and why.
export function toCommentObject(
  loaded: LoadedComment,
  assessmentId: string,
  viewer: Actor,
): CommentObject {
  const { comment } = loaded;
  const hidden = comment.hiddenAt !== null;
  const moderates = can(viewer, 'comments.moderate', { kind: 'assessment', assessmentId });
  return {
    id: comment.id,
    threadId: comment.threadId,
    body: hidden && !moderates ? null : comment.body,
    hidden,
    hiddenReason: comment.hiddenReason,
    hiddenAt: comment.hiddenAt,
    createdAt: comment.createdAt,
    editedAt: comment.editedAt,
    createdByYou: comment.createdBy === viewer.userId,
    mentionsYou: loaded.mentionedUserIds.includes(viewer.userId),
    assessmentId,
    createdBy: comment.createdBy,
    mentionedUserIds: loaded.mentionedUserIds,
  };
}

export function toThreadObject(loaded: LoadedThread, viewer: Actor): CommentThreadObject {
  const { thread } = loaded;
  return {
    id: thread.id,
    assessmentId: thread.assessmentId,
    elementKey: thread.elementKey,
    subElementKey: thread.subElementKey,
    questionKey: thread.questionKey,
    createdAt: thread.createdAt,
    resolved: thread.resolvedAt !== null,
    resolvedAt: thread.resolvedAt,
    createdByYou: thread.createdBy === viewer.userId,
    commentCount: loaded.comments.length,
    comments: loaded.comments.map((c) => toCommentObject(c, thread.assessmentId, viewer)),
    createdBy: thread.createdBy,
    resolvedBy: thread.resolvedBy,
  };
}
