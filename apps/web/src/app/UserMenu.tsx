import { Badge, Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ConfirmModal } from '../shared/components/ConfirmModal';
import { signInPath } from '../features/auth/sign-in-redirect';
import { useMe } from '../features/auth/use-me';
import { useSignOut } from '../features/auth/use-sign-out';

export function UserMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const { me, loading } = useMe();
  const signOut = useSignOut(me?.id ?? null);
  if (loading) {
    return null;
  }
  if (!me) {
    if (location.pathname === '/sign-in') {
      return null;
    }
    return (
      <Button component={Link} to={signInPath(location)} variant="light" data-testid="sign-in-link">
        {t('auth.signIn')}
      </Button>
    );
  }
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            aria-label={t('auth.userMenu', { name: me.displayName })}
            data-testid="user-menu"
          >
            <Text span size="sm" truncate maw={180}>
              {me.displayName}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('auth.signedInAs', { name: me.displayName })}</Menu.Label>
          {me.email ? (
            <Text size="xs" c="dimmed" px="sm" pb="xs">
              {me.email}
            </Text>
          ) : null}
          {me.isPlatformAdmin ? (
            <Badge variant="light" mx="sm" mb="xs">
              {t('auth.administrator')}
            </Badge>
          ) : null}
          <Menu.Divider />
          <Menu.Item onClick={signOut.request} data-testid="sign-out">
            {t('auth.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={signOut.confirming}
        title={t('auth.signOutDrafts.title')}
        body={t('auth.signOutDrafts.body')}
        confirmLabel={t('auth.signOutDrafts.confirm')}
        confirmColor="red"
        loading={signOut.signingOut}
        onConfirm={() => void signOut.confirm()}
        onClose={signOut.cancel}
      />
    </>
  );
}
