import { graphql } from '../../gql';

// Suggestions (suggest, decide, withdraw) and comment threads (start, reply, edit, resolve,
// reopen, hide) of an element, and the members one may mention.
export const SuggestionFieldsFragment = graphql(`
  fragment SuggestionFields on Suggestion {
    id
    elementKey
    kind
    questionKey
    subElementKey
    findingId
    currentRating
    proposedRating
    currentFindingKind
    proposedFindingKind
    currentText
    proposedText
    reason
    status
    decisionReason
    appliedStale
    decidedAt
    createdAt
    createdByYou
    author {
      id
      label
    }
    decidedBy {
      id
      label
    }
  }
`);

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    body
    hidden
    hiddenReason
    createdAt
    editedAt
    createdByYou
    mentionsYou
    author {
      id
      label
    }
    mentions {
      id
      label
    }
  }
`);

export const CommentThreadFieldsFragment = graphql(`
  fragment CommentThreadFields on CommentThread {
    id
    elementKey
    subElementKey
    questionKey
    resolved
    createdAt
    createdByYou
    commentCount
    author {
      id
      label
    }
    comments {
      ...CommentFields
    }
  }
`);

export const ElementSuggestionsQuery = graphql(`
  query ElementSuggestions($assessmentId: ID!, $filter: SuggestionFilterInput) {
    suggestions(assessmentId: $assessmentId, filter: $filter) {
      ...SuggestionFields
    }
  }
`);

export const SuggestChangeMutation = graphql(`
  mutation SuggestChange($input: SuggestChangeInput!) {
    suggestChange(input: $input) {
      ...SuggestionFields
    }
  }
`);

export const AcceptSuggestionMutation = graphql(`
  mutation AcceptSuggestion($assessmentId: ID!, $suggestionId: ID!, $reason: String) {
    acceptSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId, reason: $reason) {
      ...SuggestionFields
    }
  }
`);

export const RejectSuggestionMutation = graphql(`
  mutation RejectSuggestion($assessmentId: ID!, $suggestionId: ID!, $reason: String!) {
    rejectSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId, reason: $reason) {
      ...SuggestionFields
    }
  }
`);

export const WithdrawSuggestionMutation = graphql(`
  mutation WithdrawSuggestion($assessmentId: ID!, $suggestionId: ID!) {
    withdrawSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId) {
      ...SuggestionFields
    }
  }
`);

export const ElementThreadsQuery = graphql(`
  query ElementThreads($assessmentId: ID!, $elementKey: String!) {
    commentThreads(assessmentId: $assessmentId, elementKey: $elementKey) {
      ...CommentThreadFields
    }
  }
`);

export const MyMentionsQuery = graphql(`
  query MyMentions($assessmentId: ID!) {
    myMentions(assessmentId: $assessmentId) {
      ...CommentThreadFields
    }
  }
`);

export const DiscussionMembersQuery = graphql(`
  query DiscussionMembers($id: ID!) {
    assessment(id: $id) {
      id
      members {
        id
        label
        isYou
      }
    }
  }
`);

export const CreateCommentThreadMutation = graphql(`
  mutation CreateCommentThread($input: CreateCommentThreadInput!) {
    createCommentThread(input: $input) {
      ...CommentThreadFields
    }
  }
`);

export const ReplyToCommentThreadMutation = graphql(`
  mutation ReplyToCommentThread($input: ReplyToCommentThreadInput!) {
    replyToCommentThread(input: $input) {
      ...CommentFields
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const ResolveCommentThreadMutation = graphql(`
  mutation ResolveCommentThread($assessmentId: ID!, $threadId: ID!) {
    resolveCommentThread(assessmentId: $assessmentId, threadId: $threadId) {
      ...CommentThreadFields
    }
  }
`);

export const ReopenCommentThreadMutation = graphql(`
  mutation ReopenCommentThread($assessmentId: ID!, $threadId: ID!) {
    reopenCommentThread(assessmentId: $assessmentId, threadId: $threadId) {
      ...CommentThreadFields
    }
  }
`);

export const HideCommentMutation = graphql(`
  mutation HideComment($assessmentId: ID!, $commentId: ID!, $reason: String!) {
    hideComment(assessmentId: $assessmentId, commentId: $commentId, reason: $reason) {
      ...CommentFields
    }
  }
`);

export const UnhideCommentMutation = graphql(`
  mutation UnhideComment($assessmentId: ID!, $commentId: ID!) {
    unhideComment(assessmentId: $assessmentId, commentId: $commentId) {
      ...CommentFields
    }
  }
`);
