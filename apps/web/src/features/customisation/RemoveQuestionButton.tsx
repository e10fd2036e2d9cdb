import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmedDeleteButton } from '../../shared/components/ConfirmedDeleteButton';
import { TrashIcon } from '../../shared/components/icons';
import { RemoveCustomQuestionMutation } from './customisation.graphql';

// Only custom questions can be removed; the framework's own can be reworded, never deleted.
export function RemoveQuestionButton({
  assessmentId,
  questionKey,
}: {
  assessmentId: string;
  questionKey: string;
}) {
  const { t } = useTranslation();
  const [remove, { loading, error, reset }] = useMutation(RemoveCustomQuestionMutation);
  return (
    <ConfirmedDeleteButton
      label={t('customise.remove')}
      icon={<TrashIcon size={14} />}
      testId="remove-question"
      confirmTitle={t('customise.removeConfirmTitle')}
      confirmBody={t('customise.removeConfirmBody')}
      doneMessage={t('customise.questionRemoved')}
      loading={loading}
      error={error}
      onConfirm={() => remove({ variables: { assessmentId, questionKey } })}
      onReset={reset}
    />
  );
}
