import {
  isQuestionStatus,
  isRating,
  questionRating,
  questionStatus,
  questionStatuses,
  rationaleText,
  ratings,
  rootNames,
  setRating,
  setStatus,
} from '@idgov/assessment-doc';
import { Select, SimpleGrid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { RatingValidation } from '../workshops/ValidationOutcomesProvider';
import { CollabTextarea } from './CollabTextarea';
import { safeRoot, useYValue } from './use-y-value';

interface Props {
  doc: Y.Doc;
  questionKey: string;
  number: string;
  readOnly: boolean;
}

// A question's status and its rating on the platform's own scale, with the rationale for it.
export function QuestionRating({ doc, questionKey, number, readOnly }: Props) {
  const { t } = useTranslation();
  const statusMap = useMemo(() => safeRoot(() => doc.getMap<unknown>(rootNames.status)), [doc]);
  const ratingMap = useMemo(() => safeRoot(() => doc.getMap<unknown>(rootNames.rating)), [doc]);
  const rationale = useMemo(
    () => safeRoot(() => rationaleText(doc, questionKey)),
    [doc, questionKey],
  );
  const status = useYValue(statusMap, () => questionStatus(doc, questionKey));
  const rating = useYValue(ratingMap, () => questionRating(doc, questionKey));

  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('workspace.status.label')}
          aria-label={t('workspace.status.labelFor', { number })}
          data={questionStatuses.map((s) => ({
            value: s,
            label: t(`workspace.questionStatus.${s}`),
          }))}
          value={status}
          allowDeselect={false}
          readOnly={readOnly}
          onChange={(value) => {
            if (isQuestionStatus(value)) {
              setStatus(doc, questionKey, value);
            }
          }}
          data-testid={`status-${questionKey}`}
        />
        <Select
          label={t('workspace.rating.label')}
          aria-label={t('workspace.rating.labelFor', { number })}
          description={t('workspace.rating.scaleNote')}
          placeholder={t('workspace.rating.none')}
          data={ratings.map((r) => ({ value: r, label: t(`workspace.rating.value.${r}`) }))}
          value={rating}
          clearable={!readOnly}
          readOnly={readOnly}
          onChange={(value) => setRating(doc, questionKey, isRating(value) ? value : null)}
          data-testid={`rating-${questionKey}`}
        />
      </SimpleGrid>
      <RatingValidation questionKey={questionKey} />
      <CollabTextarea
        text={rationale}
        label={t('workspace.rating.rationale')}
        readOnly={readOnly}
        testId={`rationale-${questionKey}`}
      />
    </Stack>
  );
}
