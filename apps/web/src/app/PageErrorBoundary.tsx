import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function PageLoadFailed() {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('errors.title')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('app.pageLoadFailed')}</Text>
        <Button size="xs" variant="light" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}

interface Props {
  children: ReactNode;
  // Navigating elsewhere (a new path) clears the failure.
  resetKey: string;
}

interface State {
  failed: boolean;
  resetKey: string;
}

// A page chunk that fails to download (new deployment, lost connection) or a page that crashes
// shows a way out instead of a blank screen.
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override render() {
    return this.state.failed ? <PageLoadFailed /> : this.props.children;
  }
}
