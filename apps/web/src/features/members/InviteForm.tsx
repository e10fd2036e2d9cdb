import { useMutation } from '@apollo/client/react';
import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentRole, OrganisationsQuery } from '../../gql/graphql';
import { splitErrors, toAppErrors, type AppErrorInfo } from '../../shared/errors/app-errors';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useErrorText } from '../../shared/errors/use-error-text';
import { useAnnounce } from '../../shared/hooks/use-announce';
import {
  checkInviteForm,
  inviteFormFields,
  toInviteMemberInput,
  type InviteFormProblem,
  type InviteFormValues,
} from './invite-form';
import { InviteMemberMutation } from './invitations.graphql';

interface Props {
  assessmentId: string;
  roles: readonly AssessmentRole[];
  organisations: OrganisationsQuery['organisations'];
}

const initialValues: InviteFormValues = { email: '', role: 'CONTRIBUTOR', organisationId: null };

export function InviteForm({ assessmentId, roles, organisations }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { forField } = useErrorText();
  const [values, setValues] = useState(initialValues);
  const [problem, setProblem] = useState<InviteFormProblem | undefined>();
  const [errors, setErrors] = useState<AppErrorInfo[]>([]);
  const [invite, { loading }] = useMutation(InviteMemberMutation, {
    refetchQueries: ['Invitations'],
    awaitRefetchQueries: true,
  });
  const server = splitErrors(errors, inviteFormFields);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkInviteForm(values).email;
    setProblem(found);
    if (found) {
      return;
    }
    setErrors([]);
    try {
      const input = toInviteMemberInput(assessmentId, values);
      await invite({ variables: { input } });
      announce(t('invite.sent', { email: input.email }));
      setValues((v) => ({ ...v, email: '' }));
    } catch (error) {
      setErrors(toAppErrors(error));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="invite-title">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="invite-form">
        <Stack gap="sm">
          <Title order={3} size="h4" id="invite-title">
            {t('invite.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('invite.intro')}
          </Text>
          <ErrorAlert error={server.general} />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput
              label={t('invite.email')}
              type="email"
              autoComplete="off"
              required
              dir="ltr"
              maxLength={320}
              value={values.email}
              onChange={(e) => {
                const email = e.currentTarget.value;
                setValues((v) => ({ ...v, email }));
                setProblem(undefined);
              }}
              error={problem ? t(`invite.${problem}`) : forField(server.fields.email)}
              data-testid="invite-email"
            />
            <Select
              label={t('invite.role')}
              required
              allowDeselect={false}
              data={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
              value={values.role}
              onChange={(role) => {
                const next = roles.find((r) => r === role);
                if (next) {
                  setValues((v) => ({ ...v, role: next }));
                }
              }}
              error={forField(server.fields.role)}
              data-testid="invite-role"
            />
            <Select
              label={t('invite.organisation')}
              description={t('invite.organisationDescription')}
              placeholder={t('invite.organisationPlaceholder')}
              nothingFoundMessage={t('invite.nothingFound')}
              data={organisations.map((o) => ({ value: o.id, label: o.name }))}
              value={values.organisationId}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              onChange={(organisationId) => setValues((v) => ({ ...v, organisationId }))}
              error={forField(server.fields.organisationId)}
              data-testid="invite-organisation"
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={loading} data-testid="invite-submit">
              {t('invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
