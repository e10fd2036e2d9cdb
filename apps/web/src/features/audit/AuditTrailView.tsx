import { useQuery } from '@apollo/client/react';
import { Button, Center, Paper, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { OrganisationsQuery } from '../members/members.graphql';
import { toAuditTrailFilter, type AuditFilterValues } from './audit-filter';
import { AuditTrailQuery } from './audit.graphql';
import { AuditTable } from './AuditTable';

const pageSize = 50;

interface Props {
  assessmentId: string;
  filter: AuditFilterValues;
  onActor: (actor: string) => void;
}

// One filtered view of the trail, newest first; "Load more" appends the next older page
// (`nextBefore`) to the cached result.
export function AuditTrailView({ assessmentId, filter, onActor }: Props) {
  const { t } = useTranslation();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const { data, error, refetch, fetchMore } = useQuery(AuditTrailQuery, {
    variables: { assessmentId, filter: toAuditTrailFilter(filter), page: { first: pageSize } },
    fetchPolicy: 'cache-and-network',
  });
  // Names for the organisation ids in change summaries; without them the ids are shown.
  const organisations = useQuery(OrganisationsQuery).data?.organisations;
  const organisationNames = useMemo(
    () => new Map((organisations ?? []).map((o) => [o.id, o.name])),
    [organisations],
  );

  if (error && !data) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!data) {
    return <PageLoader />;
  }
  const { events, total, nextBefore } = data.auditTrail;

  const loadMore = async () => {
    if (nextBefore === null) {
      return;
    }
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { page: { first: pageSize, before: nextBefore } },
        updateQuery: (previous, { fetchMoreResult }) => ({
          auditTrail: {
            ...fetchMoreResult.auditTrail,
            events: [...previous.auditTrail.events, ...fetchMoreResult.auditTrail.events],
          },
        }),
      });
    } catch (e) {
      setMoreError(e);
    } finally {
      setLoadingMore(false);
    }
  };

  if (events.length === 0) {
    return (
      <Paper withBorder p="xl" ta="center" data-testid="audit-empty">
        <Text>{t('audit.empty')}</Text>
      </Paper>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status" data-testid="audit-count">
        {t('audit.total', { count: total })} · {t('audit.shown', { shown: events.length, total })}
      </Text>
      <AuditTable events={events} organisationNames={organisationNames} onActor={onActor} />
      <ErrorAlert error={moreError} onRetry={() => void loadMore()} />
      {nextBefore !== null ? (
        <Center>
          <Button
            variant="default"
            loading={loadingMore}
            onClick={() => void loadMore()}
            data-testid="audit-load-more"
          >
            {t('audit.loadMore')}
          </Button>
        </Center>
      ) : null}
    </Stack>
  );
}
