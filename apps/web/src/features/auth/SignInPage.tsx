import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Container,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { toAppErrors, type AppErrorInfo } from '../../shared/errors/app-errors';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { LoginMutation } from './auth.graphql';
import { safeRedirectPath } from './sign-in-redirect';
import { SingleSignOnButtons } from './SingleSignOnButtons';
import { useMe } from './use-me';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signInTitle'));
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeRedirectPath(params.get('next'));
  // Set by the API when single sign-on failed; the reason is in the server log only.
  const ssoFailed = params.get('error') === 'sso';
  const { me, loading: meLoading } = useMe();
  const [login, { loading }] = useMutation(LoginMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<AppErrorInfo[]>([]);
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});

  if (meLoading) {
    return <PageLoader />;
  }
  if (me) {
    return <Navigate to={next} replace />;
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = { email: !email.trim(), password: !password };
    setMissing(check);
    if (check.email || check.password) {
      return;
    }
    setErrors([]);
    try {
      const result = await login({ variables: { email: email.trim(), password } });
      if (!result.data?.login.user) {
        return;
      }
      // Nothing cached for a previous person may leak into this session; resetting also refetches
      // `me` everywhere it is shown (header, route guard).
      await client.resetStore();
      await navigate(next, { replace: true });
    } catch (error) {
      setPassword('');
      setErrors(toAppErrors(error));
    }
  };

  const badCredentials = errors.some((e) => e.code === 'UNAUTHENTICATED');
  return (
    <Container size={420} py="xl">
      <Title order={1} mb="xs">
        {t('auth.signInTitle')}
      </Title>
      <Text c="dimmed" mb="lg">
        {t('auth.signInIntro')}
      </Text>
      <Paper withBorder p="lg" radius="md">
        {ssoFailed && (
          <Alert color="red" variant="light" role="alert" mb="md" data-testid="sign-in-sso-error">
            {t('auth.ssoFailed')}
          </Alert>
        )}
        <SingleSignOnButtons next={next} />
        <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="sign-in-form">
          <Stack>
            {badCredentials ? (
              <Alert color="red" variant="light" role="alert" data-testid="sign-in-error">
                {t('auth.badCredentials')}
              </Alert>
            ) : (
              <ErrorAlert error={errors} />
            )}
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={missing.email ? t('errors.field.email') : undefined}
              data-testid="sign-in-email"
            />
            <PasswordInput
              label={t('auth.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={missing.password ? t('errors.field.password') : undefined}
              data-testid="sign-in-password"
            />
            <Button type="submit" loading={loading} data-testid="sign-in-submit">
              {t('auth.signIn')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text size="sm" mt="lg">
        {t('auth.exploreFramework')}{' '}
        <Anchor component={Link} to="/framework">
          {t('auth.exploreFrameworkLink')}
        </Anchor>
      </Text>
    </Container>
  );
}
