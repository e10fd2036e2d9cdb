import { Anchor, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItemQuery } from '../../gql/graphql';
import { formatDate } from '../../shared/format/date-time';
import { calendarDay } from './evidence-format';

type Item = EvidenceItemQuery['evidenceItem'];
type DetailField =
  | 'article'
  | 'page'
  | 'intervieweeCode'
  | 'organisationType'
  | 'consentRecorded'
  | 'interviewDate'
  | 'date'
  | 'author'
  | 'citation'
  | 'url'
  | 'language'
  | 'tags'
  | 'addedBy';

// The item's fields as a definition table; empty fields are left out.
export function EvidenceDetails({ item }: { item: Item }) {
  const { t, i18n } = useTranslation();
  const rows: [DetailField, ReactNode][] = [];
  const add = (key: DetailField, value: ReactNode) => {
    if (value !== null && value !== undefined && value !== '') {
      rows.push([key, value]);
    }
  };
  add('article', item.article);
  add('page', item.page);
  if (item.interview) {
    add('intervieweeCode', item.interview.intervieweeCode);
    add('organisationType', t(`organisationType.${item.interview.organisationType}`));
    add(
      'consentRecorded',
      item.interview.consentRecorded ? t('evidence.form.consentYes') : t('evidence.form.consentNo'),
    );
  }
  add(
    item.interview ? 'interviewDate' : 'date',
    item.date && formatDate(calendarDay(item.date), i18n.language),
  );
  add('author', item.author);
  add('citation', item.citation);
  add(
    'url',
    item.url && (
      <Anchor href={item.url} target="_blank" rel="noopener noreferrer" className="break-anywhere">
        {item.url}
      </Anchor>
    ),
  );
  add('language', item.language);
  add('tags', item.tags.join(', '));
  add('addedBy', item.createdBy?.label ?? (item.createdByYou ? t('evidence.you') : null));

  const block = (key: 'summary' | 'notes', value: string | null | undefined) =>
    value ? (
      <Stack gap={2}>
        <Text fw={500} size="sm">
          {t(`evidence.field.${key}`)}
        </Text>
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {value}
        </Text>
      </Stack>
    ) : null;

  return (
    <Stack gap="md">
      <Table variant="vertical" withTableBorder layout="fixed" data-testid="evidence-details">
        <Table.Tbody>
          {rows.map(([key, value]) => (
            <Table.Tr key={key}>
              <Table.Th w="30%">{t(`evidence.field.${key}`)}</Table.Th>
              <Table.Td dir="auto">{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {block('summary', item.summary)}
      {block('notes', item.interview?.notes)}
    </Stack>
  );
}
