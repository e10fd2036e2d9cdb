import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DiscussionMembersQuery } from './discussion.graphql';
import { mentionOptions } from './discussion-logic';

interface Props {
  assessmentId: string;
  label: string;
  submitLabel: string;
  initialBody?: string;
  initialMentions?: string[];
  loading: boolean;
  onSubmit: (body: string, mentionedMemberIds: string[]) => Promise<boolean>;
  onCancel?: () => void;
  testId: string;
}

// A comment with its @-mentions, chosen from the assessment's members as this viewer sees them.
export function CommentComposer(props: Props) {
  const { assessmentId, label, submitLabel, loading, onSubmit, onCancel, testId } = props;
  const { t } = useTranslation();
  const [body, setBody] = useState(props.initialBody ?? '');
  const [mentions, setMentions] = useState<string[]>(props.initialMentions ?? []);
  const [missing, setMissing] = useState(false);
  const { data } = useQuery(DiscussionMembersQuery, { variables: { id: assessmentId } });
  const options = mentionOptions(data?.assessment.members ?? []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    if (await onSubmit(body.trim(), mentions)) {
      setBody('');
      setMentions([]);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      <Stack gap="xs">
        <Textarea
          label={label}
          autosize
          minRows={2}
          maxLength={5000}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('discussion.threads.bodyRequired') : undefined}
          data-testid={`${testId}-body`}
        />
        <MultiSelect
          label={t('discussion.threads.mentions')}
          placeholder={t('discussion.threads.mentionsPlaceholder')}
          data={options}
          value={mentions}
          onChange={setMentions}
          searchable
          clearable
          data-testid={`${testId}-mentions`}
        />
        <Group gap="xs" justify="flex-end">
          {onCancel ? (
            <Button size="xs" variant="subtle" onClick={onCancel}>
              {t('discussion.threads.cancel')}
            </Button>
          ) : null}
          <Button size="xs" type="submit" loading={loading} data-testid={`${testId}-send`}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
