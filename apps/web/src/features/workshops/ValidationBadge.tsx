import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ValidationOutcomeFieldsFragment, WorkshopOutcome } from '../../gql/graphql';
import { formatDate } from '../../shared/format/date-time';

const colour: Record<WorkshopOutcome, string> = {
  VALIDATED: 'teal',
  AMENDED: 'blue',
  DISPUTED: 'orange',
};

// A finding's or a rating's outcome in a validation workshop; the note and, for an amended
// rating, what it became are in the label's description so that screen readers hear them too.
export function ValidationBadge({ outcome }: { outcome: ValidationOutcomeFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const details = [
    outcome.amendedRating
      ? t('workshops.validation.amendedTo', {
          rating: t(`workspace.rating.value.${outcome.amendedRating}`),
        })
      : null,
    outcome.note ? t('workshops.validation.note', { note: outcome.note }) : null,
    t('workshops.validation.decided', { date: formatDate(outcome.decidedAt, i18n.language) }),
  ].filter((d): d is string => d !== null);
  const label = t(`workshops.validation.${outcome.outcome}`);
  return (
    <Tooltip label={details.join(' · ')} multiline maw={320} withArrow>
      <Badge
        color={colour[outcome.outcome]}
        variant="light"
        size="sm"
        tabIndex={0}
        style={{ alignSelf: 'flex-start' }}
        aria-label={`${label}. ${details.join('. ')}`}
        data-testid="validation-badge"
        data-outcome={outcome.outcome}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
