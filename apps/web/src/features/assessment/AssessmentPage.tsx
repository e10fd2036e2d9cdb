import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Group,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { PhaseBadge } from '../../shared/components/PhaseBadge';
import { hasErrorCode, toAppErrors } from '../../shared/errors/app-errors';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { formatDate } from '../../shared/format/date-time';
import { useCountryName } from '../../shared/hooks/use-country-name';
import { MentionsNavBadge } from '../mentions/MentionsNavBadge';
import { AssessmentQuery } from './assessment.graphql';
import type { AssessmentOutletContext } from './assessment-outlet';
import { assessmentSections } from './sections';

export function AssessmentPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const countryName = useCountryName();
  const { data, error, refetch } = useQuery(AssessmentQuery, { variables: { id } });

  if (error && !data) {
    const errors = toAppErrors(error);
    return (
      <Stack>
        <Anchor component={Link} to="/assessments">
          {t('assessment.back')}
        </Anchor>
        {hasErrorCode(errors, 'NOT_FOUND') || hasErrorCode(errors, 'FORBIDDEN') ? (
          <Alert color="red" variant="light" role="alert" data-testid="assessment-not-found">
            {t('assessment.notFound')}
          </Alert>
        ) : (
          <ErrorAlert error={errors} onRetry={() => void refetch()} />
        )}
      </Stack>
    );
  }
  if (!data) {
    return <PageLoader />;
  }
  const { assessment } = data;
  const base = `/assessments/${assessment.id}`;
  const context: AssessmentOutletContext = { assessment };

  return (
    <Stack gap="lg">
      <Breadcrumbs separator="›">
        <Anchor component={Link} to="/assessments">
          {t('assessment.back')}
        </Anchor>
        <Text dir="auto">{assessment.title}</Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1} dir="auto" data-testid="assessment-heading">
          {assessment.title}
        </Title>
        <Group gap="sm">
          <Text c="dimmed">{countryName(assessment.country)}</Text>
          <PhaseBadge phase={assessment.phase} />
        </Group>
      </Stack>
      {assessment.archived && assessment.archivedAt ? (
        <Alert color="gray" variant="light" data-testid="archived-notice">
          {t('assessment.archivedNotice', {
            date: formatDate(assessment.archivedAt, i18n.language),
          })}
        </Alert>
      ) : null}
      {/* Sections are links, not tabs: each has its own address and history entry. */}
      <nav aria-label={t('assessment.sectionsLabel')} className="section-nav">
        <Group gap="xs" component="ul" className="nav-list">
          {assessmentSections(assessment.permissions).map((section) => (
            <li key={section.key}>
              <UnstyledButton
                component={NavLink}
                to={section.path ? `${base}/${section.path}` : base}
                end={!section.path}
                className="nav-link"
                data-testid={`tab-${section.key}`}
              >
                {t(`assessment.section.${section.key}`)}
                {section.key === 'mentions' ? (
                  <MentionsNavBadge assessmentId={assessment.id} />
                ) : null}
              </UnstyledButton>
            </li>
          ))}
        </Group>
      </nav>
      <Outlet context={context} />
    </Stack>
  );
}
