import { Anchor, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvidenceFileFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/date-time';
import { formatBytes } from './evidence-format';
import { FileUpload } from './FileUpload';

interface Props {
  assessmentId: string;
  evidenceId: string;
  files: readonly EvidenceFileFieldsFragment[];
  mayUpload: boolean;
  onUploaded: () => void;
}

// The item's files, oldest first, each downloadable by those who may read the item.
export function EvidenceFiles({ assessmentId, evidenceId, files, mayUpload, onUploaded }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm" data-testid="evidence-files">
      <Title order={3}>{t('evidence.files.title')}</Title>
      {files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('evidence.files.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <VisuallyHidden component="caption">{t('evidence.files.title')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('evidence.files.name')}</Table.Th>
                <Table.Th scope="col">{t('evidence.files.size')}</Table.Th>
                <Table.Th scope="col">{t('evidence.files.text')}</Table.Th>
                <Table.Th scope="col">{t('evidence.files.added')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.map((file) => (
                <Table.Tr key={file.id} data-testid="evidence-file">
                  <Table.Td>
                    <Anchor href={file.downloadPath} download={file.fileName} dir="auto">
                      {file.fileName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatBytes(file.sizeBytes, i18n.language)}</Table.Td>
                  <Table.Td>{t(`evidence.textStatus.${file.textStatus}`)}</Table.Td>
                  <Table.Td>{formatDateTime(file.createdAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {mayUpload ? (
        <FileUpload assessmentId={assessmentId} evidenceId={evidenceId} onUploaded={onUploaded} />
      ) : null}
    </Stack>
  );
}
