import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, MultiSelect, Select, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import {
  toAssignElementInput,
  type AssignmentFormValues,
  type AssignmentRow,
  type OrganisationRef,
} from './assignments';
import { AssignElementMutation } from './assignments.graphql';

interface Props {
  assessmentId: string;
  // The element being assigned; the dialog is closed while null.
  row: AssignmentRow | null;
  organisations: readonly OrganisationRef[];
  onClose: () => void;
}

function AssignElementForm({
  assessmentId,
  row,
  organisations,
  onClose,
}: Props & { row: AssignmentRow }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [values, setValues] = useState<AssignmentFormValues>({
    leadOrganisationId: row.lead?.id ?? null,
    contributingOrganisationIds: row.contributing.map((o) => o.id),
  });
  const [assign, { loading, error }] = useMutation(AssignElementMutation, {
    refetchQueries: ['Assignments'],
    awaitRefetchQueries: true,
  });
  const options = organisations.map((o) => ({ value: o.id, label: o.name }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await assign({ variables: { input: toAssignElementInput(assessmentId, row, values) } });
      announce(t('assignments.saved', { element: row.title }));
      onClose();
    } catch {
      // Shown above the buttons.
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="assignment-form">
      <Stack>
        <Select
          label={t('assignments.lead')}
          placeholder={t('assignments.leadPlaceholder')}
          nothingFoundMessage={t('assignments.nothingFound')}
          data={options}
          value={values.leadOrganisationId}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          onChange={(id) =>
            setValues((v) => ({
              leadOrganisationId: id,
              contributingOrganisationIds: v.contributingOrganisationIds.filter((c) => c !== id),
            }))
          }
          data-testid="assignment-lead-select"
        />
        <MultiSelect
          label={t('assignments.contributing')}
          placeholder={t('assignments.contributingPlaceholder')}
          nothingFoundMessage={t('assignments.nothingFound')}
          data={options.filter((o) => o.value !== values.leadOrganisationId)}
          value={values.contributingOrganisationIds}
          searchable
          onChange={(ids) => setValues((v) => ({ ...v, contributingOrganisationIds: ids }))}
          data-testid="assignment-contributing-select"
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading} data-testid="assignment-save">
            {t('assignments.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function AssignElementModal(props: Props) {
  const { t } = useTranslation();
  const { row, onClose } = props;
  return (
    <Modal
      opened={row !== null}
      onClose={onClose}
      title={row ? t('assignments.editTitle', { element: row.title }) : ''}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Mounted only while open, so that each opening starts from the saved assignment. */}
      {row ? <AssignElementForm {...props} row={row} /> : null}
    </Modal>
  );
}
