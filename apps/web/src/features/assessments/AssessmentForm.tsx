import { Alert, Button, Group, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { splitErrors, type AppErrorInfo } from '../../shared/errors/app-errors';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useErrorText } from '../../shared/errors/use-error-text';
import { countryOptions } from '../../shared/format/countries';
import {
  assessmentFormFields,
  checkAssessmentForm,
  type AssessmentFormValues,
} from './assessment-form';

interface AssessmentFormProps {
  initialValues: AssessmentFormValues;
  submitLabel: string;
  submitting: boolean;
  // Errors from the API, shown beside their field where they name one.
  errors: readonly AppErrorInfo[];
  onSubmit: (values: AssessmentFormValues) => void;
  onCancel?: () => void;
}

export function AssessmentForm(props: AssessmentFormProps) {
  const { initialValues, submitLabel, submitting, errors, onSubmit, onCancel } = props;
  const { t, i18n } = useTranslation();
  const { forField } = useErrorText();
  const [values, setValues] = useState(initialValues);
  const [problems, setProblems] = useState<ReturnType<typeof checkAssessmentForm>>({});
  const options = useMemo(
    () => countryOptions(i18n.language, t('assessmentForm.trainingCountry')),
    [i18n.language, t],
  );
  const server = splitErrors(errors, assessmentFormFields);

  // Editing a field clears its "required" message; the API's messages stay until the next save.
  const set = <K extends keyof AssessmentFormValues>(key: K, value: AssessmentFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setProblems((p) => ({ ...p, [key]: undefined }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkAssessmentForm(values);
    setProblems(found);
    if (Object.keys(found).length === 0) {
      onSubmit(values);
    }
  };

  const fieldError = (field: (typeof assessmentFormFields)[number]) => {
    const problem = problems[field];
    return problem ? t(`assessmentForm.${problem}`) : forField(server.fields[field]);
  };
  const hasFieldErrors =
    Object.values(problems).some(Boolean) || Object.keys(server.fields).length > 0;

  return (
    <form onSubmit={submit} noValidate data-testid="assessment-form">
      <Stack>
        {hasFieldErrors ? (
          <Alert color="red" variant="light" role="alert">
            {t('assessmentForm.fixErrors')}
          </Alert>
        ) : null}
        <ErrorAlert error={server.general} />
        <TextInput
          label={t('assessmentForm.title')}
          placeholder={t('assessmentForm.titlePlaceholder')}
          required
          maxLength={200}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={fieldError('title')}
          data-testid="assessment-title"
        />
        <Select
          label={t('assessmentForm.country')}
          placeholder={t('assessmentForm.countryPlaceholder')}
          nothingFoundMessage={t('assessmentForm.countryNothingFound')}
          required
          searchable
          data={options}
          value={values.country}
          onChange={(value) => set('country', value)}
          error={fieldError('country')}
          data-testid="assessment-country"
        />
        <Textarea
          label={t('assessmentForm.scope')}
          description={t('assessmentForm.scopeDescription')}
          autosize
          minRows={3}
          maxLength={5000}
          value={values.scope}
          onChange={(e) => set('scope', e.currentTarget.value)}
          error={fieldError('scope')}
          data-testid="assessment-scope"
        />
        <TagsInput
          label={t('assessmentForm.useCases')}
          description={t('assessmentForm.useCasesDescription')}
          placeholder={t('assessmentForm.useCasesPlaceholder')}
          maxTags={50}
          value={values.nationalUseCases}
          onChange={(v) => set('nationalUseCases', v)}
          error={fieldError('nationalUseCases')}
          data-testid="assessment-use-cases"
        />
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={submitting} data-testid="assessment-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
