import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import type { AcceptOutcome } from './accept-form';
import { AcceptInvitationForm } from './AcceptInvitationForm';
import { InvitationPreviewQuery } from './invitations.graphql';
import { readInvitationToken } from './invitation-token';
import { InvitationSummary } from './InvitationSummary';

function Unusable({ outcome }: { outcome: AcceptOutcome | 'missing' }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" role="alert" data-testid={`invitation-${outcome}`}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t(`acceptInvitation.${outcome}`)}</Text>
        {outcome === 'alreadyMember' ? (
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('auth.signIn')}
          </Anchor>
        ) : null}
      </Stack>
    </Alert>
  );
}

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('acceptInvitation.title'));
  const client = useApolloClient();
  const announce = useAnnounce();
  const location = useLocation();
  const navigate = useNavigate();
  // Read once; then the fragment leaves the address bar (and the history entry).
  const [token] = useState(() => readInvitationToken(location.hash));
  const [refusal, setRefusal] = useState<AcceptOutcome | null>(null);
  const [accepted, setAccepted] = useState(false);
  useEffect(() => {
    if (location.hash) {
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
    }
  }, [location.hash, location.pathname, location.search, navigate]);
  // Not cached: the token stays out of the Apollo cache.
  const { data, error, refetch } = useQuery(InvitationPreviewQuery, {
    variables: { token: token ?? '' },
    skip: !token || accepted,
    fetchPolicy: 'no-cache',
  });

  const afterAccept = async (assessmentId: string, assessmentTitle: string) => {
    setAccepted(true);
    announce(t('acceptInvitation.accepted', { assessment: assessmentTitle }));
    // Signed in now: nothing cached from before may remain, and `me` is fetched again.
    await client.resetStore();
    await navigate(`/assessments/${assessmentId}`, { replace: true });
  };

  const body = () => {
    if (accepted) {
      return <PageLoader />;
    }
    if (!token) {
      return <Unusable outcome="missing" />;
    }
    if (refusal) {
      return <Unusable outcome={refusal} />;
    }
    if (error && !data) {
      return <ErrorAlert error={error} onRetry={() => void refetch()} />;
    }
    if (!data) {
      return <PageLoader />;
    }
    const preview = data.invitation;
    if (!preview) {
      return <Unusable outcome="invalid" />;
    }
    return (
      <Stack gap="lg">
        <InvitationSummary preview={preview} />
        <AcceptInvitationForm
          token={token}
          email={preview.email}
          accountExists={preview.accountExists}
          onAccepted={() => void afterAccept(preview.assessmentId, preview.assessmentTitle)}
          onRefused={setRefusal}
        />
      </Stack>
    );
  };

  return (
    <Container size={560} py="xl" data-testid="accept-invitation-page">
      <Title order={1} mb="xs">
        {t('acceptInvitation.title')}
      </Title>
      <Text c="dimmed" mb="lg">
        {t('acceptInvitation.intro')}
      </Text>
      {body()}
    </Container>
  );
}
