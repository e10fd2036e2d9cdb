import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CitedEvidenceQuery } from './evidence.graphql';
import { EvidenceBadges } from './EvidenceBadges';

interface Props {
  assessmentId: string;
  evidenceId: string;
  pinpoint: string;
}

// One citation as the element editor shows it: the item's title and kind, then the pinpoint.
// Whatever the document names, this never fails: an item the viewer may not read, that was
// deleted, or whose id is not an id at all reads as unavailable.
export function CitedEvidence({ assessmentId, evidenceId, pinpoint }: Props) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(CitedEvidenceQuery, {
    variables: { assessmentId, id: evidenceId },
    errorPolicy: 'all',
  });
  const item = data?.evidenceItem;
  const pin = pinpoint ? (
    <Text span size="sm" c="dimmed" dir="auto" data-testid="evidence-ref-pinpoint">
      {pinpoint}
    </Text>
  ) : null;

  if (!item) {
    return (
      <Group
        gap="xs"
        wrap="nowrap"
        data-testid="evidence-ref"
        data-state={loading ? 'loading' : 'unavailable'}
      >
        <Text size="sm" c="dimmed" fs="italic">
          {loading ? t('evidence.cite.loading') : t('evidence.cite.unavailable')}
        </Text>
        {pin}
      </Group>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap" data-testid="evidence-ref" data-state="readable">
      <Anchor
        component={Link}
        to={`/assessments/${assessmentId}/evidence/${item.id}`}
        size="sm"
        className="break-anywhere"
        dir="auto"
        data-testid="evidence-ref-title"
      >
        {item.title}
      </Anchor>
      {pin}
      <EvidenceBadges kind={item.kind} archived={item.archivedAt !== null} />
    </Group>
  );
}
