import { Radio, Group, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvidenceFormField, EvidenceFormValues, SetEvidenceField } from './evidence-form';
import { organisationTypes } from './evidence-kinds';

interface Props {
  values: EvidenceFormValues;
  set: SetEvidenceField;
  fieldError: (field: EvidenceFormField) => string | undefined;
}

// A key-informant interview's record: a code (never a name), the kind of organisation, whether
// consent is recorded, and notes, which are kept only with consent.
export function InterviewFields({ values, set, fieldError }: Props) {
  const { t } = useTranslation();
  const consent = values.consentRecorded === null ? null : values.consentRecorded ? 'yes' : 'no';
  return (
    <>
      <TextInput
        label={t('evidence.field.intervieweeCode')}
        description={t('evidence.form.codeHint')}
        required
        maxLength={40}
        value={values.intervieweeCode}
        onChange={(e) => set('intervieweeCode', e.currentTarget.value.toUpperCase())}
        error={fieldError('intervieweeCode')}
        dir="ltr"
        data-testid="evidence-interviewee-code"
      />
      <Select
        label={t('evidence.field.organisationType')}
        required
        data={organisationTypes.map((o) => ({ value: o, label: t(`organisationType.${o}`) }))}
        value={values.organisationType}
        onChange={(o) => set('organisationType', o)}
        error={fieldError('organisationType')}
        data-testid="evidence-organisation-type"
      />
      <Radio.Group
        label={t('evidence.field.consentRecorded')}
        required
        value={consent}
        onChange={(v) => set('consentRecorded', v === 'yes')}
        error={fieldError('consentRecorded')}
        data-testid="evidence-consent"
      >
        <Group gap="md" mt={4}>
          <Radio value="yes" label={t('evidence.form.consentYes')} />
          <Radio value="no" label={t('evidence.form.consentNo')} />
        </Group>
      </Radio.Group>
      <Textarea
        label={t('evidence.field.notes')}
        description={t('evidence.form.notesHint')}
        autosize
        minRows={3}
        maxLength={50000}
        disabled={values.consentRecorded !== true}
        value={values.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={fieldError('notes')}
        dir="auto"
        data-testid="evidence-notes"
      />
    </>
  );
}
