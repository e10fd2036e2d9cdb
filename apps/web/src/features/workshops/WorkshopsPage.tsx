import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useAssessmentOutlet } from '../assessment/assessment-outlet';
import { WorkshopStatusBadge } from './WorkshopStatusBadge';
import { CreateWorkshopMutation, WorkshopsQuery } from './workshops.graphql';
import './workshops.css';

// /assessments/:id/workshops — the assessment's validation workshops; moderators prepare new ones.
export function WorkshopsPage() {
  const { t } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  usePageTitle(`${t('workshops.title')} · ${assessment.title}`);
  const navigate = useNavigate();
  const canManage = assessment.permissions.includes('workshops.manage') && !assessment.archived;
  const { data, error, refetch } = useQuery(WorkshopsQuery, {
    variables: { assessmentId: assessment.id },
  });
  const [title, setTitle] = useState('');
  const [create, creation] = useMutation(CreateWorkshopMutation, {
    refetchQueries: [WorkshopsQuery],
  });

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    const { data: created } = await create({
      variables: { input: { assessmentId: assessment.id, title: title.trim() } },
    }).catch(() => ({ data: undefined }));
    if (created) {
      void navigate(created.createWorkshop.id);
    }
  };

  return (
    <Stack gap="md">
      <Title order={2}>{t('workshops.title')}</Title>
      <Text c="dimmed">{t('workshops.intro')}</Text>
      {error && !data ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <PageLoader /> : null}
      {data?.workshops.length === 0 ? <Text>{t('workshops.none')}</Text> : null}
      {data && data.workshops.length > 0 ? (
        <Stack gap="sm" component="ul" className="workshop-list" data-testid="workshop-list">
          {data.workshops.map((w) => (
            <Paper key={w.id} component="li" withBorder p="sm">
              <Group justify="space-between" gap="xs">
                <Anchor component={Link} to={w.id} fw={600} dir="auto">
                  {w.title}
                </Anchor>
                <WorkshopStatusBadge status={w.status} />
              </Group>
              <Text size="sm" c="dimmed">
                {t('workshops.itemCount', { n: w.items.length })} ·{' '}
                {t('workshops.participants', { n: w.participantCount })}
              </Text>
            </Paper>
          ))}
        </Stack>
      ) : null}
      {canManage ? (
        <form onSubmit={(e) => void onCreate(e)}>
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('workshops.newTitle')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              required
              maxLength={200}
              data-testid="workshop-new-title"
            />
            <Button type="submit" loading={creation.loading} data-testid="workshop-create">
              {t('workshops.create')}
            </Button>
          </Group>
          {creation.error ? <ErrorAlert error={creation.error} /> : null}
        </form>
      ) : null}
    </Stack>
  );
}
