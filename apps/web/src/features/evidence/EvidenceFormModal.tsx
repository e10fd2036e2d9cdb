import { useMutation } from '@apollo/client/react';
import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceFieldsFragment } from '../../gql/graphql';
import { toAppErrors, type AppErrorInfo } from '../../shared/errors/app-errors';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { CreateEvidenceMutation, UpdateEvidenceMutation } from './evidence.graphql';
import {
  emptyEvidenceForm,
  toCreateEvidenceInput,
  toEvidenceFormValues,
  toUpdateEvidenceInput,
  type EvidenceFormValues,
} from './evidence-form';
import { EvidenceForm } from './EvidenceForm';

interface Props {
  assessmentId: string;
  // The item to change; a new one is added when absent.
  item?: EvidenceFieldsFragment;
  opened: boolean;
  onClose: () => void;
  onSaved: (id: string) => void;
}

export function EvidenceFormModal({ assessmentId, item, opened, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [errors, setErrors] = useState<AppErrorInfo[]>([]);
  const [create, created] = useMutation(CreateEvidenceMutation, {
    refetchQueries: ['EvidenceList'],
  });
  const [update, updated] = useMutation(UpdateEvidenceMutation, {
    refetchQueries: ['EvidenceList'],
  });

  const close = () => {
    setErrors([]);
    onClose();
  };

  const save = async (values: EvidenceFormValues) => {
    setErrors([]);
    try {
      if (item) {
        await update({
          variables: { assessmentId, id: item.id, input: toUpdateEvidenceInput(values) },
        });
        announce(t('evidence.form.saved'));
        onSaved(item.id);
      } else {
        const result = await create({
          variables: { input: toCreateEvidenceInput(assessmentId, values) },
        });
        announce(t('evidence.form.added'));
        onSaved(result.data?.createEvidence.id ?? '');
      }
    } catch (error) {
      setErrors(toAppErrors(error));
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="lg"
      title={item ? t('evidence.form.editTitle') : t('evidence.form.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Mounted afresh each time it opens, so the form starts from the item as it is now. */}
      {opened ? (
        <EvidenceForm
          initialValues={item ? toEvidenceFormValues(item) : emptyEvidenceForm()}
          kindLocked={Boolean(item)}
          submitLabel={item ? t('evidence.form.save') : t('evidence.form.add')}
          submitting={created.loading || updated.loading}
          errors={errors}
          onSubmit={(values) => void save(values)}
          onCancel={close}
        />
      ) : null}
    </Modal>
  );
}
