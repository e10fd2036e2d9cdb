import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkshopStatus } from '../../gql/graphql';

const colour: Record<WorkshopStatus, string> = { DRAFT: 'gray', OPEN: 'teal', CLOSED: 'dark' };

export function WorkshopStatusBadge({ status }: { status: WorkshopStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={colour[status]}
      variant="light"
      data-testid="workshop-status"
      data-status={status}
    >
      {t(`workshops.status.${status}`)}
    </Badge>
  );
}
