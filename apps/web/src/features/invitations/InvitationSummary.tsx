import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationPreviewQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/date-time';

type Preview = NonNullable<InvitationPreviewQuery['invitation']>;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

// What the invitation offers: which assessment, in which role, for which organisation.
export function InvitationSummary({ preview }: { preview: Preview }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="invitation-summary">
      <SimpleGrid cols={{ base: 1, xs: 2 }} component="dl" m={0}>
        <Fact label={t('acceptInvitation.assessment')}>
          <span dir="auto" data-testid="invitation-assessment">
            {preview.assessmentTitle}
          </span>
        </Fact>
        <Fact label={t('acceptInvitation.role')}>
          <span data-testid="invitation-role">{t(`role.${preview.role}`)}</span>
        </Fact>
        <Fact label={t('acceptInvitation.organisation')}>
          <span dir="auto">{preview.organisationName ?? t('acceptInvitation.noOrganisation')}</span>
        </Fact>
        <Fact label={t('acceptInvitation.email')}>
          <span dir="ltr">{preview.email}</span>
        </Fact>
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt="sm">
        {t('acceptInvitation.expires', { date: formatDateTime(preview.expiresAt, i18n.language) })}
      </Text>
    </Paper>
  );
}
