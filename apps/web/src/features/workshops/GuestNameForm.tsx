import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { JoinWorkshopAsGuestMutation } from './workshops.graphql';

interface Props {
  code: string;
  signedIn: boolean;
  onJoined: (workshopId: string, guestToken: string) => void;
}

// Someone without an account (or not a member) joins under a name, limited to voting.
export function GuestNameForm({ code, signedIn, onJoined }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [join, joining] = useMutation(JoinWorkshopAsGuestMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const displayName = name.trim();
    if (!displayName) {
      return;
    }
    const result = await join({ variables: { code, displayName } }).catch(() => null);
    const pass = result?.data?.joinWorkshopAsGuest;
    if (pass) {
      onJoined(pass.workshopId, pass.guestToken);
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)}>
      <Stack gap="md">
        <TextInput
          label={t('workshops.join.name')}
          description={t('workshops.join.nameHint')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={80}
          size="lg"
          autoComplete="nickname"
          dir="auto"
          data-testid="join-name"
        />
        <Button
          type="submit"
          size="lg"
          fullWidth
          loading={joining.loading}
          data-testid="join-as-guest"
        >
          {t('workshops.join.asGuest')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('workshops.join.guestNote')}
        </Text>
        {signedIn ? null : (
          <Anchor
            component={Link}
            to={`/sign-in?next=${encodeURIComponent(`/join?code=${code}`)}`}
            data-testid="join-sign-in"
          >
            {t('workshops.join.signIn')}
          </Anchor>
        )}
        {joining.error ? <ErrorAlert error={joining.error} /> : null}
      </Stack>
    </form>
  );
}
