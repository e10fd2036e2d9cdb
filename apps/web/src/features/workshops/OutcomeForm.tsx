import { useMutation } from '@apollo/client/react';
import { isRating, ratings, type Rating } from '@idgov/assessment-doc';
import { Button, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopOutcome } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import type { LiveWorkshopItem } from './use-live-workshop';
import { RecordWorkshopOutcomeMutation } from './workshops.graphql';

const outcomes: WorkshopOutcome[] = ['VALIDATED', 'AMENDED', 'DISPUTED'];
const isOutcome = (value: string): value is WorkshopOutcome =>
  (outcomes as string[]).includes(value);

interface Props {
  assessmentId: string;
  item: LiveWorkshopItem;
}

// What the room decided on one item. The server writes it back to the assessment (an amended
// finding takes the amended text, an amended rating item the rating chosen here) and audits it;
// recording again replaces the outcome.
export function OutcomeForm({ assessmentId, item }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [outcome, setOutcome] = useState<WorkshopOutcome>(item.outcome ?? 'VALIDATED');
  const [amendedText, setAmendedText] = useState(item.amendedText ?? item.statement);
  const [amendedRating, setAmendedRating] = useState<Rating | null>(
    item.amendedRating ?? (isRating(item.rating) ? item.rating : null),
  );
  const [note, setNote] = useState(item.outcomeNote ?? '');
  const isFinding = item.kind === 'FINDING';
  const [record, recording] = useMutation(RecordWorkshopOutcomeMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      assessmentId,
      itemId: item.id,
      outcome,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(outcome === 'AMENDED' && isFinding ? { amendedText: amendedText.trim() } : {}),
      ...(outcome === 'AMENDED' && !isFinding && amendedRating ? { amendedRating } : {}),
    };
    const result = await record({ variables: { input } }).catch(() => null);
    if (result?.data) {
      announce(t('workshops.record.recorded'));
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} data-testid="outcome-form">
      <Stack gap="xs">
        <Radio.Group
          label={t('workshops.record.outcome')}
          value={outcome}
          onChange={(value) => isOutcome(value) && setOutcome(value)}
        >
          <Stack gap={6} mt={4}>
            {outcomes.map((o) => (
              <Radio
                key={o}
                value={o}
                label={t(`workshops.outcome.${o}`)}
                data-testid={`outcome-${o}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        {outcome === 'AMENDED' && !isFinding ? (
          <Select
            label={t('workshops.record.amendedRating')}
            description={t('workshops.record.amendedRatingHint')}
            data={ratings.map((r) => ({ value: r, label: t(`workspace.rating.value.${r}`) }))}
            value={amendedRating}
            onChange={(value) => setAmendedRating(isRating(value) ? value : null)}
            required
            allowDeselect={false}
            data-testid="outcome-amended-rating"
          />
        ) : null}
        {outcome === 'AMENDED' && isFinding ? (
          <Textarea
            label={t('workshops.record.amendedText')}
            description={t('workshops.record.amendedTextHint')}
            value={amendedText}
            onChange={(e) => setAmendedText(e.currentTarget.value)}
            required
            autosize
            minRows={2}
            dir="auto"
            data-testid="outcome-amended-text"
          />
        ) : null}
        <Textarea
          label={t('workshops.record.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={1}
          dir="auto"
          data-testid="outcome-note"
        />
        <div>
          <Button type="submit" loading={recording.loading} data-testid="outcome-submit">
            {t('workshops.record.submit')}
          </Button>
        </div>
        {item.outcome ? (
          <Text size="sm" role="status" data-testid="outcome-recorded">
            {t('workshops.record.current', { outcome: t(`workshops.outcome.${item.outcome}`) })}
          </Text>
        ) : null}
        {recording.error ? <ErrorAlert error={recording.error} /> : null}
      </Stack>
    </form>
  );
}
