import { useMutation } from '@apollo/client/react';
import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppErrors, type AppErrorInfo } from '../../shared/errors/app-errors';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { toAssessmentInput, type AssessmentFormValues } from '../assessments/assessment-form';
import { AssessmentForm } from '../assessments/AssessmentForm';
import { UpdateAssessmentMutation } from './assessment.graphql';
import type { LoadedAssessment } from './assessment-outlet';

interface Props {
  assessment: LoadedAssessment;
  opened: boolean;
  onClose: () => void;
}

export function EditAssessmentModal({ assessment, opened, onClose }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [errors, setErrors] = useState<AppErrorInfo[]>([]);
  const [update, { loading }] = useMutation(UpdateAssessmentMutation);

  const close = () => {
    setErrors([]);
    onClose();
  };

  const submit = async (values: AssessmentFormValues) => {
    setErrors([]);
    try {
      await update({ variables: { id: assessment.id, input: toAssessmentInput(values) } });
      announce(t('assessment.detailsSaved'));
      close();
    } catch (error) {
      setErrors(toAppErrors(error));
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('assessmentForm.editTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Mounted only while open, so that each opening starts from the saved values. */}
      {opened ? (
        <AssessmentForm
          initialValues={{
            title: assessment.title,
            country: assessment.country,
            scope: assessment.scope,
            nationalUseCases: assessment.nationalUseCases,
          }}
          submitLabel={t('assessmentForm.saveChanges')}
          submitting={loading}
          errors={errors}
          onSubmit={(v) => void submit(v)}
          onCancel={close}
        />
      ) : null}
    </Modal>
  );
}
