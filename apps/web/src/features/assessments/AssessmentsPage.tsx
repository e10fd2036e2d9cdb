import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { PlusIcon } from '../../shared/components/icons';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useMe } from '../auth/use-me';
import { AssessmentsQuery } from './assessments.graphql';
import { AssessmentsTable } from './AssessmentsTable';

export function AssessmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('assessments.title'));
  const { me } = useMe();
  // Kept in the address so that the filter survives a reload and can be shared.
  const [params, setParams] = useSearchParams();
  const includeArchived = params.get('archived') === '1';
  const { data, error, refetch } = useQuery(AssessmentsQuery, {
    variables: { includeArchived },
    fetchPolicy: 'cache-and-network',
  });

  const toggleArchived = (checked: boolean) => {
    const next = new URLSearchParams(params);
    if (checked) {
      next.set('archived', '1');
    } else {
      next.delete('archived');
    }
    setParams(next, { replace: true });
  };

  const assessments = data?.assessments ?? [];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('assessments.title')}</Title>
          <Text c="dimmed">{t('assessments.intro')}</Text>
        </Stack>
        {me?.isPlatformAdmin ? (
          <Button
            component={Link}
            to="/assessments/new"
            leftSection={<PlusIcon />}
            data-testid="new-assessment"
          >
            {t('assessments.new')}
          </Button>
        ) : null}
      </Group>
      <Group justify="space-between">
        <Switch
          label={t('assessments.showArchived')}
          checked={includeArchived}
          onChange={(e) => toggleArchived(e.currentTarget.checked)}
          data-testid="show-archived"
        />
        {data ? (
          <Text size="sm" c="dimmed" role="status">
            {t('assessments.count', { count: assessments.length })}
          </Text>
        ) : null}
      </Group>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <PageLoader /> : null}
      {data && assessments.length === 0 ? (
        <Paper withBorder p="xl" ta="center" data-testid="assessments-empty">
          <Text fw={600}>{t('assessments.empty')}</Text>
          <Text size="sm" c="dimmed" mt="xs">
            {t('assessments.emptyHint')}
          </Text>
        </Paper>
      ) : null}
      {assessments.length > 0 ? <AssessmentsTable assessments={assessments} /> : null}
    </Stack>
  );
}
