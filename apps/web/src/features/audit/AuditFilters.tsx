import {
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyAuditFilter, isDateRangeValid, type AuditFilterValues } from './audit-filter';
import { auditActions, auditTargetTypes, withChosen } from './audit-vocabulary';
import { useAuditLabels } from './use-audit-labels';

interface Props {
  // The filter in the address; the form edits a copy and applies it as a whole.
  initial: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}

export function AuditFilters({ initial, onApply }: Props) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const [values, setValues] = useState(initial);
  const [badRange, setBadRange] = useState(false);
  const set = <K extends keyof AuditFilterValues>(key: K, value: AuditFilterValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const valid = isDateRangeValid(values);
    setBadRange(!valid);
    if (valid) {
      onApply(values);
    }
  };

  const actionOptions = withChosen(auditActions, values.actions).map((a) => ({
    value: a,
    label: labels.action(a),
  }));
  const targetOptions = withChosen(auditTargetTypes, [values.targetType]).map((type) => ({
    value: type,
    label: labels.targetType(type),
  }));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="audit-filters-title">
      <form onSubmit={submit} noValidate data-testid="audit-filters">
        <Stack gap="sm">
          <Title order={3} size="h5" id="audit-filters-title">
            {t('audit.filtersTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <MultiSelect
              label={t('audit.actions')}
              placeholder={values.actions.length ? undefined : t('audit.actionsPlaceholder')}
              data={actionOptions}
              value={values.actions}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              onChange={(v) => set('actions', v)}
              data-testid="audit-filter-actions"
            />
            <Select
              label={t('audit.targetType')}
              placeholder={t('audit.targetTypePlaceholder')}
              data={targetOptions}
              value={values.targetType || null}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              onChange={(v) => set('targetType', v ?? '')}
              data-testid="audit-filter-target"
            />
            <TextInput
              label={t('audit.actor')}
              description={t('audit.actorDescription')}
              value={values.actor}
              maxLength={64}
              dir="ltr"
              onChange={(e) => set('actor', e.currentTarget.value)}
              data-testid="audit-filter-actor"
            />
            <TextInput
              type="date"
              label={t('audit.from')}
              value={values.from}
              onChange={(e) => set('from', e.currentTarget.value)}
              error={badRange ? t('audit.dateOrder') : undefined}
              data-testid="audit-filter-from"
            />
            <TextInput
              type="date"
              label={t('audit.to')}
              value={values.to}
              onChange={(e) => set('to', e.currentTarget.value)}
              data-testid="audit-filter-to"
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" data-testid="audit-filter-apply">
              {t('audit.apply')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setValues(emptyAuditFilter);
                setBadRange(false);
                onApply(emptyAuditFilter);
              }}
              data-testid="audit-filter-clear"
            >
              {t('audit.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
