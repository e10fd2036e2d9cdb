import { useMutation } from '@apollo/client/react';
import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationFieldsFragment } from '../../gql/graphql';
import { toAppErrors, type AppErrorInfo } from '../../shared/errors/app-errors';
import { useAnnounce } from '../../shared/hooks/use-announce';
import {
  emptyRecommendationForm,
  toCreateRecommendationInput,
  toRecommendationFormValues,
  toUpdateRecommendationInput,
  type RecommendationFormValues,
} from './recommendation-form';
import { RecommendationForm } from './RecommendationForm';
import {
  CreateRecommendationMutation,
  UpdateRecommendationMutation,
} from './recommendations.graphql';
import type { useRecommendationOptions } from './use-recommendation-options';

interface Props {
  assessmentId: string;
  options: ReturnType<typeof useRecommendationOptions>;
  // The recommendation to change; a new one is added when absent.
  recommendation?: RecommendationFieldsFragment | null;
  opened: boolean;
  onClose: () => void;
}

const refetchQueries = ['Recommendations', 'ImplementationRoadmap', 'PhaseChecklist'];

export function RecommendationFormModal(props: Props) {
  const { assessmentId, options, recommendation, opened, onClose } = props;
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [errors, setErrors] = useState<AppErrorInfo[]>([]);
  const [create, created] = useMutation(CreateRecommendationMutation, { refetchQueries });
  const [update, updated] = useMutation(UpdateRecommendationMutation, { refetchQueries });

  const close = () => {
    setErrors([]);
    onClose();
  };
  const save = async (values: RecommendationFormValues) => {
    setErrors([]);
    try {
      if (recommendation) {
        await update({
          variables: {
            assessmentId,
            id: recommendation.id,
            input: toUpdateRecommendationInput(values),
          },
        });
        announce(t('recommendations.form.saved'));
      } else {
        await create({ variables: { input: toCreateRecommendationInput(assessmentId, values) } });
        announce(t('recommendations.form.added'));
      }
      close();
    } catch (error) {
      setErrors(toAppErrors(error));
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="lg"
      title={
        recommendation ? t('recommendations.form.editTitle') : t('recommendations.form.addTitle')
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Mounted afresh each time it opens, so the form starts from the recommendation as it is. */}
      {opened ? (
        <RecommendationForm
          assessmentId={assessmentId}
          options={options}
          initialValues={
            recommendation ? toRecommendationFormValues(recommendation) : emptyRecommendationForm()
          }
          submitLabel={
            recommendation ? t('recommendations.form.save') : t('recommendations.form.add')
          }
          submitting={created.loading || updated.loading}
          errors={errors}
          onSubmit={(values) => void save(values)}
        />
      ) : null}
    </Modal>
  );
}
