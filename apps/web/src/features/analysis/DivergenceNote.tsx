import { Badge, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { divergenceMessage } from './analysis-display';
import type { RatingsRow } from './analysis-types';

// Divergence is said in words and marked with a sign, not by colour alone.
export function DivergenceNote({
  ratings,
  compact = false,
}: {
  ratings: RatingsRow;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const message = divergenceMessage(ratings.divergence);
  if (!message) {
    return null;
  }
  const groups = message.groups.map((g) => t(`analysis.group.${g}`)).join(', ');
  const text = t(message.key, { groups });
  return compact ? (
    <Badge color="red" variant="light" title={text} data-testid="divergence-badge">
      <span aria-hidden="true">⚠ </span>
      {t('analysis.divergence.label')}
      <VisuallyHidden> — {text}</VisuallyHidden>
    </Badge>
  ) : (
    <Text size="sm" c="red.8" fw={500} role="note" data-testid="divergence-note">
      <span aria-hidden="true">⚠ </span>
      {t('analysis.divergence.label')}: {text}
    </Text>
  );
}
