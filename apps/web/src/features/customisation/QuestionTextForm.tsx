import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';

interface Props {
  label: string;
  initialText: string;
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}

// The wording of one question, for rewording and for adding a custom question alike.
export function QuestionTextForm(props: Props) {
  const { label, initialText, submitLabel, submitting, error, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    onSubmit(text.trim());
  };

  return (
    <form onSubmit={submit} noValidate data-testid="question-form">
      <Stack gap="xs">
        <ErrorAlert error={error} />
        <Textarea
          label={label}
          required
          autosize
          minRows={2}
          maxLength={1000}
          autoFocus
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              onCancel();
            }
          }}
          error={missing ? t('customise.textRequired') : undefined}
          data-testid="question-text"
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={submitting} data-testid="question-save">
            {submitLabel}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
