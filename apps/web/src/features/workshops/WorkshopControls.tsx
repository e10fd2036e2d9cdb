import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { displayJoinCode } from './join-code';
import { joinAddress } from './join-address';
import type { LiveWorkshop } from './use-live-workshop';
import { CloseWorkshopMutation, OpenWorkshopMutation } from './workshops.graphql';

interface Props {
  workshop: LiveWorkshop;
  presenterPath: string;
}

// Opening and closing, and what the moderator reads out to the room: the code and the address.
export function WorkshopControls({ workshop, presenterPath }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [confirmClose, setConfirmClose] = useState(false);
  const ids = { assessmentId: workshop.assessmentId, id: workshop.id };
  const [open, opening] = useMutation(OpenWorkshopMutation);
  const [close, closing] = useMutation(CloseWorkshopMutation);

  const onOpen = async () => {
    const result = await open({ variables: ids }).catch(() => null);
    if (result?.data) {
      announce(t('workshops.run.opened'));
    }
  };
  const onClose = async () => {
    const result = await close({ variables: ids }).catch(() => null);
    if (result?.data) {
      setConfirmClose(false);
      announce(t('workshops.run.closed'));
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        {workshop.status === 'OPEN' && workshop.joinCode ? (
          <Group gap="xl" align="flex-end">
            <Stack gap={0}>
              <Text size="sm" c="dimmed">
                {t('workshops.run.joinCode')}
              </Text>
              <Text fz={32} fw={800} ff="monospace" dir="ltr" data-testid="workshop-join-code">
                {displayJoinCode(workshop.joinCode)}
              </Text>
            </Stack>
            <Text dir="auto">
              {t('workshops.run.joinAt', { address: joinAddress(window.location.origin) })}
            </Text>
          </Group>
        ) : null}
        <Group gap="sm">
          {workshop.status === 'DRAFT' ? (
            <Button
              onClick={() => void onOpen()}
              loading={opening.loading}
              disabled={workshop.items.length === 0}
              data-testid="workshop-open"
            >
              {t('workshops.run.openWorkshop')}
            </Button>
          ) : null}
          {workshop.status !== 'CLOSED' ? (
            <Anchor
              component={Link}
              to={presenterPath}
              target="_blank"
              data-testid="presenter-link"
            >
              {t('workshops.run.presenter')}
            </Anchor>
          ) : null}
          {workshop.status === 'OPEN' ? (
            <Button
              variant="outline"
              color="red"
              onClick={() => setConfirmClose(true)}
              data-testid="workshop-close"
            >
              {t('workshops.run.close')}
            </Button>
          ) : null}
        </Group>
        {workshop.status === 'DRAFT' ? (
          <Text size="sm" c="dimmed">
            {t('workshops.run.openHint')}
          </Text>
        ) : null}
        {opening.error ? <ErrorAlert error={opening.error} /> : null}
      </Stack>
      <ConfirmModal
        opened={confirmClose}
        title={t('workshops.run.close')}
        body={t('workshops.run.closeConfirm')}
        confirmLabel={t('workshops.run.close')}
        confirmColor="red"
        loading={closing.loading}
        error={closing.error}
        onConfirm={() => void onClose()}
        onClose={() => setConfirmClose(false)}
      />
    </Paper>
  );
}
