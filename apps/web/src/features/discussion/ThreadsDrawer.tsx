import { useMutation } from '@apollo/client/react';
import { Alert, Divider, Drawer, Stack, Text, Title, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { CommentComposer } from './CommentComposer';
import { useDiscussion } from './discussion-context';
import { CreateCommentThreadMutation } from './discussion.graphql';
import { threadsOf, type Anchor } from './discussion-logic';
import { ThreadView } from './ThreadView';

// The anchor whose threads the drawer shows; threadId, when set, is the one a link pointed at.
export interface ThreadsTarget {
  anchor: Anchor;
  title: string;
  threadId?: string;
}

interface Props {
  target: ThreadsTarget | null;
  onClose: () => void;
}

// The threads of one question or sub-element in a side drawer: start one, read and reply.
// Observers read only.
export function ThreadsDrawer({ target, onClose }: Props) {
  const { t } = useTranslation();
  const { dir } = useDirection();
  const discussion = useDiscussion();
  const [create, creating] = useMutation(CreateCommentThreadMutation);
  if (!discussion) {
    return null;
  }
  const { assessmentId, elementKey, abilities } = discussion;
  const threads = target ? threadsOf(discussion.threads, target.anchor) : [];
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      title={target?.title}
      position={dir === 'rtl' ? 'left' : 'right'}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="threads-drawer"
    >
      {target ? (
        <Stack gap="md">
          {abilities.comment ? (
            <>
              <Title order={3} size="h5">
                {t('discussion.threads.start')}
              </Title>
              <ErrorAlert error={creating.error} />
              <CommentComposer
                assessmentId={assessmentId}
                label={t('discussion.threads.body')}
                submitLabel={t('discussion.threads.send')}
                loading={creating.loading}
                onSubmit={async (body, mentionedMemberIds) => {
                  const anchor =
                    target.anchor.kind === 'question'
                      ? { questionKey: target.anchor.key }
                      : { subElementKey: target.anchor.key };
                  try {
                    await create({
                      variables: {
                        input: { assessmentId, elementKey, ...anchor, body, mentionedMemberIds },
                      },
                    });
                    discussion.refetchThreads();
                    return true;
                  } catch {
                    return false;
                  }
                }}
                testId="thread-new"
              />
              <Divider />
            </>
          ) : (
            <Alert color="gray" variant="light">
              {t('discussion.threads.readOnly')}
            </Alert>
          )}
          {threads.length === 0 ? <Text c="dimmed">{t('discussion.threads.none')}</Text> : null}
          {threads.map((thread) => (
            <ThreadView
              key={thread.id}
              assessmentId={assessmentId}
              thread={thread}
              mayComment={abilities.comment}
              mayModerate={abilities.moderate}
              focused={thread.id === target.threadId}
              onChanged={() => discussion.refetchThreads()}
            />
          ))}
        </Stack>
      ) : null}
    </Drawer>
  );
}
