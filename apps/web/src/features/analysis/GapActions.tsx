import { useMutation } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { gapActions } from './analysis-display';
import { AcknowledgeGapMutation, ReopenGapMutation, ResolveGapMutation } from './analysis.graphql';
import type { GapRow } from './analysis-types';

interface Props {
  assessmentId: string;
  gap: GapRow;
  onEdit: (mode: 'track' | 'edit') => void;
}

// The buttons a gap manager sees on a row; moving a gap refreshes the list (filters may drop it).
export function GapActions({ assessmentId, gap, onEdit }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const options = {
    variables: { assessmentId, id: gap.id },
    refetchQueries: ['InformationGaps'],
  };
  const [acknowledge, ack] = useMutation(AcknowledgeGapMutation, options);
  const [resolve, res] = useMutation(ResolveGapMutation, options);
  const [reopen, reo] = useMutation(ReopenGapMutation, options);
  const run = (mutate: () => Promise<unknown>) =>
    void mutate()
      .then(() => announce(t('analysis.gaps.done')))
      .catch(() => undefined);
  const error = ack.error ?? res.error ?? reo.error;

  return (
    <Group gap={4} wrap="nowrap">
      {gapActions(gap).map((action) => {
        const label = t(`analysis.gaps.action.${action}`);
        const common = { size: 'xs', variant: 'light', 'data-testid': `gap-${action}` } as const;
        switch (action) {
          case 'track':
          case 'edit':
            return (
              <Button key={action} {...common} onClick={() => onEdit(action)}>
                {label}
              </Button>
            );
          case 'acknowledge':
            return (
              <Button
                key={action}
                {...common}
                loading={ack.loading}
                onClick={() => run(acknowledge)}
              >
                {label}
              </Button>
            );
          case 'resolve':
            return (
              <Button key={action} {...common} loading={res.loading} onClick={() => run(resolve)}>
                {label}
              </Button>
            );
          case 'reopen':
            return (
              <Button key={action} {...common} loading={reo.loading} onClick={() => run(reopen)}>
                {label}
              </Button>
            );
        }
      })}
      {error ? <ErrorAlert error={error} /> : null}
    </Group>
  );
}
