import { useMutation } from '@apollo/client/react';
import { Badge, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { SetSubElementEnabledMutation } from './customisation.graphql';
import type { CustomSubElement } from './customisation-types';
import { DetailCustomiser } from './DetailCustomiser';
import { DisableSubElementModal } from './DisableSubElementModal';

interface Props {
  assessmentId: string;
  subElement: CustomSubElement;
  canEdit: boolean;
}

export function SubElementCustomiser({ assessmentId, subElement, canEdit }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [disabling, setDisabling] = useState(false);
  const [setEnabled, { loading, error, reset }] = useMutation(SetSubElementEnabledMutation);
  const headingId = `sub-${subElement.key}`;

  const include = async () => {
    try {
      await setEnabled({
        variables: { input: { assessmentId, subElementKey: subElement.key, enabled: true } },
      });
      announce(t('customise.subElementIncluded', { title: subElement.title }));
    } catch {
      // Shown below the switch.
    }
  };

  return (
    <Paper
      component="section"
      withBorder
      p="md"
      aria-labelledby={headingId}
      data-testid={`sub-element-${subElement.key}`}
      bg={subElement.enabled ? undefined : 'var(--mantine-color-default-hover)'}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={4} id={headingId} lang="en" dir="auto">
            {subElement.title}
          </Title>
          {canEdit ? (
            <Switch
              checked={subElement.enabled}
              disabled={loading}
              label={t('customise.included')}
              labelPosition="left"
              aria-label={t('customise.include', { title: subElement.title })}
              onChange={(e) => {
                reset();
                if (e.currentTarget.checked) {
                  void include();
                } else {
                  setDisabling(true);
                }
              }}
              data-testid="include-switch"
            />
          ) : null}
        </Group>
        <ErrorAlert error={error} />
        {subElement.enabled ? (
          subElement.details.map((d) => (
            <DetailCustomiser key={d.id} assessmentId={assessmentId} detail={d} canEdit={canEdit} />
          ))
        ) : (
          <Stack gap={4} data-testid="excluded-notice">
            <Badge color="gray" variant="outline">
              {t('customise.excluded')}
            </Badge>
            {subElement.disabledReason ? (
              <Text size="sm" className="pre-line">
                {t('customise.excludedReason', { reason: subElement.disabledReason })}
              </Text>
            ) : null}
          </Stack>
        )}
      </Stack>
      {canEdit ? (
        <DisableSubElementModal
          assessmentId={assessmentId}
          subElement={subElement}
          opened={disabling}
          onClose={() => setDisabling(false)}
        />
      ) : null}
    </Paper>
  );
}
