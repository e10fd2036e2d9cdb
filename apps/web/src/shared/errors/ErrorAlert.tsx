import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasErrorCode, toAppErrors, type AppErrorInfo } from './app-errors';
import { useErrorText } from './use-error-text';

interface ErrorAlertProps {
  // Anything Apollo reported, or errors already converted.
  error: unknown;
  onRetry?: () => void;
  onClose?: () => void;
}

// Shows coded API errors in the interface language, with a way forward where there is one.
export function ErrorAlert({ error, onRetry, onClose }: ErrorAlertProps) {
  const { t } = useTranslation();
  const { describe } = useErrorText();
  const errors: AppErrorInfo[] = Array.isArray(error)
    ? (error as AppErrorInfo[])
    : toAppErrors(error);
  if (errors.length === 0) {
    return null;
  }
  const messages = [...new Set(errors.map(describe))];
  const canRetry =
    onRetry && errors.some((e) => ['NETWORK', 'INTERNAL_SERVER_ERROR', 'UNKNOWN'].includes(e.code));
  return (
    <Alert
      color="red"
      variant="light"
      title={t('errors.title')}
      role="alert"
      withCloseButton={Boolean(onClose)}
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      data-testid="error-alert"
    >
      <Stack gap="xs" align="flex-start">
        {messages.map((m) => (
          <Text key={m} size="sm">
            {m}
          </Text>
        ))}
        {hasErrorCode(errors, 'UNAUTHENTICATED') && (
          <Button component={Link} to="/sign-in" size="xs" variant="light">
            {t('auth.signIn')}
          </Button>
        )}
        {canRetry && (
          <Button size="xs" variant="light" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
