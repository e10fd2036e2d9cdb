import { useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { splitErrors, type AppErrorInfo } from '../../shared/errors/app-errors';
import { useErrorText } from '../../shared/errors/use-error-text';
import {
  formProblems,
  priorities,
  statuses,
  timeframes,
  withPlacement,
  type RecommendationFormValues,
} from './recommendation-form';
import { RecommendationFindingOptionsQuery } from './recommendations.graphql';
import type { useRecommendationOptions } from './use-recommendation-options';

const apiFields = [
  'elementKey',
  'subElementKey',
  'findingIds',
  'title',
  'description',
  'responsibleOrganisationId',
  'responsibleInstitutionName',
  'priority',
  'timeframe',
  'status',
] as const;

interface Props {
  assessmentId: string;
  options: ReturnType<typeof useRecommendationOptions>;
  initialValues: RecommendationFormValues;
  submitLabel: string;
  submitting: boolean;
  errors: readonly AppErrorInfo[];
  onSubmit: (values: RecommendationFormValues) => void;
}

export function RecommendationForm(props: Props) {
  const { assessmentId, options, initialValues, submitLabel, submitting, errors, onSubmit } = props;
  const { t } = useTranslation();
  const { forField } = useErrorText();
  const [values, setValues] = useState(initialValues);
  const [tried, setTried] = useState(false);
  const findings = useQuery(RecommendationFindingOptionsQuery, {
    variables: { assessmentId, elementKey: values.elementKey },
    skip: !values.elementKey,
  });
  const findingSubElements = useMemo(
    () =>
      new Map(
        (findings.data?.recommendationFindingOptions ?? []).map((f) => [f.id, f.subElementKey]),
      ),
    [findings.data],
  );
  const problems = formProblems(values);
  const { fields, general } = splitErrors(errors, apiFields);
  const problem = (key: keyof RecommendationFormValues) =>
    tried && problems[key] ? t(`recommendations.problem.${problems[key]}`) : undefined;
  const apiError = (key: (typeof apiFields)[number]) => forField(fields[key]);
  const set = (change: Partial<RecommendationFormValues>) =>
    setValues((v) => ({ ...v, ...change }));
  const element = options.elements.find((e) => e.key === values.elementKey);
  const findingData = (findings.data?.recommendationFindingOptions ?? [])
    .filter((f) => !values.subElementKey || f.subElementKey === values.subElementKey)
    .map((f) => ({
      value: f.id,
      label: `${t(`workspace.findings.kind.${f.kind}`, { defaultValue: f.kind })}: ${f.text || '…'}`,
    }));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (Object.keys(problems).length === 0) {
          onSubmit(values);
        }
      }}
    >
      <Stack gap="sm">
        <ErrorAlert error={general} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('recommendations.field.element')}
            required
            data={options.elements.map((e) => ({
              value: e.key,
              label: options.names.element(e.key),
            }))}
            value={values.elementKey || null}
            onChange={(v) =>
              setValues(withPlacement(values, { elementKey: v ?? '' }, findingSubElements))
            }
            error={problem('elementKey') ?? apiError('elementKey')}
            data-testid="recommendation-element"
          />
          <Select
            label={t('recommendations.field.subElement')}
            placeholder={t('recommendations.field.subElementAny')}
            clearable
            disabled={!element}
            data={(element?.subElements ?? [])
              .filter((s) => s.enabled)
              .map((s) => ({ value: s.key, label: s.title }))}
            value={values.subElementKey || null}
            onChange={(v) =>
              setValues(withPlacement(values, { subElementKey: v ?? '' }, findingSubElements))
            }
            error={apiError('subElementKey')}
          />
        </SimpleGrid>
        {values.elementKey ? (
          findingData.length > 0 || values.findingIds.length > 0 ? (
            <MultiSelect
              label={t('recommendations.field.findings')}
              description={t('recommendations.field.findingsHelp')}
              data={findingData}
              value={values.findingIds}
              onChange={(findingIds) => set({ findingIds })}
              searchable
              error={apiError('findingIds')}
              data-testid="recommendation-findings"
            />
          ) : (
            <Text size="sm" c="dimmed">
              {findings.error ? (
                <ErrorAlert error={findings.error} />
              ) : (
                t('recommendations.field.findingsNone')
              )}
            </Text>
          )
        ) : null}
        <Textarea
          label={t('recommendations.field.title')}
          required
          autosize
          minRows={2}
          maxLength={300}
          value={values.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          error={problem('title') ?? apiError('title')}
          data-testid="recommendation-title"
        />
        <Textarea
          label={t('recommendations.field.description')}
          autosize
          minRows={3}
          maxLength={10000}
          value={values.description}
          onChange={(e) => set({ description: e.currentTarget.value })}
          error={apiError('description')}
        />
        <Radio.Group
          label={t('recommendations.field.institution')}
          value={values.institutionMode}
          onChange={(v) => set({ institutionMode: v })}
          error={problem('institutionMode')}
        >
          <Group mt={4}>
            {(['ORGANISATION', 'NAMED', 'NONE'] as const).map((mode) => (
              <Radio
                key={mode}
                value={mode}
                label={t(`recommendations.field.institutionMode.${mode}`)}
              />
            ))}
          </Group>
        </Radio.Group>
        {values.institutionMode === 'ORGANISATION' ? (
          <Select
            label={t('recommendations.field.organisation')}
            data={options.institutions.map((o) => ({ value: o.id, label: o.name }))}
            value={values.organisationId || null}
            onChange={(v) => set({ organisationId: v ?? '' })}
            searchable
            error={apiError('responsibleOrganisationId')}
          />
        ) : null}
        {values.institutionMode === 'NAMED' ? (
          <TextInput
            label={t('recommendations.field.institutionName')}
            maxLength={200}
            value={values.institutionName}
            onChange={(e) => set({ institutionName: e.currentTarget.value })}
            error={apiError('responsibleInstitutionName')}
            data-testid="recommendation-institution-name"
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('recommendations.field.priority')}
            data={priorities.map((p) => ({ value: p, label: t(`recommendations.priority.${p}`) }))}
            value={values.priority}
            onChange={(v) => v && set({ priority: v })}
            allowDeselect={false}
          />
          <Select
            label={t('recommendations.field.timeframe')}
            data={timeframes.map((p) => ({ value: p, label: t(`recommendations.timeframe.${p}`) }))}
            value={values.timeframe}
            onChange={(v) => v && set({ timeframe: v })}
            allowDeselect={false}
          />
          <Select
            label={t('recommendations.field.status')}
            data={statuses.map((p) => ({ value: p, label: t(`recommendations.status.${p}`) }))}
            value={values.status}
            onChange={(v) => v && set({ status: v })}
            allowDeselect={false}
            data-testid="recommendation-status"
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={submitting} data-testid="recommendation-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
