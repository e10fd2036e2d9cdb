import { useQuery } from '@apollo/client/react';
import { Button, Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthProvidersQuery } from './auth.graphql';
import { ssoStartHref } from './sign-in-redirect';

// One button per single sign-on provider the platform offers (none unless an operator set one
// up). Plain links: the sign-in runs through full-page redirects to the provider and back.
export function SingleSignOnButtons({ next }: { next: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(AuthProvidersQuery);
  const providers = data?.authProviders ?? [];
  if (providers.length === 0) {
    return null;
  }
  return (
    <Stack mb="md">
      {providers.map((provider) => (
        <Button
          key={provider.id}
          component="a"
          href={ssoStartHref(provider.startUrl, next)}
          variant="default"
          fullWidth
          data-testid={`sign-in-provider-${provider.id}`}
        >
          {t('auth.continueWith', { provider: provider.label })}
        </Button>
      ))}
      <Divider label={t('auth.orUsePassword')} labelPosition="center" />
    </Stack>
  );
}
