import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PencilIcon } from '../../shared/components/icons';
import { PageLoader } from '../../shared/components/PageLoader';
import { hasErrorCode, toAppErrors } from '../../shared/errors/app-errors';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { formatDate } from '../../shared/format/date-time';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useAssessmentOutlet } from '../assessment/assessment-outlet';
import { mayChangeEvidence } from './evidence-abilities';
import { EvidenceItemQuery } from './evidence.graphql';
import { EvidenceArchiveButton } from './EvidenceArchiveButton';
import { EvidenceBadges } from './EvidenceBadges';
import { EvidenceDetails } from './EvidenceDetails';
import { EvidenceFiles } from './EvidenceFiles';
import { EvidenceFormModal } from './EvidenceFormModal';

export function EvidenceDetailPage() {
  const { t, i18n } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  const { evidenceId = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const { data, error, refetch } = useQuery(EvidenceItemQuery, {
    variables: { assessmentId: assessment.id, id: evidenceId },
    fetchPolicy: 'cache-and-network',
  });
  const item = data?.evidenceItem;
  usePageTitle(`${item?.title ?? t('evidence.library.title')} · ${assessment.title}`);
  const back = (
    <Anchor component={Link} to={`/assessments/${assessment.id}/evidence`}>
      {t('evidence.detail.back')}
    </Anchor>
  );

  if (error && !item) {
    const errors = toAppErrors(error);
    const missing = hasErrorCode(errors, 'NOT_FOUND') || hasErrorCode(errors, 'BAD_USER_INPUT');
    return (
      <Stack>
        {back}
        {missing ? (
          <Alert color="red" variant="light" role="alert" data-testid="evidence-not-found">
            {t('evidence.detail.notFound')}
          </Alert>
        ) : (
          <ErrorAlert error={errors} onRetry={() => void refetch()} />
        )}
      </Stack>
    );
  }
  if (!item) {
    return <PageLoader />;
  }
  const changes = mayChangeEvidence(item, assessment);

  return (
    <Stack gap="lg" data-testid="evidence-detail">
      {back}
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={2} dir="auto" data-testid="evidence-detail-title">
            {item.title}
          </Title>
          <EvidenceBadges
            kind={item.kind}
            confidentiality={item.confidentiality}
            archived={item.archivedAt !== null}
          />
          {item.archivedAt ? (
            <Text size="sm" c="dimmed">
              {t('evidence.detail.archivedOn', {
                date: formatDate(item.archivedAt, i18n.language),
              })}
            </Text>
          ) : null}
        </Stack>
        {changes ? (
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<PencilIcon size={16} />}
              onClick={() => setEditing(true)}
              data-testid="evidence-edit"
            >
              {t('evidence.detail.edit')}
            </Button>
            <EvidenceArchiveButton assessmentId={assessment.id} item={item} />
          </Group>
        ) : null}
      </Group>
      <EvidenceDetails item={item} />
      <EvidenceFiles
        assessmentId={assessment.id}
        evidenceId={item.id}
        files={item.files}
        mayUpload={changes}
        onUploaded={() => void refetch()}
      />
      {changes ? (
        <EvidenceFormModal
          assessmentId={assessment.id}
          item={item}
          opened={editing}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      ) : null}
    </Stack>
  );
}
