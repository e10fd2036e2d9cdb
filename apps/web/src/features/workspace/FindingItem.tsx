import {
  findingText,
  isFindingKind,
  removeFinding,
  setFindingKind,
  type FindingKind,
} from '@idgov/assessment-doc';
import { ActionIcon, Group, Paper, Select, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { TrashIcon } from '../../shared/components/icons';
import { FindingSuggestButton } from '../discussion/DiscussionControls';
import { FindingValidation } from '../workshops/ValidationOutcomesProvider';
import { CollabTextarea } from './CollabTextarea';

interface Props {
  doc: Y.Doc;
  subElementKey: string;
  finding: { id: string; kind: FindingKind };
  number: number;
  kindOptions: { value: FindingKind; label: string }[];
  readOnly: boolean;
  autoFocus: boolean;
}

export function FindingItem(props: Props) {
  const { doc, subElementKey, finding, number, kindOptions, readOnly, autoFocus } = props;
  const { t } = useTranslation();
  const text = useMemo(
    () => findingText(doc, subElementKey, finding.id),
    [doc, subElementKey, finding.id],
  );
  const kindLabel = t(`workspace.findings.kind.${finding.kind}`);
  return (
    <Paper withBorder p="xs" data-testid="finding" data-kind={finding.kind}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Select
            size="xs"
            aria-label={t('workspace.findings.kindOf', { number })}
            data={kindOptions}
            value={finding.kind}
            allowDeselect={false}
            readOnly={readOnly}
            onChange={(value) => {
              if (isFindingKind(value)) {
                setFindingKind(doc, subElementKey, finding.id, value);
              }
            }}
          />
          <FindingValidation findingId={finding.id} />
          <FindingSuggestButton
            subElementKey={subElementKey}
            findingId={finding.id}
            doc={doc}
            label={t('workspace.findings.text', { number, kind: kindLabel })}
          />
          {readOnly ? null : (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('workspace.findings.remove', { number, kind: kindLabel })}
              onClick={() => removeFinding(doc, subElementKey, finding.id)}
              data-testid="finding-remove"
            >
              <TrashIcon size={16} />
            </ActionIcon>
          )}
        </Group>
        <CollabTextarea
          text={text}
          label={t('workspace.findings.text', { number, kind: kindLabel })}
          readOnly={readOnly}
          testId="finding-text"
          autoFocus={autoFocus}
        />
      </Stack>
    </Paper>
  );
}
