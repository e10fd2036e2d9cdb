import { useMutation } from '@apollo/client/react';
import { ActionIcon, Box, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ArrowDownIcon, ArrowUpIcon, PencilIcon, UndoIcon } from '../../shared/components/icons';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { useInlineForm } from '../../shared/hooks/use-inline-form';
import { RestoreQuestionWordingMutation, RewordQuestionMutation } from './customisation.graphql';
import type { CustomQuestion } from './customisation-types';
import { ProvenanceBadge } from './ProvenanceBadge';
import { QuestionTextForm } from './QuestionTextForm';
import { RemoveQuestionButton } from './RemoveQuestionButton';

interface Props {
  assessmentId: string;
  question: CustomQuestion;
  number: number;
  total: number;
  canEdit: boolean;
  moving: boolean;
  onMove: (offset: -1 | 1) => void;
}

export function QuestionItem({
  assessmentId,
  question,
  number,
  total,
  canEdit,
  moving,
  onMove,
}: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const wording = useInlineForm();
  const editing = wording.open;
  const [reword, rewording] = useMutation(RewordQuestionMutation);
  const [restore, restoring] = useMutation(RestoreQuestionWordingMutation);

  const saveWording = async (text: string) => {
    try {
      await reword({ variables: { input: { assessmentId, questionKey: question.key, text } } });
      announce(t('customise.wordingSaved'));
      wording.close();
    } catch {
      // Shown in the form.
    }
  };
  const restoreWording = async () => {
    try {
      await restore({ variables: { assessmentId, questionKey: question.key } });
      announce(t('customise.wordingRestored'));
      // The restore button goes away with the rewording; focus moves to its neighbour.
      wording.opener.current?.focus();
    } catch {
      // Shown below the question.
    }
  };

  return (
    <Box component="li" py="sm" className="question-item" data-testid={`question-${question.key}`}>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Text fw={700} miw={24} aria-hidden="true">
          {number}.
        </Text>
        <Stack gap={6} style={{ flex: 1 }}>
          <Group gap="xs">
            <ProvenanceBadge provenance={question.provenance} />
          </Group>
          {editing ? (
            <QuestionTextForm
              label={t('customise.rewordLabel', { number })}
              initialText={question.text}
              submitLabel={t('common.save')}
              submitting={rewording.loading}
              error={rewording.error}
              onSubmit={(text) => void saveWording(text)}
              onCancel={() => {
                rewording.reset();
                wording.close();
              }}
            />
          ) : (
            <Text
              data-testid="question-wording"
              lang={question.provenance === 'FRAMEWORK' ? 'en' : undefined}
              dir="auto"
            >
              {question.text}
            </Text>
          )}
          {question.provenance === 'REWORDED' && question.originalText ? (
            <Text size="sm" c="dimmed" data-testid="original-wording">
              {t('customise.originalWording')}:{' '}
              <span lang="en" dir="auto">
                {question.originalText}
              </span>
            </Text>
          ) : null}
          <ErrorAlert error={restoring.error} />
          {canEdit && !editing ? (
            <Group gap="xs">
              <Button
                size="xs"
                variant="subtle"
                leftSection={<PencilIcon size={14} />}
                ref={wording.opener}
                onClick={wording.show}
                data-testid="reword"
              >
                {t('customise.reword')}
              </Button>
              {question.provenance === 'REWORDED' ? (
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<UndoIcon size={14} />}
                  loading={restoring.loading}
                  onClick={() => void restoreWording()}
                  data-testid="restore-wording"
                >
                  {t('customise.restoreOriginal')}
                </Button>
              ) : null}
              {question.provenance === 'CUSTOM' ? (
                <RemoveQuestionButton assessmentId={assessmentId} questionKey={question.key} />
              ) : null}
            </Group>
          ) : null}
        </Stack>
        {canEdit ? (
          <Stack gap={4}>
            <ActionIcon
              variant="default"
              aria-label={t('customise.moveUp', { number })}
              disabled={number === 1 || moving}
              onClick={() => onMove(-1)}
              data-move="up"
              data-question={question.id}
            >
              <ArrowUpIcon size={16} />
            </ActionIcon>
            <ActionIcon
              variant="default"
              aria-label={t('customise.moveDown', { number })}
              disabled={number === total || moving}
              onClick={() => onMove(1)}
              data-move="down"
              data-question={question.id}
            >
              <ArrowDownIcon size={16} />
            </ActionIcon>
          </Stack>
        ) : null}
      </Group>
    </Box>
  );
}
