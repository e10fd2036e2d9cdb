import { useQuery } from '@apollo/client/react';
import { Button, Divider, Drawer, Group, Stack, Text, Title, useDirection } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElementVersionFieldsFragment } from '../../gql/graphql';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { VersionCompare } from './VersionCompare';
import { VersionForm } from './VersionForm';
import { VersionList } from './VersionList';
import { ElementVersionsQuery } from './versions.graphql';
import { workspaceOutline, type ElementNode } from './workspace-outline';
import './versions.css';

interface Props {
  assessmentId: string;
  element: ElementNode;
  // Whether the viewer may edit the element: only editors name and restore versions.
  canEdit: boolean;
}

function VersionsContent({ assessmentId, element, canEdit }: Props) {
  const { t } = useTranslation();
  const variables = { assessmentId, elementKey: element.key };
  const { data, error, refetch } = useQuery(ElementVersionsQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const [comparing, setComparing] = useState<ElementVersionFieldsFragment | null>(null);
  // A new key re-reads the comparison after a restore changed the live document.
  const [round, setRound] = useState(0);
  const outline = useMemo(() => workspaceOutline(element), [element]);

  return (
    <Stack gap="md">
      <Text size="sm">{t('versions.intro')}</Text>
      {canEdit ? (
        <VersionForm
          assessmentId={assessmentId}
          elementKey={element.key}
          onSaved={() => void refetch()}
        />
      ) : null}
      {comparing ? (
        <VersionCompare
          key={`${comparing.id}-${round}`}
          assessmentId={assessmentId}
          elementKey={element.key}
          outline={outline}
          version={comparing}
          onClose={() => setComparing(null)}
        />
      ) : null}
      <Divider />
      <Title order={3} size="h5">
        {t('versions.list')}
      </Title>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {data ? (
        <VersionList
          assessmentId={assessmentId}
          elementKey={element.key}
          versions={data.elementVersions}
          canEdit={canEdit}
          onCompare={setComparing}
          onRestored={() => setRound((n) => n + 1)}
        />
      ) : error ? null : (
        <PageLoader />
      )}
    </Stack>
  );
}

// A button beside the element's workspace that opens its versions in a side drawer.
export function VersionsPanel(props: Props) {
  const { t } = useTranslation();
  const { dir } = useDirection();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Group justify="flex-end">
        <Button
          size="xs"
          variant="default"
          onClick={() => setOpened(true)}
          aria-haspopup="dialog"
          data-testid="versions-open"
        >
          {t('versions.open')}
        </Button>
      </Group>
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('versions.title')}
        position={dir === 'rtl' ? 'left' : 'right'}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
        data-testid="versions-drawer"
      >
        {opened ? <VersionsContent {...props} /> : null}
      </Drawer>
    </>
  );
}
