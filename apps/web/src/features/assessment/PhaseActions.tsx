import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentPhase } from '../../gql/graphql';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { hasErrorCode, toAppErrors } from '../../shared/errors/app-errors';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { ChangePhaseMutation } from './assessment.graphql';
import type { LoadedAssessment } from './assessment-outlet';
import { PhaseChecklistQuery } from './phase-checklist.graphql';
import { PhaseChecklist } from './PhaseChecklist';
import { isStepBack, needsOverride, nextForward } from './phases';

const maxReason = 500;

// Offers exactly the moves the API allows from the current phase (`allowedNextPhases`), with the
// checklist of the step forwards: unmet checks need the moderator's reason, which the API audits.
export function PhaseActions({ assessment }: { assessment: LoadedAssessment }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [target, setTarget] = useState<AssessmentPhase | null>(null);
  const [reason, setReason] = useState('');
  const [change, { loading, error, reset }] = useMutation(ChangePhaseMutation);
  const forward = nextForward(assessment.phase, assessment.allowedNextPhases);
  const checklist = useQuery(PhaseChecklistQuery, {
    variables: { assessmentId: assessment.id, to: forward ?? 'COMPLETED' },
    skip: forward === null,
    fetchPolicy: 'cache-and-network',
  });
  const list = checklist.data?.phaseChecklist;
  const overriding = target !== null && target === forward && list ? needsOverride(list) : false;

  if (assessment.allowedNextPhases.length === 0) {
    return null;
  }
  const close = () => {
    setTarget(null);
    setReason('');
    reset();
  };
  const confirm = async () => {
    if (!target || (overriding && !reason.trim())) {
      return;
    }
    try {
      await change({
        variables: {
          id: assessment.id,
          phase: target,
          overrideReason: overriding ? reason.trim() : null,
        },
      });
      announce(t('assessment.phaseChanged', { phase: t(`phase.${target}`) }));
      close();
    } catch (e) {
      // Shown in the dialog through `error`; a check may have changed meanwhile.
      if (hasErrorCode(toAppErrors(e), 'PHASE_CHECKS_UNMET')) {
        void checklist.refetch();
      }
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('assessment.phaseActions')}
        </Title>
        {forward && list ? (
          <Stack gap={4} data-testid="phase-gate">
            <Text size="sm" fw={500}>
              {t('assessment.phaseGate.title', { phase: t(`phase.${forward}`) })}
            </Text>
            <PhaseChecklist checks={list.checks} />
          </Stack>
        ) : null}
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
        body={
          target ? (
            <Stack gap="sm">
              <Text size="sm">{t(`assessment.phaseConfirm.${target}`)}</Text>
              {overriding && list ? (
                <>
                  <Text size="sm" fw={500}>
                    {t('assessment.phaseGate.unmetIntro')}
                  </Text>
                  <PhaseChecklist checks={list.checks.filter((c) => !c.met)} />
                  <Textarea
                    label={t('assessment.phaseGate.reason')}
                    description={t('assessment.phaseGate.reasonHelp')}
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value)}
                    maxLength={maxReason}
                    autosize
                    minRows={2}
                    required
                    data-testid="phase-override-reason"
                  />
                </>
              ) : null}
            </Stack>
          ) : (
            ''
          )
        }
        confirmLabel={
          target
            ? t(overriding ? 'assessment.phaseGate.override' : 'assessment.moveTo', {
                phase: t(`phase.${target}`),
              })
            : ''
        }
        confirmColor={overriding ? 'orange' : undefined}
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={close}
      />
    </Paper>
  );
}
