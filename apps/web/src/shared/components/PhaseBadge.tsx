import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentPhase } from '../../gql/graphql';

const phaseColor: Record<AssessmentPhase, string> = {
  PREPARE: 'blue',
  ANALYSE: 'violet',
  ENGAGE: 'orange',
  COMPLETED: 'green',
};

export function PhaseBadge({ phase, ...rest }: { phase: AssessmentPhase } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      color={phaseColor[phase]}
      variant="light"
      title={t(`phaseHint.${phase}`)}
      data-testid="phase-badge"
      {...rest}
    >
      {t(`phase.${phase}`)}
    </Badge>
  );
}
