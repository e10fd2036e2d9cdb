import { Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditTrailQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/date-time';
import { summaryEntries } from './audit-vocabulary';
import { useAuditLabels } from './use-audit-labels';

type AuditEvent = AuditTrailQuery['auditTrail']['events'][number];

interface Props {
  events: readonly AuditEvent[];
  // Organisation names by id, for the change summaries.
  organisationNames: ReadonlyMap<string, string>;
  onActor: (actor: string) => void;
}

function Summary({ summary, names }: { summary: string; names: ReadonlyMap<string, string> }) {
  const entries = summaryEntries(summary, names);
  return (
    <Text size="xs" ff="monospace" dir="ltr" className="break-anywhere" component="div">
      {entries.map(([key, value]) => (
        <div key={key}>{key ? `${key}: ${value}` : value}</div>
      ))}
    </Text>
  );
}

export function AuditTable({ events, organisationNames, onActor }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useAuditLabels();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing="xs" data-testid="audit-table">
        <VisuallyHidden component="caption">{t('audit.tableCaption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.columnTime')}</Table.Th>
            <Table.Th scope="col">{t('audit.columnActor')}</Table.Th>
            <Table.Th scope="col">{t('audit.columnAction')}</Table.Th>
            <Table.Th scope="col">{t('audit.columnTarget')}</Table.Th>
            <Table.Th scope="col">{t('audit.columnSummary')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e) => {
            const actor = labels.actor(e.actor, e.actorName);
            return (
              <Table.Tr key={e.seq} data-testid="audit-row" data-action={e.action}>
                <Table.Td>
                  <Text size="sm" component="time" dateTime={e.occurredAt}>
                    {formatDateTime(e.occurredAt, i18n.language)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0} align="flex-start">
                    <Text size="sm" dir="auto" data-testid="audit-actor">
                      {actor}
                    </Text>
                    <Button
                      variant="subtle"
                      size="compact-xs"
                      ff="monospace"
                      dir="ltr"
                      aria-label={t('audit.onlyActor', { actor: e.actor })}
                      title={t('audit.onlyActor', { actor: e.actor })}
                      onClick={() => onActor(e.actor)}
                    >
                      {e.actor}
                    </Button>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{labels.action(e.action)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{labels.targetType(e.targetType)}</Text>
                  <Text size="xs" c="dimmed" ff="monospace" dir="ltr" className="break-anywhere">
                    {e.targetId}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Summary summary={e.summary} names={organisationNames} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
