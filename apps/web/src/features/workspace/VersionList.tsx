import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ElementVersionFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/date-time';
import { RestoreVersionButton } from './RestoreVersionButton';

interface Props {
  assessmentId: string;
  elementKey: string;
  versions: readonly ElementVersionFieldsFragment[];
  canEdit: boolean;
  onCompare: (version: ElementVersionFieldsFragment) => void;
  onRestored: () => void;
}

// Saved versions, newest first, each with who saved it (as this viewer may see them) and when.
export function VersionList(props: Props) {
  const { assessmentId, elementKey, versions, canEdit, onCompare, onRestored } = props;
  const { t, i18n } = useTranslation();
  if (versions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('versions.none')}
      </Text>
    );
  }
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {versions.map((v) => {
        const author = v.createdByYou
          ? t('versions.you')
          : (v.author?.label ?? t('versions.formerMember'));
        return (
          <Paper component="li" key={v.id} withBorder p="xs" data-testid="version-item">
            <Stack gap={4}>
              <Text fw={600} dir="auto" data-testid="version-name-text">
                {v.name}
              </Text>
              {v.note ? (
                <Text size="sm" dir="auto">
                  {v.note}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed" data-testid="version-byline">
                {t('versions.byAt', {
                  author,
                  time: formatDateTime(v.createdAt, i18n.language),
                })}
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('versions.compareNamed', { name: v.name })}
                  onClick={() => onCompare(v)}
                  data-testid="version-compare-button"
                >
                  {t('versions.compare')}
                </Button>
                {canEdit ? (
                  <RestoreVersionButton
                    assessmentId={assessmentId}
                    elementKey={elementKey}
                    version={v}
                    onRestored={onRestored}
                  />
                ) : null}
              </Group>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
