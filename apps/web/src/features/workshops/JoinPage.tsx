import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { hasErrorCode, toAppErrors } from '../../shared/errors/app-errors';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useMe } from '../auth/use-me';
import { forgetGuestToken, readGuestToken, saveGuestToken } from './guest-pass';
import { normaliseJoinCode } from './join-code';
import { GuestNameForm } from './GuestNameForm';
import { JoinCodeForm } from './JoinCodeForm';
import { ParticipantView } from './ParticipantView';
import { WorkshopByCodeQuery } from './workshops.graphql';
import './workshops.css';

// /join — public. The code is kept in the address (?code=), so a reload comes back to the same
// workshop; members vote as themselves, everyone else as a guest whose pass this tab remembers.
export function JoinPage() {
  const { t } = useTranslation();
  usePageTitle(t('workshops.join.title'));
  const [params, setParams] = useSearchParams();
  const code = normaliseJoinCode(params.get('code') ?? '');
  const { me, loading: meLoading } = useMe();
  const lookup = useQuery(WorkshopByCodeQuery, { variables: { code }, skip: !code });
  const info = lookup.data?.workshopByCode ?? null;
  const [, rerender] = useState(0);
  const guestToken = info && !info.isMember ? readGuestToken(info.workshopId) : null;

  const setCode = (next: string | null) =>
    setParams(next ? { code: next } : {}, { replace: false });
  const onJoined = (workshopId: string, token: string) => {
    saveGuestToken(workshopId, token);
    rerender((n) => n + 1);
  };
  const workshopId = info?.workshopId ?? '';
  const onPassRefused = useCallback(() => {
    forgetGuestToken(workshopId);
    rerender((n) => n + 1);
  }, [workshopId]);

  const lookupErrors = toAppErrors(lookup.error);
  const notFound = hasErrorCode(lookupErrors, 'NOT_FOUND');
  if (!code || notFound) {
    return (
      <Stack className="participant">
        <JoinCodeForm initial={code} notFound={notFound} onCode={setCode} />
      </Stack>
    );
  }
  if (lookup.error && !info) {
    return <ErrorAlert error={lookup.error} onRetry={() => void lookup.refetch()} />;
  }
  if (!info || meLoading) {
    return <PageLoader />;
  }
  const other = (
    <Anchor
      component="button"
      type="button"
      onClick={() => setCode(null)}
      data-testid="join-other-code"
    >
      {t('workshops.join.otherCode')}
    </Anchor>
  );
  if (info.isMember) {
    return (
      <Stack className="participant" gap="xs">
        <Text size="sm" c="dimmed" data-testid="join-as-member">
          {t('workshops.join.asMember')}
        </Text>
        <ParticipantView
          viewer={{ kind: 'member', assessmentId: info.assessmentId, workshopId: info.workshopId }}
          onPassRefused={onPassRefused}
        />
        {other}
      </Stack>
    );
  }
  if (guestToken) {
    return (
      <Stack className="participant" gap="xs">
        <ParticipantView
          key={guestToken}
          viewer={{ kind: 'guest', workshopId: info.workshopId, guestToken }}
          onPassRefused={onPassRefused}
        />
        {other}
      </Stack>
    );
  }
  return (
    <Stack className="participant" gap="md">
      <Text size="lg" dir="auto" data-testid="join-title">
        {t('workshops.join.joining', { title: info.title })}
      </Text>
      <GuestNameForm code={code} signedIn={me !== null} onJoined={onJoined} />
      {other}
    </Stack>
  );
}
