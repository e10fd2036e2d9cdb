import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useAssessmentOutlet } from '../assessment/assessment-outlet';
import {
  auditExportUrl,
  readAuditFilter,
  writeAuditFilter,
  type AuditFilterValues,
} from './audit-filter';
import { AuditFilters } from './AuditFilters';
import { AuditTrailView } from './AuditTrailView';

// The audit trail for those the policy lets read it (`audit.read`, moderators). The filters live
// in the address, so a filtered view survives a reload, can be shared and exports as shown.
export function AuditPage() {
  const { t } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  usePageTitle(`${t('audit.title')} · ${assessment.title}`);
  const [params, setParams] = useSearchParams();
  const filter = readAuditFilter(params);
  // Changes whenever the address's filter does (back, forward, a row's actor), resetting the form.
  const filterKey = writeAuditFilter(filter).toString();

  if (!assessment.permissions.includes('audit.read')) {
    return (
      <Alert color="gray" variant="light" data-testid="audit-forbidden">
        {t('audit.forbidden')}
      </Alert>
    );
  }
  const apply = (values: AuditFilterValues) => setParams(writeAuditFilter(values, params));

  return (
    <Stack gap="lg" data-testid="audit-page">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4} maw={760}>
          <Title order={2}>{t('audit.title')}</Title>
          <Text c="dimmed">{t('audit.intro')}</Text>
        </Stack>
        <Stack gap={4} align="flex-end">
          <Button
            component="a"
            href={auditExportUrl(assessment.id, filter)}
            download
            variant="light"
            data-testid="audit-export"
          >
            {t('audit.export')}
          </Button>
          <Text size="xs" c="dimmed" maw={320} ta="end">
            {t('audit.exportHint')}
          </Text>
        </Stack>
      </Group>
      <AuditFilters key={filterKey} initial={filter} onApply={apply} />
      <AuditTrailView
        assessmentId={assessment.id}
        filter={filter}
        onActor={(actor) => apply({ ...filter, actor })}
      />
    </Stack>
  );
}
