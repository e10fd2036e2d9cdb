import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentPhase } from '../../gql/graphql';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { ChangePhaseMutation } from './assessment.graphql';
import type { LoadedAssessment } from './assessment-outlet';
import { isStepBack } from './phases';

// Offers exactly the moves the API allows from the current phase (`allowedNextPhases`).
export function PhaseActions({ assessment }: { assessment: LoadedAssessment }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [target, setTarget] = useState<AssessmentPhase | null>(null);
  const [change, { loading, error, reset }] = useMutation(ChangePhaseMutation);

  if (assessment.allowedNextPhases.length === 0) {
    return null;
  }
  const close = () => {
    setTarget(null);
    reset();
  };
  const confirm = async () => {
    if (!target) {
      return;
    }
    try {
      await change({ variables: { id: assessment.id, phase: target } });
      announce(t('assessment.phaseChanged', { phase: t(`phase.${target}`) }));
      setTarget(null);
    } catch {
      // Shown in the dialog through `error`.
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('assessment.phaseActions')}
        </Title>
        <Group>
          {assessment.allowedNextPhases.map((phase) => {
            const back = isStepBack(assessment.phase, phase);
            return (
              <Button
                key={phase}
                variant={back ? 'default' : 'filled'}
                onClick={() => setTarget(phase)}
                data-testid={`phase-to-${phase}`}
              >
                {t(back ? 'assessment.backTo' : 'assessment.moveTo', {
                  phase: t(`phase.${phase}`),
                })}
              </Button>
            );
          })}
        </Group>
      </Stack>
      <ConfirmModal
        opened={target !== null}
        title={target ? t('assessment.phaseConfirmTitle', { phase: t(`phase.${target}`) }) : ''}
        body={target ? <Text size="sm">{t(`assessment.phaseConfirm.${target}`)}</Text> : ''}
        confirmLabel={target ? t('assessment.moveTo', { phase: t(`phase.${target}`) }) : ''}
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={close}
      />
    </Paper>
  );
}
