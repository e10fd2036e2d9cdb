import { useMutation } from '@apollo/client/react';
import { Anchor, Breadcrumbs, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { toAppErrors, type AppErrorInfo } from '../../shared/errors/app-errors';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useMe } from '../auth/use-me';
import {
  emptyAssessmentForm,
  toAssessmentInput,
  type AssessmentFormValues,
} from './assessment-form';
import { AssessmentForm } from './AssessmentForm';
import { CreateAssessmentMutation } from './assessments.graphql';

export function NewAssessmentPage() {
  const { t } = useTranslation();
  usePageTitle(t('assessmentForm.newTitle'));
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { me } = useMe();
  const [errors, setErrors] = useState<AppErrorInfo[]>([]);
  // The list is refetched rather than patched: its order and filter are the API's to decide.
  const [create, { loading }] = useMutation(CreateAssessmentMutation, {
    refetchQueries: ['Assessments'],
  });

  const submit = async (values: AssessmentFormValues) => {
    setErrors([]);
    try {
      const result = await create({ variables: { input: toAssessmentInput(values) } });
      const created = result.data?.createAssessment;
      if (created) {
        announce(created.title);
        await navigate(`/assessments/${created.id}`);
      }
    } catch (error) {
      setErrors(toAppErrors(error));
    }
  };

  return (
    <Stack gap="lg" maw={720}>
      <Breadcrumbs separator="›">
        <Anchor component={Link} to="/assessments">
          {t('assessment.back')}
        </Anchor>
        <Text>{t('assessmentForm.newTitle')}</Text>
      </Breadcrumbs>
      <Stack gap="xs">
        <Title order={1}>{t('assessmentForm.newTitle')}</Title>
        <Text c="dimmed">{t('assessmentForm.newIntro')}</Text>
      </Stack>
      {me && !me.isPlatformAdmin ? (
        <ErrorAlert error={[{ code: 'FORBIDDEN', field: null, message: '' }]} />
      ) : (
        <Paper withBorder p="lg">
          <AssessmentForm
            initialValues={emptyAssessmentForm}
            submitLabel={t('assessmentForm.create')}
            submitting={loading}
            errors={errors}
            onSubmit={(v) => void submit(v)}
            onCancel={() => void navigate('/assessments')}
          />
        </Paper>
      )}
    </Stack>
  );
}
