import { useMutation } from '@apollo/client/react';
import { Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { splitErrors, toAppErrors, type AppErrorInfo } from '../../shared/errors/app-errors';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useErrorText } from '../../shared/errors/use-error-text';
import {
  checkAcceptForm,
  classifyAcceptErrors,
  maxDisplayNameLength,
  maxPasswordLength,
  minPasswordLength,
  type AcceptFormField,
  type AcceptFormValues,
  type AcceptOutcome,
} from './accept-form';
import { AcceptInvitationMutation } from './invitations.graphql';

interface Props {
  token: string;
  email: string;
  accountExists: boolean;
  onAccepted: () => void;
  onRefused: (outcome: AcceptOutcome) => void;
}

const fields = ['displayName', 'password'] as const;

export function AcceptInvitationForm({
  token,
  email,
  accountExists,
  onAccepted,
  onRefused,
}: Props) {
  const { t } = useTranslation();
  const { forField } = useErrorText();
  const [values, setValues] = useState<AcceptFormValues>({
    displayName: '',
    password: '',
    confirm: '',
  });
  const [problems, setProblems] = useState<ReturnType<typeof checkAcceptForm>>({});
  const [errors, setErrors] = useState<AppErrorInfo[]>([]);
  const [wrongPassword, setWrongPassword] = useState(false);
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const server = splitErrors(errors, fields);

  const set = (field: AcceptFormField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setProblems((p) => ({ ...p, [field]: undefined }));
    setWrongPassword(false);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkAcceptForm(values, accountExists);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    setErrors([]);
    try {
      const displayName = accountExists ? null : values.displayName.trim();
      await accept({ variables: { input: { token, displayName, password: values.password } } });
      onAccepted();
    } catch (error) {
      const refusal = classifyAcceptErrors(toAppErrors(error));
      if (refusal.outcome) {
        onRefused(refusal.outcome);
        return;
      }
      setValues((v) => ({ ...v, password: '', confirm: '' }));
      setWrongPassword(refusal.wrongPassword);
      setErrors(refusal.rest);
    }
  };

  const problemText = (field: AcceptFormField) => {
    const problem = problems[field];
    return problem
      ? t(`acceptInvitation.problem.${problem}`, {
          min: minPasswordLength,
          max: maxPasswordLength,
        })
      : undefined;
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="accept-form">
      <Stack>
        <Title order={2} size="h4">
          {t(accountExists ? 'acceptInvitation.existingTitle' : 'acceptInvitation.newTitle')}
        </Title>
        <Text size="sm">
          {t(accountExists ? 'acceptInvitation.existingIntro' : 'acceptInvitation.newIntro', {
            email,
          })}
        </Text>
        <ErrorAlert error={server.general} />
        {/* Lets password managers file the password under the invited address. */}
        <input type="hidden" name="username" autoComplete="username" value={email} />
        {accountExists ? null : (
          <TextInput
            label={t('acceptInvitation.displayName')}
            description={t('acceptInvitation.displayNameDescription')}
            required
            autoComplete="name"
            maxLength={maxDisplayNameLength}
            value={values.displayName}
            onChange={(e) => set('displayName', e.currentTarget.value)}
            error={problemText('displayName') ?? forField(server.fields.displayName)}
            data-testid="accept-display-name"
          />
        )}
        <PasswordInput
          label={t('acceptInvitation.password')}
          description={
            accountExists
              ? undefined
              : t('acceptInvitation.newPasswordDescription', { min: minPasswordLength })
          }
          required
          autoComplete={accountExists ? 'current-password' : 'new-password'}
          value={values.password}
          onChange={(e) => set('password', e.currentTarget.value)}
          error={
            problemText('password') ??
            (wrongPassword ? t('acceptInvitation.wrongPassword') : undefined) ??
            forField(server.fields.password)
          }
          data-testid="accept-password"
        />
        {accountExists ? null : (
          <PasswordInput
            label={t('acceptInvitation.confirm')}
            required
            autoComplete="new-password"
            value={values.confirm}
            onChange={(e) => set('confirm', e.currentTarget.value)}
            error={problemText('confirm')}
            data-testid="accept-confirm"
          />
        )}
        <Button type="submit" loading={loading} data-testid="accept-submit">
          {t('acceptInvitation.accept')}
        </Button>
      </Stack>
    </form>
  );
}
