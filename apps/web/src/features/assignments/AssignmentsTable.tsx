import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PencilIcon } from '../../shared/components/icons';
import type { AssignmentRow } from './assignments';

interface Props {
  rows: readonly AssignmentRow[];
  // Present only for those who may assign elements.
  onEdit?: (row: AssignmentRow) => void;
}

export function AssignmentsTable({ rows, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm" data-testid="assignments-table">
        <VisuallyHidden component="caption">{t('assignments.tableCaption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assignments.columnElement')}</Table.Th>
            <Table.Th scope="col">{t('assignments.columnLead')}</Table.Th>
            <Table.Th scope="col">{t('assignments.columnContributing')}</Table.Th>
            <Table.Th scope="col">{t('assignments.columnYou')}</Table.Th>
            {onEdit ? <Table.Th scope="col">{t('assignments.columnActions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-testid={`assignment-${row.key}`}>
              <Table.Th scope="row" fw={500}>
                <Text span fw={500} lang="en" dir="auto">
                  {row.number}. {row.title}
                </Text>
              </Table.Th>
              <Table.Td data-testid="assignment-lead">
                {row.lead ? (
                  <Text size="sm" dir="auto">
                    {row.lead.name}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('assignments.noLead')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-testid="assignment-contributing">
                <Stack gap={4}>
                  {row.contributing.length > 0 ? (
                    row.contributing.map((o) => (
                      <Text key={o.id} size="sm" dir="auto">
                        {o.name}
                      </Text>
                    ))
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('assignments.none')}
                    </Text>
                  )}
                  {row.assignedUserIds.length > 0 ? (
                    <Text size="xs" c="dimmed">
                      {t('assignments.people', { number: row.assignedUserIds.length })}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td data-testid="assignment-you">
                <Group gap={4}>
                  {row.viewerActions.map((a) => (
                    <Badge
                      key={a}
                      variant={a === 'edit' ? 'filled' : 'light'}
                      color={a === 'edit' ? 'green' : 'gray'}
                      tt="none"
                    >
                      {t(`assignments.action.${a}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              {onEdit ? (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<PencilIcon size={14} />}
                    aria-label={t('assignments.changeLabel', { element: row.title })}
                    onClick={() => onEdit(row)}
                    data-testid="assignment-edit"
                  >
                    {t('assignments.change')}
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
