// The mentions inbox: comment threads in which the viewer is @-mentioned.
export const mentions = {
  mentions: {
    title: 'Mentions',
    intro:
      'Comment threads in which someone mentioned you, latest mention first. Open one to read the whole thread and reply in the element workspace.',
    empty: 'No one has mentioned you yet.',
    emptyHint:
      'When a member mentions you in a comment, the thread appears here until it is resolved.',
    list: 'Threads that mention you',
    total_one: '{{count}} thread mentions you',
    total_other: '{{count}} threads mention you',
    badge_one: '{{count}} open thread',
    badge_other: '{{count}} open threads',
    state: { open: 'Open', resolved: 'Resolved' },
    you: 'You',
    formerMember: 'Someone no longer in this assessment',
    hidden: 'Hidden by a moderator: {{reason}}',
    hiddenNoReason: 'Hidden by a moderator.',
    comments_one: '{{count}} comment in this thread',
    comments_other: '{{count}} comments in this thread',
    open: 'Open in the workspace',
  },
};
