import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../shared/components/icons';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { useInlineForm } from '../../shared/hooks/use-inline-form';
import { AddCustomQuestionMutation, ReorderQuestionsMutation } from './customisation.graphql';
import type { CustomDetail } from './customisation-types';
import { QuestionItem } from './QuestionItem';
import { QuestionTextForm } from './QuestionTextForm';
import { moveItem } from './reorder';

interface Props {
  assessmentId: string;
  detail: CustomDetail;
  canEdit: boolean;
}

export function DetailCustomiser({ assessmentId, detail, canEdit }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const list = useRef<HTMLOListElement>(null);
  const addForm = useInlineForm();
  const adding = addForm.open;
  // After a move, keyboard focus follows the question to its new place.
  const [refocus, setRefocus] = useState<{ id: string; move: 'up' | 'down' } | null>(null);
  const [reorder, reordering] = useMutation(ReorderQuestionsMutation);
  const [add, addition] = useMutation(AddCustomQuestionMutation);
  const questions = [...detail.questions].sort((a, b) => a.position - b.position);
  const headingId = `detail-${detail.key}`;

  useEffect(() => {
    if (!refocus || reordering.loading) {
      return;
    }
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>(
      `button[data-question="${CSS.escape(refocus.id)}"]`,
    );
    const preferred = [...(buttons ?? [])].sort((a) =>
      a.dataset['move'] === refocus.move ? -1 : 1,
    );
    preferred.find((b) => !b.disabled)?.focus();
    setRefocus(null);
  }, [refocus, reordering.loading, detail.questions]);

  const move = async (index: number, offset: -1 | 1) => {
    const keys = moveItem(
      questions.map((q) => q.key),
      index,
      offset,
    );
    const question = questions[index];
    if (!keys || !question) {
      return;
    }
    try {
      await reorder({
        variables: { input: { assessmentId, detailKey: detail.key, questionKeys: keys } },
      });
      setRefocus({ id: question.id, move: offset < 0 ? 'up' : 'down' });
      announce(t('customise.moved', { position: index + offset + 1, total: keys.length }));
    } catch {
      // Shown above the list.
    }
  };

  const addQuestion = async (text: string) => {
    try {
      await add({ variables: { input: { assessmentId, detailKey: detail.key, text } } });
      announce(t('customise.questionAdded'));
      addForm.close();
    } catch {
      // Shown in the form.
    }
  };

  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby={headingId}
      data-testid={`detail-${detail.key}`}
    >
      <Title order={5} id={headingId} lang="en" dir="auto">
        {detail.title}
      </Title>
      <Text size="xs" c="dimmed">
        {t('customise.questionCount', { count: questions.length })}
      </Text>
      <ErrorAlert error={reordering.error} />
      {questions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('customise.noQuestions')}
        </Text>
      ) : (
        <ol
          ref={list}
          className="question-list"
          aria-label={t('customise.questionsLabel', { detail: detail.title })}
        >
          {questions.map((q, i) => (
            <QuestionItem
              key={q.id}
              assessmentId={assessmentId}
              question={q}
              number={i + 1}
              total={questions.length}
              canEdit={canEdit}
              moving={reordering.loading}
              onMove={(offset) => void move(i, offset)}
            />
          ))}
        </ol>
      )}
      {canEdit && adding ? (
        <QuestionTextForm
          label={t('customise.newQuestionLabel', { detail: detail.title })}
          initialText=""
          submitLabel={t('customise.addQuestionSave')}
          submitting={addition.loading}
          error={addition.error}
          onSubmit={(text) => void addQuestion(text)}
          onCancel={() => {
            addition.reset();
            addForm.close();
          }}
        />
      ) : null}
      {canEdit && !adding ? (
        <Button
          size="xs"
          variant="light"
          leftSection={<PlusIcon size={14} />}
          ref={addForm.opener}
          onClick={addForm.show}
          style={{ alignSelf: 'flex-start' }}
          data-testid="add-question"
        >
          {t('customise.addQuestion')}
        </Button>
      ) : null}
    </Stack>
  );
}
