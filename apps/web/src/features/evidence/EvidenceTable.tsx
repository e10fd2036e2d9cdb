import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EvidenceFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../shared/format/date-time';
import { calendarDay } from './evidence-format';
import { EvidenceBadges } from './EvidenceBadges';

interface Props {
  basePath: string;
  items: readonly EvidenceFieldsFragment[];
}

export function EvidenceTable({ basePath, items }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs" data-testid="evidence-table">
        <VisuallyHidden component="caption">{t('evidence.library.caption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('evidence.field.title')}</Table.Th>
            <Table.Th scope="col">{t('evidence.field.kind')}</Table.Th>
            <Table.Th scope="col">{t('evidence.field.author')}</Table.Th>
            <Table.Th scope="col">{t('evidence.field.date')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid="evidence-row">
              <Table.Td>
                <Anchor component={Link} to={`${basePath}/${item.id}`} dir="auto">
                  {item.title}
                </Anchor>
                {item.article || item.page ? (
                  <Text size="xs" c="dimmed" dir="auto">
                    {item.article ?? item.page}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <EvidenceBadges
                  kind={item.kind}
                  confidentiality={item.confidentiality}
                  archived={item.archivedAt !== null}
                />
              </Table.Td>
              <Table.Td dir="auto">{item.author ?? item.interview?.intervieweeCode ?? ''}</Table.Td>
              <Table.Td>
                {item.date ? formatDate(calendarDay(item.date), i18n.language) : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
