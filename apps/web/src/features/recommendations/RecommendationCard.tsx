import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecommendationFieldsFragment } from '../../gql/graphql';
import { PencilIcon } from '../../shared/components/icons';
import { DeleteRecommendationButton } from './DeleteRecommendationButton';
import type { PlaceNames } from './use-recommendation-options';

const priorityColor = { HIGH: 'red', MEDIUM: 'yellow', LOW: 'gray' } as const;

interface Props {
  assessmentId: string;
  recommendation: RecommendationFieldsFragment;
  names: PlaceNames;
  // Shown in the list; the roadmap already says it in its column.
  showTimeframe?: boolean;
  onEdit?: () => void;
}

export function institutionOf(r: RecommendationFieldsFragment): string | null {
  return r.responsibleOrganisation?.name ?? r.responsibleInstitutionName ?? null;
}

// One recommendation as a card: readable on a phone, and on paper (see recommendations.css).
export function RecommendationCard({
  assessmentId,
  recommendation: r,
  names,
  showTimeframe = true,
  onEdit,
}: Props) {
  const { t } = useTranslation();
  const institution = institutionOf(r);
  const subElement = names.subElement(r.subElementKey);
  return (
    <Paper withBorder p="sm" className="recommendation-card" data-testid="recommendation-card">
      <Stack gap={6}>
        <Group gap={6}>
          <Badge color={priorityColor[r.priority]} variant="light">
            {t('recommendations.field.priority')}: {t(`recommendations.priority.${r.priority}`)}
          </Badge>
          <Badge variant="outline">{t(`recommendations.status.${r.status}`)}</Badge>
          {showTimeframe ? (
            <Badge variant="default">{t(`recommendations.timeframe.${r.timeframe}`)}</Badge>
          ) : null}
        </Group>
        <Text fw={600} dir="auto">
          {r.title}
        </Text>
        {r.description ? (
          <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-line' }}>
            {r.description}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {names.element(r.elementKey)}
          {subElement ? ` › ${subElement}` : ''}
        </Text>
        <Text size="sm" c={institution ? undefined : 'orange'} dir="auto">
          {institution
            ? t('recommendations.responsible', { name: institution })
            : t('recommendations.noInstitution')}
        </Text>
        {r.findingIds.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('recommendations.linkedFindings', { number: r.findingIds.length })}
          </Text>
        ) : null}
        {onEdit ? (
          <Group gap="xs" className="no-print">
            <Button
              size="xs"
              variant="default"
              leftSection={<PencilIcon size={14} />}
              onClick={onEdit}
              data-testid="recommendation-edit"
            >
              {t('recommendations.edit')}
            </Button>
            {r.status === 'PROPOSED' ? (
              <DeleteRecommendationButton assessmentId={assessmentId} id={r.id} />
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
