import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { DiffText } from './DiffText';
import { groupChanges, type ChangeGroup } from './version-changes';
import { CompareElementVersionsQuery } from './versions.graphql';
import type { OutlineSubElement } from './workspace-outline';

interface Props {
  assessmentId: string;
  elementKey: string;
  outline: readonly OutlineSubElement[];
  version: { id: string; name: string };
  onClose: () => void;
}

function GroupHeading({ group }: { group: ChangeGroup }) {
  const { t } = useTranslation();
  if (group.number === null && group.itemKind === 'QUESTION') {
    return (
      <Title order={4} size="h6">
        {t('versions.notShown', { key: group.title })}
      </Title>
    );
  }
  return (
    <Title order={4} size="h6">
      {group.number ? (
        <Text span c="dimmed" fw={600} me="xs">
          {t('versions.question', { number: group.number })}
        </Text>
      ) : null}
      <span lang={group.english ? 'en' : undefined} dir="auto">
        {group.title}
      </span>
    </Title>
  );
}

// What changed in the element since a version: each question and sub-element that differs,
// field by field, read from the live document when the comparison opens.
export function VersionCompare({ assessmentId, elementKey, outline, version, onClose }: Props) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CompareElementVersionsQuery, {
    variables: { assessmentId, elementKey, fromVersionId: version.id, toVersionId: null },
    fetchPolicy: 'network-only',
  });
  const changes = data?.compareElementVersions.changes;
  const groups = useMemo(() => groupChanges(changes ?? [], outline), [changes, outline]);
  const headingId = `version-compare-${version.id}`;

  return (
    <Paper
      component="section"
      withBorder
      p="sm"
      aria-labelledby={headingId}
      data-testid="version-compare"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h4" id={headingId} dir="auto">
            {t('versions.comparing', { name: version.name })}
          </Title>
          <Button size="xs" variant="default" onClick={onClose}>
            {t('versions.closeCompare')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('versions.legend')}
        </Text>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
        {!data && !error ? <PageLoader /> : null}
        {data && groups.length === 0 ? (
          <Text size="sm" data-testid="version-no-changes">
            {t('versions.noChanges')}
          </Text>
        ) : null}
        {groups.map((group) => (
          <Stack key={group.key} gap="xs" data-testid={`changes-${group.key}`}>
            <GroupHeading group={group} />
            {group.changes.map((change, i) => (
              <Stack key={`${change.field}-${change.findingId ?? ''}-${i}`} gap={2}>
                <Text size="xs" fw={600} c="dimmed">
                  {t(`versions.field.${change.field}`)}
                </Text>
                <DiffText field={change.field} hunks={change.hunks} />
              </Stack>
            ))}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
