import { useMutation } from '@apollo/client/react';
import { Button, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { splitErrors, toAppErrors } from '../../shared/errors/app-errors';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useErrorText } from '../../shared/errors/use-error-text';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { CreateElementVersionMutation } from './versions.graphql';

interface Props {
  assessmentId: string;
  elementKey: string;
  onSaved: () => void;
}

const nameMaxLength = 120;
const noteMaxLength = 2000;

// Names the element as it is now. The server takes the live document's state at that moment.
export function VersionForm({ assessmentId, elementKey, onSaved }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { forField } = useErrorText();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [create, { loading, error, reset }] = useMutation(CreateElementVersionMutation);
  const { fields, general } = splitErrors(toAppErrors(error), ['name', 'note'] as const);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();
    const trimmed = name.trim();
    if (!trimmed) {
      setMissing(true);
      return;
    }
    try {
      await create({
        variables: {
          input: { assessmentId, elementKey, name: trimmed, note: note.trim() || null },
        },
      });
      announce(t('versions.saved', { name: trimmed }));
      setName('');
      setNote('');
      onSaved();
    } catch {
      // Shown in the form.
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="version-form">
      <Stack gap="xs">
        <ErrorAlert error={general} />
        <TextInput
          label={t('versions.name')}
          placeholder={t('versions.namePlaceholder')}
          required
          maxLength={nameMaxLength}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('versions.nameRequired') : forField(fields.name)}
          data-testid="version-name"
        />
        <Textarea
          label={t('versions.note')}
          autosize
          minRows={1}
          maxLength={noteMaxLength}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={forField(fields.note)}
          data-testid="version-note"
        />
        <Button
          type="submit"
          size="xs"
          loading={loading}
          style={{ alignSelf: 'flex-start' }}
          data-testid="version-save"
        >
          {t('versions.save')}
        </Button>
      </Stack>
    </form>
  );
}
