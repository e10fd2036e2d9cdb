import { Anchor, Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentsQuery } from '../../gql/graphql';
import { PhaseBadge } from '../../shared/components/PhaseBadge';
import { formatDateTime, formatRelative } from '../../shared/format/date-time';
import { useCountryName } from '../../shared/hooks/use-country-name';

type AssessmentRow = AssessmentsQuery['assessments'][number];

export function AssessmentsTable({ assessments }: { assessments: readonly AssessmentRow[] }) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="assessments-table">
        <VisuallyHidden component="caption">{t('assessments.tableCaption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assessments.columnTitle')}</Table.Th>
            <Table.Th scope="col">{t('assessments.columnCountry')}</Table.Th>
            <Table.Th scope="col">{t('assessments.columnPhase')}</Table.Th>
            <Table.Th scope="col">{t('assessments.columnUpdated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assessments.map((a) => (
            <Table.Tr key={a.id} data-testid="assessment-row">
              <Table.Th scope="row" fw={500}>
                <Group gap="xs">
                  <Anchor component={Link} to={`/assessments/${a.id}`} dir="auto">
                    {a.title}
                  </Anchor>
                  {a.archived ? (
                    <Badge color="gray" variant="outline" size="sm">
                      {t('assessments.archived')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Th>
              <Table.Td>{countryName(a.country)}</Table.Td>
              <Table.Td>
                <PhaseBadge phase={a.phase} />
              </Table.Td>
              <Table.Td>
                <Text
                  size="sm"
                  component="time"
                  dateTime={a.updatedAt}
                  title={formatDateTime(a.updatedAt, i18n.language)}
                >
                  {formatRelative(a.updatedAt, i18n.language)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
