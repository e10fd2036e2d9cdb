import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module.js';
import { DiscussionAccess } from '../suggestions/discussion-access.js';
import { CommentFieldsResolver } from './comment-fields.resolver.js';
import { CommentModerationService } from './comment-moderation.service.js';
import { CommentQueryService } from './comment-query.service.js';
import { CommentsResolver } from './comments.resolver.js';
import { CommentsService } from './comments.service.js';

// Comment threads anchored to a sub-element or question: mentions, resolve and reopen, hiding with
// a reason. Shares the discussion access rules and member attribution with suggestions.
@Module({
  imports: [FrameworkModule],
  providers: [
    DiscussionAccess,
    CommentsService,
    CommentModerationService,
    CommentQueryService,
    CommentsResolver,
    CommentFieldsResolver,
  ],
})
export class CommentsModule {}
