import {
  addEvidenceRef,
  evidenceArrayName,
  evidenceIdMaxLength,
  evidenceRefs,
  pinpointMaxLength,
  removeEvidenceRef,
} from '@idgov/assessment-doc';
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { TrashIcon } from '../../shared/components/icons';
import { safeRoot, sameJson, useYValue } from './use-y-value';

interface Props {
  doc: Y.Doc;
  questionKey: string;
  number: string;
  readOnly: boolean;
}

// Evidence cited for a question: an evidence id and a pinpoint (article, page). Plain inputs for
// now; the evidence library will offer a picker.
export function EvidenceRefs({ doc, questionKey, number, readOnly }: Props) {
  const { t } = useTranslation();
  const array = useMemo(
    () => safeRoot(() => doc.getArray<unknown>(evidenceArrayName(questionKey))),
    [doc, questionKey],
  );
  const refs = useYValue(array, () => evidenceRefs(doc, questionKey), sameJson);
  const [evidenceId, setEvidenceId] = useState('');
  const [pinpoint, setPinpoint] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const id = evidenceId.trim();
    if (!id) {
      setProblem(t('workspace.evidence.idRequired'));
      return;
    }
    const added = addEvidenceRef(doc, questionKey, { evidenceId: id, pinpoint: pinpoint.trim() });
    setProblem(added ? null : t('workspace.evidence.duplicate'));
    if (added) {
      setEvidenceId('');
      setPinpoint('');
    }
  };

  return (
    <Stack gap={4} data-testid={`evidence-${questionKey}`}>
      <Text size="sm" fw={500}>
        {t('workspace.evidence.title')}
      </Text>
      {refs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('workspace.evidence.none')}
        </Text>
      ) : (
        <Stack gap={2} component="ul" className="plain-list">
          {refs.map((ref) => (
            <Group
              component="li"
              key={`${ref.evidenceId}\u0000${ref.pinpoint}`}
              gap="xs"
              wrap="nowrap"
            >
              <Text size="sm" className="break-anywhere" dir="auto" data-testid="evidence-ref">
                {ref.pinpoint
                  ? t('workspace.evidence.ref', { id: ref.evidenceId, pinpoint: ref.pinpoint })
                  : ref.evidenceId}
              </Text>
              {readOnly ? null : (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  aria-label={t('workspace.evidence.remove', { id: ref.evidenceId })}
                  onClick={() => removeEvidenceRef(doc, questionKey, ref)}
                >
                  <TrashIcon size={14} />
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {readOnly ? null : (
        <form onSubmit={add} aria-label={t('workspace.evidence.addFor', { number })}>
          <Group gap="xs" align="flex-end">
            <TextInput
              size="xs"
              label={t('workspace.evidence.id')}
              value={evidenceId}
              maxLength={evidenceIdMaxLength}
              onChange={(e) => setEvidenceId(e.currentTarget.value)}
              error={problem}
              data-testid="evidence-id"
            />
            <TextInput
              size="xs"
              label={t('workspace.evidence.pinpoint')}
              placeholder={t('workspace.evidence.pinpointPlaceholder')}
              value={pinpoint}
              maxLength={pinpointMaxLength}
              onChange={(e) => setPinpoint(e.currentTarget.value)}
              dir="auto"
              data-testid="evidence-pinpoint"
            />
            <Button size="xs" variant="light" type="submit" data-testid="evidence-add">
              {t('workspace.evidence.add')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
