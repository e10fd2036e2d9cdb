import { Badge, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useDiscussion } from './discussion-context';
import { anchorId, type Anchor } from './discussion-logic';
import type { SuggestTarget } from './suggest-target';

// The comments button of an anchor, with the number of open threads.
function CommentsButton({ anchor, title }: { anchor: Anchor; title: string }) {
  const { t } = useTranslation();
  const discussion = useDiscussion();
  if (!discussion) {
    return null;
  }
  const count = discussion.openCounts.get(anchorId(anchor)) ?? 0;
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      onClick={() => discussion.openThreads(anchor, title)}
      aria-haspopup="dialog"
      aria-label={
        count > 0 ? t('discussion.threads.openWithCount', { count }) : t('discussion.threads.open')
      }
      rightSection={
        count > 0 ? (
          <Badge size="xs" circle>
            {count}
          </Badge>
        ) : null
      }
      data-testid={`comments-${anchor.kind}-${anchor.key}`}
    >
      {t('discussion.threads.open')}
    </Button>
  );
}

function SuggestButton({
  target,
  doc,
  label,
  testId,
}: {
  target: SuggestTarget;
  doc: Y.Doc;
  label: string;
  testId: string;
}) {
  const discussion = useDiscussion();
  if (!discussion?.abilities.suggest) {
    return null;
  }
  return (
    <Button
      size="compact-xs"
      variant="light"
      onClick={() => discussion.suggest(target, doc)}
      aria-haspopup="dialog"
      data-testid={testId}
    >
      {label}
    </Button>
  );
}

// Beside a question: suggest a rating or an answer (for those who may suggest but not edit), and
// its comments.
export function QuestionDiscussion({
  questionKey,
  number,
  doc,
}: {
  questionKey: string;
  number: string;
  doc: Y.Doc;
}) {
  const { t } = useTranslation();
  const discussion = useDiscussion();
  if (!discussion) {
    return null;
  }
  const label = t('discussion.target.RATING', { question: number });
  return (
    <Group gap="xs" data-testid={`question-discussion-${questionKey}`}>
      <SuggestButton
        target={{ kind: 'RATING', questionKey, label }}
        doc={doc}
        label={t('discussion.suggest.rating')}
        testId="suggest-rating-open"
      />
      <SuggestButton
        target={{
          kind: 'ANSWER',
          questionKey,
          label: t('discussion.target.ANSWER', { question: number }),
        }}
        doc={doc}
        label={t('discussion.suggest.answer')}
        testId="suggest-answer-open"
      />
      <CommentsButton
        anchor={{ kind: 'question', key: questionKey }}
        title={t('discussion.threads.titleQuestion', { number })}
      />
    </Group>
  );
}

// Beside a sub-element's findings: suggest a new finding, and the sub-element's comments.
export function SubElementDiscussion({
  subElementKey,
  title,
  doc,
}: {
  subElementKey: string;
  title: string;
  doc: Y.Doc;
}) {
  const { t } = useTranslation();
  const discussion = useDiscussion();
  if (!discussion) {
    return null;
  }
  return (
    <Group gap="xs" data-testid={`sub-element-discussion-${subElementKey}`}>
      <SuggestButton
        target={{
          kind: 'FINDING',
          subElementKey,
          findingId: null,
          label: t('discussion.target.NEW_FINDING', { subElement: title }),
        }}
        doc={doc}
        label={t('discussion.suggest.newFinding')}
        testId="suggest-finding-new"
      />
      <CommentsButton
        anchor={{ kind: 'subElement', key: subElementKey }}
        title={t('discussion.threads.titleSubElement', { title })}
      />
    </Group>
  );
}

// On a finding: suggest a change to its kind or text.
export function FindingSuggestButton({
  subElementKey,
  findingId,
  doc,
  label,
}: {
  subElementKey: string;
  findingId: string;
  doc: Y.Doc;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <SuggestButton
      target={{ kind: 'FINDING', subElementKey, findingId, label }}
      doc={doc}
      label={t('discussion.suggest.finding')}
      testId="suggest-finding-change"
    />
  );
}
