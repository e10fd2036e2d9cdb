import { Alert, Button, Group, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorInfo } from '../../shared/errors/app-errors';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import {
  checkEvidenceForm,
  withKind,
  type EvidenceFormProblems,
  type EvidenceFormValues,
  type SetEvidenceField,
} from './evidence-form';
import { allowedConfidentialities, evidenceKinds, kindFields } from './evidence-kinds';
import { InterviewFields } from './InterviewFields';
import { useEvidenceFieldErrors } from './use-evidence-field-errors';

interface Props {
  initialValues: EvidenceFormValues;
  // The kind of an existing item is fixed.
  kindLocked: boolean;
  submitLabel: string;
  submitting: boolean;
  errors: readonly AppErrorInfo[];
  onSubmit: (values: EvidenceFormValues) => void;
  onCancel: () => void;
}

// The fields follow the kind: an article for a law, a page for a report, the interview's record
// for an interview (see kindFields).
export function EvidenceForm(props: Props) {
  const { initialValues, kindLocked, submitLabel, submitting, errors, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const [problems, setProblems] = useState<EvidenceFormProblems>({});
  const { fieldError, hasFieldErrors, general } = useEvidenceFieldErrors(problems, errors);
  const { extra, requires } = kindFields(values.kind);

  const set: SetEvidenceField = (key, value) => {
    setValues((v) => ({ ...v, [key]: value }));
    setProblems((p) => ({ ...p, [key]: undefined }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkEvidenceForm(values);
    setProblems(found);
    if (Object.values(found).every((p) => !p)) {
      onSubmit(values);
    }
  };

  const text = (field: 'citation' | 'author' | 'language', max: number) => (
    <TextInput
      label={t(`evidence.field.${field}`)}
      maxLength={max}
      value={values[field]}
      onChange={(e) => set(field, e.currentTarget.value)}
      error={fieldError(field)}
      dir="auto"
      data-testid={`evidence-${field}`}
    />
  );

  return (
    <form onSubmit={submit} noValidate data-testid="evidence-form">
      <Stack gap="sm">
        {hasFieldErrors ? (
          <Alert color="red" variant="light" role="alert">
            {t('evidence.form.fixErrors')}
          </Alert>
        ) : null}
        <ErrorAlert error={general} />
        <Select
          label={t('evidence.field.kind')}
          data={evidenceKinds.map((k) => ({ value: k, label: t(`evidence.kind.${k}`) }))}
          value={values.kind}
          allowDeselect={false}
          disabled={kindLocked}
          onChange={(kind) => kind && setValues((v) => withKind(v, kind))}
          data-testid="evidence-kind"
        />
        <TextInput
          label={t('evidence.field.title')}
          required
          maxLength={300}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={fieldError('title')}
          dir="auto"
          data-testid="evidence-title"
        />
        {extra.includes('article') ? (
          <TextInput
            label={t('evidence.field.article')}
            description={t('evidence.form.articleHint')}
            maxLength={200}
            value={values.article}
            onChange={(e) => set('article', e.currentTarget.value)}
            error={fieldError('article')}
            dir="auto"
            data-testid="evidence-article"
          />
        ) : null}
        {extra.includes('page') ? (
          <TextInput
            label={t('evidence.field.page')}
            maxLength={50}
            value={values.page}
            onChange={(e) => set('page', e.currentTarget.value)}
            error={fieldError('page')}
            data-testid="evidence-page"
          />
        ) : null}
        {extra.includes('intervieweeCode') ? (
          <InterviewFields values={values} set={set} fieldError={fieldError} />
        ) : null}
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t(
              values.kind === 'INTERVIEW' ? 'evidence.field.interviewDate' : 'evidence.field.date',
            )}
            required={requires.includes('date')}
            value={values.date}
            onChange={(e) => set('date', e.currentTarget.value)}
            error={fieldError('date')}
            data-testid="evidence-date"
          />
          {text('language', 35)}
        </Group>
        <TextInput
          type="url"
          label={t('evidence.field.url')}
          required={requires.includes('url')}
          maxLength={2000}
          value={values.url}
          onChange={(e) => set('url', e.currentTarget.value)}
          error={fieldError('url')}
          dir="ltr"
          data-testid="evidence-url"
        />
        {text('citation', 1000)}
        {text('author', 300)}
        <Textarea
          label={t('evidence.field.summary')}
          autosize
          minRows={2}
          maxLength={10000}
          value={values.summary}
          onChange={(e) => set('summary', e.currentTarget.value)}
          error={fieldError('summary')}
          dir="auto"
          data-testid="evidence-summary"
        />
        <TagsInput
          label={t('evidence.field.tags')}
          description={t('evidence.form.tagsHint')}
          maxTags={20}
          value={values.tags}
          onChange={(tags) => set('tags', tags)}
          error={fieldError('tags')}
          data-testid="evidence-tags"
        />
        <Select
          label={t('evidence.field.confidentiality')}
          description={t(`evidence.confidentialityHint.${values.confidentiality}`)}
          data={allowedConfidentialities(values.kind).map((c) => ({
            value: c,
            label: t(`evidence.confidentiality.${c}`),
          }))}
          value={values.confidentiality}
          allowDeselect={false}
          onChange={(c) => c && set('confidentiality', c)}
          error={fieldError('confidentiality')}
          data-testid="evidence-confidentiality"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting} data-testid="evidence-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
